"""What the words right before a date say about it: whether a bare month or year is a date at
all (a preposition or a word naming a period before it), its role (deadline or start), and
whether a day or month printed without a year lies ahead. dates.py reads the dates themselves.

Each pattern is anchored at the end of the text before the date and is only run when the last
word before the date can end one of its matches (`_ENDINGS`), looked up without copying the text.
"""

from __future__ import annotations

import re

from viewer.core import regex_cache
from viewer.core.dutch import WEEKDAYS
from viewer.core.facts.context import back

_WEEKDAY = rf"(?:(?i:{'|'.join(WEEKDAYS)})\s+)?"
# A bare month or year needs one of these right before it to be a date.
_PREPOSITION_WORDS = (
    *("in", "sinds", "sedert", "voor", "vóór", "uit", "na", "tot", r"tot\s+en\s+met", "t/m", "vanaf", "per"),
    *("van", "over", "rond", "omstreeks", "tussen", "eind", "begin", "medio"),
    # "gedurende 2017", "in heel 2017", "het jaar 2017", "de periode 2017-2019", "betrekking op 2018"
    *("gedurende", "tijdens", "heel", "jaar", "jaren", "periode", r"betrekking\s+op"),
)
# "loopt af op", "eindigt op", "start op": the verb says which end of the period the date is
_DEADLINE_WORDS = (
    *(r"tot\s+en\s+met", "t/m", "tot", "uiterlijk", "vóór", "voor"),
    *(r"af\s+op", r"eindigt\s+op", r"eindigen\s+op", r"afloopt\s+op", r"aflopen\s+op"),
    *(r"beëindiging\s+op", r"beëindigd\s+op", r"stopt\s+op", r"stoppen\s+op", r"uiterlijk\s+in"),
    *(r"uiterlijk\s+op", r"uiterlijk\s+met", r"uiterlijk\s+bij"),
    *(r"eindigt\s+in", r"eindigen\s+in", r"afloopt\s+in", r"niet\s+later\s+dan"),
    # "Het mandaat verloopt op 30 juni 2019"
    *(r"verloopt\s+op", r"verlopen\s+op", r"vervalt\s+op", r"vervallen\s+op", r"verloopt\s+in", r"verlopen\s+in"),
    # "Het mandaat verloopt eind 2019", "De missie eindigt ultimo 2019": the verb right before the date
    *("verloopt", "verlopen", "eindigt", "eindigen", "afloopt"),
)
_START_WORDS = (
    *(r"met\s+ingang\s+van", r"m\.i\.v\.", "vanaf", "sinds", "sedert", "per", "ingaande"),
    *(r"start\s+op", r"starten\s+op", r"begint\s+op", r"beginnen\s+op", r"aanvangt\s+op"),
    *(r"start\s+in", r"starten\s+in", r"begint\s+in", r"beginnen\s+in"),
    # "De training begint eind 2018", "start 1 juli": the verb right before the date
    *("begint", "beginnen", "start", "starten"),
)
# "tot het einde van 2017", "vanaf het najaar van 2016": an article may stand between
ARTICLE = r"(?:het\s+|de\s+)?"
_BEFORE_WORDS = ("vóór", "voor")
PREPOSITION = regex_cache.compile(rf"(?i:\b(?:{'|'.join(_PREPOSITION_WORDS)})\s+)$")
_DEADLINE = regex_cache.compile(rf"(?i:\b(?:{'|'.join(_DEADLINE_WORDS)})\s+{ARTICLE}){_WEEKDAY}$")
_START = regex_cache.compile(rf"(?i:\b(?:{'|'.join(_START_WORDS)})\s+{ARTICLE}){_WEEKDAY}$")
_BEFORE = regex_cache.compile(rf"(?i:\b(?:{'|'.join(_BEFORE_WORDS)})\s+)$")
# words after which a day or month without a year lies ahead: "uiterlijk 1 oktober", "vanaf 1 oktober",
# and a start or end in the present tense: "De inzet start op 1 oktober", "loopt af op 1 juli"
# ("tot en met juli" may look back: "De realisatie in 2016 tot en met juli bedroeg ...")
_AHEAD_WORDS = (
    *("uiterlijk", r"uiterlijk\s+op", r"uiterlijk\s+met", r"uiterlijk\s+bij", "vanaf", "per", "ingaande"),
    *(r"met\s+ingang\s+van", r"m\.i\.v\."),
    *(r"start\s+op", r"starten\s+op", r"begint\s+op", r"beginnen\s+op", r"loopt\s+af\s+op", r"lopen\s+af\s+op"),
    *(r"eindigt\s+op", r"eindigen\s+op", r"afloopt\s+op", r"aflopen\s+op", r"stopt\s+op", r"stoppen\s+op"),
    *(r"verloopt\s+op", r"verlopen\s+op", r"vervalt\s+op", r"vervallen\s+op"),
    # "De missie loopt tot 1 juli", "duurt tot en met 31 december"
    *(r"(?:loopt|lopen|duurt|duren)\s+tot", r"(?:loopt|lopen|duurt|duren)\s+tot\s+en\s+met"),
)
AHEAD = regex_cache.compile(rf"(?i:\b(?:{'|'.join(_AHEAD_WORDS)})\s+){_WEEKDAY}$")


