"""Money amounts: decimal comma, thousands dot, miljoen/miljard, currency as an ISO code."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.document import Document
from viewer.core.facts import extract_facts, money

from factkit import facts

SAMPLE_MONEY = [
    ("28", 28, "USD", False),
    ("circa 45 dollar", 45, "USD", True),
    ("3,6 miljard dollar", 3.6e9, "USD", False),
    ("1,2 miljard dollar", 1.2e9, "USD", False),
    ("500 miljoen euro", 500e6, "EUR", False),
    ("21,4 miljoen euro", 21.4e6, "EUR", False),
    ("5 miljoen euro", 5e6, "EUR", False),
    ("8 miljoen euro", 8e6, "EUR", False),
    ("25 miljoen euro", 25e6, "EUR", False),
    ("10 miljoen euro", 10e6, "EUR", False),
    ("10,3 miljoen euro", 10.3e6, "EUR", False),
    ("400.000 euro", 400_000, "EUR", False),
    ("75 miljoen euro", 75e6, "EUR", False),
    ("25 miljoen euro", 25e6, "EUR", False),
    ("3,3 miljoen euro", 3.3e6, "EUR", False),
    ("66 miljoen euro", 66e6, "EUR", False),
    ("79 miljoen euro", 79e6, "EUR", False),
    ("13 miljoen euro", 13e6, "EUR", False),
    ("26,5 miljoen euro", 26.5e6, "EUR", False),
    ("5,5 miljoen euro", 5.5e6, "EUR", False),
    ("21 miljoen euro", 21e6, "EUR", False),
    ("ongeveer 2 miljoen euro", 2e6, "EUR", True),
]


def test_every_amount_of_the_letter(sample_doc: Document) -> None:
    money = [f for f in extract_facts(sample_doc) if f.kind == "money"]
    assert [(f.text, f.value, f.unit, f.approximate) for f in money] == SAMPLE_MONEY
    for fact in money:
        assert sample_doc.text[fact.offset : fact.offset + len(fact.text)] == fact.text


def test_26_5_million_across_a_line_break(sample_doc: Document) -> None:
    # "26,5\nmiljoen euro" in the PDF text; the loader joins the line
    fact = next(f for f in extract_facts(sample_doc) if f.kind == "money" and f.text == "26,5 miljoen euro")
    assert fact.value == 26500000.0 and fact.unit == "EUR" and not fact.approximate
    assert fact.section == ("Financiën",)


def test_amount_in_brackets(sample_doc: Document) -> None:
    fact = next(f for f in extract_facts(sample_doc) if f.kind == "money" and f.value == 400_000)
    assert sample_doc.text[fact.offset - 1 : fact.offset + len(fact.text) + 1] == "(400.000 euro)"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "approximate"),
    [
        ("Nederland draagt € 10,3 miljoen bij aan het fonds.", "€ 10,3 miljoen", 10.3e6, "EUR", False),
        ("Het pakket bestaat uit 3,6 miljard dollar aan leningen.", "3,6 miljard dollar", 3.6e9, "USD", False),
        ("De kosten bedragen ongeveer 2 miljoen euro.", "ongeveer 2 miljoen euro", 2e6, "EUR", True),
        ("Er is twee miljoen euro extra beschikbaar.", "twee miljoen euro", 2e6, "EUR", False),
        ("Een bijdrage van €400.000 volstaat.", "€400.000", 400_000, "EUR", False),
        ("Het IMF leent $ 5 miljard.", "$ 5 miljard", 5e9, "USD", False),
        ("De bijdrage is ruim 1,5 mln. euro.", "ruim 1,5 mln. euro", 1.5e6, "EUR", True),
        ("Het budget is 12.500.000 euro.", "12.500.000 euro", 12.5e6, "EUR", False),
        # a code before its amount after a year: 12 million euros in 2017, not 2017 euros
        ("Nederland stelt in 2017 EUR 12 miljoen beschikbaar.", "EUR 12 miljoen", 12e6, "EUR", False),
        ("Nederland stelt in 2017 USD 12 miljoen beschikbaar.", "USD 12 miljoen", 12e6, "USD", False),
        # the forms of budget tables and of American sums
        ("Het budget bedraagt M€ 26,5.", "M€ 26,5", 26.5e6, "EUR", False),
        ("De coalitie besteedt US$ 1 miljard.", "US$ 1 miljard", 1e9, "USD", False),
        ("De VS besteden 1 miljard US dollar.", "1 miljard US dollar", 1e9, "USD", False),
        ("De bijdrage bedraagt 750.000,- euro.", "750.000,- euro", 750_000, "EUR", False),
        # after a verb of change "tot" is where it ends, not a cap
        ("Het budget wordt verhoogd tot 26,5 miljoen euro.", "26,5 miljoen euro", 26.5e6, "EUR", False),
        ("De uitgaven liepen op tot 120 miljoen euro.", "120 miljoen euro", 120e6, "EUR", False),
        ("De bijdrage is tot 5 miljoen euro.", "tot 5 miljoen euro", 5e6, "EUR", True),
    ],
)
def test_amounts(sentence: str, text: str, value: float, unit: str, approximate: bool) -> None:
    found = facts(sentence, "money")
    assert [(f.text, f.value, f.unit, f.approximate) for f in found] == [(text, value, unit, approximate)]


def test_a_total_after_a_step_is_exact() -> None:
    # "stijgen met X tot Y": Y is the new total, no cap (a tester's fourteenth round)
    found = facts("De kosten stijgen met € 2,1 miljoen tot € 23,6 miljoen.", "money")
    assert [(f.text, f.value, f.approximate) for f in found] == [
        ("€ 2,1 miljoen", 2.1e6, False),
        ("€ 23,6 miljoen", 23.6e6, False),
    ]
    found = facts("De uitgaven daalden met 1.500 euro tot 20.000 euro.", "money")
    assert [(f.value, f.approximate) for f in found] == [(1500, False), (20000, False)]


def test_coordinated_amounts_share_scale_and_currency() -> None:
    found = facts("Nederland draagt tussen 5 en 10 miljoen euro bij.", "money")
    assert [(f.text, f.value, f.unit) for f in found] == [("5", 5e6, "EUR"), ("10 miljoen euro", 10e6, "EUR")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nederland draagt 5, 8 en 10 miljoen euro bij.", [("5", 5e6), ("8", 8e6), ("10 miljoen euro", 10e6)]),
        ("Het budget wordt verhoogd van 21 naar 26,5 miljoen euro.", [("21", 21e6), ("26,5 miljoen euro", 26.5e6)]),
    ],
)
def test_amounts_listed_or_changed_share_scale_and_currency(sentence: str, expected: list[tuple[str, float]]) -> None:
    found = facts(sentence, "money")
    assert [(f.text, f.value, f.unit) for f in found] == [(text, value, "EUR") for text, value in expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nederland stelt 10 miljoen euro beschikbaar, waarvan 4 miljoen voor Mosul.", [10e6, 4e6]),
        ("Voor 2016 is 5 miljoen euro beschikbaar en voor 2017 is 8 miljoen beschikbaar.", [5e6, 8e6]),
        ("Nederland draagt 10 miljoen euro bij aan UNDP en 5 miljoen aan het Pooled Fund.", [10e6, 5e6]),
        ("Dit jaar gaat het om 10 miljoen dollar en volgend jaar 12 miljoen.", [10e6, 12e6]),
        # people counted in millions are no money
        ("Er is 20 miljoen euro uitgetrokken; ISIS controleert gebieden met 8 miljoen inwoners.", [20e6]),
        ("Nederland stelt 10 miljoen euro beschikbaar voor 3 miljoen ontheemden.", [10e6]),
        ("ISIS controleert gebieden met 8 miljoen inwoners.", []),
    ],
)
def test_an_amount_that_leaves_its_currency_out_takes_the_one_before(sentence: str, expected: list[float]) -> None:
    found = facts(sentence, "money")
    assert [f.value for f in found] == expected
    assert len({f.unit for f in found}) <= 1  # the currency of the amount before


def test_year_before_amount_is_not_part_of_it() -> None:
    found = facts("Voor 2016 betreffen de uitgaven 5,5 miljoen euro en voor 2017 21 miljoen euro.", "money")
    assert [f.value for f in found] == [5.5e6, 21e6]


@pytest.mark.parametrize(
    "sentence",
    [
        "Zie Kamerstuk 27 925, nr. 590.",
        "Op basis van artikel 42.7 Verdrag inzake de Europese Unie.",
        "De Veiligheidsraad riep op (VNVR 2254 en VNVR 2249).",
        "Irak moet de begroting met 10 procent verlagen.",
        "De 90 km grensstrook is veroverd.",
    ],
)
def test_no_money(sentence: str) -> None:
    assert facts(sentence, "money") == []


@pytest.mark.parametrize(
    ("sentence", "value", "text"),
    [
        ("Ruim een half miljoen euro is besteed.", 500_000, "Ruim een half miljoen euro"),
        ("Nederland draagt anderhalf miljoen euro bij.", 1_500_000, "anderhalf miljoen euro"),
        ("Het gaat om tweeënhalf miljard dollar.", 2_500_000_000, "tweeënhalf miljard dollar"),
    ],
)
def test_halves_in_words(sentence: str, value: int, text: str) -> None:
    [fact] = facts(sentence, "money")
    assert (fact.value, fact.text) == (value, text)


MONEY_WORDS = [
    *("EUR", "eur", "Eur", "euro", "euro’s", "Europese", "adviseur", "terreurorganisatie", "€", "$", "£", "USD"),
    *("usd", "GBP", "pond", "ponden", "dollar", "US-dollar", "12", "3,5", "2.500.000", "miljoen", "mln.", "twee"),
    *("half", "een", "ongeveer", "met", "Nederland", "steunt", ",", "(", ")", "-", "EUR12", "xEUR", "_eur"),
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(MONEY_WORDS), max_size=12), st.sampled_from([" ", "", "  "]))
def test_a_clause_mentions_money_where_the_money_pattern_finds_some(words: list[str], sep: str) -> None:
    # commitments of means ask this of a clause; the currencies looked for first must not hide one
    text = sep.join(words)
    assert money.mentions_money(text, 0, len(text)) == (money._MONEY.search(text) is not None)


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # an amount with its sign but no scale takes the scale of the range's other end
        ("De kosten worden geraamd op € 10 tot € 15 miljoen.", [10_000_000, 15_000_000]),
        ("De kosten worden geraamd op € 2 tot 3 miljoen.", [2_000_000, 3_000_000]),
        ("De bijdrage wordt verhoogd van € 20 naar € 25 miljoen.", [20_000_000, 25_000_000]),
        ("Het gaat om € 1,5 à € 2 miljard.", [1_500_000_000, 2_000_000_000]),
        ("De kosten liggen tussen de € 2 en € 3 miljoen.", [2_000_000, 3_000_000]),
        ("De kosten bedragen € 2-3 miljoen.", [2_000_000, 3_000_000]),
        # two amounts that are no range keep their own scale
        ("Een kaartje kost € 10 en de reis € 15 miljoen.", [10, 15_000_000]),
    ],
)
def test_a_range_with_signs_shares_its_scale(sentence: str, values: list[int]) -> None:
    found = facts(sentence, "money")
    assert [f.value for f in found] == values
    assert all(f.qualifier is None for f in found)  # "tot 3 miljoen" ends the range, it caps nothing


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a first amount that has its size keeps it
        ("De kosten bedragen € 500.000 tot € 1 miljoen.", [500_000, 1_000_000]),
        ("De kosten bedragen 500.000 tot 1 miljoen euro.", [500_000, 1_000_000]),
        ("De kosten liggen tussen € 800.000 en € 1,1 miljoen.", [800_000, 1_100_000]),
    ],
)
def test_a_range_whose_first_amount_has_its_size(sentence: str, values: list[int]) -> None:
    assert [f.value for f in facts(sentence, "money")] == values
