"""A table whose cells are amounts with their unit and scale ("€ 12,0 mln.") in a PDF and in text.

Letters of QA round 14 (tests/data/qa14/README.md). A table of bare figures ("12,0") was read; one of
amounts was not: in the PDF its caption and header row became sections and the rows lost their
cells (the money facts reported vervallen and nieuw); copied out of the PDF, its rows and the
sentence after the table ran together, and that sentence's commitment was reported vervallen.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.facts import extract_facts
from viewer.core.load import load_document

DATA = Path(__file__).parents[2] / "data" / "qa14"
_PROMISE = "Een volgende rapportage zal uw Kamer begin 2019 toegaan."


def _paragraphs(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


def _money(doc: Document) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.text, f.section) for f in extract_facts(doc) if f.kind == "money"]


def _unchanged(official: Document, other: Document) -> None:
    comparison = compare_documents(official, other)
    assert {pair.status for pair in comparison.sections} == {"same"}
    assert {pair.status for pair in comparison.facts} == {"unchanged"}


@pytest.mark.parametrize("name", ["r7c_1col.pdf", "r7c_copied.txt"])
def test_a_table_of_amounts(name: str) -> None:
    official, doc = load_document(DATA / "r7c.xml"), load_document(DATA / name)
    assert [s.heading for s in doc.sections] == ["", "Financiële bijdragen"]
    assert _paragraphs(doc)[2:-1] == [
        "De Nederlandse bijdragen in 2018 zijn als volgt verdeeld:",
        "Bijdragen stabilisatie Irak 2018",
        "Organisatie | Bedrag",
        "UNDP FFS | € 12,0 mln.",
        "UNMAS | € 6,5 mln.",
        "Totaal | € 18,5 mln.",
        _PROMISE,
    ]
    section = ("Financiële bijdragen",)
    assert _money(doc) == [("€ 12,0 mln.", section), ("€ 6,5 mln.", section), ("€ 18,5 mln.", section)]
    assert _PROMISE in [f.text for f in extract_facts(doc) if f.kind == "commitment"]
    _unchanged(official, doc)


@pytest.mark.parametrize("name", ["r7d_1col.pdf", "r7d_copied.txt"])
def test_a_table_of_bare_figures_still(name: str) -> None:
    _unchanged(load_document(DATA / "r7d.xml"), load_document(DATA / name))


def test_the_last_row_with_an_empty_cell_keeps_the_next_page_s_paragraph_apart() -> None:
    # "Totaal  € 25,8 mln." (no purpose in the middle column) at the first page's foot, the next
    # sentence at the top of the second: the row ran on into it
    official, doc = load_document(DATA / "l650.xml"), load_document(DATA / "l650_copied.txt")
    texts = _paragraphs(doc)
    at = texts.index("Totaal | | € 25,8 mln.")
    assert texts[at + 1] == _PROMISE
    assert texts[at - 1] == "VN-onderzoeksteam | verantwoording | € 1,5 mln."
    _unchanged(official, doc)


def test_short_sentences_ending_in_amounts_are_no_table(tmp_path: Path) -> None:
    # a paragraph per line: under a heading, two short sentences each of as many words as the
    # heading, ending in an amount; no table, for its "header" is a heading ("Kosten en financiering")
    lines = [
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Den Haag, 14 september 2018",
        "Hierbij informeren wij uw Kamer over de voortgang van de Nederlandse bijdrage aan de strijd tegen"
        " ISIS in de periode van september 2017 tot en met januari 2018, zoals toegezegd.",
        "Kosten en financiering",
        "De uitgaven bedragen € 61,4 mln.",
        "Het budget is € 20 mln.",
        f"{_PROMISE[:-1]} en gaat in op de inzet van de Nederlandse militairen in Irak en Syrië.",
        "De Minister van Defensie,",
        "A.Th.B. Bijleveld-Schouten",
    ]
    path = tmp_path / "brief.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = load_document(path)
    assert [(s.heading, [p.text for p in s.paragraphs][:2]) for s in doc.sections][1] == (
        "Kosten en financiering",
        ["De uitgaven bedragen € 61,4 mln.", "Het budget is € 20 mln."],
    )
