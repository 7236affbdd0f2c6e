"""Render a letter into a PDF line by line, as a word processor or a report generator draws it.

render_binary.py leaves breaking the lines to Qt's text layout. Here the lines are broken by
measuring words (with syllable breaks, if asked) and each one is drawn on its own with
QPainter.drawText, on A4 or A5, at any resolution, justified or ragged-right: the way a tester's
generator made the PDFs this module reproduces.

That generator set the running footer before turning the page and never set the body's type again
until the next paragraph: a paragraph running on onto a new page came out in the footer's smaller
type, still broken where the body's lines break, so its lines end well short of the margin.
`runs_on_in_footer_type` draws such PDFs; without it each line is drawn in its paragraph's type.

`notes` sets footnotes at each page's foot as Word does, in small type under the text and above the
footer, the text's area shortened to leave them room; with `cite_notes` a page's note number is
raised after a word of the page's text (the first body line ending in a letter), and `citations`
records which paragraph cites which note.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from viewer.core.document import Document

from render_binary import _qt_app, running_footer, title_line

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPdfWriter

Page = Literal["A4", "A5"]
# page margins in mm: left, right, top, bottom
_MARGINS: dict[Page, tuple[float, float, float, float]] = {"A4": (25, 20, 20, 25), "A5": (15, 12, 15, 18)}
_VOWELS = set("aeiouyëïéèêáóúü")
# letter pairs a Dutch word is never broken between
_UNBROKEN = {"ij", "ch", "ng", "ie", "ee", "aa", "oo", "uu", "oe", "eu", "ui", "ou", "ei", "au", "th", "ph"}


@dataclass
class _Line:
    words: list[str]
    full: bool  # broken because the next word did not fit (justified text spreads it)


def draw_pdf(
    doc: Document,
    path: str | os.PathLike[str],
    *,
    page: Page = "A4",
    resolution: int = 72,
    size: float = 9.0,
    font: str = "DejaVu Sans",
    justify: bool = False,
    hyphenate: bool = True,
    runs_on_in_footer_type: bool = False,
    notes: Callable[[int], list[str]] | None = None,
    note_size: float = 8.0,
    cite_notes: bool = False,
    citations: dict[int, str] | None = None,
) -> Path:
    """A PDF of `doc`, each line drawn on its own: a bold title line, headings bold, bold italic or
    italic by level, a blank line after each paragraph, a signature's function and name on lines
    of their own, and the running footer with the page number under each page."""
    _qt_app()
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    out = Path(path)
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4 if page == "A4" else QPageSize.PageSizeId.A5))
    writer.setResolution(resolution)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)

    def typeface(bold: bool = False, italic: bool = False, scale: float = 1.0) -> QFont:
        face = QFont(font)
        face.setPointSizeF(size * scale)
        face.setBold(bold)
        face.setItalic(italic)
        return face

    painter = QPainter(writer)
    try:
        body, bold = typeface(), typeface(bold=True)
        pen = _Pen(writer, painter, page, body, typeface(scale=0.8), running_footer(doc), runs_on_in_footer_type)
        if notes is not None:
            pen.set_notes(notes, typeface(scale=note_size / size), cite_notes)
        headings = {1: bold, 2: typeface(bold=True, italic=True)}
        pen.paragraph(title_line(doc) or "", bold, justify=justify, hyphenate=hyphenate)
        for section in doc.sections:
            if section.level > 0:
                face = headings.get(section.level, typeface(italic=True))
                pen.paragraph(section.heading, face, justify=justify, hyphenate=hyphenate)
            for paragraph in section.paragraphs:
                signature = re.match(r"^(De Minister[^,]*,)\s+(.*)$", paragraph.text)
                if signature:
                    pen.paragraph(signature[1], body, justify=justify, hyphenate=hyphenate, gap=False)
                    pen.paragraph(signature[2], body, justify=justify, hyphenate=hyphenate)
                else:
                    pen.paragraph(paragraph.text, body, justify=justify, hyphenate=hyphenate, citable=True)
        pen.footer()
        if citations is not None:
            citations.update(pen.citations)
    finally:
        painter.end()
    return out


class _Pen:
    """Where the next line goes, turning the page (and drawing the footer) when it is full."""

    def __init__(
        self, writer: QPdfWriter, painter: QPainter, page: Page, body: QFont, small: QFont, footer: str, runs_on: bool
    ) -> None:
        from PySide6.QtGui import QFontMetricsF

        self.writer, self.painter, self.small, self.footer_text = writer, painter, small, footer
        self.runs_on_in_footer_type = runs_on
        mm = writer.resolution() / 25.4
        left, right, top, bottom = (margin * mm for margin in _MARGINS[page])
        self.mm, self.left, self.top, self.bottom = mm, left, top, writer.height() - bottom
        self.width = writer.width() - left - right
        self.pitch = QFontMetricsF(body, writer).lineSpacing() * 1.15
        self.y = top + self.pitch
        self.text_bottom = self.bottom  # where the text's lines stop: above the notes, if any
        self.number = 1
        self.notes: Callable[[int], list[str]] | None = None
        self.note_face = small
        self.cite_notes = False
        self.cited_on_page = False
        self.citations: dict[int, str] = {}

    def set_notes(self, notes: Callable[[int], list[str]], face: QFont, cite: bool) -> None:
        """Set `notes(page)` at each page's foot in `face`, the text's area ending above them."""
        from PySide6.QtGui import QFontMetricsF

        self.notes, self.note_face, self.cite_notes = notes, face, cite
        # room for a note of two lines and a gap above it (Word's separator), as a tester's generator left
        self.text_bottom = self.bottom - 3 * QFontMetricsF(face, self.writer).lineSpacing() - 2 * self.mm

    def paragraph(
        self, text: str, face: QFont, *, justify: bool, hyphenate: bool, gap: bool = True, citable: bool = False
    ) -> None:
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QFontMetricsF

        metrics = QFontMetricsF(face, self.writer)
        self.turn_if_full()  # before taking up the paragraph's type: a footer leaves its own
        self.painter.setFont(face)
        for line in _break(text, metrics, self.width, hyphenate):
            self.turn_if_full()
            if not self.runs_on_in_footer_type:
                self.painter.setFont(face)
            if justify and line.full and len(line.words) > 1:
                ink = sum(metrics.horizontalAdvance(word) for word in line.words)
                space = (self.width - ink) / (len(line.words) - 1)
                x = self.left
                for word in line.words:
                    self.painter.drawText(QPointF(x, self.y), word)
                    x += metrics.horizontalAdvance(word) + space
            else:
                self.painter.drawText(QPointF(self.left, self.y), " ".join(line.words))
            if citable and self.cite_notes and not self.cited_on_page and line.words[-1][-1:].isalpha():
                self.cite(text, None if justify and line.full else " ".join(line.words))
            self.newline()
        if gap:
            self.newline()

    def newline(self) -> None:
        self.y += self.pitch
        if self.notes is None:
            self.turn_if_full()  # the page at once, as the tester's generator without notes did

    def turn_if_full(self) -> None:
        """Turn the page when the next line would not fit. With notes only once there is a line to
        draw, as Word does: a letter never ends on a page holding nothing but a note."""
        if self.y > self.text_bottom:
            self.footer()
            self.writer.newPage()
            self.number += 1
            self.y = self.top + self.pitch

    def cite(self, paragraph: str, line: str | None) -> None:
        """Raise this page's note number right after the `line` just drawn (None: a justified line,
        ending at the margin), measured in the type it was drawn in."""
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QFontMetricsF

        face = self.painter.font()
        x = self.left + (self.width if line is None else QFontMetricsF(face, self.writer).horizontalAdvance(line))
        self.painter.setFont(self.note_face)
        self.painter.drawText(QPointF(x, self.y - 0.2 * self.pitch), str(self.number))
        self.painter.setFont(face)
        self.cited_on_page = True
        self.citations[self.number] = paragraph

    def footer(self) -> None:
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QFontMetricsF

        if self.notes is not None:
            self.painter.setFont(self.note_face)
            lines = self.notes(self.number)
            step = QFontMetricsF(self.note_face, self.writer).lineSpacing()
            for k, text in enumerate(lines):
                # the last line on the bottom margin, the others above it
                y = self.bottom - (len(lines) - 1 - k) * step
                self.painter.drawText(QPointF(self.left, y), text)
            self.cited_on_page = False
        self.painter.setFont(self.small)
        baseline = self.bottom + 12 * self.mm
        self.painter.drawText(QPointF(self.left, baseline), self.footer_text)
        self.painter.drawText(QPointF(self.left + self.width - 5 * self.mm, baseline), str(self.number))


def _break(text: str, metrics: QFontMetricsF, width: float, hyphenate: bool) -> list[_Line]:
    """`text` in lines no wider than `width`, a word broken at a syllable if part of it fits."""
    lines: list[_Line] = []
    words = text.split(" ")
    current: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if not current or metrics.horizontalAdvance(" ".join([*current, word])) <= width:
            current.append(word)
            i += 1
            continue
        room = width - metrics.horizontalAdvance(" ".join(current) + " ")
        at = _syllable_break(word, metrics, room) if hyphenate else None
        if at:
            lines.append(_Line([*current, word[:at] + "-"], True))
            words[i] = word[at:]
        else:
            lines.append(_Line(current, True))
        current = []
    if current:
        lines.append(_Line(current, False))
    return lines


def _syllable_break(word: str, metrics: QFontMetricsF, room: float) -> int | None:
    """The last place a long word can be broken (between syllables, roughly) so that its first part
    and a hyphen fit in `room`."""
    core = word.rstrip(".,;:)»")
    if not core.isalpha() or len(core) < 8:
        return None
    best = None
    for k in range(3, len(core) - 2):
        if metrics.horizontalAdvance(word[:k] + "-") > room:
            break
        if core[k - 1 : k + 1].lower() in _UNBROKEN:
            continue
        before, at, after = (_is_vowel(core[k - 1]), _is_vowel(core[k]), _is_vowel(core[k + 1]))
        if (before and not at and after) or (not before and not at and after and _is_vowel(core[k - 2])):
            best = k
    return best


def _is_vowel(letter: str) -> bool:
    return letter.lower() in _VOWELS
