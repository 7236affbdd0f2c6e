"""Partners' contributions are no Dutch commitments, whichever partner it is.

Only a short list of the usual coalition partners was known: "Zweden stuurt ongeveer 200
militairen naar Timboektoe" was a commitment of the Dutch government, and when the next letter
left it out, the summary said a commitment had been dropped.
"""

from __future__ import annotations

import pytest

from factkit import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Zweden stuurt ongeveer 200 militairen naar Timboektoe.",
        "Tsjaad levert 1.400 militairen aan MINUSMA.",
        "China stuurt 400 militairen naar Gao.",
        "Litouwen zal 300 militairen beschikbaar stellen voor gezamenlijke oefeningen.",
        "Polen zal 150 militairen leveren aan de battlegroup.",
        "Tsjechië stuurt 250 militairen naar Litouwen.",
        "Kroatië levert ongeveer 180 militairen.",
        "Georgië levert 870 militairen aan Resolute Support.",
        "Japan draagt 20 miljoen dollar bij aan het trustfonds.",
        "Groot-Brittannië zal de leiding van de battlegroup op zich nemen.",
        "De bondgenoten hebben toegezegd 4.000 militairen te leveren.",
        "De Amerikanen zullen de luchtsteun voortzetten.",
        "De minister van Defensie van Mali zal 200 militairen leveren.",
        "De ministers van Buitenlandse Zaken van de Verenigde Staten en Frankrijk besloten de steun te verlengen.",
        "AMISOM zal 22.000 militairen blijven inzetten.",
        "Kenia stelt ongeveer 300 agenten beschikbaar voor de bewaking van de kust.",
        "Daarnaast stuurt Zweden 25 militairen naar Mazar-e-Sharif.",
        "De G5 Sahel zal een gezamenlijke troepenmacht opzetten.",
    ],
)
def test_a_partners_contribution_is_no_commitment(sentence: str) -> None:
    assert facts(sentence, "commitment") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Nederland stelt ongeveer 200 militairen beschikbaar voor MINUSMA.",
        "Nederland zal samen met Zweden en Litouwen 150 militairen leveren.",
        "Samen met Duitsland zal Nederland de battlegroup ondersteunen.",
        "De minister van Defensie zal uw Kamer voor de zomer informeren.",
        "De Minister van Buitenlandse Zaken van Nederland zal de steun verlengen.",
        "Het kabinet heeft besloten de bijdrage aan MINUSMA in Mali te verlengen.",
    ],
)
def test_the_dutch_contribution_beside_them_is_one(sentence: str) -> None:
    assert len(facts(sentence, "commitment")) == 1
