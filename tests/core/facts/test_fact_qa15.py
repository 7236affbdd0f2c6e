"""Facts of new mission letters as a clerk reads them in the summary (qa15): promises on a subject of
one word, observers and analysts as troops, the years of several amounts and of totals, budgets
rolled a year forward, and tables whose title gives the money unit. Letters under tests/data/qa15."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.export.csv_export import render_csv
from viewer.core.export.summary import _TEXT, fact_lines
from viewer.core.load import load_document

DATA = Path(__file__).parents[2] / "data" / "qa15"


def _lines(old: str, new: str, kind: str = "") -> list[str]:
    """The summary's lines on the facts of `kind` (all kinds: ""), whitespace folded, the letters'
    own dates left out."""
    comparison = compare_documents(load_document(DATA / old), load_document(DATA / new))
    lines = [" ".join(line.split()) for line in fact_lines(comparison, _TEXT["nl"])]
    return [line for line in lines if "[(opening)]" not in line and line.startswith(kind)]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # a promise on the costs dropped and one on the risks new: not one promise changed
        (
            "promise-one-word-old.txt",
            "promise-one-word-new.txt",
            [
                "toezegging vervallen: Het kabinet zal uw Kamer informeren over de kosten. [Financiën]",
                "toezegging nieuw: Het kabinet zal uw Kamer informeren over de risico's. [Financiën]",
            ],
        ),
        (
            "promise-two-words-old.txt",
            "promise-one-word-progress.txt",
            [
                "toezegging vervallen: Het kabinet zal uw Kamer informeren over de kosten van de missie. [Financiën]",
                "toezegging nieuw: Het kabinet zal uw Kamer informeren over de voortgang. [Financiën]",
            ],
        ),
        # a subject widened is the same promise changed
        (
            "promise-two-words-old.txt",
            "promise-same-subject.txt",
            ["toezegging …van de missie en de voortgang. (was: …van de missie.) [Financiën]"],
        ),
    ],
)
def test_a_promise_on_a_subject_of_one_word_is_told_apart(old: str, new: str, expected: list[str]) -> None:
    assert _lines(old, new, "toezegging") == expected


def test_observers_and_analysts_are_troops() -> None:
    # "Bij UNTSO zijn twaalf -> tien Nederlandse militaire waarnemers actief" gave no change at all
    assert _lines("observers-old.txt", "observers-new.txt", "troepen") == [
        "troepen tien Nederlandse militaire waarnemers (was: twaalf Nederlandse militaire waarnemers) [Financiën]",
        "troepen 12 militaire observatoren (was: 14 militaire observatoren) [Financiën]",
        "troepen vijf inlichtingenanalisten (was: vier inlichtingenanalisten) [Financiën]",
        "troepen acht analisten (was: zes analisten) [Financiën]",
    ]


@pytest.mark.parametrize(
    "pair",
    [
        # the UNMAS amount had no year, and read as unchanged beside the UNDP one a year later
        ("amounts-one-year-old.txt", "amounts-one-year-new.txt"),
        # "respectievelijk" after one year: neither amount had it
        ("respectively-one-year-old.txt", "respectively-one-year-new.txt"),
    ],
)
def test_every_amount_after_one_year_is_for_that_year(pair: tuple[str, str]) -> None:
    assert _lines(*pair, "geld") == [
        "geld 4 miljoen euro (2020) (was: 4 miljoen euro (2019)) [Financiën]",
        "geld 6 miljoen euro (2020) (was: 6 miljoen euro (2019)) [Financiën]",
    ]


def test_every_amount_after_one_year_has_it_in_the_csv() -> None:
    comparison = compare_documents(
        load_document(DATA / "respectively-one-year-old.txt"), load_document(DATA / "respectively-one-year-new.txt")
    )
    rows = list(csv.reader(io.StringIO(render_csv(comparison, "nl").lstrip("\ufeff")), delimiter=";"))
    header = rows[0]
    money = [dict(zip(header, row, strict=True)) for row in rows[1:] if row[0] == "geld"]
    assert [(row["jaar (oud)"], row["jaar (nieuw)"]) for row in money] == [("2019", "2020"), ("2019", "2020")]


def test_a_sum_up_to_a_deadline_is_for_no_one_year() -> None:
    # "tot en met eind 2018 ... 92 miljoen euro" is 2017 and 2018 together, not a second 2018 budget
    assert _lines("up-to-old.txt", "up-to-new.txt", "geld") == [
        "geld 92 miljoen euro (was: 85 miljoen euro) [Financiën]",
        "geld 82 miljoen euro (2018) (was: 75 miljoen euro (2018)) [Financiën]",
    ]


def test_a_budget_rolled_a_year_forward_pairs_by_year_in_a_longer_paragraph() -> None:
    # with more than one amount for 2019 in each letter the amounts paired by sentence: "31 miljoen
    # euro (2019) (was: 28 miljoen euro (2018))", and the nazorg's doubling for 2020 was nowhere
    comparison = compare_documents(
        load_document(DATA / "budget-rolled-old.txt"), load_document(DATA / "budget-rolled-new.txt")
    )
    lines = [" ".join(line.split()) for line in fact_lines(comparison, _TEXT["nl"])]
    assert [line for line in lines if line.startswith("geld")] == [
        "geld vervallen: 28 miljoen euro (2018) [Financiën]",
        "geld nieuw: 33 miljoen euro (2020) [Financiën]",
        "geld vervallen: 4 miljoen euro (2019) [Financiën]",
        "geld 4 miljoen euro (2020) (was: 2 miljoen euro (2020)) [Financiën]",
        "geld nieuw: 2 miljoen euro (2021) [Financiën]",
        "geld vervallen: 10 miljoen euro (2018) [Financiën]",
        "geld nieuw: 12 miljoen euro (2020) [Financiën]",
    ]
    # 31 million for 2019, and the Trust Fund's 12 million for 2019, unchanged
    kept = [(p.old.text, p.new.text) for p in comparison.facts if p.kind == "money" and p.status == "unchanged"]
    assert sorted(kept) == [("12 miljoen euro", "12 miljoen euro"), ("31 miljoen euro", "31 miljoen euro")]
    kept_sentences = [p.old.sentence[:20] for p in comparison.facts if p.kind == "money" and p.status == "unchanged"]
    assert sorted(kept_sentences) == ["Aan het Trust Fund d", "Volgend jaar zijn de"]


def test_a_tables_money_unit_gives_amounts_only_in_its_money_columns() -> None:
    # "(kosten in miljoenen euro)" made 90 -> 110 militairen "110 (110 miljoen euro)", and the
    # shares of "Aandeel (%)" millions; the costs and the amounts are read as before
    assert _lines("table-columns-old.txt", "table-columns-new.txt", "geld") == [
        "geld 1,5 (1,5 miljoen euro) (was: 1,0 (1 miljoen euro)) [Financiën]",
    ]
    comparison = compare_documents(
        load_document(DATA / "table-columns-old.txt"), load_document(DATA / "table-columns-new.txt")
    )
    money = sorted(p.new.text for p in comparison.facts if p.kind == "money" and p.new is not None)
    assert money == ["1,5", "4,0", "40,0", "6,0"]
