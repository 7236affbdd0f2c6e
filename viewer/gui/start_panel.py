"""What an empty window offers: the recent comparisons, one click each, and how to begin.

A clerk opens the program to pick up where the last session ended; the same list is under
Bestand → Recente vergelijkingen, but on an empty window it is the first thing to see.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from viewer.gui.i18n import tr
from viewer.gui.recent import RecentLetters

_ENTRY_STYLE = "text-align: left; padding: 2px 6px;"
SHOWN = 6  # the most recent pairs; the menu has them all
# how often a pair whose letter is gone is looked for again while the panel shows it: a network
# share that comes back (or a letter moved back) makes the pair one click away again
LOOK_AGAIN_MS = 3000


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
        self.recent: RecentLetters | None = None
        self._pairs: list[tuple[str, str]] = []  # the pairs the buttons open
        self.look_again = QTimer(self)
        self.look_again.setInterval(LOOK_AGAIN_MS)
        self.look_again.timeout.connect(self._look_again)

    def fill(self, recent: RecentLetters) -> None:
        pairs = recent.pairs()[:SHOWN]
        shown = recent.entries()[:SHOWN]
        if pairs != self._pairs:
            self._rebuild(pairs)
        # the buttons of the same pairs are changed in place: rebuilt every few seconds (while a
        # letter is gone), the one the keyboard was on lost the focus
        for button, (label, tooltip, can_open) in zip(self.entries, shown, strict=True):
            button.setText(label)
            button.setToolTip(tooltip)
            button.setEnabled(can_open)
        self.setVisible(bool(pairs))
        self.recent = recent
        if any(not button.isEnabled() for button in self.entries):
            self.look_again.start()  # the window refills the panel when the answer comes
        else:
            self.look_again.stop()

    def _rebuild(self, pairs: list[tuple[str, str]]) -> None:
        for button in self.entries:
            self.box.removeWidget(button)
            button.deleteLater()
        self.entries = []
        for k, (old, new) in enumerate(pairs):
            button = QPushButton()
            button.setFlat(True)
            button.setStyleSheet(_ENTRY_STYLE)
            button.clicked.connect(lambda _=False, o=old, n=new: self.chosen.emit(o, n))
            self.box.insertWidget(1 + k, button)
            self.entries.append(button)
        self._pairs = pairs

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # a button with a style sheet keeps the palette it was polished with: in the dark scheme
            # its text stayed black on dark grey, until a style sheet set anew polishes it again
            for button in self.entries:
                button.setStyleSheet("")
                button.setStyleSheet(_ENTRY_STYLE)

    def _look_again(self) -> None:
        if self.recent is not None and self.isVisible():
            self.recent.check()
