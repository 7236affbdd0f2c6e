"""Review marks in the facts panel: tick off, keep between sessions, never lose them silently."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from viewer.core.review import ReviewStore, comparison_key, pair_key
from viewer.gui import dialogs
from viewer.gui.facts_model import FACT_ROLE
from viewer.gui.main_window import MainWindow
from viewer.gui.settings import Settings


def _ready(window) -> None:  # type: ignore[no-untyped-def]
    # the marks are read right after the comparison is first drawn
    for _ in range(500):
        if window.marks is not None:
            return
        QTest.qWait(10)
    raise AssertionError("the review marks were never read")


def _check_state(window, row: int) -> Qt.CheckState:  # type: ignore[no-untyped-def]
    return Qt.CheckState(window.facts.proxy.index(row, 0).data(Qt.ItemDataRole.CheckStateRole))


def _saved(window) -> set[str]:  # type: ignore[no-untyped-def]
    path = ReviewStore(window.settings.review_folder()).path(comparison_key(window.comparison))
    return set(json.loads(path.read_text("utf-8"))["reviewed"])


def test_a_ticked_fact_is_saved_at_once_and_shown_next_session(window, qtbot, comparison) -> None:  # type: ignore[no-untyped-def]
    _ready(window)
    proxy = window.facts.proxy
    assert proxy.index(0, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert _check_state(window, 0) == Qt.CheckState.Unchecked
    assert proxy.setData(proxy.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    pair = proxy.index(0, 0).data(FACT_ROLE)
    assert _saved(window) == {pair_key(pair)}
    differences = sum(1 for p in comparison.facts if p.status != "unchanged")
    assert f"1 van {differences} verschillen nagekeken" in window.facts.count.text()
    window.close()

    later = MainWindow(Settings(), "nl")
    qtbot.addWidget(later)
    later.show_comparison(comparison)
    _ready(later)
    rows = [r for r in range(later.facts.proxy.rowCount()) if later.facts.proxy.index(r, 0).data(FACT_ROLE) is pair]
    assert rows and _check_state(later, rows[0]) == Qt.CheckState.Checked
    assert f"1 van {differences} verschillen nagekeken" in later.facts.count.text()
    later.close()


def test_two_windows_on_one_pair_keep_each_others_ticks(window, qtbot, comparison) -> None:  # type: ignore[no-untyped-def]
    """A clerk who opens the same two letters twice (from the recent list, say) loses no tick: each
    save merges the other window's, and the window shows them (a tester's fourteenth round)."""
    _ready(window)
    other = MainWindow(Settings(), "nl")
    qtbot.addWidget(other)
    other.show_comparison(comparison)
    _ready(other)
    proxy, other_proxy = window.facts.proxy, other.facts.proxy
    checked = (Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert other_proxy.setData(other_proxy.index(0, 0), *checked)
    assert proxy.setData(proxy.index(1, 0), *checked)
    first, second = (p.index(row, 0).data(FACT_ROLE) for p, row in ((other_proxy, 0), (proxy, 1)))
    assert _saved(window) == {pair_key(first), pair_key(second)}
    assert _check_state(window, 0) == Qt.CheckState.Checked  # the other window's tick, shown here
    other.close()


def test_space_ticks_off_the_selected_facts_and_again_clears_them(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ready(window)
    table = window.facts.table
    table.setFocus()
    table.selectRow(0)
    table.selectionModel().select(
        window.facts.proxy.index(2, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    QTest.keyClick(table, Qt.Key.Key_Space)
    assert [_check_state(window, r) for r in (0, 1, 2)] == [
        Qt.CheckState.Checked,
        Qt.CheckState.Unchecked,
        Qt.CheckState.Checked,
    ]
    assert len(_saved(window)) == 2
    QTest.keyClick(table, Qt.Key.Key_Space)
    assert _check_state(window, 0) == Qt.CheckState.Unchecked and _saved(window) == set()


def test_reviewed_and_next_walks_the_open_facts(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ready(window)
    panel = window.facts
    panel.status.setCurrentIndex(panel.status.findText("Nog na te kijken"))
    open_facts = panel.proxy.rowCount()
    assert open_facts > 2
    panel.table.setCurrentIndex(panel.proxy.index(0, 0))
    second = panel.proxy.index(1, 0).data(FACT_ROLE)
    window.commands.review_next.trigger()
    # the fact ticked off leaves the list of open facts, and the next one is the current fact
    assert panel.proxy.rowCount() == open_facts - 1
    assert panel.table.currentIndex().data(FACT_ROLE) is second
    window.commands.review_next.trigger()
    assert panel.proxy.rowCount() == open_facts - 2
    assert len(_saved(window)) == 2


def test_space_under_not_yet_reviewed_shows_the_next_fact_selected(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The row ticked off leaves the list: the fact that takes its place is the one shown, and it is
    selected for all to see, so that the next Space ticks off the fact the reader sees marked."""
    _ready(window)
    panel, table = window.facts, window.facts.table
    panel.status.setCurrentIndex(panel.status.findText("Nog na te kijken"))
    table.setFocus()
    table.setCurrentIndex(panel.proxy.index(0, 0))
    second = panel.proxy.index(1, 0).data(FACT_ROLE)
    QTest.keyClick(table, Qt.Key.Key_Space)
    selected = table.selectionModel().selectedRows()
    assert [index.data(FACT_ROLE) for index in selected] == [second]
    assert table.currentIndex().data(FACT_ROLE) is second
    side = "new" if second.new is not None else "old"
    assert window.view.pane(side).layer("fact") == [getattr(second, side).text]
    QTest.keyClick(table, Qt.Key.Key_Space)  # ticks off the fact shown selected, and only that one
    assert window.marks.is_reviewed(second) and len(_saved(window)) == 2


