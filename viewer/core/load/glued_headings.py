"""A heading glued to its paragraph in text copied from a PDF that Word or LibreOffice made.

Such a PDF sets paragraphs apart by spacing, not by an empty line, and puts less space after a
heading than before it: `pdftotext` gives the heading ("Politieke ontwikkelingen") and on the next
line its paragraph ("De Turkse inval in Noord-Syrië ..."), with no blank line between. Read as one
block, the heading ran into its first sentence and every section of the letter was lost.

A line is split off as a heading (a blank line set after it) when the text shows it is one:
- it reads like a heading (pdftext's rules: short, a capital first, no closing punctuation), and
  it is much shorter than the text's full line, so it was ended on purpose, not wrapped;
- it starts a block, or the line above it closed a sentence (a paragraph ended there);
- the lines under it, up to the next blank line, start a sentence with a capital and close one at
  their end: a paragraph, not the next line of an address ("Plein 4" / "MPC 58 B"), of a table or
  of a list without marks.
A paragraph's own first line fills the full line; its last line closes its sentence. A numbered
line ("2.1 Capaciteitsopbouw") may head a section unless the next line counts on from it (a list).

A text that sets a heading apart by blank lines, as the published Kamerstuk does, sets all of them
so: there a short first line of a paragraph ("Tevens levert Nederland" / "Vessel Protection
Detachments ...") is no heading, unless it is numbered.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core.load.pdftext import _is_heading_text, ends_sentence
from viewer.core.load.section_numbers import counts_on, section_number
from viewer.core.load.tables import is_row, marked_item

# the share of a text's lines no longer than its full line (most lines of running text fill it)
_FULL_LINE_RANK = 0.9
# a heading is much shorter than the full line: at most this share of it
_HEADING_SHARE = 0.6
# the paragraph under a heading: its first line has a few words at least
_FEWEST_WORDS = 3
# the paragraph under a heading is looked at up to this many lines (a letter costs at most this
# many times its lines)
_MOST_LINES = 40


def _full_line(lines: Sequence[str]) -> int:
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    return lengths[int(len(lengths) * _FULL_LINE_RANK)] if lengths else 0


def _paragraph_under(lines: Sequence[str], i: int) -> bool:
    """Do the lines from `i` to the next blank line read as a paragraph: a sentence started with a
    capital, and closed at their end?"""
    first = lines[i].strip()
    if not first[:1].isupper() or len(first.split()) < _FEWEST_WORDS or is_row(first) or marked_item(first):
        return False
    end = i
    while end + 1 < len(lines) and lines[end + 1].strip() and end - i < _MOST_LINES:
        end += 1
    return ends_sentence(lines[end], lines[end + 1] if end + 1 < len(lines) else "")


def _glued_heading(lines: Sequence[str], i: int, full_line: int) -> bool:
    """Is line `i` a heading with its paragraph right under it (see the module's doc)?"""
    text = lines[i].strip()
    if not (text[:1].isupper() or text[:1].isdigit()) or text[-1:] in ".,;:!?":
        return False  # most lines, told at once: no heading starts or ends so
    if i + 1 >= len(lines) or not lines[i + 1].strip() or len(text) > full_line * _HEADING_SHARE:
        return False
    above = lines[i - 1].strip() if i else ""
    if above and not ends_sentence(above, text):
        return False
    numbered = section_number(text) is not None and not counts_on(text, lines[i + 1])
    if numbered and above and counts_on(above, text):
        return False  # the next item of a numbered list ("1. Foo." / "2. Bar")
    return _is_heading_text(text, numbered=numbered) and _paragraph_under(lines, i + 1)


def _set_apart(lines: Sequence[str], i: int) -> bool:
    """Is line `i` a heading between blank lines, with a paragraph after them? (A reference or a
    code in the letter's head, "BS2019024567", has no word in lower case.)"""
    if (i and lines[i - 1].strip()) or i + 2 >= len(lines) or lines[i + 1].strip():
        return False
    text = lines[i].strip()
    if not any(c.islower() for c in text) or any(c.isdigit() for c in text) or not _is_heading_text(text):
        return False
    after = i + 1
    while after < len(lines) and not lines[after].strip():
        after += 1
    return after < len(lines) and _paragraph_under(lines, after)


def split_glued_headings(lines: Sequence[str]) -> list[str]:
    """The lines with each heading that its paragraph follows directly between blank lines."""
    full_line = _full_line(lines)
    glued = [i for i, line in enumerate(lines) if line.strip() and _glued_heading(lines, i, full_line)]
    if any(section_number(lines[i]) is None for i in glued) and any(
        line.strip() and _set_apart(lines, i) for i, line in enumerate(lines)
    ):
        glued = [i for i in glued if section_number(lines[i]) is not None]  # headings set apart: only numbered
    if not glued:
        return list(lines)
    at = set(glued)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in at:
            if out and out[-1].strip():
                out.append("")  # right under the paragraph before it, as where none is set apart
            out.extend([line, ""])
        else:
            out.append(line)
    return out
