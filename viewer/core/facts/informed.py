"""Promises to inform the Kamer: "Uw Kamer wordt voor de zomer geïnformeerd", "Uw Kamer ontvangt voor
1 juli de evaluatie", "Wij houden uw Kamer op de hoogte". A time ahead makes the present tense a
promise; keeping the Kamer informed is one in itself. Not this letter itself ("In deze brief wordt
uw Kamer geïnformeerd"), nor news already told ("is op de hoogte gehouden").
"""

from __future__ import annotations

import re

from viewer.core import regex_cache
from viewer.core.facts.binding import REACH, governed_by_doubt, not_binding, this_letter
from viewer.core.facts.clauses import Sentence

# "Uw Kamer wordt voor de zomer geïnformeerd" (or "op de hoogte gesteld", "in kennis gesteld"): a
# time ahead makes the present tense a promise
# ... and "Uw Kamer ontvangt voor de zomer een voortgangsrapportage": the Kamer receives
INFORMED = regex_cache.compile(r"\b(?:geïnformeerd|ontvangt|hoogte|kennis\s+gesteld)\b")
_TOLD = regex_cache.compile(r"\s+(?:gesteld|gebracht)\b")  # after "hoogte": told once, a promise only with a time ahead
# "Wij houden uw Kamer op de hoogte", "Uw Kamer wordt op de hoogte gehouden": kept informed is a
# promise for the time ahead in itself (not "is op de hoogte gehouden", past)
_KEPT = regex_cache.compile(r"\b(?:houd|houdt|houden|gehouden)\b")
_KAMER = regex_cache.compile(r"\b(?:(?:[Uu]w|[Dd]e)\s+Kamer|[Uu])\b")
# A letter to the Kamer also calls it "u": "U ontvangt voor de zomer ...", "wordt u ... geïnformeerd"
_KAMER_RECEIVES = regex_cache.compile(
    r"\b(?:(?:[Uu]w|[Dd]e)\s+Kamer|U)\s+ontvangt\b|\bontvangt\s+(?:(?:uw|de)\s+Kamer|u)\b"
)
_KAMER_PASSIVE = regex_cache.compile(
    rf"\b(?:(?:[Uu]w|[Dd]e)\s+Kamer|[Uu])\b.{{0,{REACH}}}\b(?:wordt|worden)\b"
    rf"|\b(?:wordt|worden)\b.{{0,{REACH}}}\b(?:(?:[Uu]w|de)\s+Kamer|u)\b"
)
# ("in het voorjaar", "in de loop van 2024", "jaarlijks": with "wordt" or "ontvangt", ahead too)
AHEAD = regex_cache.compile(
    r"\b(?:voor|vóór|uiterlijk|rond|begin|eind|medio|nader|binnenkort|spoedig|zodra|later|volgend[e]?|"
    r"komend[e]?|te\s+zijner\s+tijd|na\s+afloop|voorjaar|najaar|zomer|winter|herfst|lente|"
    r"na\s+het\s+\w+reces|(?:na|op|bij)\s+prinsjesdag|omstreeks|"  # ("tijdens het zomerreces" may be past)
    r"na\s+de\s+[\w\-]*(?:verkiezingen|top|conferentie)|"
    r"in\s+de\s+loop\s+van|jaarlijkse?|periodieke?|binnen\s+(?:\S+\s+)?(?:dagen|weken|week|maand|maanden|termijn))\b",
    re.IGNORECASE,
)


def informed_ahead(s: Sentence, m: re.Match[str]) -> bool:
    start, end = s.clause(m.start())
    clause = s.text[start:end]
    if s.text[m.start()] == "h":  # "op de hoogte": kept informed, or told
        kept = _KEPT.search(clause)
        if kept is not None:
            if governed_by_doubt(s, m.start()):
                return False
            return _kept_informed(s, clause, kept.group() == "gehouden", start, end)
        if _TOLD.match(s.text, m.end()) is None:
            return False
    kamer = _KAMER_RECEIVES if s.text[m.start()] == "o" else _KAMER_PASSIVE
    if not kamer.search(clause) or this_letter(s) or not_binding(clause) or governed_by_doubt(s, m.start()):
        return False
    return AHEAD.search(clause) is not None and s.actor(start, end) != "foreign"


def _kept_informed(s: Sentence, clause: str, passive: bool, start: int, end: int) -> bool:
    if not _KAMER.search(clause) or this_letter(s) or not_binding(clause):
        return False
    if passive:  # "wordt op de hoogte gehouden"; not "is ... gehouden"
        return _KAMER_PASSIVE.search(clause) is not None and s.actor(start, end) != "foreign"
    return s.actor(start, end) == "dutch"