def _last_words(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(phrase.split(r"\s+")[-1].replace("\\", "") for phrase in phrases)


# Per pattern, the words its match can end with before the date: a date whose last word before it
# ends with none of them cannot have that role or preposition, and the pattern need not run.
_ENDINGS: dict[re.Pattern[str], tuple[str, ...]] = {
    PREPOSITION: _last_words(_PREPOSITION_WORDS),
    _DEADLINE: (*_last_words(_DEADLINE_WORDS), *WEEKDAYS, "het", "de"),
    _START: (*_last_words(_START_WORDS), *WEEKDAYS, "het", "de"),
    _BEFORE: _last_words(_BEFORE_WORDS),
    AHEAD: (*_last_words(_AHEAD_WORDS), *WEEKDAYS),
}
_LONGEST_ENDING = max(len(word) for words in _ENDINGS.values() for word in words)
# How many runs of whitespace a match of any of them holds at most ("met ingang van het vrijdag "),
# and how many characters when each run is a single space.
_TAIL_RUNS = 5
_TAIL_CHARS = (
    max(
        len(phrase.replace(r"\s+", " ").replace("\\", "")) + 1
        for phrase in (*_PREPOSITION_WORDS, *_DEADLINE_WORDS, *_START_WORDS, *_BEFORE_WORDS)
    )
    + len("het ")
    + max(len(day) + 1 for day in WEEKDAYS)
)


def word_before(text: str, at: int) -> tuple[int, str] | None:
    """The word (a run of word characters) that whitespace separates from position `at`."""
    if at > 1 and text[at - 1] == " " and not text[at - 2].isspace():
        # mostly: one space, and before it a word that a space or the text's start bounds
        start = text.rfind(" ", 0, at - 1) + 1
        word = text[start : at - 1]
        if word.isalnum():  # what the regex calls \w, but "_"; and no whitespace
            return start, word.casefold()
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == at:
        return None
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):  # what the regex calls \w
        start -= 1
    return (start, text[start:end].casefold()) if start < end else None


def last_word(text: str, end: int) -> str:
    """The word before `end`, case folded, for a quick look at what the patterns below can find
    there: "\x00" (a word nothing ends with) when no whitespace precedes `end`, as every pattern
    ends in whitespace; "" when it cannot tell."""
    if end == 0 or not text[end - 1].isspace():
        return "\x00"
    lo = max(0, end - 40)
    head = text[lo:end].rstrip()
    if lo and len(head) < _LONGEST_ENDING:
        return ""  # mostly whitespace in sight: the word may be cut short
    if not head:
        return "\x00"  # only whitespace before: no word for a pattern to end in
    word = head.rsplit(None, 1)[-1]
    if "ı" in word or "İ" in word:
        return ""  # IGNORECASE takes both for "i", case folding neither
    return word.casefold()


def ends(pattern: re.Pattern[str], text: str, end: int, last: str) -> bool:
    """`pattern.search(text[:end])` for a pattern anchored at the end, without copying the text
    or trying every position of it: `last` (`last_word`) first, then the last few words."""
    if last and not last.endswith(_ENDINGS[pattern]):
        return False
    lo = end - _TAIL_CHARS
    if lo <= 0:
        lo = 0
    else:
        # With single spaces a match holds at most `_TAIL_CHARS` characters. In a longer one, the
        # last run of whitespace longer than a space ends within its last `_TAIL_CHARS` characters
        # and its last two characters are among them (the words before that run make up for at
        # least two): two spaces, or other whitespace, which is unprintable. Then go by words.
        tail = text[lo:end]
        if "  " in tail or not tail.isprintable():
            lo = back(text, end, _TAIL_RUNS)
    return pattern.search(text, lo, end) is not None


# The words a role's pattern can end in; an article, "op" or "in" only after certain words ("tot het",
# "loopt af op", "eindigt in"), which the word before it shows: these stand before many dates.
_LINKS = frozenset({"het", "de", "op", "in"})
_ROLE_ENDINGS = tuple(w for w in (*_ENDINGS[_START], *_ENDINGS[_DEADLINE]) if w not in _LINKS)
_BEFORE_OP = frozenset(
    phrase.split(r"\s+")[-2] for phrase in (*_DEADLINE_WORDS, *_START_WORDS) if phrase.endswith((r"\s+op", r"\s+in"))
)


