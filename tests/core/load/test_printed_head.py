"""A ministry's letter head as printed: in its PDF and in text copied from that PDF (qa15 D3, D4).

The head table (addressee, "Postbus 20018 / 2500 EA DEN HAAG", "Datum", "Betreft", "Ons kenmerk",
the sender's column at the right in minC) read as the letter's opening, and the published letter's
"Den Haag, <datum>" was missing. As from the Word file, only the addressee stays, and the line
"Den Haag, 15 november 2019" is made from the head.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document
from viewer.core.load.printed_head import HeadLine, find_head

DATA = Path(__file__).parents[2] / "data" / "qa15"
OPENING = [
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    "Den Haag, 15 november 2019",
    "Hierbij informeer ik uw Kamer, mede namens de Minister van Buitenlandse Zaken, over de voortgang van de "
    "Nederlandse bijdrage aan de strijd tegen ISIS sinds de artikel 100-brief van 28 juni 2019.",
]


def _opening(doc: Document) -> list[str]:
    return [p.text for p in doc.sections[0].paragraphs]


@pytest.mark.parametrize("name", ["l660_minA.pdf", "l660_minC.pdf"])
def test_the_pdf_head_leaves_the_addressee_and_the_place_and_date(name: str) -> None:
    doc = load_document(DATA / name)
    assert _opening(doc)[:3] == OPENING
    assert [s.heading for s in doc.sections] == ["", "Politieke ontwikkelingen", "Irak", "Financiën"]


@pytest.mark.parametrize("name", ["l660_minA.pdf", "l660_minC.pdf"])
def test_a_ministry_pdf_compares_unchanged_with_the_published_letter(name: str) -> None:
    comparison = compare_documents(load_document(DATA / "l660.xml"), load_document(DATA / name))
    assert [pair.status for pair in comparison.sections] == ["same"] * 4
    assert {pair.status for pair in comparison.facts} == {"unchanged"}


def _lines(*texts: str) -> list[HeadLine]:
    return [HeadLine(text.lstrip("> "), indented=text.startswith(">")) for text in texts]


def test_a_head_read_line_by_line_with_the_sender_column_in_between() -> None:
    lines = _lines(
        "Aan de Voorzitter van de Tweede Kamer",
        "Plein 4",
        "Postbus 20701",
        "2500 ES Den Haag",
        "der Staten-Generaal",
        "Postbus 20018",
        "2500 EA DEN HAAG",
        "Datum",
        "15 november 2019",
        "Betreft",
        "Voortgangsrapportage",
        "bijdrage anti-ISIS-coalitie",
        "> Onze referentie",
        "> BS2019024567",
        "Hierbij informeer ik uw Kamer, mede namens de Minister van Buitenlandse Zaken,",
    )
    head = find_head(lines)
    assert head is not None
    assert (head.end, head.addressee, head.date_line) == (
        14,
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Den Haag, 15 november 2019",
    )


def test_a_heading_right_under_the_head_stays() -> None:
    lines = _lines(
        "Datum 1 mei 2020", "Betreft Evaluatie", "Inleiding", "Hierbij zend ik u de evaluatie van de missie."
    )
    head = find_head(lines)
    assert head is not None and head.end == 2 and head.addressee is None


@pytest.mark.parametrize(
    "texts",
    [
        # the published letter: no labels
        ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Den Haag, 15 november 2019", "Hierbij ..."),
        # a date but no other label of a head
        ("Postbus 20018", "Datum 15 november 2019", "Hierbij informeer ik uw Kamer over de voortgang van de missie."),
        # labels but no date
        ("Datum", "Betreft Evaluatie", "Hierbij informeer ik uw Kamer over de voortgang van de missie."),
        # a label further down, in the letter's text
        ("Hierbij informeer ik uw Kamer over de voortgang van de missie, zoals toegezegd.", "Datum 1 mei 2020"),
    ],
)
def test_no_head_without_a_date_and_another_label_at_the_top(texts: tuple[str, ...]) -> None:
    assert find_head(_lines(*texts)) is None


@pytest.mark.parametrize(
    ("name", "letter"),
    [
        ("l660_minA_copied.txt", "l660.xml"),
        ("l660_minC_copied.txt", "l660.xml"),
        ("l660_minB_layout.txt", "l660.xml"),
        ("l655_minB_layout.txt", "l655.xml"),
    ],
)
def test_copied_text_reads_the_head_as_its_pdf(name: str, letter: str) -> None:
    copied, published = load_document(DATA / name), load_document(DATA / letter)
    assert copied.meta.date == published.meta.date
    assert _opening(copied)[:3] == _opening(published)[:3]


def test_a_bare_label_s_value_under_it_is_the_head_s() -> None:
    lines = _lines(
        "Datum", "28 juni 2019", "Ons kenmerk", "BZ/DVB-2019.123456", "Bijlage(n)", "2", "Met deze brief ..."
    )
    head = find_head(lines)
    assert head is not None and head.end == 6 and head.date_line == "Den Haag, 28 juni 2019"
