"""A footnote's number right after a figure, glued to it: "gemiddeld 390³ militairen" read "3903".

Copied from a PDF, or saved from Word as plain text, the raised mark loses what set it apart. The
clerk saw 3903 soldiers where the letter says 390, and the year 2016 of "over heel 2016⁴" dropped
(read "20164"). The letter in tests/data/notes (nr. 621, written by hand) has four notes: two cited
after a word, two glued to a figure, one of them at the foot of the first page, one at the second's.
A number is read as a figure and a note's number only where the letter leaves no doubt (glued_notes.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.facts import extract_facts
from viewer.core.load import load_document

DATA = Path(__file__).parents[2] / "data" / "notes"
_GUARDING = "Daarnaast waren gemiddeld 390 militairen ingezet voor de bescherming van het kamp."
_COSTS = (
    "De kosten bedroegen € 61,3 miljoen over heel 2016 en zijn gedekt uit het Budget Internationale Veiligheid."
    " In 2023 volgt een evaluatie van de inzet."
)


def _paragraphs(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


def _troops(doc: Document) -> list[tuple[int | float | str, str | None]]:
    return [(f.value, f.unit) for f in extract_facts(doc) if f.kind == "troops"]


def _years(doc: Document) -> list[int | float | str]:
    return [f.value for f in extract_facts(doc) if f.kind == "date" and f.section == ("Financiën",)]


@pytest.mark.parametrize("name", ["kst-27925-621-gekopieerd.txt", "kst-27925-621-alinea-per-regel.txt"])
def test_a_note_s_number_glued_to_a_figure_is_the_note_s(name: str) -> None:
    official = load_document(DATA / "kst-27925-621.xml")
    doc = load_document(DATA / name)
    assert _troops(doc) == [(150, "trainers"), (390, "militairen")]
    assert _years(doc) == _years(official) == ["2016", "2023"]
    # each note after the paragraph that cites it, as the XML has them
    assert _paragraphs(doc)[4:] == [
        f"Nederland leverde ongeveer 150 trainers in Erbil. {_GUARDING}",
        "Noot 2: Zie ook de brief van 4 april 2017.",
        "Noot 3: Het aantal is een gemiddelde over het jaar.",
        _COSTS,
        "Noot 4: Inclusief de kosten van de KDC-10.",
        "De Minister van Defensie, J.A. Hennis-Plasschaert",
    ]
    comparison = compare_documents(official, doc)
    assert {pair.status for pair in comparison.sections} == {"same"}
    assert {pair.status for pair in comparison.facts} == {"unchanged"}


# a letter as copied from a PDF, its notes at the foot of its one page
_LETTER = [
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal ",
    "",
    "Den Haag, 12 mei 2017 ",
    "",
    "Militaire bijdrage ",
    "",
    "{text}",
    "",
    "{notes}",
    "",
    "Tweede Kamer, vergaderjaar 2016–2017, 27 925, nr. 621 1",
]
_NOTES = ["1 Kamerstuk 27 925, nr. 615.", "2 Zie ook de brief van 4 april 2017.", "3 Het aantal is een gemiddelde."]


def _copied(tmp_path: Path, text: str, notes: list[str]) -> Document:
    path = tmp_path / "brief.txt"
    path.write_text("\n".join(_LETTER).format(text=text, notes="\n".join(notes)), encoding="utf-8")
    return load_document(path)


def test_marks_after_words_and_one_glued_to_a_figure(tmp_path: Path) -> None:
    # the case the others leave out one piece of evidence from: all of it there, the digit is the mark
    doc = _copied(
        tmp_path, "Het kamp in Erbil1 ligt bij Irak.2 Daarnaast waren gemiddeld 3903 militairen ingezet.", _NOTES
    )
    assert _troops(doc) == [(390, "militairen")]


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        # no note 3: the figure is the figure
        ("Het kamp in Erbil1 ligt bij Irak.2 Daarnaast waren gemiddeld 3903 militairen ingezet.", _NOTES[:2]),
        # note 3 cited after a word: its mark is found, the figure keeps its last digit
        ("Het kamp in Erbil1 ligt bij Irak.2 Daarnaast waren gemiddeld 3903 militairen ingezet in Irak.3", _NOTES),
        # two figures end in 3 where note 3's mark would stand: no telling which one carries it
        ("Het kamp in Erbil1 ligt bij Irak.2 Daarnaast waren 3903 militairen en 1203 agenten ingezet.", _NOTES),
        # the figure stands before note 2's mark: note 3's mark comes after it
        ("Het kamp in Erbil1 telde 3903 militairen bij Irak.2 Daarnaast zijn agenten ingezet.", _NOTES),
        # note 2's mark is not found: the marks found do not run up to note 3
        ("Het kamp in Erbil1 ligt bij Irak. Daarnaast waren gemiddeld 3903 militairen ingezet.", _NOTES),
    ],
    ids=["no-note-3", "note-3-cited", "two-figures", "before-note-2", "no-mark-2"],
)
def test_a_figure_ending_in_a_note_s_number_stays_without_the_evidence(
    tmp_path: Path, text: str, notes: list[str]
) -> None:
    doc = _copied(tmp_path, text, notes)
    assert 3903 in [value for value, _ in _troops(doc)]


def test_a_year_is_no_figure_with_a_note_s_number(tmp_path: Path) -> None:
    # "2013" could be "201" with note 3, but a year it is; "3903" then is the only figure left
    doc = _copied(
        tmp_path, "Het kamp in Erbil1 ligt bij Irak.2 Sinds 2013 waren gemiddeld 3903 militairen ingezet.", _NOTES
    )
    assert _troops(doc) == [(390, "militairen")]
    assert "Sinds 2013 waren gemiddeld 390 militairen ingezet." in doc.text
