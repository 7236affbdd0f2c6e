"""The sender's box that a ministry's letter prints at the right of its later pages, in a copy made
with `pdftotext -layout`: taken off the lines it stands beside.

From page 2 on, a ministry's template repeats a small box in the right margin: the ministry's name,
"Datum" and the letter's date, "Onze referentie" and its number. A copy that keeps the layout sets
it beside the text, at one far column: "Transport   3,0   3,0          Ministerie van Defensie",
"Onderdeel   Raming   Realisatie       Datum". Read as text, a table's row carried to that page got
cells it does not have and no longer fit its table (its amounts were reported vervallen), and the
box's words and date ran into the paragraphs beside it (a date reported nieuw).

The box is known by "Datum" alone at the end of a line, far to the right after a run of spaces,
with a date under it at the same column. Its lines are those with text starting at that column,
after a run of spaces: down from "Datum" (the date, "Onze referentie", its number), and up to the
ministry's name ("Ministerie van Defensie"; "Ministerie van Buitenlandse" / "Zaken"). Each loses
that part; a line that held nothing else goes. The first page's head is read before (text_head.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core import regex_cache
from viewer.core.dutch import MONTH_NAMES

_LABEL = "Datum"
_DATUM_AT_END = regex_cache.compile(rf"(?:^|\s{{2}}){_LABEL}\s*$", flags=0)
_DATE = regex_cache.compile(rf"(?i)\d{{1,2}}\s+(?:{MONTH_NAMES})\s+\d{{4}}\s*$")
_DIGIT = regex_cache.compile(r"\d")
# the box stands in the right half of a printed line, at this column or further
_FAR_COLUMN = 40
# lines of the box under "Datum" (the date, "Onze referentie", its number, a line to spare)
_LINES_UNDER = 4
# lines above "Datum" looked at for the ministry's name (a line of text beside it skipped)
_LINES_ABOVE = 4
_NAME = "Ministerie"


def sender_box_off(lines: Sequence[str]) -> list[str]:
    """The lines without the sender's box printed beside the text on later pages."""
    cut: dict[int, int] = {}  # line -> the column its box part starts at
    for i, line in enumerate(lines):
        if _LABEL not in line:
            continue  # nearly every line: told at once
        match = _DATUM_AT_END.search(line)
        if match is None:
            continue
        column = line.index(_LABEL, match.start())
        if column < _FAR_COLUMN or i + 1 >= len(lines):
            continue
        under = _at_column(lines[i + 1], column)
        if under is None or _DATE.match(lines[i + 1][under:]) is None:
            continue
        cut[i] = column
        for k in range(i + 1, min(len(lines), i + 1 + _LINES_UNDER)):
            at = _at_column(lines[k], column)
            if at is None:
                break
            cut[k] = at
        cut.update(_name_above(lines, i, column))
    if not cut:
        return list(lines)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i not in cut:
            out.append(line)
        elif line[: cut[i]].strip():
            out.append(line[: cut[i]].rstrip())
        # a line of the box alone goes: a blank line in its place would end a paragraph beside it
    return out


def _at_column(line: str, column: int) -> int | None:
    """Where text starts at `column` (or a character either side) after a run of spaces; None if
    the line has no text there."""
    for at in (column, column - 1, column + 1):
        if len(line) > at and line[at] != " " and line[at - 2 : at] == "  ":
            return at
    return None


def _name_above(lines: Sequence[str], i: int, column: int) -> dict[int, int]:
    """The ministry's name at the box's column on the lines above its "Datum" at line `i`, past lines
    of text that end before the column; nothing if the lines there hold no name."""
    found: dict[int, int] = {}
    for k in range(i - 1, max(-1, i - 1 - _LINES_ABOVE), -1):
        at = _at_column(lines[k], column)
        if at is not None and _DIGIT.search(lines[k][at:]) is None:
            found[k] = at
            if lines[k][at:].startswith(_NAME):
                return found
        elif not lines[k].strip() or len(lines[k].rstrip()) >= column - 1:
            break
    return {}
