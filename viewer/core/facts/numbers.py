"""Numbers as Dutch letters print them: "26,5", "400.000", "twintig", "honderdvijfenvijftig"."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate

from text_to_num import text2num

from viewer.core import regex_cache

# A thousands dot needs groups of exactly three ("1.200", "85.000"); a decimal comma follows.
# Typeset text also groups by a (thin or no-break) space: "€ 1 500 000", "1 200 militairen". Only
# where the count's noun or the amount's currency follows is such a number read, so "Kamerstuk
# 27 925, nr. 590" gives none.
# A number that labels ("nr. 597", "artikel 100", "Fase 2", "week 12") is no first group: "nr. 597
# 155 militairen" are 155. The extractors see such a space as a tab (`unlabelled`).
_LABELS = (
    *("nr", "nrs", "nummer", "artikel", "art", "pagina", "blz", "fase", "rotatie", "week", "bijlage"),
    *("resolutie", "paragraaf", "hoofdstuk", "lid", "punt", "stap", "ronde", "versie", "dag", "maand"),
    *("kwartaal", "sector", "kamp", "team", "groep", "bataljon", "brigade", "compagnie", "peloton", "kamerstuk"),
)
_SPACE = "[ \u00a0\u2009\u202f]"
SPACED_THOUSANDS = rf"\d{{1,3}}(?:{_SPACE}\d{{3}})+(?!\d)"
_GROUPED = regex_cache.compile(rf"\d{_SPACE}\d{{3}}(?!\d)")
_LABELLED = regex_cache.compile(rf"(?i:\b(?:{'|'.join(_LABELS)})\.?\s+\d{{1,3}}){_SPACE}(?=\d{{3}}(?!\d))")


def grouped_digits(texts: Sequence[str]) -> set[int]:
    """Which of `texts` group digits by a space ("1 500", "nr. 597 155", "Kamerstuk 27 925"): one
    search over them all, where one per text cost the extraction a twentieth of its time."""
    joined = "\n".join(texts)
    if _GROUPED.search(joined) is None:
        return set()
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    return {bisect_right(starts, m.start()) - 1 for m in _GROUPED.finditer(joined)}


def unlabelled(text: str) -> str:
    """`text` with the space after a labelling number ("nr. 597 155 militairen") made a tab: as long,
    whitespace still to every pattern, but no thousands separator to `SPACED_THOUSANDS`."""
    if _GROUPED.search(text) is None:
        return text  # most sentences: no digits grouped by a space at all
    return _LABELLED.sub(lambda m: m.group()[:-1] + "\t", text)


DIGITS = rf"\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|{SPACED_THOUSANDS}(?:,\d+)?|\d+(?:,\d+)?"
# Not part of a longer token: "F-16", "nr.590", "2.100,5" or "42.7" must not yield a number.
NOT_AFTER = r"(?<![\w.,\-/–])"
NOT_BEFORE = r"(?![\w\-/–]|[.,]\d)"

_MORPHEMES = (
    "honderd|duizend|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|"
    "dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twaalf|elf|tien|"
    "één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|ën|en"
)
# A whole word made only of number morphemes; text2num then decides whether it is a number.
WORD_NUMBER = rf"(?:{_MORPHEMES})+"
_WORD_NUMBER_FULL = regex_cache.compile(WORD_NUMBER, re.IGNORECASE)

SCALES: dict[str, int] = {
    "duizend": 1_000,
    "miljoen": 1_000_000,
    "mln": 1_000_000,
    "miljard": 1_000_000_000,
    "mld": 1_000_000_000,
    "mrd": 1_000_000_000,
}
SCALE = r"(?:miljoen|miljard|duizend|mln\.?|mld\.?|mrd\.?)"


@lru_cache(maxsize=512)
def word_number(word: str) -> int | None:
    """The value of a Dutch number word ("twintig" -> 20, "één" -> 1), or None."""
    folded = word.casefold()
    if folded in ("en", "ën") or not _WORD_NUMBER_FULL.fullmatch(folded):
        return None
    try:
        value = text2num(folded, "nl")
    except ValueError:
        return None
    return value if isinstance(value, int) else None


def parse_digits(text: str) -> Decimal:
    """ "26,5" -> 26.5, "400.000" -> 400000, "1 500" -> 1500 (Dutch decimal comma, thousands dot or space)."""
    return Decimal("".join(text.replace(".", "").split()).replace(",", "."))


# A half before a scale: "een half miljoen", "anderhalf miljard", "tweeënhalf miljoen" (then
# "twee en een half miljoen" reads as "twee" and "half": the pattern wants one of these words).
HALF = rf"(?:(?:een\s+)?half|anderhalf|(?:{_MORPHEMES})+[eë]nhalf)"
_HALF_OF = regex_cache.compile(rf"(?i:(?:een\s+)?half|anderhalf|(?P<whole>(?:{_MORPHEMES})+?)[eë]nhalf)")


def parse_number(text: str) -> Decimal | None:
    """Digits, a number word, or a half ("anderhalf" 1.5, "tweeënhalf" 2.5, "een half" 0.5)."""
    if text[:1].isdigit():
        return parse_digits(text)
    value = word_number(text)
    if value is not None:
        return Decimal(value)
    half = _HALF_OF.fullmatch(text)
    if half is None:
        return None
    if half.group("whole"):
        whole = word_number(half.group("whole"))
        return None if whole is None else Decimal(whole) + Decimal("0.5")
    return Decimal("1.5") if text.casefold() == "anderhalf" else Decimal("0.5")


def scale_of(word: str | None) -> int:
    return 1 if not word else SCALES[word.casefold().rstrip(".")]


def plain(value: Decimal) -> int | float:
    """An int when whole (26,5 miljoen -> 26500000), else a float; exact by way of Decimal."""
    return int(value) if value == value.to_integral_value() else float(value)
