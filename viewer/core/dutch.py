"""Dutch words the loaders and the fact extractors share."""

from __future__ import annotations

import datetime as dt
import re

MONTHS: dict[str, int] = {
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "december": 12,
}
MONTH_NAMES = "|".join(MONTHS)


def month_number(word: str) -> int:
    """The month a matched month name stands for.

    A case-insensitive pattern also matches odd spellings such as a Turkish dotless "ı"
    ("aprıl") or "ſ"; fold those the way the regex engine did, so a match always has a month.
    """
    folded = word.casefold().replace("ı", "i").replace("ſ", "s")
    return MONTHS[folded]


# "Den Haag, 9 september 2016", "'s-Gravenhage, 9 september 2016", "Den Haag, 9-9-2016"; and the
# header line of a letter as a ministry sends it (Word, PDF): "Datum 9 september 2016"
_PLACE_DATE = re.compile(
    r"^(?:(?:Den Haag|'s-Gravenhage|’s-Gravenhage|Brussel|Utrecht)\s*,|(?-i:Datum)\s*:?)\s*(\d{1,2})"
    rf"(?:\s+({MONTH_NAMES})\s+|([-/])(\d{{1,2}})\3)(\d{{4}})\b",
    re.IGNORECASE,
)


def parse_place_date(line: str) -> dt.date | None:
    """The letter's own date from its place-and-date line, or None."""
    match = _PLACE_DATE.match(line.strip())
    if not match:
        return None
    day_text, name, _, number, year_text = match.groups()
    day, month, year = int(day_text), month_number(name) if name else int(number), int(year_text)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
