"""The reader's place: where F8/F7 go on from, and what keeps the place (reload, zoom, language, a click)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from viewer.gui.facts_model import FACT_ROLE


def _pair_index(comparison, heading: str) -> int:  # type: ignore[no-untyped-def]
    return next(k for k, p in enumerate(comparison.sections) if p.heading == heading)


def _row_at_viewport_top(window, side: str = "new") -> int:  # type: ignore[no-untyped-def]
    """The row under the viewport's top-left, found among the rows (not through CompareView)."""
    pane = window.view.pane(side)
    block = pane.cursorForPosition(QPoint(4, 4)).block().blockNumber()
    rows = window.view.docs.rows
    return max(k for k, row in enumerate(rows[:-1]) if row.side(side).first_block <= block)


def _choose_fact(window, qtbot, test) -> object:  # type: ignore[no-untyped-def]
    """Click the first fact in the table for which `test(pair)` holds."""
    panel, table = window.facts, window.facts.table
    panel.status.setCurrentIndex(1)  # all facts
    row = next(r for r in range(panel.proxy.rowCount()) if test(panel.proxy.index(r, 0).data(FACT_ROLE)))
    table.scrollTo(panel.proxy.index(row, 2))
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(panel.proxy.index(row, 2)).center()
    )
    QApplication.processEvents()
    return panel.proxy.index(row, 0).data(FACT_ROLE)


def test_next_change_goes_on_from_the_fact_chosen(window, qtbot, comparison) -> None:  # type: ignore[no-untyped-def]
    view, commands = window.view, window.commands
    removed = _pair_index(comparison, "Bevelsstructuur")
    commands.last_change.trigger()
    # a fact in the removed section, after the section's start (the whole section is one change)
    _choose_fact(window, qtbot, lambda p: p.old is not None and p.old.text == "19 juni 2015")
    assert _row_at_viewport_top(window, "old") == removed
    commands.next_change.trigger()
    assert "laatste" not in window.statusBar().currentMessage()
    following = view.changes[view.current_change].row
    assert following > removed and following == min(p.row for p in view.changes if p.row > removed)
    _choose_fact(window, qtbot, lambda p: p.old is not None and p.old.text == "19 juni 2015")
    commands.previous_change.trigger()
    assert view.changes[view.current_change].row == removed  # the change that holds the fact


def test_a_fact_where_a_change_starts_steps_on_from_that_change(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view, commands = window.view, window.commands
    pair = _choose_fact(window, qtbot, lambda p: p.kind == "troops" and p.status == "changed")
    at = next(
        k
        for k, place in enumerate(view.changes)
        if place.old and place.old[0] == view.old_pane.layer_spans("fact")[0][0]
    )
    assert pair.old.text == "155 militairen"
    commands.next_change.trigger()
    assert view.current_change == at + 1
    _choose_fact(window, qtbot, lambda p: p.kind == "troops" and p.status == "changed")
    commands.previous_change.trigger()
    assert view.current_change == at - 1


def test_clicking_the_section_already_selected_goes_back_to_its_start(window, qtbot, comparison) -> None:  # type: ignore[no-untyped-def]
    tree = window.navigator.view
    target = _pair_index(comparison, "Essentie")
    index = window.navigator.proxy.mapFromSource(window.navigator.model.index_of_pair(target))
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    start = window.view.new_pane.verticalScrollBar().value()
    assert _row_at_viewport_top(window) == target
    window.view.new_pane.verticalScrollBar().setValue(start + 250)  # reading on, within the section
    qtbot.wait(200)  # the tree follows the panes: the section stays the one selected
    assert tree.currentIndex() == index
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    assert window.view.new_pane.verticalScrollBar().value() == start


def _top_block(window, side: str = "new") -> int:  # type: ignore[no-untyped-def]
    pane = window.view.pane(side)
    return pane.cursorForPosition(QPoint(4, 4)).block().blockNumber()


def test_zooming_keeps_the_paragraph_at_the_top_in_view(window, qtbot, comparison) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    view.go_to_pair(_pair_index(comparison, "Irak"))
    bar = view.new_pane.verticalScrollBar()
    bar.setValue(bar.value() + 300)  # into the section, past its heading
    QApplication.processEvents()
    row, block = _row_at_viewport_top(window), _top_block(window)
    for step, times in (("zoom_in", 4), ("zoom_out", 7), ("zoom_reset", 1)):
        for _ in range(times):
            getattr(window.commands, step).trigger()
        QApplication.processEvents()
        for side in ("old", "new"):
            assert _row_at_viewport_top(window, side) == row, f"after {step}, {side}"
        # the paragraph that was at the top is still the one at the top
        assert _top_block(window) == block, f"after {step}"
