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
