"""Dates: "31 december 2017", "oktober 2016", "eind 2016", "29 april jl.", "9–10 mei jl.",
"maart, april en mei 2016", "dit najaar", "in 2015", with their role ("tot en met" -> deadline,
"vanaf" -> start).

Choices (the gold set follows them):
- value by precision: "YYYY-MM-DD", "YYYY-MM" or "YYYY". "eind", "begin", "medio", "half" and the
  seasons make a date approximate and keep the precision of what follows them: "eind 2016" is
  "2016", "eind mei jl." is "2016-05". A clerk compares like with like; inventing a month for
  "eind 2016" would report a change where the letter changed nothing.
- "jl." (jongstleden) and a day or month printed without a year resolve to the latest such day or
  month not after the letter's date; "a.s." (aanstaande) to the next one after it. "dit jaar",
  "vorig jaar", "dit najaar" resolve against the letter's year. Without a letter date these are
  left out: a guessed year would be a wrong fact.
- a range or list of days or months that share one month or year ("9–10 mei jl.", "20 en 21 juli
  jl.", "maart, april en mei 2016", "tussen februari en juli 2016") is one fact: value the first,
  `end` the last. They name one period, and a clerk reads them as one.
- a bare month or year is a date only after a preposition ("in 2015", "Sinds 2015", "voor 2016",
  "tot en met juli"): elsewhere a four-digit number is a count or a reference number.
"""

from __future__ import annotations

import datetime as dt
import re

from viewer.core.dutch import MONTH_NAMES, MONTHS
from viewer.core.facts.context import SentenceContext, mentions
from viewer.core.facts.model import Fact
from viewer.core.facts.numbers import NOT_AFTER

_MONTH = rf"(?i:{MONTH_NAMES})"
_YEAR = r"(?:19|20)\d{2}(?![\w\-–]|[.,]\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_REL = r"(?:jl\.|jongstleden|a\.s\.|aanstaande)"
_QUAL = r"(?i:eind|begin|medio|half|midden|halverwege)"
_SEASON = r"(?i:najaar|voorjaar|zomer|winter|herfst|lente)"
_DAYS = rf"{_DAY}(?:\s*(?:[–-]|t/m|tot\s+en\s+met|en|,)\s*{_DAY})*"
_MONTHS = rf"{_MONTH}(?:(?:\s*,\s*|\s+en\s+|\s*[–-]\s*|\s+(?:tot\s+en\s+met|t/m)\s+){_MONTH})*"

_DATE = re.compile(
    rf"{NOT_AFTER}(?P<days>{_DAYS})\s+(?P<dmonth>{_MONTH})\b(?:\s+(?P<dyear>{_YEAR})|\s+(?P<drel>{_REL}))?"
    rf"|\b(?:(?P<mqual>{_QUAL})\s+)?(?P<months>{_MONTHS})\b(?:\s+(?:van\s+)?(?P<myear>{_YEAR})|\s+(?P<mrel>{_REL}))?"
    rf"|\b(?P<yqual>{_QUAL}|{_SEASON})(?:\s+van)?\s+(?P<qyear>{_YEAR})"
    rf"|\b(?P<deictic>(?i:dit|deze|vorig|vorige|volgend|volgende|komend|komende)\s+(?:(?i:jaar)|{_SEASON}))\b"
    rf"|{NOT_AFTER}(?P<byear>{_YEAR})"
)
# Every date holds a month name, a year or "jaar"/a season; a literal alternation finds them fast.
_HINT_WORDS = (*MONTHS, "jaar", "zomer", "winter", "herfst", "lente")
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
# "29 januari en 9 september 2016", "29 januari (Kamerstuk 27 925, nr. 570) en 9 september 2016":
# a day printed without a year takes the year of the dated day it is listed with.
_SHARED_YEAR = re.compile(
    rf"\s*(?:\([^()]*\)\s*)?(?:,|en|–|-|t/m|tot\s+en\s+met)\s*{_DAY}\s+(?P<month>{_MONTH})\s+(?P<year>{_YEAR})"
)
_DAY_NUMBER = re.compile(_DAY)
_MONTH_WORD = re.compile(_MONTH)
_WEEKDAY = r"(?:(?i:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?"
# A bare month or year needs one of these right before it to be a date.
_PREPOSITION = re.compile(
    r"(?i:\b(?:in|sinds|sedert|voor|vóór|uit|na|tot|tot\s+en\s+met|t/m|vanaf|per|van|over|rond|omstreeks|"
    r"tussen|eind|begin|medio)\s+)$"
)
_DEADLINE = re.compile(rf"(?i:\b(?:tot\s+en\s+met|t/m|tot|uiterlijk|vóór|voor)\s+){_WEEKDAY}$")
_START = re.compile(rf"(?i:\b(?:met\s+ingang\s+van|m\.i\.v\.|vanaf|sinds|sedert|per)\s+){_WEEKDAY}$")
_BEFORE = re.compile(r"(?i:\b(?:vóór|voor)\s+)$")
_DEICTIC_YEAR = {"dit": 0, "deze": 0, "vorig": -1, "vorige": -1, "volgend": 1, "volgende": 1, "komend": 1, "komende": 1}


