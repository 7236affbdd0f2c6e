"""Dates: "31 december 2017", "oktober 2016", "eind 2016", "29 april jl.", "9–10 mei jl.",
"maart, april en mei 2016", "dit najaar", "in 2015", "31-12-2017", with their role: deadline after
"tot (en met)", "uiterlijk", "voor" a day or an end, "loopt af op", "eindigt op", "beëindiging op",
"stopt op"; start after "met ingang van", "vanaf", "sinds", "per", "ingaande", "start op", and for
the first date of "van ... tot ...". An article may stand between ("tot het einde van 2017",
"vanaf het najaar van 2016").

Choices (the gold set follows them):
- value by precision: "YYYY-MM-DD", "YYYY-MM" or "YYYY". "eind", "begin", "medio", "half" and the
  seasons make a date approximate and keep the precision of what follows them: "eind 2016" is
  "2016", "eind mei jl." is "2016-05". A clerk compares like with like; inventing a month for
  "eind 2016" would report a change where the letter changed nothing.
- "jl." (jongstleden) and a day or month printed without a year resolve to the latest such day or
  month not after the letter's date; "a.s." (aanstaande) to the next one after it; right after
  "uiterlijk", "vanaf", "met ingang van", "per" or a start or end in the present tense ("start
  op", "loopt af op"), in a clause in the future tense ("zal uw Kamer voor 1 juli informeren") or in
  the present tense of a verb that plans ("Op 20 oktober vindt ... plaats", "In december loopt het
  mandaat af"; not beside a perfect, about this letter, or after "sinds"), to the coming one, the
  letter's day included ("uiterlijk 1 oktober" in a September letter). "tot
  en met juli" keeps the first rule: it may look back ("De realisatie in 2016 tot en met juli
  bedroeg ..."); so does a clause with a verb in the past tense. "dit jaar", "vorig jaar",
  "dit najaar", "eind dit jaar" and "31 december van dit jaar" (one date) resolve against the
  letter's year. Without a letter date these are left out: a guessed year would be a wrong fact.
- a range or list of days or months that share one month or year ("9–10 mei jl.", "20 en 21 juli
  jl.", "3 tot 14 oktober 2016", "maart, april en mei 2016", "van juli tot december 2016", "tussen
  februari en juli 2016") is one fact: value the first, `end` the last. They name one period, and a
  clerk reads them as one. A day printed without a year before a dated one it is listed or ranged
  with takes that one's year: "van 1 januari tot 1 juli 2017", "29 januari en 9 september 2016".
- a bare month or year is a date only after a preposition or a word that names a period ("in
  2015", "Sinds 2015", "voor 2016", "tot en met juli", "gedurende 2017", "het jaar 2017",
  "betrekking op 2018"), as the next of a list of years after one ("in 2017 en 2018", "voor 2016,
  2017 en 2018") or as the label of a budget's line ("2016: € 5,5 miljoen"): elsewhere a four-digit
  number is a count or a reference number. Each year of a
  list is its own fact: unlike the days of a range, each names a period of its own (a budget year).
- a season without a year after a preposition ("voor de zomer", "in het najaar", "na de zomer") is
  its year, approximately, resolved as a month is (the coming one in a promise or a plan, else the
  last), and its text holds the preposition, which says as much as the season; "voor de zomer" is a
  deadline. Not "de winter", which spans two years, nor a season talked about ("De zomer was zwaar").
  A recess of the Kamer is one too: "voor het zomerreces" is a deadline, its year the coming
  summer's in a promise; "het zomerreces van 2018" is 2018, approximately.
- a span of years after such a word ("in de periode 2016-2018") is one period, as a range of days
  is: value the first year, `end` the last. Without that word ("vergaderjaar 2015–2016", "het
  programma 2016-2019") it is a name or a number.
- Prinsjesdag, the day the budget is presented, is the third Tuesday of September: of its year
  where one is printed, else resolved as a day without a year is ("voor Prinsjesdag" in a promise
  is the coming one).
- a date in digits is day-month-year, as Dutch writes it ("31-12-2017", "1/7/2017"), or ISO
  ("2017-12-31"); "2017-2018" (a span of years, a parliamentary year) is not a date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from viewer.core import regex_cache
from viewer.core.dutch import ABBREVIATED_MONTH, MONTH_NAMES, MONTHS, SHORTENED_MONTH, month_number
from viewer.core.facts.context import SentenceContext, lazy_pattern, matches_at, mentions
from viewer.core.facts.date_roles import (
    AHEAD,
    ARTICLE,
    PREPOSITION,
    ends,
    last_word,
    role_of,
    side_of,
    word_before,
)
from viewer.core.facts.date_tense import (
    in_future_clause,
    in_past_clause,
    in_promise_clause,
    promised_before,
    told_in_past,
)
from viewer.core.facts.date_words import (
    BUDGET_DAY_AFTER,
    DEICTIC_YEAR,
    LAST_WORDS,
    NEXT_WORDS,
    ORDINALS,
    PART_WORDS,
    QUAL_WORDS,
    SEASON_WORDS,
    starts,
)
from viewer.core.facts.model import Fact
from viewer.core.facts.numbers import NOT_AFTER, NOT_BEFORE
from viewer.core.facts.resolve import (
    COMING,
    FINISHED,
    RECENT,
    RECESS,
    SEASON_MONTH,
    budget_day_of,
    resolve_day,
    resolve_month,
    season_year,
)

_MONTH = rf"(?i:{MONTH_NAMES})"
_YEAR = r"(?:19|20)\d{2}(?![\w\-–]|[.,]\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_REL = r"(?:jl\.|jongstleden|a\.s\.|aanstaande)"
_QUAL = rf"(?i:{'|'.join(QUAL_WORDS)})"
_PART = rf"(?i:(?:{'|'.join(ORDINALS)})\s+(?:{'|'.join(PART_WORDS)}))"
_SEASON = rf"(?i:{'|'.join(SEASON_WORDS)})"
# ("9, 10 en 11 mei": a comma between days has a space after it; "10,3 dec 2017" is a decimal)
_DAYS = rf"{_DAY}(?:\s*(?:[–-]|t/m|tot(?:\s+en\s+met)?|en|,(?=\s))\s*{_DAY})*"
_MONTHS = rf"{_MONTH}(?:(?:\s*,\s*|\s+en\s+|\s*[–-]\s*|\s+(?:tot(?:\s+en\s+met)?|t/m)\s+){_MONTH})*"

_DATE = regex_cache.compile(
    # ("1 jan. 2019", "1 jan 2019": a shortened month only with its year, as "jan." alone may be a name)
    rf"{NOT_AFTER}(?P<days>{_DAYS})\s+(?P<dmonth>{_MONTH}\b|(?i:{SHORTENED_MONTH})(?=\s+{_YEAR}))"
    rf"(?:\s+(?P<dyear>{_YEAR})|\s+(?P<drel>{_REL}))?"
    rf"|\b(?:(?P<mqual>{_QUAL})\s+)?(?P<months>{_MONTHS})\b(?:\s+(?:van\s+)?(?P<myear>{_YEAR})|\s+(?P<mrel>{_REL}))?"
    rf"|\b(?P<yqual>{_QUAL}|{_SEASON}|{_PART}|(?-i:Q[1-4]))(?:\s+van)?\s+(?P<qyear>{_YEAR})"
    rf"|\b(?:(?P<dqual>{_QUAL}|{_PART}|{_SEASON})\s+(?:van\s+)?)?"
    rf"(?P<deictic>(?i:{'|'.join(DEICTIC_YEAR)})\s+(?:(?i:jaar)|{_SEASON})|(?i:afgelopen)\s+{_SEASON}|(?i:het\s+jaar))\b(?!-)"
    rf"|\b(?i:de|het)\s+(?P<season>{_SEASON})\b(?!-|\s+(?:van\s+)?(?:(?:19|20)\d\d|(?i:{'|'.join(DEICTIC_YEAR)})\b))"
    rf"|{NOT_AFTER}(?P<nday>{_DAY})(?P<nsep>[-/])(?P<nmonth>1[0-2]|0?[1-9])(?P=nsep)(?P<nyear>{_YEAR})"
    rf"|{NOT_AFTER}(?P<iyear>(?:19|20)\d{{2}})-(?P<imonth>1[0-2]|0[1-9])-(?P<iday>3[01]|[12]\d|0[1-9]){NOT_BEFORE}"
    rf"|{NOT_AFTER}(?P<ryear>(?:19|20)\d{{2}})\s?[-–]\s?(?P<ryear2>{_YEAR})"
    rf"|{NOT_AFTER}(?P<byear>{_YEAR})"
    rf"|\b(?P<budget_day>(?i:prinsjesdag))\b(?!-|\s+(?:19|20)\d\d-)(?:\s+(?:van\s+)?(?P<budget_year>{_YEAR})|\s+(?P<budget_rel>{_REL}))?"
)
# Every date holds a month name, a year or "jaar"/a season; a literal alternation finds them fast.
_HINT_WORDS = (*MONTHS, "jaar", "zomer", "winter", "herfst", "lente", "reces")
KEYWORDS = (*_HINT_WORDS, "prinsjesdag", "19", "20")  # and `_YEAR_HINT`: see scan.py
_YEAR_HINT = regex_cache.compile(r"(?:19|20)\d\d")
# "29 januari en 9 september 2016", "29 januari (Kamerstuk 27 925, nr. 570) en 9 september 2016":
# a day printed without a year takes the year of the dated day it is listed with.
_SHARED_YEAR = regex_cache.compile(
    rf"\s*(?:\([^()]*\)\s*)?(?:,|en|–|-|t/m|tot(?:\s+en\s+met)?)\s*{_DAY}\s+(?P<month>{_MONTH})\s+(?P<year>{_YEAR})"
)
_DAY_NUMBER = regex_cache.compile(_DAY)
_MONTH_WORD = regex_cache.compile(_MONTH)
_MONTH_OF = {form: number for name, number in MONTHS.items() for form in (name, name.capitalize(), name.upper())}


def _month(word: str) -> int:
    return _MONTH_OF.get(word) or month_number(word)


def _days(
    text: str, letter: dt.date | None, end: int, days_text: str, month_text: str, year_text: str | None, rel: str | None
) -> tuple[str, str | None] | None:
    month = _month(month_text)
    # one day (a run of digits) or a range or list of them
    days = [int(days_text)] if days_text.isdigit() else [int(d) for d in _DAY_NUMBER.findall(days_text)]
    if year_text:
        year = int(year_text)
    elif (not rel or rel == COMING) and (shared := _SHARED_YEAR.match(text, end)):
        # "30 december en 2 januari 2017": the earlier day falls in the year before
        year = int(shared.group("year")) - (1 if month > _month(shared.group("month")) else 0)
    elif letter is None:
        return None
    else:
        # the days of one range share the year of the last one
        last = resolve_day(days[-1], month, rel, letter)
        if last is None:
            return None
        year = last.year
    try:
        dates = [dt.date(year, month, day) for day in days]
    except ValueError:  # "31 april"
        return None
    return dates[0].isoformat(), (dates[-1].isoformat() if len(dates) > 1 else None)


def _months(
    letter: dt.date | None, months_text: str, year_text: str | None, rel: str | None
) -> tuple[str, str | None] | None:
    single = _MONTH_OF.get(months_text)
    months = [single] if single else [_month(w) for w in _MONTH_WORD.findall(months_text)]
    if year_text:
        last_year = int(year_text)
    elif letter is None:
        return None
    else:
        last_year, _ = resolve_month(months[-1], rel, letter)
    # "november en december 2016" share the year; a list that runs over new year steps back one
    values = [f"{last_year - (1 if month > months[-1] else 0):04d}-{month:02d}" for month in months]
    return values[0], (values[-1] if len(values) > 1 else None)


_GROUPS = (
    "days",
    "dmonth",
    "dyear",
    "drel",
    "mqual",
    "months",
    "myear",
    "mrel",
    "yqual",
    "qyear",
    "dqual",
    "deictic",
    "season",
    "nday",
    "nsep",
    "nmonth",
    "nyear",
    "iyear",
    "imonth",
    "iday",
    "ryear",
    "ryear2",
    "byear",
    "budget_day",
    "budget_year",
    "budget_rel",
)
assert tuple(_DATE.groupindex) == _GROUPS and _DATE.groups == len(_GROUPS)


# "31 december van dit jaar", "in september van volgend jaar": the year named from the letter's own
_OF_YEAR = regex_cache.compile(rf"\s+(?:van\s+)?(?P<word>(?i:{'|'.join(DEICTIC_YEAR)}))\s+(?i:jaar)\b")


def _of_year(text: str, end: int, letter: dt.date | None) -> tuple[str, int] | None:
    """The year and the new end of a day or month printed without a year, when "van dit jaar" (or
    "vorig", "volgend" ...) follows it."""
    of = _OF_YEAR.match(text, end) if letter is not None else None
    if of is None or letter is None:
        return None
    return str(letter.year + DEICTIC_YEAR[of.group("word").casefold()]), of.end()


# what follows the first date of "van ... tot (en met) ...", "de periode ... t/m ...", "de periode
# ... – ...", "tussen ... en ...": the second date
_SHORT = rf"(?i:{ABBREVIATED_MONTH}|{SHORTENED_MONTH}(?=\s+{_YEAR}))"  # "1 jan.", "1 jan 2019"
_SECOND = rf"{ARTICLE}(?:{_DAY}\s+(?:{_MONTH}|{_SHORT})|{_MONTH}|{_YEAR}|{_QUAL}\b|{_SEASON}\b)"
_PERIOD_TO = regex_cache.compile(rf"\s+(?i:tot\s+en\s+met|t/m|tot)\s+{_SECOND}|\s*[–-]\s*{_SECOND}")
_PERIOD_AND = lazy_pattern(rf"\s+en\s+{_SECOND}")  # only after "tussen"
# ... and what joins a period's end to its start, where no word before the end gives it its role
_DASH_TO_END = regex_cache.compile(r"\s*[–-]\s*")
_AND_TO_END = regex_cache.compile(r"\s+en\s+")
_PERIOD_WORDS = frozenset({"van", "periode", "tussen"})
# a full date right after a dash: the end of a period whose start is the date before the dash
_DASH_FULL = regex_cache.compile(rf"\s*[–-]\s*{_DAY}\s+(?:{_MONTH}|(?i:{SHORTENED_MONTH}))\s+{_YEAR}")


def _coming(text: str, start: int, end: int, year: str | None) -> str | None:
    """`COMING` for a day or month without a year right after "uiterlijk", "vanaf", "met ingang
    van" or "per", or in a clause in the future tense: those lie ahead of the letter."""
    if year:
        return None
    last = last_word(text, start)
    if ends(AHEAD, text, start, last):
        # "uiterlijk 1 oktober" lies ahead, unless the clause looks back ("werd uiterlijk 1 februari ingediend")
        strict = last in ("op", "met", "bij")  # "uiterlijk op", which letters also write of the past
        return None if in_past_clause(text, start, end, strict=strict) else COMING
    if in_future_clause(text, start, end):
        return COMING
    # news promised by a day, in the present: "Zoals toegezegd stuur ik u op 1 november het rapport"
    # (not a day of what the news is about: "informeer ik u over de Raad van 14 november")
    return COMING if last in _BY_TIME and in_promise_clause(text, start, end) else None


