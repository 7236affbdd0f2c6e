"""Build the two panes' QTextDocuments from a Comparison, row by row.

Each SectionPair becomes one *row*: on each side its heading block and paragraph blocks, or
one empty placeholder block (the band) where the section is missing on that side. Both
documents follow the comparison's output order, so a moved section shows beside its partner
with a badge saying where it stood. The rows are lined up later (row_align.py) by padding
the top margin of each row's first block.

Every span of the core points into `Document.text`; a `PositionMap` per side turns those
offsets into positions in the QTextDocument, segment by segment (a heading or a paragraph),
because headings, badges and placeholders shift everything after them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, Literal

from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from viewer.core import regex_cache
from viewer.gui.highlight import Colours
from viewer.gui.i18n import tr

if TYPE_CHECKING:
    from viewer.core.comparison import Comparison, SectionPair
    from viewer.core.document import Document, Section, Span

Side = Literal["old", "new"]
SIDES: tuple[Side, Side] = ("old", "new")

# Heading level → (font size adjustment, top margin in px). Level 0 is the untitled opening.
# Blocks only ever get a top margin, never a bottom one: QTextDocumentLayout collapses a bottom
# margin with the next top margin, which would swallow alignment padding smaller than the gap.
HEADING_STYLE = {1: (2, 22.0), 2: (1, 16.0), 3: (0, 12.0)}
PARAGRAPH_GAP = 8.0


_ASTRAL = regex_cache.compile("[\U00010000-\U0010ffff]")


def _astral(text: str) -> list[int]:
    """Where `text` has characters beyond the Basic Multilingual Plane: QTextDocument counts
    positions in UTF-16 code units, two for each of those, where Python counts one."""
    if text.isascii() or max(text) < "\U00010000":
        return []
    return [m.start() for m in _ASTRAL.finditer(text)]


@dataclass
class PositionMap:
    """Document.text offsets → QTextDocument positions, for the segments laid out on one side."""

    starts: list[int] = field(default_factory=list)  # text offset of each segment, sorted
    # (text start, qt start, length, positions of astral characters)
    segments: list[tuple[int, int, int, list[int]]] = field(default_factory=list)

    def add(self, text_start: int, qt_start: int, text: str) -> None:
        self.segments.append((text_start, qt_start, len(text), _astral(text)))

    def finish(self) -> None:
        self.segments.sort()
        self.starts = [s[0] for s in self.segments]

    def to_qt(self, offset: int) -> int | None:
        """The position of `offset`; an offset between segments maps to the end of the one before."""
        k = bisect_right(self.starts, offset) - 1
        if k < 0:
            return None
        start, qt, length, astral = self.segments[k]
        inside = min(offset - start, length)
        # in time independent of the paragraph's length: a paragraph can run for pages
        return qt + inside + (bisect_left(astral, inside) if astral else 0)

    def to_text(self, position: int) -> int | None:
        """The text offset shown at a QTextDocument position; None outside the letter's words (a
        badge, a band). Looks at every segment: seldom asked (a swap), and their positions are in
        the pane's order, which is not the letter's where sections moved."""
        for start, qt, length, astral in self.segments:
            if qt <= position <= qt + length + len(astral):
                inside = position - qt
                while inside > 0 and inside + bisect_left(astral, inside) > position - qt:
                    inside -= 1  # a character beyond the BMP takes two positions
                return start + inside
        return None

    def span(self, span: Span) -> tuple[int, int] | None:
        a, b = self.to_qt(span.start), self.to_qt(span.end)
        if a is None or b is None:
            return None
        return a, max(a, b)


@dataclass
class RowSide:
    """One row on one side: its block range, and whether it is a placeholder band."""

    first_block: int
    last_block: int
    band: bool
    base_margin: float  # the first block's own top margin, before any alignment padding


@dataclass
class Row:
    pair_index: int  # -1 for the closing sentinel row
    old: RowSide
    new: RowSide

    def side(self, side: Side) -> RowSide:
        return self.old if side == "old" else self.new


@dataclass(frozen=True)
class Band:
    """A placeholder opposite a missing section: painted from its block down to the next row's margin."""

    block: int
    label: str
    gap: float  # the next row's own top margin, which the band leaves free


