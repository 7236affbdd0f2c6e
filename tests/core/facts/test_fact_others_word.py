"""Whose commitment a sentence tells of when another country speaks in it: a report of its news
("..., zo heeft Duitsland laten weten"), its ministers by name ("Minister Le Drian zegde toe"), a
choice between it and the Netherlands ("Frankrijk of Nederland zal ..."); and the Dutch contribution
named as the agent of a passive ("wordt door Nederlandse militairen verzorgd")."""

from __future__ import annotations

import pytest

from viewer.core.facts import reported

from factkit import facts


@pytest.mark.parametrize(
    "sentence",
    [
        "De helikopters worden teruggetrokken, zo heeft Duitsland laten weten.",
        "De training wordt voortgezet, aldus Frankrijk.",
        "De inzet wordt in 2018 voortgezet, meldt de VN.",
        "De helikopters worden in oktober teruggetrokken, zo maakte de NAVO bekend.",
        "De helikopters worden, zo liet Duitsland weten, in oktober teruggetrokken.",
        "Het fregat zal in mei worden teruggetrokken, verklaarde de Franse minister.",
        "De training wordt in 2018 voortgezet, aldus minister Mattis van de Verenigde Staten.",
    ],
)
def test_a_report_of_another_countrys_news_is_no_dutch_commitment(sentence: str) -> None:
    assert facts(sentence, "commitment") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "De helikopters worden teruggetrokken.",
        "De training wordt voortgezet, aldus de minister.",
        "De training wordt voortgezet, zo heeft het kabinet laten weten.",
        "De inzet wordt verlengd, zo heeft het kabinet besloten.",
        "De inzet wordt verlengd, zo laat de situatie in Irak zien.",
        "Frankrijk trekt zich terug, aldus de Franse regering; Nederland zal de training voortzetten.",
    ],
)
def test_the_governments_own_word_still_commits(sentence: str) -> None:
    assert len(facts(sentence, "commitment")) == 1


def test_reports_in_a_sentence_of_pages_read_a_little_of_it_each(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    actor = reported.clause_actor
    monkeypatch.setattr(reported, "clause_actor", lambda clause: read.append(len(clause)) or actor(clause))
    text = "De training wordt voortgezet, aldus Frankrijk, " * 3000 + "en Frankrijk levert."
    assert facts(text, "commitment") == []
    assert 0 < len(read) <= 3000 and max(read) <= 201


@pytest.mark.parametrize(
    ("sentence", "dutch"),
    [
        # a choice between the Netherlands and another: nobody has bound themselves yet
        ("Frankrijk of Nederland zal de leiding nemen.", False),
        ("Nederland of Frankrijk zal de leiding over de taakgroep op zich nemen.", False),
        ("Nederland, België of Frankrijk zal in 2018 het commando op zich nemen.", False),
        ("De Verenigde Staten of Nederland zullen de training voortzetten.", False),
        # subjects listed together, or the government's own people as the choice
        ("Nederland en België zullen de training voortzetten.", True),
        ("Frankrijk en Nederland zullen de inzet afwisselen.", True),
        ("De minister of het kabinet zal de Kamer voor de zomer informeren.", True),
        # "of" that opens a question still governs what follows
        ("De VS hebben gevraagd of Nederland extra trainers zal leveren.", False),
        ("Frankrijk vroeg Nederland of het extra trainers zal leveren.", False),
    ],
)
def test_a_choice_of_subjects_binds_nobody(sentence: str, dutch: bool) -> None:
    assert len(facts(sentence, "commitment")) == int(dutch)


@pytest.mark.parametrize(
    ("sentence", "dutch"),
    [
        # another country's minister, by name or by nationality
        ("Minister Le Drian zegde toe dat Frankrijk de training zal voortzetten.", False),
        ("Minister Mattis zegde toe dat de Verenigde Staten extra trainers leveren.", False),
        ("Minister Mattis van de VS heeft besloten extra troepen te sturen.", False),
        ("Minister Parly (Frankrijk) stelt 5 miljoen euro beschikbaar.", False),
        ("Minister von der Leyen heeft besloten de inzet te verlengen.", False),
        # a name the list of Dutch ministers lacks (a later cabinet's) stays the government's unless the
        # sentence makes the minister another country's: silently dropping a promise costs more
        ("Minister Tuinman zegde toe uw Kamer voor de zomer te informeren.", True),
        ("Minister Tuinman zegde toe de training in Irak voort te zetten.", True),
        ("De Franse minister zegde toe dat de training wordt voortgezet.", False),
        ("De Amerikaanse minister van Defensie zal de coalitie in oktober bijeenroepen.", False),
        # the Netherlands' own, by office or by name
        ("De minister zegde toe dat de training wordt voortgezet.", True),
        ("De Minister van Defensie zal uw Kamer voor de zomer informeren.", True),
        ("Minister Koenders zegde toe uw Kamer voor de zomer te informeren.", True),
        ("Minister Hennis-Plasschaert heeft besloten de inzet te verlengen.", True),
        ("Minister Jeanine Hennis-Plasschaert heeft besloten de inzet te verlengen.", True),
        ("De minister J.A. Hennis-Plasschaert heeft besloten de inzet te verlengen.", True),
        ("Minister Van Middelkoop heeft besloten de inzet te verlengen.", True),
        ("Minister De Jonge zal uw Kamer voor de zomer informeren.", True),
        ("De ministers Koenders en Bijleveld zeggen toe uw Kamer te informeren.", True),
        # a place after "de minister" is where the minister goes
        ("Volgende maand zal de minister Irak bezoeken.", True),
    ],
)
def test_a_minister_by_name_is_the_netherlands_own_or_another_countrys(sentence: str, dutch: bool) -> None:
    assert len(facts(sentence, "commitment")) == int(dutch)


@pytest.mark.parametrize(
    ("sentence", "dutch"),
    [
        # the Dutch contribution named as the agent of what is done now
        ("De training wordt door Nederlandse militairen verzorgd.", True),
        ("De training wordt verzorgd door Nederlandse trainers.", True),
        ("De taakgroep wordt door Nederland geleid.", True),
        ("De beveiliging van het kamp wordt door het Korps Mariniers uitgevoerd.", True),
        ("De training wordt door Nederland voortgezet.", True),
        # the past described, a possibility, or another agent
        ("De training werd door Nederlandse militairen verzorgd.", False),
        ("De training is door Nederlandse militairen verzorgd.", False),
        ("De training kan door Nederlandse militairen worden verzorgd.", False),
        ("De training wordt door Amerikaanse militairen verzorgd.", False),
        ("De training wordt door militairen van de VS verzorgd.", False),
        ("De Nederlandse training wordt gegeven in Erbil.", False),
        ("De beveiliging wordt door Nederlandse militairen verzorgd, aldus Frankrijk.", False),
    ],
)
def test_the_dutch_contribution_as_the_agent_of_a_passive(sentence: str, dutch: bool) -> None:
    assert len(facts(sentence, "commitment")) == int(dutch)