_BY_TIME = frozenset({"op", "voor", "vóór", "in", "na", "rond", "begin", "eind", "medio", "uiterlijk"})


def _promised_on(text: str, start: int, end: int, before: list[Fact], letter: dt.date) -> dt.date | None:
    """The day a promise was made, printed before the time it promised ("Op 7 februari jl. zegde de
    minister toe uw Kamer voor de zomer te informeren"): that time is counted from the promise."""
    if not before or not promised_before(text, start, end, past=True):
        return None
    # the day stands among the last few dates before the time promised (a "sentence" of pages, a
    # table copied from a PDF, holds thousands: each must not look through them all)
    for fact in reversed(before[-_PROMISE_DAY_REACH:]):
        if fact.precision == "day" and fact.end is None and str(fact.value) <= letter.isoformat():
            return dt.date.fromisoformat(str(fact.value))
    return None


_PROMISE_DAY_REACH = 4


def _recurring(text: str, start: int, end: int) -> str | None:
    """`COMING` for a season's recess or Prinsjesdag printed without its year, unless its clause
    tells of the past ("Tijdens het zomerreces bezocht de minister Irak", "heb ik toegezegd uw
    Kamer na het zomerreces te informeren"): letters name these mostly for what is to come."""
    if ends(AHEAD, text, start, last_word(text, start)):
        return _coming(text, start, end, None)
    if promised_before(text, start, end):
        return RECENT  # "De minister heeft toegezegd de Kamer voor het zomerreces te informeren"
    return None if told_in_past(text, start, end) else COMING


