"""A page's running head and foot as a ministry's Word template prints them.

A ministry's letter carries the ministry's name at the top of every page but the first, and
"Pagina 2 van 3" at every page's foot. Read in with the text, the name stood in the middle of a
sentence or a list, became a section ("Financiën / Ministerie van Defensie") or took the row of a
table carried over the page for a heading; "Pagina 2 van 2" became a section of its own.
pdf_layout.py already drops the Kamer's own footer and a bare page number, and lines repeated at
the top or bottom of three pages or more; this module finds the rest:

- a page's number in words ("Pagina 2 van 3", "Blad 2", "2/3", "- 2 -") as a page's top or bottom line;
- a line (digits aside) standing at about the same place at the top or foot of every page from the
  second on, and of the first or not. On a letter of two pages such a line is there once: then
  it must stand at the top, set smaller than the text, well apart from the text under it. The
  first page's top line with the same text goes too, wherever it stands: the letterhead's wordmark,
  which pdfium reads after the page's footer, would run into the last footnote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core import regex_cache
from viewer.core.load.pdf_lines import Line
from viewer.core.load.pdftext import FOOTER
from viewer.core.textnorm import collapse_spaces

_PAGE_LINE = regex_cache.compile(
    r"^\s*(?:(?:pagina|page|blad|p\.)\s*\d{1,3}(?:\s*(?:van|of|/)\s*\d{1,3})?"
    r"|\d{1,3}\s*(?:/|van)\s*\d{1,3}|[-–]\s*\d{1,3}\s*[-–])\s*$",
    re.IGNORECASE,
)
# points: a running line stands this close to where it stands on the other pages
_SAME_PLACE = 2.0
# a running head that stands once (the second page of two) is this many of its text's ems above
# the line under it at least (a paragraph gap is one or two)
_APART = 4.0
# points: set at least this much smaller than the text
_SMALLER = 0.5


def running_lines(pages: Sequence[Sequence[Line]], body: float) -> set[tuple[int, int]]:
    """(page, line) of every page's running head or foot and page number in words; not the Kamer's
    own footer, which pdf_layout reads the dossier and number from."""
    drop = _running(pages, body)
    return {(p, i) for p, i in drop if not FOOTER.match(pages[p][i].text)}


def _running(pages: Sequence[Sequence[Line]], body: float) -> set[tuple[int, int]]:
    drop: set[tuple[int, int]] = set()
    edges = [_edges(lines) for lines in pages]
    for p, lines in enumerate(pages):
        for i in edges[p]:
            if _PAGE_LINE.match(lines[i].text):
                drop.add((p, i))
    later = [p for p in range(1, len(pages)) if pages[p]]
    if not later:
        return drop
    first = later[0]
    for i in edges[first]:
        line = pages[first][i]
        same = [_same_line(line, pages[p], edges[p]) for p in later]
        if any(k is None for k in same) or any(len(pages[p]) < 2 for p in later):
            continue  # not on every page, or all a page holds: its text, however often repeated
        on_first = _same_line(line, pages[0], edges[0]) if pages[0] else None
        if len(later) == 1 and on_first is None and not _set_apart(line, pages[first], body):
            continue
        drop.update((p, k) for p, k in zip(later, same, strict=True) if k is not None)
        if on_first is None:
            on_first = _letterhead(line, pages[0])
        if on_first is not None:
            drop.add((0, on_first))
    return drop


def _edges(lines: Sequence[Line]) -> list[int]:
    """The lines standing highest and lowest on the page (one visual line may be two pieces)."""
    if not lines:
        return []
    top = max(line.baseline for line in lines)
    bottom = min(line.baseline for line in lines)
    return [i for i, line in enumerate(lines) if line.baseline in (top, bottom)]


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", collapse_spaces(text))


def _same_line(line: Line, lines: Sequence[Line], edges: Sequence[int]) -> int | None:
    """The line among a page's top and bottom `edges` with `line`'s text (digits aside) at its place."""
    for k in edges:
        other = lines[k]
        if (
            _key(other.text) == _key(line.text)
            and abs(other.baseline - line.baseline) <= _SAME_PLACE
            and abs(other.left - line.left) <= _SAME_PLACE
        ):
            return k
    return None


def _set_apart(line: Line, lines: Sequence[Line], body: float) -> bool:
    """Is `line` a head standing alone at the page's top: above the rest, smaller than the text and
    far above the next line?"""
    others = [other.baseline for other in lines if other is not line]
    return (
        bool(others)
        and line.baseline > max(others)
        and line.size <= body - _SMALLER
        and line.baseline - max(others) >= _APART * body
    )


def _letterhead(line: Line, lines: Sequence[Line]) -> int | None:
    """The first page's top line with the running head's text, wherever it stands: the letterhead's
    wordmark (the ministry's name centred under its logo) that the later pages' head repeats."""
    if not lines:
        return None
    top = max(other.baseline for other in lines)
    for k, other in enumerate(lines):
        if other.baseline == top and _key(other.text) == _key(line.text):
            return k
    return None
