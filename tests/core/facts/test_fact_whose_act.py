"""Whose act a sentence names, when the actor stands after "van" or beside the letter's own people;
and what the newest commitment and date rules must leave alone (a tester's third round)."""

from __future__ import annotations

import datetime as dt

import pytest

from factkit import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "De steun van de VS wordt voortgezet.",
        "De bijdrage van Frankrijk wordt verlengd tot eind 2017.",
        "De bijdrage van Duitsland wordt verhoogd tot 1.000 militairen.",
        "De inzet van de NAVO in Afghanistan wordt na 2016 voortgezet.",
        "Het mandaat van UNMISS wordt verlengd tot en met 15 december 2017.",
        "Het offensief van het Iraakse leger wordt voortgezet.",
        "De aanvallen van ISIS worden voortgezet.",
        "Het besluit van de coalitie om de luchtcampagne uit te breiden wordt uitgevoerd.",
        "Het aantal militairen van de VS zal worden verhoogd tot 8.400.",
        "De troepenmacht van de VN zal worden uitgebreid tot 15.000 militairen.",
        "De Peshmerga en trainers van de coalitie zullen de frontlinie versterken.",
        "De Amerikanen en militairen uit andere landen zullen de basis beveiligen.",
        "Anders dan Nederland zal Frankrijk de inzet voortzetten.",
        "Nederland is geenszins bereid extra troepen te leveren.",
    ],
)
def test_no_dutch_commitment(sentence: str) -> None:
    assert facts(sentence, "commitment") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "De training van de Peshmerga wordt voortgezet.",  # whom the training is of
        "De inzet binnen de anti-ISIS coalitie wordt met een jaar verlengd.",
        "De bijdrage via UNDP wordt verlengd tot 2019.",
        "Net als de bondgenoten zal Nederland de bijdrage verhogen.",
        "Zoals de VS zal ook Nederland trainers leveren.",
        "Nederland is niet alleen bereid trainers te leveren, maar ook een veldhospitaal.",
        "Nederland zet in 2017 maximaal 25 Vessel Protection Detachments (VPD's) in.",
        "Nederland zet een ondersteuningsschip in.",
        "Nederland zet vier Apache gevechtshelikopters in.",
        "Daarnaast zijn militairen van het FPME detachement ingezet en zullen er 35 overblijven.",
    ],
)
def test_a_dutch_commitment(sentence: str) -> None:
    assert len(facts(sentence, "commitment")) == 1


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a day that qualifies a noun of the past is no day of what is intended (letter of 4 November 2016)
        ("Het kabinet heeft besloten de in september gestarte training voort te zetten.", "2016-09"),
        ("Wij zijn bereid de in maart verschenen evaluatie met uw Kamer te bespreken.", "2016-03"),
        ("Het besluit van 1 juli om de inzet te verlengen is besproken.", "2016-07-01"),
    ],
)
def test_a_day_of_the_past_in_an_intention_stays_past(sentence: str, value: str) -> None:
    [date] = facts(sentence, "date", dt.date(2016, 11, 4))
    assert date.value == value


def test_mln_before_a_currency_ends_no_sentence() -> None:
    sentence = "Nederland stelt 5 mln. Euro beschikbaar voor de training."
    [commitment] = facts(sentence, "commitment")
    assert commitment.text == sentence
    assert [f.text for f in facts(sentence, "money")] == ["5 mln. Euro"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a place opening the clause says where ("In Afghanistan wordt ..."), not who
        "In Afghanistan wordt de inzet verlengd tot eind 2018.",
        "In het kader van MINUSMA wordt de stafinzet voortgezet.",
        # the Netherlands among the owners
        "De bijdrage van België en Nederland wordt verlengd tot eind 2018.",
        "Personeel van de VN en Nederlandse agenten zullen de training verzorgen.",
        "Net als de andere bondgenoten verlengt Nederland de inzet.",
        "Nederland zet een helikopter in.",
        "Het besluit van Duitsland en Nederland om de inzet te verlengen wordt uitgevoerd.",
        "De toezegging van Duitsland en Nederland om trainers te leveren wordt nagekomen.",
    ],
)
def test_a_dutch_commitment_beside_places_and_owners(sentence: str) -> None:
    assert len(facts(sentence, "commitment")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Nederland zet zich in voor de bescherming van koopvaardijschepen.",
        "Nederland zet in op VPD's aan boord van koopvaardijschepen.",
        "Het besluit binnen de NAVO om de missie uit te breiden wordt uitgevoerd.",
        "De onderhandelingen binnen de EU worden voortgezet.",
        "De bijdrage van de lidstaten wordt verhoogd.",
        "De inzet van Frontex in de Egeïsche Zee wordt verlengd tot eind 2017.",
        "Nederland is evenmin bereid extra troepen te leveren.",
        "De bijdrage van de regering-Trump wordt verhoogd.",
        "Tijdens de NAVO-top is besloten de missie te verlengen.",
    ],
)
def test_no_dutch_commitment_of_others_or_stances(sentence: str) -> None:
    assert facts(sentence, "commitment") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Het kabinet is voornemens de inzet te verlengen tot december.", "2016-12"),
        ("Nederland verlengt de inzet tot januari.", "2017-01"),
        ("Het kabinet heeft toegezegd de tijdens de NAVO-top in juli gemaakte afspraken uit te voeren.", "2016-07"),
    ],
)
def test_a_month_of_an_intention_lies_ahead_unless_it_qualifies_the_past(sentence: str, value: str) -> None:
    [date] = facts(sentence, "date", dt.date(2016, 11, 4))
    assert date.value == value


@pytest.mark.parametrize(
    ("sentence", "dutch"),
    [
        # the agent after "door" does what a passive tells of, whoever the clause names first
        ("Het Afghaanse programma wordt door Nederland voortgezet.", True),
        ("De missie wordt door het kabinet verlengd tot eind 2017.", True),
        ("Het programma voor de Iraakse politie wordt door Nederland gefinancierd met 5 miljoen euro.", True),
        ("De training van de Peshmerga wordt door Duitsland voortgezet.", False),
        ("De trainingen worden door militairen van de VS voortgezet.", False),
        ("De wederopbouw wordt door de Wereldbank gefinancierd met 200 miljoen dollar.", False),
    ],
)
def test_the_agent_of_a_passive(sentence: str, dutch: bool) -> None:
    assert len(facts(sentence, "commitment")) == int(dutch)
