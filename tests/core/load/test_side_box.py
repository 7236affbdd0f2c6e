"""The sender's box of a ministry's later pages, beside the text in a `pdftotext -layout` copy (qa15).

It gave the row a page break carried ("Transport 3,0 3,0") a cell too many, so that its amounts
were reported vervallen, and ran its date into the paragraphs beside it.
"""

from __future__ import annotations

from pathlib import Path

from viewer.core.load import load_document
from viewer.core.load.side_box import sender_box_off

DATA = Path(__file__).parents[2] / "data" / "qa15"

_ROWS_660 = [
    "Onderdeel | Raming | Realisatie",
    "Capaciteitsopbouw | 28,0 | 27,4",
    "Force protection | 9,5 | 9,9",
    "Stafofficieren | 2,0 | 1,8",
    "Transport | 3,0 | 3,0",
]


def _financien(name: str) -> list[str]:
    doc = load_document(str(DATA / name))
    return next([p.text for p in s.paragraphs] for s in doc.sections if s.heading == "Financiën")


def test_row_carried_beside_the_box_keeps_its_table_and_the_notes_go_out() -> None:
    texts = _financien("l660_minA_layout.txt")
    assert texts[2:] == [
        *_ROWS_660,
        "Een volgende voortgangsrapportage zal uw Kamer in april 2020 ontvangen.",
        "De Minister van Defensie, A.Th.B. Bijleveld-Schouten",
    ]


def test_box_beside_a_table_on_its_own_page() -> None:
    texts = _financien("l660_minA_tablepage_layout.txt")
    at = texts.index(_ROWS_660[0])
    assert texts[at : at + 5] == _ROWS_660
    assert not any("november" in text or "Onze referentie" in text for text in texts)


def test_datum_in_the_text_or_without_a_date_under_it_stays() -> None:
    lines = [
        "De brief is ondertekend.                                    Datum",
        "Zie de bijlage.",
        "Datum",
        "15 november 2019",
    ]
    assert sender_box_off(lines) == lines
