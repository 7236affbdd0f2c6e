"""A table of figures compares unchanged with the XML in every format (tests/data/tables/README.md).

Outside the XML, the HTML and Word, a table shows only by where its words stand (PDF) or by its shape
(text copied from a PDF, a paragraph per line). In a PDF: the header row was bold and its caption italic,
so both became headings, and the rows lost their cells ("Juli 62 104"). The XML gives the caption
as a paragraph and each row as its cells joined by " | " ("Juli | 62 | 104").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

DATA = Path(__file__).parents[2] / "data" / "tables"

# each letter's table as the XML gives it: its caption, then its rows
TABLES = {
    "l340": [
        "Personeel per onderdeel (peildatum 1 maart 2017)",
        "Onderdeel | Aantal | Locatie",
        "Inlichtingen | 160 | Gao",
        "Helikopters | 150 | Gao",
        "Staf | 45 | Bamako",
        "Politie | 35 | Bamako",
    ],
    "l612": [
        "Inzet F-16’s per maand",
        "Maand | Missies | Wapens",
        "Juli | 62 | 104",
        "Augustus | 71 | 131",
        "September | 68 | 117",
        "Oktober | 80 | 152",
    ],
    "l615": [
        "Raming kosten 2017 (in miljoenen euro)",
        "Onderdeel | Raming",
        "Trainers Erbil en Bagdad | 31,2",
        "Advise & assist-team | 9,8",
        "C-130 | 12,1",
        "Stafofficieren | 5,5",
        "Totaal | 58,6",
    ],
    "l620": [
        "Bijtanking door de KDC-10",
        "Kwartaal | Vluchten | Brandstof (ton)",
        "Eerste | 14 | 420",
        "Tweede | 18 | 530",
        "Derde | 11 | 310",
        "Vierde | 9 | 265",
    ],
}


def _paragraphs(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


def _assert_as_the_xml(name: str) -> None:
    letter = name.split("_")[0]
    xml = load_document(DATA / f"{letter}.xml")
    other = load_document(DATA / name)
    table = TABLES[letter]
    paragraphs = _paragraphs(other)
    start = paragraphs.index(table[0])
    assert paragraphs[start : start + len(table)] == table
    assert [s.heading for s in other.sections] == [s.heading for s in xml.sections]
    comparison = compare_documents(xml, other)
    assert {pair.status for pair in comparison.sections} == {"same"}
    assert {pair.status for pair in comparison.facts} == {"unchanged"}


def test_the_xml_gives_each_table_as_its_rows() -> None:
    for letter, table in TABLES.items():
        paragraphs = _paragraphs(load_document(DATA / f"{letter}.xml"))
        start = paragraphs.index(table[0])
        assert paragraphs[start : start + len(table)] == table


@pytest.mark.parametrize("name", ["l612_1col.pdf", "l615_1col.pdf", "l620_2col.pdf", "l340_2col.pdf"])
def test_a_pdf_s_table_is_read_as_its_rows_under_its_caption(name: str) -> None:
    _assert_as_the_xml(name)


TEXTS = [f"l{n}_{kind}.txt" for n in (340, 612, 615, 620) for kind in ("copied", "copied_narrow", "ppl", "pplwrap")]


@pytest.mark.parametrize("name", TEXTS)
def test_a_table_in_text_is_read_as_its_rows_under_its_caption(name: str) -> None:
    # copied from a PDF the rows ran together into one paragraph, or (a paragraph per line, wrapped
    # by hand) each became a heading nested under the one before; the caption was a heading
    doc = load_document(DATA / name)
    table = TABLES[name.split("_")[0]]
    paragraphs = _paragraphs(doc)
    start = paragraphs.index(table[0])
    assert paragraphs[start : start + len(table)] == table
    assert not {s.heading for s in doc.sections} & {table[0], *(row.replace(" | ", " ") for row in table[1:])}


# these compare unchanged as a whole, also where a note's number is glued to a figure ("gemiddeld
# 3903 militairen" for 390 and note 3) or a numbered heading is a page's last line ("2. Militaire
# bijdrage" above the page's notes); in l340_copied_narrow.txt a word broken at its own hyphen ("lange-"
# / "afstandsverkenningspatrouilles") still loses it
@pytest.mark.parametrize("name", [name for name in TEXTS if name != "l340_copied_narrow.txt"])
def test_a_letter_with_a_table_in_text_compares_unchanged_with_its_xml(name: str) -> None:
    _assert_as_the_xml(name)
