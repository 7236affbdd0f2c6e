"""A table whose columns a copy lines up with spaces (`pdftotext -layout`): its rows as rows.

Copied with its layout kept, a table of amounts keeps its columns as runs of spaces ("Onderdeel
Raming      Realisatie" / "Capaciteitsopbouw      28,0      27,4"), where Word's plain text puts a
tab (tables.py). Read as text, the rows ran into one paragraph and the amounts were lost to the
comparison. A run of two or more spaces inside a line separates two cells; lines of as many cells,
one under the other, that make a table of figures (tables.py: short cells, a column of figures)
are its header and rows. A row the page break carried to the next page (after the page's notes
and footer, a few lines on) is one too, where it has as many cells as the table above it.

Running text has a double space here and there (after a full stop, typed so), but no run of lines
with as many short cells and a column of figures.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core import regex_cache
from viewer.core.load.tables import row_text, table_of_figures

_GAP = regex_cache.compile(r" {2,}")
# lines between a table's last row before a page break and the row carried after it, at most
_PAGE_FOOT = 16


def _cells(line: str) -> list[str] | None:
    """The line's cells where runs of spaces separate two or more; None for any other line."""
    text = line.strip()
    if "  " not in text or "|" in text:
        return None
    cells = _GAP.split(text)
    return cells if len(cells) >= 2 else None


def spaced_rows(lines: Sequence[str]) -> list[str]:
    """The lines with each table set out by spaces as its rows, each between blank lines."""
    rows: dict[int, list[str]] = {}
    carried: set[int] = set()
    for i, line in enumerate(lines):
        if i in rows or "  " not in line.strip():
            continue  # nearly every line: no run of spaces, no header of a table
        table = _table_at(lines, i)
        if table is not None:
            rows.update(table[0])
            carried.update(table[1])
    if not rows:
        return list(lines)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in rows:
            # a carried row starting the next page keeps its space (form_feeds.py): pdftext ends the
            # page before it, and takes the notes at its foot out
            page_start = " " if i in carried and line[:1] == " " else ""
            out.extend(["", page_start + row_text(rows[i]), ""])
        else:
            out.append(line)
    return out


def _table_at(lines: Sequence[str], i: int) -> tuple[dict[int, list[str]], list[int]] | None:
    """The header at line `i` and the rows under it, by line, and the line of a row carried over a
    page break (if any); None if no table starts there."""
    header = _cells(lines[i])
    if header is None:
        return None
    table = {i: header}
    at = i + 1
    while at < len(lines):
        cells = _cells(lines[at])
        if cells is None or len(cells) != len(header):
            break
        table[at] = cells
        at += 1
    if len(table) < 2 or not table_of_figures(list(table.values())):
        return None
    carried = _carried_row(lines, at, len(header))
    if carried is not None and table_of_figures([*table.values(), carried[1]]):
        table[carried[0]] = carried[1]
        return table, [carried[0]]
    return table, []


def _carried_row(lines: Sequence[str], at: int, width: int) -> tuple[int, list[str]] | None:
    """The first line of as many cells a few lines after the table's end at `at` (a row carried
    over a page break), with its cells; None if there is none."""
    for k in range(at, min(len(lines), at + _PAGE_FOOT)):
        cells = _cells(lines[k])
        if cells is not None:
            return (k, cells) if len(cells) == width else None
    return None
