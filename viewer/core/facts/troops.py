"""Troop numbers: head counts of personnel sent or deployed ("155 militairen", "ongeveer twintig
trainers", "drie Nederlandse en drie Belgische SOF-operators", "één stafofficier").

Only nouns for military or seconded personnel count; refugees, victims, inhabitants, flights,
brigades, teams and detachments never do, so they are simply not in the noun list.
"""

from __future__ import annotations

import re

from viewer.core.facts.context import QUALIFIER, SentenceContext, mentions
from viewer.core.facts.model import Fact
from viewer.core.facts.numbers import NOT_AFTER, WORD_NUMBER, parse_number, plain

_HEADS = (
    "militairen|militair|trainers|trainer|instructeurs|instructeur|officieren|officier|operators|operator|"
    "adviseurs|adviseur|mariniers|commando['’]s|vliegers|piloten|medewerkers|medewerker|functionarissen|"
    "functionaris|specialisten|mentoren|planners|kolonels|kolonel|generaals|generaal|majoors|majoor|"
    "kapiteins|kapitein|luitenants|luitenant|personeelsleden|manschappen|militair\\s+personeel|"
    "bemanningsleden|liaison\\s+officers?|stafleden|beveiligers|verbindingsofficieren"
)
# Compounds: "stafofficieren", "liaisonofficieren" (a lower-case prefix) and "SOF-operators",
# "SOF-trainers" (an acronym and a hyphen). "Peshmerga-militairen" (trainees) has neither form.
NOUN = rf"(?:[A-Z]{{2,6}}-)?[a-z]*(?:{_HEADS})"
# Nationality adjectives end in -se/-sche ("Nederlandse", "Belgische", "Duitse", "Britse").
NATIONALITY = r"[A-Z][a-zë]+(?:se|sche)"
_OTHER_ADJECTIVE = r"(?:extra|additionele|militaire|civiele|ervaren|eigen|nieuwe)"
# "en" and "een" are made of number morphemes too, but are a conjunction and an article here.
COUNT = rf"(?:\d+|(?!(?:e?en|ën)\b){WORD_NUMBER})"
# Local forces a coalition trains are trainees, not deployed personnel.
_LOCAL = frozenset({"Iraakse", "Koerdische", "Syrische", "Libische", "Afghaanse", "Malinese"})
_ONE_WORD_END = r"(?![\w\-])"

_SINGLE = re.compile(
    rf"{NOT_AFTER}(?:(?P<qual>(?i:{QUALIFIER}))\s+)?(?P<num>(?i:{COUNT})){_ONE_WORD_END}"
    rf"(?:\s+(?P<mod>{NATIONALITY}))?(?:\s+{_OTHER_ADJECTIVE})?\s+(?P<noun>{NOUN})\b"
)
# "drie Nederlandse en drie Belgische SOF-operators": two counts share the noun.
_COORDINATED = re.compile(
    rf"{NOT_AFTER}(?:(?P<q1>(?i:{QUALIFIER}))\s+)?(?P<n1>(?i:{COUNT})){_ONE_WORD_END}\s+(?P<m1>{NATIONALITY})"
    rf"\s+en\s+(?:(?P<q2>{QUALIFIER})\s+)?(?P<n2>{COUNT}){_ONE_WORD_END}\s+(?P<m2>{NATIONALITY})"
    rf"(?:\s+{_OTHER_ADJECTIVE})?\s+(?P<noun>{NOUN})\b"
)
# "een" is nearly always an article. It counts one person only where a person is sent or placed:
# "heeft Nederland een stafofficier geplaatst", "een medewerker gedetacheerd".
_ONE_PLACED = re.compile(
    rf"\b[Ee]en\s+(?:(?P<mod>{NATIONALITY})\s+)?(?P<noun>{NOUN})\b(?P<rest>(?:\s+[^\s,.;:()]+){{0,4}})"
)
# A cheap first look (a literal alternation, which the regex engine scans fast): most sentences
# name no personnel at all and need none of the patterns above.
_HINT_WORDS = (
    "militair",
    "trainer",
    "instructeur",
    "officier",
    "operator",
    "adviseur",
    "marinier",
    "commando",
    "vlieger",
    "piloten",
    "medewerker",
    "functionaris",
    "specialist",
    "mentor",
    "planner",
    "kolonel",
    "generaal",
    "majoor",
    "kapitein",
    "luitenant",
    "personeel",
    "manschap",
    "bemanningsle",
    "liaison",
    "stafled",
    "beveiliger",
)
_PLACED = re.compile(r"\b(?:geplaatst|gedetacheerd|ingezet|uitgezonden|gestationeerd|aangesteld|toegevoegd)\b")


def _count(word: str) -> int | None:
    if word.casefold() == "een":  # only by _ONE_PLACED
        return None
    value = parse_number(word)
    if value is None or value != value.to_integral_value() or value <= 0:
        return None
    result = plain(value)
    return result if isinstance(result, int) else None


def _fresh(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= a or start >= b for a, b in taken)


def find_troops(ctx: SentenceContext) -> list[Fact]:
    text = ctx.text
    if not mentions(text, _HINT_WORDS):
        return []
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []
    for m in _COORDINATED.finditer(text):
        n1, n2 = _count(m.group("n1")), _count(m.group("n2"))
        if n1 is None or n2 is None or m.group("m1") in _LOCAL or m.group("m2") in _LOCAL:
            continue
        noun = m.group("noun")
        first_end = m.end("m1")
        second_start = m.start("q2") if m.group("q2") else m.start("n2")
        q1, q2 = m.group("q1"), m.group("q2")
        facts.append(ctx.fact("troops", m.start(), first_end, n1, noun, bool(q1), qualifier=q1, modifier=m.group("m1")))
        facts.append(
            ctx.fact("troops", second_start, m.end(), n2, noun, bool(q2), qualifier=q2, modifier=m.group("m2"))
        )
        taken.append((m.start(), m.end()))
    for m in _SINGLE.finditer(text):
        count = _count(m.group("num"))
        mod = m.group("mod")
        if count is None or mod in _LOCAL or not _fresh(taken, m.start(), m.end()):
            continue
        qual = m.group("qual")
        facts.append(
            ctx.fact("troops", m.start(), m.end(), count, m.group("noun"), bool(qual), qualifier=qual, modifier=mod)
        )
        taken.append((m.start(), m.end()))
    for m in _ONE_PLACED.finditer(text):
        mod = m.group("mod")
        if mod in _LOCAL or not _PLACED.search(m.group("rest")) or not _fresh(taken, m.start(), m.end("noun")):
            continue
        facts.append(ctx.fact("troops", m.start(), m.end("noun"), 1, m.group("noun"), False, modifier=mod))
    return facts
