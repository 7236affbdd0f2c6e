"""Language, palettes and contrast, accessibility, the About dialog and the --screenshot option."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from viewer import __version__
from viewer.gui.app import Controller, dark_palette, translate_to
from viewer.gui.highlight import Colours, contrast
from viewer.gui.main_window import MainWindow
from viewer.gui.settings import Settings

ROOT = Path(__file__).resolve().parent.parent.parent


def _main(*args: str) -> subprocess.CompletedProcess[str]:
    """`python main.py ARGS` as a user starts it, offscreen."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_dutch_is_the_default_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    translate_to("nl")
    window = MainWindow(Settings(), "nl")
    qtbot.addWidget(window)
    assert _menu_titles(window) == ["&Bestand", "&Ga naar", "&Feiten", "Bee&ld", "&Help"]
    assert window.commands.next_change.text() == "&Volgende wijziging"


def test_english_translation_switches_menu_texts(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Settings(), "en")
    qtbot.addWidget(window)
    assert _menu_titles(window) == ["&File", "&Go", "F&acts", "&View", "&Help"]
    assert window.commands.next_change.text() == "&Next change"
    assert window.facts.model.headerData(1, Qt.Orientation.Horizontal) == "Old"
    assert window.navigator.changed_only.text() == "Changed sections only"


def test_language_can_be_switched_while_running(qtbot, comparison) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    settings = Settings()
    controller = Controller(app, settings, "nl")
    first = controller.window
    qtbot.addWidget(first)
    first.show()
    first.show_comparison(comparison)
    first.commands.english.trigger()  # View › Language › English
    second = controller.window
    qtbot.addWidget(second)
    try:
        assert second is not first and not first.isVisible()
        assert _menu_titles(second) == ["&File", "&Go", "F&acts", "&View", "&Help"]
        assert second.comparison is comparison  # the comparison stays on screen
        assert settings.language() == "en"
        assert "Sections:" in second.totals.text()
    finally:
        controller.translations.use("nl")
        second.close()


@pytest.mark.parametrize("dark", [False, True])
def test_highlight_colours_keep_the_text_readable(dark: bool) -> None:
    palette = dark_palette() if dark else QApplication.style().standardPalette()
    colours = Colours.from_palette(palette)
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    for background in (colours.deleted_bg, colours.inserted_bg, colours.fact_bg, colours.band):
        assert contrast(text, background) >= 4.5  # WCAG AA for body text
    for line in (colours.deleted_line, colours.inserted_line, colours.fact_line):
        assert contrast(line, base) >= 3.0  # WCAG AA for non-text marks
    # the two change colours differ in lightness too, not only in hue
    assert abs(contrast(colours.deleted_bg, colours.inserted_bg) - 1.0) > 0.05 or dark


def test_dark_palette_renders_highlights_with_contrast(window) -> None:  # type: ignore[no-untyped-def]
    window.apply_palette(dark_palette())
    view = window.view
    place = next(p for p in view.changes if p.old and p.old[1] - p.old[0] == 3)  # "155"
    cursor = QTextCursor(view.old_pane.document())
    cursor.setPosition(place.old[0] + 1)
    background = cursor.charFormat().background().color()
    assert background == Colours.from_palette(dark_palette()).deleted_bg
    assert contrast(dark_palette().color(QPalette.ColorRole.Text), background) >= 4.5
    # and the picture really shows it: the pixel under the change is the dark tint, not white
    view.go_to_change(view.changes.index(place))
    view.old_pane.set_layer("change", [], cursor.charFormat())
    rect = view.old_pane.span_rects(*place.old)[0]
    image = view.old_pane.viewport().grab().toImage()
    pixel = image.pixelColor(int(rect.center().x()), int(rect.top() + 2))
    assert pixel.lightnessF() < 0.5


