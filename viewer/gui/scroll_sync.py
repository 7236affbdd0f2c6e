"""Synchronised scrolling of the two panes through one controller with a re-entry guard.

After row alignment both documents have the same row tops, so equal scroll values keep paired
sections side by side. Setting the other bar's value emits its valueChanged, which would call
back into us: the guard (Meld's `with_scroll_lock`) swallows that echo.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QScrollBar

from viewer.gui.text_pane import TextPane


class ScrollSync(QObject):
    enabledChanged = Signal(bool)

    def __init__(self, left: TextPane, right: TextPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panes = (left, right)
        self._enabled = True
        self._locked = False
        left.verticalScrollBar().valueChanged.connect(lambda v: self._follow(0, v))
        right.verticalScrollBar().valueChanged.connect(lambda v: self._follow(1, v))
        left.verticalScrollBar().rangeChanged.connect(lambda *_: self._follow(0, left.verticalScrollBar().value()))
        left.horizontalScrollBar().valueChanged.connect(lambda v: self._follow_h(1, v))
        right.horizontalScrollBar().valueChanged.connect(lambda v: self._follow_h(0, v))

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, on: bool) -> None:
        if on == self._enabled:
            return
        self._enabled = on
        if on:  # line the right pane up with the left again
            self._follow(0, self.panes[0].verticalScrollBar().value())
        self.enabledChanged.emit(on)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Move the panes by hand without either following the other."""
        was, self._locked = self._locked, True
        try:
            yield
        finally:
            self._locked = was

    def _follow(self, source: int, value: int) -> None:
        if self._locked or not self._enabled:
            return
        other = self.panes[1 - source].verticalScrollBar()
        with self.locked():
            _set(other, value)

    def _follow_h(self, target: int, value: int) -> None:
        if self._locked or not self._enabled:
            return
        with self.locked():
            _set(self.panes[target].horizontalScrollBar(), value)

    def scroll_both(self, old_y: float, new_y: float) -> None:
        """Scroll each pane to its own y; with sync on the panes share one value, so they take the smaller."""
        old_bar, new_bar = (p.verticalScrollBar() for p in self.panes)
        with self.locked():
            if self._enabled:
                value = round(min(old_y, new_y))
                _set(old_bar, value)
                _set(new_bar, value)
            else:
                _set(old_bar, round(old_y))
                _set(new_bar, round(new_y))


def _set(bar: QScrollBar, value: int) -> None:
    bar.setValue(max(bar.minimum(), min(bar.maximum(), value)))
