"""Facts paired across a series of letters on one mission, as a clerk reads them in the summary
(qa14b): budgets by the year each amount is for, commitments by what they are about, facts of
sentences that moved to a section with another heading. Letters under tests/data/pairing."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.comparison import Comparison
from viewer.core.export.summary import _TEXT, fact_lines
from viewer.core.load import load_document

DATA = Path(__file__).parents[2] / "data" / "pairing"
_LETTER = """Nr. 650 BRIEF VAN DE MINISTER VAN DEFENSIE

Den Haag, {date}

Financiën

{text}

De Minister van Defensie,
A.Th.B. Bijleveld-Schouten
"""


def _comparison(old: str | Path, new: str | Path) -> Comparison:
    return compare_documents(load_document(DATA / old), load_document(DATA / new))


def _lines(comparison: Comparison) -> list[str]:
    """The summary's lines on the facts, whitespace folded, the letters' own dates left out."""
    lines = [" ".join(line.split()) for line in fact_lines(comparison, _TEXT["nl"])]
    return [line for line in lines if "[(opening)]" not in line]


def _letter(tmp_path: Path, name: str, date: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(_LETTER.format(date=date, text=text), encoding="utf-8")
    return path


def test_an_amount_after_ook_voor_a_year_is_for_that_year() -> None:
    # "Ook voor 2019 ... 39 miljoen euro" had no year: the 2019 amount was reported as 2018's 22
    # million changed into 39, and the new 2020 amount as 2019's 39 changed into 41
    lines = _lines(_comparison("also-for-year-old.txt", "also-for-year-new.txt"))
    assert [line for line in lines if line.startswith("geld")] == [
        "geld vervallen: 22 miljoen euro (2018) [Financiën]",
        "geld nieuw: 41 miljoen euro (2020) [Financiën]",
    ]


@pytest.mark.parametrize(
    "second",
    [
        "Ook voor 2020 zijn de kosten begroot op 41 miljoen euro.",
        "De kosten stijgen; voor 2020 zijn de kosten begroot op 41 miljoen euro.",
        "De kosten stijgen, en voor 2020 zijn de kosten begroot op 41 miljoen euro.",
        "De kosten stijgen en de raming voor 2020 is vastgesteld op 41 miljoen euro.",
    ],
)
def test_a_year_behind_a_preposition_within_the_sentence_gives_the_amount_its_year(tmp_path: Path, second: str) -> None:
    first = "Voor 2019 zijn de kosten begroot op 39 miljoen euro."
    old = _letter(tmp_path, "old.txt", "15 september 2017", first)
    new = _letter(tmp_path, "new.txt", "13 september 2018", f"{first} {second}")
    assert [line for line in _lines(_comparison(old, new)) if line.startswith("geld")] == [
        "geld nieuw: 41 miljoen euro (2020) [Financiën]"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # another clause after the year: the total is for no one year (a year that opens the
        # sentence speaks for all of it, years_of.py)
        "De raming voor 2019 is 39 miljoen euro; in totaal kost de inzet 41 miljoen euro.",
        "De raming voor 2019 is 39 miljoen euro en de inzet kost in totaal 41 miljoen euro.",
    ],
)
def test_a_year_does_not_reach_into_another_clause(tmp_path: Path, text: str) -> None:
    old = _letter(tmp_path, "old.txt", "15 september 2017", "Voor 2019 zijn de kosten begroot op 39 miljoen euro.")
    new = _letter(tmp_path, "new.txt", "13 september 2018", text)
    assert "geld nieuw: 41 miljoen euro [Financiën]" in _lines(_comparison(old, new))


def test_the_same_sum_for_another_year_is_a_changed_amount_that_says_both_years() -> None:
    # "voor 2017 ... 12 miljoen euro" -> "voor 2018 ... 12 miljoen euro": the amount was
    # "ongewijzigd", and a clerk filtering on money saw no change to the budget
    comparison = _comparison("same-sum-other-year-old.txt", "same-sum-other-year-new.txt")
    assert [line for line in _lines(comparison) if line.startswith("geld")] == [
        "geld 12 miljoen euro (2018) (was: 12 miljoen euro (2017)) [Humanitaire hulp]"
    ]
    assert [p.status for p in comparison.facts if p.kind == "money"] == ["changed"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # "Voor 2016 betreffen de uitgaven 5,5 miljoen euro, ..." -> "De uitgaven in 2016 bedroegen 5,8
        # miljoen euro": the 2016 amount was "vervallen" and "nieuw", beside a 2017 amount paired
        (
            "budget-reworded-a.txt",
            "budget-reworded-b.txt",
            [
                "geld 5,8 miljoen euro (2016) (was: 5,5 miljoen euro (2016)) [Financiën]",
                "geld 23 miljoen euro (2017) (was: 21 miljoen euro (2017)) [Financiën]",
            ],
        ),
        # the sentence turned round: "de raming voor 2017 is verhoogd tot 24,5 miljoen euro"
        (
            "budget-reworded-b.txt",
            "budget-reworded-c.txt",
            ["geld 24,5 miljoen euro (2017) (was: 23 miljoen euro (2017)) [Financiën]"],
        ),
    ],
)
def test_the_amount_for_a_year_in_a_reworded_sentence_is_one_change(old: str, new: str, expected: list[str]) -> None:
    assert [line for line in _lines(_comparison(old, new)) if line.startswith("geld")] == expected


def test_a_promise_kept_and_a_new_one_on_another_subject_are_no_postponement() -> None:
    # "voor 1 december 2016 informeren over de inzet van deze teams" was kept on 25 November; the new
    # "voor de zomer informeren over de evaluatie van de trainingsmissie" paired with it as one
    # commitment changed, "datum voor de zomer (2017) (was: 1 december 2016)": a postponement
    lines = _lines(_comparison("promise-kept-old.txt", "promise-kept-new.txt"))
    assert lines == [
        "toezegging vervallen: Het kabinet zal uw Kamer voor 1 december 2016 informeren over de inzet van deze teams."
        " [Trainingsmissie Irak]",
        "datum vervallen: 1 december 2016 [Trainingsmissie Irak]",
        "toezegging nieuw: Zoals toegezegd is uw Kamer op 25 november jl. geïnformeerd over de inzet van Advise &"
        " Assist-teams. [Trainingsmissie Irak]",
        "datum nieuw: 25 november jl. (25 november 2016) [Trainingsmissie Irak]",
        "toezegging nieuw: Het kabinet zal uw Kamer voor de zomer informeren over de evaluatie van de"
        " trainingsmissie. [Trainingsmissie Irak]",
        "datum nieuw: voor de zomer (2017) [Trainingsmissie Irak]",
    ]


def test_a_promise_kept_on_its_own_subject_still_pairs_with_its_keeping() -> None:
    # "voor de zomer informeren over de evaluatie" -> "Zoals toegezegd ... op 30 juni jl. geïnformeerd
    # over de evaluatie": the same subject, one commitment whose deadline became the day it was kept
    lines = _lines(_comparison("promise-kept-new.txt", "promise-kept-later.txt"))
    assert lines == [
        "toezegging vervallen: Zoals toegezegd is uw Kamer op 25 november jl. geïnformeerd over de inzet van Advise &"
        " Assist-teams. [Trainingsmissie Irak]",
        "datum vervallen: 25 november jl. (25 november 2016) [Trainingsmissie Irak]",
        "toezegging Zoals toegezegd is uw Kamer op 30 juni jl. geïnformeerd over de… (was: Het kabinet zal uw Kamer"
        " voor de zomer informeren over de…) [Trainingsmissie Irak]",
        "datum 30 juni jl. (30 juni 2017, geen einddatum) (was: voor de zomer (2017, einddatum)) [Trainingsmissie"
        " Irak]",
    ]


def test_facts_pair_across_sections_whose_heading_changed_as_their_sentences_do() -> None:
    # "Duur van de deelname" -> "Antwoord", "Financiën" -> "Kosten van de verlenging": the commitment
    # and its dates paired across the sections, its "155 militairen" did not ("vervallen" beside
    # "nieuw: 125 militairen"); nor did the 2018 amount of a reworded sentence (dropped and new)
    lines = _lines(_comparison("renamed-section-old.txt", "renamed-section-new.txt"))
    assert "troepen 125 militairen (was: 155 militairen) [Essentie / Antwoord]" in lines
    assert [line for line in lines if line.startswith("geld")] == [
        "geld vervallen: 5,5 miljoen euro (2016) [Financiën]",
        "geld vervallen: 21 miljoen euro (2017) [Financiën]",
        "geld 63 miljoen euro (was: 48,5 miljoen euro) [Essentie / Kosten van de verlenging]",
    ]
    assert not [line for line in lines if "nieuw" in line or "2018 [" in line]