def _role_may_end(text: str, end: int, last: str) -> bool:
    """False where neither role's pattern can end at `end`, told from the last word or two."""
    if last in _LINKS:
        word = word_before(text, end)
        if word is None:
            return True  # cannot tell
        if last in ("op", "in"):  # the verb is a whole word before it: "loopt af op", "eindigt in"
            verb = word_before(text, word[0])
            if verb is not None and ("ı" in verb[1] or "i̇" in verb[1]):
                return True  # IGNORECASE takes "ı" and "İ" for "i", case folding neither
            return verb is not None and verb[1] in _BEFORE_OP
        before = last_word(text, word[0])
        return not before or before in ("op", "in") or before.endswith(_ROLE_ENDINGS)  # "eindigt op het", "tot het"
    return not last or last.endswith(_ROLE_ENDINGS)


# "per 1 januari 2019 te beëindigen", "met ingang van 1 juli af te bouwen", "zal de inzet in januari
# beëindigen", "dat de inzet in december 2017 eindigt": the day the verb after it ends something is a
# deadline, however the date is introduced
_ENDED_AFTER = regex_cache.compile(
    r"\s+(?:\S+\s+){0,3}?(?:(?:te\s+)?beëindigen|(?:te\s+)?stoppen|af\s+te\s+bouwen|afbouwen|beëindigd|gestopt"
    r"|eindigt|eindigen|afloopt|aflopen)\b"
)


# "tot en met het einde van het mandaat op 30 juni 2017": the end of something, on that day (with a
# month, "geraamd tot het einde van het mandaat in oktober 2016", nr. 597 names when, not a deadline)
_END_OF = regex_cache.compile(r"\b(?:einde|eind|afloop)\s+van\s+(?:het\s+|de\s+)?[\w\-]+\s+op\s+$", re.IGNORECASE)


# "De verkiezingen zijn uitgesteld tot 20 oktober 2018", "... tot volgend jaar": the day the event
# now takes place, not the end of anything
_POSTPONED = regex_cache.compile(
    r"\b(?:uitgesteld|uitstellen|uit\s+te\s+stellen|verschoven|verschuiven|te\s+verschuiven|opgeschoven"
    r"|doorgeschoven|verdaagd|verdagen|te\s+verdagen)\s+tot\s+(?:het\s+|de\s+)?$",
    re.IGNORECASE,
)
_POSTPONED_STEMS = ("stel", "schov", "schuiv", "verdag", "verdaag")


def _postponed(text: str, end: int) -> bool:
    near = text[max(0, end - 60) : end].casefold()  # the pattern's words hold fewer characters, unless spaced out
    if not any(stem in near for stem in _POSTPONED_STEMS):
        return False
    return _POSTPONED.search(text, back(text, end, 5), end) is not None


# the words the two patterns above hold, looked for first: "in 2016", "op 1 juli" stand everywhere
_ENDING_WORDS = ("beëindig", "stop", "bouwen", "eindig", "afloop", "aflopen")
_REACH_AFTER = 80


def _ended_after(text: str, after: int) -> bool:
    if after < 0:
        return False
    near = text[after : after + _REACH_AFTER]
    bound = after + _REACH_AFTER  # the words and verb after the date lie within this
    return any(word in near for word in _ENDING_WORDS) and _ENDED_AFTER.match(text, after, bound) is not None


def _end_of(text: str, end: int) -> bool:
    near = max(0, end - 80)  # the pattern's words hold fewer characters, unless spaced out
    if text.find("ind", near, end) < 0 and text.find("afloop", near, end) < 0:
        return False
    return _END_OF.search(text, back(text, end, 6), end) is not None


def role_of(text: str, end: int, last: str, precision: str, qual: str | None, after: int = -1) -> str | None:
    """The role of the date between `end` and `after` (its end, when known), from the words before
    it (and, for a start, the verb right after it)."""
    if last in ("op", "in") and (_ended_after(text, after) or (last == "op" and _end_of(text, end))):
        return "deadline"  # "De inzet wordt op 1 mei 2017 beëindigd", "tot het einde van het mandaat op ..."
    if not _role_may_end(text, end, last):
        return None  # most dates: neither role's pattern can end here
    if ends(_START, text, end, last):
        if _ended_after(text, after):
            return "deadline"
        return "start"
    if ends(_DEADLINE, text, end, last):
        # "voor 2016" names a budget year; "voor 1 juli 2017" and "voor eind 2017" are deadlines
        if ends(_BEFORE, text, end, last) and precision != "day" and (qual or "").casefold() not in ("eind", "einde"):
            return None
        return None if _postponed(text, end) else "deadline"
    return None


# Month names as letters mostly print them, looked up before `month_number` folds them.


# What a preposition says of a season, recess or Prinsjesdag beyond its role: "na" and "rond" (and
# "omstreeks") another time than "in", "tijdens", "voor" (a deadline) or "sinds" (a start)
_SIDE = {"na": "na", "rond": "rond", "omstreeks": "rond"}


def side_of(text: str, start: int) -> str | None:
    """ "na" or "rond" where that word (an article passed over) stands before the date at `start`."""
    before = word_before(text, start)
    if before and before[1] in ("het", "de"):
        before = word_before(text, before[0])
    return _SIDE.get(before[1]) if before else None
