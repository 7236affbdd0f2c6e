"""A table copied with `pdftotext -layout`: its columns lined up by runs of spaces (qa15 D8).

Each line of the table is a row of its own ("Capaciteitsopbouw | 28,0 | 27,4"), as the XML gives it,
also the row a page break carried to the next page; its caption stays a paragraph, not a heading.
Double spaces in running text separate no cells.
"""

from __future__ import annotations

from pathlib import Path

from viewer.core.load import load_document
from viewer.core.load.spaced_rows import spaced_rows

_DATA = Path(__file__).parents[2] / "data" / "copied"


def test_a_table_lined_up_by_spaces_is_read_as_its_rows() -> None:
    doc = load_document(str(_DATA / "layout-tabel-met-spaties.txt"))
    assert [s.heading for s in doc.sections] == ["", "Financiën"]
    assert [p.text for p in doc.sections[1].paragraphs] == [
        "De uitgaven voor 2019 bedragen naar verwachting 42,1 miljoen euro."
        " De verdeling staat in de onderstaande tabel.",
        "Uitgaven 2019 (bedragen x € 1 mln.)",
        "Onderdeel | Raming | Realisatie",
        "Capaciteitsopbouw | 28,0 | 27,4",
        "Force protection | 9,5 | 9,9",
        "Stafofficieren | 2,0 | 1,8",
        "Transport | 3,0 | 3,0",
        "Een volgende voortgangsrapportage zal uw Kamer in april 2020 ontvangen. Dat is afgesproken met de Kamer.",
    ]


def test_double_spaces_in_running_text_separate_no_cells() -> None:
    lines = [
        "De inzet  duurt  tot 2020.  Het kabinet  informeert de Kamer.",
        "Daarna volgt  een evaluatie  van 12  weken.",
    ]
    assert spaced_rows(lines) == lines
