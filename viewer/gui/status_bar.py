"""The window's status bar: the letters compared, the totals, a busy bar, and short messages.

QStatusBar draws a message up to two pixels before the first permanent widget and clips it there,
mid-word: "… 180 mSecties: 29 gelijk", a figure that reads as another one. Here the message is
shown by a label laid over that place, which ends it in "…" (the whole message is its tooltip and
`currentMessage()`) and keeps a gap before the totals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QProgressBar, QStatusBar, QWidget

from viewer.gui.elided_label import ElidedLabel
from viewer.gui.i18n import tr

if TYPE_CHECKING:
    from viewer.core.comparison import Comparison
    from viewer.core.document import Document

MESSAGE_LEFT = 6  # where QStatusBar starts its message: the label's text stands where Qt's would
GAP = 16  # between the end of a message and the totals


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letters = ElidedLabel()
        self.totals = ElidedLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no percentage to report: a moving bar says "working"
        self.busy.setMaximumWidth(140)
        self.busy.setAccessibleName(tr("Bezig"))
        self.busy.hide()
        # opaque: it covers the clipped text QStatusBar still draws beneath it
        self.message = ElidedLabel(self)
        self.message.setObjectName("statusMessage")
        self.message.setAutoFillBackground(True)
        self.message.setContentsMargins(MESSAGE_LEFT, 0, GAP, 0)
        self.message.hide()
        self.messageChanged.connect(self._show_message)
        self.addWidget(self.letters, 1)
        self._permanent: list[QWidget] = [self.totals, self.busy]
        for widget in self._permanent:
            self.addPermanentWidget(widget)
            widget.installEventFilter(self)  # it moves, grows or hides: the message's room follows

    def say(self, message: str, seconds: int = 4) -> None:
        if message:  # (an empty one would only clear what the status bar said)
            self.showMessage(message, seconds * 1000)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self._place_message()
        self.message.setVisible(bool(text))
        self.message.raise_()

    def _place_message(self) -> None:
        """From the bar's left edge to the first permanent widget shown: the room Qt gives a message."""
        shown = [w.x() for w in self._permanent if w.isVisible()]
        right = min(shown) - 1 if shown else self.width() - 12
        self.message.setGeometry(QRect(0, 0, max(right, 0), self.height()))

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._place_message()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)
        if event.type() in kinds:
            self._place_message()
        return super().eventFilter(watched, event)


def letter_label(document: Document, language: str) -> str:
    """A letter as the status bar names it: "nr. 597, 9 september 2016"."""
    from viewer.core.export.words import long_date

    meta = document.meta
    parts = []
    if meta.number:
        parts.append(tr("nr. {0}").format(meta.number))
    if meta.date:
        parts.append(long_date(meta.date, language))  # as the letters, the report and the summary write it
    elif meta.number:
        # its "20 juni jl." are no days then: the clerk must know why such dates are missing
        parts.append(tr("datum niet gevonden"))
    return ", ".join(parts) or tr("zonder nummer of datum")


def totals_text(comparison: Comparison, changes: int) -> str:
    """The sections by status, the changes and the facts that differ."""
    from viewer.gui.navigator import status_names

    counts = comparison.section_counts()
    names = status_names()
    sections = ", ".join(f"{counts[k]} {names[k]}" for k in ("same", "changed", "added", "removed", "renamed", "moved"))
    facts = sum(1 for p in comparison.facts if getattr(p, "status", "unchanged") != "unchanged")
    # one of each is said in the singular ("1 wijziging", "1 feit anders"; "1 fact differs")
    changed = (tr("{0} wijziging") if changes == 1 else tr("{0} wijzigingen")).format(changes)
    differ = (tr("{0} feit anders") if facts == 1 else tr("{0} feiten anders")).format(facts)
    return tr("Secties: {0}  ·  {1}  ·  {2}").format(sections, changed, differ)


def fact_words(pair: object, room: int = 60) -> str:
    """A fact pair in a few words for the status bar: "155 militairen → 180 militairen"."""
    texts = [getattr(getattr(pair, side, None), "text", "") for side in ("old", "new")]
    short = [text if len(text) <= room else text[: room - 1] + "…" for text in texts if text]
    return " → ".join(short)
