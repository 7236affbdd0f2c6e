"""Commitments: sentences in which the Dutch government binds itself or announces a decision.

A sentence is a commitment when one of its clauses
- binds the government to a future act: "Nederland zal ... aanbieden", "zal uw Kamer ... worden
  geïnformeerd", "zullen alle aspecten worden gewogen" (an agentless passive in the government's
  own letter is the government's act). Not with moeten/kunnen/mogen, which state a necessity or
  a possibility, and not a cost forecast ("zal ... 2 miljoen euro extra kosten");
- announces a decision: "heeft besloten", "het besluit van het kabinet", "is voornemens";
- commits means, in any tense: "stelt ... beschikbaar", "draagt met 25 miljoen euro bij",
  "steunt ... met 10 miljoen euro", money or funds "ingezet", "uitgebreid", "gefinancierd uit";
- pledges or refers to a toezegging: "een toezegging gedaan", "zoals toegezegd aan uw Kamer".
Whatever ISIS, the coalition, the UN, NATO or another country will do is not a Dutch commitment;
`actors.clause_actor` tells them apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from viewer.core.facts.actors import clause_actor
from viewer.core.facts.context import SentenceContext, mentions
from viewer.core.facts.model import Fact

_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[–—-]\s")
_FUTURE = re.compile(r"\b(?:zal|zullen|gaat|gaan)\b")
_NOT_BINDING = re.compile(r"\b(?:moeten|moet|kunnen|kan|mogen|mag|zouden|zou)\b")
_PASSIVE = re.compile(r"\b(?:worden|wordt)\b")
_COST_FORECAST = re.compile(r"\b(?:kosten|bedragen)\s*[.;]?\s*$")
_DECISION = re.compile(r"\b(?:besloten|besluit|voornemens)\b")
_AVAILABLE = re.compile(
    r"\bbeschikbaar\s+(?:(?:te\s+)?stellen|gesteld|worden\s+gesteld)\b"
    r"|\bstel(?:t|len|de|den)\b(?=(?:(?!\bbeschikbaar\b)[^,;])*\bbeschikbaar\b)"
)
_CONTRIBUTE = re.compile(r"\b(?:draagt|dragen|droeg|droegen)\b(?=[^,;]*?\bbij\b)|\bbij(?:gedragen|draagt|dragen)\b")
_SUPPORT = re.compile(r"\b(?:steunt|steunen|steunde|steunden)\b")
_PLEDGE = re.compile(r"\b(?:toezeggingen|toezegging|toegezegd|toezeggen)\b|\bzeg(?:t|gen|de|den)\b(?=[^,;]*?\btoe\b)")
_PLEDGE_TO_PARLIAMENT = re.compile(r"\b(?:toezeggingen|toezegging|toegezegd)\s+aan\s+(?:uw|de)\s+Kamer\b")
_ALLOCATE = re.compile(
    r"\b(?:is|zijn|werd|werden|wordt|worden)\b[^,;]*?"
    r"\b(?:ingezet|uitgebreid|geïnvesteerd|gefinancierd|toegekend|vrijgemaakt|gereserveerd|verstrekt)\b"
)
_MEANS = re.compile(r"\b(?:middelen|geld|gelden|uitgaven|budget|bedrag|bijdrage|steun|pakket)\b")
_MONEY = re.compile(r"\d\s*(?:miljoen|miljard|mln|mld|mrd)?\s*(?:euro|dollar)|[€$]\s*\d", re.IGNORECASE)


# Every rule above starts from one of these words.
_HINT_WORDS = (
    "zal",
    "zullen",
    "gaat",
    "gaan",
    "beslo",
    "besluit",
    "voornemens",
    "beschikbaar",
    "draagt",
    "dragen",
    "droeg",
    "bijgedragen",
    "bijdraagt",
    "steun",
    "toezeg",
    "toegezegd",
    "zegt",
    "zeggen",
    "zegde",
    "ingezet",
    "uitgebreid",
    "geïnvesteerd",
    "gefinancierd",
    "toegekend",
    "vrijgemaakt",
    "gereserveerd",
    "verstrekt",
)


def _clause(text: str, at: int) -> tuple[int, int]:
    """The clause around position `at`: from the last break before it to the next one after it."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, at):
        start = m.end()
    nxt = _CLAUSE_BREAK.search(text, at)
    return start, (nxt.start() if nxt else len(text))


def _future(text: str, m: re.Match[str]) -> bool:
    start, end = _clause(text, m.start())
    after = text[m.end() : end]
    if _NOT_BINDING.search(after) or (_COST_FORECAST.search(text) and _MONEY.search(text)):
        return False
    actor = clause_actor(text[start:end])
    return actor == "dutch" or (actor is None and bool(_PASSIVE.search(after)))


def _by_government(text: str, m: re.Match[str]) -> bool:
    """A decision or a means made available: the government's unless someone else is named."""
    start, end = _clause(text, m.start())
    return clause_actor(text[start:end]) != "foreign"


def _money_by_government(text: str, m: re.Match[str]) -> bool:
    start, end = _clause(text, m.start())
    return bool(_MONEY.search(text, start, end)) and clause_actor(text[start:end]) != "foreign"


def _support(text: str, m: re.Match[str]) -> bool:
    # "steunt" is active: it needs a Dutch subject, and an amount to be more than a stance
    start, end = _clause(text, m.start())
    return bool(_MONEY.search(text, start, end)) and clause_actor(text[start:end]) == "dutch"


def _pledge(text: str, m: re.Match[str]) -> bool:
    if _PLEDGE_TO_PARLIAMENT.search(text):
        return True  # only the government makes toezeggingen to the Kamer
    start, end = _clause(text, m.start())
    return clause_actor(text[start:end]) == "dutch"


def _allocation(text: str, m: re.Match[str]) -> bool:
    start, _ = _clause(text, m.start())
    subject = text[start : m.end()]
    if _NOT_BINDING.search(subject) or not (_MONEY.search(subject) or _MEANS.search(subject)):
        return False
    return clause_actor(subject) != "foreign"


_RULES: tuple[tuple[re.Pattern[str], Callable[[str, re.Match[str]], bool]], ...] = (
    (_FUTURE, _future),
    (_DECISION, _by_government),
    (_AVAILABLE, _by_government),
    (_CONTRIBUTE, _money_by_government),
    (_SUPPORT, _support),
    (_PLEDGE, _pledge),
    (_ALLOCATE, _allocation),
)


def is_commitment(sentence: str) -> bool:
    if not mentions(sentence, _HINT_WORDS):
        return False
    return any(check(sentence, m) for pattern, check in _RULES for m in pattern.finditer(sentence))


def find_commitments(ctx: SentenceContext) -> list[Fact]:
    text = ctx.text
    if not is_commitment(text):
        return []
    return [ctx.fact("commitment", 0, len(text), " ".join(text.split()), None, False)]
