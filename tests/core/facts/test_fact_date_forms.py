"""Dates as tables, notes and budget letters write them: shortened months, "ultimo" and "primo",
a weekday in the letter's date line, and the verbs that say which end of a period a date is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from viewer.core.dutch import parse_place_date
from viewer.core.load import load_document

from factkit import facts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De missie loopt van 1 jan. 2018 t/m 31 dec. 2018.",
            [("1 jan. 2018", "2018-01-01", "start"), ("31 dec. 2018", "2018-12-31", "deadline")],
        ),
        ("De inzet wordt verlengd tot 30 jun. 2019.", [("30 jun. 2019", "2019-06-30", "deadline")]),
        ("Op 3 nov. 2017 besloot het kabinet.", [("3 nov. 2017", "2017-11-03", None)]),
        (
            "De periode 1 sept. 2018 – 28 febr. 2019 is de tweede.",
            [("1 sept. 2018", "2018-09-01", "start"), ("28 febr. 2019", "2019-02-28", "deadline")],
        ),
        ("De missie loopt tot ultimo 2019.", [("ultimo 2019", "2019", "deadline")]),
        ("Primo 2018 start de training.", [("Primo 2018", "2018", None)]),
        ("Het mandaat verloopt op 30 juni 2019.", [("30 juni 2019", "2019-06-30", "deadline")]),
        ("De inzet vervalt op 1 januari 2018.", [("1 januari 2018", "2018-01-01", "deadline")]),
        ("De training begint eind 2018.", [("eind 2018", "2018", "start")]),
        ("De training start 1 juli.", [("1 juli", "2017-07-01", "start")]),
    ],
)
def test_date_forms(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(f.text, f.value, f.unit) for f in facts(sentence, "date")] == expected


@pytest.mark.parametrize(
    "sentence",
    ["Jan. de Vries gaf een toelichting.", "Het dec. 2 rapport is er niet.", "De start 2018 was goed."],
)
def test_no_date(sentence: str) -> None:
    assert [f.text for f in facts(sentence, "date") if f.unit == "start" or "." in f.text] == []


# A table copied from a PDF leaves the shortened month's dot out: "3 nov 2017" is a date too,
# but only between a day and a year
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Op 3 nov 2017 besloot het kabinet.", [("3 nov 2017", "2017-11-03", None)]),
        ("De inzet loopt tot 1 sept 2018.", [("1 sept 2018", "2018-09-01", "deadline")]),
        ("Op 12 okt 2017 vertrok het fregat.", [("12 okt 2017", "2017-10-12", None)]),
        ("Op 31 dec 2016 eindigde de inzet.", [("31 dec 2016", "2016-12-31", None)]),
        ("Op 2 jan 2017 startte de training.", [("2 jan 2017", "2017-01-02", None)]),
        ("Op 28 feb 2017 kwam de VN-rapportage.", [("28 feb 2017", "2017-02-28", None)]),
        ("Op 15 mrt 2017 sprak de minister.", [("15 mrt 2017", "2017-03-15", None)]),
        ("Op 4 apr 2017 sprak de minister.", [("4 apr 2017", "2017-04-04", None)]),
        ("Op 30 jun 2017 sprak de minister.", [("30 jun 2017", "2017-06-30", None)]),
        ("Op 1 jul 2017 sprak de minister.", [("1 jul 2017", "2017-07-01", None)]),
        ("Op 9 aug 2017 sprak de minister.", [("9 aug 2017", "2017-08-09", None)]),
        (
            "De missie loopt van 1 jan 2018 t/m 31 dec 2018.",
            [("1 jan 2018", "2018-01-01", "start"), ("31 dec 2018", "2018-12-31", "deadline")],
        ),
        (
            "De inzet 1 jan 2018 – 31 dec 2018 is de tweede.",
            [("1 jan 2018", "2018-01-01", "start"), ("31 dec 2018", "2018-12-31", "deadline")],
        ),
    ],
)
def test_shortened_months_without_their_dot(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(f.text, f.value, f.unit) for f in facts(sentence, "date")] == expected


@pytest.mark.parametrize(
    "sentence",
    ["In nov besloot het kabinet.", "Op 3 nov besloot het kabinet.", "De nov 2017 rapportage is er.", "Jan 2017 kwam."],
)
def test_a_shortened_month_without_its_dot_needs_a_day_and_a_year(sentence: str) -> None:
    assert [f.text for f in facts(sentence, "date") if "nov" in f.text.casefold() or "jan" in f.text.casefold()] == []


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Den Haag, 3 nov 2017", dt.date(2017, 11, 3)),
        ("Datum 31 dec 2018", dt.date(2018, 12, 31)),
        ("Den Haag, vrijdag 3 november 2017", dt.date(2017, 11, 3)),
        ("Den Haag, 3 nov. 2017", dt.date(2017, 11, 3)),
        ("Datum 31 dec. 2018", dt.date(2018, 12, 31)),
        ("Den Haag, 9 september 2016", dt.date(2016, 9, 9)),
    ],
)
def test_the_letters_own_date(line: str, date: dt.date) -> None:
    assert parse_place_date(line) == date


def test_a_weekday_in_the_date_line_keeps_the_letters_relative_dates(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, vrijdag 3 november 2017\n\n"
        "Verloop\n\nOp 20 juni jl. sprak de minister met de commandant.\n",
        encoding="utf-8",
    )
    doc = load_document(path)
    assert doc.meta.date == dt.date(2017, 11, 3)
    from viewer.core.facts import extract_facts

    assert [f.value for f in extract_facts(doc) if f.kind == "date" and "juni" in f.text] == ["2017-06-20"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a contribution's course set in the present lies ahead (letter of 14 March 2018)
        ("Nederland trekt de helikopters in juli terug uit Gao.", "2018-07"),
        ("Het kabinet bouwt de bijdrage in oktober af.", "2018-10"),
        ("Nederland breidt de inzet in september uit met 30 militairen.", "2018-09"),
        ("In juli trok Nederland de helikopters terug.", "2017-07"),
    ],
)
def test_a_course_set_in_the_present_lies_ahead(sentence: str, value: str) -> None:
    assert [f.value for f in facts(sentence, "date", date=dt.date(2018, 3, 14))] == [value]


@pytest.mark.parametrize("sentence", ["Het mandaat verloopt eind 2019.", "De missie eindigt ultimo 2019."])
def test_the_verb_before_an_end(sentence: str) -> None:
    assert [f.unit for f in facts(sentence, "date")] == ["deadline"]