def test_widgets_have_accessible_names(window) -> None:  # type: ignore[no-untyped-def]
    for widget in (
        window.view.old_pane,
        window.view.new_pane,
        window.navigator.view,
        window.facts.table,
        window.facts.kind,
        window.facts.status,
        window.find_bar.edit,
        window.legend,
        window.view.strip,
    ):
        assert widget.accessibleName(), type(widget).__name__
    # every command with a shortcut names it in its tooltip, and sits in a menu (which shows the shortcut)
    in_menus = {a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()}
    with_keys = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(with_keys) >= 14
    for action in with_keys:
        assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in action.toolTip()
        assert action in in_menus, action.text()


def test_about_names_version_and_licences(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: texts.append(self.text()) or 0)
    window.commands.about.trigger()
    assert texts and __version__ in texts[0] and "LGPL" in texts[0]
    # the project itself has no licence yet (README): the box claims none, and says where the parts' are
    assert "EUPL" not in texts[0] and "Licentie:" not in texts[0]
    assert "De licenties van de onderdelen staan in de map licenses van de installatie." in texts[0]


def test_about_in_english_says_where_the_licences_are(window, english, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: texts.append(self.text()) or 0)
    window.commands.about.trigger()
    assert "The licences of the components are in the licenses folder of the installation." in texts[0]
    assert "EUPL" not in texts[0]


def test_icons_are_drawn_sharp_at_high_dpi(window) -> None:  # type: ignore[no-untyped-def]
    icon = window.commands.next_change.icon()
    pixmap = icon.pixmap(icon.actualSize(window.iconSize()), 2.0)
    assert pixmap.devicePixelRatio() == 2.0 and pixmap.width() == 2 * window.iconSize().width()


