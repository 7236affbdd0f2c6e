"""Counts and amounts that changed in their place pair as one change: figures per year by their
year, not by their value; and a count whose noun changed with it ("155 militairen" -> "180 trainers").

"Voor 2017 ... € 60,2 miljoen. Voor 2018 ... € 45,0 miljoen." updated to "Voor 2017 ... € 45,0
miljoen. Voor 2018 ... € 52,3 miljoen." reported 60,2 -> 52,3 and the 2017 cut not at all: the
new 2017 figure equals the old 2018 one, and with the digits (and so the years) masked the two
sentences read alike. Troops the same: "In 2017 levert Nederland 250 militairen. In 2018 ... 180"
with the numbers swapped gave no troop change.
"""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.facts import extract_facts, pair_facts
from viewer.core.facts.years_of import year_of

from factkit import letter, summary


def _changes(old_text: str, new_text: str, kind: str) -> list[tuple[str, str, object, object]]:
    old, new = letter(old_text), letter(new_text)
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    return sorted(summary(p) for p in pairs if p.kind == kind)


def test_amounts_per_year_pair_by_their_year() -> None:
    old = "Voor 2017 zijn de uitgaven geraamd op € 60,2 miljoen. Voor 2018 zijn de uitgaven geraamd op € 45,0 miljoen."
    new = "Voor 2017 zijn de uitgaven geraamd op € 45,0 miljoen. Voor 2018 zijn de uitgaven geraamd op € 52,3 miljoen."
    assert _changes(old, new, "money") == [
        ("money", "changed", 45e6, 52.3e6),  # 2018
        ("money", "changed", 60.2e6, 45e6),  # 2017
    ]


def test_troops_per_year_swapped_are_two_changes() -> None:
    old = "In 2017 levert Nederland 250 militairen. In 2018 levert Nederland 180 militairen."
    new = "In 2017 levert Nederland 180 militairen. In 2018 levert Nederland 250 militairen."
    assert _changes(old, new, "troops") == [("troops", "changed", 180, 250), ("troops", "changed", 250, 180)]


def test_amounts_per_year_swapped_are_two_changes() -> None:
    old = "Voor 2016 betreffen de uitgaven 5,5 miljoen euro. Voor 2017 betreffen de uitgaven 21 miljoen euro."
    new = "Voor 2016 betreffen de uitgaven 21 miljoen euro. Voor 2017 betreffen de uitgaven 5,5 miljoen euro."
    assert _changes(old, new, "money") == [("money", "changed", 5.5e6, 21e6), ("money", "changed", 21e6, 5.5e6)]


def test_the_same_figures_for_the_same_years_are_unchanged() -> None:
    text = "Voor 2017 zijn de uitgaven geraamd op € 60,2 miljoen. Voor 2018 zijn de uitgaven geraamd op € 45,0 miljoen."
    assert [status for _, status, _, _ in _changes(text, text.replace("geraamd", "begroot"), "money")] == [
        "unchanged",
        "unchanged",
    ]


def test_a_count_whose_noun_changed_with_it_is_one_change() -> None:
    old = "Nederland stelt vanaf oktober 2016 155 militairen beschikbaar ten behoeve van de training."
    new = "Nederland stelt vanaf oktober 2016 180 trainers beschikbaar ten behoeve van de training."
    assert _changes(old, new, "troops") == [("troops", "changed", 155, 180)]


def test_figures_for_years_shifted_forward_are_dropped_and_new() -> None:
    # 2017 and 2018 become 2018 and 2019: the 2018 figure changed, 2017's is gone, 2019's new
    old = "Voor 2017 is 60,2 miljoen euro geraamd. Voor 2018 is 45,0 miljoen euro geraamd."
    new = "Voor 2018 is 52,3 miljoen euro geraamd. Voor 2019 is 40,0 miljoen euro geraamd."
    assert _changes(old, new, "money") == [
        ("money", "added", None, 40e6),
        ("money", "changed", 45e6, 52.3e6),
        ("money", "removed", 60.2e6, None),
    ]


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("De uitgaven voor dit jaar worden geraamd op 21 miljoen euro.", ["2017"]),
        ("Volgend jaar worden de uitgaven geraamd op 23 miljoen euro.", ["2018"]),
        ("Vorig jaar bedroegen de uitgaven 19 miljoen euro.", ["2016"]),
        ("Het afgelopen jaar bedroegen de uitgaven 19 miljoen euro.", ["2016"]),
        ("Het kabinet stelt komend jaar 5 miljoen euro beschikbaar.", ["2018"]),
        ("Voor dit jaar en volgend jaar is respectievelijk 4 en 6 miljoen euro geraamd.", ["2017", "2018"]),
        ("Het komende half jaar blijven 150 militairen in Irak.", [None]),  # half a year: no year
        ("De uitgaven voor 2019 en 2020 worden geraamd op respectievelijk € 20 en € 10 miljoen.", ["2019", "2020"]),
        ("In 2018, 2019 en 2020 is respectievelijk 3, 4 en 5 miljoen euro nodig.", ["2018", "2019", "2020"]),
    ],
)
def test_the_year_an_amount_is_for(sentence: str, years: list[str | None]) -> None:
    # "dit jaar" in a letter of 4 April 2017 is 2017; the n-th amount after "respectievelijk" is for
    # the n-th year named before it
    found = [f for f in extract_facts(letter(sentence, dt.date(2017, 4, 4))) if f.kind in ("money", "troops")]
    assert [year_of(f, 2017) for f in found] == years
