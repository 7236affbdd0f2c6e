"""A PDF's table of figures: lines whose words stand in the same columns, read as rows of cells.

A PDF draws a table's cells as words at their columns' positions; its text layer reads a row as
a line ("Juli 62 104"). Lines that are rows show it by their layout: under each other, every one
has a word starting (or, for figures set to the right, ending) at the same places, and below the
header each row has a figure in a column. Such a run becomes the rows the XML gives
("Juli | 62 | 104"), before the paragraphs are found: a row is never a heading, nor run on into
the next. Running text stands in no such columns: its words fall anywhere along the line, and a
list's items, whose text starts at one indent, are no table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from viewer.core.load.pdf_lines import Line
from viewer.core.load.tables import ends_in_amount, marked_item, row_text, table_of_figures

# points: words of one column start (or end) this close to each other (a glyph's ink starts a
# point or so from where the pen put it: "J" before, "S" after)
_SAME_X = 2.0
# points: lines whose first words start this close stand at one left edge
_SAME_LEFT = 3.0
# a table has a header and at least two rows
_FEWEST_LINES = 3
# a table's lines, at most, as far as they are read as one (a longer one is read as several)
_MOST_ROWS = 60
_CLOSING = ".,;:!?"

_Column = tuple[str, float]  # ("start", x) or ("end", x) of a word other than a line's first


def rows_set_out(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages with every line of a table made its row, the cells joined by " | " (tables.py).

    A table may go on in the next column or on the next page, its header left at the foot of the
    one before: columns are measured from the left edge of each line, and the lines of all pages
    are looked at as one run."""
    lines = [line for page in pages for line in page]
    rows = _rows([_Placed(line, origin) for line, origin in zip(lines, _origins(lines), strict=True)])
    out: list[list[Line]] = []
    for page in pages:
        out.append(rows[: len(page)])
        rows = rows[len(page) :]
    return out


@dataclass(frozen=True, slots=True)
class _Placed:
    line: Line
    origin: float  # the left edge the line was set from

    def columns(self) -> list[_Column]:
        """Where the line's words after the first start and end, from its left edge."""
        words = self.line.words[1:]
        return [("start", left - self.origin) for left, _ in words] + [
            ("end", right - self.origin) for _, right in words
        ]

    def starts_cell(self, word: tuple[float, float], columns: Sequence[_Column]) -> bool:
        left, right = word
        return any(abs((left if kind == "start" else right) - self.origin - x) <= _SAME_X for kind, x in columns)


def _origins(lines: Sequence[Line]) -> list[float]:
    """The left edge each line was set from: its first word's, or the line's above where the two
    start at one edge (the ink of "Juli" and of "September" starts a point or two apart)."""
    origins: list[float] = []
    for k, line in enumerate(lines):
        left = line.words[0][0] if line.words else line.left
        if k and lines[k - 1].page == line.page and abs(left - origins[-1]) <= _SAME_LEFT:
            left = origins[-1]
        origins.append(left)
    return origins


def _rows(lines: list[_Placed]) -> list[Line]:
    out = [placed.line for placed in lines]
    i = 0
    while i < len(lines):
        rows = _table_at(lines, i)
        if rows is None:
            i += 1
            continue
        for k, cells in enumerate(rows):
            out[i + k] = replace(out[i + k], text=row_text(cells))
        i += len(rows)
    return out


def _table_at(lines: Sequence[_Placed], i: int) -> list[list[str]] | None:
    """The cells of each line of the table whose header is line `i`; None if no table starts there.

    Each line added keeps only the columns it shares with the lines above; a line that shares none
    ends the run. A line after the table may still share one by chance: then the table ends
    before it. Lines that share columns but make no table (a caption above the header sharing one
    by chance) are looked at again from the next line on: a run is at most `_MOST_ROWS` long, so
    that a page of aligned lines costs no more than a table's length each."""
    if i + 1 >= len(lines) or not _may_be_row(lines[i].line):
        return None
    run = [lines[i]]
    columns = lines[i].columns()
    for placed in lines[i + 1 : i + _MOST_ROWS]:
        shared = _shared(columns, placed.columns()) if _may_be_row(placed.line) else []
        if not shared:
            break
        run.append(placed)
        columns = shared
    table = _cells(run, columns)
    if table is None and len(run) > _FEWEST_LINES:
        run.pop()
        table = _cells(run, _common_columns(run))
    return table


def _may_be_row(line: Line) -> bool:
    words = line.text.split()
    return (
        len(words) >= 2
        and len(words) == len(line.words)
        and (line.text.rstrip()[-1] not in _CLOSING or ends_in_amount(line.text))
        and not marked_item(line.text)
    )


def _shared(columns: Sequence[_Column], others: Sequence[_Column]) -> list[_Column]:
    """The `columns` that `others` has too (a line has a dozen words at most: no search needed)."""
    return [(kind, x) for kind, x in columns if any(k == kind and abs(x - y) <= _SAME_X for k, y in others)]


def _common_columns(run: Sequence[_Placed]) -> list[_Column]:
    columns = run[0].columns()
    for placed in run[1:]:
        columns = _shared(columns, placed.columns())
    return columns


def _cells(run: Sequence[_Placed], columns: Sequence[_Column]) -> list[list[str]] | None:
    """Each line of `run` cut where a word stands in one of `columns`, if that is a table (tables.py)."""
    if len(run) < _FEWEST_LINES or not columns:
        return None
    table = [_cut(placed, columns) for placed in run]
    return table if table_of_figures(table) else None


def _cut(placed: _Placed, columns: Sequence[_Column]) -> list[str]:
    words = placed.line.text.split()
    cells: list[list[str]] = [[words[0]]]
    for word, edges in zip(words[1:], placed.line.words[1:], strict=True):
        if placed.starts_cell(edges, columns):
            cells.append([word])
        else:
            cells[-1].append(word)
    return [" ".join(cell) for cell in cells]
