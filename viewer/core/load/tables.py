"""Tables of figures as every format gives them: a paragraph per row, its cells joined with " | ".

The XML, the HTML and Word mark a table and its rows; the loaders write each row as "Maand |
Missies | Wapens", "Juli | 62 | 104", and the table's title above it as a paragraph. Plain text and
PDF only show the rows by their layout: this module holds what all of them share.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core import regex_cache
from viewer.core.load.build import Block, para
from viewer.core.load.section_numbers import section_number

CELL_SEPARATOR = " | "
# Word's plain text ("Tekst zonder opmaak") writes a table's cells with a tab between them
_TAB = regex_cache.compile(r"[ \u00a0]*\t+[ \u00a0]*")
# a cell's figure: a count, an amount or a share ("62", "4.800", "31,2", "€ 5", "-3", "12%", "12 %"),
# also an amount with its scale ("€ 12,0 mln.", "1,5 miljard"): a table of amounts writes them so
_FIGURE = r"[€$£]?\s?[-–+]?\d[\d.,]*(?:\s?%|\s(?:mln|mld|mrd)\.?|\s(?:miljoen|miljard))?"
_FIGURE_CELL = regex_cache.compile(_FIGURE)
_WORD = regex_cache.compile(r"\S+")
# words: a figure cell holds three at most ("€ 12,0 mln.")
_FIGURE_WORDS = 3
# a list's item starts with its mark: a number or letter, a bullet or a dash; its text stands at one
# indent, as a table's column does, but it is no row
_LIST_MARK = regex_cache.compile(r"\s*(?:(?:\d{1,2}|[a-z])[).]|[•·▪◦∙*]|[-–—])\s")


# a row's label (its first cell) holds a few words, its other cells a figure or a word or two
_LABEL_WORDS = 6
_CELL_WORDS = 3


def table_of_figures(table: Sequence[Sequence[str]]) -> bool:
    """Are these lines, cut into cells, a table of figures: a header and rows of as many cells
    (two or more), short ones, and a column with a figure in every row below the header? Words of
    running text that happen to line up make cells of unequal number or length, with a figure here
    and there."""
    width = len(table[0])
    if len(table) < 2 or width < 2 or any(len(cells) != width for cells in table):
        return False
    if any(len(cells[0].split()) > _LABEL_WORDS for cells in table):
        return False
    if any(len(cell.split()) > _CELL_WORDS for cells in table for cell in cells[1:]):
        return False
    return any(all(is_figure(cells[j]) for cells in table[1:]) for j in range(1, width))


def row_text(cells: Sequence[str]) -> str:
    return CELL_SEPARATOR.join(cell.strip() for cell in cells)


def is_row(text: str) -> bool:
    return CELL_SEPARATOR in text


def is_figure(cell: str) -> bool:
    return _FIGURE_CELL.fullmatch(cell.strip()) is not None


def ends_in_amount(text: str) -> bool:
    """Does the line end in an amount whose full stop is its scale's ("UNDP FFS € 12,0 mln.")? Then
    it may be a table's row, which otherwise ends in no sentence's stop."""
    return text.rstrip().endswith(".") and figure_at_end(text) is not None


def figure_at_end(text: str) -> int | None:
    """Where the figure that ends `text` starts ("UNDP FFS € 12,0 mln." at "€"), or None. Only a
    line's last words are looked at: a figure cell is a few words long."""
    end = len(text.rstrip())
    for start in [word.start() for word in _WORD.finditer(text)][-_FIGURE_WORDS:]:
        if _FIGURE_CELL.fullmatch(text, start, end):
            return start
    return None


def marked_item(line: str) -> bool:
    return _LIST_MARK.match(line) is not None


def tab_row(line: str) -> str | None:
    """A line of cells separated by tabs as a table's row ("Juli | 62 | 104"); None for any other
    line. A tab that only indents the line separates no cells."""
    cells = _TAB.split(line.strip())
    if len(cells) < 2 or not all(cell.strip() for cell in cells):
        return None
    return row_text(cells)


def _labelled_item(line: str) -> str | None:
    """A list's item as Word saves it in plain text, its label followed by a tab ("•<tab>ongeveer 150
    militairen", "1.<tab>Overzicht van ..."), with a space after its label, as the XML gives it; None
    for any other line. The tab belongs to the label: it separates no table's cells. Read as a row
    ("• | ongeveer 150 militairen"), the items of a list after the signatures ran on into the last
    section, and the heading above them ("Bijlage") was none."""
    label, tab, text = line.lstrip().partition("\t")
    if not tab or not text.strip() or "\t" in text or _LIST_MARK.fullmatch(f"{label} ") is None:
        return None  # (more tabs: a table's row, whose first cell may be a number "1.")
    indent = line[: len(line) - len(line.lstrip())]
    return f"{indent}{label} {text.strip()}"


def tab_rows(lines: Sequence[str]) -> list[str]:
    """The lines with each row of tab-separated cells as a table's row, a paragraph of its own (a
    blank line before and after it): never a heading, never run on into the next row. A list's
    item whose label a tab follows stays an item."""
    out: list[str] = []
    for line in lines:
        if "\t" not in line:
            out.append(line)
            continue
        item = _labelled_item(line)
        if item is not None:
            out.append(item)
            continue
        row = tab_row(line)
        if row is None:
            out.append(line)
        else:
            out.extend(["", row, ""])
    return out


def captions_as_paragraphs(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with a heading that stands right above a table's first row made a paragraph.

    A one-line emphasised paragraph above a table is its title ("Inzet F-16’s per maand"), which the
    XML gives as a paragraph: read as a heading, it would open a section of the table alone. Only a
    heading the loader inferred from the type or the words (no rank of its own) is such a title;
    one set in a heading style stays a heading, and so does a numbered one ("2.2 Bijtanking").
    """
    out = list(blocks)
    for i, block in enumerate(out[:-1]):
        following = out[i + 1]
        if (
            block.kind == "heading"
            and block.level is None
            and section_number(block.text) is None
            and following.kind == "para"
            and is_row(following.text)
        ):
            out[i] = para(block.text)
    return out
