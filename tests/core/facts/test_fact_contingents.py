"""Which counts of people are a contingent sent: soldiers, divers and aircrew a partner sends count;
the fallen, the local forces a coalition trains and ratios do not (a tester's thirteenth round)."""

from __future__ import annotations

import pytest

from factkit import facts


@pytest.mark.parametrize(
    ("sentence", "count", "noun"),
    [
        ("Duitsland levert 450 soldaten.", 450, "soldaten"),
        ("Ongeveer 1.200 soldaten zijn in Gao gestationeerd.", 1200, "soldaten"),
        ("Nederland levert 8 F-16-vliegers.", 8, "F-16-vliegers"),
        ("Nederland levert vier politiemensen.", 4, "politiemensen"),
        ("Nederland levert zes duikers voor de ontmijning.", 6, "duikers"),
        ("Nederland haalt 150 militairen uit Mali terug.", 150, "militairen"),
        ("De Iraakse soldaten worden getraind door 20 Nederlandse trainers.", 20, "trainers"),
    ],
)
def test_a_contingent(sentence: str, count: int, noun: str) -> None:
    assert [(f.value, f.unit) for f in facts(sentence, "troops")] == [(count, noun)]


@pytest.mark.parametrize(
    "sentence",
    [
        "De coalitie heeft 4.000 militairen van het Iraakse leger opgeleid.",
        "Er zijn 1.200 militairen van de Peshmerga getraind.",
        "Er zijn 800 militairen uit Mali getraind.",
        "Eén op de vijf militairen is vrouw.",
        "Een op de tien trainers is reservist.",
        "Er rijden 2 militairen per voertuig mee.",
        "Het Afghaanse leger verloor in 2017 circa 10.000 militairen.",
        "Bij een aanslag op het kamp kwamen drie vredesoldaten om.",
        "In Kidal werd een aanslag gepleegd, waarbij drie vredesoldaten omkwamen.",
        "De Iraakse soldaten worden getraind.",
    ],
)
def test_no_contingent(sentence: str) -> None:
    assert facts(sentence, "troops") == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # the losses of others named beside a contingent leave it a contingent
        ("Om de verliezen op te vangen levert Nederland 30 extra militairen.", 30),
        ("Nederland stuurt 30 militairen ter vervanging van de omgekomen collega's.", 30),
    ],
)
def test_a_contingent_beside_losses(sentence: str, count: int) -> None:
    assert [f.value for f in facts(sentence, "troops")] == [count]


def test_hostages_are_no_contingent() -> None:
    assert facts("Er werden 5 militairen gegijzeld.", "troops") == []


def test_a_count_per_vehicle_before_it_is_a_ratio() -> None:
    assert facts("Per voertuig zijn 4 militairen nodig.", "troops") == []


def test_a_named_types_aircrew_counts() -> None:
    assert [(f.value, f.unit) for f in facts("Nederland levert 6 Chinook-vliegers.", "troops")] == [
        (6, "Chinook-vliegers")
    ]
    assert facts("Er zijn 1.800 Peshmerga-militairen getraind.", "troops") == []


@pytest.mark.parametrize(
    ("sentence", "count", "noun"),
    [
        # the count of a kind named first, its number after "blijft" (a tester's fourteenth round)
        ("Het aantal gedetacheerde Nederlandse politiefunctionarissen blijft vier.", 4, "politiefunctionarissen"),
        ("Het aantal Nederlandse militairen in Irak blijft ongeveer 150.", 150, "militairen"),
        ("Nederland stuurt 30 gedetacheerde politiemensen.", 30, "politiemensen"),
    ],
)
def test_a_count_that_stays(sentence: str, count: int, noun: str) -> None:
    assert [(f.value, f.unit) for f in facts(sentence, "troops")] == [(count, noun)]


@pytest.mark.parametrize(
    "sentence",
    ["Het aantal Nederlandse militairen blijft tot 2017 gelijk.", "Het aantal militairen is twee keer zo groot."],
)
def test_no_count_that_stays(sentence: str) -> None:
    assert facts(sentence, "troops") == []
