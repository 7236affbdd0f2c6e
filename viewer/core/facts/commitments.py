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
from collections.abc import Callable, Iterable, Sequence

from viewer.core.facts.actors import Actor, clause_actor
from viewer.core.facts.context import SentenceContext, ahead, matches_at, mentions
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


class _Sentence:
    """One sentence under test, with what several rule matches in it would otherwise redo: its
    clause breaks, the actor of each clause, and whether it forecasts a cost."""

    __slots__ = ("_actors", "_breaks", "_forecast", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: list[tuple[int, int]] | None = None
        self._actors: dict[tuple[int, int], Actor | None] = {}
        self._forecast: bool | None = None

    def clause(self, at: int) -> tuple[int, int]:
        """The clause around `at`: from the last break before it to the next one after it.

        `at` is where a rule matched, a letter, and no break holds a letter; so every break of the
        sentence lies wholly before or after `at`, and scanning the sentence once serves all rules.
        """
        if self._breaks is None:
            self._breaks = [m.span() for m in _CLAUSE_BREAK.finditer(self.text)]
        start, end = 0, len(self.text)
        for b, e in self._breaks:
            if e <= at:
                start = e
            else:
                end = b
                break
        return start, end

    def actor(self, start: int, end: int) -> Actor | None:
        key = (start, end)
        if key not in self._actors:
            self._actors[key] = clause_actor(self.text[start:end])
        return self._actors[key]

    def forecast(self) -> bool:
        if self._forecast is None:
            text = self.text
            # the pattern's words first: a search for them costs little, the pattern's own a lot
            words = "kosten" in text or "bedragen" in text
            self._forecast = words and bool(_COST_FORECAST.search(text) and _MONEY.search(text))
        return self._forecast


def _future(s: _Sentence, m: re.Match[str]) -> bool:
    text = s.text
    start, end = s.clause(m.start())
    after = text[m.end() : end]
    if _NOT_BINDING.search(after) or s.forecast():
        return False
    actor = s.actor(start, end)
    return actor == "dutch" or (actor is None and bool(_PASSIVE.search(after)))


def _by_government(s: _Sentence, m: re.Match[str]) -> bool:
    """A decision or a means made available: the government's unless someone else is named."""
    start, end = s.clause(m.start())
    return s.actor(start, end) != "foreign"


def _money_by_government(s: _Sentence, m: re.Match[str]) -> bool:
    start, end = s.clause(m.start())
    return bool(_MONEY.search(s.text, start, end)) and s.actor(start, end) != "foreign"


def _support(s: _Sentence, m: re.Match[str]) -> bool:
    # "steunt" is active: it needs a Dutch subject, and an amount to be more than a stance
    start, end = s.clause(m.start())
    return bool(_MONEY.search(s.text, start, end)) and s.actor(start, end) == "dutch"


def _pledge(s: _Sentence, m: re.Match[str]) -> bool:
    if _PLEDGE_TO_PARLIAMENT.search(s.text):
        return True  # only the government makes toezeggingen to the Kamer
    start, end = s.clause(m.start())
    return s.actor(start, end) == "dutch"


def _allocation(s: _Sentence, m: re.Match[str]) -> bool:
    start, _ = s.clause(m.start())
    subject = s.text[start : m.end()]
    if _NOT_BINDING.search(subject) or not (_MONEY.search(subject) or _MEANS.search(subject)):
        return False
    return s.actor(start, m.end()) != "foreign"


_Check = Callable[[_Sentence, re.Match[str]], bool]
_RULES: tuple[tuple[re.Pattern[str], _Check], ...] = (
    (_FUTURE, _future),
    (_DECISION, _by_government),
    (_AVAILABLE, _by_government),
    (_CONTRIBUTE, _money_by_government),
    (_SUPPORT, _support),
    (_PLEDGE, _pledge),
    (_ALLOCATE, _allocation),
)
_RULE = {pattern: i for i, (pattern, _) in enumerate(_RULES)}

# The scan's keywords (see scan.py), lower case like the rules, so every rule match holds one
# (and one of _HINT_WORDS). Per keyword, its rule and where a match can start relative to it:
# "bij|dragen", "bijge|dragen", "toe|zeg", "toege|zeg". The participles of _ALLOCATE start no
# match (its auxiliary verb does); they mark the stretch that rule has to search.
_ANCHORED: dict[str, tuple[int, tuple[int, ...]]] = {
    **{word: (_RULE[_FUTURE], (0,)) for word in ("zal", "zullen", "gaa")},
    **{word: (_RULE[_DECISION], (0,)) for word in ("besl", "voornemens")},
    "beschikbaar": (_RULE[_AVAILABLE], (0,)),
    **{word: (_RULE[_CONTRIBUTE], (0, -3, -5)) for word in ("draagt", "dragen")},
    "droeg": (_RULE[_CONTRIBUTE], (0,)),
    "steun": (_RULE[_SUPPORT], (0,)),
    "zeg": (_RULE[_PLEDGE], (0, -3, -5)),
    **{word: (_RULE[_ALLOCATE], (0,)) for word in ("ingezet", "uitgebreid", "geïnvesteerd", "gefinancierd")},
    **{word: (_RULE[_ALLOCATE], (0,)) for word in ("toegekend", "vrijgemaakt", "gereserveerd", "verstrekt")},
}
KEYWORDS = tuple(_ANCHORED)


def is_commitment(sentence: str) -> bool:
    if not mentions(sentence, _HINT_WORDS):
        return False
    s = _Sentence(sentence)
    return any(check(s, m) for pattern, check in _RULES for m in pattern.finditer(sentence))


def _anchored(text: str, anchors: Sequence[tuple[int, str]]) -> bool:
    """`is_commitment`, trying each rule only where one of its keywords allows a match to start.

    `anchors` are all keywords of the sentence, so they hold every match of every rule; the hint
    words need no second look (a sentence without them has no rule match either).
    """
    starts: dict[int, list[int]] = {}
    for at, word in anchors:
        rule, offsets = _ANCHORED[word]
        found = starts.setdefault(rule, [])
        found.extend(at + offset for offset in offsets if at + offset >= 0)
    available = starts.get(_RULE[_AVAILABLE])
    if available:  # "stelt ... beschikbaar" starts at the verb, somewhere before "beschikbaar"
        last = max(available)
        at = text.find("stel")
        while 0 <= at < last:
            available.append(at)
            at = text.find("stel", at + 1)
    s: _Sentence | None = None
    for rule in sorted(starts):
        pattern, check = _RULES[rule]
        if pattern is _ALLOCATE:
            # a match holds no "," or ";" and ends in the word of a participle
            first, last = min(starts[rule]), max(starts[rule])
            lo = max(text.rfind(",", 0, first), text.rfind(";", 0, first)) + 1
            matches: Iterable[re.Match[str]] = pattern.finditer(text, lo, ahead(text, last, 0))
        else:
            matches = matches_at(pattern, text, starts[rule])
        for m in matches:
            if s is None:
                s = _Sentence(text)
            if check(s, m):
                return True
    return False


def find_commitments(ctx: SentenceContext) -> list[Fact]:
    text = ctx.text
    if not is_commitment(text):
        return []
    return [ctx.fact("commitment", 0, len(text), " ".join(text.split()), None, False)]


def commitments_at(ctx: SentenceContext, anchors: Sequence[tuple[int, str]]) -> list[Fact]:
    """`find_commitments` for a sentence whose keyword anchors the scan found."""
    text = ctx.text
    if not _anchored(text, anchors):
        return []
    return [ctx.fact("commitment", 0, len(text), " ".join(text.split()), None, False)]
