"""Opening letters: the worker thread, superseded requests, bad files, drops, reload on change, settings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from viewer.gui import dialogs
from viewer.gui.main_window import MainWindow
from viewer.gui.settings import Settings

SAMPLES = Path(__file__).resolve().parent.parent.parent / "resources" / "samples"
OLD = SAMPLES / "kst-27925-597.txt"
NEW = SAMPLES / "kst-27925-597-demo-bewerkt.txt"


def test_worker_loads_and_compares_off_the_gui_thread(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        empty_window.open_files(str(OLD), str(NEW))
    assert empty_window.comparison is not None
    assert empty_window.comparison.new.meta.path == str(NEW)
    assert len(empty_window.view.changes) == 7
    assert not empty_window.busy.isVisible()
    assert empty_window.runner.wait(5000)
    assert empty_window.settings.recent()[0] == (str(OLD.resolve()), str(NEW.resolve()))


def test_a_second_request_supersedes_the_first(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    delivered = []
    empty_window.runner.finished.connect(lambda request, comparison: delivered.append((request, comparison)))
    first = empty_window.open_files(str(OLD), str(NEW))
    second = empty_window.open_files(str(NEW), str(OLD))  # swapped: a different comparison
    assert second.generation > first.generation
    qtbot.waitUntil(lambda: len(delivered) >= 1, timeout=10000)
    assert empty_window.runner.wait(5000)
    QApplication.processEvents()
    assert [request for request, _ in delivered] == [second]  # the first result never arrives
    assert empty_window.comparison.old.meta.path == str(NEW)
    assert empty_window.windowTitle().startswith("kst-27925-597-demo-bewerkt.txt ↔ kst-27925-597.txt")


def test_after_a_failed_open_reload_and_swap_act_on_the_letters_shown(window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.open_dialog import OpenDialog

    monkeypatch.setattr(dialogs, "show_load_error", lambda parent, message: None)
    shown = (window.comparison.old.meta.path, window.comparison.new.meta.path)
    bad = tmp_path / "leeg.txt"
    bad.write_bytes(b"")
    with qtbot.waitSignal(window.runner.failed, timeout=10000):
        window.open_files(str(bad), str(NEW))
    # a change on disk of a letter on screen reloads what is on screen, not the pair that failed
    assert window.paths == shown and window.commands.reload.isEnabled()
    requested: list[tuple[str, str]] = []
    monkeypatch.setattr(window.runner, "request", lambda old, new, *_: requested.append((old, new)))
    window.commands.reload.trigger()
    window.commands.swap.trigger()
    assert requested == [shown, shown[::-1]]
    # the open dialog offers the failed pair again, to correct it
    fields: list[tuple[str, str]] = []
    monkeypatch.setattr(OpenDialog, "exec", lambda d: fields.append((d.old_edit.text(), d.new_edit.text())) or 0)
    window.open_dialog()
    assert fields == [(str(bad), str(NEW))]


def test_an_english_window_names_the_problem_in_english(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.main_window import MainWindow
    from viewer.gui.settings import Settings

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_load_error", lambda parent, message: shown.append(message))
    win = MainWindow(Settings(), "en")
    qtbot.addWidget(win)
    missing = tmp_path / "gone.txt"
    win.open_files(str(missing), str(NEW))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert shown == [f"{missing}: file not found"]


@pytest.mark.parametrize("kind", ["empty", "binary", "missing"])
def test_a_bad_file_gives_a_message_naming_it_and_the_window_stays_usable(  # type: ignore[no-untyped-def]
    window, qtbot, monkeypatch, tmp_path, kind
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_load_error", lambda parent, message: shown.append(message))
    bad = tmp_path / f"brief-{kind}.txt"
    if kind == "empty":
        bad.write_bytes(b"")
    elif kind == "binary":
        bad.write_bytes(bytes(range(256)) * 40)
    before = window.comparison
    window.open_files(str(bad), str(NEW))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert len(shown) == 1 and bad.name in shown[0]
    assert "\n" not in shown[0]
    # the comparison on screen is still the previous one and still works
    assert window.comparison is before
    assert window.commands.next_change.isEnabled()
    window.commands.next_change.trigger()
    assert window.view.current_change == 0
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.open_files(str(OLD), str(NEW))


def test_the_files_opened_are_never_written(empty_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    old, new = tmp_path / OLD.name, tmp_path / NEW.name
    shutil.copy(OLD, old)
    shutil.copy(NEW, new)
    stamps = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in (old, new)}
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        empty_window.open_files(str(old), str(new))
    empty_window.close()
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in (old, new)} == stamps


def _drop(pane, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    pane.dropEvent(event)


def test_dropping_files_on_the_panes_opens_them(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _drop(empty_window.view.old_pane, [OLD])
    assert empty_window.comparison is None and empty_window.paths == (str(OLD), "")
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        _drop(empty_window.view.new_pane, [NEW])
    assert empty_window.paths == (str(OLD), str(NEW))
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        _drop(empty_window.view.new_pane, [NEW, OLD])  # two files at once: old and new
    assert empty_window.paths == (str(NEW), str(OLD))


def test_three_letters_dropped_at_once_ask_which_two(empty_window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Which two were compared depended on the file manager's order, and the third was dropped
    without a word (a tester's fourteenth round): the clerk is asked, the first two filled in."""
    from viewer.gui.open_dialog import OpenDialog

    third = tmp_path / "derde.txt"
    third.write_bytes(OLD.read_bytes())
    asked: list[tuple[str, str]] = []

    def answer(dialog: OpenDialog) -> int:
        asked.append(dialog.paths())
        return 0  # cancelled: nothing opened

    monkeypatch.setattr(OpenDialog, "exec", answer)
    _drop(empty_window.view.old_pane, [NEW, OLD, third])
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked == [(str(NEW), str(OLD))] and empty_window.comparison is None


