"""A footnote's number glued to the number it follows: "gemiddeld 390³ militairen" read "3903".

Copied from a PDF, or saved from Word as plain text, a note's number raised right after a figure
loses what set it apart: "gemiddeld 3903 militairen", "over heel 20163 en zijn gedekt". The letter
then counts 3903 soldiers and a year 20163 that no date reads. A number ending in a note's number
is read as the figure and the note's only where the letter leaves no doubt (notes.py finds the notes
and the words that cite them):

- the letter has the note (at a page's foot, or at its end), and no word or full stop cites it;
- the note before it is cited, and the one after it, where cited, comes later;
- between those two citations exactly one number ends in the note's number, right after a digit.

A year (1900-2099) is read as a year, never as a figure with a note's number: years are everywhere
in a letter, a note after a three-digit figure much rarer. "3903 militairen" in a letter without a
note 3, or where note 3 is cited elsewhere, stays 3903.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core import regex_cache

# a number that may end in a note's number: at least two digits, not after a decimal comma or a
# thousands' point ("61,3", "1.140") nor a group of a number set in groups ("27 925", a dossier's
# number, "14 420" a table's cells), and a word, a space or punctuation after it, not more digits
_GLUED = regex_cache.compile(r"(?<![\d.,])(?<!\d\s)\d{2,}(?!\d)(?![.,]\d)")
_YEAR = regex_cache.compile(r"(?:19|20)\d\d")

# (line, start, end) of a note's number in the text
Span = tuple[int, int, int]


def glued_citations(
    lines: Sequence[str], uncited: Sequence[tuple[int, int]], cited: dict[int, Span], after: int
) -> dict[int, Span]:
    """Where the notes numbered in `uncited` are cited by the last digits of a number: each note
    (number, the line its page's notes start at) numbers on from a note that is cited, and no word
    cites it. Found in the text `lines` above the notes, between the citations of the notes before
    and after it (`cited`; the note before it may be `after`, cited on a page before this one)."""
    found: dict[int, Span] = {}
    candidates: list[tuple[int, str, int]] | None = None
    for number, notes_start in uncited:
        before = found.get(number - 1) or cited.get(number - 1)
        if before is None and 0 < after == number - 1:
            before = (0, 0, 0)  # from the page's start
        if before is None:
            continue  # the marks found so far must run up to this note's
        next_mark = cited.get(number + 1)
        if candidates is None:
            # the numbers of the text looked at once, for all the notes (a page holds few)
            candidates = [
                (i, m.group(), m.end())
                for i, text in enumerate(lines)
                if any(c.isdigit() for c in text)
                for m in _GLUED.finditer(text)
                if not _YEAR.fullmatch(m.group())
            ]
        mark = str(number)
        here = [
            (i, end - len(mark), end)
            for i, digits, end in candidates
            if digits.endswith(mark)
            and len(digits) > len(mark)
            and digits[0] != "0"
            and (i, end) > (before[0], before[2])
            and i < notes_start
            and (next_mark is None or (i, end) <= (next_mark[0], next_mark[1]))
        ]
        if len(here) == 1:
            found[number] = here[0]
    return found
