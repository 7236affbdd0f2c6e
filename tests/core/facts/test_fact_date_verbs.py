"""A date's role told by the verb around it: "eindigt in december 2017", "wordt op 1 mei 2017
beëindigd", "niet later dan", "begint in januari 2017". They had no role, so the summary could not
say einddatum or begindatum, nor that a date had lost that role."""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.facts import extract_facts, pair_facts

from factkit import facts, letter, summary


@pytest.mark.parametrize(
    ("sentence", "text", "role"),
    [
        ("De inzet wordt op 1 mei 2017 beëindigd.", "1 mei 2017", "deadline"),
        ("De missie eindigt in december 2017.", "december 2017", "deadline"),
        ("Het mandaat loopt af op 30 juni 2017.", "30 juni 2017", "deadline"),
        ("Uw Kamer ontvangt de evaluatie niet later dan 1 mei 2017.", "1 mei 2017", "deadline"),
        ("De training begint in januari 2017.", "januari 2017", "start"),
        ("De nieuwe rotatie start in maart 2017.", "maart 2017", "start"),
        # the past names the day, without a role
        ("In januari 2017 is de training begonnen.", "januari 2017", None),
        ("Op 1 mei 2017 is het rapport verschenen.", "1 mei 2017", None),
        ("Het rapport verscheen in december 2016.", "december 2016", None),
    ],
)
def test_the_verb_gives_the_role(sentence: str, text: str, role: str | None) -> None:
    assert [(f.text, f.unit) for f in facts(sentence, "date")] == [(text, role)]


def test_the_end_of_something_on_a_day_is_its_end_date() -> None:
    sentence = "De inzet loopt tot en met het einde van het mandaat op 30 juni 2017."
    assert [(f.text, f.unit) for f in facts(sentence, "date")] == [("30 juni 2017", "deadline")]


@pytest.mark.parametrize(
    ("sentence", "value", "role"),
    [
        # the day of what is intended lies ahead of the letter (4 November 2016)
        ("Het kabinet is voornemens de inzet in januari te beëindigen.", "2017-01", "deadline"),
        ("Het kabinet zal de inzet in januari beëindigen.", "2017-01", "deadline"),
        ("Wij zijn bereid uw Kamer daarover voor de zomer te informeren.", "2017", "deadline"),
        ("Het kabinet heeft toegezegd in het voorjaar de training te hervatten.", "2017", None),
        # the day of the decision, or of what was done, does not
        ("Het kabinet heeft in januari besloten de inzet te verlengen.", "2016-01", None),
        ("In januari is de training gestart.", "2016-01", None),
    ],
)
def test_a_day_in_what_is_intended_lies_ahead(sentence: str, value: str, role: str | None) -> None:
    [date] = facts(sentence, "date", dt.date(2016, 11, 4))
    assert (date.value, date.unit) == (value, role)


def test_the_verb_after_the_day_ends_it() -> None:
    [date] = facts("Het kabinet verwacht dat de inzet in december 2017 eindigt.", "date")
    assert (date.text, date.unit) == ("december 2017", "deadline")


def test_the_same_day_in_another_role_is_one_changed_date() -> None:
    old = letter("De training begint op 1 januari 2017 in Erbil.")
    new = letter("Na 1 januari 2017 is de training in Erbil gestart.")
    pairs = [p for p in pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)]) if p.kind == "date"]
    assert [summary(p) for p in pairs] == [("date", "changed", "2017-01-01", "2017-01-01")]
    assert pairs[0].old is not None and pairs[0].new is not None
    assert (pairs[0].old.unit, pairs[0].new.unit) == ("start", None)


def test_a_year_left_over_is_not_a_deadline_in_another_role() -> None:
    old = letter("Japan stopt eind 2017 met de bijdrage. In 2016 werden 5 aanvallen gemeld.")
    new = letter("In 2017 werden 5 aanvallen gemeld.")
    pairs = [p for p in pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)]) if p.kind == "date"]
    assert ("date", "changed", "2017", "2017") not in [summary(p) for p in pairs]
