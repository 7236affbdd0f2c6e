"""Times a letter names by the Kamer's calendar: its recesses ("voor het zomerreces", "na het
kerstreces"), Prinsjesdag (the third Tuesday of September), and "uiterlijk op" a day; and how a
new or dropped one reads in the summary."""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.facts import extract_facts, pair_facts

from factkit import facts, letter


@pytest.mark.parametrize(
    ("sentence", "text", "value", "role", "qualifier"),
    [
        # a recess of the Kamer is a time as a season is: the coming one in a promise (a September
        # letter's "voor het zomerreces" is next summer's), else the last
        ("Uw Kamer wordt voor het zomerreces geïnformeerd.", "voor het zomerreces", "2017", "deadline", "zomerreces"),
        ("Vóór het meireces zal de Kamer worden geïnformeerd.", "Vóór het meireces", "2017", "deadline", "meireces"),
        ("Voor het kerstreces informeer ik uw Kamer.", "Voor het kerstreces", "2016", "deadline", "kerstreces"),
        ("U ontvangt na het herfstreces de evaluatie.", "na het herfstreces", "2016", None, "herfstreces"),
        (
            "Het kabinet stuurt voor het voorjaarsreces een brief.",
            "voor het voorjaarsreces",
            "2017",
            "deadline",
            "voorjaarsreces",
        ),
        (
            "De commissie vergaderde voor het herfstreces over de missie.",
            "voor het herfstreces",
            "2015",
            "deadline",
            "herfstreces",
        ),
        # ... with its year: that year, approximately
        (
            "Uw Kamer wordt voor het zomerreces van 2018 geïnformeerd.",
            "zomerreces van 2018",
            "2018",
            "deadline",
            "zomerreces",
        ),
        ("Tijdens het krokusreces 2017 bezoekt de commissie Irak.", "krokusreces 2017", "2017", None, "krokusreces"),
    ],
)
def test_a_recess_of_the_kamer_is_a_time_as_a_season_is(
    sentence: str, text: str, value: str, role: str | None, qualifier: str
) -> None:
    [fact] = facts(sentence, "date", dt.date(2016, 9, 9))
    assert (fact.text, fact.value, fact.unit, fact.approximate, fact.qualifier) == (text, value, role, True, qualifier)


@pytest.mark.parametrize(
    ("sentence", "letter_date", "text", "value", "role"),
    [
        # the third Tuesday of September: 20 September 2016, 19 September 2017, 18 September 2018
        ("Uw Kamer wordt voor Prinsjesdag geïnformeerd.", dt.date(2016, 9, 9), "Prinsjesdag", "2016-09-20", "deadline"),
        (
            "Uw Kamer wordt voor Prinsjesdag geïnformeerd.",
            dt.date(2016, 10, 3),
            "Prinsjesdag",
            "2017-09-19",
            "deadline",
        ),
        ("Met Prinsjesdag is de begroting aangeboden.", dt.date(2016, 9, 9), "Prinsjesdag", "2015-09-15", None),
        ("Op Prinsjesdag 2018 volgt de begroting.", dt.date(2016, 9, 9), "Prinsjesdag 2018", "2018-09-18", None),
        (
            "Uiterlijk op Prinsjesdag ontvangt uw Kamer de brief.",
            dt.date(2017, 3, 1),
            "Prinsjesdag",
            "2017-09-19",
            "deadline",
        ),
    ],
)
def test_prinsjesdag_is_the_third_tuesday_of_september(
    sentence: str, letter_date: dt.date, text: str, value: str, role: str | None
) -> None:
    [fact] = facts(sentence, "date", letter_date)
    assert (fact.text, fact.value, fact.unit, fact.precision, fact.approximate) == (text, value, role, "day", False)