def _selected(panel) -> list[int]:  # type: ignore[no-untyped-def]
    return sorted(index.row() for index in panel.table.selectionModel().selectedRows())


def test_ctrl_m_selects_only_the_next_fact_so_each_press_ticks_one(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl is still held when Ctrl+M moves on: the next row must replace the selection, not join it
    (else every press added a row, and the next press or Space ticked off facts never chosen)."""
    _ready(window)
    panel, table = window.facts, window.facts.table
    table.setFocus()
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(panel.proxy.index(0, 1)).center()
    )
    for press in range(1, 4):
        QTest.keyClick(table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
        assert _selected(panel) == [press] and table.currentIndex().row() == press
        assert [_check_state(window, r) == Qt.CheckState.Checked for r in range(5)] == [r < press for r in range(5)]
    QTest.keyClick(table, Qt.Key.Key_Space)  # ticks off the one fact chosen, and no other
    assert [_check_state(window, r) == Qt.CheckState.Checked for r in range(5)] == [True, True, True, True, False]
    assert len(_saved(window)) == 4


def test_ctrl_m_under_not_yet_reviewed_ticks_one_fact_per_press(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ready(window)
    panel, table = window.facts, window.facts.table
    panel.status.setCurrentIndex(panel.status.findText("Nog na te kijken"))
    table.setFocus()
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(panel.proxy.index(2, 1)).center()
    )
    for press in range(1, 4):
        QTest.keyClick(table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
        assert len(_saved(window)) == press
        assert len(_selected(panel)) == 1


def test_next_fact_with_alt_shift_held_selects_only_that_fact(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.facts
    panel.table.setFocus()
    panel.choose(panel.proxy.index(0, 0))
    for row in (1, 2):
        QTest.keyClick(
            panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
        )
        assert _selected(panel) == [row]


def test_reviewed_and_next_says_what_stopped_it(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ready(window)
    panel = window.facts
    window.commands.review_next.trigger()  # no fact chosen: nothing is ticked off
    assert window.statusBar().currentMessage() == "Kies eerst een feit in de lijst."
    assert not any(window.marks.is_reviewed(p) for p in window.comparison.facts)
    last = panel.proxy.rowCount() - 1
    panel.table.setCurrentIndex(panel.proxy.index(last, 0))
    window.commands.review_next.trigger()  # the last fact: ticked off, and nothing follows
    assert _check_state(window, last) == Qt.CheckState.Checked
    assert window.statusBar().currentMessage() == "Nagekeken; dit was het laatste feit in de lijst."


def test_unreadable_marks_are_reported_and_set_aside(qtbot, comparison, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[object] = []
    monkeypatch.setattr(dialogs, "show_marks_unreadable", lambda parent, problem, language: shown.append(problem))
    settings = Settings()
    store = ReviewStore(settings.review_folder())
    os.makedirs(store.folder, exist_ok=True)
    path = store.path(comparison_key(comparison))
    path.write_bytes(b"\x00 kapot")
    window = MainWindow(settings, "nl")
    qtbot.addWidget(window)
    window.show_comparison(comparison)
    _ready(window)
    # the status bar names the file, without the folder that pushed the rest out of sight
    assert window.statusBar().currentMessage() == f"Eerdere markeringen 'nagekeken' niet te lezen: {path.name}"
    assert not path.exists() and Path(str(path) + ".onleesbaar").read_bytes() == b"\x00 kapot"
    assert [p.path for p in shown] == [str(path)]  # and the whole message beside the window
    window.close()


def test_the_unreadable_marks_notice_is_readable_in_full_beside_the_window(window, english) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QMessageBox

    from viewer.core.review import Problem

    folder = "/home/griffier/.config/Tweede Kamer/Briefvergelijker-nagekeken"
    problem = Problem(f"{folder}/0123abcd.json", "geen geldige JSON", "not valid JSON", "0123abcd.json.onleesbaar")
    dialogs.show_marks_unreadable(window, problem, "en")  # shown, not waited for: the window stays usable
    (box,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    try:
        assert not box.isModal()
        assert (
            box.text()
            == "The review marks saved earlier for these letters cannot be read (0123abcd.json): not valid JSON."
        )
        assert box.informativeText() == (
            "The file was kept as 0123abcd.json.onleesbaar; what you tick off now is saved in a new file."
        )
        assert folder not in box.text() and box.detailedText() == problem.path
    finally:
        box.close()


def test_a_failed_save_is_shown_once_and_the_marks_stay_on_screen(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _ready(window)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_marks_error", lambda parent, reason: shown.append(reason))

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    table = window.facts.table
    table.setFocus()
    for row in (0, 1):
        window.facts.choose(window.facts.proxy.index(row, 0))
        QTest.keyClick(table, Qt.Key.Key_Space)
    assert len(shown) == 1 and "de schijf is vol" in shown[0]
    assert "niet bewaard" in window.statusBar().currentMessage()
    assert _check_state(window, 0) == _check_state(window, 1) == Qt.CheckState.Checked


def test_the_exported_facts_table_carries_the_marks(window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv
    import io

    _ready(window)
    table = window.facts.table
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_Space)
    ticked = window.facts.proxy.index(0, 0).data(FACT_ROLE)
    target = tmp_path / "feiten.csv"
    monkeypatch.setattr(dialogs, "ask_export_path", lambda parent, start, filters, selected: (str(target), selected))
    assert window.export() == str(target)
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig")), delimiter=";"))
    assert rows[0][-1] == "nagekeken"
    marked = [row for row in rows[1:] if row[-1] == "ja"]
    assert len(marked) == 1 and marked[0][2] == (ticked.old.text if ticked.old else "")


def test_the_facts_models_keep_qts_model_rules(window, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Qt's own model tester over the table with its check boxes, and over the filter above it."""
    _ready(window)
    qtmodeltester.check(window.facts.model)
    qtmodeltester.check(window.facts.proxy)


def test_marks_arriving_keep_the_readers_place(qtbot, comparison) -> None:  # type: ignore[no-untyped-def]
    """The marks are read just after the first paint; a row chosen before then stays chosen."""
    window = MainWindow(Settings(), "nl")
    qtbot.addWidget(window)
    window.show()
    window.show_comparison(comparison)
    assert window.marks is None  # not read yet
    table = window.facts.table
    table.selectRow(2)
    chosen = table.currentIndex().data(FACT_ROLE)
    _ready(window)
    assert table.currentIndex().data(FACT_ROLE) is chosen
    assert table.selectionModel().isRowSelected(table.currentIndex().row())
    assert window.facts.proxy.index(0, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    window.close()


def test_the_marks_stay_when_the_letters_are_swapped(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.conftest import NEW, OLD

    window.paths = (str(OLD), str(NEW))
    _ready(window)
    table = window.facts.table
    table.setFocus()
    for row in (0, 1, 2):
        table.selectRow(row)
        QTest.keyClick(table, Qt.Key.Key_Space)
    differences = sum(1 for p in window.comparison.facts if p.status != "unchanged")
    assert f"3 van {differences} verschillen nagekeken" in window.facts.count.text()
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.commands.swap.trigger()
    _ready(window)
    assert f"3 van {differences} verschillen nagekeken" in window.facts.count.text()
    proxy = window.facts.proxy
    checked = [
        proxy.index(r, 0).data(FACT_ROLE)
        for r in range(proxy.rowCount())
        if _check_state(window, r) == Qt.CheckState.Checked
    ]
    assert len(checked) == 3
    # the print and the exports say the same
    assert window.marks_reviewed() == {pair_key(p) for p in checked}
    # ticked off after the swap, and seen the first way round again
    first_unticked = next(r for r in range(proxy.rowCount()) if _check_state(window, r) == Qt.CheckState.Unchecked)
    table.setFocus()
    table.selectRow(first_unticked)
    QTest.keyClick(table, Qt.Key.Key_Space)
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.commands.swap.trigger()
    _ready(window)
    assert f"4 van {differences} verschillen nagekeken" in window.facts.count.text()


def _scroll_values(window) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    return tuple(window.view.pane(side).verticalScrollBar().value() for side in ("old", "new"))  # type: ignore[return-value]


def _click_fact(window, qtbot, test) -> object:  # type: ignore[no-untyped-def]
    panel, table = window.facts, window.facts.table
    row = next(r for r in range(panel.proxy.rowCount()) if test(panel.proxy.index(r, 0).data(FACT_ROLE)))
    table.scrollTo(panel.proxy.index(row, 1))
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(panel.proxy.index(row, 1)).center()
    )
    return panel.proxy.index(row, 0).data(FACT_ROLE)


def test_a_search_that_hides_the_chosen_fact_chooses_no_other(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt makes another row current when the chosen one is filtered out, but selects nothing: that
    row must not move the panes, nor be what Ctrl+M or Space ticks off."""
    _ready(window)
    panel, table = window.facts, window.facts.table
    _click_fact(window, qtbot, lambda p: p.status == "removed" and p.old.text == "19 juni 2015")
    said, place = window.statusBar().currentMessage(), _scroll_values(window)
    assert window.view.pane("old").layer("fact")  # the fact's words marked
    qtbot.keyClicks(panel.search, "libanon")
    assert panel.proxy.rowCount() > 0 and not table.selectionModel().selectedRows()
    assert _scroll_values(window) == place  # the panes stay where the reader was
    assert window.statusBar().currentMessage() == said  # and no other fact is named
    assert window.view.pane("old").layer("fact") == []  # nor this one marked any more
    window.commands.review_next.trigger()
    assert window.statusBar().currentMessage() == "Kies eerst een feit in de lijst."
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Space)
    assert not any(window.marks.is_reviewed(p) for p in window.comparison.facts)
    assert _scroll_values(window) == place


def test_a_kind_filter_that_hides_the_chosen_fact_leaves_the_panes_where_they_are(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ready(window)
    panel, table = window.facts, window.facts.table
    _click_fact(window, qtbot, lambda p: p.kind == "date" and p.new is not None and p.new.text == "2017")
    place = _scroll_values(window)
    panel.kind.setCurrentIndex(panel.kind.findText("troepen"))
    assert panel.proxy.rowCount() > 0 and not table.selectionModel().selectedRows()
    assert _scroll_values(window) == place
    window.commands.review_next.trigger()
    assert not any(window.marks.is_reviewed(p) for p in window.comparison.facts)


def test_a_filter_that_keeps_the_chosen_fact_keeps_it_chosen(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ready(window)
    panel, table = window.facts, window.facts.table
    pair = _click_fact(window, qtbot, lambda p: p.kind == "money")
    qtbot.keyClicks(panel.search, "miljoen")
    assert [i.data(FACT_ROLE) for i in table.selectionModel().selectedRows()] == [pair]
    window.commands.review_next.trigger()
    assert window.marks.is_reviewed(pair)


def test_tabbing_into_the_facts_table_leaves_the_panes_where_they_are(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Qt makes the first row current when the table takes the focus, selecting nothing: no fact
    was chosen, so the panes stay, a reload or language switch carries no fact over, and the first
    Down chooses the first fact (not the second)."""
    from viewer.gui import window_state

    _ready(window)
    table = window.facts.table
    table.selectionModel().clearCurrentIndex()
    table.clearSelection()
    place = _scroll_values(window)
    window.activateWindow()
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(50)
    assert _scroll_values(window) == place
    assert window_state.take(window).fact is None
    QTest.keyClick(table, Qt.Key.Key_Down)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]


def test_the_facts_table_shows_it_has_the_focus(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Tabbed into, the table has no current row and Qt drew no focus anywhere: the clerk could not
    see where the keys would go (a tester's fourteenth round). Its frame shows it."""
    from PySide6.QtGui import QColor, QPalette

    _ready(window)
    table = window.facts.table
    window.activateWindow()
    window.view.old_pane.setFocus()
    qtbot.waitUntil(lambda: not table.hasFocus())
    left = table.height() // 2
    before = table.grab().toImage().pixelColor(0, left)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus)
    after = table.grab().toImage().pixelColor(0, left)
    highlight = table.palette().color(QPalette.ColorRole.Highlight)
    assert after == highlight != before and isinstance(before, QColor)


def test_a_row_only_made_current_is_not_the_fact_shown_nor_ticked(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Home moves the current row without selecting it: the panes and the status bar stay with
    the fact chosen, which is the one Space ticks off."""
    _ready(window)
    table = window.facts.table
    chosen = _click_fact(window, qtbot, lambda p: p.kind == "commitment" and p.status == "removed")
    said, place = window.statusBar().currentMessage(), _scroll_values(window)
    QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    QTest.keyRelease(table, Qt.Key.Key_Control)  # Qt keeps the last key's modifiers as held
    assert table.currentIndex().row() == 0 and not table.selectionModel().isRowSelected(0)
    assert _scroll_values(window) == place and window.statusBar().currentMessage() == said
    QTest.keyClick(table, Qt.Key.Key_Space)
    reviewed = [p for p in window.comparison.facts if window.marks.is_reviewed(p)]
    assert reviewed == [chosen]


def test_home_and_end_choose_the_first_and_the_last_fact(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The table is a list of rows: Home and End go to the first and the last fact and show it (Qt's
    own Home and End go to the first and last column of the same row); Shift+Home selects up to the top."""
    _ready(window)
    panel, table = window.facts, window.facts.table
    chosen = _click_fact(window, qtbot, lambda p: p.kind == "money")
    middle = table.currentIndex().row()
    last = panel.proxy.rowCount() - 1
    assert 0 < middle < last
    shown: list[object] = []
    panel.factSelected.connect(shown.append)
    QTest.keyClick(table, Qt.Key.Key_End)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [last]
    assert shown and shown[-1] == panel.proxy.index(last, 0).data(FACT_ROLE) != chosen
    QTest.keyClick(table, Qt.Key.Key_Home)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0]
    assert shown[-1] == panel.proxy.index(0, 0).data(FACT_ROLE)
    panel.choose(panel.proxy.index(middle, 0))
    QTest.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyRelease(table, Qt.Key.Key_Shift)  # Qt keeps the last key's modifiers as held
    assert sorted(i.row() for i in table.selectionModel().selectedRows()) == list(range(middle + 1))


def test_shift_down_after_stepping_extends_from_the_fact_shown(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ready(window)
    panel, table = window.facts, window.facts.table
    _click_fact(window, qtbot, lambda p: p.kind == "money")
    start = table.currentIndex().row()
    panel.choose(panel.proxy.index(start + 2, 0))
    QTest.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyRelease(table, Qt.Key.Key_Shift)  # Qt keeps the last key's modifiers as held
    assert sorted(i.row() for i in table.selectionModel().selectedRows()) == [start + 2, start + 3]


def test_two_letters_changed_on_disk_are_asked_of_in_the_plural(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.No
    )
    dialogs.ask_reload(None, ["/a/oud.txt"])
    dialogs.ask_reload(None, ["/a/nieuw.txt", "/a/oud.txt"])
    assert asked == [
        "/a/oud.txt is op schijf gewijzigd. Opnieuw laden en vergelijken?",
        "/a/nieuw.txt en /a/oud.txt zijn op schijf gewijzigd. Opnieuw laden en vergelijken?",
    ]
