"""The reader's place: where F8/F7 go on from, and what keeps the place (reload, zoom, language, a click)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from viewer.gui.facts_model import FACT_ROLE

SAMPLES = Path(__file__).resolve().parent.parent.parent / "resources" / "samples"
OLD, NEW = SAMPLES / "kst-27925-597.txt", SAMPLES / "kst-27925-597-demo-bewerkt.txt"


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
    _choose_fact(window, qtbot, lambda p: p.status == "removed" and p.old.text == "19 juni 2015")
    assert _row_at_viewport_top(window, "old") == removed
    commands.next_change.trigger()
    assert "laatste" not in window.statusBar().currentMessage()
    following = view.changes[view.current_change].row
    assert following > removed and following == min(p.row for p in view.changes if p.row > removed)
    _choose_fact(window, qtbot, lambda p: p.status == "removed" and p.old.text == "19 juni 2015")
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


def test_reload_keeps_the_section_and_paragraph_on_screen(window, qtbot, comparison) -> None:  # type: ignore[no-untyped-def]
    target = _pair_index(comparison, "Duur van de deelname")
    window.view.go_to_pair(target)
    bar = window.view.new_pane.verticalScrollBar()
    bar.setValue(bar.value() + 120)
    QApplication.processEvents()
    block = _top_block(window)
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.commands.reload.trigger()
    assert window.comparison is not comparison  # read anew
    assert _row_at_viewport_top(window, "old") == _row_at_viewport_top(window, "new") == target
    assert _top_block(window) == block
    qtbot.waitUntil(lambda: window.navigator.view.currentIndex().data() == "Duur van de deelname", timeout=2000)


def test_reload_finds_the_section_again_by_its_path_or_goes_to_the_top(empty_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = empty_window
    window.resize(1400, 900)
    old, new = tmp_path / "oud.txt", tmp_path / "nieuw.txt"
    shutil.copy(OLD, old)
    shutil.copy(NEW, new)
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.open_files(str(old), str(new))
    # a paragraph added above the section: it stands one row further down, and is found by its path
    duur = _pair_index(window.comparison, "Duur van de deelname")
    window.view.go_to_pair(duur)
    text = new.read_text(encoding="utf-8")
    new.write_text(
        text.replace("Duur van de deelname \n", "Nieuwe kop \n\nEen nieuwe alinea.\n\nDuur van de deelname \n")
    )
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.reload()
    assert _pair_index(window.comparison, "Duur van de deelname") == duur + 1
    assert _row_at_viewport_top(window) == duur + 1
    # the section on screen gone from both letters: back to the top
    removed = _pair_index(window.comparison, "Bevelsstructuur")
    window.view.go_to_pair(removed)
    assert window.view.old_pane.verticalScrollBar().value() > 0
    old.write_text(old.read_text(encoding="utf-8").replace("Bevelsstructuur \n", ""), encoding="utf-8")
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.reload()
    assert all(p.heading != "Bevelsstructuur" for p in window.comparison.sections)
    assert window.view.old_pane.verticalScrollBar().value() == 0


def test_switching_the_language_keeps_the_place_the_facts_filters_and_the_find_bar(
    qtbot, controller, comparison
) -> None:  # type: ignore[no-untyped-def]
    first = controller.window  # closed and deleted by the switch (see the fixture)
    panel = first.facts
    panel.status.setCurrentIndex(panel.status.findText("Alle"))
    panel.kind.setCurrentIndex(panel.kind.findText("datum"))
    panel.search.setText("2017")
    panel.table.setCurrentIndex(panel.proxy.index(2, 0))
    fact = panel.table.currentIndex().data(FACT_ROLE)
    first.commands.find.trigger()
    first.find_bar.open_on("Mosul")
    first.find_bar.step(2)
    target = _pair_index(comparison, "Duur van de deelname")
    first.view.go_to_pair(target)
    first.view.new_pane.verticalScrollBar().setValue(first.view.new_pane.verticalScrollBar().value() + 150)
    QApplication.processEvents()
    block = _top_block(first)
    filters = (panel.status.currentIndex(), panel.kind.currentIndex())
    first.commands.english.trigger()
    second = controller.window
    qtbot.addWidget(second)
    try:
        assert second is not first and second.commands.next_change.text() == "&Next change"
        assert (second.facts.status.currentIndex(), second.facts.kind.currentIndex()) == filters
        assert second.facts.status.currentText() == "All" and second.facts.search.text() == "2017"
        assert second.facts.table.currentIndex().data(FACT_ROLE) is fact
        assert second.find_bar.isVisible() and second.find_bar.edit.text() == "Mosul"
        assert second.find_bar.current == 2 and second.find_bar.count.text() == f"3 of {len(second.find_bar.matches)}"
        assert _row_at_viewport_top(second, "old") == _row_at_viewport_top(second, "new") == target
        assert _top_block(second) == block  # the paragraph at the top, whatever the new window's size
        second.commands.next_change.trigger()  # goes on from the section on screen
        assert second.view.changes[second.view.current_change].row == target
    finally:
        controller.translations.use("nl")
        second.close()


def _first_change_from(window, side: str = "new") -> int:  # type: ignore[no-untyped-def]
    """The first change starting at or below the character at the top of a pane."""
    view = window.view
    top = view.pane(side).top_position()
    row = view.row_of(side, top)
    # a section missing on this side (a band there) counts by its row
    return next(
        k
        for k, place in enumerate(view.changes)
        if (place.span(side)[0] >= top if place.span(side) else place.row > row)
    )


def test_next_change_goes_on_from_where_the_overview_strip_went(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    view.first_change()
    strip = view.strip
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, int(strip.height() * 0.55)))
    expected = _first_change_from(window)
    assert expected > 1
    window.commands.next_change.trigger()
    assert view.current_change == expected
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, int(strip.height() * 0.55)))
    window.commands.previous_change.trigger()
    assert view.current_change == expected - 1


def test_next_change_goes_on_from_where_the_reader_scrolled(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    view.first_change()
    bar = view.new_pane.verticalScrollBar()
    bar.setValue(int(bar.maximum() * 0.7))
    expected = _first_change_from(window)
    window.commands.next_change.trigger()
    assert view.current_change == expected
    # by the keyboard too: Page Down in a pane moves its text cursor, which scrolls it
    view.first_change()
    view.new_pane.setFocus()
    for _ in range(8):
        qtbot.keyClick(view.new_pane, Qt.Key.Key_PageDown)
    expected = _first_change_from(window)
    assert expected > 1
    window.commands.next_change.trigger()
    assert view.current_change == expected


def test_next_change_goes_on_from_the_find_match_shown(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view, bar = window.view, window.find_bar
    view.last_change()
    window.commands.find.trigger()
    bar.open_on("Peshmerga")
    side, start = bar.matches[bar.current][2], bar.matches[bar.current][3]
    after = next(k for k, place in enumerate(view.changes) if place.span(side) and place.span(side)[0] >= start)
    window.commands.next_change.trigger()
    assert view.current_change == after < len(view.changes) - 1
    assert "laatste" not in window.statusBar().currentMessage()


def test_zooming_keeps_next_change_going_on_from_the_change_visited(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    view.go_to_change(3)
    window.commands.zoom_in.trigger()
    window.commands.zoom_in.trigger()
    window.commands.next_change.trigger()
    assert view.current_change == 4


def test_reload_with_the_find_bar_open_keeps_the_match_and_the_place(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = window.find_bar
    window.commands.find.trigger()
    bar.open_on("Peshmerga")
    bar.step(20)
    match, count = bar.matches[bar.current][2:4], bar.count.text()
    assert count.startswith("21 van")
    rows = (_row_at_viewport_top(window, "old"), _row_at_viewport_top(window, "new"))
    block = _top_block(window)
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.commands.reload.trigger()
    assert bar.isVisible() and bar.count.text() == count and bar.matches[bar.current][2:4] == match
    assert (_row_at_viewport_top(window, "old"), _row_at_viewport_top(window, "new")) == rows
    assert _top_block(window) == block


def test_reload_keeps_the_chosen_fact_chosen_and_marked(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    pair = _choose_fact(window, qtbot, lambda p: p.kind == "money" and p.status != "unchanged")
    table = window.facts.table
    marked = window.view.new_pane.layer("fact")
    assert marked
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.commands.reload.trigger()
    chosen = table.currentIndex().data(FACT_ROLE)
    assert chosen is not pair and chosen.new.text == pair.new.text  # the same fact, of the letters read anew
    assert [index.row() for index in table.selectionModel().selectedRows()] == [table.currentIndex().row()]
    assert window.view.new_pane.layer("fact") == marked


def test_zooming_in_and_back_out_returns_to_the_same_line(window, qtbot, comparison) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    view.go_to_pair(_pair_index(comparison, "Duur van de deelname"))
    bar = view.new_pane.verticalScrollBar()
    bar.setValue(bar.value() + 333)  # into a long paragraph
    QApplication.processEvents()
    start = {side: view.pane(side).top_position() for side in ("old", "new")}
    for step, times in (("zoom_in", 3), ("zoom_out", 5), ("zoom_in", 2)):
        for _ in range(times):
            getattr(window.commands, step).trigger()
    QApplication.processEvents()
    assert view.zoom_steps == 0
    assert {side: view.pane(side).top_position() for side in ("old", "new")} == start


def _place_shown(window) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    return (
        _row_at_viewport_top(window, "old"),
        _row_at_viewport_top(window, "new"),
        _top_block(window, "old"),
        _top_block(window, "new"),
    )


def _wait_laid_out(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    QApplication.processEvents()
    qtbot.wait(50)  # the rows are lined up again once the new width settles
    QApplication.processEvents()


def test_hiding_and_showing_the_section_tree_keeps_the_place_and_the_tree_names_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.commands.last_change.trigger()
    _wait_laid_out(window, qtbot)
    before = _place_shown(window)
    named = window.navigator.view.currentIndex().data()
    assert named == window.comparison.sections[before[1]].heading
    pane_width = window.view.new_pane.width()
    window.navigator_dock.toggleViewAction().trigger()  # Beeld → Secties: the panes get wider
    _wait_laid_out(window, qtbot)
    assert window.view.new_pane.width() > pane_width
    assert _place_shown(window) == before
    window.navigator_dock.toggleViewAction().trigger()
    _wait_laid_out(window, qtbot)
    assert window.view.new_pane.width() == pane_width
    assert _place_shown(window) == before
    qtbot.wait(200)  # past the pause after which the tree follows the panes
    assert window.navigator.view.currentIndex().data() == named


def test_a_narrower_window_keeps_the_paragraph_at_the_top(window, qtbot, comparison) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    view.go_to_pair(_pair_index(comparison, "Duur van de deelname"))
    bar = view.new_pane.verticalScrollBar()
    bar.setValue(bar.value() + 333)  # into a long paragraph
    _wait_laid_out(window, qtbot)
    before = _place_shown(window)
    for size in ((1024, 700), (1400, 900), (1100, 900)):
        window.resize(*size)
        _wait_laid_out(window, qtbot)
        assert _place_shown(window) == before, f"at {size}"
    qtbot.wait(200)  # the tree names the section at the top
    assert window.navigator.view.currentIndex().data() == comparison.sections[before[1]].heading


def test_a_smaller_window_keeps_the_section_the_tree_names_in_its_sight(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.commands.last_change.trigger()  # a section at the end of the letter
    tree = window.navigator.view
    qtbot.waitUntil(lambda: tree.currentIndex().isValid(), timeout=5000)
    window.resize(1024, 560)
    _wait_laid_out(window, qtbot)
    qtbot.wait(100)
    current = tree.visualRect(tree.currentIndex())
    assert tree.viewport().rect().contains(current.center()), (current, tree.viewport().rect())


def test_moving_by_fact_names_the_fact_not_the_change_visited_before(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.compare_view import Place

    view, commands, status = window.view, window.commands, window.statusBar()
    commands.first_change.trigger()
    assert status.currentMessage() == f"Wijziging 1 van {len(view.changes)}"
    for _ in range(2):
        commands.next_fact.trigger()
    pair = window.facts.table.currentIndex().data(FACT_ROLE)
    message = status.currentMessage()
    assert "Wijziging" not in message and message.startswith("Feit: ")
    assert (pair.new or pair.old).text in message
    # F8 goes on from the fact: to the first change after it
    spans = {side: (view.pane(side).layer_spans("fact") or [None])[0] for side in ("old", "new")}
    side = "new" if spans["new"] else "old"
    following = view._changes_around(Place(view.row_of(side, spans[side][0]), spans["old"], spans["new"]))[1]
    assert following == len(view.changes)  # the sample's second fact ("12 miljoen euro") is past the last change
    commands.next_change.trigger()
    assert status.currentMessage() == "Dit was de laatste wijziging."
    commands.previous_change.trigger()  # and back from the fact: the last change, not the one before the first
    assert view.current_change == len(view.changes) - 1
