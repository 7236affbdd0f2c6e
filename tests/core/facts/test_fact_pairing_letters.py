"""Facts of two letters paired as a clerk reads them in the summary: shortened letters (text copied
from a PDF, under tests/data/pairing) in which testers found a fact paired with the wrong partner."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.comparison import Comparison
from viewer.core.export.csv_export import render_csv
from viewer.core.export.summary import _TEXT, fact_lines
from viewer.core.facts import FactPair
from viewer.core.load import load_document

from factkit import facts

DATA = Path(__file__).parents[2] / "data" / "pairing"


def _comparison(old: str, new: str) -> Comparison:
    return compare_documents(load_document(DATA / old), load_document(DATA / new))


def _compare(old: str, new: str) -> tuple[list[FactPair], list[str]]:
    """The fact pairs of two letters of tests/data/pairing, and the summary's lines on them."""
    comparison = _comparison(old, new)
    lines = [" ".join(line.split()) for line in fact_lines(comparison, _TEXT["nl"])]
    return list(comparison.facts), lines


def _dates(pairs: list[FactPair]) -> list[tuple[str, object, object]]:
    return [(p.status, p.old and p.old.value, p.new and p.new.value) for p in pairs if p.kind == "date"]


def test_an_unchanged_date_of_one_sentence_does_not_take_the_changed_date_of_another() -> None:
    # "4" -> "vier" and "5" -> "vijf": neither sentence keeps its masked words, and the second
    # sentence's 1 juli 2019 paired with the first's, leaving that one dropped and 2020 new
    pairs, lines = _compare("numbers-in-words-old.txt", "numbers-in-words-new.txt")
    assert _dates(pairs)[1:] == [("unchanged", "2019-07-01", "2019-07-01"), ("changed", "2019-07-01", "2020-07-01")]
    assert "datum 1 juli 2020 (was: 1 juli 2019) [Bijdrage]" in lines


def test_a_dropped_sentence_keeps_its_year_when_another_sentence_moved_on_to_it() -> None:
    # the new letter drops "Duitsland trekt zich in 2018 terug"; its 2018 paired, unchanged, with
    # the VPD sentence's new "in 2018", whose old "in 2017" was then reported dropped
    pairs, lines = _compare("dropped-year-old.txt", "dropped-year-new.txt")
    assert _dates(pairs)[1:] == [("changed", "2017", "2018"), ("removed", "2018", None)]
    assert lines[-2:] == [
        "datum 2018 (was: 2017) [Nederlandse bijdrage]",
        "datum vervallen: 2018 [Nederlandse bijdrage]",
    ]


def test_another_countrys_kept_year_does_not_split_the_dutch_contingent_into_dropped_and_new() -> None:
    # Sweden's "in 2018" stands in both letters: the years did not roll forward, the Dutch
    # contingent of 2018 became that of 2019
    pairs, lines = _compare("other-country-old.txt", "other-country-new.txt")
    assert [line for line in lines if "Inleiding" in line] == [
        "datum 2019 (was: 2018) [Inleiding]",
        "troepen ongeveer 280 militairen (was: ongeveer 250 militairen) [Inleiding]",
        "troepen circa 90 … militairen (was: circa 70 … militairen) [Inleiding]",
    ]
    assert ("unchanged", "2018", "2018") in _dates(pairs)


