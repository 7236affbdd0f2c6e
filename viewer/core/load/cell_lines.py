"""A table that plain `pdftotext` (no -layout) copies one cell per line: its rows put back.

Copied without its layout, a Word table in a ministry's PDF comes out a cell per line, in one of two
orders:

- down its columns, each column a block of its own between blank lines: "Onderdeel /
  Capaciteitsopbouw / Force protection", blank, "Raming / 28,0 / 9,5", blank, "Realisatie / 27,4 /
  9,9" (a header word, then as many labels, then each further column's header and as many cells);
- along its rows, with no blank line: "Onderdeel / Raming / Realisatie / Capaciteitsopbouw / 28,0 /
  27,4 / Force protection / 9,5 / 9,9".

Read as text, the cells ran into paragraphs and the table's amounts were lost to the comparison
(qa15: 8 amounts vervallen in every copy of nr. 660). Each row becomes the row the XML gives
("Capaciteitsopbouw | 28,0 | 27,4"), a paragraph of its own. Only on clear evidence: every column
as long as the others (or every row as many cells as the header), short cells, a header of words
that start with a capital, and a column of figures (tables.py). A row the page break carried to the
next page (after the page's notes) is one of the table too, where it is a label and as many figures.

A page's running header printed between two columns ("Ministerie van Defensie", left by
form_feeds.py where it stood mid-page) is set after the table's rows.

Running text, an address or a letter's head has no run of short lines of figures that fits either
order; a figure line is rare in a letter, and only a figure line under a short line is looked at.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core import regex_cache
from viewer.core.load.tables import is_figure, marked_item, row_text, table_of_figures

# a cell of a table: a short line (a label has a few words, a header's title fewer)
_LABEL_CHARS = 50
_LABEL_WORDS = 6
_HEADER_WORDS = 4
# a cell ends in none of these: a sentence's end, a comma or a word broken by a hyphen
_NOT_AT_A_CELL_END = tuple(".,;:!?-–")
# a figure's line is short and starts with a digit, a sign or a currency
_FIGURE_START = tuple("0123456789€$£-–+")
_FIGURE_CHARS = 20
# a page's running header set between two columns: a block of at most this many lines, no figure
_INTERRUPTION_LINES = 2
_DIGIT = regex_cache.compile(r"\d")
# a note at a page's foot ("1 Kamerstuk 27 925, nr. 655."), between a table and its carried row
_NOTE = regex_cache.compile(r"\s*\d{1,3}\s+\S")
# lines between a table's end and the row carried to the next page, at most
_PAGE_FOOT = 12
# the lines a table's run is read over, at most (so that a letter costs a few times its lines)
_MOST_LINES = 120


def cell_rows(lines: Sequence[str]) -> list[str]:
    """The lines with each table copied a cell per line as its rows, each between blank lines."""
    out: list[str] = []
    done = 0  # lines before this one are in `out`
    i = 1
    while i < len(lines):
        line = lines[i]
        if len(line) > _FIGURE_CHARS + 4 or not _may_be_figure(line) or not _is_cell(lines[i - 1]):
            i += 1  # nearly every line: no figure under a short line
            continue
        found = _down_columns(lines, i) or _along_rows(lines, i)
        if found is None or found[0] < done:
            i += 1
            continue
        start, end, rows, moved = found
        carried = _carried_row(lines, end, len(rows[0]))
        if carried is not None and table_of_figures([*rows, carried[1]]):
            notes_end, cells, end_after = carried
        else:
            notes_end, cells, end_after = end, None, end
        out.extend(lines[done:start])
        if done < start and _title_above(lines, start):
            out[-1:] = ["", out[-1], ""]
        for cells_of_row in rows:
            out.extend(["", row_text(cells_of_row), ""])
        out.extend(moved)
        out.extend(lines[end:notes_end])  # the page's notes stay at its foot, for pdftext
        if cells is not None:
            # a new page's first line keeps its space (form_feeds.py): pdftext ends the page there
            page_start = " " if lines[notes_end][:1] == " " else ""
            out.extend(["", page_start + row_text(cells), ""])
        done = i = end_after
    out.extend(lines[done:])
    return out


def _may_be_figure(line: str) -> bool:
    text = line.strip()
    return 0 < len(text) <= _FIGURE_CHARS and text.startswith(_FIGURE_START) and is_figure(text)


def _is_cell(line: str, words: int = _LABEL_WORDS) -> bool:
    """May `line` be a table's cell that is not a figure: a short line, not a sentence's end, no
    list's item."""
    text = line.strip()
    return (
        0 < len(text) <= _LABEL_CHARS
        and len(text.split()) <= words
        and not text.endswith(_NOT_AT_A_CELL_END)
        and "  " not in text
        and not is_figure(text)
        and not marked_item(text)
    )


def _is_header(line: str) -> bool:
    text = line.strip()
    return _is_cell(text, _HEADER_WORDS) and text[:1].isupper()


def _is_column_cell(line: str) -> bool:
    return _may_be_figure(line) or _is_cell(line)


def _block_before(lines: Sequence[str], at: int) -> tuple[int, int] | None:
    """The block of filled lines that ends before the blank lines that end at line `at`."""
    end = at
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    if end == at or end == 0:
        return None  # no blank line between: no block of its own
    start = end - 1
    while start > 0 and lines[start - 1].strip():
        start -= 1
    return start, end


def _block_after(lines: Sequence[str], at: int) -> tuple[int, int] | None:
    """The block of filled lines that starts after the blank lines from line `at`."""
    start = at
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start == at or start == len(lines):
        return None
    end = start + 1
    while end < len(lines) and lines[end].strip():
        end += 1
    return start, end


