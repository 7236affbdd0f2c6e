"""Odd but real spellings must never crash the extraction (a traceback instead of a comparison)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.document import Metadata
from viewer.core.facts import extract_facts
from viewer.core.load.build import build_document, heading, para

from factkit import letter


def _facts(text: str):  # type: ignore[no-untyped-def]
    doc = build_document(Metadata("brief.txt", "text", date=dt.date(2016, 9, 9)), [heading("Financiën"), para(text)])
    return extract_facts(doc)


def test_curly_apostrophe_in_euros() -> None:
    (money,) = [f for f in _facts("Het kabinet stelt 5 miljoen euro’s beschikbaar.") if f.kind == "money"]
    assert (money.value, money.unit) == (5_000_000, "EUR")


def test_dotless_i_and_long_s_in_month_names() -> None:
    dates = [(f.text, f.value) for f in _facts("Dat was in aprıl 2016 en op 3 ſeptember 2015.") if f.kind == "date"]
    assert dates == [("aprıl 2016", "2016-04"), ("3 ſeptember 2015", "2015-09-03")]


WORDS = st.sampled_from(
    [
        "Nederland",
        "zal",
        "155",
        "militairen",
        "tot",
        "en",
        "met",
        "31",
        "december",
        "2017",
        "eind",
        "2016",
        "€",
        "10,3",
        "miljoen",
        "euro’s",
        "dollar",
        "ongeveer",
        "twintig",
        "trainers",
        "jl.",
        "a.s.",
        "29",
        "april",
        "mei",
        "ıſ",
        "İ",
        "ß",
        "١٢",
        "drie",
        "Nederlandse",
        "en",
        "Belgische",
        "SOF-operators",
        "het",
        "kabinet",
        "besloten",
        "beschikbaar",
        "(",
        ")",
        ",",
        ".",
        ";",
        "–",
        "2.100",
        "26,5",
        "miljard",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30))
def test_any_mix_of_fact_words_extracts_without_error(words: list[str]) -> None:
    text = " ".join(words)
    for fact in _facts(text):
        assert fact.text and fact.offset >= 0


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["", " ", "  ", "\n", " \t"]), st.lists(WORDS, min_size=1, max_size=12))
def test_a_paragraph_that_starts_with_whitespace_extracts_without_error(lead: str, words: list[str]) -> None:
    # the loaders strip paragraphs, but a Document built by other code need not ("\n9 mei jl." once crashed)
    doc = letter(lead + " ".join(words))
    for fact in extract_facts(doc):
        assert doc.text[fact.offset : fact.offset + len(fact.text)] == fact.text


def test_a_date_after_leading_whitespace_is_found() -> None:
    dates = [(f.text, f.value) for f in extract_facts(letter("\n9 mei jl.")) if f.kind == "date"]
    assert dates == [("9 mei jl.", "2016-05-09")]
