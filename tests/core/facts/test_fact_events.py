"""An agentless passive in the letter is the government's act, unless it tells of an event in the
world that no Dutch government performs: elections held, a city freed, an enemy defeated, an
agreement carried out."""

from __future__ import annotations

import pytest

from factkit import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "De verkiezingen in Irak zullen in mei 2018 worden gehouden.",
        "De NAVO-top zal op 8 en 9 juli in Warschau worden gehouden.",
        "Mosul zal naar verwachting dit najaar worden bevrijd.",
        "Raqqa zal in de komende maanden worden heroverd.",
        "ISIS zal uiteindelijk militair worden verslagen.",
        "De strijders zullen uit de stad worden verdreven.",
        "Daarna zal een nieuw kabinet in Bagdad worden beëdigd.",
        "De nieuwe president zal in juli worden verkozen.",
        # an agreement or law carried out, nobody named: for its parties to do
        "Het vredesakkoord zal worden uitgevoerd.",
        "Het akkoord van Algiers zal in 2018 volledig worden uitgevoerd.",
        "De resolutie zal worden geïmplementeerd.",
        "De nieuwe wet zal worden nageleefd.",
    ],
)
def test_an_event_binds_nobody(sentence: str) -> None:
    assert facts(sentence, "commitment") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "De inzet zal worden voortgezet.",
        "Uw Kamer zal op de hoogte worden gehouden van de voortgang.",
        "Hiermee zal rekening worden gehouden bij de planning van de inzet.",
        "De trainingen zullen in stand worden gehouden.",
        "Er zal een standpunt worden ingenomen over de verlenging.",
        "Er zal worden gekozen voor een kleinere bijdrage.",
        "Zullen alle aspecten worden gewogen, dan volgt een besluit.",
        "Voor iedere toekomstige inzet zullen alle aspecten worden gewogen.",
        # what the government carries out itself, or an agreement it is named to carry out
        "Het besluit zal worden uitgevoerd.",
        "De motie zal worden uitgevoerd.",
        "De evaluatie zal in het najaar worden uitgevoerd.",
        "De training in het kader van het vredesakkoord zal worden uitgevoerd.",
        "Het vredesakkoord zal door Nederland worden uitgevoerd.",
        # a plan, in a government's letter, is its own (a tester's fourteenth round)
        "Het Plan van Aanpak Personeel zal met voorrang worden uitgevoerd.",
        "Het actieplan zal worden uitgevoerd.",
    ],
)
def test_the_governments_own_passive_still_commits(sentence: str) -> None:
    assert len(facts(sentence, "commitment")) == 1


@pytest.mark.parametrize(
    ("sentence", "dutch"),
    [
        ("Een nieuwe regering zal de hervormingen voortzetten.", False),
        ("Een nieuw kabinet zal de hervormingen voortzetten.", False),
        ("Het nieuwe kabinet zal hierover in het voorjaar besluiten.", True),
        ("De regering zal de inzet voortzetten.", True),
    ],
)
def test_a_government_yet_to_be_formed_is_not_the_letters(sentence: str, dutch: bool) -> None:
    assert len(facts(sentence, "commitment")) == int(dutch)