# "in 2017 en 2018", "voor 2016, 2017 en 2018": the years after the first continue its list
_YEAR_LIST_JOIN = regex_cache.compile(r"\s*(?:,\s*(?:en\s+|of\s+)?|en\s+|of\s+)")


# "in 2016 tot en met juli": the month (or day) to which a year named just before runs
_YEAR_TO = regex_cache.compile(r"\s+(?:tot(?:\s+en\s+met)?|t/m)\s+")
_YEAR_NEXT = regex_cache.compile(r"\s+(?:19|20)\d\d\b")
_LISTED_AFTER = regex_cache.compile(r"\s*(?:,\s*(?:en\s+)?|\s+en\s+)")


def _year_before(text: str, before: list[Fact], taken: int, start: int, end: int, month: int) -> str | None:
    """The year printed just before the date at [start, end) (of month `month`) that holds for it:
    a bare year joined by "tot (en met)" ("in 2016 tot en met juli"), or the year of a dated day or
    month it is listed after ("op 4 mei 2016 en 9 juli"), the next one where it comes earlier in the
    year ("19 juni 2015 en 29 januari": letters list in order). None where a dated day follows in
    the list (its year holds, `_SHARED_YEAR`)."""
    if not before or before[-1].qualifier or before[-1].end:
        return None
    last = before[-1]
    if last.precision == "year":
        return str(last.value) if _YEAR_TO.fullmatch(text, taken, start) else None
    if last.precision not in ("day", "month") or _YEAR_HINT.search(last.text) is None:
        return None
    if not _LISTED_AFTER.fullmatch(text, taken, start) or _SHARED_YEAR.match(text, end):
        return None
    year = int(str(last.value)[:4])
    return str(year + 1 if month < int(str(last.value)[5:7]) else year)


