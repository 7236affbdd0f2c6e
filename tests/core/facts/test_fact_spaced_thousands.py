"""Numbers grouped in thousands by a space, as typeset text has them: "€ 1 500 000", "1 200 militairen".

They were read from their last group ("€ 1", "500 euro", "200 militairen") or not at all, so a
changed figure went unreported. A Kamerstuk number ("27 925") is followed by neither a currency nor
a noun, and stays no fact.
"""

from __future__ import annotations

import pytest

from factkit import facts


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u2009", "\u202f"], ids=["space", "nbsp", "thin", "narrow-nbsp"])
@pytest.mark.parametrize(
    ("sentence", "kind", "text", "value"),
    [
        ("De kosten bedragen € 1_500_000 per jaar.", "money", "€ 1_500_000", 1_500_000),
        ("Het noodhulpfonds ontvangt 12_500 euro.", "money", "12_500 euro", 12_500),
        ("De bijdrage is ongeveer 2_750_000 dollar.", "money", "ongeveer 2_750_000 dollar", 2_750_000),
        ("MINUSMA telt 15_000 militairen.", "troops", "15_000 militairen", 15_000),
        ("De coalitie zet 1_500 trainers in.", "troops", "1_500 trainers", 1_500),
    ],
)
def test_a_number_grouped_by_spaces_is_read_whole(sentence: str, kind: str, text: str, value: int, space: str) -> None:
    [fact] = facts(sentence.replace("_", space), kind)
    assert (fact.text, fact.value) == (text.replace("_", space), value)


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Zie de brief van 19 juni 2015 (Kamerstuk 27 925, nr. 539) over 155 militairen.", [155]),
        ("In 2017 500 militairen, in 2018 nog 250 militairen.", [500, 250]),
    ],
)
def test_numbers_side_by_side_are_no_thousands(sentence: str, values: list[int]) -> None:
    assert [f.value for f in facts(sentence, "troops")] == values


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Zie Kamerstuk 27 925, nr. 597 155 militairen.", 155),
        ("Conform artikel 100 250 militairen.", 250),
        ("Rotatie 3 150 militairen vertrekt in mei.", 150),
        ("In fase 2 250 militairen.", 250),
        ("In week 12 150 militairen.", 150),
        ("Zie pagina 12 150 militairen.", 150),
    ],
)
def test_a_number_that_labels_is_no_first_group(sentence: str, value: int) -> None:
    [count] = facts(sentence, "troops")
    assert (count.value, count.text) == (value, f"{value} militairen")
    assert count.sentence == sentence  # as the letter has it, whatever the extractors read
