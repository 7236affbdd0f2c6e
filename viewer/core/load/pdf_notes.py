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

from dataclasses import replace

from viewer.core.load.notes import PageNotes, find_notes, mark, numbered_notes
from viewer.core.load.pdf_layout import body_size
from viewer.core.load.pdf_lines import Line

# points: a note is set this much smaller than the text at least; lines within this of each other's
# size are set in one type
_SMALLER = 0.5


def take_notes(pages: list[list[Line]]) -> tuple[list[list[Line]], dict[int, list[str]]]:
    """The pages without the footnotes at their foot, the numbers citing them set apart in the
    text; and the notes' lines by number (notes.py). A note is set smaller than the text."""
    body = body_size([line for page in pages for line in page])
    notes: dict[int, list[str]] = {}
    out: list[list[Line]] = []
    last_cited = False  # was the last note found cited in the text, or only by where it stands?
    for page in pages:
        after = max(notes, default=0)
        cited = _cited_notes(page, body, after, last_cited)
        found = cited or _notes_at_foot(page, body, after)
        if found is None:
            out.append(page)
            continue
        last_cited = cited is not None
        kept = page[: found.start]
        for i, spans in found.markers.items():
            kept[i] = replace(kept[i], text=mark(kept[i].text, spans))
        notes.update(found.notes)
        out.append(kept)
    return out, notes


def _cited_notes(page: list[Line], body: float, after: int, after_cited: bool) -> PageNotes | None:
    """The notes at the page's foot whose numbers words above them carry (notes.py)."""
    found = find_notes([line.text for line in page], after, [line.raised for line in page], after_cited)
    if found is None or any(line.size > body - _SMALLER for line in page[found.start :]):
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
