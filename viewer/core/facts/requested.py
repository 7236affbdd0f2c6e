"""What the Kamer, a member or a motion asks of the government, and questions: no fact of the government's.

A letter answering the Kamer quotes what was asked ("Het lid Karabulut vroeg of de regering 25 extra
trainers naar Erbil wil sturen", "De motie-Van Dijk verzoekt de regering 100 militairen extra
beschikbaar te stellen", "Bent u bereid de Kamer maandelijks te informeren?"). The numbers in it are
asked for, not sent, and the promise in it is asked for, not made: the government's answer is another
sentence. A request the government follows is its own act again: in a clause of its own ("Zoals de
Kamer heeft verzocht, zal het kabinet 30 trainers sturen", also without the comma), referred to ("Op
verzoek van de Kamer", "Het overzicht waar uw Kamer om vroeg zal ik ... sturen"), or in a main clause
of its own ("... verzocht de regering ... en het kabinet stelt daarom ... beschikbaar"). The Kamer
asked ("Uw Kamer wordt verzocht in te stemmen met ...") is the government asking.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from viewer.core import regex_cache

# the verbs of asking whose form says it is one ("vragen" and "verzoeken" are nouns as often: "de
# openstaande vragen", so they count only after a plural asker: "De leden van de fractie vragen")
_ASKS = regex_cache.compile(
    r"\b(?:verzoekt|verzocht|vraagt|vroeg|vroegen|gevraagd|roept|riep|opgeroepen|verlangt|verlangde|"
    r"wil\s+weten|wilde\s+weten|(?P<plural>vragen|verzoeken|roepen))\b",
    re.IGNORECASE,
)
_PLURAL_ASKER = regex_cache.compile(r"\b(?:leden|Kamerleden|fracties|indieners|vragenstellers)\b")
# who asks: the Kamer, a committee, a member by article ("het lid Bosman", not "Als lid van de
# Veiligheidsraad"), a motion or an amendment
_ASKER_WORDS = (
    r"Kamer|Kamerlid|Kamerleden|[Hh]et\s+lid|[Dd]e\s+leden|[Ff]ractie|[Ff]racties|[Cc]ommissie|"
    r"[Mm]otie|[Mm]otie-[A-Z][\w\-]*|[Mm]oties|[Aa]mendement|[Ii]ndiener|[Ii]ndieners|[Vv]ragensteller|[Vv]ragenstellers"
)
_ASKER = regex_cache.compile(rf"(?:{_ASKER_WORDS})")
# who else may come first in the asking verb's clause: the government, or another body that asks
# ("zodra de VN Nederland om een bijdrage vraagt"), not the Kamer
_OTHERS = r"[Kk]abinet|[Rr]egering|Nederland|[Ww]ij|[Ii]k|[Mm]inisters?|[Ss]taatssecretaris|VN|NAVO|EU|VS"
_ACTOR = regex_cache.compile(rf"\b(?:{_ASKER_WORDS}|{_OTHERS})\b")
# the one who asks as the subject right after the verb: "vroeg het lid", "verzoekt de Kamer" (not "vraagt uw Kamer")
_ASKER_AFTER = regex_cache.compile(rf"\s+(?:het|de|een|enkele|alle)\s+(?:\w+\s+)?(?:{_ASKER_WORDS})\b")
# a request referred to or followed, not quoted: "Zoals de Kamer heeft gevraagd", "waar uw Kamer om vroeg"
_REFERRED = regex_cache.compile(r"\b(?:[Zz]oals|waar|waarom|[Cc]onform|[Oo]vereenkomstig)\b")
# the clause the asking verb is in starts after these: "zodra de VN Nederland om een bijdrage vraagt"
_SUBORDINATOR = regex_cache.compile(
    r"\b(?:zodra|als|wanneer|nadat|omdat|doordat|indien|tenzij|terwijl|voordat|totdat|zodat|opdat)\b"
)
_PASSIVE = regex_cache.compile(r"\b(?:wordt|worden|werd|werden)\s+(?:\w+\s+)?$")
# a main clause of the government's own after the request: "... en het kabinet stelt daarom ..."
_OWN_CLAUSE = regex_cache.compile(rf"\b(?:en|maar)\s+(?:het\s+|de\s+)?(?:{_OTHERS})\b")
_CLAUSE_BREAK = regex_cache.compile(r"[,;:]")
_ASIDE = regex_cache.compile(r"\([^()]*\)")  # "(Kamerstuk 27 925, nr. 600)": its comma ends no clause


def is_question(sentence: str) -> bool:
    return sentence[-8:].rstrip(" \"'”’)").endswith("?")  # the end only: a "sentence" may run for pages


# How far from the words an asking verb is looked for, and back from it its asker: a request and
# what it asks stand in one clause, and a "sentence" of pages is not read whole for each of its facts
_REACH = 400


@lru_cache(maxsize=16)
def _asking(sentence: str) -> tuple[str, tuple[re.Match[str], ...], tuple[int, ...]]:
    """The sentence with its asides blanked, its asking verbs and where they start; found once per
    sentence (every count and commitment in it asks)."""
    if "vr" not in sentence and "erzo" not in sentence and "roep" not in sentence and "verla" not in sentence:
        return "", (), ()  # nearly every sentence: no verb of asking in it
    plain = _ASIDE.sub(lambda aside: " " * len(aside.group()), sentence)  # same length, asides blank
    asks = tuple(_ASKS.finditer(plain))
    return plain, asks, tuple(ask.start() for ask in asks)


def asked_for(sentence: str, at: int) -> bool:
    """Is the words at `at` in `sentence` what someone of the Kamer asks, or part of a question?"""
    if is_question(sentence):
        return True
    plain, asks, starts = _asking(sentence)
    if not asks:
        return False
    first, last = bisect_left(starts, at - _REACH), bisect_left(starts, at + _REACH)
    return any(_asks_at(plain, ask, at) for ask in asks[first:last])


def _asks_at(plain: str, ask: re.Match[str], at: int) -> bool:
    """Does the asking verb `ask` govern the words at `at`, with someone of the Kamer asking?"""
    lo, hi = min(at, ask.start()), max(at, ask.end())
    if _CLAUSE_BREAK.search(plain, lo, hi) or _OWN_CLAUSE.search(plain, ask.end(), at):
        return False  # another clause: "Zoals de Kamer verzocht, zal het kabinet ..."
    back = max(0, ask.start() - _REACH)
    clause_start = max(back, *(plain.rfind(mark, back, ask.start()) + 1 for mark in ",;:"))
    clause_start = max(
        (m.end() for m in _SUBORDINATOR.finditer(plain, clause_start, ask.start())), default=clause_start
    )
    if _PASSIVE.search(plain, max(clause_start, ask.start() - 30), ask.start()):
        return False  # "Uw Kamer wordt verzocht in te stemmen met ...": the government asks
    if ask.group("plural") and not _PLURAL_ASKER.search(plain, clause_start, ask.start()):
        return False  # "de openstaande vragen", "aandacht vragen voor"
    # who asks is who comes first: "De Kamer heeft de regering verzocht", not "Het kabinet
    # verzoekt de Kamer in te stemmen met ..." (the government asking is its own plan)
    first = _ACTOR.search(plain, clause_start, ask.start())
    if first is not None:
        referred = _REFERRED.search(plain, clause_start, first.start()) is not None
        return _ASKER.fullmatch(first.group()) is not None and at >= first.start() and not referred
    # or right after the verb, in the subject's place: "In het debat vroeg het lid Bosman of ..."
    return at > ask.start() and _ASKER_AFTER.match(plain, ask.end()) is not None
