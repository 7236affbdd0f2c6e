"""What the words right before a date say about it: whether a bare month or year is a date at
all (a preposition or a word naming a period before it), its role (deadline or start), and
whether a day or month printed without a year lies ahead. dates.py reads the dates themselves.

Each pattern is anchored at the end of the text before the date and is only run when the last
word before the date can end one of its matches (`_ENDINGS`), looked up without copying the text.
"""

from __future__ import annotations

import re

from viewer.core import regex_cache
from viewer.core.facts.clauses import clause_breaks
from viewer.core.facts.context import back

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
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
)
_START_WORDS = (
    *(r"met\s+ingang\s+van", r"m\.i\.v\.", "vanaf", "sinds", "sedert", "per", "ingaande"),
    *(r"start\s+op", r"starten\s+op", r"begint\s+op", r"beginnen\s+op", r"aanvangt\s+op"),
    *(r"start\s+in", r"starten\s+in", r"begint\s+in", r"beginnen\s+in"),
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
    # "De missie loopt tot 1 juli", "duurt tot en met 31 december"
    *(r"(?:loopt|lopen|duurt|duren)\s+tot", r"(?:loopt|lopen|duurt|duren)\s+tot\s+en\s+met"),
)
AHEAD = regex_cache.compile(rf"(?i:\b(?:{'|'.join(_AHEAD_WORDS)})\s+){_WEEKDAY}$")


# A clause in the future tense: "Het kabinet zal uw Kamer voor 1 juli informeren", "Op 15 oktober
# zullen de ministers bijeenkomen". A day or month without a year there lies ahead too.
_FUTURE = regex_cache.compile(r"\b(?:zal|zullen)\b", re.IGNORECASE)
# ... and in the present tense, which Dutch uses for what is planned: "Op 20 oktober vindt de
# bijeenkomst plaats", "In december loopt het mandaat af", "Uw Kamer ontvangt voor 1 maart ...". A
# letter tells what happened in the past tense or the perfect, not in the present; the present
# verbs are the ones letters plan with.
_PRESENT = regex_cache.compile(
    r"\b(?:vindt|vinden|loopt|lopen|neemt|nemen|vertrekt|vertrekken|keert|keren|start|starten|begint|"
    r"beginnen|eindigt|eindigen|volgt|volgen|verschijnt|verschijnen|komt|komen|gaat|gaan|wordt|worden|"
    r"ontvangt|ontvangen|treedt|treden|stopt|stoppen|verloopt|vervalt|informeert|informeren|stuurt|sturen|"
    r"besluit|besluiten|beslist|beslissen|vertrekt|landt|landen|arriveert|arriveren|opent|openen|"
    r"verlengt|beëindigt)\b",
    re.IGNORECASE,
)
# ... unless a verb in the past tense shares it: "De evaluatie die in juli werd gepubliceerd zal ..."
_PAST = regex_cache.compile(r"\b(?:werd|werden|was|waren|had|hadden)\b", re.IGNORECASE)
# ... and for the present, the perfect too: "Op 15 augustus is de training gestart", "heeft ... plaatsgevonden"
_PERFECT = regex_cache.compile(r"\b(?:is|zijn|heeft|hebben|hebt|heb)\b", re.IGNORECASE)
# ... and an intention with the day in what is intended: "is voornemens de inzet in januari te
# beëindigen", "Wij zijn bereid uw Kamer voor de zomer te informeren" (not "heeft in januari besloten
# ... te verlengen": the day of the decision)
_INTENT = regex_cache.compile(
    r"\b(?:voornemens|bereid|van\s+plan|besloten|toegezegd|beoogt|beogen|streeft|streven|wil|willen)\b",
    re.IGNORECASE,
)
_TE_INFINITIVE = regex_cache.compile(r"\bte\s+[a-zë]+(?:en|n)\b")
# ... but not a day that qualifies a noun of the past: "de in september gestarte training", "de op 15
# augustus gesloten overeenkomst" (an article, then the day's preposition)
_ATTRIBUTIVE = regex_cache.compile(
    r"\b(?:de|het|een|deze|die)\s+(?:in|op|tijdens|per|sinds|vanaf|eind|begin|medio)\s+$", re.I
)
# ... or a participle right after the day: "de tijdens de NAVO-top in juli gemaakte afspraken"
_PARTICIPLE_AFTER = regex_cache.compile(r"\s+(?!te\b)[a-zë]{4,}(?:de|te|en)\s+[a-zë]")
_TENSE = regex_cache.compile(rf"{_FUTURE.pattern}|{_PRESENT.pattern}|{_INTENT.pattern}", re.IGNORECASE)
# The present speaks of this letter ("Eveneens wordt in deze brief voldaan aan uw verzoek ... over
# de bijeenkomst van 2 juni"), or of a state since a day ("Sinds 1 oktober neemt Nederland deel"):
# neither plans ahead. And a present verb far from the date tells little about it.
_THIS_LETTER = regex_cache.compile(r"\b(?:(?:in|met|bij)\s+deze\s+brief|hierbij|hiermee)\b", re.IGNORECASE)
_SINCE = regex_cache.compile(r"\b(?:sinds|sedert)\s+$", re.IGNORECASE)
_PRESENT_REACH = 100
# how far a clause is looked at either side of a date: a "sentence" of pages (a table copied from a
# PDF) must not have each of its dates split it into clauses again
_CLAUSE_REACH = 300


