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
from viewer.core.facts import extract_facts
from viewer.core.load import load_document

DATA = Path(__file__).parents[2] / "data" / "qa14"
_PROMISE = "Een volgende rapportage zal uw Kamer begin 2019 toegaan."


def _sections(doc: Document) -> list[tuple[str, list[str]]]:
    return [(s.heading, [p.text for p in s.paragraphs]) for s in doc.sections]


def _unchanged(official: Document, other: Document) -> None:
    comparison = compare_documents(official, other)
    assert {pair.status for pair in comparison.sections} == {"same"}
    assert {pair.status for pair in comparison.facts} == {"unchanged"}


@pytest.mark.parametrize(
    ("truth", "name"),
    [
        ("r1_note_after_stop.xml", "r1_note_after_stop_copied.txt"),  # "toegaan.1"
        ("r1_note_after_stop.xml", "r1_superscript_copied.txt"),  # "toegaan.¹"
        ("r1.xml", "r1_1col.pdf"),  # raised
        ("r1.xml", "r1_wordtxt.txt"),  # a paragraph per line, the note at the end
    ],
)
def test_a_sentence_on_a_line_of_its_own_that_cites_a_note_is_no_heading(truth: str, name: str) -> None:
    official, doc = load_document(DATA / truth), load_document(DATA / name)
    assert [s.heading for s in doc.sections] == ["", "Financiën"]
    paragraphs = _sections(doc)[1][1]
    assert paragraphs[-3:] == [
        _PROMISE,
        "Noot 1: Kamerstuk 32 623, nr. 210.",
        "De Minister van Defensie, A.Th.B. Bijleveld-Schouten",
    ]
    commitments = [f.text for f in extract_facts(doc) if f.kind == "commitment"]
    assert _PROMISE in commitments
    _unchanged(official, doc)


def test_a_line_that_cites_no_note_it_has_still_ends_its_sentence(tmp_path: Path) -> None:
    # the letter lost its notes (copied without the page's foot): the number stays, the line is no heading
    text = (DATA / "r1_note_after_stop_copied.txt").read_text(encoding="utf-8")
    path = tmp_path / "zonder-noten.txt"
    path.write_text(text.replace("1 Kamerstuk 32 623, nr. 210. \n", ""), encoding="utf-8")
    doc = load_document(path)
    assert [s.heading for s in doc.sections] == ["", "Financiën"]
    assert any(p.startswith(_PROMISE[:-1]) for p in _sections(doc)[1][1])


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


def _notes(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs if p.text.startswith("Noot ")]


def _dates(doc: Document) -> list[tuple[str, str | int | float]]:
    return [(f.text, f.value) for f in extract_facts(doc) if f.kind == "date"]


@pytest.mark.parametrize("name", ["l641_wordtxt.txt", "l641_wordtxt_unfound_mark.txt"])
def test_word_plain_text_s_notes_are_taken_out_when_one_mark_is_not_found(name: str) -> None:
    official, doc = load_document(DATA / "l641.xml"), load_document(DATA / name)
    assert sorted(_dates(doc)) == sorted(_dates(official))  # note 2's date may stand elsewhere
    assert ("11 september 2017", "2017-09-11") in _dates(doc)
    assert sorted(_notes(doc)) == sorted(_notes(official))
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    opening = texts.index("Noot 1: Kamerstuk 27 925, nr. 612.")
    assert texts[opening - 1].endswith("van 11 september 2017.")
    assert not any(text.startswith(("1 Kamerstuk", "2 Resolutie", "3 Inclusief", "4 Zie")) for text in texts)
    if (
        name == "l641_wordtxt_unfound_mark.txt"
    ):  # the note whose mark was not found follows the letter's last paragraph, its mark stays
        assert texts[-1].startswith("Noot 2: Resolutie 2379 (2017)")
        assert any(text.endswith("te steunen (…).”2") for text in texts)


def test_superscript_notes_and_a_square_metre(tmp_path: Path) -> None:
    lines = [
        "Kamp",
        "",
        "Het kamp in Erbil beslaat 250 m² en wordt in 2018 uitgebreid.¹",
        "",
        "Een volgende rapportage zal uw Kamer begin 2019 toegaan.²",
        "",
        "1 Kamerstuk 27 925, nr. 612.",
        "2 Kamerstuk 32 623, nr. 210.",
    ]
    path = tmp_path / "brief.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _sections(load_document(path)) == [
        (
            "Kamp",
            [
                "Het kamp in Erbil beslaat 250 m² en wordt in 2018 uitgebreid.",
                "Noot 1: Kamerstuk 27 925, nr. 612.",
                _PROMISE,
                "Noot 2: Kamerstuk 32 623, nr. 210.",
            ],
        )
    ]