def test_a_postponed_election_keeps_its_day_and_is_no_deadline() -> None:
    # "uitgesteld tot 20 oktober 2018" is the day the elections were held ("vonden plaats op 20
    # oktober jl."), not the day the presidential elections were moved to; and no end of anything
    old, new = "postponed-elections-old.txt", "postponed-elections-new.txt"
    pairs, lines = _compare(old, new)
    assert _dates(pairs)[1:] == [
        ("unchanged", "2018-10-20", "2018-10-20"),
        ("added", None, "2019-07-20"),
        ("added", None, "2018-08"),
    ]
    assert [line for line in lines if "Politieke context" in line] == [
        "datum nieuw: 20 juli 2019 [Politieke context]",
        "datum nieuw: augustus jl. (augustus 2018) [Politieke context]",
    ]
    csv = render_csv(_comparison(old, new))
    assert "einddatum" not in csv and "deadline" not in csv


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("De verkiezingen zijn uitgesteld tot 20 oktober 2018.", None),
        ("De verkiezingen zijn uitgesteld tot volgend jaar.", None),
        ("De top is verschoven tot het voorjaar van 2019.", None),
        ("De operatie is verlengd tot 31 december 2018.", "deadline"),
    ],
)
def test_a_day_something_is_postponed_to_is_no_deadline(sentence: str, role: str | None) -> None:
    assert [f.unit for f in facts(sentence, "date", dt.date(2018, 3, 14))] == [role]


def test_the_day_a_promise_was_made_does_not_become_its_new_deadline() -> None:
    pairs, lines = _compare("promise-day-old.txt", "promise-day-new.txt")
    assert _dates(pairs)[1:] == [("removed", "2018-03-12", None), ("added", None, "2018")]
    assert lines[-2:] == [
        "datum vervallen: 12 maart jl. (12 maart 2018) [Openstaande toezeggingen]",
        "datum nieuw: einde van het jaar (2018) [Openstaande toezeggingen]",
    ]


def test_a_start_does_not_become_the_end_of_a_reworded_sentence() -> None:
    # "Vanaf 1 mei 2018 neemt Canada ... over" and "Canada levert tot 31 juli 2019": a start dropped
    # and an end new, not "31 juli 2019 (was: 1 mei 2018)"
    pairs, lines = _compare("start-and-end-old.txt", "start-and-end-new.txt")
    assert ("removed", "2018-05-01", None) in _dates(pairs)
    assert "datum nieuw: 31 juli 2019 [Nederlandse bijdrage]" in lines


def test_a_paired_date_whose_role_changed_says_both_roles_in_the_summary() -> None:
    # the facts table said einddatum -> begindatum; the summary said only the days
    _, lines = _compare("role-changed-old.txt", "role-changed-new.txt")
    assert lines[-1] == "datum 1 januari 2019 (begindatum) (was: 1 juli 2018 (einddatum)) [Nederlandse bijdrage]"


def test_amounts_for_this_and_next_year_go_by_the_year_they_name() -> None:
    # the same words a year apart: the estimate for 2018 went from 23 to 21 million, the 2017
    # amount from 21 (estimate) to 19; the words stayed, so no amount was reported at all
    _, lines = _compare("relative-years-old.txt", "relative-years-new.txt")
    assert [line for line in lines if line.startswith("geld")] == [
        "geld 21 miljoen euro (2018) (was: 23 miljoen euro (2018)) [Financiën]",
        "geld nieuw: 23 miljoen euro (2019) [Financiën]",
        "geld vervallen: 19 miljoen euro (2016) [Financiën]",
        "geld 19 miljoen euro (2017) (was: 21 miljoen euro (2017)) [Financiën]",
    ]


def test_the_one_amount_for_a_year_in_like_sentences_is_one_change() -> None:
    # "De uitgaven voor 2017 worden geraamd op 21 miljoen euro" -> "In 2017 bedroegen de uitgaven
    # 19 miljoen euro": the 2017 amount changed; it was "vervallen" and "nieuw", and before that
    # paired with 2019's 23 million
    _, lines = _compare("budget-years-old.txt", "budget-years-new.txt")
    assert lines[1:] == [
        "geld 21 miljoen euro (2018) (was: 23 miljoen euro (2018)) [Financiën]",
        "datum vervallen: 2016 [Financiën]",
        "geld vervallen: 19 miljoen euro (2016) [Financiën]",
        "datum nieuw: 2019 [Financiën]",
        "geld nieuw: 23 miljoen euro (2019) [Financiën]",
        "geld 19 miljoen euro (2017) (was: 21 miljoen euro (2017)) [Financiën]",
    ]


