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

# the verb of asking, with the one who asks before it in its clause
_ASKS = regex_cache.compile(
    r"\b(?:verzoekt|verzoeken|verzocht|vraagt|vragen|vroeg|vroegen|gevraagd|roept|roepen|riep|"
    r"opgeroepen|verlangt|verlangde|wil\s+weten|wilde\s+weten)\b",
    re.IGNORECASE,
)
_ASKER = regex_cache.compile(
    r"\b(?:[Mm]otie|[Mm]oties|Kamer|Kamerlid|Kamerleden|[Ll]id|[Ll]eden|[Ff]ractie|[Ff]racties|[Cc]ommissie|"
    r"[Aa]mendement|[Ii]ndiener|[Ii]ndieners|[Vv]ragensteller|[Vv]ragenstellers)\b"
)
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
    for ask in _ASKS.finditer(plain, 0, at):
        if _CLAUSE_BREAK.search(plain, ask.end(), at):
            continue  # the request's own clause ended before the words: "Zoals de Kamer verzocht, zal ..."
        clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(plain, 0, ask.start())), default=0)
        if _ASKER.search(sentence, clause_start, ask.start()) or _ASKER.search(plain, ask.end(), at):
            return True
    return False
