"""Text copied with `pdftotext` from a ministry's PDF: a form feed between pages (qa15 D2, D8).

The running header ("Ministerie van Defensie") and footer ("Pagina 1 van 2") are no text of the
letter, and the notes at a page's foot are taken out and set after the paragraph citing them.
"""

from __future__ import annotations

from pathlib import Path

from viewer.core.load import load_document

_DATA = Path(__file__).parents[2] / "data" / "copied"


def test_running_header_and_footer_are_dropped_and_page_notes_taken_out() -> None:
    doc = load_document(str(_DATA / "pdftotext-paginas.txt"))
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert [s.heading for s in doc.sections] == ["", "Irak"]
    assert not any("Ministerie van Defensie" in t or "Pagina" in t for t in texts)
    assert texts[2].endswith("artikel 100-brief van 28 juni 2019.")
    assert texts[3] == "Noot 1: Kamerstuk 27 925, nr. 655."
    assert texts[-1] == "De Minister van Defensie, A.Th.B. Bijleveld-Schouten"
