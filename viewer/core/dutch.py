"""Dutch words the loaders and the fact extractors share."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable

from viewer.core import regex_cache

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
# The months as tables and notes shorten them: "1 jan. 2019", "31 dec. 2018"
MONTH_ABBREVIATIONS: dict[str, int] = {
    **{"jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8},
    **{"sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12},
}
_ABBREVIATIONS = "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
ABBREVIATED_MONTH = rf"(?:{_ABBREVIATIONS})\."
# ... and as a table copied from a PDF leaves them, without their dot: "3 nov 2017". Only between a
# day and a year (the pattern that uses it sees to both): "nov" or "dec" alone may be anything.
SHORTENED_MONTH = rf"(?:{_ABBREVIATIONS})\.?"
WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def month_number(word: str) -> int:
    """The month a matched month name stands for.

    A case-insensitive pattern also matches odd spellings such as a Turkish dotless "ı"
    ("aprıl") or "ſ"; fold those the way the regex engine did, so a match always has a month.
    """
    folded = word.casefold().replace("ı", "i").replace("ſ", "s")
    if folded in MONTHS:
        return MONTHS[folded]
    return MONTH_ABBREVIATIONS[folded.removesuffix(".")]  # "jan.", "dec", "sept"


# "Den Haag, 9 september 2016", "'s-Gravenhage, 9 september 2016", "Den Haag, 9-9-2016"; and the
# header line of a letter as a ministry sends it (Word, PDF): "Datum 9 september 2016", or as a row
# of its header table, label and value in two cells: "Datum | 9 september 2016"
_PLACE_DATE = regex_cache.compile(
    r"^(?:(?:Den Haag|'s-Gravenhage|’s-Gravenhage|Brussel|Utrecht)\s*,|(?-i:Datum)\s*[:|]?)"
    # ("Den Haag, vrijdag 3 november 2017", "Datum 3 nov. 2017")
    rf"\s*(?:(?:{'|'.join(WEEKDAYS)})\s+)?(\d{{1,2}})"
    rf"(?:\s+({MONTH_NAMES}|{SHORTENED_MONTH})\s+|([-/])(\d{{1,2}})\3)(\d{{4}})\b",
    re.IGNORECASE,
)
_DATE_ALONE = regex_cache.compile(
    rf"(?:(?:{'|'.join(WEEKDAYS)})\s+)?\d{{1,2}}(?:\s+(?:{MONTH_NAMES}|{SHORTENED_MONTH})\s+|([-/])\d{{1,2}}\1)\d{{4}}$",
    re.IGNORECASE,
)


# how many of a letter's first paragraphs may hold its date: the head of a letter, never its body
HEAD_PARAGRAPHS = 40


def letter_date(paragraphs: Iterable[str]) -> dt.date | None:
    """The letter's own date from the first of its head's paragraphs that states it.

    A ministry's letter sets its header's labels apart from their values (text boxes, a column of
    a PDF): the label "Datum" alone, then a paragraph that is only the date, states it too.
    """
    label = False
    for text in itertools.islice(paragraphs, HEAD_PARAGRAPHS):
        found = parse_place_date(text)
        if found is None and label and _DATE_ALONE.match(text.strip()):
            found = parse_place_date(f"Datum {text.strip()}")
        if found is not None:
            return found
        label = text.strip() == "Datum"
    return None


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
