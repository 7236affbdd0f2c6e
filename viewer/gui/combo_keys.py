"""Alt+Down and Alt+Up open a focused combo box's list, as they do in every other program.

The window gives those keys to "next" and "previous change" (WinMerge's keys), and a window's
shortcut wins over the widget with the focus unless the widget claims the key first (Qt's
ShortcutOverride). A combo box does not claim them; this filter does it for one, so the facts
table's filters open with the keyboard as usual. F8 and F7 still move between changes from there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox

KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Up)


class ComboKeys(QObject):
    def install(self, combo: QComboBox) -> None:
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(watched, QComboBox):
            return False
        assert isinstance(event, QKeyEvent)
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in KEYS or modifiers != Qt.KeyboardModifier.AltModifier:
            return False
        event.accept()  # ShortcutOverride accepted: the key goes to the combo box, not to the window's action
        if kind == QEvent.Type.KeyPress:
            watched.showPopup()  # (Qt's combo box would only open on Alt+Down, and step on Alt+Up)
        return True
