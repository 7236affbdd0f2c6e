"""Putting a table on the clipboard as text for a spreadsheet and as HTML for Word.

A QMimeData made in Python and still on the clipboard when the application object is destroyed
crashes the process on the way out (PySide6 6.11, measured on the offscreen platform; xcb
survives). So when the application is about to quit, our data is replaced by the same text
made by Qt itself: what the clerk copied stays on the clipboard (as plain text) after the
program closes, as Windows keeps it, and nothing is left for the destructor to trip over.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

# marks our own data on the clipboard, so that quitting replaces only what this program put there
MARKER = "application/x-briefvergelijker-table"
_hooked: list[QCoreApplication] = []


def put_table(plain: str, html: str) -> None:
    data = QMimeData()
    data.setText(plain)
    data.setHtml(html)
    data.setData(MARKER, b"1")
    QGuiApplication.clipboard().setMimeData(data)
    app = QCoreApplication.instance()
    if app is not None and app not in _hooked:
        _hooked.append(app)
        app.aboutToQuit.connect(settle)


def settle() -> None:
    """Replace our data on the clipboard by its plain text, made by Qt (see the module doc)."""
    if QGuiApplication.instance() is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(MARKER):
        clipboard.setText(data.text())
