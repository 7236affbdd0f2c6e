"""Icons drawn as SVG in resources/icons, rendered sharp at whatever size and pixel ratio is asked.

An icon engine renders on demand (a toolbar asks for a few sizes, not all of them, so start-up
renders nothing it does not show). The neutral stroke colour follows the palette's text
colour so the icons stay visible on a dark palette; the status colours are fixed hues.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
ICONS = RESOURCES / "icons"
NEUTRAL = "#37474F"


class SvgIconEngine(QIconEngine):
    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.data = data
        self._cache: dict[tuple[int, int, int], QPixmap] = {}

    def _render(self, width: int, height: int, mode: QIcon.Mode) -> QImage:
        from PySide6.QtSvg import QSvgRenderer  # loaded only once something draws an icon

        image = QImage(max(width, 1), max(height, 1), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.35)
        QSvgRenderer(QByteArray(self.data)).render(painter, QRectF(0, 0, width, height))
        painter.end()
        return image

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = self.scaledPixmap(rect.size(), mode, state, ratio)
        painter.drawPixmap(rect, pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        width, height = round(size.width() * scale), round(size.height() * scale)
        key = (width, height, int(mode == QIcon.Mode.Disabled))
        if key not in self._cache:
            pixmap = QPixmap.fromImage(self._render(width, height, mode))
            pixmap.setDevicePixelRatio(scale)
            self._cache[key] = pixmap
        return self._cache[key]

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.data)


def _text_colour() -> str:
    if QGuiApplication.instance() is None:
        return NEUTRAL
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()


@cache
def _icon(name: str, colour: str) -> QIcon:
    data = (ICONS / f"{name}.svg").read_text(encoding="utf-8").replace(NEUTRAL, colour)
    return QIcon(SvgIconEngine(data.encode("utf-8")))


def icon(name: str) -> QIcon:
    return _icon(name, _text_colour())
