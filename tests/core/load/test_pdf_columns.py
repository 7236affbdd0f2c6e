"""A PDF in two columns whose second column holds little, against a ministry's column beside the text."""

from __future__ import annotations

from pathlib import Path

import pypdfium2

from viewer.core.load import load_document

from render_binary import render_pdf_html

_STYLE = "p { margin-top: 0; margin-bottom: 8px; }"
_CLOSING = [
    "De kosten van de inzet bedroegen € 61,3 miljoen over heel 2016 en zijn gedekt uit het Budget "
    "Internationale Veiligheid.",
    "Ik ga ervan uit uw Kamer hiermee voldoende te hebben geïnformeerd.",
    "De Minister van Defensie, J.A. Hennis-Plasschaert",
]


def _letter(paragraphs: int) -> str:
    body = [
        f"<p>In alinea {i} rapporteer ik over de inzet van de F-16’s boven Noord-Irak en Oost-Syrië, steeds op "
        "verzoek van de coalitie en in nauw overleg met de partners in de anti-ISIS-coalitie.</p>"
        for i in range(1, paragraphs + 1)
    ]
    closing = [
        "<p><b>3. Kosten</b></p>",
        f"<p>{_CLOSING[0]}</p>",
        f"<p>{_CLOSING[1]}</p>",
        "<p>De Minister van Defensie,<br>J.A. Hennis-Plasschaert</p>",
    ]
    return f"<html><head><style>{_STYLE}</style></head><body>{''.join(body + closing)}</body></html>"


def test_a_short_second_column_is_the_texts_not_a_margins(tmp_path: Path) -> None:
    # One page in two columns; the right one holds only the end of a paragraph, the last heading,
    # a paragraph, the closing sentence and the signature: far less text than the left one, as
    # little as a ministry's column beside the text holds. Its full, wrapped lines in the body's
    # type make it the text's own column.
    path = render_pdf_html(_letter(11), tmp_path / "kolommen.pdf", footer="", columns=2)
    with pypdfium2.PdfDocument(path) as pdf:
        assert len(pdf) == 1
        page = pdf[0].get_textpage()
        right = page.get_text_bounded(left=300)
        assert len(right) < 0.2 * len(page.get_text_range())
    assert right.startswith("en in nauw overleg") and "Kosten" in right and "alinea" not in right
    doc = load_document(path)
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert texts[-3:] == _CLOSING
    assert [s.heading for s in doc.sections][-1] == "3. Kosten"
    assert sum(text.startswith("In alinea ") for text in texts) == 11
