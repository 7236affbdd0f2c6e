"""What the reader set up in a window, carried into the window that replaces it, or kept across
the same letters read again.

Switching the language builds a new window, so that every text is translated (app.py). The layout
comes back from the settings; this takes the rest along: the place in the letters and where F8
goes on from, the navigator's filter, the facts table's filters, words, sort, column widths and
chosen fact, and an open find bar with its current match. A reload (F5, or a letter changed on disk) reads the letters
anew: the chosen fact and the match are then found again by what they are, not by identity; a swap (Ctrl+Shift+W)
looks for them on the other side.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex

from viewer.gui import reading_place
from viewer.gui.facts_model import FACT_ROLE

if TYPE_CHECKING:
    from viewer.gui.facts_panel import ColumnState
    from viewer.gui.main_window import MainWindow
    from viewer.gui.pane_layout import Side
    from viewer.gui.reading_place import ReadingPlace


@dataclass(frozen=True)
class WindowState:
    place: ReadingPlace | None
    stepping: tuple[int, tuple[int, int]]  # the change last visited, and the changes around the place
    changed_only: bool
    kind: int
    status: int
    words: str
    columns: ColumnState  # the facts table's sort and column widths
    fact: Any  # the fact pair chosen in the table, or None
    fact_row: int  # its row in the table
    find: str | None  # the find bar's words, when it is open
    match: int
    match_at: tuple[str, int] | None = None  # the current match's side and position
    # the letters swapped since (Ctrl+Shift+W): the fact is found by its sides exchanged, the match
    # by its side and place in the letter's text (the panes' positions differ)
    mirrored: bool = False
    match_in_letter: tuple[Side, int] | None = None


def take(window: MainWindow) -> WindowState:
    facts, find = window.facts, window.find_bar
    current = facts.table.currentIndex()
    if current.isValid() and not facts.table.selectionModel().isRowSelected(current.row(), QModelIndex()):
        current = QModelIndex()  # a row only current (the table took the focus) is no fact chosen
    return WindowState(
        place=reading_place.capture(window.view),
        stepping=window.view.stepping,
        changed_only=window.navigator.changed_only.isChecked(),
        kind=facts.kind.currentIndex(),
        status=facts.status.currentIndex(),
        words=facts.search.text(),
        columns=facts.column_state(),
        fact=current.data(FACT_ROLE) if current.isValid() else None,
        fact_row=current.row(),
        find=find.edit.text() if find.isVisible() else None,
        match=find.current,
        match_at=find.matches[find.current][2:4] if 0 <= find.current < len(find.matches) else None,  # type: ignore[arg-type]
    )


def mirrored(state: WindowState, window: MainWindow) -> WindowState:
    """`state`, taken from `window`, for the same letters swapped: each pane's place goes to the
    other pane, and the chosen fact and the find match are looked for on the other side."""
    match_in_letter = None
    docs = window.view.docs
    if state.match_at is not None and docs is not None:
        side: Side = "old" if state.match_at[0] == "new" else "new"
        offset = docs.maps["new" if side == "old" else "old"].to_text(state.match_at[1])
        match_in_letter = (side, offset) if offset is not None else None
    place = reading_place.mirrored(state.place) if state.place is not None else None
    return replace(state, place=place, mirrored=True, match_at=None, match=-1, match_in_letter=match_in_letter)


_SWAPPED_STATUS = {"added": "removed", "removed": "added"}


def _fact_words(pair: Any, swap: bool = False) -> tuple[object, ...]:
    """What a fact pair says, wherever its letters moved it: kind, status and both texts (as the
    letters swapped would have them, with `swap`)."""
    sides = tuple(getattr(getattr(pair, side, None), "text", None) for side in ("old", "new"))
    if swap:
        return (pair.kind, _SWAPPED_STATUS.get(pair.status, pair.status), *reversed(sides))
    return (pair.kind, pair.status, *sides)


def _fact_row(window: MainWindow, fact: Any, was: int, swap: bool = False) -> int:
    """The table row of `fact`, or of the same fact in letters read again (or swapped, with
    `swap`); -1 if not listed.

    Read again, the same fact is the one at the same places in the letters; else (text added above
    it) the one with the same words nearest to row `was` ("12 miljoen euro" can be there twice)."""
    from viewer.core.review import mirrored_pair_key, pair_key

    proxy = window.facts.proxy
    pairs = [proxy.index(row, 0).data(FACT_ROLE) for row in range(proxy.rowCount())]
    key = pair_key(fact)
    tests = [lambda p: mirrored_pair_key(p) == key] if swap else [lambda p: p is fact, lambda p: pair_key(p) == key]
    for same in tests:
        found = next((row for row, pair in enumerate(pairs) if same(pair)), -1)
        if found >= 0:
            return found
    words = _fact_words(fact, swap)
    rows = [row for row, pair in enumerate(pairs) if _fact_words(pair) == words]
    return min(rows, key=lambda row: abs(row - was), default=-1)


def _match_index(window: MainWindow, state: WindowState) -> int:
    """The match to show again: the one at the same place, else the one with the same number."""
    matches = window.find_bar.matches
    match_at = state.match_at
    docs = window.view.docs
    if state.match_in_letter is not None and docs is not None:
        side, offset = state.match_in_letter
        match_at = (side, docs.maps[side].to_qt(offset) or -1)
    if match_at is not None:
        for k, match in enumerate(matches):
            if match[2:4] == match_at:
                return k
    return state.match if 0 <= state.match < len(matches) else -1


def give(window: MainWindow, state: WindowState) -> None:
    """Set a window showing the same comparison (and shown, so that its panes have their size) as
    `state` says; the place last, as choosing the fact and the match move the panes."""
    window.navigator.changed_only.setChecked(state.changed_only)
    facts = window.facts
    facts.kind.setCurrentIndex(state.kind)
    facts.status.setCurrentIndex(state.status)
    facts.search.setText(state.words)
    facts.set_column_state(state.columns)
    row = _fact_row(window, state.fact, state.fact_row, state.mirrored) if state.fact is not None else -1
    if row >= 0:
        index = facts.proxy.index(row, 0)
        already = facts.table.currentIndex() == index  # chosen already: choosing it emits nothing
        facts.choose(index)  # shows the fact in the panes, marked
        if already:
            facts.factSelected.emit(state.fact)
    if state.find is not None:
        bar = window.find_bar
        if bar.isVisible() and bar.edit.text() == state.find:
            bar.search(state.find)  # the letters read again: the bar stays, and so does the focus
        else:
            bar.open_on(state.find)
        match = _match_index(window, state)
        if match >= 0:
            bar.step(match - bar.current)
    if state.place is not None:
        reading_place.restore(window.view, state.place)
    # after the place: F8 goes on from the change last visited as long as the panes stay there
    if window.comparison is not None and window.comparison is getattr(state.place, "comparison", None):
        window.view.stepping = state.stepping
        window.view.mark_change(state.stepping[0])
