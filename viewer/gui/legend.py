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

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        width = sum(metrics.horizontalAdvance(text) + 46 + self.GAP for _k, text in self.items())
        return QSize(int(width), int(metrics.height() + 8))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            metrics = QFontMetricsF(self.font())
            height = metrics.height()
            y = (self.height() - height) / 2
            x = 6.0
            c = self.colours
            for key, text in self.items():
                swatch = QRectF(x, y, 36, height)
                label = QRectF(x + 42, y, metrics.horizontalAdvance(text) + 4, height)
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
                    label = QRectF(x, y, metrics.horizontalAdvance(text) + 4, height)
                painter.setPen(c.text)
                painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
                x = label.right() + self.GAP
        finally:
            painter.end()
