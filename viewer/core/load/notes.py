"""Footnotes in a letter's pages as a PDF prints them: out of the text, each after its paragraph.

A Kamerstuk prints a footnote's number raised after a word ("van Irak1.") and the note itself at
the foot of that page, above the running footer ("1 Kamerstuk 27 925, nr. 611"). Read as lines,
the note would stand in the middle of the paragraph that runs on to the next page, and the
number would stick to its word. The XML and HTML of the same letter take the note out of its
sentence and put it after the paragraph that cites it ("Noot 1: Kamerstuk 27 925, nr. 611.");
so do these loaders, so that the same letter in any format has the same words.

A line at a page's foot is a note only when it starts with a number that a word on that page
carries ("Irak1", "ISIS2,"): the number stands for the note, and the note is found where notes
stand. A line starting with a number elsewhere ("1 januari 2017 ...") stays text.

A number raised after a full stop that follows a number ("tot en met 31 december 2018.1 De
kosten ...") is a note's number too, but only where a new sentence or the line's end follows it
and no word carries that number: a number after a full stop is more often a number of its own
("artikel 42.7 van het verdrag"), and always one at a line's start ("1.2 Militaire aspecten": a
section's number, which cites no note, so a line "2 F-16's ..." at the page's foot stays text).
After a number without a full stop ("2018¹") only the PDF can tell a raised number ("20181" in its
text) for certain, and says so; in text, glued_notes.py reads one where the letter leaves no doubt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from viewer.core import regex_cache
from viewer.core.dutch import MONTH_NAMES
from viewer.core.load.build import Block, note_paragraph, para
from viewer.core.load.glued_notes import glued_citations

# Where a note's number stood in the text, until the paragraphs are found: characters no letter
# holds, so that neither the hyphenation nor the headings rules take them for words.
OPEN, CLOSE = "\ue000", "\ue001"
_PLACED = regex_cache.compile(f"{OPEN}(\\d+){CLOSE}")
# a note number raised after a word, or after the punctuation right after one ("verlengd.1",
# "(89%)2", "(BHOS).1"), also after a sentence's stop and the quotation mark or bracket closing it
# ("... volledig te steunen.”2", "(zie bijlage.)3"), as quotations in a letter end
# (digits are rare in a letter: found first, then looked at)
_DIGITS = regex_cache.compile(r"(?<!\d)\d{1,2}(?!\d)")
_MARKER = regex_cache.compile(
    r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.,;:)»”’])|(?<=[%)»”’][.,;:)»”’])|(?<=[^\W\d_][.!?][)»”’]))"
    r"\d{1,2}(?=[\s.,;:)»”’]|$)"
)
# a note number raised after the full stop closing a number: followed by a new sentence or the line's end
_AFTER_NUMBER = regex_cache.compile(r"(?<=\d\.)\d{1,2}(?=\s+[A-Z(«“‘\"']|\s*$)")
# a word that names a numbered part: the number after it runs on after a point ("artikel 42.7 VEU")
_PART_NUMBER = regex_cache.compile(
    r"(?:artikel|art|lid|versie|paragraaf|par|hoofdstuk|bijlage|resolutie|punt|sectie|tabel|figuur|fase)\.?\s+\d+\.$",
    re.IGNORECASE,
)
# a section's or list item's number at the start of a line ("1.2 Militaire aspecten", "2.1.3 Kosten"):
# the number after its last point is the section's, not a note's; a year there ("2018.1 De kosten")
# has more than two digits and may still be followed by a note's number
_SECTION_NUMBER = regex_cache.compile(r"\s*(?:\d{1,2}\.)+")
_NOTE_START = regex_cache.compile(rf"^\s?(\d{{1,2}})\s+(?!(?i:{MONTH_NAMES})\b)(?=\S)")
# a sentence closed at a line's end with a note's number after it ("... om het leven.2", "... toegaan.³"),
# as Word saves a footnote's mark in plain text and as a copy of a PDF keeps it, also after a year
# ("31 december 2018.1") or a quotation ("... te steunen.”2"): a paragraph's end, never a heading's
# (a section's number "2.1" at a line's end is neither)
_CLOSED_BEFORE_MARK = regex_cache.compile(
    r"(?:(?<=[^\W\d_])|(?<=\d{3}))[.!?;:][”’\"')»]*(?:\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s*$"
)
# the lines of one note after its first: a note longer than this is not what stands there
_NOTE_LINES = 8


@dataclass(frozen=True, slots=True)
class PageNotes:
    """A page's notes: where their lines begin, each note's number with its lines, and per line
    of the text above them the spans of the note numbers it carries."""

    start: int
    notes: list[tuple[int, list[str]]]
    markers: dict[int, list[tuple[int, int]]]


def find_notes(
    lines: Sequence[str],
    after: int = 0,
    raised: Sequence[Sequence[tuple[int, int]]] = (),
    after_cited: bool = False,
    earlier: Collection[int] = (),
    cells: Collection[int] | Callable[[], Collection[int]] = (),
) -> PageNotes | None:
    """The notes at the foot of one page's `lines` (the running footer taken off), or None.

    The notes are numbered on from the last note of the pages before (`after`; `after_cited`
    where a word cited it), one after the other, and each number stands after a word in the text
    above them, after a number's closing full stop, where a PDF set it raised (`raised`: per line,
    the spans of raised numbers), or glued to a number (glued_notes.py). A note may also be cited
    on a page before this one (`earlier`: a mark near a page's foot whose note Word or LibreOffice
    carried to the next page's foot); no mark is looked for here for such a note, and none is
    set (the caller marks its page). `cells`: the lines that are a table's rows (or what gives
    them), whose figures are never a figure and a note's number glued together.
    """
    heads = [(i, head) for i, text in enumerate(lines) if (head := _NOTE_START.match(text))]
    if not heads:
        return None  # most pages: looked for the numbers in the text only where a note may stand
    cited = _citations(lines[: heads[-1][0]], raised)
    for number in earlier:
        cited.setdefault(number, (-1, 0, 0))  # before every line of this page
    cited_after = after if after_cited else 0
    uncited = _uncited(heads, cited, cited_after)
    if uncited:  # the table's rows asked for only here: finding them costs as much as a page's reading
        rows = cells() if callable(cells) else cells
        text = [("" if i in rows else line) for i, line in enumerate(lines[: heads[-1][0]])]
        cited.update(glued_citations(text, uncited, cited, cited_after))
    starts = _note_starts(heads, cited)
    if not starts or len(lines) - starts[-1][0] > _NOTE_LINES:
        return None
    # the last run of consecutive numbers among those lines, each note at most `_NOTE_LINES` long
    run = [starts[-1]]
    for candidate in reversed(starts[:-1]):
        if candidate[1] != run[0][1] - 1 or run[0][0] - candidate[0] > _NOTE_LINES:
            break
        run.insert(0, candidate)
    while run and run[0][1] not in cited:
        run.pop(0)  # the notes run on from one that is cited
    if not run or run[0][1] <= after or any(cited[number][0] >= run[0][0] for _, number, _ in run if number in cited):
        return None
    ends = [*(line for line, _, _ in run[1:]), len(lines)]
    notes = [
        (number, [lines[line][skip:], *lines[line + 1 : end]])
        for (line, number, skip), end in zip(run, ends, strict=True)
    ]
    markers: dict[int, list[tuple[int, int]]] = {}
    for number, _ in notes:
        if number not in cited or cited[number][0] < 0:
            continue  # its mark stays in the text (the note follows the letter's last paragraph), or is a page before
        line, begin, end = cited[number]
        markers.setdefault(line, []).append((begin, end))
    return PageNotes(run[0][0], notes, markers)


def _note_starts(
    heads: Sequence[tuple[int, re.Match[str]]], cited: dict[int, tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """(line, number, where its text starts) of the lines that may start a note: those whose number
    a word above them cites, and below the first of them those no word cites. One mark not found
    ("... te steunen (…).”2") keeps the notes around it notes: before, the notes after the first
    cited one were all read as text, and a note's number after a year ("11 september 2017.1") was
    left in the date, which then lost its year; an uncited line between notes was the note's before
    it anyway."""
    starts: list[tuple[int, int, int]] = []
    for i, head in heads:
        number = int(head.group(1))
        if (number in cited and cited[number][0] < i) or (number not in cited and starts):
            starts.append((i, number, head.end()))
    return starts


def _uncited(
    heads: Sequence[tuple[int, re.Match[str]]], cited: dict[int, tuple[int, int, int]], after: int
) -> list[tuple[int, int]]:
    """The notes no word cites that number on: right after the note numbered one less (a line "3 ..."
    under "2 ..."), or from the last note of the pages before (`after`); each with the line where its
    run of notes starts (glued_notes.py). A number once, where it stands last: the notes stand at
    the page's foot, and a letter of lines "1 ...", "2 ..." is looked at once for each number."""
    uncited: dict[int, int] = {}
    before: tuple[int, int, int] | None = None  # (line, number, where its run starts) of the last head
    for i, head in heads:
        number = int(head.group(1))
        runs_on = before is not None and number == before[1] + 1 and i - before[0] <= _NOTE_LINES
        start = before[2] if before is not None and runs_on else i
        if (runs_on or 0 < after == number - 1) and number not in cited:
            uncited[number] = start
        before = (i, number, start)
    return sorted(uncited.items())


