"""The two panes side by side with the overview strip, and the moves a reader makes through them.

This widget owns what a comparison looks like on screen (documents, alignment, strip) and
the navigation between places in it: a section pair, a change, a fact. The main window only
wires actions and panels to these methods.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from viewer.gui import reading_place
from viewer.gui.elided_label import ElidedLabel
from viewer.gui.highlight import Colours
from viewer.gui.i18n import tr
from viewer.gui.overview_strip import Marker, OverviewStrip
from viewer.gui.pane_layout import SIDES, PaneDocuments, Side, build_documents, fact_span
from viewer.gui.row_align import RowAligner, row_tops
from viewer.gui.scroll_sync import ScrollSync
from viewer.gui.text_pane import TextPane

if TYPE_CHECKING:
    from viewer.core.comparison import Comparison

BASE_POINT_SIZE = 11
ZOOM_LIMITS = (-5, 14)
TOP_ROW_DELAY_MS = 80  # the navigator follows the panes once the scrolling pauses this long


@dataclass(frozen=True)
class Place:
    """A change or a fact on screen: its row and its range on each side (None where absent)."""

    row: int
    old: tuple[int, int] | None
    new: tuple[int, int] | None

    def span(self, side: Side) -> tuple[int, int] | None:
        return self.old if side == "old" else self.new


def _order(a: Place, b: Place) -> int:
    """-1, 0 or 1 as `a` starts before, where or after `b` in reading order: by row, then within the
    row by position on a side both have (positions on different sides do not compare)."""
    if a.row != b.row:
        return -1 if a.row < b.row else 1
    for side in reversed(SIDES):
        span_a, span_b = a.span(side), b.span(side)
        if span_a is not None and span_b is not None:
            return (span_a[0] > span_b[0]) - (span_a[0] < span_b[0])
    return 0


class CompareView(QWidget):
    changeVisited = Signal(int, int)
    aligned = Signal()
    # the section pair at the top of the panes once the reader has scrolled there (not emitted for
    # the moves to a section, change or fact, which say themselves where they went)
    topRowChanged = Signal(int)

    def __init__(self, colours: Colours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours = colours
        self.comparison: Comparison | None = None
        self.docs: PaneDocuments | None = None
        self.aligner: RowAligner | None = None
        self.changes: list[Place] = []
        self.current_change = -1  # the change last visited (and highlighted)
        # where "previous" and "next change" go from the place last visited: a change, a section or a fact
        self._around: tuple[int, int] = (-1, 0)
        # the panes' scroll values when F8's starting point was last set: panes scrolled since (by
        # the wheel, keys, scroll bar, overview strip) make F8 and F7 go on from the place shown
        self._placed_at: tuple[int, int] = (0, 0)
        # the place a zoom or a new width kept, and the scroll values it left: the next one keeps the same place
        self._anchor: tuple[reading_place.ReadingPlace, tuple[int, int]] | None = None
        # the place at the top when the panes began to wrap to a new width, put back once they are lined up
        # (and whether the panes had moved since placed, and whether the tree was still to follow a scroll)
        self._rewrap: tuple[reading_place.ReadingPlace, bool, bool] | None = None
        self.zoom_steps = 0
        self.old_pane = TextPane(colours)
        self.new_pane = TextPane(colours)
        self.old_pane.setObjectName("oldPane")
        self.new_pane.setObjectName("newPane")
        self.old_pane.setAccessibleName(tr("Oude brief"))
        self.new_pane.setAccessibleName(tr("Nieuwe brief"))
        self.old_pane.set_hint(tr("Sleep de oude brief hierheen (of Ctrl+O)"))
        self.new_pane.set_hint(tr("Sleep de nieuwe brief hierheen (of Ctrl+O)"))
        self.old_title, self.new_title = ElidedLabel(), ElidedLabel()
        for label in (self.old_title, self.new_title):
            label.setContentsMargins(6, 2, 6, 2)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        self.strip = OverviewStrip(colours)
        self.strip.setAccessibleName(tr("Overzicht van de wijzigingen"))
        self.strip.setToolTip(
            tr("Overzicht: blauw links is verwijderd, oranje rechts is toegevoegd, paars is een feit")
        )
        self.sync = ScrollSync(self.old_pane, self.new_pane, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("paneSplitter")
        self.splitter.setChildrenCollapsible(False)
        for title, pane in ((self.old_title, self.old_pane), (self.new_title, self.new_pane)):
            column = QWidget()
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(title)
            box.addWidget(pane)
            self.splitter.addWidget(column)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.splitter, 1)
        row.addWidget(self.strip)
        self._realign = QTimer(self)
        self._realign.setSingleShot(True)
        self._realign.setInterval(0)
        self._realign.timeout.connect(self.align_now)
        self._top_row = QTimer(self)
        self._top_row.setSingleShot(True)
        self._top_row.setInterval(TOP_ROW_DELAY_MS)
        self._top_row.timeout.connect(self._report_top_row)
        self._top_side: Side = "new"
        for side, pane in (("old", self.old_pane), ("new", self.new_pane)):
            pane.resized.connect(self._realign.start)
            pane.rewrapping.connect(self._keep_place_across_rewrap)
            pane.verticalScrollBar().valueChanged.connect(self._update_strip_view)
            pane.verticalScrollBar().valueChanged.connect(lambda _, side=side: self._scrolled(side))
        self.strip.jumpRequested.connect(self._jump_to_y)
        self.apply_zoom()

    # -- content -------------------------------------------------------------------------
    def set_titles(self, old: str, new: str) -> None:
        self.old_title.setText(old)
        self.new_title.setText(new)

    def set_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        docs = build_documents(comparison, self.colours)
        self.docs = docs
        self.old_pane.show_document(docs.old, docs.bands["old"], docs.carets["old"], self.colours.inserted_line)
        self.new_pane.show_document(docs.new, docs.bands["new"], docs.carets["new"], self.colours.deleted_line)
        self.aligner = RowAligner(docs)
        self.changes = self._change_places(comparison, docs)
        self.current_change = -1
        self._around = (-1, 0)
        self._rewrap = None
        self.align_now()
        self._placed_here()

    def set_colours(self, colours: Colours) -> None:
        self.colours = colours
        for widget in (self.old_pane, self.new_pane, self.strip):
            widget.colours = colours
        if self.comparison is not None:  # the documents carry the colours: build them anew
            # (the window puts back the place, the highlights and where F8 goes on from: window_state)
            top = self.old_pane.verticalScrollBar().value()
            self.set_comparison(self.comparison)
            self.old_pane.verticalScrollBar().setValue(top)

    def _change_places(self, comparison: Comparison, docs: PaneDocuments) -> list[Place]:
        places = []
        for row, pair in enumerate(comparison.sections):
            if pair.status in ("added", "removed"):
                # the whole section is the change: select its blocks on the side that has it
                spans = {side: self._row_span(docs, row, side) for side in SIDES}
                places.append(Place(row, spans["old"], spans["new"]))
                continue
            for change in pair.changes:
                places.append(Place(row, docs.maps["old"].span(change.old), docs.maps["new"].span(change.new)))
        return places

    @staticmethod
    def _row_span(docs: PaneDocuments, row: int, side: Side) -> tuple[int, int] | None:
        row_side = docs.rows[row].side(side)
        if row_side.band:
            return None
        doc = docs.document(side)
        first = doc.findBlockByNumber(row_side.first_block)
        last = doc.findBlockByNumber(row_side.last_block)
        return first.position(), last.position() + max(last.length() - 1, 0)

    # -- alignment -----------------------------------------------------------------------
    def align_now(self) -> None:
        if self.aligner is None:
            return
        self.aligner.align()
        self._update_markers()
        self.aligned.emit()
        if self._rewrap is not None:
            self._restore_after_rewrap()

    def settle(self) -> None:
        """Line the rows up now if a zoom or resize asked for it and the timer has not yet run:
        a y measured before that would be stale a moment later."""
        if self._realign.isActive():
            self._realign.stop()
            self.align_now()

    def row_top(self, row: int) -> float:
        """The y at which `row` starts; after alignment the same in both panes."""
        assert self.docs is not None
        return row_tops(self.docs, "new")[row]

    def row_view_top(self, row: int) -> float:
        """Where to put the viewport's top to show `row` from its start: a little above its first line,
        but never above the row's own margin (that space belongs to the row before)."""
        assert self.docs is not None
        r = self.docs.rows[row]
        return self.row_top(row) - min(4.0, r.old.base_margin, r.new.base_margin)

    def pane(self, side: Side) -> TextPane:
        return self.old_pane if side == "old" else self.new_pane

    def row_at_top(self, side: Side) -> int:
        """The row (section pair index) shown at the top of a pane."""
        assert self.docs is not None
        number = self.pane(side).document().findBlock(self.pane(side).top_position()).blockNumber()
        rows = [r.side(side).first_block for r in self.docs.rows]
        k = 0
        for index, first in enumerate(rows):
            if first <= number:
                k = index
        return min(k, len(self.docs.rows) - 2)

    # -- moving --------------------------------------------------------------------------
    def _scrolled(self, side: Side) -> None:
        self._top_side = side
        self._top_row.start()

    def _report_top_row(self) -> None:
        if self.docs is not None and len(self.docs.rows) > 1:
            self.topRowChanged.emit(self.row_at_top(self._top_side))

    def _place(self, old_y: float, new_y: float) -> None:
        """Scroll to a place the caller names (a section, change or fact): no top-row report."""
        self.sync.scroll_both(old_y, new_y)
        self._top_row.stop()
        self._placed_here()

    def go_to_pair(self, row: int) -> None:
        if self.docs is None or not 0 <= row < len(self.docs.rows):
            return
        y = self.row_view_top(row)
        self._place(y, y)
        # "next change" continues from here: the first change in this section or below it
        following = next((k for k, place in enumerate(self.changes) if place.row >= row), len(self.changes))
        self._around = (following - 1, following)

    def _reveal(self, place: Place) -> None:
        """Scroll so both sides of `place` show, with the viewport top inside its row.

        A side without the place (a fact new or dropped in a section both letters have) goes to
        the height of the side that has it: the rows are lined up, so that is the matching place;
        its row's top would also pull the synchronised panes back to the section's heading."""
        row_top = self.row_view_top(place.row)
        ys: dict[Side, float] = {}
        for side in SIDES:
            span = place.span(side)
            if span is not None:
                third = self.pane(side).viewport().height() / 3
                ys[side] = max(row_top, self.pane(side).y_of(span[0]) - third)
        for side in SIDES:
            ys.setdefault(side, min(ys.values(), default=row_top))
        self._place(ys["old"], ys["new"])

    def go_to_change(self, index: int) -> bool:
        if not 0 <= index < len(self.changes):
            return False
        self.current_change = index
        self._around = (index - 1, index + 1)
        self.mark_change(index)
        self._reveal(self.changes[index])
        self.changeVisited.emit(index, len(self.changes))
        return True

    def mark_change(self, index: int) -> None:
        """Highlight change `index` as the one visited, without moving the panes."""
        if not 0 <= index < len(self.changes):
            return
        place = self.changes[index]
        fmt = QTextCharFormat()
        fmt.setBackground(self.colours.current_bg)
        fmt.setForeground(self.colours.current_text)
        for side in SIDES:
            span = place.span(side)
            spans = [span] if span and span[0] < span[1] else []
            self.pane(side).set_layer("change", spans, fmt)

    @property
    def stepping(self) -> tuple[int, tuple[int, int]]:
        """Where F8 and F7 go on from: the change last visited, and the changes around the place last visited."""
        self._from_shown()
        return self.current_change, self._around

    @stepping.setter
    def stepping(self, value: tuple[int, tuple[int, int]]) -> None:
        self.current_change, self._around = value
        self._placed_here()

    def _scroll_values(self) -> tuple[int, int]:
        return self.old_pane.verticalScrollBar().value(), self.new_pane.verticalScrollBar().value()

    def _placed_here(self) -> None:
        """F8 and F7 go on from the place set last, as long as the panes stay where they are now."""
        self._placed_at = self._scroll_values()

    def moved_since_placed(self) -> bool:
        return self._scroll_values() != self._placed_at

    def continue_from(self, side: Side, position: int) -> None:
        """F8 and F7 go on from `position` of one side (a find match just shown)."""
        self._around = self._changes_around_position(side, position)
        self._placed_here()

    def _from_shown(self) -> None:
        """Panes scrolled since the place set last: go on from the top of the pane scrolled."""
        if self.docs is None or not self.moved_since_placed():
            return
        side: Side = "new" if self._scroll_values()[1] != self._placed_at[1] else "old"
        self.continue_from(side, self.pane(side).top_position())

    def _changes_around_position(self, side: Side, position: int) -> tuple[int, int]:
        """The last change starting before `position` on `side` and the first starting at or after it."""
        assert self.docs is not None
        before, after = -1, len(self.changes)
        for k, change in enumerate(self.changes):
            span = change.span(side)
            if span is None:  # the section is missing on this side: its band stands where it would be
                first = self.docs.rows[change.row].side(side).first_block
                start = self.docs.document(side).findBlockByNumber(first).position()
            else:
                start = span[0]
            if start >= position:
                after = k
                break
            before = k
        return before, after

    def next_change(self) -> bool:
        """Forward to the next change; at the last one it stops (as WinMerge does) and says so."""
        self._from_shown()
        return self.go_to_change(self._around[1])

    def previous_change(self) -> bool:
        self._from_shown()
        return self._around[0] >= 0 and self.go_to_change(self._around[0])

    def first_change(self) -> bool:
        return self.go_to_change(0)

    def last_change(self) -> bool:
        return self.go_to_change(len(self.changes) - 1)

    def show_fact(self, pair: object) -> int | None:
        """Scroll both panes to a fact pair's sentence and highlight the fact's words; returns its row."""
        if self.docs is None:
            return None
        spans: dict[Side, tuple[int, int] | None] = {}
        row = None
        for side in SIDES:
            fact = getattr(pair, side, None)
            spans[side] = fact_span(self.docs, side, fact) if fact is not None else None
            if spans[side] is not None and row is None:
                row = self.row_of(side, spans[side][0])  # type: ignore[index]
        fmt = QTextCharFormat()
        fmt.setBackground(self.colours.fact_bg)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(self.colours.fact_line)
        for side in SIDES:
            span = spans[side]
            self.pane(side).set_layer("fact", [span] if span else [], fmt)
        if row is not None:
            place = Place(row, spans["old"], spans["new"])
            self._reveal(place)
            self._around = self._changes_around(place)
        return row

    def clear_fact(self) -> None:
        """No fact chosen: its words are marked in neither pane."""
        for side in SIDES:
            self.pane(side).set_layer("fact", [], QTextCharFormat())

    def _changes_around(self, place: Place) -> tuple[int, int]:
        """The changes just before and just after `place` (a fact); a change starting where the
        fact starts counts as the one visited, so F8 and F7 step on from it."""
        before, after = -1, len(self.changes)
        for k, change in enumerate(self.changes):
            order = _order(change, place)
            if order == 0:
                return k - 1, k + 1
            if order > 0:
                after = k
                break
            before = k
        return before, after

    def row_of(self, side: Side, position: int) -> int:
        """The row (section pair index, or the closing row) holding a document position of one side."""
        assert self.docs is not None
        number = self.docs.document(side).findBlock(position).blockNumber()
        found = 0
        for index, row in enumerate(self.docs.rows):
            if row.side(side).first_block <= number:
                found = index
        return found

    def _jump_to_y(self, y: float) -> None:
        half = self.old_pane.viewport().height() / 2
        self.sync.scroll_both(y - half, y - half)

    # -- zoom ----------------------------------------------------------------------------
    def zoom(self, step: int) -> None:
        """Text larger (+1), smaller (-1) or back to normal (0); the text at the top stays there."""
        low, high = ZOOM_LIMITS
        place = self._place_to_keep()
        moved = self.moved_since_placed()
        self.zoom_steps = 0 if step == 0 else max(low, min(high, self.zoom_steps + step))
        self.apply_zoom()
        if place is not None:
            self._put_back(place, moved)

    def _place_to_keep(self) -> reading_place.ReadingPlace | None:
        """The place at the top, before the text is laid out anew (a zoom, a new width).

        Zooming or resizing on without scrolling keeps the place taken before the first step: taken
        anew, the place would be the start of the line now at the top, and each step crept a line or
        so up (dragging a window's edge is dozens of steps)."""
        kept = self._anchor
        if kept is not None and kept[1] == self._scroll_values() and kept[0].comparison is self.comparison:
            return kept[0]
        return reading_place.capture(self)

    def _put_back(self, place: reading_place.ReadingPlace, moved: bool) -> None:
        reading_place.restore(self, place)
        self._anchor = (place, self._scroll_values())
        if not moved:  # the same place at another size: F8 still goes on from the change last visited
            self._placed_here()

    def _keep_place_across_rewrap(self) -> None:
        """A pane is about to wrap to a new width (the window resized, the section tree hidden, the
        splitter dragged): the scroll value in pixels would then show another part of the letters."""
        if self._rewrap is None and self.docs is not None:
            place = self._place_to_keep()
            if place is not None:
                self._rewrap = (place, self.moved_since_placed(), self._top_row.isActive())

    def _restore_after_rewrap(self) -> None:
        assert self._rewrap is not None
        (place, moved, following), self._rewrap = self._rewrap, None
        self._put_back(place, moved)
        # the tree keeps naming what it named: the same place is on top (and a change visited in the
        # letters' last sections, which cannot reach the top, stays the one named); a scroll the
        # tree had yet to follow it still follows
        if not following:
            self._top_row.stop()

    def apply_zoom(self) -> None:
        for pane in (self.old_pane, self.new_pane):
            font = pane.font()
            font.setPointSize(BASE_POINT_SIZE + self.zoom_steps)
            # Latin text needs no shaping (Qt still shapes scripts that need it); skipping it halves
            # the time to lay out a letter, at the price of kerning.
            font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
            pane.setFont(font)
            pane.document().setDefaultFont(font)
        self._realign.start()

    # -- overview strip ------------------------------------------------------------------
    def _update_markers(self) -> None:
        if self.docs is None or self.comparison is None:
            return
        markers: list[Marker] = []
        for place in self.changes:
            for side in SIDES:
                span = place.span(side)
                if span and span[0] < span[1]:
                    pane = self.pane(side)
                    markers.append(Marker(pane.y_of(span[0]), pane.y_of(span[1]) + 12, side))
        for pair in self.comparison.facts:
            if getattr(pair, "status", "unchanged") == "unchanged":
                continue
            for side in SIDES:
                fact = getattr(pair, side, None)
                span = fact_span(self.docs, side, fact) if fact is not None else None
                if span:
                    y = self.pane(side).y_of(span[0])
                    markers.append(Marker(y, y + 8, "fact"))
        height = self.new_pane.document().documentLayout().documentSize().height()
        self.strip.set_markers(markers, height)
        self._update_strip_view()

    def _update_strip_view(self) -> None:
        self.strip.set_view(self.new_pane.verticalScrollBar().value(), self.new_pane.viewport().height())
