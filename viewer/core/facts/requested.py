"""What the Kamer, a member or a motion asks of the government, and questions: no fact of the government's.

A letter answering the Kamer quotes what was asked ("Het lid Karabulut vroeg of de regering 25 extra
trainers naar Erbil wil sturen", "De motie-Van Dijk verzoekt de regering 100 militairen extra
beschikbaar te stellen", "Bent u bereid de Kamer maandelijks te informeren?"). The numbers in it are
asked for, not sent, and the promise in it is asked for, not made: the government's answer is another
sentence. A request the government follows is its own act again, in a clause of its own ("Zoals de
Kamer heeft verzocht, zal het kabinet 30 trainers sturen") or by a noun ("Op verzoek van de Kamer
stuurt Nederland ..."): only the asking verb counts, and only up to the next clause break.
"""

from __future__ import annotations

import re

from viewer.core import regex_cache

# the verb of asking; the one who asks is the first actor of its clause, or the subject right after it
_ASKS = regex_cache.compile(
    r"\b(?:verzoekt|verzoeken|verzocht|vraagt|vragen|vroeg|vroegen|gevraagd|roept|roepen|riep|"
    r"opgeroepen|verlangt|verlangde|wil\s+weten|wilde\s+weten)\b",
    re.IGNORECASE,
)
_ASKER_WORDS = (
    r"[Mm]otie|[Mm]oties|Kamer|Kamerlid|Kamerleden|[Ll]id|[Ll]eden|[Ff]ractie|[Ff]racties|[Cc]ommissie|"
    r"[Aa]mendement|[Ii]ndiener|[Ii]ndieners|[Vv]ragensteller|[Vv]ragenstellers"
)
_ASKER = regex_cache.compile(rf"(?:{_ASKER_WORDS})")
_GOVERNMENT = r"[Kk]abinet|[Rr]egering|Nederland|[Ww]ij|[Ii]k|[Mm]inisters?|[Ss]taatssecretaris"
_ACTOR = regex_cache.compile(rf"\b(?:{_ASKER_WORDS}|{_GOVERNMENT})\b")
# the one who asks as the subject after the verb: "vroeg het lid", "verzoekt de Kamer" (not "vraagt uw Kamer")
_ASKER_AFTER = regex_cache.compile(rf"\s+(?:het|de|een|enkele|alle)\s+(?:\w+\s+)?(?:{_ASKER_WORDS})\b")
_CLAUSE_BREAK = regex_cache.compile(r"[,;:]")
_ASIDE = regex_cache.compile(r"\([^()]*\)")  # "(Kamerstuk 27 925, nr. 600)": its comma ends no clause


def is_question(sentence: str) -> bool:
    return sentence.rstrip(" \"'”’)").endswith("?")


def asked_for(sentence: str, at: int) -> bool:
    """Is the words at `at` in `sentence` what someone of the Kamer asks, or part of a question?"""
    if is_question(sentence):
        return True
    if "vr" not in sentence and "erzo" not in sentence and "roep" not in sentence and "verla" not in sentence:
        return False  # nearly every sentence: no verb of asking in it
    plain = _ASIDE.sub(lambda aside: " " * len(aside.group()), sentence)  # same length, asides blank
    for ask in _ASKS.finditer(plain):
        lo, hi = min(at, ask.start()), max(at, ask.end())
        if _CLAUSE_BREAK.search(plain, lo, hi):
            continue  # another clause: "Zoals de Kamer verzocht, zal het kabinet ..."
        clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(plain, 0, ask.start())), default=0)
        # who asks is who comes first: "De Kamer heeft de regering verzocht", not "Het kabinet
        # verzoekt de Kamer in te stemmen met ..." (the government asking is its own plan)
        first = _ACTOR.search(plain, clause_start, ask.start())
        if first is not None:
            if _ASKER.fullmatch(first.group()) and at >= first.start():
                return True
            continue
        # or right after the verb, in the subject's place: "In het debat vroeg het lid Bosman of ..."
        if at > ask.start() and _ASKER_AFTER.match(plain, ask.end()):
            return True
    return False
