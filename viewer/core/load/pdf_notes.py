"""Footnotes on a PDF's pages: the lines at a page's foot set smaller than the text.

notes.py reads notes from the text alone: a line at the page's foot is a note when a word above
it carries its number. A PDF also tells where a line stands and how large it is set, and that is
enough for notes no word cites, as a tester's Word letter prints them ("1 Kamerstuk 27 925, nr.
590; ..." at every page's foot in 8 pt under text in 11 pt): left among the lines, such a note
stands in the middle of the paragraph that runs on to the next page, and a word broken over the
page stays broken. Taken off, the paragraph runs on, and the note follows the letter's last
paragraph (`place_notes`), kept rather than lost, as a note whose citation went missing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace
from functools import partial

from viewer.core.load.notes import PageNotes, find_notes, mark, numbered_notes
from viewer.core.load.pdf_layout import body_size
from viewer.core.load.pdf_lines import Line
from viewer.core.load.pdf_tables import rows_set_out

# points: a note is set this much smaller than the text at least; lines within this of each other's
# size are set in one type
_SMALLER = 0.5


def take_notes(pages: list[list[Line]]) -> tuple[list[list[Line]], dict[int, list[str]]]:
    """The pages without the footnotes at their foot, the numbers citing them set apart in the
    text; and the notes' lines by number (notes.py). A note is set smaller than the text, or its
    number is set raised in the text (the PDF says so for certain).

    Word and LibreOffice carry a note whose mark stands near a page's foot to the next page's foot
    ("Bagdad.³" on page 1, its note under page 2's text): a raised mark whose note is not on its
    page waits for the notes of the pages after it, in order."""
    body = body_size([line for page in pages for line in page])
    rows = _TableRows(pages)
    notes: dict[int, list[str]] = {}
    out: list[list[Line]] = []
    marks: dict[tuple[int, int], list[tuple[int, int]]] = {}  # (page, line): the note numbers' spans
    waiting: dict[int, tuple[int, int, tuple[int, int]]] = {}  # note: (page, line, span) of its raised mark
    last_cited = False  # was the last note found cited in the text, or only by where it stands?
    for p, page in enumerate(pages):
        after = max(notes, default=0)
        cited = _cited_notes(page, body, after, last_cited, waiting, partial(rows.of_page, p))
        found = cited or _notes_at_foot(page, body, after)
        kept = page
        if found is not None:
            last_cited = cited is not None
            kept = page[: found.start]
            for i, spans in found.markers.items():
                marks[(p, i)] = list(spans)
            for number, _ in found.notes:
                if number in waiting:
                    at, line, span = waiting[number]
                    marks.setdefault((at, line), []).append(span)
            notes.update(found.notes)
        out.append(list(kept))
        waiting = _waiting(waiting, p, kept, marks, max(notes, default=0))
    for (p, i), spans in marks.items():
        out[p][i] = replace(out[p][i], text=mark(pages[p][i].text, spans))
    return out, notes


class _TableRows:
    """Per page, the lines that are a table's rows (pdf_tables.py): "Bagdad ... 33" is a row's
    cell, never "3" with note 3's mark glued to it. Found once, and only when a page's notes need
    a mark glued to a figure: most letters' notes never do."""

    def __init__(self, pages: list[list[Line]]) -> None:
        self.pages = pages
        self.rows: list[set[int]] | None = None

    def of_page(self, page: int) -> set[int]:
        if self.rows is None:
            self.rows = [
                {i for i, (line, row) in enumerate(zip(lines, set_out, strict=True)) if row.text != line.text}
                for lines, set_out in zip(self.pages, rows_set_out(self.pages), strict=True)
            ]
        return self.rows[page]


def _waiting(
    waiting: dict[int, tuple[int, int, tuple[int, int]]],
    page: int,
    kept: list[Line],
    marks: dict[tuple[int, int], list[tuple[int, int]]],
    last: int,
) -> dict[int, tuple[int, int, tuple[int, int]]]:
    """The raised marks still waiting for their notes after `page` (its text `kept`): those of the
    pages before and this page's that no note found so far took, numbered on from the `last` note
    found, one after the other in the order they stand."""
    found = [(n, at) for n, at in waiting.items() if n > last]
    for i, line in enumerate(kept):
        taken = marks.get((page, i), [])
        found.extend((int(line.text[a:b]), (page, i, (a, b))) for a, b in line.raised if (a, b) not in taken)
    out: dict[int, tuple[int, int, tuple[int, int]]] = {}
    for number, at in found:
        if number == last + len(out) + 1:
            out[number] = at
    return out


def _cited_notes(
    page: list[Line],
    body: float,
    after: int,
    after_cited: bool,
    waiting: Collection[int],
    cells: Callable[[], Collection[int]],
) -> PageNotes | None:
    """The notes at the page's foot whose numbers words above them carry, or a raised mark on a
    page before (notes.py). Notes set in the text's own type are taken only where the PDF set every
    one's mark raised: that no words of the text can be."""
    found = find_notes(
        [line.text for line in page], after, [line.raised for line in page], after_cited, earlier=waiting, cells=cells
    )
    if found is None:
        return None
    if any(line.size > body - _SMALLER for line in page[found.start :]):
        raised = {
            int(page[i].text[a:b]) for i, spans in found.markers.items() for a, b in spans if (a, b) in page[i].raised
        }
        if any(number not in raised and number not in waiting for number, _ in found.notes):
            return None
    return found


def _notes_at_foot(page: list[Line], body: float, after: int) -> PageNotes | None:
    """Notes no word cites: the page's last lines, set in one type smaller than the text and below
    every other line of the page, numbered on from the last note (`after`) without a gap.

    The text above may be set small too (a paragraph running on in a footer's type): the notes'
    lines are those in the last line's own size, and text in that size right above them would
    have to start with the next note's number to be taken for one.
    """
    if not page or page[-1].size > body - _SMALLER:
        return None
    size = page[-1].size
    start = len(page)
    while start > 0 and abs(page[start - 1].size - size) < _SMALLER:
        start -= 1
    if start == 0:
        return None  # a page of small type only: nothing tells its notes from its text
    if min(line.baseline for line in page[:start]) <= max(line.baseline for line in page[start:]):
        return None  # not at the foot: beside or above text
    notes = numbered_notes([line.text for line in page[start:]], after + 1)
    return None if notes is None else PageNotes(start, notes, {})