def test_prinsjesdag_needs_the_letters_date_or_a_year() -> None:
    assert facts("Uw Kamer wordt voor Prinsjesdag geïnformeerd.", "date", None) == []
    assert facts("De prinsjesdagstukken zijn verschenen.", "date") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Het kabinet zal u uiterlijk op 1 juli 2018 informeren.", "2018-07-01"),
        ("Het kabinet informeert u uiterlijk op 1 oktober.", "2016-10-01"),  # ahead: this October
        ("Het kabinet informeert u uiterlijk met Prinsjesdag.", "2016-09-20"),
    ],
)
def test_uiterlijk_op_is_a_deadline(sentence: str, value: str) -> None:
    [fact] = facts(sentence, "date", dt.date(2016, 9, 9))
    assert (fact.value, fact.unit) == (value, "deadline")


def test_a_recess_not_named_is_no_date() -> None:
    assert facts("Het reces van de Kamer duurt zes weken.", "date", dt.date(2016, 9, 9)) == []


def test_a_promise_by_another_recess_is_a_changed_date_and_commitment() -> None:
    old = letter("Uw Kamer wordt voor het zomerreces geïnformeerd over de evaluatie.")
    new = letter("Uw Kamer wordt voor het kerstreces geïnformeerd over de evaluatie.")
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    by_kind = {p.kind: p for p in pairs}
    date = by_kind["date"]
    assert date.old is not None and date.new is not None
    assert (date.status, date.old.value, date.new.value) == ("changed", "2017", "2016")
    assert by_kind["commitment"].status == "changed"


def _pairs(old_text: str, new_text: str, date: dt.date = dt.date(2016, 9, 9)) -> dict[str, str]:
    old, new = letter(old_text, date), letter(new_text, date)
    return {p.kind: p.status for p in pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])}


@pytest.mark.parametrize(
    ("sentence", "letter_date", "value"),
    [
        # a day beside "informeer ik", "stuur ik" is mostly an event's, which lies behind the letter
        (
            "Zoals toegezegd informeer ik u over de uitkomsten van de Raad Buitenlandse Zaken van 14 november.",
            dt.date(2016, 11, 20),
            "2016-11-14",
        ),
        ("Bijgaand stuur ik u het verslag van de NAVO-top van 8 en 9 juli.", dt.date(2016, 7, 20), "2016-07-08"),
        ("Graag informeer ik uw Kamer over de resultaten van de missie in oktober.", dt.date(2016, 11, 20), "2016-10"),
        # ... but a recess or Prinsjesdag by which the Kamer hears is the coming one
        ("Na het kerstreces informeer ik uw Kamer.", dt.date(2016, 9, 9), "2017"),
        ("Na Prinsjesdag informeer ik uw Kamer over de begroting.", dt.date(2017, 3, 1), "2017-09-19"),
    ],
)
def test_informeer_ik_plans_only_by_a_recess_or_prinsjesdag(sentence: str, letter_date: dt.date, value: str) -> None:
    [fact] = facts(sentence, "date", letter_date)
    assert fact.value == value


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Tijdens het kerstreces zal de minister uw Kamer informeren.",
            "Na het kerstreces zal de minister uw Kamer informeren.",
        ),
        ("In de zomer zal de minister uw Kamer informeren.", "Na de zomer zal de minister uw Kamer informeren."),
        ("Op Prinsjesdag zal de minister uw Kamer informeren.", "Na Prinsjesdag zal de minister uw Kamer informeren."),
        (
            "Na het komende zomerreces zal de minister uw Kamer informeren.",
            "Na het komende kerstreces zal de minister uw Kamer informeren.",
        ),
    ],
)
def test_a_promise_moved_to_after_or_to_another_recess_is_a_change(old: str, new: str) -> None:
    assert _pairs(old, new) == {"date": "changed", "commitment": "changed"}


def test_the_february_recess_by_either_name_is_the_same() -> None:
    old = "Uw Kamer wordt voor het voorjaarsreces geïnformeerd."
    assert _pairs(old, old.replace("voorjaarsreces", "krokusreces")) == {"date": "unchanged", "commitment": "unchanged"}


