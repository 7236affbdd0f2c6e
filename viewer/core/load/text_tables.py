"""A table of figures in text copied from a PDF, or wrapped by hand: recognised by its shape.

Copied out of a PDF, a table's columns are gone: its rows are short lines, a label and its figures
("Trainers Erbil en Bagdad 31,2", "Juli 62 104"), under a header of as many words as each row has
cells ("Maand Missies Wapens"; words in brackets go with the word before: "Brandstof (ton)"), with
no blank line between them. Read as text, the rows ran together into one paragraph, or each one
became a heading. Each row becomes the row the XML gives ("Juli | 62 | 104"), a paragraph of its
own (a blank line before and after it).

Short lines of a letter have other shapes: a list's items carry a mark, a heading and the lines of
an address or of a letterhead are no run of lines ending in figures under a header, a date's year
("Datum 10 maart 2017") is no figure of a table, and a line of running text ends in a hyphen or a
punctuation mark, or holds a longer label than a row does.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core import regex_cache
from viewer.core.dutch import MONTH_NAMES
from viewer.core.load.pdftext import FOOTER, NOT_A_HEADING
from viewer.core.load.tables import (
    ends_in_amount,
    figure_at_end,
    is_figure,
    is_row,
    marked_item,
    row_text,
    table_of_figures,
)

# a table's header has this many cells at most; a line of more words is running text
_MOST_CELLS = 6
# a header's cell: a word and the words in brackets after it ("Brandstof (ton)")
_HEADER_CELL = regex_cache.compile(r"[^\s(]\S*(?:\s+\([^)]*\)\S*)*|\S+")
_DIGIT = regex_cache.compile(r"\d")
# characters: a table's header is a short line
_LONGEST_HEADER = 80
# a table's rows, at most, as far as they are read as one (a longer one is read as several): each
# line is looked at as a header, and then its rows, so that a letter costs at most this many times
# its lines
_MOST_ROWS = 60
# lines between a page's last line of text and its running footer, at most (blank lines and notes)
_PAGE_FOOT = 12
# a line of a table ends in none of these: a sentence's end, a comma or a word broken by a hyphen
_NOT_AT_A_ROW_END = tuple(".,;:!?-–")
# the space a copy keeps where a row's cell is empty ("Totaal  € 25,8 mln.")
_GAP = "  "
# a label that ends in a day and its month ("Datum 10 maart"): the figure after it is the year
_DAY_AT_END = regex_cache.compile(rf"(?i)\b\d{{1,2}}\s+(?:{MONTH_NAMES})$")


def shaped_rows(lines: Sequence[str]) -> list[str]:
    """The lines with each table's header and rows as its rows, each between blank lines."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        table = _table_at(lines, i)
        if table is None:
            out.append(lines[i])
            i += 1
            continue
        for at, cells in table:
            out.extend(lines[i:at])  # a page break within the table: its footer and notes, for pdftext
            out.extend(["", row_text(cells), ""])
            i = at + 1
    return out


def header_cells(line: str) -> list[str]:
    """A header's words as its cells, words in brackets with the word before ("Brandstof (ton)")."""
    return _HEADER_CELL.findall(line)


def _table_at(lines: Sequence[str], i: int) -> list[tuple[int, list[str]]] | None:
    """Where the header at line `i` and the rows under it are, with their cells; None if no table
    starts there."""
    if i + 1 >= len(lines) or _DIGIT.search(lines[i + 1]) is None:
        return None  # a header has a row with a figure under it (not across a page break: a limit)
    line = lines[i].strip()
    # more words than a header's cells and a few in brackets: running text, told without reading it
    if len(line) > _LONGEST_HEADER or line.count(" ") > _MOST_CELLS + 3 or not _may_be_row(line):
        return None
    header = header_cells(lines[i])
    if not 2 <= len(header) <= _MOST_CELLS:
        return None
    table = [(i, header)]
    at = i + 1
    while at < len(lines) and len(table) < _MOST_ROWS:
        at = _after_page_break(lines, at)
        may_be = at < len(lines) and _may_be_row(lines[at], amounts=_headed_as_a_table(header))
        cells = _row_cells(lines[at], len(header)) if may_be else None
        if cells is None or not table_of_figures([row for _, row in table] + [cells]):
            break
        table.append((at, cells))
        at += 1
    return table if len(table) >= 3 else None


def _after_page_break(lines: Sequence[str], at: int) -> int:
    """The line after the page break that starts at line `at` (blank lines, the page's notes, the
    running footer and the blank lines after it), where the table may go on; `at` itself if no
    page break starts there. A page's foot holds a few lines only."""
    if lines[at].strip():
        return at
    for k in range(at, min(len(lines), at + _PAGE_FOOT)):
        if FOOTER.match(lines[k]):
            k += 1
            while k < len(lines) and not lines[k].strip():
                k += 1
            return k
    return at


def _headed_as_a_table(header: Sequence[str]) -> bool:
    """Does each of the header's cells start with a capital or a digit ("Organisatie Doel Bedrag",
    "Onderdeel 2017 2018"), as a table's column titles do, and a heading's words do not ("Kosten en
    financiering")?"""
    return all(cell[:1].isupper() or cell[:1].isdigit() for cell in header)


def _may_be_row(line: str, amounts: bool = False) -> bool:
    """May `line` be a table's header or row? With `amounts`, under a header set as a table's, a
    row may end in an amount's full stop ("UNDP FFS € 12,0 mln."); a short sentence ends so too
    ("De uitgaven bedragen € 61,4 mln.", a paragraph per line)."""
    text = line.strip()
    return (
        bool(text)
        and (not text.endswith(_NOT_AT_A_ROW_END) or (amounts and ends_in_amount(text)))
        and not is_row(text)
        and not marked_item(text)
        and NOT_A_HEADING.match(text) is None
    )


def _row_cells(line: str, width: int) -> list[str] | None:
    """A row's label (its first words) and its `width - 1` cells of one word each (a place, a
    figure) or of a figure's words ("€ 12,0 mln.", "12 %"); None where the line has too few words
    or where its figure is a date's year. A row with an empty cell ("Totaal  € 25,8 mln.", the
    copy keeps a space for it) has its cells after the gap, the empty ones right after the label."""
    text = line.strip()
    cells = _cells_from_end(text, width - 1)
    if cells is None and _GAP in text:
        label, _, rest = text.partition(_GAP)
        for filled in range(width - 2, 0, -1):
            after_gap = _cells_from_end(rest.strip(), filled, label_left=False)
            if after_gap is not None:
                cells = [label, *[""] * (width - 1 - filled), *after_gap[1:]]
                break
    if cells is None or (is_figure(cells[1]) and _DAY_AT_END.search(cells[0])):
        return None  # too few words; or "10 maart 2017": a date, not a row
    return cells


def _cells_from_end(text: str, count: int, label_left: bool = True) -> list[str] | None:
    """What goes before `text`'s last `count` cells, and those cells: one word each, or a figure's
    words; None where there are fewer (or, `label_left`, no words left for a label)."""
    rest = text
    cells: list[str] = []
    for _ in range(count):
        if not rest:
            return None
        start = figure_at_end(rest)
        if start is None or len(rest[start:].split()) == 1:
            start = len(rest) - len(rest.split()[-1])  # one word
        cells.insert(0, " ".join(rest[start:].split()))
        rest = rest[:start].rstrip()
    if bool(rest) != label_left:
        return None
    return [" ".join(rest.split()), *cells]
