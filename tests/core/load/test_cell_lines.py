"""A table copied by plain `pdftotext` a cell per line, down its columns or along its rows (qa15).

The XML gives each row ("Capaciteitsopbouw | 28,0 | 27,4"); read as text, the cells ran into
paragraphs and the table's 8 amounts were reported vervallen in every copy of nr. 660.
"""

from __future__ import annotations

from pathlib import Path

from viewer.core.load import load_document
from viewer.core.load.cell_lines import cell_rows

DATA = Path(__file__).parents[2] / "data" / "qa15"

_ROWS_660 = [
    "Onderdeel | Raming | Realisatie",
    "Capaciteitsopbouw | 28,0 | 27,4",
    "Force protection | 9,5 | 9,9",
    "Stafofficieren | 2,0 | 1,8",
    "Transport | 3,0 | 3,0",
]


def _paragraphs(path: Path) -> list[str]:
    return [p.text for s in load_document(str(path)).sections for p in s.paragraphs]


def test_table_read_down_its_columns_and_its_row_carried_to_the_next_page() -> None:
    # "Onderdeel / labels", "Raming / figures", "Realisatie / figures"; page 1's notes, then
    # "Transport / 3,0 / 3,0" on page 2
    texts = _paragraphs(DATA / "l660_minA_copied.txt")
    texts = texts[texts.index("Uitgaven 2019 (bedragen x € 1 mln.)") - 1 :]
    assert texts[:7] == [
        "De uitgaven voor 2019 bedragen naar verwachting 42,1 miljoen euro. De verdeling staat in de "
        "onderstaande tabel.",
        "Uitgaven 2019 (bedragen x € 1 mln.)",
        *_ROWS_660,
    ]
    assert texts[7] == "Een volgende voortgangsrapportage zal uw Kamer in april 2020 ontvangen."


def test_table_read_along_its_rows_a_cell_per_line() -> None:
    texts = _paragraphs(DATA / "l660_minC_copied.txt")
    at = texts.index("Uitgaven 2019 (bedragen x € 1 mln.)")
    assert texts[at + 1 : at + 6] == _ROWS_660


def test_columns_with_a_running_header_between_them_and_a_column_of_words() -> None:
    texts = _paragraphs(DATA / "l655_minA_tablepage_copied.txt")
    at = texts.index("Locatie | Eenheid | Aantal militairen")
    assert texts[at - 1] == "Overzicht inzet per locatie"
    assert texts[at + 1 : at + 5] == [
        "Erbil | trainers | 100",
        "Bagdad | trainers en stafofficieren | 33",
        "Al Asad | force protection | 50",
        "Koeweit | staf en ondersteuning | 12",
    ]


def test_short_lines_without_a_table_stay_as_they_are() -> None:
    lines = [
        "Plein 4",
        "MPC 58 B",
        "Postbus 20701",
        "2500 ES Den Haag",
        "",
        "Datum",
        "15 november 2019",
        "",
        "Bijlagen",
        "2",
        "",
        "Aantallen",
        "12",
        "",
        "Totaal",
        "40",
    ]
    assert cell_rows(lines) == lines


def test_columns_of_unequal_length_are_no_table() -> None:
    lines = ["Onderdeel", "Capaciteitsopbouw", "Force protection", "", "Raming", "28,0", "9,5", "2,0", ""]
    assert cell_rows(lines) == lines