@pytest.mark.parametrize(
    ("sentence", "letter_date", "text", "value"),
    [
        # the next or the last recess or season, by its month, with its name kept
        (
            "Tijdens het komende zomerreces bezoekt de commissie Mali.",
            dt.date(2017, 3, 9),
            "komende zomerreces",
            "2017",
        ),
        (
            "Tijdens het komende zomerreces bezoekt de commissie Mali.",
            dt.date(2017, 9, 9),
            "komende zomerreces",
            "2018",
        ),
        (
            "Tijdens het afgelopen zomerreces is de missie verlengd.",
            dt.date(2016, 9, 9),
            "afgelopen zomerreces",
            "2016",
        ),
        ("Sinds het afgelopen kerstreces is de missie hervat.", dt.date(2017, 3, 1), "afgelopen kerstreces", "2016"),
        ("De komende zomer wordt de missie geëvalueerd.", dt.date(2017, 3, 1), "komende zomer", "2017"),
        # after the Christmas recess is the new year
        ("Na het kerstreces zal de minister uw Kamer informeren.", dt.date(2016, 9, 9), "Na het kerstreces", "2017"),
        (
            "Na het komende kerstreces zal de minister uw Kamer informeren.",
            dt.date(2017, 3, 9),
            "komende kerstreces",
            "2018",
        ),
    ],
)
def test_the_next_or_last_recess(sentence: str, letter_date: dt.date, text: str, value: str) -> None:
    [fact] = facts(sentence, "date", letter_date)
    assert (fact.text, fact.value, fact.approximate) == (text, value, True)
    assert fact.qualifier in text.casefold()


def test_a_rolling_year_is_still_no_date() -> None:
    assert facts("In het afgelopen jaar is veel bereikt.", "date") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Het plan moet uiterlijk bij 1 oktober gereed zijn.", "2017-10-01"),
        ("Het plan moet uiterlijk bij Prinsjesdag gereed zijn.", "2017-09-19"),
        # the past tense looks back
        ("De aanvraag werd uiterlijk op 1 februari ingediend.", "2017-02-01"),
        ("Het rapport moest uiterlijk op 15 januari gereed zijn.", "2017-01-15"),
    ],
)
def test_uiterlijk_lies_ahead_unless_the_clause_looks_back(sentence: str, value: str) -> None:
    [fact] = facts(sentence, "date", dt.date(2017, 3, 1))
    assert (fact.value, fact.unit) == (value, "deadline")


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "De minister had aangekondigd dat de nota op Prinsjesdag a.s. zou verschijnen.",
            "Prinsjesdag a.s.",
            "2017-09-19",
        ),
        ("De nota verschijnt op Prinsjesdag van volgend jaar.", "Prinsjesdag van volgend jaar", "2018-09-18"),
    ],
)
def test_prinsjesdag_aanstaande_and_of_next_year(sentence: str, text: str, value: str) -> None:
    [fact] = facts(sentence, "date", dt.date(2017, 3, 1))
    assert (fact.text, fact.value) == (text, value)


@pytest.mark.parametrize(
    "sentence",
    [
        "In de Prinsjesdag-brief staat de raming.",
        "In de zomerreces-brief is uw Kamer geïnformeerd.",
    ],
)
def test_a_compound_names_no_time(sentence: str) -> None:
    assert facts(sentence, "date") == []


@pytest.mark.parametrize(
    ("sentence", "commitment"),
    [
        # what happened during a recess is no promise (only "voor" or "na" one looks ahead)
        ("Graag informeer ik uw Kamer over de besluiten die tijdens het zomerreces zijn genomen.", False),
        ("Uw Kamer ontvangt de verslagen van de bijeenkomsten die tijdens het zomerreces plaatsvonden.", False),
        ("Na Prinsjesdag informeer ik uw Kamer over de begroting.", True),
        ("Uw Kamer wordt na Prinsjesdag geïnformeerd.", True),
    ],
)
def test_a_recess_or_prinsjesdag_in_a_promise(sentence: str, commitment: bool) -> None:
    assert bool(facts(sentence, "commitment")) is commitment


