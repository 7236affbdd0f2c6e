"""Bestand > Afdrukken… and Afdrukvoorbeeld…: the comparison on paper, straight from the viewer.

The page is core's print_html (the facts that changed, then both letters side by side with the
changed words marked, unchanged sections by their heading only), laid out by Qt's QTextDocument
on A4 landscape, which the print dialog lets the clerk change. Page numbers come from Qt.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QObject, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPalette,
    QPdfWriter,
    QTextDocument,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QGraphicsView, QWidget

from viewer import APP_NAME, __version__
from viewer.gui import dialogs
from viewer.gui.i18n import tr

if TYPE_CHECKING:
    from viewer.core.comparison import Comparison

MARGIN_MM = 12
FONT_POINTS = 9.5  # the report's print size: two columns of a letter side by side on A4 landscape
INK = "#000000"  # what the pages print in, shown so in the preview too
CELL_PADDING = 4.0  # around a table cell's text, in the document's units (a third of a line)


def page_layout() -> QPageLayout:
    """A4 landscape with the report's margins (the print dialog may change them)."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    return printer


def pdf_bytes(comparison: Comparison, language: str, reviewed: Collection[str] | None = None) -> bytes:
    """The printed pages as a PDF, made in memory (so that the file can be written whole or not at all)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout())
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setTitle(print_title(comparison, language))
    print_document(comparison, language, reviewed).print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(buffer.data().data())


def print_title(comparison: Comparison, language: str) -> str:
    from viewer.core.export.words import letter_name, words

    old, new = letter_name(comparison.old, language), letter_name(comparison.new, language)
    return f"{words(language)['title']}: {old} → {new}"


def print_document(
    comparison: Comparison, language: str, reviewed: Collection[str] | None, parent: QObject | None = None
) -> QTextDocument:
    from viewer.core.export.print_html import render_print_html

    document = QTextDocument(parent)
    font = QGuiApplication.font()
    font.setPointSizeF(FONT_POINTS)
    document.setDefaultFont(font)
    document.setHtml(render_print_html(comparison, language, reviewed))
    _pad_tables(document)
    return document


def _pad_tables(document: QTextDocument) -> None:
    """Give the tables the page left unpadded (the changed facts) room around each cell.

    Qt's rich text lays a table without `cellpadding` out with its cells' texts touching: the PDF
    read "toezegginggewijzigd" and "gewijzigd155 militairen" across the kind, status and old columns.
    The letters' tables set their own padding and keep it."""
    frames = list(document.rootFrame().childFrames())
    while frames:
        frame = frames.pop()
        frames.extend(frame.childFrames())
        if isinstance(frame, QTextTable) and frame.format().cellPadding() < CELL_PADDING:
            fmt = frame.format()
            fmt.setCellPadding(CELL_PADDING)
            frame.setFormat(fmt)


def print_to(printer: QPrinter, comparison: Comparison, language: str, reviewed: Collection[str] | None = None) -> bool:
    """Lay the comparison out on `printer`'s pages and print it; False if the printer failed."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        print_document(comparison, language, reviewed).print_(printer)
    finally:
        QGuiApplication.restoreOverrideCursor()
    return printer.printerState() != QPrinter.PrinterState.Error


def _failed(parent: QWidget, printer: QPrinter) -> None:
    where = printer.outputFileName() or printer.printerName() or tr("de printer")
    dialogs.show_print_error(parent, where)


def print_comparison(
    parent: QWidget, comparison: Comparison, language: str, reviewed: Collection[str] | None = None
) -> str | None:
    """Ask which printer (or a PDF file) and print; once printed, the PDF file written ("" for a
    printer), else None."""
    from PySide6.QtWidgets import QLineEdit

    from viewer.gui.export import file_stem

    printer = new_printer()
    name = file_stem(comparison)
    printer.setDocName(name)  # the name in the printer's queue, and of the PDF Windows' "Print to PDF" proposes
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Vergelijking afdrukken"))
    # Qt's own dialog proposes the home folder and a name from the document's name cut at its last
    # dot; the field is named in Qt's form ("filename"), and absent from a platform's native dialog
    field = dialog.findChild(QLineEdit, "filename")
    if field is not None and not printer.outputFileName():
        field.setText(os.path.join(print_folder(comparison), name + ".pdf"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if not print_to(printer, comparison, language, reviewed):
        _failed(parent, printer)
        return None
    return printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else ""


def print_folder(comparison: Comparison) -> str:
    """Where a printed PDF goes: beside the new letter (as Exporteren proposes), else in the documents folder."""
    folder = os.path.dirname(os.path.abspath(comparison.new.meta.path))
    if os.path.isdir(folder) and os.access(folder, os.W_OK):
        return folder
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.StandardLocation.DocumentsLocation
    return QStandardPaths.writableLocation(location) or os.path.expanduser("~")


def preview_dialog(
    parent: QWidget, comparison: Comparison, language: str, reviewed: Collection[str] | None = None
) -> QPrintPreviewDialog:
    """The pages as they will print, with the preview's own print button; not yet shown."""
    printer = new_printer()
    dialog = QPrintPreviewDialog(printer, parent)
    # the dialog only points at its printer: without this, Python frees it on return and the
    # preview draws on a deleted printer (a crash)
    dialog.kept_printer = printer  # type: ignore[attr-defined]
    dialog.setWindowTitle(tr("Afdrukvoorbeeld"))
    # laid out once and drawn again on every zoom; the dialog owns it
    document = print_document(comparison, language, reviewed, dialog)
    dialog.paintRequested.connect(document.print_)
    _ink_on_paper(dialog)
    geometry = parent.window().geometry()
    dialog.resize(int(geometry.width() * 0.9), int(geometry.height() * 0.9))
    return dialog


def _ink_on_paper(dialog: QPrintPreviewDialog) -> None:
    """Show the pages in the ink they print in, whatever the window's colours.

    The preview records each page as a QPicture, which leaves out a pen equal to its starting one
    (black), and draws it with a painter that starts with the widget's text colour: in the dark
    scheme the title, the counts and the legend's heading stood in light grey on the white page,
    where the printer and the PDF have them black."""
    view = dialog.findChild(QGraphicsView)
    if view is None:
        return
    pages = view.viewport()  # only where the pages are drawn: the scroll bars keep the scheme's colours
    palette = pages.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(INK))
    pages.setPalette(palette)