def _clause(text: str, lo: int, hi: int, start: int, end: int) -> tuple[str, int, int]:
    """text[lo:hi], and where in it the clause around the date at [start, end) starts and ends."""
    window = text[lo:hi]
    clause_start, clause_end = 0, len(window)
    for brk_start, brk_end in clause_breaks(window):
        if brk_end <= start - lo:
            clause_start = brk_end
        elif brk_start >= end - lo:
            clause_end = brk_start
            break
    return window, clause_start, clause_end


# ... and a past tense, or what had to be, beside a day that "uiterlijk" names: "De aanvraag werd
# uiterlijk 1 februari ingediend", "Het rapport moest uiterlijk op 15 januari gereed zijn"
_WAS = regex_cache.compile(rf"{_PAST.pattern}|\b(?:moest|moesten)\b", re.IGNORECASE)


_WOULD = regex_cache.compile(r"\b(?:zou|zouden)\b", re.IGNORECASE)


def in_past_clause(text: str, start: int, end: int) -> bool:
    """Does the clause of the date at [start, end) speak in the past tense before the date? (A
    relative clause after it tells of its own noun: "Ik zal u uiterlijk 1 december informeren over
    het onderzoek dat was aangekondigd".)"""
    lo, hi = max(0, start - _CLAUSE_REACH), min(len(text), end + _CLAUSE_REACH)
    window, clause_start, clause_end = _clause(text, lo, hi, start, end)
    date_start = start - lo
    # the date's own clause: after a "dat", "die" ... that opens one before it ("Het kabinet had
    # besloten dat de missie per 1 januari eindigt")
    for opener in _OPENER.finditer(window, clause_start, date_start):
        clause_start = opener.end()
    was = None
    for was in _WAS.finditer(window, clause_start, date_start):  # noqa: B007 - the last one is wanted
        continue
    # ... and not a past of the subject's own ("De eenheid die in Gao was gestationeerd keert per 1 juli terug")
    if was is not None and _PRESENT.search(window, was.end(), date_start) is None:
        return True
    # a future in the past: "Er werd afgesproken dat de evaluatie uiterlijk 1 juni gereed zou zijn"
    return _WOULD.search(window, end - lo, _opened_after(window, end - lo, clause_end)) is not None


# The simple past of verbs letters report with, beside werd/was/had (`_PAST`): "De commissie
# vergaderde voor het herfstreces", "Tijdens het zomerreces bezocht de minister Irak"
_NARRATED = regex_cache.compile(
    r"\b(?:vergaderde|vergaderden|besprak|bespraken|bezocht|bezochten|sprak|spraken|vond|vonden|plaatsvond|"
    r"plaatsvonden|kwam|kwamen|ging|gingen|nam|namen|gaf|gaven|bleef|bleven|besloot|sloot|sloten|trok|trokken|"
    r"stuurde|stuurden|informeerde|informeerden|ontving|ontvingen|bracht|brachten|leverde|leverden|keerde|"
    r"keerden|vertrok|vertrokken|begon|startte|startten|eindigde|eindigden|verscheen|verschenen|stelde|stelden|"
    r"presenteerde|presenteerden|verlengde|verlengden|maakte|maakten|opende|openden|hield|hielden|lag|lagen|"
    r"kondigde|kondigden|diende|dienden|stond|stonden|zag|zagen|zette|besprak|debatteerde|debatteerden)\b",
    re.IGNORECASE,
)