@dataclass
class PaneDocuments:
    old: QTextDocument
    new: QTextDocument
    rows: list[Row]
    maps: dict[Side, PositionMap]
    bands: dict[Side, list[Band]]
    carets: dict[Side, list[int]]  # positions where the other side's words would go

    def document(self, side: Side) -> QTextDocument:
        return self.old if side == "old" else self.new


def _badges(pair: SectionPair, side: Side, comparison: Comparison) -> str:
    marks = []
    if pair.status == "added":
        marks.append(tr("＋ nieuw"))
    if pair.status == "removed":
        marks.append(tr("− verwijderd"))
    if pair.renamed and pair.old is not None:
        marks.append(tr("✎ hernoemd") if side == "old" else tr("✎ hernoemd (was: {0})").format(pair.old.heading))
    if pair.moved and pair.old is not None:
        before = pair.old.index - 1
        if side == "old" and before >= 0:
            where = comparison.old.sections[before].heading or tr("de opening")
            marks.append(tr("↕ verplaatst (stond na «{0}»)").format(where))
        else:
            marks.append(tr("↕ verplaatst"))
    return "   ".join(marks)


class _Builder:
    """Writes one side's document with a single cursor inside one edit block."""

    def __init__(self, doc: QTextDocument, colours: Colours) -> None:
        self.doc = doc
        self.cursor = QTextCursor(doc)
        self.colours = colours
        self.map = PositionMap()
        self.labels: dict[int, str] = {}
        self.blocks = 0
        self.plain = QTextCharFormat()
        self.note = QTextCharFormat()  # a footnote, set smaller as the letter prints it
        self.note.setProperty(QTextCharFormat.Property.FontSizeAdjustment, -1)
        self.badge = colours.badge_format()

    def block(self, fmt: QTextBlockFormat, char: QTextCharFormat) -> int:
        if self.blocks:
            self.cursor.insertBlock(fmt, char)
        else:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(char)
        self.blocks += 1
        return self.blocks - 1

    def section(self, section: Section, badges: str, tint: QColor | None) -> RowSide:
        first = self.blocks
        base = 0.0
        if section.heading_span is not None and section.level > 0:
            adjust, base = HEADING_STYLE.get(section.level, HEADING_STYLE[3])
            fmt = QTextBlockFormat()
            fmt.setTopMargin(base)
            fmt.setHeadingLevel(min(section.level, 6))
            char = QTextCharFormat()
            char.setFontWeight(700)
            char.setProperty(QTextCharFormat.Property.FontSizeAdjustment, adjust)
            if tint is not None:
                fmt.setBackground(tint)
            self.block(fmt, char)
            self.map.add(section.heading_span.start, self.cursor.position(), section.heading)
            self.cursor.insertText(section.heading, char)
            if badges:
                self.cursor.insertText("   " + badges, self.badge)
        for paragraph in section.paragraphs:
            fmt = QTextBlockFormat()
            fmt.setTopMargin(PARAGRAPH_GAP)
            if tint is not None:
                fmt.setBackground(tint)
            char = self.note if paragraph.is_note else self.plain
            self.block(fmt, char)
            self.map.add(paragraph.span.start, self.cursor.position(), paragraph.text)
            self.cursor.insertText(paragraph.text, char)
        if self.blocks == first:  # an empty opening still needs a block to hold its row
            self.block(QTextBlockFormat(), self.plain)
        elif section.heading_span is None or section.level == 0:
            base = PARAGRAPH_GAP  # the row starts with a paragraph
        return RowSide(first, self.blocks - 1, band=False, base_margin=base)

    def band(self, label: str) -> RowSide:
        number = self.block(QTextBlockFormat(), self.plain)
        self.labels[number] = label
        return RowSide(number, number, band=True, base_margin=0.0)

    def tail(self) -> RowSide:
        number = self.block(QTextBlockFormat(), self.plain)
        return RowSide(number, number, band=False, base_margin=0.0)


def _band_label(pair: SectionPair, side: Side) -> str:
    present = pair.new if side == "old" else pair.old
    heading = present.heading if present is not None else ""
    if side == "old":
        return tr("«{0}» staat alleen in de nieuwe brief").format(heading)
    return tr("«{0}» staat niet meer in de nieuwe brief").format(heading)


