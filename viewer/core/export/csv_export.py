"""The fact pairs as a spreadsheet: one row per pair, every pair, so the reader can filter.

Made for Excel as Dutch clerks have it: ";" between cells (a Dutch Excel reads "," as the
decimal separator), a UTF-8 byte order mark (without it Excel reads the file as Windows-1252
and "Syrië" comes out as "SyriÃ«"), CRLF line ends, as RFC 4180 has them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection

from viewer.core.comparison import Comparison
from viewer.core.export.words import fact_status, letter_years, unit_word, where, words
from viewer.core.facts.model import Fact, FactPair
from viewer.core.facts.years_of import year_of
from viewer.core.review import pair_key

BOM = "\ufeff"
DELIMITER = ";"
COLUMNS = (
    "col_kind",
    "col_status",
    "col_old",
    "col_new",
    "col_old_value",
    "col_new_value",
    # one per side: a currency or a role can change while the number or day stays ("tot" -> "vanaf")
    "col_old_unit",
    "col_new_unit",
    # the year an amount is for, as the summary says it ("5,5 miljoen euro (2016)"): a sentence often
    # names three, and a budget rolled forward pairs by year (years_of.py)
    "col_old_year",
    "col_new_year",
    "col_section",
    "col_old_sentence",
    "col_new_sentence",
)
# A spreadsheet takes a cell starting with one of these for a formula (or, for tab and CR, may
# drop the white space and then do so): a letter quoting "=HYPERLINK(...)" or "-2+3" must not run
# in the reader's Excel. A leading apostrophe makes such a cell text, which OWASP's advice on CSV
# injection recommends; the cost is an apostrophe a reader may see in front of that text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """`cell`, made harmless for a spreadsheet: a leading apostrophe if it could start a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _number(value: float, lang: str) -> str:
    # Dutch Excel reads "26,5" as a number and "26.5" as text (or worse, a date); English the other way
    if isinstance(value, int) or value.is_integer():
        return str(int(value))
    text = repr(value)
    return text.replace(".", ",") if lang != "en" else text


def _value(fact: Fact | None, lang: str) -> str:
    if fact is None:
        return ""
    value = fact.value
    # bool is no value a fact has, but it is an int: keep it from being written as 1 or 0
    if isinstance(value, int | float) and not isinstance(value, bool):
        # a number we wrote ourselves is a number, never a formula: "-5" stays a negative number
        return _number(value, lang)
    return neutralise(str(value))


def _text(fact: Fact | None) -> str:
    return neutralise(fact.text) if fact else ""


def _sentence(fact: Fact | None) -> str:
    return neutralise(fact.sentence) if fact else ""


def _year(fact: Fact | None, letter_year: int | None) -> str:
    if fact is None or fact.kind != "money":
        return ""
    return year_of(fact, letter_year) or ""


def _row(pair: FactPair, t: dict[str, str], lang: str, years: tuple[int | None, int | None]) -> list[str]:
    old, new = pair.old, pair.new
    fact = new or old
    return [
        t[pair.kind],
        fact_status(pair.status, t),
        _text(old),
        _text(new),
        _value(old, lang),
        _value(new, lang),
        neutralise(unit_word(old, t)) if old else "",
        neutralise(unit_word(new, t)) if new else "",
        _year(old, years[0]),
        _year(new, years[1]),
        neutralise(where(fact.section, t)) if fact else "",
        _sentence(old),
        _sentence(new),
    ]


def render_csv(comparison: Comparison, lang: str = "nl", reviewed: Collection[str] | None = None) -> str:
    """Every fact pair of `comparison` as CSV text, BOM first; header and words in `lang`.

    With `reviewed` (the keys of the pairs the clerk ticked off, see review.py) a last column
    says for each pair whether it was.
    """
    t = words(lang)
    years = letter_years(comparison.old, comparison.new)  # "volgend jaar" counts from its own letter's
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    if reviewed is None:
        writer.writerow([t[c] for c in COLUMNS])
        writer.writerows(_row(pair, t, lang, years) for pair in comparison.facts)
    else:
        writer.writerow([*(t[c] for c in COLUMNS), t["col_reviewed"]])
        writer.writerows(
            [*_row(pair, t, lang, years), t["yes"] if pair_key(pair) in reviewed else t["no"]]
            for pair in comparison.facts
        )
    return BOM + out.getvalue()