def _citations(lines: Sequence[str], raised: Sequence[Sequence[tuple[int, int]]]) -> dict[int, tuple[int, int, int]]:
    """Each number that may cite a note, with the first (line, start, end) where it does. A number
    a PDF set raised is a note's for certain and wins over any other ("veel CO2 uit" above "2018.²");
    one after a word wins over one after a number's full stop ("artikel 42.7 ...")."""
    cited: dict[int, tuple[int, int, int]] = {}
    for i, spans in enumerate(raised[: len(lines)]):
        for start, end in spans:
            cited.setdefault(int(lines[i][start:end]), (i, start, end))
    for i, text in enumerate(lines):
        for m in _DIGITS.finditer(text):
            if _MARKER.match(text, m.start()):
                cited.setdefault(int(m.group()), (i, m.start(), m.end()))
    for i, text in enumerate(lines):
        for m in _AFTER_NUMBER.finditer(text):
            if _PART_NUMBER.search(text, 0, m.start()) or _SECTION_NUMBER.fullmatch(text, 0, m.start()):
                continue
            cited.setdefault(int(m.group()), (i, m.start(), m.end()))
    return cited


def numbered_notes(lines: Sequence[str], first: int) -> list[tuple[int, list[str]]] | None:
    """`lines` as notes numbered on from `first`, each with its lines, or None when they are not.

    For notes that no word in the text cites (a letter whose numbers were lost, or never raised):
    only where they stand and how they are set tells them from text (pdf_notes.py), so the numbers
    must run on from the last note's without a gap, the first line starting with the first.
    """
    notes: list[tuple[int, list[str]]] = []
    for text in lines:
        head = _NOTE_START.match(text)
        if head and int(head.group(1)) == first + len(notes):
            notes.append((int(head.group(1)), [text[head.end() :]]))
        elif notes and len(notes[-1][1]) <= _NOTE_LINES:
            notes[-1][1].append(text)
        else:
            return None
    return notes or None


