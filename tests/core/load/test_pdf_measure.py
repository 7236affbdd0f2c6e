"""A block of smaller type set to a narrower measure than its column (pdf_measure.py), in ragged text."""

from __future__ import annotations

from viewer.core.load.pdf_layout import find_paragraphs
from viewer.core.load.pdf_lines import Line

LEFT = 43.0


def body_page() -> list[Line]:
    """Ten lines of 9 point text, ragged, ending 376 to 384 points from the page's left."""
    return [
        Line(
            f"regel {i} van de tekst die tot aan de rechterkant loopt",
            0,
            800 - 12 * i,
            9.0,
            376 + i % 3 * 4,
            LEFT,
            25,
            False,
        )
        for i in range(10)
    ]


def small_block(rights: list[float], texts: list[str], lead: float) -> list[Line]:
    """Lines of 7 point type under the body's, after a paragraph's space."""
    top = 800 - 12 * 10 - 12
    return [
        Line(text, 0, top - 9.5 * i, 7.0, right, LEFT, lead, False)
        for i, (right, text) in enumerate(zip(rights, texts, strict=True))
    ]


def test_a_paragraph_in_smaller_type_broken_to_a_narrower_measure_stays_whole() -> None:
    # every line stops well short of the body's margin, and the next starts with a capital: read
    # against the body's margin each would end a paragraph
    rights = [304.0, 298.0, 310.0, 301.0, 296.0, 307.0]
    texts = [f"regel {i} van een alinea in kleinere letter die doorloopt met de" for i in range(5)] + ["Rest."]
    lines = body_page() + small_block(rights, texts, lead=30.0)
    paragraphs = find_paragraphs(lines)
    assert [len(p.lines) for p in paragraphs] == [10, 6]


def test_a_list_of_short_lines_in_smaller_type_keeps_its_lines() -> None:
    # items of about one length, each starting with a long word that would not have fitted after
    # the one before: a list, too short to be a paragraph set narrower
    rights = [150.0, 153.0, 148.0, 152.0]
    texts = ["Humanitaire hulp / Irak gelijk", "Humanitaire hulp / Syrië gelijk", "Nationale veiligheid gelijk"]
    lines = body_page() + small_block(rights, [*texts, "Financiën gelijk"], lead=40.0)
    paragraphs = find_paragraphs(lines)
    assert [len(p.lines) for p in paragraphs] == [10, 1, 1, 1, 1]
