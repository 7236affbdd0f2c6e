"""Facts of new mission letters as a clerk reads them in the summary (qa15): promises on a subject of
one word, observers and analysts as troops, the years of several amounts and of totals, budgets
rolled a year forward, and tables whose title gives the money unit. Letters under tests/data/qa15."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
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
