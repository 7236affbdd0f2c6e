"""Counts of personnel that are no contingent sent: the wounded and the dead ("Vier militairen zijn
gewond geraakt", "Het Afghaanse leger verloor circa 10.000 militairen"), local forces a coalition
trains ("4.000 militairen van het Iraakse leger opgeleid", "800 militairen uit Mali getraind"), and
ratios ("Eén op de vijf militairen", "twee militairen per voertuig").
"""

from __future__ import annotations

import re

from viewer.core import regex_cache
from viewer.core.facts.requested import asked_for

# A count of the wounded or the dead is no troop number: "Vier militairen zijn gewond geraakt"
_CASUALTY = regex_cache.compile(
    r"\b(?:gewond|gewonden|zwaargewond|lichtgewond|verwond|gesneuveld|sneuvelde|sneuvelden|omgekomen|"
    r"kwam\s+om|kwamen\s+om|(?:kwam|kwamen)\s+[^,;.]{1,60}?\s+om(?=\s*[,;.]|$)|om\s+het\s+leven|gedood|overleden|vermist|vermisten|doden|dodelijk|"
    r"verloor|verliest|omkwam|omkwamen|omkomen|gegijzeld|ontvoerd|gevangengenomen)\b",
    re.IGNORECASE,
)
_CASUALTY_REACH = 80  # characters either side of a count, within its clause
_CASUALTY_STEMS = (
    "gewond",
    "verwond",
    "sneuvel",
    "omgekomen",
    "kwam",
    "leven",
    "gedood",
    "overleden",
    "vermist",
    "dod",
    "verlo",
    "verlie",
    "omk",
    "gijzel",
    "ontvoer",
    "gevangen",
)
_ATTRIBUTIVE = regex_cache.compile(r"\b(?:de|het|hun|onze)\s+$", re.IGNORECASE)
# whose forces: the countries and forces a coalition trains, after the counted noun
_LOCAL_OWNER = regex_cache.compile(
    r"\s+(?:van\s+(?:het\s+|de\s+)?(?:Iraakse|Koerdische|Syrische|Libische|Afghaanse|Malinese|Somalische|Peshmerga)"
    # ... or from where trainees come: "800 militairen uit Mali getraind" (not "150 militairen uit Mali
    # teruggehaald", the contingent coming home)
    r"|uit\s+(?:Irak|Syrië|Afghanistan|Mali|Libië|Somalië|Koerdistan)\b(?=[^.;:]{0,60}?\b(?:getraind|opgeleid)\b))"
)
# a count of local forces right before "en" and this count: "450 Iraakse officieren en 120 onderofficieren"
_LOCAL_BEFORE = regex_cache.compile(
    r"\b\d[\d.]*\s+(?:Iraakse|Koerdische|Syrische|Libische|Afghaanse|Malinese|Somalische|Peshmerga)"
    r"[\w-]*\s+[\w-]+\s+en\s+$"
)
_OWNER_NAMED = regex_cache.compile(r"\b[A-Z][a-zë]+(?:se|sche)\b")
_PER_THING_BEFORE = regex_cache.compile(
    r"(?i:\bper\s+(?:voertuig|vliegtuig|toestel|schip|helikopter|team|patrouille|konvooi|post|wachtpost|ploeg)"
    r"\s+(?:zijn|is|worden|wordt|gaan|gaat|rijden|rijdt|vliegen|vliegt)\s+(?:er\s+)?)$"
)
# "één op de vijf militairen"; "twee militairen per voertuig"
_ONE_IN = regex_cache.compile(r"(?i:\b(?:één|eén|een|\d+)\s+op\s+(?:de\s+)?)$")
_PER_THING = regex_cache.compile(
    r"\s+per\s+(?:voertuig|vliegtuig|toestel|schip|helikopter|team|patrouille|konvooi|post|wachtpost|ploeg)\b"
)


def no_contingent(text: str, start: int, end: int) -> bool:
    """Does the count at [start, end) count the fallen, local trainees or a ratio, not a contingent,
    or is it what the Kamer asks for (requested.py)?"""
    if _LOCAL_OWNER.match(text, end) or _PER_THING.match(text, end) or asked_for(text, start):
        return True
    if (
        " en " in text[max(0, start - 5) : start]
        and _LOCAL_BEFORE.search(text, max(0, start - 80), start)
        and not _OWNER_NAMED.search(text, start, end)  # "... en 20 Nederlandse instructeurs": theirs
    ):
        return True  # "450 Iraakse officieren en 120 onderofficieren getraind": the second are Iraqi too
    if " op " in text[max(0, start - 12) : start] and _ONE_IN.search(text, max(0, start - 16), start):
        return True
    if "er " in text[max(0, start - 40) : start] and _PER_THING_BEFORE.search(text, max(0, start - 40), start):
        return True  # "Per voertuig zijn 4 militairen nodig"
    return _casualties(text, start, end)


def _casualties(text: str, start: int, end: int) -> bool:
    """Does the clause around the count at [start, end) count the wounded or the dead?"""
    lo, hi = max(0, start - _CASUALTY_REACH), min(len(text), end + _CASUALTY_REACH)
    for stop in (",", ";", ":"):
        lo = max(lo, text.rfind(stop, lo, start) + 1)
        cut = text.find(stop, end, hi)
        hi = cut if cut >= 0 else hi
    window = text[lo:hi].casefold()
    if not any(word in window for word in _CASUALTY_STEMS):
        return False  # nearly every count: none of the words in sight
    # not of others named with it: "ter vervanging van de omgekomen collega's", "de gewonde burgers"
    return any(
        not _ATTRIBUTIVE.search(text, max(lo, m.start() - 8), m.start()) for m in _CASUALTY.finditer(text, lo, hi)
    )