def _resolve_month(month: int, rel: str | None, letter: dt.date) -> tuple[int, int]:
    """(year, month) of a month printed without a year."""
    if rel and rel.startswith("a"):  # a.s., aanstaande: the next one
        return (letter.year if month > letter.month else letter.year + 1), month
    return (letter.year if month <= letter.month else letter.year - 1), month


def _resolve_day(day: int, month: int, rel: str | None, letter: dt.date) -> dt.date | None:
    """The latest such day not after the letter ("29 april jl."), or the next after it ("a.s.")."""
    candidates: list[dt.date] = []
    for year in (letter.year - 1, letter.year, letter.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:  # 29 februari outside a leap year, 31 april
            continue
    if rel and rel.startswith("a"):
        later = [c for c in candidates if c > letter]
        return min(later) if later else None
    earlier = [c for c in candidates if c <= letter]
    return max(earlier) if earlier else None


def _role(before: str, precision: str, qual: str | None) -> str | None:
    if _START.search(before):
        return "start"
    if _DEADLINE.search(before):
        # "voor 2016" names a budget year; "voor 1 juli 2017" and "voor eind 2017" are deadlines
        if _BEFORE.search(before) and precision != "day" and (qual or "").casefold() != "eind":
            return None
        return "deadline"
    return None


def _days(ctx: SentenceContext, m: re.Match[str]) -> tuple[str, str | None] | None:
    month = MONTHS[m.group("dmonth").casefold()]
    days = [int(d) for d in _DAY_NUMBER.findall(m.group("days"))]
    year_text, rel = m.group("dyear"), m.group("drel")
    if year_text:
        year = int(year_text)
    elif not rel and (shared := _SHARED_YEAR.match(ctx.text, m.end())):
        # "30 december en 2 januari 2017": the earlier day falls in the year before
        year = int(shared.group("year")) - (1 if month > MONTHS[shared.group("month").casefold()] else 0)
    elif ctx.letter_date is None:
        return None
    else:
        # the days of one range share the year of the last one
        last = _resolve_day(days[-1], month, rel, ctx.letter_date)
        if last is None:
            return None
        year = last.year
    try:
        dates = [dt.date(year, month, day) for day in days]
    except ValueError:  # "31 april"
        return None
    return dates[0].isoformat(), (dates[-1].isoformat() if len(dates) > 1 else None)


def _months(ctx: SentenceContext, m: re.Match[str]) -> tuple[str, str | None] | None:
    months = [MONTHS[w.casefold()] for w in _MONTH_WORD.findall(m.group("months"))]
    year_text, rel = m.group("myear"), m.group("mrel")
    if year_text:
        last_year = int(year_text)
    elif ctx.letter_date is None:
        return None
    else:
        last_year, _ = _resolve_month(months[-1], rel, ctx.letter_date)
    # "november en december 2016" share the year; a list that runs over new year steps back one
    values = [f"{last_year - (1 if month > months[-1] else 0):04d}-{month:02d}" for month in months]
    return values[0], (values[-1] if len(values) > 1 else None)


def find_dates(ctx: SentenceContext) -> list[Fact]:
    text = ctx.text
    if not (_YEAR_HINT.search(text) or mentions(text, _HINT_WORDS)):
        return []
    facts: list[Fact] = []
    for m in _DATE.finditer(text):
        before = text[: m.start()]
        qual: str | None = None
        approximate = False
        if m.group("days"):
            found = _days(ctx, m)
            precision = "day"
            qual = m.group("drel")
        elif m.group("months"):
            qual = m.group("mqual")
            if not (qual or m.group("myear") or m.group("mrel") or _PREPOSITION.search(before)):
                continue  # a month name alone is not a date
            found = _months(ctx, m)
            precision = "month"
            approximate = bool(qual)
        elif m.group("qyear"):
            qual = m.group("yqual")
            found = (m.group("qyear"), None)
            precision, approximate = "year", True
        elif m.group("deictic"):
            if ctx.letter_date is None:
                continue
            word, period = m.group("deictic").casefold().split()
            found = (str(ctx.letter_date.year + _DEICTIC_YEAR[word]), None)
            precision, approximate = "year", period != "jaar"
        else:
            if not _PREPOSITION.search(before):
                continue
            found = (m.group("byear"), None)
            precision = "year"
        if found is None:
            continue
        value, range_end = found
        role = _role(before, precision, qual)
        facts.append(
            ctx.fact("date", m.start(), m.end(), value, role, approximate, qualifier=qual, range_end=range_end)
        )
    return facts