def _listed_year(text: str, start: int, before: list[Fact]) -> bool:
    """Does the bare year at `start` continue a list of years whose last is the date just before?"""
    if not before or before[-1].precision != "year":
        return False
    end = before[-1].offset - before[-1].sentence_offset + len(before[-1].text)
    return _YEAR_LIST_JOIN.fullmatch(text, end, start) is not None


def _dates(ctx: SentenceContext, matches: Iterable[re.Match[str]]) -> list[Fact]:
    facts: list[Fact] = []
    text = ctx.text
    letter = ctx.letter_date
    taken = 0  # the end of the last date: "van dit jaar" after a day is part of it
    to_end: re.Pattern[str] | None = None  # after a period's first day: what joins its last to it
    for m in matches:
        (days, dmonth, dyear, drel, mqual, months, myear, mrel, yqual, qyear, dqual, deictic, season, nday, _,
         nmonth, nyear, iyear, imonth, iday, ryear, ryear2, byear, budget_day, budget_year,
         budget_rel) = m.groups()  # fmt: skip
        start, end = m.span()
        if start < taken:
            continue
        last: str | None = None  # `last_word`, looked up when first needed
        qual: str | None = None
        approximate = False
        found: tuple[str, str | None] | None
        if (days or months or budget_day) and not (dyear or drel or myear or mrel or budget_year or budget_rel):
            of = _of_year(text, end, letter)
            if of is not None:
                dyear = myear = budget_year = of[0]  # "31 december van dit jaar", "Prinsjesdag van volgend jaar"
                end = of[1]
        if (days or months) and not (dyear or drel or myear or mrel):
            named = dmonth if days else _MONTH_WORD.search(months)
            first_month = _month(named if isinstance(named, str) else named.group()) if named else 0
            inherited = _year_before(text, facts, taken, start, end, first_month)
            dyear = myear = inherited or dyear  # "in 2016 tot en met juli", "op 4 mei 2016 en 9 juli"
        if days:
            found = _days(text, letter, end, days, dmonth, dyear, drel or _coming(text, start, end, dyear))
            precision = "day"
            qual = drel
        elif months:
            qual = mqual
            if not (qual or myear or mrel):
                last = last_word(text, start)
                if not ends(PREPOSITION, text, start, last):
                    continue  # a month name alone is not a date
            found = _months(letter, months, myear, mrel or _coming(text, start, end, myear))
            precision = "month"
            approximate = bool(qual)
        elif qyear:
            qual = yqual
            found = (qyear, None)
            precision, approximate = "year", True
        elif deictic:
            if letter is None:
                continue
            word, period = deictic.casefold().split()
            if word == "het" and (not dqual or _YEAR_NEXT.match(text, end)):
                continue  # "het jaar" is the letter's only as "het einde van het jaar", no year after
            coming = COMING if word in NEXT_WORDS else FINISHED
            if period in SEASON_MONTH and word in NEXT_WORDS | LAST_WORDS:
                # "het komende zomerreces", "de afgelopen zomer": the next one, the last one, by the
                # season's month or the recess's days ("komende zomer" in March is this year's)
                year = season_year(period, coming, letter, after=side_of(text, start) == "na") or letter.year
            else:
                year = letter.year + DEICTIC_YEAR.get(word, 0)
            found = (str(year), None)
            qual = dqual or (period if period != "jaar" else None)
            precision, approximate = "year", period != "jaar" or bool(qual)
        elif season:
            # "voor de zomer", "in het voorjaar": the season without a year, after a preposition, as
            # a month is (the coming one in a promise, else the last); its year, approximately
            last = last_word(text, start)
            qual = season.casefold()
            if letter is None or qual not in SEASON_MONTH or not ends(PREPOSITION, text, start, last):
                continue
            promised_on = _promised_on(text, start, end, facts, letter)
            rel: str | None
            if promised_on is not None:
                # "Tijdens het AO van 7 februari jl. heeft de minister toegezegd uw Kamer voor de zomer
                # te informeren": the summer after the promise, whenever the letter tells of it
                rel, letter_or_promise = COMING, promised_on
            elif qual in RECESS:
                rel, letter_or_promise = _recurring(text, start, end), letter  # "Tot het kerstreces blijft ..."
            else:
                rel = _coming(text, start, end, None) or (COMING if in_promise_clause(text, start, end) else None)
                letter_or_promise = letter
            found = (str(season_year(qual, rel, letter_or_promise, after=side_of(text, start) == "na")), None)
            precision, approximate = "year", True
        elif nyear or iyear:
            try:
                day = dt.date(int(nyear or iyear), int(nmonth or imonth), int(nday or iday))
            except ValueError:  # "31-4-2017"
                continue
            found = (day.isoformat(), None)
            precision = "day"
        elif budget_day:
            # Prinsjesdag, the budget's day: by law the third Tuesday of September
            preceding = last_word(text, start)
            if not (
                budget_year or budget_rel or preceding in BUDGET_DAY_AFTER or ends(PREPOSITION, text, start, preceding)
            ):
                continue  # "Prinsjesdag is een belangrijke dag": the day talked about, no time
            rel = budget_rel or (None if budget_year else _recurring(text, start, end))
            found = budget_day_of(budget_year, letter, rel)
            precision = "day"
        elif ryear:
            # "in de periode 2017-2019": one period, as a range of days is; a span of more than a
            # decade, or one that runs backwards, is something else (a reference, a count)
            last = last_word(text, start)
            if not (int(ryear) < int(ryear2) <= int(ryear) + 10 and ends(PREPOSITION, text, start, last)):
                continue
            found = (ryear, ryear2)
            precision = "year"
        else:
            last = last_word(text, start)
            labels = text.startswith(":", end) and text[end + 1 : end + 2].isspace()  # "2016: € 5,5 miljoen"
            if not (ends(PREPOSITION, text, start, last) or _listed_year(text, start, facts) or labels):
                continue
            found = (byear, None)
            precision = "year"
        if found is None:
            continue
        value, range_end = found
        last = last_word(text, start) if last is None else last
        role = role_of(text, start, last, precision, qual, end)
        side = None  # after or around a season, recess or Prinsjesdag: "na de zomer" is another time than "in"
        if season or budget_day or ((deictic or qyear) and (qual or "").casefold() in SEASON_MONTH):
            side = side_of(text, start)
            named = qyear or (deictic and deictic.casefold().endswith("jaar"))  # "het kerstreces van 2017 / dit jaar"
            if side == "na" and (qual or "").casefold() == "kerstreces" and named:
                value = str(int(value) + 1)  # the Christmas recess ends in January: after it is the new year
        if season:
            if role is None and last in ("voor", "vóór"):
                role = "deadline"  # "voor de zomer" is a deadline, where "voor 2016" names a budget year
            # the preposition says as much as the season: "voor de zomer" (was "na de zomer")
            before = word_before(text, start)
            start = before[0] if before else start
        if role is None and to_end is not None and to_end.fullmatch(text, taken, start):
            role = "deadline"  # the last day of the period opened just before: "– 31 december 2016"
        to_end = None
        if role is None and precision == "day" and _DASH_FULL.match(text, end):
            role, to_end = "start", _DASH_TO_END  # "1 januari 2017 – 31 december 2017" in a list: a period
        elif role is None and (last in _PERIOD_WORDS or last.endswith("periode")):
            # "van 1 juli 2016 tot en met 31 december 2017", "de periode 1 juli – 31 december 2016",
            # "tussen 1 juli en 31 december 2016", "Inzetperiode 1 januari t/m ...": the period's first day
            between = last == "tussen"
            if (_PERIOD_AND() if between else _PERIOD_TO).match(text, end):
                role, to_end = "start", (_AND_TO_END if between else _DASH_TO_END)
        facts.append(
            ctx.fact("date", start, end, value, role, approximate, qualifier=qual, modifier=side, range_end=range_end)
        )
        taken = end
    return facts


def find_dates(ctx: SentenceContext) -> list[Fact]:
    text = ctx.text
    if not (_YEAR_HINT.search(text) or mentions(text, _HINT_WORDS)):
        return []
    return _dates(ctx, _DATE.finditer(text))


def dates_at(ctx: SentenceContext, anchors: Sequence[tuple[int, str]]) -> list[Fact]:
    """`find_dates` for a sentence whose keyword anchors the scan found."""
    return _dates(ctx, matches_at(_DATE, ctx.text, starts(ctx.text, anchors)))
