"""Find text in both panes at once (Ctrl+F): every match is marked, Enter steps through them.

Matches are ordered by height on the page and then old before new, so stepping reads down the
comparison the way the eye does. Case, accents and the shapes of quotes and dashes do not count
("syrie" finds "Syrië", "F-16's" finds "F-16’s"), and a match marks the text as printed. A zoom or a
new width moves every match: the order is taken again then, and each step measures where its match
now stands. In letters of a normal length every keystroke searches at once; in
very long ones (a search there can take a quarter of a second) the search waits for a pause in the
typing, so that typing a word does not search for each of its beginnings.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from viewer.gui.compare_view import CompareView
from viewer.gui.folding import FoldedText
from viewer.gui.highlight import blend
from viewer.gui.i18n import tr
from viewer.gui.icons import icon
from viewer.gui.pane_layout import SIDES, Side

# Both letters together longer than this (characters; nr. 597 has some 55,000) search after a pause.
LONG_LETTERS = 400_000
PAUSE_MS = 250


class _FindEdit(QLineEdit):
    stepRequested = Signal(int)
    closeRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.stepRequested.emit(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        elif event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    def __init__(self, view: CompareView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.matches: list[tuple[float, int, Side, int, int]] = []  # (y, side order, side, start, end)
        self.current = -1
        # each pane's text folded for searching, kept while the pane shows the same document
        self._folded: dict[Side, tuple[QTextDocument, FoldedText]] = {}
        view.aligned.connect(self._relaid)
        self.edit = _FindEdit()
        self.edit.setObjectName("findEdit")
        self.edit.setAccessibleName(tr("Zoeken in beide brieven"))
        self.edit.setPlaceholderText(tr("Zoeken in beide brieven…"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel()
        self.count.setMinimumWidth(110)
        previous, following, close = QToolButton(), QToolButton(), QToolButton()
        previous.setIcon(icon("previous-change"))
        previous.setToolTip(tr("Vorige treffer (Shift+Enter)"))
        previous.setAccessibleName(tr("Vorige treffer"))
        following.setIcon(icon("next-change"))
        following.setToolTip(tr("Volgende treffer (Enter)"))
        following.setAccessibleName(tr("Volgende treffer"))
        close.setText("✕")
        close.setToolTip(tr("Zoekbalk sluiten (Esc)"))
        close.setAccessibleName(tr("Zoekbalk sluiten"))
        previous.clicked.connect(lambda: self._step_requested(-1))
        following.clicked.connect(lambda: self._step_requested(1))
        close.clicked.connect(self.close_bar)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(PAUSE_MS)
        self._pending.timeout.connect(lambda: self.search(self.edit.text()))
        self.edit.textChanged.connect(self._typed)
        self.edit.stepRequested.connect(self._step_requested)
        self.edit.closeRequested.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(QLabel(tr("Zoeken:")))
        row.addWidget(self.edit, 1)
        row.addWidget(previous)
        row.addWidget(following)
        row.addWidget(self.count)
        row.addWidget(close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, lambda: self._step_requested(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self, lambda: self._step_requested(-1))

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def open_on(self, text: str) -> None:
        """Open the bar searching for `text` at once (no pause waited for, even in long letters)."""
        self.open_bar()
        self.edit.setText(text)
        if self._pending.isActive():
            self._pending.stop()
            self.search(text)

    def close_bar(self) -> None:
        self.edit.clear()
        self.hide()
        self.view.new_pane.setFocus()

    def _typed(self, text: str) -> None:
        length = sum(self.view.pane(side).document().characterCount() for side in SIDES)
        if length > LONG_LETTERS and text:
            self._pending.start()
        else:
            self._pending.stop()
            self.search(text)

    def _step_requested(self, delta: int) -> None:
        if self._pending.isActive():  # Enter before the pause: search now, and show the first match
            self._pending.stop()
            self.search(self.edit.text())
            if delta < 0:
                self.step(-1)  # the search went to the first match; Shift+Enter asks for the last
            return
        self.step(delta)

    def search(self, text: str) -> None:
        self.matches = []
        self.current = -1
        if text:
            self.view.settle()
            for order, side in enumerate(SIDES):
                pane = self.view.pane(side)
                for start, end in self._folded_text(side).find_all(text):
                    self.matches.append((pane.y_of(start), order, side, start, end))
        self.matches.sort()
        base = self.palette().color(self.backgroundRole())
        fmt = QTextCharFormat()
        fmt.setBackground(blend(self.view.colours.text, base, 0.18))
        for side in SIDES:
            spans = [(m[3], m[4]) for m in self.matches if m[2] == side]
            self.view.pane(side).set_layer("find", spans, fmt)
            self.view.pane(side).set_layer("match", [], fmt)
        self._show_count()
        if self.matches:
            self.step(1)

    def step(self, delta: int) -> None:
        """Next or previous match; wraps around, as find bars do."""
        if not self.matches:
            return
        self.current = (self.current + delta) % len(self.matches)
        self.view.settle()  # a zoom or resize still to be lined up would move the match after measuring
        _y, _order, side, start, end = self.matches[self.current]
        y = self.view.pane(side).y_of(start)  # where the match stands now, not where it stood at the search
        fmt = QTextCharFormat()
        fmt.setBackground(self.view.colours.current_bg)
        fmt.setForeground(self.view.colours.current_text)
        for other in SIDES:
            self.view.pane(other).set_layer("match", [(start, end)] if other == side else [], fmt)
        pane = self.view.pane(side)
        third = pane.viewport().height() / 3
        if self.view.sync.enabled:
            self.view.sync.scroll_both(y - third, y - third)
        else:
            pane.scroll_to_y(y - third)
        self.view.continue_from(side, start)  # F8 goes on to the change after the match
        self._show_count()

    def _folded_text(self, side: Side) -> FoldedText:
        doc = self.view.pane(side).document()
        kept = self._folded.get(side)
        if kept is None or kept[0] is not doc:
            kept = self._folded[side] = (doc, FoldedText(doc.toPlainText()))
        return kept[1]

    def _relaid(self) -> None:
        """The text was laid out anew (zoom, width): put the matches in reading order again, keeping
        the current one current, so that Enter goes on down the page from the match shown."""
        if not self.matches or self.view.docs is None:
            return
        current = self.matches[self.current] if self.current >= 0 else None
        self.matches = sorted(
            (self.view.pane(side).y_of(start), order, side, start, end) for _y, order, side, start, end in self.matches
        )
        if current is not None:
            self.current = next(k for k, m in enumerate(self.matches) if m[1:] == current[1:])
        self._show_count()

    def _show_count(self) -> None:
        if not self.edit.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(tr("geen treffers"))
        else:
            self.count.setText(tr("{0} van {1}").format(self.current + 1, len(self.matches)))
