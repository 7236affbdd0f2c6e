"""What the reader set up in a window, carried into the window that replaces it.

Switching the language builds a new window, so that every text is translated (app.py). The layout
comes back from the settings; this takes the rest along: the place in the letters and where F8
goes on from, the navigator's filter, the facts table's filters, words and chosen fact, and an
open find bar with its current match.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from viewer.gui import reading_place
from viewer.gui.facts_model import FACT_ROLE

if TYPE_CHECKING:
    from viewer.gui.main_window import MainWindow
    from viewer.gui.reading_place import ReadingPlace


@dataclass(frozen=True)
class WindowState:
    place: ReadingPlace | None
    stepping: tuple[int, tuple[int, int]]  # the change last visited, and the changes around the place
    changed_only: bool
    kind: int
    status: int
    words: str
    fact: object | None  # the fact pair chosen in the table
    find: str | None  # the find bar's words, when it is open
    match: int


def take(window: MainWindow) -> WindowState:
    facts, find = window.facts, window.find_bar
    current = facts.table.currentIndex()
    return WindowState(
        place=reading_place.capture(window.view),
        stepping=window.view.stepping,
        changed_only=window.navigator.changed_only.isChecked(),
        kind=facts.kind.currentIndex(),
        status=facts.status.currentIndex(),
        words=facts.search.text(),
        fact=current.data(FACT_ROLE) if current.isValid() else None,
        find=find.edit.text() if find.isVisible() else None,
        match=find.current,
    )


def give(window: MainWindow, state: WindowState) -> None:
    """Set a window showing the same comparison (and shown, so that its panes have their size) as
    `state` says; the place last, as choosing the fact and the match move the panes."""
    window.navigator.changed_only.setChecked(state.changed_only)
    facts = window.facts
    facts.kind.setCurrentIndex(state.kind)
    facts.status.setCurrentIndex(state.status)
    facts.search.setText(state.words)
    if state.fact is not None:
        for row in range(facts.proxy.rowCount()):
            index = facts.proxy.index(row, 0)
            if index.data(FACT_ROLE) is state.fact:
                facts.choose(index)
                break
    if state.find is not None:
        bar = window.find_bar
        bar.open_on(state.find)
        if 0 <= state.match < len(bar.matches):
            bar.step(state.match - bar.current)
    if state.place is not None:
        reading_place.restore(window.view, state.place)
    # after the place: F8 goes on from the change last visited as long as the panes stay there
    if window.comparison is not None and window.comparison is getattr(state.place, "comparison", None):
        window.view.stepping = state.stepping
