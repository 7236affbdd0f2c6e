"""A one-line label that gives way to a narrow window instead of pushing it off the screen.

A QLabel is never narrower than its text, so a long file name over a pane or long totals in the
status bar made the window wider than a 1024- or 1366-pixel screen. This label may shrink: its
text then ends in "…" and the whole text is its tooltip. `text()` stays the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

MIN_CHARS = 12  # narrowest it gets: about this many characters, enough to tell the two titles apart


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        least = self.fontMetrics().averageCharWidth() * MIN_CHARS + margins.left() + margins.right()
        return QSize(min(hint.width(), least), hint.height())

    def shown_text(self) -> str:
        """The text as drawn: whole, or cut short with "…" where the label is too narrow."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        # drawn with the painter, not the style: asking for the style would make PySide build
        # QStyle's dozens of enum types at start-up, measurably slower
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(self.contentsRect(), self.alignment() | Qt.AlignmentFlag.AlignVCenter, self.shown_text())
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.shown_text() != self.text() else "")