def _text_lines(pane) -> int:  # type: ignore[no-untyped-def]
    """How many lines of text the pane's viewport shows: runs of pixel rows with ink on them."""
    image = pane.viewport().grab().toImage()
    background = image.pixelColor(image.width() - 3, image.height() - 3)
    inked = [
        any(image.pixelColor(x, y) != background for x in range(2, image.width() - 2)) for y in range(image.height())
    ]
    return sum(1 for y in range(1, len(inked)) if inked[y] and not inked[y - 1])


def test_one_letter_dropped_names_it_and_asks_for_the_other_in_a_narrow_window(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    empty_window.resize(800, 600)
    QApplication.processEvents()
    old_pane, new_pane = empty_window.view.old_pane, empty_window.view.new_pane
    assert new_pane.viewport().width() < 400  # a narrow pane
    assert _text_lines(old_pane) >= 2  # "Sleep de oude brief hierheen (of Ctrl+O)" wraps, whole
    _drop(new_pane, [NEW])
    QApplication.processEvents()
    assert new_pane.hint.startswith(f"Gekozen: {NEW.name}\n") and str(NEW.parent) not in new_pane.hint
    assert new_pane.hint.endswith("Sleep nu de andere brief naar de andere kant.")
    assert new_pane.toolTip() == str(NEW)  # the whole path where one asks for it
    assert _text_lines(new_pane) >= 3  # the name, and the instruction below it (wrapped)
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        _drop(old_pane, [OLD])
    assert new_pane.toolTip() == ""  # the letters are shown: nothing left to say


def test_swap_exchanges_the_letters(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.paths = (str(OLD), str(NEW))
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.commands.swap.trigger()
    assert window.comparison.old.meta.path == str(NEW) and window.comparison.new.meta.path == str(OLD)


def test_swap_keeps_the_section_and_paragraph_at_the_top(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    def top(side: str) -> str:
        return window.view.pane(side).cursorForPosition(QPoint(4, 4)).block().text()

    def heading(side: str) -> str:
        return window.comparison.sections[window.view.row_at_top(side)].heading

    window.paths = (str(OLD), str(NEW))
    target = next(k for k, p in enumerate(window.comparison.sections) if p.heading == "Duur van de deelname")
    window.view.go_to_pair(target)
    bar = window.view.new_pane.verticalScrollBar()
    bar.setValue(bar.value() + 120)  # into the section
    QApplication.processEvents()
    before = {side: top(side) for side in ("old", "new")}
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.commands.swap.trigger()
    assert heading("old") == heading("new") == "Duur van de deelname"
    assert top("new") == before["old"] and top("old") == before["new"]  # each letter's paragraph, now on the other side


def _open_copies_asking_to_reload(window, qtbot, monkeypatch, tmp_path) -> tuple[list[str], Path]:  # type: ignore[no-untyped-def]
    """Copies of the sample pair opened in `window`; the files it asks to reload are recorded."""
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_reload", lambda parent, paths: asked.append(", ".join(paths)) or True)
    old, new = tmp_path / "oud.txt", tmp_path / "nieuw.txt"
    shutil.copy(OLD, old)
    shutil.copy(NEW, new)
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.open_files(str(old), str(new))
    return asked, new


def test_a_file_changed_on_disk_is_reloaded_after_asking(empty_window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    asked, new = _open_copies_asking_to_reload(empty_window, qtbot, monkeypatch, tmp_path)
    text = new.read_text(encoding="utf-8").replace("180 militairen", "200 militairen")
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        new.write_text(text, encoding="utf-8")
    assert asked == [str(new)]
    assert "200 militairen" in empty_window.comparison.new.text


def test_changes_saved_while_the_reload_question_is_open_are_covered_by_it(  # type: ignore[no-untyped-def]
    empty_window, qtbot, monkeypatch, tmp_path
) -> None:
    """An editor that saves twice: the second save comes while the (modal) question is open. One
    question; its "Ja" reads the newest text, so asking again would only ask the same."""
    _, new = _open_copies_asking_to_reload(empty_window, qtbot, monkeypatch, tmp_path)
    text = new.read_text(encoding="utf-8")
    asked: list[str] = []

    def ask(parent, paths: list[str]) -> bool:  # type: ignore[no-untyped-def]
        asked.append(", ".join(paths))
        if len(asked) == 1:  # the question stands open (its own event loop) while the editor saves again
            new.write_text(text.replace("180 militairen", "195 militairen"), encoding="utf-8")
            qtbot.wait(1000)  # past the pause in which the saving settles
        return True

    monkeypatch.setattr(dialogs, "ask_reload", ask)
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        new.write_text(text.replace("180 militairen", "190 militairen"), encoding="utf-8")
    qtbot.wait(1000)  # a second question would come now
    assert asked == [str(new)]
    assert "195 militairen" in empty_window.comparison.new.text


def test_a_closed_window_asks_nothing_about_a_change_saved_as_it_closed(
    empty_window, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    asked, new = _open_copies_asking_to_reload(empty_window, qtbot, monkeypatch, tmp_path)
    new.write_text(new.read_text(encoding="utf-8") + "\nNog een zin.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: empty_window._reload_timer.isActive(), timeout=5000)
    empty_window.close()
    qtbot.wait(600)  # past the pause in which the saving settles
    assert asked == []


def test_a_file_deleted_on_disk_is_reported_and_the_comparison_stays(  # type: ignore[no-untyped-def]
    empty_window, qtbot, monkeypatch, tmp_path
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_reload", lambda parent, paths: asked.append(", ".join(paths)) or True)
    monkeypatch.setattr(dialogs, "show_load_error", lambda parent, message: None)  # never a modal box here
    old, new = tmp_path / "oud.txt", tmp_path / "nieuw.txt"
    shutil.copy(OLD, old)
    shutil.copy(NEW, new)
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        empty_window.open_files(str(old), str(new))
    shown = empty_window.comparison
    new.unlink()
    qtbot.waitUntil(lambda: "nieuw.txt" in empty_window.statusBar().currentMessage(), timeout=5000)
    assert "staat niet meer op schijf" in empty_window.statusBar().currentMessage()
    assert asked == []  # no offer to reload what is not there
    assert empty_window.comparison is shown and not empty_window.runner.busy


def test_recent_comparisons_menu_reopens_a_pair(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    empty_window.settings.add_recent(str(OLD), str(NEW))
    menu = empty_window.commands.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.text().startswith("&1")]
    assert entries and "kst-27925-597.txt ↔ kst-27925-597-demo-bewerkt.txt" in entries[0].text()
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        entries[0].trigger()


def test_a_recent_pair_whose_letter_is_gone_is_shown_but_not_offered(empty_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "verplaatst.txt"
    gone.write_bytes(OLD.read_bytes())
    empty_window.settings.add_recent(str(gone), str(NEW))
    empty_window.settings.add_recent(str(OLD), str(NEW))
    gone.unlink()
    menu = empty_window.commands.recent_menu
    with qtbot.waitSignal(empty_window._recent_letters().checked, timeout=10000):
        menu.aboutToShow.emit()  # offered at once; whether the letters exist is asked in the background
    menu.aboutToShow.emit()
    first, second = (a for a in menu.actions() if a.text()[:2] in ("&1", "&2"))
    assert first.isEnabled() and "niet meer op schijf" not in first.text()
    assert not second.isEnabled() and second.text().endswith("(niet meer op schijf)")
    assert f"{gone}  ✗" in second.toolTip() and f"{NEW.resolve()}  ✗" not in second.toolTip()


def test_the_open_recent_menu_follows_the_arrow_keys_and_rests(empty_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The menu asked the disk again each time it was refilled, and was refilled each time the disk
    answered: while open it never rested, and the entry the arrow keys were on was cleared away."""
    from PySide6.QtCore import QPoint

    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    for path in (OLD, NEW):
        (elsewhere / path.name).write_bytes(path.read_bytes())
    empty_window.settings.add_recent(str(elsewhere / OLD.name), str(elsewhere / NEW.name))
    empty_window.settings.add_recent(str(OLD), str(NEW))
    recent = empty_window._recent_letters()
    checks: list[int] = []
    recent.checked.connect(lambda: checks.append(1))
    menu = empty_window.commands.recent_menu
    empty_window.show()
    menu.popup(empty_window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(lambda: bool(checks), timeout=10000)
    QTest.keyClick(menu, Qt.Key.Key_Down)
    chosen = menu.activeAction()
    assert chosen is not None and chosen.text().startswith("&1")
    qtbot.wait(300)
    assert len(checks) == 1 and menu.activeAction() is chosen
    # two pairs of the same file names say their folder; the full paths show as tooltips
    first, second = (a for a in menu.actions() if a.text()[:2] in ("&1", "&2"))
    assert first.text().endswith(f"({NEW.parent.parent.name}/{NEW.parent.name})")
    assert second.text().endswith(f"({elsewhere.parent.name}/elders)") and menu.toolTipsVisible()
    menu.hide()


def test_the_entry_the_keys_are_on_stays_chosen_when_a_gone_letter_is_marked(empty_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    gone = tmp_path / "weg.txt"
    gone.write_bytes(OLD.read_bytes())
    empty_window.settings.add_recent(str(gone), str(NEW))
    empty_window.settings.add_recent(str(OLD), str(NEW))
    gone.unlink()
    recent = empty_window._recent_letters()
    menu = empty_window.commands.recent_menu
    empty_window.show()
    with qtbot.waitSignal(recent.checked, timeout=10000):
        menu.popup(empty_window.mapToGlobal(QPoint(20, 20)))
        QTest.keyClick(menu, Qt.Key.Key_Down)  # before the answer: the list as it was
    assert menu.activeAction() is not None and menu.activeAction().text().startswith("&1")
    assert any(a.text().endswith("(niet meer op schijf)") for a in menu.actions())  # refilled once
    menu.hide()


def test_window_remembers_geometry_splitters_and_choices(qtbot, private_settings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(Settings(), "nl")
    qtbot.addWidget(first)
    first.show()
    first.resize(711, 533)  # inside the offscreen screen (800×600): restoreGeometry keeps windows on screen
    first.view.splitter.setSizes([200, 300])
    first.commands.sync.setChecked(False)
    first.commands.zoom_in.trigger()
    sizes = first.view.splitter.sizes()
    first.close()
    assert any(private_settings.rglob("*.ini")), "settings go to the temporary folder"
    second = MainWindow(Settings(), "nl")
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (711, 533)
    assert second.view.splitter.sizes() == sizes
    assert not second.commands.sync.isChecked() and not second.view.sync.enabled
    assert second.view.zoom_steps == 1
    second.close()


def test_open_dialog_takes_two_paths_and_swaps_them(empty_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.open_dialog import OpenDialog

    dialog = OpenDialog(empty_window, str(OLD), "")
    qtbot.addWidget(dialog)
    ok = next(b for b in dialog.buttons.buttons() if b.text() == "&Vergelijken")
    assert not ok.isEnabled()  # both letters are needed
    dialog.new_edit.setText(str(NEW))
    assert ok.isEnabled()
    dialog._swap()
    assert dialog.paths() == (str(NEW), str(OLD))
    # Ctrl+O runs the dialog and compares what it returns
    monkeypatch.setattr(OpenDialog, "exec", lambda self: 1)
    monkeypatch.setattr(OpenDialog, "paths", lambda self: (str(OLD), str(NEW)))
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        empty_window.commands.open.trigger()
    assert empty_window.paths == (str(OLD), str(NEW))


def test_one_letter_on_the_command_line_opens_the_window_asking_for_the_other(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # as a file manager's "open with" does: the window opens, the open dialog has this letter as the old one
    import viewer.cli
    import viewer.gui.app

    seen: list[viewer.gui.app.Options] = []
    monkeypatch.setattr(viewer.gui.app, "run", lambda options: seen.append(options) or 0)
    assert viewer.cli.main([str(OLD)]) == 0
    assert seen[0].ask == (str(OLD), "") and seen[0].old is None and seen[0].new is None and seen[0].prefetched is None
    # more than two: choose two, the first two filled in
    assert viewer.cli.main([str(OLD), str(NEW), str(OLD)]) == 0
    assert seen[1].ask == (str(OLD), str(NEW)) and seen[1].old is None and seen[1].prefetched is None
    # two: the comparison itself, no question
    seen.clear()
    assert viewer.cli.main([str(OLD), str(NEW)]) == 0
    assert seen[0].ask is None and (seen[0].old, seen[0].new) == (str(OLD), str(NEW))
    assert seen[0].prefetched is not None
    assert seen[0].prefetched.result(timeout=60).old.meta.path == str(OLD)  # compared, and done


def test_the_open_dialog_starts_with_the_letter_given(empty_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.open_dialog import OpenDialog

    fields: list[tuple[str, str]] = []

    def look(dialog: OpenDialog) -> int:
        fields.append((dialog.old_edit.text(), dialog.new_edit.text()))
        return 0

    monkeypatch.setattr(OpenDialog, "exec", look)
    empty_window.open_dialog(str(OLD))
    assert fields == [(str(OLD), "")]


def test_an_empty_window_offers_the_recent_comparisons(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "weg.txt"
    settings = Settings()
    settings.add_recent(str(gone), str(NEW))
    settings.add_recent(str(OLD), str(NEW))
    win = MainWindow(settings, "nl")
    qtbot.addWidget(win)
    win.show()
    assert win.start is not None and win.start.isVisible()
    qtbot.waitUntil(lambda: not win.start.entries[1].isEnabled(), timeout=10000)  # checked in the background
    first, second = win.start.entries
    assert first.text() == "&1  kst-27925-597.txt ↔ kst-27925-597-demo-bewerkt.txt" and first.isEnabled()
    assert not second.isEnabled() and second.text().endswith("(niet meer op schijf)")
    with qtbot.waitSignal(win.comparisonShown, timeout=10000):
        first.click()
    assert not win.start.isVisible() and win.comparison is not None
    win.close()


def test_a_window_whose_first_letters_fail_to_load_offers_the_recent_comparisons(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, tmp_path
) -> None:
    """`main.py ontbreekt.txt ander.txt`: after the message, the empty window is the one a plain start shows."""
    from viewer.gui.worker import CompareRunner

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_load_error", lambda parent, message: shown.append(message))
    settings = Settings()
    settings.add_recent(str(OLD), str(NEW))
    runner = CompareRunner()
    runner.request(
        str(tmp_path / "ontbreekt.txt"), str(tmp_path / "ander.txt")
    )  # started before the window, as main.py does
    win = MainWindow(settings, "nl", runner=runner)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "ontbreekt.txt" in shown[0] and win.comparison is None
    assert win.start is not None and win.start.isVisible()
    assert [button.text() for button in win.start.entries] == ["&1  kst-27925-597.txt ↔ kst-27925-597-demo-bewerkt.txt"]
    win.close()


def test_a_recent_pair_whose_letter_comes_back_is_offered_again(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui import start_panel

    monkeypatch.setattr(start_panel, "LOOK_AGAIN_MS", 100)
    back = tmp_path / "terug.txt"
    settings = Settings()
    settings.add_recent(str(back), str(NEW))
    win = MainWindow(settings, "nl")
    qtbot.addWidget(win)
    win.show()
    assert win.start is not None
    qtbot.waitUntil(lambda: not win.start.entries[0].isEnabled(), timeout=10000)
    back.write_text(OLD.read_text(encoding="utf-8"), encoding="utf-8")  # a share back, a letter moved back
    qtbot.waitUntil(lambda: win.start.entries[0].isEnabled(), timeout=10000)
    assert "niet meer op schijf" not in win.start.entries[0].text()
    win.close()


def test_the_recent_entry_the_keyboard_is_on_keeps_the_focus(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """While a letter is gone the panel asks again every few seconds; it rebuilt its buttons each
    time, and the one the clerk had tabbed to lost the focus."""
    from viewer.gui import start_panel

    monkeypatch.setattr(start_panel, "LOOK_AGAIN_MS", 100)
    settings = Settings()
    settings.add_recent(str(tmp_path / "weg.txt"), str(NEW))
    settings.add_recent(str(OLD), str(NEW))
    win = MainWindow(settings, "nl")
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    assert win.start is not None
    qtbot.waitUntil(lambda: not win.start.entries[1].isEnabled(), timeout=10000)
    kept = win.start.entries[0]
    kept.setFocus()
    checks: list[int] = []
    win._recent_letters().checked.connect(lambda: checks.append(1))
    qtbot.waitUntil(lambda: len(checks) >= 2, timeout=10000)
    assert win.start.entries[0] is kept and kept.hasFocus()
    win.close()


def test_no_recent_panel_on_a_first_start_or_once_the_list_is_cleared(empty_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert empty_window.start is None  # nothing recent yet: nothing made
    empty_window.settings.add_recent(str(OLD), str(NEW))
    second = MainWindow(Settings(), "nl")
    qtbot.addWidget(second)
    second.show()
    assert second.start is not None and second.start.isVisible()
    second._clear_recent()
    assert not second.start.isVisible() and second.settings.recent() == []
    second.close()


def test_whether_recent_letters_exist_is_asked_off_the_gui_thread(empty_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # a letter on an unreachable network share can keep `exists` waiting for many seconds
    import threading

    import viewer.gui.recent

    asked_on: list[str] = []
    real_exists = viewer.gui.recent.os.path.exists

    def exists(path: str) -> bool:
        asked_on.append(threading.current_thread().name)
        return real_exists(path)

    monkeypatch.setattr(viewer.gui.recent.os.path, "exists", exists)
    empty_window.settings.add_recent(str(OLD), str(NEW))
    with qtbot.waitSignal(empty_window._recent_letters().checked, timeout=10000):
        empty_window.commands.recent_menu.aboutToShow.emit()
    assert asked_on and threading.main_thread().name not in asked_on


def test_one_file_on_both_sides_is_said_in_the_status_bar(empty_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a letter compared with itself shows its facts, all unchanged; the clerk is told why
    link = tmp_path / "zelfde.txt"
    link.symlink_to(OLD)
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        empty_window.open_files(str(OLD), str(link))
    assert "links en rechts hetzelfde bestand" in empty_window.letters.text()
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        empty_window.open_files(str(OLD), str(NEW))
    assert "hetzelfde bestand" not in empty_window.letters.text()


def test_swap_with_the_find_bar_open_keeps_the_place_the_fact_and_the_match(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    from viewer.gui.facts_model import FACT_ROLE

    def top(side: str) -> str:  # without the badge ("＋ nieuw" is "− verwijderd" on the other side)
        return window.view.pane(side).cursorForPosition(QPoint(4, 4)).block().text().split("   ")[0]

    def match_in_letter() -> tuple[str, str, int | None]:
        bar = window.find_bar
        _y, _order, side, start, _end = bar.matches[bar.current]
        letter = window.comparison.old if side == "old" else window.comparison.new
        return side, letter.meta.path, window.view.docs.maps[side].to_text(start)

    window.paths = (str(OLD), str(NEW))
    bar, facts = window.find_bar, window.facts
    window.commands.find.trigger()
    bar.open_on("Irak")
    bar.step(30)
    count, (side, path, offset) = bar.count.text(), match_in_letter()
    assert count.startswith("31 van") and offset is not None
    facts.table.selectRow(2)
    fact = facts.table.currentIndex().data(FACT_ROLE)
    window.commands.last_change.trigger()  # the panes elsewhere than the match and the fact
    QApplication.processEvents()
    before = {s: top(s) for s in ("old", "new")}
    with qtbot.waitSignal(window.comparisonShown, timeout=10000):
        window.commands.swap.trigger()
    QApplication.processEvents()
    assert top("new") == before["old"] and top("old") == before["new"]  # not the first "Irak"
    assert bar.isVisible() and bar.count.text().endswith(count.split(" van ")[1])
    assert match_in_letter() == ("new" if side == "old" else "old", path, offset)  # the same match
    chosen = facts.table.currentIndex().data(FACT_ROLE)
    assert (chosen.kind, chosen.old, chosen.new) == (fact.kind, fact.new, fact.old)
    assert facts.table.selectionModel().isRowSelected(facts.table.currentIndex().row())


def test_a_letter_moved_away_and_back_is_watched_again(empty_window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    asked, new = _open_copies_asking_to_reload(empty_window, qtbot, monkeypatch, tmp_path)
    away = tmp_path / "nieuw.bak"
    new.rename(away)
    qtbot.waitUntil(lambda: "staat niet meer op schijf" in empty_window.statusBar().currentMessage(), timeout=5000)
    away.rename(new)  # back (a network share that came back): the same letter, nothing to ask
    qtbot.waitUntil(lambda: "staat weer op schijf" in empty_window.statusBar().currentMessage(), timeout=5000)
    qtbot.wait(800)
    assert asked == []
    text = new.read_text(encoding="utf-8").replace("180 militairen", "210 militairen")
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        new.write_text(text, encoding="utf-8")  # and then edited: that is noticed
    assert asked == [str(new)]
    assert "210 militairen" in empty_window.comparison.new.text


def test_a_letter_that_comes_back_changed_offers_to_reload(empty_window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    asked, new = _open_copies_asking_to_reload(empty_window, qtbot, monkeypatch, tmp_path)
    text = new.read_text(encoding="utf-8").replace("180 militairen", "210 militairen")
    new.unlink()
    qtbot.waitUntil(lambda: "staat niet meer op schijf" in empty_window.statusBar().currentMessage(), timeout=5000)
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        new.write_text(text, encoding="utf-8")
    assert asked == [str(new)]


def test_a_letter_whose_date_was_not_found_is_said_so(empty_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # without its date a letter's "20 juni jl." are no days: the clerk must see why they are missing
    undated = tmp_path / "zonder-datum.txt"
    undated.write_text(
        "\n".join(line for line in OLD.read_text(encoding="utf-8").splitlines() if "Den Haag," not in line) + "\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        empty_window.open_files(str(OLD), str(undated))
    letters = empty_window.letters.text()
    assert letters.count("datum niet gevonden") == 1 and "9 september 2016" in letters
