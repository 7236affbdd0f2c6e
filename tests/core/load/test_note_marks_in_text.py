"""A footnote's number where a sentence or a quotation ends, in a PDF and in text taken from one.

Letters of a tester (QA round 14, tests/data/qa14): the official XML is the truth, and each other
format of the same letter must give the clerk the same sections and the same facts.

- "Een volgende rapportage zal uw Kamer begin 2019 toegaan.¹" on a line of its own is a sentence
  that cites a note, not a heading: read as one, its commitment and its date left the comparison.
- A quotation closed before the note's number ("... volledig te steunen.”²") cites the note as a
  full stop does: the number stuck to the word, the note ran into the one before it.
- Word's plain text has the notes at its end; one number not found ("... te steunen (…).”2") kept
  all of them in the text, and "11 september 2017.1" became a date without its year.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

DATA = Path(__file__).parents[2] / "data" / "qa14"
_PROMISE = "Een volgende rapportage zal uw Kamer begin 2019 toegaan."


def _sections(doc: Document) -> list[tuple[str, list[str]]]:
    return [(s.heading, [p.text for p in s.paragraphs]) for s in doc.sections]


def _unchanged(official: Document, other: Document) -> None:
    comparison = compare_documents(official, other)
    assert {pair.status for pair in comparison.sections} == {"same"}
    assert {pair.status for pair in comparison.facts} == {"unchanged"}


def test_a_note_after_a_closing_quotation_mark(tmp_path: Path) -> None:
    doc = load_document(DATA / "r2_copied.txt")
    assert _sections(doc)[1] == (
        "Irak",
        [
            "In zijn verklaring van 10 december 2017 stelde de VN-Veiligheidsraad het volgende:",
            "“De Raad roept alle lidstaten op het onderzoeksteam van de Verenigde Naties volledig te steunen.”",
            "Noot 1: Resolutie 2379 (2017) van de VN-Veiligheidsraad.",
            "Het kabinet steunt deze oproep en draagt € 1,5 mln. bij aan het onderzoeksteam.",
            "De Minister van Defensie, A.Th.B. Bijleveld-Schouten",
        ],
    )
    _unchanged(load_document(DATA / "r2.xml"), doc)


@pytest.mark.parametrize("name", ["l641_copied_split.txt", "l641_lo_pdf.pdf"])
def test_a_quotation_s_note_in_a_whole_letter(name: str) -> None:
    # the copy broke the quotation's note off "steunen.”2" and the heading "Syrië" after it ran on
    official, doc = load_document(DATA / "l641.xml"), load_document(DATA / name)
    assert [s.heading for s in doc.sections] == [s.heading for s in official.sections]
    assert _sections(doc) == _sections(official)
    _unchanged(official, doc)
