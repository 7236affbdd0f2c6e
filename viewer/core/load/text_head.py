"""A ministry's letter head in text copied from its PDF: the addressee and "Den Haag, <datum>" for it.

`pdftotext` copies the head table line by line, the sender's column read in between ("Aan de
Voorzitter van de Tweede Kamer / Plein 4 / ... / der Staten-Generaal"), a label apart from its
value ("Datum", a blank line, "15 november 2019"); `pdftotext -layout` keeps the columns, a run
of spaces apart ("Datum      15 november 2019      Postbus 20701"). Read as text, the head was the
letter's opening, and the letter lost its date: no line read "Datum 15 november 2019" (qa15 D3).
printed_head.py reads the head as from the PDF; here the copy's lines are made its lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core import regex_cache
from viewer.core.dutch import parse_place_date
from viewer.core.load.letter_head import HEAD_LABEL
from viewer.core.load.printed_head import MOST_LINES, HeadLine, find_head

# a run of spaces that sets two columns apart in a copy with its layout kept
_COLUMNS = regex_cache.compile(r" {3,}")
# spaces before a line's text that set it in: a wrapped value or the sender's column
_SET_IN = 4


def _head_line(line: str) -> HeadLine:
    """The line's left-hand column, with a label's value beside it; the other columns beside."""
    cells = _COLUMNS.split(line.strip())
    label = HEAD_LABEL.match(cells[0])
    take = 1
    if label and len(cells) > 1 and not cells[0][label.end() :].strip(" :"):
        # "Betreft   Verlenging ...", "Datum   28 juni 2019"; but "Datum" beside the sender's
        # "2500 ES Den Haag" has its date on the line under it
        take = 2 if label.group() != "Datum" or parse_place_date(f"Datum {cells[1]}") is not None else 1
    indented = len(line) - len(line.lstrip(" ")) >= _SET_IN
    return HeadLine(" ".join(cells[:take]), indented, tuple(cells[take:]))


def head_off_text(lines: Sequence[str]) -> list[str]:
    """The lines with the letter's head replaced by its addressee and "Den Haag, 15 november 2019"
    (each a paragraph); as they are when the text opens with no such head."""
    filled: list[int] = []
    for i, line in enumerate(lines):  # the first lines only: a long letter is read as fast
        if line.strip():
            filled.append(i)
            if len(filled) > MOST_LINES:
                break
    head = find_head([_head_line(lines[i]) for i in filled])
    if head is None:
        return list(lines)
    made = [head.addressee, ""] if head.addressee is not None else []
    return [*made, head.date_line, "", *lines[filled[head.end] :]]
