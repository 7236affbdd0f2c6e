"""Help → Handleiding (F1): the manual in the window's language, its shortcuts read from the menus,
its table of contents working, and every menu path it names a real one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from viewer.gui.help import FILES, HELP, _plain, shortcut_rows
from viewer.gui.main_window import MainWindow
from viewer.gui.settings import Settings


def menu_paths(window: MainWindow) -> set[str]:
    """Every menu entry as "Menu → Entry" (and "Menu → Submenu → Entry")."""
    paths: set[str] = set()

    def walk(menu: QMenu, path: str) -> None:
        paths.add(path)
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} → {_plain(sub.title())}")
            elif not action.isSeparator():
                paths.add(f"{path} → {_plain(action.text())}")

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(menu.title()))
    return paths


def open_manual(window: MainWindow) -> str:
    window.commands.manual.trigger()
    QApplication.processEvents()
    assert window.manual is not None and window.manual.isVisible()
    return window.manual.browser.toPlainText()


def test_f1_opens_the_dutch_manual_beside_the_window(window) -> None:  # type: ignore[no-untyped-def]
    assert window.commands.manual.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    text = open_manual(window)
    assert text.startswith("Briefvergelijker: handleiding")
    assert not window.manual.isModal()  # the reader follows it while working
    assert window.settings.review_folder() in text and window.settings.store.fileName() in text
    rows = dict(shortcut_rows(window))
    assert rows["Bestand → Vergelijken"] == "Ctrl+O"
    assert rows["Bestand → Afdrukken"] == "Ctrl+P"
    assert rows["Ga naar → Volgende wijziging"] == "Alt+Down · F8"
    assert rows["Help → Handleiding"] == "F1"
    # a key of the facts list only says so: in a letter Space scrolls and Ctrl+C copies its text
    assert rows["Feiten → Nagekeken aan/uit"] == "Space (in de lijst Feiten)"
    assert rows["Feiten → Kopiëren"] == "Ctrl+C (in de lijst Feiten)"
    assert rows["Feiten → Feit nagekeken, volgende"] == "Ctrl+M"  # everywhere
    for what, keys in rows.items():
        assert f"{what}{keys}" in text.replace("\n", "").replace("\t", ""), what
    assert "Shift+Enter · Shift+F3" in text  # keys without a menu entry
    window.manual.close()


def test_the_english_window_has_the_english_manual(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(), "en")
    qtbot.addWidget(win)
    win.show()
    text = open_manual(win)
    assert text.startswith("Briefvergelijker: manual")
    assert "File → Print" in dict(shortcut_rows(win)) and "handleiding" not in text
    assert "Help → Manual" in dict(shortcut_rows(win))
    win.manual.close()
    win.close()


def test_the_table_of_contents_jumps_within_the_manual(window) -> None:  # type: ignore[no-untyped-def]
    open_manual(window)
    browser = window.manual.browser
    window.manual.resize(600, 400)
    QApplication.processEvents()
    assert browser.verticalScrollBar().value() == 0
    browser.scrollToAnchor("sneltoetsen")
    assert browser.verticalScrollBar().value() > 0
    window.manual.close()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_menu_path_the_manual_names_exists(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.app import translate_to

    translations = translate_to(language)
    win = MainWindow(Settings(), language)
    translations.use("nl")
    qtbot.addWidget(win)
    html = (HELP / FILES[language]).read_text("utf-8")
    named = {_plain(" ".join(p.split())) for p in re.findall(r"<b>([^<]+ → [^<]+)</b>", html)}
    assert len(named) >= 6
    assert named <= menu_paths(win), named - menu_paths(win)


def test_both_manuals_have_the_same_parts_and_every_link_lands() -> None:
    def parts(path: Path) -> tuple[list[str], list[str]]:
        html = path.read_text("utf-8")
        return re.findall(r'<a name="([^"]+)">', html), re.findall(r'href="#([^"]+)"', html)

    dutch, english = parts(HELP / FILES["nl"]), parts(HELP / FILES["en"])
    assert dutch == english
    anchors, links = dutch
    assert sorted(anchors) == sorted(links) and len(anchors) == 8
    for name in FILES.values():
        html = (HELP / name).read_text("utf-8")
        for marker in ("<!-- shortcuts -->", "<!-- settings -->", "<!-- marks -->"):
            assert html.count(marker) == 1, (name, marker)
