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


@pytest.mark.parametrize(
    "sentence",
    [
        # a mission or country named as what the contribution is for is no actor
        "De bijdrage aan MINUSMA wordt verlengd tot en met 31 december 2018.",
        "De bijdrage aan EUTM Mali wordt voortgezet.",
        "De bijdrage aan EUCAP Sahel Mali wordt voortgezet.",
        "De bijdrage aan de anti-ISIS coalitie wordt verlengd tot en met 31 december 2018.",
        "De bijdrage aan de strijd tegen ISIS wordt verlengd.",
        "De steun aan de G5 Sahel wordt voortgezet.",
        "De training van Iraakse militairen wordt voortgezet.",
        "De Irak-missie wordt met een jaar verlengd.",
        "De Mali-strategie wordt voortgezet.",
        "De bijdrage aan het Mali Trust Fund wordt verhoogd tot 3 miljoen euro.",
        # the Netherlands among the subjects
        "Duitsland en Nederland zullen de training voortzetten.",
        "Frankrijk, Duitsland en Nederland zullen samen 30 miljoen euro bijdragen.",
        "Zowel Duitsland als Nederland zal een fregat leveren.",
        "Evenals Duitsland zal Nederland de inzet verlengen.",
        "Net als Frankrijk zal Nederland een bijdrage leveren.",
        "Naast Duitsland zal ook Nederland trainers leveren.",
        # willing: the government
        "Nederland is bereid in 2018 opnieuw een fregat te leveren.",
        "Wij zijn bereid uw Kamer daarover voor de zomer te informeren.",
    ],
)
def test_a_dutch_commitment_beside_others_named(sentence: str) -> None:
    assert len(facts(sentence, "commitment")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "De leiding van MINUSMA heeft besloten het kamp te sluiten.",
        "De ambassadeur van Mali heeft toegezegd de steun te verlengen.",
        "De Secretaris-Generaal van de NAVO heeft toegezegd de missie voort te zetten.",
        "De Raad van de EU heeft op 28 november 2014 besloten operatie Atalanta te verlengen.",
        "De toezegging van de VS wordt hiermee ingelost.",
        "UNICEF stelt 5 miljoen dollar beschikbaar.",
        "De Taliban hebben besloten de gesprekken op te schorten.",
        "De Seychellen hebben zich bereid verklaard piraten te berechten.",
        "Operatie Barkhane zal worden voortgezet.",
        "Middelen uit het Pooled Fund zullen ook worden ingezet bij de voorbereiding.",
        # willingness of others, refused, or on a condition
        "De gewapende groepen zijn niet bereid het akkoord uit te voeren.",
        "Het is onduidelijk of de Taliban bereid zijn tot gesprekken.",
        "Andere landen zijn vooralsnog niet bereid troepen te leveren.",
        "De vraag is of de regering van Mali hiertoe bereid is.",
        "Wij zijn niet bereid hierover te speculeren.",
    ],
)
def test_no_dutch_commitment_where_others_act(sentence: str) -> None:
    assert facts(sentence, "commitment") == []
