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