# "Zoals voor het zomerreces toegezegd, ...": a promise or plan made then
_AS_SAID = regex_cache.compile(
    r"\bzoals\b[^,;]*\b(?:toegezegd|aangekondigd|afgesproken|overeengekomen|gemeld|vermeld)\b", re.IGNORECASE
)
_UNTIL = regex_cache.compile(r"\b(?:tot|voor|vóór|uiterlijk|vanaf)\s+(?:het\s+|de\s+)?$", re.IGNORECASE)


def told_in_past(text: str, start: int, end: int) -> bool:
    """Does the clause of the date at [start, end) tell of the past: a past tense or a perfect (not
    in a relative clause after the date), "sinds" before it, news about that time ("informeer ik u
    over de ontwikkelingen tijdens het zomerreces"), or this letter telling what it holds
    ("Hiermee informeer ik u over ... tijdens het kerstreces"; not "de toezegging om uw Kamer voor
    Prinsjesdag te informeren", what is to be done)?"""
    lo, hi = max(0, start - _CLAUSE_REACH), min(len(text), end + _CLAUSE_REACH)
    window, clause_start, clause_end = _clause(text, lo, hi, start, end)
    told = _before_relative(window, end - lo, clause_end)
    if (
        _PAST.search(window, clause_start, told) is not None
        or _PERFECT.search(window, clause_start, told) is not None
        or _NARRATED.search(window, clause_start, told) is not None
        or _AS_SAID.search(window, clause_start, told) is not None
        or _SINCE.search(window, max(0, start - lo - 16), start - lo) is not None
    ):
        return True
    date_start = start - lo
    if _UNTIL.search(window, max(0, date_start - 16), date_start) is not None:
        return False  # a time up to which looks ahead: "over de planning tot Prinsjesdag"
    verb = _INFORMS.search(window, clause_start, date_start)
    if verb is not None and _ABOUT.search(window, verb.end(), date_start):
        return True  # what the news is about: "informeer ik u over de ontwikkelingen tijdens het zomerreces"
    return (
        _THIS_LETTER.search(window, clause_start, clause_end) is not None
        and _TE_INFINITIVE.search(window, end - lo, clause_end) is None
    )


# What opens a clause of its own before a date: a subordinate or relative clause
_OPENER = regex_cache.compile(
    r"\b(?:dat|die|wat|welke|waar\w*|of|omdat|zodat|nadat|voordat|wanneer|terwijl|hoewel)\b", re.IGNORECASE
)


# News promised to the Kamer in the present tense, by a season, recess or Prinsjesdag: "Voor het
# kerstreces informeer ik uw Kamer", "Na de zomer stuur ik u de evaluatie". Only those dates ask:
# a day beside these verbs is mostly an event's ("informeer ik u over de Raad van 14 november").
_INFORMS = regex_cache.compile(
    r"\b(?:informeer|informeert|informeren|stuur|stuurt|sturen|zend|zendt|ontvangt|ontvangen)\b", re.IGNORECASE
)


def in_promise_clause(text: str, start: int, end: int) -> bool:
    """Does the clause around the date at [start, end) promise the Kamer news by that time, in the
    present tense? Not with a past or perfect beside it ("de besluiten die tijdens het zomerreces
    zijn genomen"), about this letter ("Hierbij informeer ik u over ... in het najaar"), since the
    time ("sinds de zomer"), nor where the time is part of what the news is about ("informeer ik u
    over de ontwikkelingen tijdens het zomerreces")."""
    lo, hi = max(0, start - _CLAUSE_REACH), min(len(text), end + _CLAUSE_REACH)
    if _INFORMS.search(text, lo, hi) is None:
        return False
    window, clause_start, clause_end = _clause(text, lo, hi, start, end)
    date_start, date_end = start - lo, end - lo
    clause_end = _before_relative(window, date_end, clause_end)
    verb = _INFORMS.search(window, clause_start, clause_end)
    return (
        verb is not None
        and _PAST.search(window, clause_start, clause_end) is None
        and _PERFECT.search(window, clause_start, clause_end) is None
        and _THIS_LETTER.search(window, clause_start, clause_end) is None
        and _SINCE.search(window, max(0, date_start - 16), date_start) is None
        and not (verb.end() <= date_start and _ABOUT.search(window, verb.end(), date_start))
    )