def test_a_year_word_stays_with_its_own_sentence_a_year_later() -> None:
    # "volgend jaar" (2018) of "Volgend jaar worden de uitgaven ..." paired unchanged with the new
    # "dit jaar" (2018) of "De uitgaven voor dit jaar ..."; each sentence kept its words
    pairs, lines = _compare("year-words-old.txt", "year-words-new.txt")
    assert [line for line in lines if line.startswith("datum")] == [
        "datum 5 april 2018 (was: 4 april 2017) [(opening)]",
        "datum Dit jaar (2018) (was: Dit jaar (2017)) [Militaire bijdrage]",
        "datum volgend jaar (2019) (was: volgend jaar (2018)) [Militaire bijdrage]",
        "datum Vorig jaar (2017) (was: Vorig jaar (2016)) [Militaire bijdrage]",
        "datum dit jaar (2018) (was: dit jaar (2017)) [Financiën]",
        "datum Volgend jaar (2019) (was: Volgend jaar (2018)) [Financiën]",
        "datum Vorig jaar (2017) (was: Vorig jaar (2016)) [Financiën]",
    ]
    year_words = [p for p in pairs if p.kind == "date" and p.old and p.new and "jaar" in p.old.text]
    assert len(year_words) == 6 and all(p.old and p.new and p.old.sentence == p.new.sentence for p in year_words)


def test_respective_amounts_written_the_other_way_round_are_unchanged() -> None:
    # "voor 2019 en 2020 ... respectievelijk 20 en 10" -> "voor 2020 en 2019 ... respectievelijk 10 en 20"
    _, lines = _compare("respectively-old.txt", "respectively-swapped.txt")
    assert lines == []


def test_a_respective_amount_spelled_out_with_its_year_is_one_change() -> None:
    # "... respectievelijk 20 en 10 miljoen euro" -> "voor 2019 ... 20 miljoen euro en voor 2020 op 15
    # miljoen euro": the 2020 amount changed, not one dropped and one new
    _, lines = _compare("respectively-old.txt", "respectively-spelled-out.txt")
    assert lines == ["geld 15 miljoen euro (2020) (was: 10 miljoen euro (2020)) [Financiën]"]


def test_a_commitment_that_writes_out_its_jl_day_is_unchanged() -> None:
    # "7 december jl." -> "7 december 2016" is the same day, as "30" -> "dertig" is the same number
    pairs, lines = _compare("day-written-out-old.txt", "day-written-out-new.txt")
    assert lines == []
    assert [p.status for p in pairs if p.kind == "commitment"] == ["unchanged", "unchanged"]


@pytest.mark.parametrize("new", ["extension-new.txt", "extension-reworded.txt"])
def test_an_end_date_moved_in_a_reworded_sentence_is_one_changed_end_date(new: str) -> None:
    # "Deze inzet loopt tot 1 juli 2017." -> "Deze inzet is verlengd tot en met 31 december 2017." (or
    # "De inzet van deze militairen wordt verlengd tot en met ..."): the extension, not a date
    # dropped and another new
    pairs, lines = _compare("extension-old.txt", new)
    assert "datum 31 december 2017 (was: 1 juli 2017) [Force Protection]" in lines
    assert _dates(pairs)[1:] == [("changed", "2017-07-01", "2017-12-31")]


def test_the_end_of_another_thing_in_a_new_paragraph_is_no_moved_end_date() -> None:
    # the Dutch Chinooks "tot 1 mei 2018" are gone; "Canada levert tot 31 juli 2019" starts a
    # paragraph of its own after the kept sentence: two ends of two things
    _, lines = _compare("other-end-old.txt", "other-end-new.txt")
    assert "datum vervallen: 1 mei 2018 [Nederlandse bijdrage]" in lines
    assert "datum nieuw: 31 juli 2019 [Nederlandse bijdrage]" in lines


def test_the_report_shows_the_year_a_year_word_gives_an_amount() -> None:
    from viewer.core.export.html_report import render_html

    html = render_html(_comparison("relative-years-old.txt", "relative-years-new.txt"))
    assert "23 miljoen euro (2018)" in html and "23 miljoen euro (2019)" in html
