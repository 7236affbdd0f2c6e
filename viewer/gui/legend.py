"""The legend above the panes: what each mark in the text means, drawn with the same formats."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from viewer.gui.highlight import Colours
from viewer.gui.i18n import tr


class Legend(QWidget):
    """One line of samples: deleted, inserted, fact, moved, renamed, missing section."""

    GAP = 18.0
    MARGIN = 6.0

    def __init__(self, colours: Colours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours = colours
        self.setAccessibleName(tr("Legenda"))
        self.setAccessibleDescription(self.description())
        self.setToolTip(self.description())

    @staticmethod
    def items() -> list[tuple[str, str]]:
        return [
            ("deleted", tr("verwijderd (doorgestreept)")),
            ("inserted", tr("toegevoegd (onderstreept)")),
            ("fact", tr("feit (stippellijn)")),
            ("badge", tr("↕ verplaatst   ✎ hernoemd")),
            ("band", tr("sectie ontbreekt hier")),
        ]

    def description(self) -> str:
        return "; ".join(text for _key, text in self.items())

    def set_colours(self, colours: Colours) -> None:
        self.colours = colours
        self.update()

    def _item_width(self, metrics: QFontMetricsF, key: str, text: str) -> float:
        swatch = 0 if key == "badge" else 42
        return swatch + metrics.horizontalAdvance(text) + 4

    def _rows(self, width: float) -> list[list[tuple[float, str, str]]]:
        """The items, each with its x, in as many lines as `width` needs: on a narrow window the
        legend wraps rather than cutting its last items off."""
        metrics = QFontMetricsF(self.font())
        rows: list[list[tuple[float, str, str]]] = [[]]
        x = self.MARGIN
        for key, text in self.items():
            item = self._item_width(metrics, key, text)
            if rows[-1] and x + item > width - self.MARGIN:
                rows.append([])
                x = self.MARGIN
            rows[-1].append((x, key, text))
            x += item + self.GAP
        return rows

    def _line_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 4

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        width = sum(self._item_width(metrics, k, text) + self.GAP for k, text in self.items()) + self.MARGIN
        return QSize(int(width), int(self._line_height() + 4))

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        widest = max(self._item_width(metrics, k, text) for k, text in self.items())
        return QSize(int(widest + 2 * self.MARGIN), int(self._line_height() + 4))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(len(self._rows(width)) * self._line_height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            metrics = QFontMetricsF(self.font())
            height = metrics.height()
            rows = self._rows(self.width())
            top = (self.height() - len(rows) * self._line_height()) / 2 + 2
            c = self.colours
            for number, row in enumerate(rows):
                y = top + number * self._line_height()
                for x, key, text in row:
                    self._draw_item(painter, c, x, y, height, key, text, metrics.horizontalAdvance(text))
        finally:
            painter.end()

    @staticmethod
    def _draw_item(
        painter: QPainter, c: Colours, x: float, y: float, height: float, key: str, text: str, advance: float
    ) -> None:
        swatch = QRectF(x, y, 36, height)
        label = QRectF(x + 42, y, advance + 4, height)
        painter.setPen(c.text)
        if key == "deleted":
            painter.fillRect(swatch, c.deleted_bg)
            painter.setPen(QPen(c.text, 1.2))
            painter.drawLine(swatch.left() + 3, swatch.center().y(), swatch.right() - 3, swatch.center().y())
        elif key == "inserted":
            painter.fillRect(swatch, c.inserted_bg)
            painter.setPen(QPen(c.inserted_line, 1.5))
            painter.drawLine(swatch.left() + 3, swatch.bottom() - 3, swatch.right() - 3, swatch.bottom() - 3)
        elif key == "fact":
            painter.setPen(QPen(c.fact_line, 1.5, Qt.PenStyle.DotLine))
            painter.drawLine(swatch.left() + 3, swatch.bottom() - 3, swatch.right() - 3, swatch.bottom() - 3)
        elif key == "band":
            painter.fillRect(swatch, c.band)
            painter.setOpacity(0.35)
            painter.fillRect(swatch, QBrush(c.band_text, Qt.BrushStyle.BDiagPattern))
            painter.setOpacity(1.0)
        if key == "badge":
            label = QRectF(x, y, advance + 4, height)
        painter.setPen(c.text)
        painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
