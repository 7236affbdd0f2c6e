"""A narrow strip beside the panes: the whole comparison at a glance, and a click jumps there.

Both documents are padded to the same row heights, so one strip serves both: the left half
shows the old letter's deletions, the right half the new letter's insertions, the middle
ticks are facts, and a frame shows what the panes currently display.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from viewer.gui.highlight import Colours


@dataclass(frozen=True)
class Marker:
    top: float  # document y
    bottom: float
    lane: str  # "old", "new" or "fact"


class OverviewStrip(QWidget):
    jumpRequested = Signal(float)

    def __init__(self, colours: Colours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours = colours
        self.markers: list[Marker] = []
        self.doc_height = 1.0
        self.view_top = 0.0
        self.view_height = 0.0
        self.setMinimumWidth(18)
        self.setMaximumWidth(22)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(20, 200)

    def set_markers(self, markers: list[Marker], doc_height: float) -> None:
        self.markers = markers
        self.doc_height = max(doc_height, 1.0)
        self.update()

    def set_view(self, top: float, height: float) -> None:
        self.view_top, self.view_height = top, height
        self.update()

    def _scale(self) -> float:
        return max(self.height() - 2, 1) / self.doc_height

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
            scale = self._scale()
            width = self.width()
            lanes = {
                "old": (1.0, width / 2 - 1.5, self.colours.deleted_line),
                "new": (width / 2 + 0.5, width / 2 - 1.5, self.colours.inserted_line),
                "fact": (width / 2 - 2.5, 5.0, self.colours.fact_line),
            }
            for marker in self.markers:
                x, w, colour = lanes[marker.lane]
                top = 1 + marker.top * scale
                height = max((marker.bottom - marker.top) * scale, 2.0)
                painter.fillRect(QRectF(x, top, w, height), colour)
            frame = QColor(self.palette().color(QPalette.ColorRole.Text))
            frame.setAlphaF(0.55)
            painter.setPen(frame)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            view = QRectF(0.5, 1 + self.view_top * scale, width - 1.0, max(self.view_height * scale, 4.0))
            painter.drawRect(view)
        finally:
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.jumpRequested.emit((event.position().y() - 1) / self._scale())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.jumpRequested.emit((event.position().y() - 1) / self._scale())