@pytest.mark.parametrize(
    ("sentence", "letter_date", "value"),
    [
        # a relative clause after the date tells of its noun, not when the news comes
        (
            "Ik zal u uiterlijk 1 december informeren over het onderzoek dat was aangekondigd.",
            dt.date(2016, 9, 9),
            "2016-12-01",
        ),
        ("Ik stuur u uiterlijk 15 oktober de brief waar uw Kamer om had verzocht.", dt.date(2016, 9, 9), "2016-10-15"),
        (
            "Uw Kamer wordt voor het kerstreces geïnformeerd over de maatregelen die nodig zijn.",
            dt.date(2016, 9, 9),
            "2016",
        ),
        ("U ontvangt voor het kerstreces de evaluatie die is uitgevoerd door de IOB.", dt.date(2016, 9, 9), "2016"),
        ("Voor Prinsjesdag informeer ik u over de middelen die beschikbaar zijn.", dt.date(2016, 9, 9), "2016-09-20"),
        # about this letter, since a time, or a time the news is about: no promise by that time
        ("Hierbij informeer ik u over de inzet van de F-16's in het najaar.", dt.date(2017, 3, 15), "2016"),
        ("Graag informeer ik u over de ontwikkelingen sinds het zomerreces.", dt.date(2016, 9, 9), "2016"),
        ("Hiermee informeer ik u over de gebeurtenissen tijdens het kerstreces.", dt.date(2016, 9, 9), "2015"),
        ("Graag informeer ik u over de ontwikkelingen tijdens het zomerreces.", dt.date(2016, 9, 9), "2016"),
        ("U ontvangt hierbij het verslag van het overleg rond Prinsjesdag.", dt.date(2016, 9, 9), "2015-09-15"),
        # a recess by its days: one that has not begun yet in its month, after the Christmas recess
        ("In het afgelopen zomerreces is de evaluatie afgerond.", dt.date(2017, 7, 3), "2016"),
        ("Tijdens het zomerreces is besloten de inzet te verlengen.", dt.date(2017, 7, 3), "2016"),
        ("Na het kerstreces werd de inzet verlengd.", dt.date(2017, 12, 12), "2017"),
        ("Na het kerstreces ontvangt uw Kamer de evaluatie.", dt.date(2017, 1, 5), "2017"),  # during it
    ],
)
def test_when_the_news_comes(sentence: str, letter_date: dt.date, value: str) -> None:
    [fact] = [f for f in facts(sentence, "date", letter_date) if f.text != "juni"]
    assert fact.value == value


def test_after_a_recess_of_a_printed_year_is_told_apart() -> None:
    """ "na" holds with the year printed too, and "na het kerstreces van 2017" is "van dit jaar" in 2017."""
    during = "Uw Kamer wordt tijdens het zomerreces van 2017 geïnformeerd."
    assert _pairs(during, during.replace("tijdens", "na"))["date"] == "changed"
    this_year = "Na het kerstreces van dit jaar zal de minister u informeren."
    printed = "Na het kerstreces van 2017 zal de minister u informeren."
    assert [f.value for f in facts(this_year, "date", dt.date(2017, 3, 15))] == ["2018"]
    assert _pairs(this_year, printed, dt.date(2017, 3, 15)) == {"date": "unchanged", "commitment": "unchanged"}


@pytest.mark.parametrize(
    "sentence",
    [
        "U ontvangt omstreeks Prinsjesdag de uitwerking.",
        "U ontvangt op Prinsjesdag de uitwerking.",
        "Uw Kamer wordt bij Prinsjesdag geïnformeerd.",
    ],
)
def test_news_by_prinsjesdag_is_a_promise(sentence: str) -> None:
    assert facts(sentence, "commitment")


def test_a_compound_with_a_year_names_no_time() -> None:
    assert facts("De Prinsjesdag 2017-brief volgt.", "date", dt.date(2017, 9, 25)) == []
