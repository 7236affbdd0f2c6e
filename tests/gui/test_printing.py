"""Printing from the viewer: the real print path into a PDF file, read back; the dialog, the
preview and a failed print."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog

from viewer.gui import dialogs, printing

NEW_PRINTER = printing.new_printer  # the real one, also while a test replaces it


def pdf_printer(path: Path) -> QPrinter:
    printer = NEW_PRINTER()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def pdf_text(path: Path) -> tuple[int, tuple[float, float], str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        return len(pdf), pdf[0].get_size(), text
    finally:
        pdf.close()


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_the_comparison_prints_on_a4_landscape_with_its_changes(qapp, comparison, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "vergelijking.pdf"
    assert printing.print_to(pdf_printer(out), comparison, "nl")
    pages, (width, height), text = pdf_text(out)
    assert (round(width), round(height)) == (842, 595)  # A4 landscape, in points
    flat = squeeze(text)
    for words in ("Vergelijking: kst-27925-597.txt", "Veranderde feiten", "180 militairen", "DEMONSTRATIEKOPIE"):
        assert squeeze(words) in flat, words
    # unchanged sections by their heading only: far fewer pages than the letters' text would take
    assert 5 <= pages <= 20, pages


def test_print_asks_the_printer_then_prints(window, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "afdruk.pdf"
    monkeypatch.setattr(printing, "new_printer", lambda: pdf_printer(out))
    asked: list[QPrinter] = []

    def accept(dialog: QPrintDialog) -> int:
        asked.append(dialog.printer())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert window.commands.print.shortcut().toString() == "Ctrl+P"
    window.commands.print.trigger()
    assert len(asked) == 1 and out.exists()
    assert "Afgedrukt" in window.statusBar().currentMessage()
    assert "180militairen" in squeeze(pdf_text(out)[2])


def test_a_cancelled_print_prints_nothing(window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "afdruk.pdf"
    monkeypatch.setattr(printing, "new_printer", lambda: pdf_printer(out))
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert window.print_comparison() is False
    assert not out.exists()


def test_a_failed_print_is_reported(window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "geen-map" / "afdruk.pdf"
    monkeypatch.setattr(printing, "new_printer", lambda: pdf_printer(out))
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_print_error", lambda parent, where: shown.append(where))
    assert window.print_comparison() is False
    assert shown == [str(out)]


def test_the_preview_shows_the_pages(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[int] = []

    def look(dialog: QPrintPreviewDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        (preview,) = dialog.findChildren(QPrintPreviewWidget)
        preview.updatePreview()
        seen.append(preview.pageCount())
        dialog.close()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    window.commands.print_preview.trigger()
    assert seen and seen[0] >= 5


def test_nothing_to_print_without_a_comparison(empty_window) -> None:  # type: ignore[no-untyped-def]
    assert not empty_window.commands.print.isEnabled()
    assert not empty_window.commands.print_preview.isEnabled()
    assert empty_window.print_comparison() is False