# A relative clause after a date ("de maatregelen die nodig zijn", "het onderzoek dat was
# aangekondigd") tells of its own noun, not when the date's verb happens
_RELATIVE_AFTER = regex_cache.compile(r"\s(?:die|dat|welke|waar(?:om|in|over|op|aan|mee|van|voor|bij)?)\s", re.I)
# what news is about: "informeer ik u over de ontwikkelingen tijdens het zomerreces"
_ABOUT = regex_cache.compile(r"\b(?:over|inzake|omtrent|betreffende|aangaande)\b", re.IGNORECASE)


def _opened_after(window: str, date_end: int, clause_end: int) -> int:
    """`clause_end`, or where a subordinate or relative clause opens after the date."""
    found = _OPENER.search(window, date_end, clause_end)
    return found.start() if found else clause_end


def _before_relative(window: str, date_end: int, clause_end: int) -> int:
    """`clause_end`, or where a relative clause opens after the date."""
    found = _RELATIVE_AFTER.search(window, date_end, clause_end)
    return found.start() if found else clause_end


def in_future_clause(text: str, start: int, end: int) -> bool:
    """Does the clause around the date at [start, end) speak of what lies ahead: in the future tense
    ("zal", "zullen"), or in the present tense of a verb that plans ("vindt ... plaats", "loopt af")
    with no perfect beside it? A clause ends at a break of clauses.py; "zoals op 7 juli toegezegd,"
    is a clause of its own."""
    lo, hi = max(0, start - _CLAUSE_REACH), min(len(text), end + _CLAUSE_REACH)
    if _TENSE.search(text, lo, hi) is None:
        return False  # most dates: no future or present in sight
    window, clause_start, clause_end = _clause(text, lo, hi, start, end)
    # a past or perfect in a relative clause after the date is its noun's ("de eenheid die in Kaunas
    # is gestationeerd"); a "zal" or "te ..." after that clause is still the date's verb
    told = _before_relative(window, end - lo, clause_end)
    if _PAST.search(window, clause_start, told) is not None:
        return False
    date_start, date_end = start - lo, end - lo
    # a "zal" after the date's own clause (a "dat" or "die" clause) is not the date's when that
    # clause is past or perfect: "Het kabinet heeft in juni besloten dat de missie zal worden verlengd"
    own_start = clause_start
    for opener in _OPENER.finditer(window, clause_start, date_start):
        own_start = opener.end()
    own_end = _opened_after(window, date_end, told)
    if _FUTURE.search(window, clause_start, clause_end) is not None and (
        _FUTURE.search(window, own_start, own_end) is not None or _PERFECT.search(window, own_start, own_end) is None
    ):
        return True
    intent = _INTENT.search(window, clause_start, date_start)
    if (
        intent is not None
        # "is voornemens de inzet in januari te beëindigen", "... de inzet te verlengen tot december"
        and _TE_INFINITIVE.search(window, intent.end(), clause_end)
        and not _ATTRIBUTIVE.search(window, max(clause_start, date_start - 20), date_start)
        and not _PARTICIPLE_AFTER.match(window, date_end)
    ):
        return True
    near = _PRESENT.search(
        window, max(clause_start, date_start - _PRESENT_REACH), min(clause_end, date_end + _PRESENT_REACH)
    )
    return (
        near is not None
        and _PERFECT.search(window, clause_start, told) is None
        and _THIS_LETTER.search(window, clause_start, clause_end) is None
        and _SINCE.search(window, max(0, date_start - 8), date_start) is None
    )


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
        return "deadline"
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