def build_documents(comparison: Comparison, colours: Colours) -> PaneDocuments:
    old_doc, new_doc = QTextDocument(), QTextDocument()
    for doc in (old_doc, new_doc):
        doc.setUndoRedoEnabled(False)  # read-only text: the undo stack would only cost memory
        doc.setDocumentMargin(12)
    builders = {"old": _Builder(old_doc, colours), "new": _Builder(new_doc, colours)}
    for b in builders.values():
        b.cursor.beginEditBlock()
    rows: list[Row] = []
    for index, pair in enumerate(comparison.sections):
        sides: dict[Side, RowSide] = {}
        # a whole added or removed section is tinted; its badge and the band opposite are the non-colour cues
        tint = {"added": colours.inserted_bg, "removed": colours.deleted_bg}.get(pair.status)
        for side in SIDES:
            section = pair.old if side == "old" else pair.new
            if section is None:
                sides[side] = builders[side].band(_band_label(pair, side))
            else:
                sides[side] = builders[side].section(section, _badges(pair, side, comparison), tint)
        rows.append(Row(index, sides["old"], sides["new"]))
    rows.append(Row(-1, builders["old"].tail(), builders["new"].tail()))
    for b in builders.values():
        b.map.finish()
    maps: dict[Side, PositionMap] = {"old": builders["old"].map, "new": builders["new"].map}
    bands: dict[Side, list[Band]] = {"old": [], "new": []}
    for row, following in pairwise(rows):
        for side in SIDES:
            if row.side(side).band:
                first = row.side(side).first_block
                bands[side].append(Band(first, builders[side].labels[first], following.side(side).base_margin))
    panes = PaneDocuments(old_doc, new_doc, rows, maps, bands, {"old": [], "new": []})
    # facts first: where a fact's words changed, the change's underline or strike-out must win
    _mark_facts(panes, comparison, colours)
    _mark_changes(panes, comparison, colours)
    # the marks join the edit block, so each document sees one change and is laid out once, later
    for b in builders.values():
        b.cursor.endEditBlock()
    return panes


def _merge(doc: QTextDocument, span: tuple[int, int], fmt: QTextCharFormat) -> None:
    cursor = QTextCursor(doc)
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)


def _mark_changes(panes: PaneDocuments, comparison: Comparison, colours: Colours) -> None:
    deleted, inserted = colours.deleted(), colours.inserted()
    for pair in comparison.sections:
        if pair.status in ("added", "removed"):
            continue  # the whole section is tinted and badged, and faces a band
        for change in pair.changes:
            old_span, new_span = panes.maps["old"].span(change.old), panes.maps["new"].span(change.new)
            if old_span and old_span[0] < old_span[1]:
                _merge(panes.old, old_span, deleted)
            elif old_span:
                panes.carets["old"].append(old_span[0])
            if new_span and new_span[0] < new_span[1]:
                _merge(panes.new, new_span, inserted)
            elif new_span:
                panes.carets["new"].append(new_span[0])


def _mark_facts(panes: PaneDocuments, comparison: Comparison, colours: Colours) -> None:
    fmt = colours.fact()
    for pair in comparison.facts:
        if pair.kind == "commitment" and pair.status == "unchanged":
            continue  # a commitment is a whole sentence: underlining every kept one would bury the text
        for side in SIDES:
            fact = getattr(pair, side, None)
            if fact is None:
                continue
            span = fact_span(panes, side, fact)
            if span:
                _merge(panes.document(side), span, fmt)


def fact_span(panes: PaneDocuments, side: Side, fact: object) -> tuple[int, int] | None:
    """The QTextDocument range of a Fact (its `offset` and `text` point into Document.text)."""
    from viewer.core.document import Span

    offset: int = fact.offset  # type: ignore[attr-defined]
    text: str = fact.text  # type: ignore[attr-defined]
    return panes.maps[side].span(Span(offset, offset + len(text)))


def pair_document(comparison: Comparison, side: Side) -> Document:
    return comparison.old if side == "old" else comparison.new
