"""Where a date printed without its year lies, from the letter's own date: a day or month ("29 april
jl.", "1 januari a.s.", "uiterlijk 1 oktober"), a season or a recess of the Kamer ("voor de zomer",
"na het kerstreces"), and Prinsjesdag. dates.py decides which rule holds; this module counts.
"""

from __future__ import annotations

import datetime as dt

# Not printed: a day or month without a year after `AHEAD` words is the coming one, the letter's
# own day included.
COMING = "\x00coming"
# ... a time promised before the letter, which may have come by now or be yet to come: the last one
# where it is recent (the letter keeps the promise), else the coming one
RECENT = "\x00recent"
_RECENT_DAYS = 100
# ... one that is over ("het afgelopen zomerreces", "de afgelopen zomer" in a letter of 3 July: last year's)
FINISHED = "\x00finished"


def resolve_month(month: int, rel: str | None, letter: dt.date) -> tuple[int, int]:
    """(year, month) of a month printed without a year."""
    if rel == COMING:
        return (letter.year if month >= letter.month else letter.year + 1), month
    if rel and rel.startswith("a"):  # a.s., aanstaande: the next one
        return (letter.year if month > letter.month else letter.year + 1), month
    return (letter.year if month <= letter.month else letter.year - 1), month


def resolve_day(day: int, month: int, rel: str | None, letter: dt.date) -> dt.date | None:
    """The latest such day not after the letter ("29 april jl."), or the next after it ("a.s.")."""
    candidates: list[dt.date] = []
    for year in (letter.year - 1, letter.year, letter.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:  # 29 februari outside a leap year, 31 april
            continue
    if rel == COMING:
        coming = [c for c in candidates if c >= letter]
        return min(coming) if coming else None
    if rel and rel.startswith("a"):
        later = [c for c in candidates if c > letter]
        return min(later) if later else None
    earlier = [c for c in candidates if c <= letter]
    return max(earlier) if earlier else None


def third_tuesday_of_september(year: int) -> dt.date:
    first = dt.date(year, 9, 1)
    return first + dt.timedelta(days=(1 - first.weekday()) % 7 + 14)


def budget_day_of(year_text: str | None, letter: dt.date | None, rel: str | None) -> tuple[str, None] | None:
    """Prinsjesdag of the year printed; without one, resolved as a day is: the coming one in a
    promise or a plan ("voor Prinsjesdag ontvangt uw Kamer ..."), else the last."""
    if year_text:
        return third_tuesday_of_september(int(year_text)).isoformat(), None
    if letter is None:
        return None
    days = [third_tuesday_of_september(year) for year in (letter.year - 1, letter.year, letter.year + 1)]
    if rel == COMING:
        return min(day for day in days if day >= letter).isoformat(), None
    if rel == RECENT:
        return _recent_or_coming(days, letter).isoformat(), None
    if rel and rel.startswith("a"):  # a.s., aanstaande: the next one
        return min(day for day in days if day > letter).isoformat(), None
    return max(day for day in days if day <= letter).isoformat(), None


# a season's middle month, to place it before or after the letter's date ("winter" spans two years)
SEASON_MONTH = {"voorjaar": 4, "lente": 4, "zomer": 7, "najaar": 10, "herfst": 10}
# The recesses of the Tweede Kamer, by the (month, day) they mostly begin and end (the Christmas
# recess ends in the January after); the summer and Christmas recesses begin on the Friday on or
# after the day given (8 July 2016, 7 July 2017; 23 December 2016, 22 December 2017) and end on the
# Monday on or after theirs. The others move a little from year to year, a day or two either way.
RECESS = {
    "voorjaarsreces": ((2, 15), (2, 25)),
    "krokusreces": ((2, 15), (2, 25)),
    "meireces": ((4, 25), (5, 10)),
    "zomerreces": ((7, 3), (9, 1)),
    "herfstreces": ((10, 15), (10, 25)),
    "kerstreces": ((12, 17), (1, 5)),
}
_ON_WEEKDAY = {"zomerreces": (4, 0), "kerstreces": (4, 0)}  # (first day, last day): Friday, Monday
SEASON_MONTH |= {name: begins[0] for name, (begins, _) in RECESS.items()}


def _on_or_after(day: dt.date, weekday: int | None) -> dt.date:
    return day if weekday is None else day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def recess_days(name: str, year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of the recess `name` that begins in `year`."""
    (begin_month, begin_day), (end_month, end_day) = RECESS[name]
    first_weekday, last_weekday = _ON_WEEKDAY.get(name, (None, None))
    first = _on_or_after(dt.date(year, begin_month, begin_day), first_weekday)
    last = _on_or_after(dt.date(year + int(end_month < begin_month), end_month, end_day), last_weekday)
    return first, last


_JUST_OVER = 30  # days after a recess that "na het zomerreces" still means the one just over


def _recent_or_coming(days: list[dt.date], letter: dt.date) -> dt.date:
    """The last of `days` if it lies at most `_RECENT_DAYS` before the letter, else the coming one."""
    last = max((d for d in days if d <= letter), default=None)
    if last is not None and (letter - last).days <= _RECENT_DAYS:
        return last
    return min(d for d in days if d >= letter)


def season_year(name: str, rel: str | None, letter: dt.date, *, after: bool = False) -> int | None:
    """The year of the season or recess `name` printed without a year: the coming one (`rel` is
    COMING) or the last one, as a month is resolved. A recess by its days: the coming one is the
    one not yet over (a letter written during it means that one); the last one has begun; with
    `after` ("na het kerstreces") by its last day, whose year is what follows it ("na het
    kerstreces" in a September letter is January of the next year)."""
    if name not in RECESS:
        middle = SEASON_MONTH.get(name)
        if middle is None:
            return None
        if rel == FINISHED:  # over: its middle month before the letter's
            return letter.year if middle < letter.month else letter.year - 1
        return resolve_month(middle, COMING if rel == COMING else None, letter)[0]
    recesses = [recess_days(name, year) for year in range(letter.year - 2, letter.year + 2)]
    if rel == FINISHED:  # the last one whose last day is past; its year is the one it began in
        return max(first for first, last in recesses if last <= letter).year
    if after:
        ends = [last for _, last in recesses]
        if rel == RECENT:
            return _recent_or_coming(ends, letter).year
        if rel == COMING and not any(0 <= (letter - d).days <= _JUST_OVER for d in ends):
            return min(d for d in ends if d >= letter).year
        return max(d for d in ends if d <= letter).year  # "na het zomerreces" days after it: that one
    if rel == RECENT:
        return _recent_or_coming([first for first, _ in recesses], letter).year
    if rel == COMING:
        return min(first for first, last in recesses if last >= letter).year
    return max(first for first, _ in recesses if first <= letter).year
