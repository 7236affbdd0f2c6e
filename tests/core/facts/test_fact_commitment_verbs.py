"""More ways the government commits itself: people contributed, a ship or unit deployed, a task taken
on, an offer made, a contribution raised; each was missed, so dropping it went unreported."""

from __future__ import annotations

import pytest

from factkit import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Daarnaast draagt Nederland zes stafofficieren bij aan het operationele hoofdkwartier in Northwood.",
        "Nederland draagt vier politiefunctionarissen bij aan EUCAP Sahel.",
        "Nederland zet in 2017 een fregat in voor Atalanta.",
        "Defensie zet vanaf januari een veldhospitaal in.",
        "Nederland zet het fregat Zr.Ms. Tromp in van 1 maart 2018 tot en met 30 juni 2018.",
        "Nederland zet Zr. Ms. Karel Doorman in als commandoschip.",
        "Het kabinet zet een KDC-10 tankvliegtuig in voor de coalitie.",
        "Nederland zet een Special Operations Task Group in.",
        "Nederland neemt vanaf 1 mei 2017 het commando van de taakgroep op zich.",
        "Nederland heeft zich bereid verklaard een tweede fregat te leveren.",
        "Het kabinet is bereid de inzet met een half jaar te verlengen.",
        "Nederland verhoogt zijn bijdrage aan het Trust Fund tot 2 miljoen euro.",
        "Het kabinet verdubbelt de steun aan de Peshmerga.",
    ],
)
def test_a_commitment(sentence: str) -> None:
    assert len(facts(sentence, "commitment")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # what people do there, not what is committed
        "Drie Nederlandse SOF-operators zijn ontplooid waar zij bijdragen aan trainingen voor lokale strijders.",
        # a stance, not a deployment
        "Nederland zet in op een politieke oplossing.",
        "Het kabinet verhoogt de druk op het regime.",
        # others
        "De coalitie verhoogt haar bijdrage tot 20 miljoen euro.",
        "Frankrijk zet een fregat in.",
        "De Iraakse regering is bereid de hervormingen door te voeren.",
        "De operatie wordt voorbereid door de staf.",
        "Het Duitse contingent neemt de bewaking op zich.",
    ],
)
def test_no_commitment(sentence: str) -> None:
    assert facts(sentence, "commitment") == []


def test_a_contribution_raised_to_an_amount_is_no_cap() -> None:
    [amount] = facts("Nederland verhoogt zijn bijdrage aan het Trust Fund tot 2 miljoen euro.", "money")
    assert (amount.text, amount.value, amount.approximate) == ("2 miljoen euro", 2_000_000, False)
