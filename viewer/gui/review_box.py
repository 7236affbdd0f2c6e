"""The review check boxes of the facts table, drawn with an outline one can see.

Qt's Fusion style (which the dark scheme uses) outlines an unticked box in the window colour made
darker: #222326 on the dark table's #1e1f22, an invisible box, and on the light table about
2.3:1, below the 3:1 that WCAG asks of a control's edge. The box is drawn as the style draws it,
then outlined in a colour between the text and the row's background that keeps 3:1 against it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from viewer.gui.highlight import blend, contrast

LEAST_CONTRAST = 3.0  # WCAG 2.1, 1.4.11: the edge of a control against what is beside it
Index = QModelIndex | QPersistentModelIndex


def outline_colour(palette: QPalette, background: QColor) -> QColor:
    """The faintest mix of text over `background` that keeps LEAST_CONTRAST against it."""
    text = palette.color(QPalette.ColorRole.Text)
    for step in range(4, 11):
        colour = blend(text, background, step / 10)
        if contrast(colour, background) >= LEAST_CONTRAST + 0.2:  # (a margin for rounding)
            return colour
    return text


class ReviewBoxDelegate(QStyledItemDelegate):
    def box(self, option: QStyleOptionViewItem, index: Index) -> tuple[QRect, QColor] | None:
        """Where the check box of `index` is drawn and the row's background there; None where the
        cell has no box or the style draws a box of its own shape (only Fusion's edge is the faint one)."""
        view = option.widget  # type: ignore[attr-defined]
        style = view.style() if view is not None else None
        if index.data(Qt.ItemDataRole.CheckStateRole) is None or style is None or style.name().lower() != "fusion":
            return None
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, item, view)
        if rect.isEmpty():
            return None
        palette = item.palette  # type: ignore[attr-defined]
        role = QPalette.ColorRole.Base
        if item.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            role = QPalette.ColorRole.Highlight
        elif item.features & QStyleOptionViewItem.ViewItemFeature.Alternate:  # type: ignore[attr-defined]
            role = QPalette.ColorRole.AlternateBase
        return rect, palette.color(role)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        found = self.box(option, index)
        if found is None:
            return
        rect, background = found
        painter.save()
        try:
            painter.setPen(QPen(outline_colour(option.palette, background), 1.0))  # type: ignore[attr-defined]
            painter.setBrush(Qt.BrushStyle.NoBrush)
            # Fusion draws its edge on the box's rectangle less one pixel right and below
            painter.drawRect(QRectF(rect.adjusted(0, 0, -1, -1)).translated(0.5, 0.5))
        finally:
            painter.restore()
