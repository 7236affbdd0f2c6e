"""One read-only pane showing one letter: bands, insertion carets, highlights and file drops."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from viewer.gui.highlight import Colours
from viewer.gui.pane_layout import Band

# Extra selections are drawn in layers; later layers paint over earlier ones.
LAYERS = ("find", "change", "fact", "match")


def _block_of(band: Band) -> int:
    return band.block


class TextPane(QTextEdit):
    """A QTextEdit that never edits: it shows one side of the comparison and paints what text cannot."""

    filesDropped = Signal(list)
    resized = Signal()
    # the pane is about to wrap its text to another width: the last moment the place at its top
    # (and the other pane's, not yet re-wrapped either) can still be read where the reader saw it
    rewrapping = Signal()

    def __init__(self, colours: Colours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._install_viewport()
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        # A scroll bar that came and went with the content would change the width the text wraps
        # to, and every width change means laying out both letters and lining up the rows again.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.colours = colours
        self.bands: list[Band] = []
        self.carets: list[int] = []
        self.caret_colour = QColor()
        self._layers: dict[str, list[tuple[int, int, QTextCharFormat]]] = {name: [] for name in LAYERS}
        # per layer, the spans by start and the longest span: painting looks up the visible ones
        self._by_start: dict[str, tuple[list[tuple[int, int, QTextCharFormat]], list[int], int]] = {}
        self._shown: QTextDocument | None = None
        self._after_paint: list[Callable[[], None]] = []
        self.hint = ""  # what the pane says while it has no letter

    def _install_viewport(self) -> None:
        """Give the pane a viewport made here rather than the one Qt made.

        PySide6 loads its classes lazily, and the first call returning a QWidget that Python has not
        seen (`viewport()`) makes it create every QWidget subclass of QtWidgets to find the
        object's type: about 8 ms of the viewer's start. A viewport made in Python is known.
        """
        viewport = QWidget()
        # what QAbstractScrollArea and QTextEdit do to the viewport they make
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setMouseTracking(True)
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        viewport.setCursor(Qt.CursorShape.IBeamCursor)
        self.setViewport(viewport)
        # the first document is laid out for the viewport Qt made, which setViewport deleted
        self.document().documentLayout().setPaintDevice(viewport)

    # -- content -------------------------------------------------------------------------
    def set_hint(self, text: str, tooltip: str = "") -> None:
        """What the pane says while it has no letter ("drop the old letter here"), wrapped to its
        width: Qt's own placeholder shows one line only, cut off where a path or a narrow pane ends it."""
        self.hint = text
        self.setToolTip(tooltip)
        self.setAccessibleDescription(text)
        self.viewport().update()

    def show_document(self, doc: QTextDocument, bands: list[Band], carets: list[int], caret: QColor) -> None:
        for name in LAYERS:
            self._layers[name] = []
        self._by_start.clear()
        previous = self._shown
        doc.setParent(self)
        doc.setDefaultFont(self.font())  # before setDocument: a font change afterwards lays it all out again
        self.setDocument(doc)
        self._shown = doc
        if previous is not None and previous is not doc:
            previous.deleteLater()  # Qt deletes only the document it made itself
        self.bands, self.carets, self.caret_colour = sorted(bands, key=_block_of), sorted(carets), caret
        self.setToolTip("")  # a hint's tooltip (the path of the letter dropped) is said
        self.viewport().update()

    # -- highlights ----------------------------------------------------------------------
    def set_layer(self, name: str, spans: list[tuple[int, int]], fmt: QTextCharFormat) -> None:
        """Highlight `spans` in layer `name` (find, change, fact, match), replacing what it held.

        The layers are painted over the text rather than set as QTextEdit extra selections:
        PySide6 6.12's setExtraSelections drops a reference to None per selection on every call,
        which crashes Python 3.11 after a few hundred highlights.
        """
        self._layers[name] = [(start, end, fmt) for start, end in spans]
        self._by_start.pop(name, None)
        self.viewport().update()

    def layer(self, name: str) -> list[str]:
        """The texts highlighted in one layer (for tests and accessibility checks)."""
        doc = self.document()
        texts = []
        for start, end, _fmt in self._layers[name]:
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            texts.append(cursor.selectedText())
        return texts

    def layer_spans(self, name: str) -> list[tuple[int, int]]:
        return [(start, end) for start, end, _fmt in self._layers[name]]

    # -- geometry ------------------------------------------------------------------------
    def y_of(self, position: int) -> float:
        """Document y of the line holding `position`."""
        block = self.document().findBlock(position)
        layout = block.layout()
        line = layout.lineForTextPosition(position - block.position())
        y = layout.position().y()
        return y + (line.y() if line.isValid() else 0.0)

    def top_position(self) -> int:
        """The document position shown at the top-left of the viewport."""
        return self.cursorForPosition(self.viewport().rect().topLeft() + QPointF(2, 2).toPoint()).position()

    def scroll_to_y(self, y: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(max(bar.minimum(), min(bar.maximum(), round(y))))

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        # Only what lies in view is looked at: a letter can hold thousands of bands, carets and
        # find matches, and measuring each of them on every paint made scrolling take seconds.
        shown = self._visible_range()
        painter = QPainter(self.viewport())
        try:
            self._paint_bands(painter, shown)
        finally:
            painter.end()
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        try:
            self._paint_carets(painter, shown)
            self._paint_layers(painter, shown)
            self._paint_hint(painter)
        finally:
            painter.end()
        if self._after_paint:
            waiting, self._after_paint = self._after_paint, []
            for call in waiting:
                call()

    def call_after_paint(self, call: Callable[[], None]) -> None:
        """Call `call` once, right after this pane next paints."""
        self._after_paint.append(call)

    def _visible_range(self) -> tuple[int, int]:
        """The first and last document positions in view."""
        rect = self.viewport().rect()
        return self.cursorForPosition(rect.topLeft()).position(), self.cursorForPosition(rect.bottomRight()).position()

    def _paint_bands(self, painter: QPainter, shown: tuple[int, int]) -> None:
        if not self.bands:
            return
        doc = self.document()
        layout = doc.documentLayout()
        dy = -self.verticalScrollBar().value()
        width = self.viewport().width()
        margin = doc.documentMargin()
        # a band is an empty block with its height as top margin: one just above the first
        # position in view can still reach into it
        first = doc.findBlock(shown[0]).blockNumber() - 1
        last = doc.findBlock(shown[1]).blockNumber() + 1
        blocks = [band.block for band in self.bands]
        for band in self.bands[bisect_left(blocks, first) : bisect_right(blocks, last)]:
            block = doc.findBlockByNumber(band.block)
            top = block.layout().position().y()
            following = block.next()
            if following.isValid():
                bottom = following.layout().position().y() - band.gap
            else:
                bottom = layout.blockBoundingRect(block).bottom()
            rect = QRectF(margin * 0.5, top + dy, width - margin, max(bottom - top, 4.0))
            if not rect.intersects(QRectF(self.viewport().rect())):
                continue
            painter.fillRect(rect, self.colours.band)
            hatch = QBrush(self.colours.band_text, Qt.BrushStyle.BDiagPattern)
            painter.setOpacity(0.12)
            painter.fillRect(rect, hatch)
            painter.setOpacity(1.0)
            painter.setPen(self.colours.band_text)
            font = painter.font()
            font.setItalic(True)
            painter.setFont(font)
            painter.drawText(
                rect.adjusted(10, 6, -10, -6), Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, band.label
            )

    def span_rects(self, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles covering the text from `start` to `end`, one per line."""
        doc = self.document()
        dx, dy = -self.horizontalScrollBar().value(), -self.verticalScrollBar().value()
        rects = []
        block = doc.findBlock(start)
        while block.isValid() and block.position() <= end:
            layout = block.layout()
            origin = layout.position()
            base = block.position()
            # from the line holding `start`: a paragraph can have thousands of lines
            first = layout.lineForTextPosition(start - base) if start > base else None
            for k in range(first.lineNumber() if first is not None and first.isValid() else 0, layout.lineCount()):
                line = layout.lineAt(k)
                line_start, line_end = base + line.textStart(), base + line.textStart() + line.textLength()
                if line_start > end:
                    break
                a, b = max(start, line_start), min(end, line_end)
                if a > b or (a == b and start != end):
                    continue
                x1, _ = line.cursorToX(a - base)
                x2, _ = line.cursorToX(b - base)
                rects.append(QRectF(origin.x() + x1 + dx, origin.y() + line.y() + dy, max(x2 - x1, 2.0), line.height()))
            block = block.next()
        return rects

    def _in_view(self, name: str, shown: tuple[int, int]) -> list[tuple[int, int, QTextCharFormat]]:
        """The spans of layer `name` that reach into the positions `shown`."""
        if name not in self._by_start:
            spans = sorted(self._layers[name], key=lambda s: (s[0], s[1]))
            longest = max((end - start for start, end, _ in spans), default=0)
            self._by_start[name] = (spans, [start for start, _, _ in spans], longest)
        spans, starts, longest = self._by_start[name]
        first, last = shown
        return [
            span
            for span in spans[bisect_left(starts, first - longest) : bisect_right(starts, last)]
            if span[1] >= first
        ]

    def _paint_layers(self, painter: QPainter, shown: tuple[int, int]) -> None:
        visible = QRectF(self.viewport().rect())
        for name in LAYERS:
            for start, end, fmt in self._in_view(name, shown):
                colour = QColor(fmt.background().color())
                # the frame takes the format's underline colour where it has one (facts: the fact hue)
                frame = QColor(fmt.underlineColor()) if fmt.underlineColor().isValid() else colour
                for rect in self.span_rects(start, end):
                    if not rect.intersects(visible):
                        continue
                    fill = QColor(colour)
                    fill.setAlphaF(0.35)
                    painter.fillRect(rect, fill)
                    if name != "find":  # the current item also gets a frame: visible over any tint
                        painter.setPen(QPen(frame, 2.0))
                        painter.setBrush(Qt.BrushStyle.NoBrush)
                        painter.drawRect(rect.adjusted(-1, 0, 1, 0))
                        painter.setPen(Qt.PenStyle.NoPen)

    def _paint_hint(self, painter: QPainter) -> None:
        if not self.hint or not self.document().isEmpty():
            return
        margin = self.document().documentMargin()
        option = QTextOption(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # between words where it can, inside a long file name where it must
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        painter.setPen(self.palette().placeholderText().color())
        painter.setFont(self.font())
        painter.drawText(QRectF(self.viewport().rect()).adjusted(margin, margin, -margin, -margin), self.hint, option)

    def _paint_carets(self, painter: QPainter, shown: tuple[int, int]) -> None:
        # Where the other side gained or lost words, a short bar marks the spot (Meld draws the same).
        if not self.carets:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.caret_colour)
        visible = QRectF(self.viewport().rect())
        for position in self.carets[bisect_left(self.carets, shown[0]) : bisect_right(self.carets, shown[1])]:
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            rect = QRectF(self.cursorRect(cursor))
            if rect.intersects(visible):
                painter.drawRect(QRectF(rect.left() - 1, rect.top(), 3, rect.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.oldSize().width() != event.size().width() and event.oldSize().width() > 0:
            self.rewrapping.emit()
        super().resizeEvent(event)
        self.resized.emit()

    # -- dropping files ------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)
        else:
            event.ignore()