def _column(lines: Sequence[str], start: int, end: int, length: int, first: bool) -> bool:
    """Are lines `start` to `end` a column of `length` lines: a header and its cells (the first
    column's cells labels, not figures)?"""
    if end - start != length or not _is_header(lines[start]):
        return False
    cells = lines[start + 1 : end]
    if first:
        return all(_is_cell(line) for line in cells)
    return all(_is_column_cell(line) for line in cells)


def _interruption(lines: Sequence[str], block: tuple[int, int], length: int) -> bool:
    """Is the block a page's running header between two columns: a line or two, no figure?"""
    start, end = block
    return (
        end - start <= _INTERRUPTION_LINES
        and end - start != length
        and not any(_DIGIT.search(line) for line in lines[start:end])
    )


def _down_columns(lines: Sequence[str], i: int) -> tuple[int, int, list[list[str]], list[str]] | None:
    """The table read down its columns around the column of figures whose first figure is line `i`:
    where it starts and ends, its rows (the header first) and the lines set between its columns."""
    if i < 2 or lines[i - 2].strip():
        return None  # a column's header starts its block
    end = i
    while end < len(lines) and end - i < _MOST_LINES and _may_be_figure(lines[end]):
        end += 1
    if end < len(lines) and lines[end].strip():
        return None  # the column ends its block
    length = end - i + 1
    if length < 3:
        return None
    columns = [(i - 1, end)]
    moved: list[tuple[int, int]] = []
    # the columns before: blocks as long, the first (a row's labels) maybe the tail of a longer one
    at = i - 1
    while True:
        block = _block_before(lines, at)
        if block is None:
            break
        if block[1] - block[0] > length and _column(lines, block[1] - length, block[1], length, first=True):
            columns.insert(0, (block[1] - length, block[1]))
            break
        if _column(lines, *block, length, first=False):
            columns.insert(0, block)
            at = block[0]
            continue
        # a running header between two columns: the block behind it is a column, or ends in the first
        behind = _block_before(lines, block[0]) if _interruption(lines, block, length) else None
        if behind is None or not (
            _column(lines, *behind, length, first=False)
            or _column(lines, behind[1] - length, behind[1], length, first=True)
        ):
            break
        moved.insert(0, block)
        at = block[0]
    # the columns after
    at = end
    while True:
        block = _block_after(lines, at)
        if block is None:
            break
        if _column(lines, *block, length, first=False):
            columns.append(block)
            at = block[1]
            continue
        ahead = _block_after(lines, block[1]) if _interruption(lines, block, length) else None
        if ahead is None or not _column(lines, *ahead, length, first=False):
            break
        moved.append(block)
        at = block[1]
    if len(columns) < 2 or not all(_is_cell(line) for line in lines[columns[0][0] + 1 : columns[0][1]]):
        return None
    cells = [[lines[k].strip() for k in range(start, stop)] for start, stop in columns]
    rows = [list(row) for row in zip(*cells, strict=True)]
    if not table_of_figures(rows):
        return None
    kept = [line for start, stop in moved for line in ["", *lines[start:stop], ""]]
    return columns[0][0], columns[-1][1], rows, kept


def _along_rows(lines: Sequence[str], i: int) -> tuple[int, int, list[list[str]], list[str]] | None:
    """The table read along its rows whose first row's first figure is line `i`: its header's cells
    one per line above the row's label, then each row's label and as many figures."""
    figures = _figures_from(lines, i)
    width = figures + 1
    start = i - 1 - width
    if start < 0 or not all(_is_header(line) for line in lines[start : i - 1]):
        return None
    rows = [[line.strip() for line in lines[start : i - 1]]]
    at = i - 1
    while at + width <= len(lines) and len(rows) * width < _MOST_LINES:
        if not _is_cell(lines[at]) or _figures_from(lines, at + 1) != figures:
            break
        rows.append([line.strip() for line in lines[at : at + width]])
        at += width
    if len(rows) < 3 or not table_of_figures(rows):
        return None
    return start, at, rows, []


def _figures_from(lines: Sequence[str], at: int) -> int:
    """How many figure lines follow one another from line `at` (a row's cells, at most a few)."""
    end = at
    while end < len(lines) and end - at <= _HEADER_WORDS + 2 and _may_be_figure(lines[end]):
        end += 1
    return end - at


def _carried_row(lines: Sequence[str], at: int, width: int) -> tuple[int, list[str], int] | None:
    """A row the page break carried to the next page: after the table's end at line `at`, past blank
    lines and the page's notes only, a label that starts a block and `width - 1` figures. Where the
    notes end, its cells, and the line after it; None if there is none."""
    for k in range(at, min(len(lines), at + _PAGE_FOOT)):
        if not lines[k].strip() or _NOTE.match(lines[k]):
            continue
        if lines[k - 1].strip() or not _is_cell(lines[k]) or _figures_from(lines, k + 1) != width - 1:
            return None
        return k, [line.strip() for line in lines[k : k + width]], k + width
    return None


def _title_above(lines: Sequence[str], start: int) -> bool:
    """Is the line right above a table's header its title, set under a sentence's end with no blank
    line between ("... in de onderstaande tabel." / "Uitgaven 2019 (bedragen x € 1 mln.)")? It is a
    paragraph of its own in the XML, not the end of the sentence's."""
    if start < 2 or not lines[start - 1].strip() or not lines[start - 2].strip():
        return False
    title = lines[start - 1].strip()
    return (
        len(title) <= _LABEL_CHARS + 30
        and not title.endswith(tuple(".,;:"))
        and lines[start - 2].rstrip().endswith(tuple(".:!?"))
    )
