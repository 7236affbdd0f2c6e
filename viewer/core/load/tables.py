"""Tables of figures as every format gives them: a paragraph per row, its cells joined with " | ".

The XML, the HTML and Word mark a table and its rows; the loaders write each row as "Maand |
Missies | Wapens", "Juli | 62 | 104", and the table's title above it as a paragraph. Plain text and
PDF only show the rows by their layout: this module holds what all of them share.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core import regex_cache
from viewer.core.load.build import Block, para

CELL_SEPARATOR = " | "
# Word's plain text ("Tekst zonder opmaak") writes a table's cells with a tab between them
_TAB = regex_cache.compile(r"[ \u00a0]*\t+[ \u00a0]*")


def row_text(cells: Sequence[str]) -> str:
    return CELL_SEPARATOR.join(cell.strip() for cell in cells)


def is_row(text: str) -> bool:
    return CELL_SEPARATOR in text


def tab_row(line: str) -> str | None:
    """A line of cells separated by tabs as a table's row ("Juli | 62 | 104"); None for any other
    line. A tab that only indents the line separates no cells."""
    cells = _TAB.split(line.strip())
    if len(cells) < 2 or not all(cell.strip() for cell in cells):
        return None
    return row_text(cells)


def tab_rows(lines: Sequence[str]) -> list[str]:
    """The lines with each row of tab-separated cells as a table's row, a paragraph of its own (a
    blank line before and after it): never a heading, never run on into the next row."""
    out: list[str] = []
    for line in lines:
        row = tab_row(line) if "\t" in line else None
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
    one set in a heading style stays a heading.
    """
    out = list(blocks)
    for i, block in enumerate(out[:-1]):
        following = out[i + 1]
        if block.kind == "heading" and block.level is None and following.kind == "para" and is_row(following.text):
            out[i] = para(block.text)
    return out
