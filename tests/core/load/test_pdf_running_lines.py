"""A ministry's running head and foot: the ministry's name atop every page but the first, "Pagina N
van M" at every page's foot (tests/data/qa15/README.md).

Read as text, they stood in sentences and lists, made sections ("Financiën / Ministerie van
Defensie", "... / Pagina 2 van 2"), and the table's row carried to page 2 ("Transport 3,0 3,0")
became a heading under the ministry's name, its two amounts reported vervallen.
"""

from __future__ import annotations

from pathlib import Path

from viewer.core.compare import compare_documents
from viewer.core.load import load_document
from viewer.core.load.pdf_lines import Line
from viewer.core.load.pdf_running import running_lines

DATA = Path(__file__).parents[2] / "data" / "qa15"


def _line(text: str, page: int, baseline: float, size: float = 9.0, left: float = 69.0) -> Line:
    return Line(text, page, baseline, size, left + 5 * len(text), left, 20.0, False)


def test_the_running_head_and_foot_of_a_ministry_letter_are_not_its_text() -> None:
    official, pdf = load_document(DATA / "l660.xml"), load_document(DATA / "l660_minA.pdf")
    texts = [p.text for s in pdf.sections for p in s.paragraphs]
    assert [s.heading for s in pdf.sections] == [s.heading for s in official.sections]
    assert not any("Pagina" in text or "Ministerie van Defensie" in text for text in texts)
    # the table's row carried to page 2 stays in its table
    rows = [text for text in texts if " | " in text]
    assert rows[-2:] == ["Stafofficieren | 2,0 | 1,8", "Transport | 3,0 | 3,0"]
    comparison = compare_documents(official, pdf)
    assert {pair.status for pair in comparison.facts} == {"unchanged"}


def test_a_head_on_every_page_but_the_first_and_page_numbers_in_words() -> None:
    pages = [
        [_line("Aan de Voorzitter", 0, 700), _line("Tekst.", 0, 400), _line("Pagina 1 van 3", 0, 38, 7, 324)],
        [_line("Ministerie van Defensie", 1, 749, 7), _line("Tekst.", 1, 620), _line("Pagina 2 van 3", 1, 38, 7, 324)],
        [_line("Ministerie van Defensie", 2, 749, 7), _line("Tekst.", 2, 620), _line("- 3 -", 2, 38, 7, 324)],
    ]
    assert running_lines(pages, 9.0) == {(0, 2), (1, 0), (1, 2), (2, 0), (2, 2)}


def test_a_line_once_atop_the_second_of_two_pages_must_stand_apart_in_small_type() -> None:
    def pages(size: float, baseline: float) -> list[list[Line]]:
        return [
            [_line("Aan de Voorzitter", 0, 700), _line("Tekst.", 0, 400)],
            [_line("Ministerie van Defensie", 1, baseline, size), _line("Tekst.", 1, 620)],
        ]

    assert running_lines(pages(7.0, 749), 9.0) == {(1, 0)}
    assert running_lines(pages(9.0, 749), 9.0) == set()  # the text's own type: text
    assert running_lines(pages(7.0, 640), 9.0) == set()  # right above the text: text


def test_the_first_pages_wordmark_with_the_heads_text_goes_too() -> None:
    pages = [
        [_line("Tekst.", 0, 400), _line("Ministerie van Defensie", 0, 756, 9.0, 246)],
        [_line("Ministerie van Defensie", 1, 749, 7), _line("Tekst.", 1, 620)],
    ]
    assert running_lines(pages, 9.0) == {(0, 1), (1, 0)}
