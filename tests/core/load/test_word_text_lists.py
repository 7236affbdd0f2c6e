"""Word's plain text: a list whose labels a tab follows ("•<tab>ongeveer 150 militairen").

Letters of QA round 14 (tests/data/qa14/README.md). Word saves a list's item in plain text as its
label, a tab and its text; a table's row has a tab between its cells. The items were read as rows
("• | ongeveer 150 militairen"), and the list "Bijlage" after the signatures ("1.<tab>Overzicht
...") ran on into the section "Tot slot": the heading "Bijlage" above it was lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

DATA = Path(__file__).parents[2] / "data" / "qa14"


def _sections(doc: Document) -> list[tuple[str, list[str]]]:
    return [(s.heading, [p.text for p in s.paragraphs]) for s in doc.sections]


@pytest.mark.parametrize("name", ["l641_wordtxt.txt", "r6_full_noquote.txt"])
def test_a_list_s_label_and_its_tab(name: str) -> None:
    official, doc = load_document(DATA / "l641.xml"), load_document(DATA / name)
    sections = dict(_sections(doc))
    assert [s.heading for s in doc.sections][-3:] == ["Financiën", "Tot slot", "Bijlage"]
    assert sections["Bijlage"] == [
        "1. Overzicht van de inzet van de Nederlandse militairen per 1 jan. 2018",
        "2. Kaart van het operatiegebied",
    ]
    assert sections["Militaire bijdrage"][1:4] == [
        "• ongeveer 150 militairen voor de capaciteitsopbouw in Irak, o.a. in Erbil en Bagdad;",
        "• een force protection-eenheid van ongeveer 35 militairen voor het Belgische F-16-detachement in Jordanië;",
        "• vier stafofficieren in de hoofdkwartieren van de coalitie.",
    ]
    assert sections["Militaire bijdrage"] == dict(_sections(official))["Militaire bijdrage"]
    comparison = compare_documents(official, doc)
    assert {pair.status for pair in comparison.facts} == {"unchanged"}
    if name == "l641_wordtxt.txt":  # (the other's quotation lost its closing mark: "steunen.2")
        assert _sections(doc) == _sections(official)
        assert {pair.status for pair in comparison.sections} == {"same"}


def test_a_table_s_row_whose_first_cell_is_a_number_stays_a_row(tmp_path: Path) -> None:
    lines = [
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Den Haag, 2 februari 2018",
        "Inzet per fase",
        "Fase\tMilitairen\tKosten",
        "1.\t150\t24,8",
        "2.\t35\t9,3",
        "Het kabinet zal uw Kamer vóór de zomer van 2018 informeren over de voortzetting van de Nederlandse"
        " bijdrage na 31 december 2018.",
    ]
    path = tmp_path / "brief.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    paragraphs = [p.text for s in load_document(path).sections for p in s.paragraphs]
    assert paragraphs[2:6] == ["Inzet per fase", "Fase | Militairen | Kosten", "1. | 150 | 24,8", "2. | 35 | 9,3"]
