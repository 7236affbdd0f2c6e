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


def put_table(header: list[str], rows: list[list[str]]) -> None:
    """`rows` as tab-separated text (no header: rows paste into a sheet among others) and as an
    HTML table with `header`. A cell is made harmless for a spreadsheet as the CSV export does it:
    Excel reads both forms, and a letter's text starting with "=" must not become a formula."""
    from html import escape

    from viewer.core.export.csv_export import neutralise

    # a tab or line break inside a cell (a commitment's sentence) would split it in a spreadsheet
    cells = [[neutralise(" ".join(cell.split())) for cell in row] for row in rows]
    plain = "".join("\t".join(row) + "\n" for row in cells)
    head = "".join(f"<th>{escape(name)}</th>" for name in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in cells)
    _put_mime(plain, f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _put_mime(plain: str, html: str) -> None:
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
