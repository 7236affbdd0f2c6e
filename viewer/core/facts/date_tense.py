"""Whether a day, month, season or recess printed without its year lies ahead of the letter or
behind it, from the tense of the clause it stands in: a future, a present that plans, an intention,
a promise of news; or a past, a perfect, a report, "sinds", this letter telling what it holds. A
relative or subordinate clause around the date speaks of something else ("het onderzoek dat was
aangekondigd"). dates.py asks; resolve.py counts.
"""

from __future__ import annotations

import re

from viewer.core import regex_cache
from viewer.core.facts.clauses import clause_breaks

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
    r"verlengt|beëindigt|"
    # and a contribution's course set: "Nederland trekt de helikopters in juli terug", "bouwt ... in
    # oktober af", "breidt ... in september uit", "levert in mei een fregat"
    r"trekt|trekken|haalt|halen|breidt|breiden|bouwt|bouwen|verkleint|verkleinen|levert|leveren|"
    r"reserveert|investeert|financiert|verhoogt|verlaagt)\b",
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


_MODAL = regex_cache.compile(r"\b(?:moet|moeten|kan|kunnen|zal|zullen|mag|mogen|dient|dienen)\b", re.IGNORECASE)
_WOULD = regex_cache.compile(r"\b(?:zou|zouden)\b", re.IGNORECASE)


def in_past_clause(text: str, start: int, end: int, *, strict: bool = False) -> bool:
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
    own_end = _opened_after(window, end - lo, clause_end)
    # a future in the past: "Er werd afgesproken dat de evaluatie uiterlijk 1 juni gereed zou zijn"
    if _WOULD.search(window, end - lo, own_end) is not None:
        return True
    # "uiterlijk op" a day reads as a day of the past with any past or perfect in its own clause:
    # "De consortia dienden uiterlijk op 15 mei hun voorstellen in", "heeft uiterlijk op 1 december besloten"
    return (
        strict
        and _MODAL.search(window, clause_start, own_end) is None  # "moet uiterlijk op 1 oktober gereed zijn"
        and any(pattern.search(window, clause_start, own_end) is not None for pattern in (_WAS, _NARRATED, _PERFECT))
    )


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


# A promise made, with its time in what was promised: "De minister heeft toegezegd de Kamer voor het
# zomerreces te informeren" (the time lies after the promise, which may be before the letter or not)
_PROMISED = regex_cache.compile(r"\b(?:toegezegd|beloofd|aangekondigd|afgesproken)\b", re.IGNORECASE)


def promised_before(text: str, start: int, end: int, *, past: bool = False) -> bool:
    """Does the date at [start, end) stand in the "te ..." of a promise in the perfect ("heeft
    toegezegd ... voor het zomerreces te informeren")? Its time is the nearest such one. With
    `past`, a promise in the simple past counts too ("zegde de minister toe ... te informeren")."""
    lo, hi = max(0, start - _CLAUSE_REACH), min(len(text), end + _CLAUSE_REACH)
    window, clause_start, clause_end = _clause(text, lo, hi, start, end)
    date_start, date_end = start - lo, end - lo
    if _TE_INFINITIVE.search(window, date_end, clause_end) is None:
        return False
    promise = _PROMISED.search(window, clause_start, date_start)
    if promise is not None and _PERFECT.search(window, clause_start, promise.start()) is not None:
        return True
    return past and _PROMISED_PAST.search(window, clause_start, date_start) is not None


# "Op 7 februari jl. zegde de minister toe uw Kamer voor de zomer te informeren"
_PROMISED_PAST = regex_cache.compile(r"\b(?:zegde|zegden)\b.*?\btoe\b|\b(?:beloofde|beloofden)\b", re.IGNORECASE)


_RIGHT_AFTER = regex_cache.compile(r"\s+(?:(?:op|voor|vóór|na|tijdens|rond|in|bij|met)\s+)(?:het\s+|de\s+)?")
# a promise made then, said of what it promised: "de voor het zomerreces toegezegde brief"
_PROMISED_THEN = regex_cache.compile(r"\s+(?:toegezegde|aangekondigde|beloofde|afgesproken|gevraagde)\b", re.IGNORECASE)


