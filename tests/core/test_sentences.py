"""Sentences of a paragraph: a full stop after an abbreviation ends none, one before a new sentence does."""

from __future__ import annotations

import pytest

from viewer.core.sentences import split_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Zie Kamerstuk 27 925, nr. 590 over de inzet.",
        "Nederland zet het fregat Zr.Ms. Tromp in van 1 maart 2018.",
        "Nederland zet Zr. Ms. Karel Doorman in als commandoschip.",
        "Hr.Ms. Van Speijk vertrekt in mei.",
        "De kosten zijn ca. 5 mln. euro, o.a. voor transport.",
        "Het besluit van 29 april jl. over de inzet blijft staan.",
        "Nederland stelt 5 mln. Euro beschikbaar.",
        "De inzet in Irak vs. Syrië wordt verlengd.",
    ],
)
def test_one_sentence(text: str) -> None:
    assert _sentences(text) == [text]


def test_a_sentence_ends_before_the_next_even_after_jl() -> None:
    text = "Dat gebeurde op 29 augustus jl. Turkije stelde daarna voorwaarden. De inzet gaat door."
    assert _sentences(text) == [
        "Dat gebeurde op 29 augustus jl.",
        "Turkije stelde daarna voorwaarden.",
        "De inzet gaat door.",
    ]


def test_the_united_states_close_a_sentence() -> None:
    text = "De inzet is afgestemd met de VS. Nederland levert 150 militairen."
    assert _sentences(text) == ["De inzet is afgestemd met de VS.", "Nederland levert 150 militairen."]


@pytest.mark.parametrize(
    "text", ["Nederland draagt 5 mln. Amerikaanse dollars bij.", "Het gaat om 1,2 mln. Syrische vluchtelingen."]
)
def test_mln_before_a_capital_ends_no_sentence(text: str) -> None:
    assert _sentences(text) == [text]
