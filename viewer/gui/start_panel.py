"""What an empty window offers: the recent comparisons, one click each, and how to begin.

A clerk opens the program to pick up where the last session ended; the same list is under
Bestand → Recente vergelijkingen, but on an empty window it is the first thing to see.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from viewer.gui.i18n import tr

SHOWN = 6  # the most recent pairs; the menu has them all


def recent_entry(number: int, old: str, new: str) -> tuple[str, str, bool]:
    """A recent pair as the menu and the panel show it: label (with its Alt key), tooltip, and
    whether it can be opened. A pair whose letter was moved or deleted stays in sight, marked, so
    the list does not change under the reader, but it is not offered."""
    gone = [path for path in (old, new) if not os.path.exists(path)]
    label = f"&{number}  {os.path.basename(old)} ↔ {os.path.basename(new)}"
    if gone:
        label += "  " + tr("(niet meer op schijf)")
    tooltip = "\n".join(f"{path}{'  ✗' if path in gone else ''}" for path in (old, new))
    return label, tooltip, not gone


class StartPanel(QFrame):
    chosen = Signal(str, str)  # old path, new path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPanel")
        self.setAccessibleName(tr("Recente vergelijkingen"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(12, 8, 12, 8)
        heading = QLabel(tr("Recente vergelijkingen"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.box.addWidget(heading)
        self.entries: list[QPushButton] = []
        self.hint = QLabel(
            tr("Of kies twee brieven met Bestand → Vergelijken… (Ctrl+O), of sleep ze op de twee vensters hieronder.")
        )
        self.hint.setWordWrap(True)
        self.box.addWidget(self.hint)

    def fill(self, recent: list[tuple[str, str]]) -> None:
        for button in self.entries:
            self.box.removeWidget(button)
            button.deleteLater()
        self.entries = []
        for k, (old, new) in enumerate(recent[:SHOWN]):
            label, tooltip, can_open = recent_entry(k + 1, old, new)
            button = QPushButton(label)
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 2px 6px;")
            button.setToolTip(tooltip)
            button.setEnabled(can_open)
            button.clicked.connect(lambda _=False, o=old, n=new: self.chosen.emit(o, n))
            self.box.insertWidget(1 + k, button)
            self.entries.append(button)
        self.setVisible(bool(recent))