def closed_before_mark(line: str) -> bool:
    """Does `line` end in a closed sentence with a note's number after it (found or not)?"""
    return _CLOSED_BEFORE_MARK.search(line) is not None


def mark(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` with the note numbers at `spans` set apart, to be placed by `place_notes`."""
    for start, end in sorted(spans, reverse=True):
        text = f"{text[:start]}{OPEN}{text[start:end]}{CLOSE}{text[end:]}"
    return text


def unmarked(text: str) -> str:
    """`text` without the note numbers set apart in it (a heading or title that cites a note)."""
    return _PLACED.sub("", text)


def place_notes(blocks: Sequence[Block], notes: dict[int, str]) -> list[Block]:
    """The blocks with each note as a paragraph after the block that cites it; a note whose
    citation went missing follows the last block rather than be lost."""
    out: list[Block] = []
    placed: set[int] = set()
    for block in blocks:
        numbers = [int(n) for n in _PLACED.findall(block.text)]
        out.append(Block(block.kind, unmarked(block.text), block.level) if numbers else block)
        for number in numbers:
            if number in notes and number not in placed:
                placed.add(number)
                out.append(para(note_paragraph(str(number), notes[number])))
    out.extend(para(note_paragraph(str(n), notes[n])) for n in sorted(notes) if n not in placed)
    return out
