"""A letter saved from Word as plain text (a paragraph per line) with one line wrapped by hand.

A clerk pastes a paragraph or a list item wrapped at some 65 characters into such a letter. The
wrapped lines must make the one paragraph they were, and nothing else may join them: the list's
next items, the next heading and its paragraph stay apart. Each variant compares as unchanged
against the letter with every paragraph on one line.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

_TRAINERS = "- ongeveer 150 trainers voor de Iraakse en Koerdische strijdkrachten in Bagdad en Erbil"
_STAFF = "- een stafofficier bij het hoofdkwartier in Koeweit"
_F16 = (
    "Het kabinet heeft besloten de F-16’s van 1 januari tot en met 31 december 2018 opnieuw in te zetten"
    " boven Irak en Oost-Syrië, waarbij de huidige mandaatgrenzen gehandhaafd blijven."
)
ONE_LINE_EACH = [
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    "Den Haag, 11 september 2017",
    "Hierbij informeren wij uw Kamer, mede namens de Minister van Justitie en Veiligheid, over het besluit"
    " van het kabinet de Nederlandse bijdrage aan de strijd tegen ISIS te verlengen tot en met 31 december 2018.",
    "Militaire aspecten",
    "Nederland levert ongeveer 150 trainers aan de Iraakse en Koerdische strijdkrachten, waarbij de nadruk"
    " ligt op training in verstedelijkt gebied en het opruimen van explosieven.",
    "De Nederlandse bijdrage bestaat uit:",
    _TRAINERS,
    "- vier F-16’s met ondersteunend personeel in Jordanië",
    _STAFF,
    "Inzet van de F-16’s",
    _F16,
    "Financiën",
    "De kosten van de inzet bedragen 26,5 miljoen euro en worden gedekt uit het Budget Internationale"
    " Veiligheid (BIV).",
    "De Minister van Buitenlandse Zaken,",
    "B. Zijlstra",
    "De Minister van Defensie,",
    "A.Th.B. Bijleveld-Schouten",
]


def _load(folder: Path, name: str, lines: list[str]) -> Document:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_document(path)


def _wrapped(line: str, *by_hand: str) -> list[str]:
    """The letter with `line` wrapped by hand into the lines `by_hand`."""
    assert " ".join(part.strip() for part in by_hand) == line
    at = ONE_LINE_EACH.index(line)
    return [*ONE_LINE_EACH[:at], *by_hand, *ONE_LINE_EACH[at + 1 :]]


def _assert_unchanged(folder: Path, lines: list[str]) -> None:
    whole, by_hand = _load(folder, "heel.txt", ONE_LINE_EACH), _load(folder, "gewikkeld.txt", lines)
    assert [s.path for s in by_hand.sections] == [s.path for s in whole.sections]
    assert [p.text for s in by_hand.sections for p in s.paragraphs] == [
        p.text for s in whole.sections for p in s.paragraphs
    ]
    comparison = compare_documents(whole, by_hand)
    assert {pair.status for pair in comparison.sections} == {"same"}
    assert {pair.status for pair in comparison.facts} == {"unchanged"}


def test_every_paragraph_on_a_line_of_its_own(tmp_path: Path) -> None:
    doc = _load(tmp_path, "brief.txt", ONE_LINE_EACH)
    assert [s.heading for s in doc.sections] == ["", "Militaire aspecten", "Inzet van de F-16’s", "Financiën"]


@pytest.mark.parametrize(
    "by_hand",
    [
        # the item's second line flush left, or indented under its text, or starting with a capital
        (_TRAINERS, "- ongeveer 150 trainers voor de Iraakse en Koerdische strijdkrachten", "in Bagdad en Erbil"),
        (_TRAINERS, "- ongeveer 150 trainers voor de Iraakse en Koerdische strijdkrachten", "  in Bagdad en Erbil"),
        (_TRAINERS, "- ongeveer 150 trainers voor de Iraakse en Koerdische strijdkrachten in", "  Bagdad en Erbil"),
        # the list's last item, before the next heading
        (_STAFF, "- een stafofficier bij het hoofdkwartier", "in Koeweit"),
    ],
    ids=["flush", "indented", "indented-capital", "last-item"],
)
def test_a_list_item_wrapped_by_hand_stays_one_item(tmp_path: Path, by_hand: tuple[str, ...]) -> None:
    # one item wrapped: the rest of the list, the heading "Inzet van de F-16’s" and its paragraph ran on
    # into it, one paragraph, and the section and its commitment and dates were reported as removed
    _assert_unchanged(tmp_path, _wrapped(*by_hand))


@pytest.mark.parametrize(
    "by_hand",
    [
        # the next line starts with the year of the date before it: the date lost its year
        (
            "Het kabinet heeft besloten de F-16’s van 1 januari tot en met 31 december",
            "2018 opnieuw in te zetten boven Irak en Oost-Syrië, waarbij de huidige",
            "mandaatgrenzen gehandhaafd blijven.",
        ),
        # a line ending in a comma ended the paragraph, and the commitment read as changed
        (
            "Het kabinet heeft besloten de F-16’s van 1 januari tot en met 31 december 2018",
            "opnieuw in te zetten boven Irak en Oost-Syrië,",
            "waarbij de huidige mandaatgrenzen gehandhaafd blijven.",
        ),
    ],
    ids=["digit", "comma"],
)
def test_a_paragraph_wrapped_by_hand_before_a_number_or_after_a_comma(tmp_path: Path, by_hand: tuple[str, ...]) -> None:
    _assert_unchanged(tmp_path, _wrapped(_F16, *by_hand))


def test_short_lines_before_a_number_stay_paragraphs_of_their_own(tmp_path: Path) -> None:
    # a heading before a paragraph that starts with a year, a list's items without their marks
    # that start with a number: each a line of its own, not a paragraph wrapped by hand
    lines = [
        *ONE_LINE_EACH[:5],
        "De Nederlandse bijdrage bestaat uit:",
        "150 trainers in Bagdad en Erbil",
        "4 F-16’s met ondersteunend personeel in Jordanië",
        "Inzet van de F-16’s",
        "2018 is het vierde jaar dat de F-16’s boven Irak en Oost-Syrië worden ingezet, nu tot en met"
        " 31 december 2018.",
        *ONE_LINE_EACH[11:],
    ]
    doc = _load(tmp_path, "brief.txt", lines)
    assert [s.heading for s in doc.sections] == ["", "Militaire aspecten", "Inzet van de F-16’s", "Financiën"]
    texts = [p.text for p in doc.sections[1].paragraphs]
    assert texts[-2:] == ["150 trainers in Bagdad en Erbil", "4 F-16’s met ondersteunend personeel in Jordanië"]
    assert doc.sections[2].paragraphs[0].text == lines[9]


def test_signatures_stay_apart_after_a_name_with_a_title(tmp_path: Path) -> None:
    # "De Staatssecretaris van Defensie," goes on into "drs. C.A. van der Maat" (a comma closes no
    # line), but the name ends the signature: the next signature's line does not run on from it
    lines = [
        *ONE_LINE_EACH[:-4],
        "De Staatssecretaris van Defensie,",
        "drs. C.A. van der Maat",
        "De Minister-President, Minister van Algemene Zaken,",
        "M. Rutte",
    ]
    doc = _load(tmp_path, "brief.txt", lines)
    assert [p.text for p in doc.sections[-1].paragraphs][-2:] == [
        "De Staatssecretaris van Defensie, drs. C.A. van der Maat",
        "De Minister-President, Minister van Algemene Zaken, M. Rutte",
    ]


@pytest.mark.parametrize("width", [72, 90])
def test_every_paragraph_wrapped_by_hand(tmp_path: Path, width: int) -> None:
    # most paragraphs wrapped, no blank line anywhere: read as text copied from a PDF, the addressee,
    # the date line and the whole letter were one paragraph, and the letter had no date
    lines = [part for line in ONE_LINE_EACH for part in textwrap.wrap(line, width)]
    assert len(lines) > len(ONE_LINE_EACH) + 4
    _assert_unchanged(tmp_path, lines)
    assert _load(tmp_path, "gewikkeld.txt", lines).meta.date == dt.date(2017, 9, 11)


def test_a_heading_after_a_sentence_closed_with_a_note_s_number(tmp_path: Path) -> None:
    # Word saves a note's mark as a digit after the full stop ("... 31 december 2018.1", "...
    # gehandhaafd blijven.2"): the line did not close, and the next heading ran on into it where its
    # number starts it ("1.1 Militaire aspecten"), as a wrapped line goes on before a number
    lines = [
        *ONE_LINE_EACH[:2],
        f"{ONE_LINE_EACH[2]}1",
        "1.1 Militaire aspecten",
        *ONE_LINE_EACH[4:10],
        f"{_F16}2",
        "1.2 Financiën",
        *ONE_LINE_EACH[12:],
        "",
        "1 Kamerstuk 27 925, nr. 597.",
        "2 Zie ook de brief van 4 april 2017.",
    ]
    doc = _load(tmp_path, "noot.txt", lines)
    assert [s.heading for s in doc.sections] == ["", "1.1 Militaire aspecten", "Inzet van de F-16’s", "1.2 Financiën"]
    assert [p.text for p in doc.sections[0].paragraphs][-2:] == [ONE_LINE_EACH[2], "Noot 1: Kamerstuk 27 925, nr. 597."]
    assert [p.text for p in doc.sections[2].paragraphs] == [_F16, "Noot 2: Zie ook de brief van 4 april 2017."]


_DATA = Path(__file__).parents[2] / "data" / "hand-wrapped"
_AIR = (
    "Sinds het begin van de inzet in oktober 2014 hebben Nederlandse F-16's ruim 2.100 vluchten uitgevoerd,"
    " waarbij meer dan 1.800 wapens zijn ingezet. Belgische F-16's voerden in de rapportageperiode 612 vluchten uit."
)


def test_a_paragraph_wrapped_by_hand_between_blank_lines_whose_first_line_reads_like_a_heading() -> None:
    # blank lines between the paragraphs, one wrapped at some 63 characters: its first line, short and
    # without a full stop ("Sinds het begin van de inzet in oktober 2014 hebben"), became a section of
    # its own, and the date "oktober 2014" was reported dropped from "Luchtcampagne"
    whole = load_document(_DATA / "voortgang-alinea-per-regel.txt")
    by_hand = load_document(_DATA / "voortgang-gewikkeld.txt")
    assert [s.heading for s in by_hand.sections] == [
        "",
        "Trainingsmissie Irak",
        "Force Protection",
        "Luchtcampagne",
        "Financiën",
    ]
    assert [p.text for p in by_hand.sections[3].paragraphs] == [_AIR]
    comparison = compare_documents(whole, by_hand)
    assert {pair.status for pair in comparison.sections} == {"same"}
    assert {pair.status for pair in comparison.facts} == {"unchanged"}


def test_a_heading_right_above_a_paragraph_wrapped_by_hand_stays_a_heading(tmp_path: Path) -> None:
    # no blank line between "Luchtcampagne" and the wrapped paragraph: the heading fills no line of the
    # paragraph's width, and stays a heading
    text = (_DATA / "voortgang-gewikkeld.txt").read_text(encoding="utf-8")
    path = tmp_path / "kop-erboven.txt"
    path.write_text(text.replace("Luchtcampagne\n\n", "Luchtcampagne\n"), encoding="utf-8")
    doc = load_document(path)
    assert [s.heading for s in doc.sections][3:] == ["Luchtcampagne", "Financiën"]
    assert [p.text for p in doc.sections[3].paragraphs] == [_AIR]