def test_screenshot_option_writes_a_png_of_the_window(tmp_path) -> None:
    out = tmp_path / "shot.png"
    result = _main("--demo", "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull() and (image.width(), image.height()) == (1440, 900)
    # not a blank picture: many distinct colours (text, highlights, icons)
    colours = {image.pixel(x, y) for x in range(0, 1440, 7) for y in range(0, 900, 7)}
    assert len(colours) > 50


def test_a_picture_needs_both_files(tmp_path) -> None:
    result = _main(str(tmp_path / "a.txt"), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2 and "OUD en NIEUW" in result.stderr


def test_screenshot_of_a_bad_file_exits_with_status_3(tmp_path) -> None:
    bad = tmp_path / "leeg.txt"
    bad.write_text("")
    result = _main(str(bad), str(bad), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 3 and "leeg.txt" in result.stderr


def test_screenshot_that_cannot_be_written_exits_with_status_4(tmp_path) -> None:
    target = tmp_path / "missing-folder" / "shot.png"
    result = _main("--demo", "--screenshot", str(target))
    assert result.returncode == 4
    assert "shot.png" in result.stderr and "Traceback" not in result.stderr
    assert not target.parent.exists()


def test_exit_when_drawn_reports_the_moment_the_comparison_was_painted() -> None:
    """The start-time benchmark's hook (tests/bench/gui_start.py): one line, after the paint, then exit."""
    before = time.monotonic()
    result = _main("--demo", "--exit-when-drawn")
    after = time.monotonic()
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("drawn at ")]
    assert len(lines) == 1
    drawn = float(lines[0].split()[-1])
    assert before < drawn < after
    # the phases the benchmark breaks the start into, in the order they happen
    phases = [
        line[len("phase ") :].rsplit(" at ", 1) for line in result.stdout.splitlines() if line.startswith("phase ")
    ]
    assert [name for name, _ in phases] == ["Qt and app.py loaded", "window built", "comparison shown"]
    moments = [float(at) for _, at in phases]
    assert before < moments[0] <= moments[1] <= moments[2] <= drawn


def test_exit_when_drawn_quits_even_when_its_output_has_no_reader() -> None:
    """A benchmark piped into a reader that left (`| head -0`) made printing fail inside the paint
    callback, and the viewer never quit."""

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(ROOT / "main.py"), "--demo", "--exit-when-drawn"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert process.stdout is not None
    process.stdout.close()  # nobody reads what it prints
    try:
        _, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    assert process.returncode == 4
    assert b"Broken pipe" in err and b"Traceback" not in err


@pytest.mark.parametrize("language", ["nl", "en"])
def test_fact_kind_and_status_columns_fit_their_words(qtbot, language, comparison) -> None:  # type: ignore[no-untyped-def]
    """No "commitm…" in English: the columns fit the longest kind and status in the window's language."""
    translations = translate_to(language)
    try:
        window = MainWindow(Settings(), language)
        qtbot.addWidget(window)
        window.show_comparison(comparison)
        panel = window.facts
        panel.status.setCurrentIndex(1)  # "Alle": unchanged facts too
        table, metrics = panel.table, panel.table.fontMetrics()
        header = table.horizontalHeader()
        icon = table.iconSize().width() if table.iconSize().isValid() else 16
        for column, extra in ((0, 0), (3, icon)):
            texts = {panel.proxy.index(row, column).data() for row in range(panel.proxy.rowCount())}
            assert len(texts) >= 3
            widest = max(metrics.horizontalAdvance(text) for text in texts) + extra
            assert header.sectionSize(column) >= widest + 8, (column, texts)
    finally:
        translations.use("nl")


def test_a_language_switch_while_other_letters_load_still_shows_those_letters(qtbot, comparison) -> None:  # type: ignore[no-untyped-def]
    """The reader opened new letters and switched language before they were compared: the new
    window must show those letters, not keep the comparison that was on screen."""
    from viewer.gui.prefetch import DEMO

    app = QApplication.instance()
    controller = Controller(app, Settings(), "nl")
    first = controller.window  # closed and deleted by the switch: not handed to qtbot
    first.show()
    first.show_comparison(comparison)
    first.open_files(str(DEMO[1]), str(DEMO[0]))  # swapped: a different comparison
    assert first.runner.busy
    first.commands.english.trigger()
    second = controller.window
    qtbot.addWidget(second)
    try:
        assert second.comparison is comparison  # on screen until the asked-for letters are ready
        qtbot.waitUntil(lambda: second.comparison is not comparison, timeout=10000)
        assert second.comparison.old.meta.path == str(DEMO[1])
        assert second.comparison.new.meta.path == str(DEMO[0])
    finally:
        controller.translations.use("nl")
        second.close()


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' (Alt+letter), lower case; None without one."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


@pytest.mark.parametrize("language", ["nl", "en"])
def test_alt_keys_are_unambiguous_in_every_menu(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    """Two menus (or two entries of one menu) on the same Alt+letter make that key cycle instead of open."""
    translations = translate_to(language)
    try:
        window = MainWindow(Settings(), language)
        qtbot.addWidget(window)
        menus = [action.menu() for action in window.menuBar().actions()]
        groups = [[action.text() for action in window.menuBar().actions()]]
        for menu in menus:
            entries = [a for a in menu.actions() if not a.isSeparator()]
            groups.append([a.text() for a in entries])
            groups.extend([[a.text() for a in e.menu().actions()] for e in entries if e.menu() is not None])
        for texts in groups:
            keys = [_mnemonic(t) for t in texts if _mnemonic(t)]
            assert len(keys) == len(set(keys)), texts
    finally:
        translations.use("nl")


def test_tab_reaches_every_part_of_the_window_and_leaves_each(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A keyboard user goes round the window with Tab: panes, section filter and tree, the facts'
    filters and table, and on; no part keeps Tab to itself (a table stepping cell by cell did)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    window.view.old_pane.setFocus()
    QApplication.processEvents()
    visited = []
    for _ in range(12):
        widget = QApplication.focusWidget()
        assert widget is not None
        visited.append(widget.objectName() or widget.accessibleName())
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        QApplication.processEvents()
    start = visited.index("factTable")
    assert visited[start + 1] != "factTable"
    for name in ("oldPane", "newPane", "sectionTree", "factKind", "factStatus", "factTable"):
        assert name in visited
