"""Where a date printed without its year lies, from the letter's own date: a day or month ("29 april
jl.", "1 januari a.s.", "uiterlijk 1 oktober"), a season or a recess of the Kamer ("voor de zomer",
"na het kerstreces"), and Prinsjesdag. dates.py decides which rule holds; this module counts.
"""

from __future__ import annotations

import datetime as dt

# Not printed: a day or month without a year after `AHEAD` words is the coming one, the letter's
# own day included.
COMING = "\x00coming"


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
    if rel and rel.startswith("a"):  # a.s., aanstaande: the next one
        return min(day for day in days if day > letter).isoformat(), None
    return max(day for day in days if day <= letter).isoformat(), None


# a season's middle month, to place it before or after the letter's date ("winter" spans two years)
SEASON_MONTH = {"voorjaar": 4, "lente": 4, "zomer": 7, "najaar": 10, "herfst": 10}
# ... and the month a recess of the Tweede Kamer begins in (the Christmas recess runs into January:
# "voor het kerstreces" is before the one in December)
SEASON_MONTH |= {
    "voorjaarsreces": 2,
    "krokusreces": 2,
    "meireces": 5,
    "zomerreces": 7,
    "herfstreces": 10,
    "kerstreces": 12,
}
