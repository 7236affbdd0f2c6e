"""A check box whose unticked box one can see in the dark scheme too.

Fusion (the dark scheme's style) edges the box in the window colour made darker: on the dark
window that is a near-black square on dark grey, and "Alleen gewijzigde secties" looked like a
label without a box. As the facts table's review boxes do (review_box.py), the box is drawn as the
style draws it, then outlined in a colour that keeps 3:1 against the window behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

from viewer.gui.review_box import outline_colour


class OutlinedCheckBox(QCheckBox):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        window = self.palette().color(QPalette.ColorRole.Window)
        # a light window shows Fusion's edge; asking the style (and PySide building QStyle's enums)
        # is left out of a light start-up
        if window.lightness() >= 128:
            return
        style = self.style()
        if style.name().lower() != "fusion":  # other styles draw a box of their own shape and edge
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        rect = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        painter = QPainter(self)
        try:
            colour = outline_colour(self.palette(), window)
            painter.setPen(QPen(colour, 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            # Fusion draws its edge on the box's rectangle less one pixel right and below
            painter.drawRect(QRectF(rect.adjusted(0, 0, -1, -1)).translated(0.5, 0.5))
        finally:
            painter.end()
