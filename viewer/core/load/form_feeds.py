"""Page breaks in text copied with `pdftotext`: a form feed (\\f) starts each next page.

A ministry's letter prints a running header (the ministry's name, "Ministerie van Defensie") at the
top of a page and a footer ("Pagina 1 van 2") at its foot. Copied, they stood in the letter's text,
inside its sentences and lists, or became headings of sections of their own (qa15 D2). A line at a
page's edge (one of its first or last two lines) that stands there on two pages or more, numbers
read alike, is the running header or footer and is dropped, and so is "Pagina N van M" at a page's
foot. The next page's first line then starts with one space, as in a copy of the published PDF,
so that pdftext.py ends the page there and finds the notes at its foot (notes.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from viewer.core import regex_cache

_PAGE_OF = regex_cache.compile(r"\s*Pagina \d+ van \d+\s*$", flags=0)
_DIGITS = regex_cache.compile(r"\d+")
# a page's edge: its first or last lines that hold text
_EDGE = 2
# a running header or footer is short
_MOST_WORDS = 8


def _key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()))


def _edges(page: Sequence[str]) -> list[int]:
    filled = [i for i, line in enumerate(page) if line.strip()]
    return sorted(set(filled[:_EDGE] + filled[-_EDGE:]))


def pages_apart(lines: Sequence[str]) -> list[str]:
    """The lines without running headers and footers, each next page's first line after one space."""
    if not any("\f" in line for line in lines):
        return list(lines)
    pages: list[list[str]] = [[]]
    for line in lines:
        before, *after = line.split("\f")
        pages[-1].append(before)
        for rest in after:
            pages.append([rest])
    counts = Counter(
        key for page in pages for key in {_key(page[i]) for i in _edges(page) if len(page[i].split()) <= _MOST_WORDS}
    )
    out: list[str] = []
    for number, page in enumerate(pages):
        edges = set(_edges(page))
        kept = [
            line
            for i, line in enumerate(page)
            if i not in edges or (counts[_key(line)] < 2 and _PAGE_OF.match(line) is None)
        ]
        first = next((i for i, line in enumerate(kept) if line.strip()), None)
        if number and first is not None:
            kept[first] = f" {kept[first].lstrip()}"  # a new page: pdftext ends the one before here
        out.extend(kept)
    return out
