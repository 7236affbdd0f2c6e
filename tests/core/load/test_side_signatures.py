"""Two ministers signing side by side, in a ministry's PDF and a `-layout` copy of it (qa15 D5).

Printed, the Word table of two signatures reads a row a line: "De Minister van Buitenlandse Zaken,
De Minister van Defensie," above "S.A. Blok A.Th.B. Bijleveld-Schouten". The XML has a signature
per minister, and the letter's last section read as changed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.load import load_document
from viewer.core.load.side_signatures import text_signatures

DATA = Path(__file__).parents[2] / "data" / "qa15"
SIGNATURES = [
    "De Minister van Buitenlandse Zaken, S.A. Blok",
    "De Minister van Defensie, A.Th.B. Bijleveld-Schouten",
]


@pytest.mark.parametrize("name", ["l655_minA.pdf", "l655_minB_layout.txt"])
def test_a_signature_per_minister_in_column_order(name: str) -> None:
    doc = load_document(DATA / name)
    closing = next(s for s in doc.sections if s.heading == "4. Tot slot")
    assert [p.text for p in closing.paragraphs][-2:] == SIGNATURES


def test_the_signatures_of_the_pdf_are_the_xml_s() -> None:
    def closing(path: Path) -> list[str]:
        return [p.text for p in next(s for s in load_document(path).sections if s.heading == "4. Tot slot").paragraphs]

    assert closing(DATA / "l655_minA.pdf") == closing(DATA / "l655.xml")


def test_a_page_s_first_line_keeps_its_space() -> None:
    lines = [" De Minister van Financiën,     De Minister van Defensie,", "", "W.B. Hoekstra     A.B. de Vries"]
    assert text_signatures(lines)[0] == " De Minister van Financiën,"


@pytest.mark.parametrize(
    "lines",
    [
        # a table with a signature's words in its first cell, and figures
        ["De Minister van Defensie,     12,0     13,5", "Onderdeel     Raming     Realisatie"],
        # a signature beside a note, not beside another signature
        ["De Minister van Defensie,     Zie de bijlage voor de kosten van de missie.", "", "A.B. de Vries     2"],
        # one signature alone
        ["De Minister van Defensie,", "", "A.B. de Vries"],
    ],
)
def test_lines_that_are_no_signatures_side_by_side_stay(lines: list[str]) -> None:
    assert text_signatures(lines) == lines


def test_stacked_signatures_of_a_plain_copy_pair_in_order() -> None:
    # `pdftotext` without -layout copies the table a row at a time: both functions, then both names
    doc = load_document(DATA / "l655_minA_tablepage_copied.txt")
    closing = [p.text for p in next(s for s in doc.sections if s.heading == "4. Tot slot").paragraphs]
    at = closing.index(SIGNATURES[0])
    assert closing[at : at + 2] == SIGNATURES
    assert "A.Th.B. Bijleveld-Schouten" not in [s.heading for s in doc.sections]


def test_three_stacked_signatures_pair_in_order() -> None:
    lines = [
        "De Minister van Buitenlandse Zaken,",
        "",
        "De Minister van Defensie,",
        "",
        "De Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,",
        "",
        "S.A. Blok",
        "",
        "A.Th.B. Bijleveld-Schouten",
        "",
        "drs. S.A.M. Kaag",
    ]
    assert [line for line in text_signatures(lines) if line] == [
        "De Minister van Buitenlandse Zaken,",
        "S.A. Blok",
        "De Minister van Defensie,",
        "A.Th.B. Bijleveld-Schouten",
        "De Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,",
        "drs. S.A.M. Kaag",
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # two functions and one name: which minister signed is not known
        ["De Minister van Buitenlandse Zaken,", "", "De Minister van Defensie,", "", "S.A. Blok", "", "Bijlagen"],
        # two functions and three names
        ["De Minister van Defensie,", "De Minister van Financiën,", "A. Bee", "C. Dee", "E. Eff"],
        # each function with its name already
        ["De Minister van Defensie,", "", "A. Bee", "", "De Minister van Financiën,", "", "C. Dee"],
    ],
)
def test_stacked_lines_that_do_not_pair_stay(lines: list[str]) -> None:
    assert text_signatures(lines) == lines