def _said_then(window: str, clause_start: int, clause_end: int, date_start: int) -> bool:
    """Is the date the time of a "zoals ... toegezegd": inside it ("Zoals voor het zomerreces
    toegezegd, ..."), or in an aside of its own (", zoals toegezegd voor het zomerreces,")? Not
    where the promise is kept in the clause ("Zoals toegezegd ontvangt u na het zomerreces ...")."""
    for said in _AS_SAID.finditer(window, clause_start, clause_end):
        if said.start() < date_start < said.end() or _RIGHT_AFTER.fullmatch(window, said.end(), date_start):
            return True  # "Zoals voor het zomerreces toegezegd", "Zoals aangekondigd op Prinsjesdag"
        if said.end() <= date_start and not _VERB.search(window, said.end(), date_start):
            return True  # still in it: "Zoals toegezegd tijdens het AO van 2 februari ontvangt u ..."
        aside = window[clause_start : said.start()].strip() == ""
        if aside and date_start > said.end() and not _PRESENT.search(window, clause_start, clause_end):
            return not _INFORMS.search(window, clause_start, clause_end)
    return False


def told_in_past(text: str, start: int, end: int) -> bool:
    """Does the clause of the date at [start, end) tell of the past: a past tense or a perfect (not
    in a relative clause after the date), "sinds" before it, news about that time ("informeer ik u
    over de ontwikkelingen tijdens het zomerreces"), or this letter telling what it holds
    ("Hiermee informeer ik u over ... tijdens het kerstreces"; not "de toezegging om uw Kamer voor
    Prinsjesdag te informeren", what is to be done)?"""
    lo, hi = max(0, start - _CLAUSE_REACH), min(len(text), end + _CLAUSE_REACH)
    window, clause_start, clause_end = _clause(text, lo, hi, start, end)
    told = _before_relative(window, end - lo, clause_end)
    date_start = start - lo
    own_start = clause_start  # the date's own clause: after a "dat", "die" ... before it
    for opener in _OPENER.finditer(window, clause_start, date_start):
        own_start = opener.end()
    if (
        _PAST.search(window, own_start, told) is not None
        or _perfect(window, own_start, told)
        or _NARRATED.search(window, own_start, told) is not None
        or _said_then(window, clause_start, told, date_start)
        or _PROMISED_THEN.match(window, end - lo) is not None
        or _SINCE.search(window, max(0, date_start - 16), date_start) is not None
    ):
        return True
    if _UNTIL.search(window, max(0, date_start - 16), date_start) is not None:
        return False  # a time up to which looks ahead: "over de planning tot Prinsjesdag"
    verb = _INFORMS.search(window, clause_start, date_start)
    if (
        verb is not None
        and _ABOUT.search(window, verb.end(), date_start)
        and not _PRESENT.search(window, end - lo, told)
    ):
        # what the news is about: "informeer ik u over de ontwikkelingen tijdens het zomerreces" (not
        # "over de besluiten die op Prinsjesdag worden gepresenteerd")
        return True
    return (
        _THIS_LETTER.search(window, clause_start, clause_end) is not None
        and _TE_INFINITIVE.search(window, end - lo, clause_end) is None
    )


# ... not a plan in the perfect's form: "Het AO is gepland voor het zomerreces"
_PLANNED = regex_cache.compile(r"\s+(?:\S+\s+){0,2}?(?:gepland|voorzien|geagendeerd|beoogd|verwacht|nodig|mogelijk)\b")


def _perfect(window: str, start: int, end: int) -> bool:
    """Is there a perfect in window[start:end] that is no plan ("is gepland", "is nodig")?"""
    return any(_PLANNED.match(window, m.end()) is None for m in _PERFECT.finditer(window, start, end))


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


# a verb that ends a "zoals ..." phrase and opens the main clause after it
_VERB = regex_cache.compile(
    rf"{_FUTURE.pattern}|{_PRESENT.pattern}|{_INFORMS.pattern}|\b(?:is|zijn|heeft|hebben)\b", re.I
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
        and not _said_then(window, clause_start, clause_end, date_start)
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
    if _said_then(window, clause_start, told, date_start):
        return (
            False  # the time of a promise or announcement made: "Zoals aangekondigd in de brief van 4 juli wordt ..."
        )
    # a "zal" after the date's own clause (a "dat" or "die" clause) is not the date's when that
    # clause is past or perfect: "Het kabinet heeft in juni besloten dat de missie zal worden verlengd"
    own_start = clause_start
    for opener in _OPENER.finditer(window, clause_start, date_start):
        own_start = opener.end()
    own_end = _opened_after(window, date_end, told)
    # ... but a limit up to which stays ahead: "zal ... informeren over de resultaten die tot 1 september zijn behaald"
    if _FUTURE.search(window, clause_start, clause_end) is not None and (
        _FUTURE.search(window, own_start, own_end) is not None
        or _PERFECT.search(window, own_start, own_end) is None
        or _UNTIL.search(window, max(0, date_start - 16), date_start) is not None
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
