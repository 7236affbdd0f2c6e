"""Amounts in a table of figures whose unit its title or header states, not its cells.

A budget letter tables its costs: "Kosten missie (in miljoenen euro)" above "Onderdeel | 2017 | 2018"
and "Trainingsmissie Irak | 14,2 | 15,1". The cells hold bare figures, so the sentence rules find no
money in them, and a change from 15,1 to 17,3 million went unreported. Here a run of table rows
(the loaders give each row its cells joined by " | ", in every format) under a title or header that
names a currency and a scale ("in miljoenen euro", "x € 1 miljoen", "bedragen in M€", "€ mln.",
"in duizenden euro") gives an amount per figure cell, in euro times that scale. A header of years
gives each column's amounts their year (`Fact.modifier`: years_of.py reads it), so a budget that
rolls a year forward pairs year with year.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator

from viewer.core import regex_cache
from viewer.core.document import Document, Paragraph, Section
from viewer.core.facts.model import Fact, new_fact
from viewer.core.facts.numbers import parse_digits, plain
from viewer.core.facts.troops import NOUN

CELL = " | "
_TITLE_CHARS = 160  # a title is a short line; a paragraph of running text names no table's unit
_CURRENCY = regex_cache.compile(r"(?i:euro\b|eur\b)|€")
_MILLIONS = regex_cache.compile(r"(?i:\bmiljoen(?:en)?\b|\bmln\b\.?|\bm€|€\s*1\s*(?:miljoen|mln))")
_THOUSANDS = regex_cache.compile(r"(?i:\bduizend(?:en)?\b|\bk€|€\s*1\.?000\b)")
# "(in euro)", "(bedragen in euro)": whole euros, said so
_UNITS = regex_cache.compile(r"(?i:\(\s*(?:bedragen\s+)?(?:in|x)\s+(?:euro|€)\s*\))")
# a cell that is a figure and nothing else: "14,2", "1.234", "-3,5", "−0,8"
_FIGURE = regex_cache.compile(r"\s*(?P<sign>[-−–])?\s*(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*")
_YEAR = regex_cache.compile(r"\s*((?:19|20)\d\d)\s*")


# an amount in a title ("Bijdrage van 10 miljoen euro aan:"): the title then states no unit of the cells
_AMOUNT = regex_cache.compile(r"(?i:\d[\d.,]*\s*(?:miljoen|miljard|mln|duizend)|[€$]\s*(?!1\b)\d)")
_PER_ONE = regex_cache.compile(r"[x×]\s*(?:€|(?i:euro|eur))?\s*1\b")  # "x € 1 miljoen", "x € 1.000"
# A column whose header counts people or things, or shares, holds no amounts though the title gives
# the table's money unit: "Tabel 5 Inzet en kosten per onderdeel (kosten in miljoenen euro)" over
# "Onderdeel | Militairen | Kosten" read 90 -> 110 militairen as 20 million euro more, and "Aandeel
# (%)" as millions (qa15 #1). Matched in the header cell case folded.
_NO_AMOUNTS = regex_cache.compile(
    r"%|(?<![\w\-])(?:aantal|aantallen|procent|percentage|aandeel|fte|uren|dagen|weken|maanden|stuks)(?![\w\-])"
    rf"|(?<![\w\-]){NOUN}(?![\w\-])"
)
# ... unless it names the money too: "Aantal (x € 1.000)", "Kosten militairen"
_AMOUNTS = regex_cache.compile(
    r"€|(?<![\w\-])(?:euro|eur|mln|kosten|bedrag|bedragen|budget|raming|ramingen|uitgaven|begroting)(?![\w\-])"
)


def _scale(text: str) -> int | None:
    """The multiplier a table's title or header states for its figures, or None when it names no
    currency with a scale, or names an amount."""
    if len(text) > _TITLE_CHARS or not _CURRENCY.search(text):
        return None
    if _AMOUNT.search(text) and not _PER_ONE.search(text):
        return None
    if _MILLIONS.search(text):
        return 1_000_000
    if _THOUSANDS.search(text):
        return 1_000
    return 1 if _UNITS.search(text) else None


def _runs(paragraphs: tuple[Paragraph, ...]) -> Iterator[tuple[int, int]]:
    """Index ranges [start, end) of the runs of table rows among `paragraphs`."""
    start = None
    for i, paragraph in enumerate(paragraphs):
        if CELL in paragraph.text:
            start = i if start is None else start
        elif start is not None:
            yield start, i
            start = None
    if start is not None:
        yield start, len(paragraphs)


def _cells(text: str) -> Iterator[tuple[int, str]]:
    """Each cell of a row, with where it starts in the row."""
    at = 0
    for cell in text.split(CELL):
        yield at, cell
        at += len(cell) + len(CELL)


def _amounts(
    section: Section, rows: tuple[Paragraph, ...], scale: int, years: list[str | None], skipped: frozenset[int]
) -> Iterator[Fact]:
    for row in rows:
        for column, (at, cell) in enumerate(_cells(row.text)):
            # the first cell is the row's label; a column of counts or shares (`skipped`) no amount
            figure = _FIGURE.fullmatch(cell) if column and column not in skipped else None
            if figure is None or (column == 1 and _YEAR.fullmatch(cell)):
                continue
            value = parse_digits(figure.group("num")) * scale * (-1 if figure.group("sign") else 1)
            start = at + figure.start("sign" if figure.group("sign") else "num")
            end = at + figure.end("num")
            yield new_fact(
                "money",
                row.text[start:end],
                plain(value),
                "EUR",
                False,
                section.path,
                section.index,
                row.text,
                row.span.start + start,
                None,
                years[column] if column < len(years) else None,
                None,
                row.span.start,
            )


def table_amounts(document: Document, found: Iterable[Fact]) -> list[Fact]:
    """The amounts in `document`'s tables of figures whose title or header gives the unit; none
    where a fact already stands (a cell "€ 12 miljoen" is read as any amount is)."""
    facts: list[Fact] = []
    for section in document.sections:
        paragraphs = section.paragraphs
        if not any(CELL in p.text for p in paragraphs):
            continue  # nearly every section
        for start, end in _runs(paragraphs):
            header = paragraphs[start].text
            title = paragraphs[start - 1].text if start else ""
            scale = _scale(header) or _scale(title) or _scale(header.split(CELL, 1)[0])
            if scale is None:
                continue
            cells = [cell for _, cell in _cells(header)]
            years = [m.group(1) if (m := _YEAR.fullmatch(cell)) else None for cell in cells]
            # a header names the columns (years, or words); a first row of figures is a row
            headed = any(years[1:]) or not _FIGURE.fullmatch(cells[-1])
            rows = paragraphs[start + 1 : end] if headed else paragraphs[start:end]
            skipped = frozenset(_no_amounts(cells)) if headed else frozenset()
            facts.extend(_amounts(section, rows, scale, years, skipped))
    if not facts:
        return facts
    taken = sorted((f.offset, f.offset + len(f.text)) for f in found if f.kind != "commitment")
    return [f for f in facts if not _overlaps(taken, f.offset, f.offset + len(f.text))]


def _no_amounts(header: list[str]) -> Iterator[int]:
    """The columns of a table's header cells that count people or things, or shares."""
    for column, cell in enumerate(header):
        folded = cell.casefold()
        if _NO_AMOUNTS.search(folded) and not _AMOUNTS.search(folded):
            yield column


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    at = bisect_left(spans, (start, start))
    return (at > 0 and spans[at - 1][1] > start) or (at < len(spans) and spans[at][0] < end)
