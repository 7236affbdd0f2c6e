"""Help → Handleiding (F1): the manual, offline, in the window's language.

The text is resources/help/handleiding.html (Dutch) or manual.html (English). Two parts are filled
in from the running program so they cannot go stale: the table of keyboard shortcuts, read from the
menus themselves, and where this user's settings and review marks are kept.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QMenu, QTextBrowser, QVBoxLayout, QWidget

from viewer.gui.i18n import tr
from viewer.gui.icons import RESOURCES

HELP = RESOURCES / "help"
FILES = {"nl": "handleiding.html", "en": "manual.html"}


def _plain(text: str) -> str:
    """A menu entry as the manual names it: without its Alt-key mark and its dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def _keys(action: QAction) -> str:
    return " · ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


def _standard(key: QKeySequence.StandardKey) -> str:
    return " · ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in QKeySequence.keyBindings(key))


def _menu_rows(menu: QMenu, path: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            rows.extend(_menu_rows(sub, f"{path} → {_plain(sub.title())}"))
        elif not action.isSeparator() and action.shortcuts():
            keys = _keys(action)
            where = action.parent()
            if action.shortcutContext() != Qt.ShortcutContext.WindowShortcut and isinstance(where, QWidget):
                # a key of one list only ("Space" ticks off in the facts table; in a letter it scrolls)
                keys = tr("{0} (in de lijst {1})").format(keys, where.accessibleName())
            rows.append((f"{path} → {_plain(action.text())}", keys))
    return rows


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(menu entry, keys) for every menu entry that has keys, in menu order."""
    rows: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            rows.extend(_menu_rows(menu, _plain(menu.title())))
    return rows


def _table(rows: list[tuple[str, str]], extra: list[tuple[str, str]]) -> str:
    what, keys = tr("Opdracht"), tr("Toetsen")
    head = f'<tr><th align="left">{escape(what)}</th><th align="left">{escape(keys)}</th></tr>'
    body = "".join(f"<tr><td>{escape(entry)}</td><td>{escape(key)}</td></tr>" for entry, key in rows + extra)
    return f'<table border="1" cellpadding="4" cellspacing="0">{head}{body}</table>'


def manual_html(window: QMainWindow, language: str, settings_file: str, marks_folder: str) -> str:
    text = (HELP / FILES.get(language, FILES["nl"])).read_text(encoding="utf-8")
    # keys that work in one place and have no menu entry
    extra = [
        (tr("Zoeken: volgende treffer"), f"Enter · {_standard(QKeySequence.StandardKey.FindNext)}"),
        (tr("Zoeken: vorige treffer"), f"Shift+Enter · {_standard(QKeySequence.StandardKey.FindPrevious)}"),
        (tr("Zoeken: sluiten"), "Esc"),
    ]
    return (
        text.replace("<!-- shortcuts -->", _table(shortcut_rows(window), extra))
        .replace("<!-- settings -->", f"<code>{escape(settings_file)}</code>")
        .replace("<!-- marks -->", f"<code>{escape(marks_folder)}</code>")
    )


class HelpDialog(QDialog):
    """The manual beside the window (not modal: the reader can follow it while working)."""

    def __init__(self, parent: QWidget, html: str) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(tr("Handleiding"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(tr("Handleiding"))
        self.browser.setOpenLinks(True)  # the table of contents jumps within the page
        self.browser.setOpenExternalLinks(False)  # offline: nothing to fetch
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        box = QVBoxLayout(self)
        box.addWidget(self.browser)
        box.addWidget(buttons)
        free = parent.screen().availableGeometry()
        self.resize(min(760, int(free.width() * 0.8)), min(820, int(free.height() * 0.85)))
