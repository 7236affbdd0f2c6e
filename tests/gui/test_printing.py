"""Printing from the viewer: the real print path into a PDF file, read back; the dialog, the
preview and a failed print."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pypdfium2 as pdfium
from PySide6.QtGui import QTextTable
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog

from viewer.gui import dialogs, printing
from viewer.gui.export import file_stem

ROOT = Path(__file__).resolve().parents[2]
OLD = ROOT / "resources" / "samples" / "kst-27925-597.txt"
NEW = ROOT / "resources" / "samples" / "kst-27925-597-demo-bewerkt.txt"
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


def _print_with_the_proposed_file(window, monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Print as a clerk who takes the dialog's proposal: "Print to File (PDF)" and its name. The
    names proposed are returned."""
    from PySide6.QtWidgets import QLineEdit

    proposed: list[str] = []

    def accept(dialog: QPrintDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        proposed.append(dialog.findChild(QLineEdit, "filename").text())
        dialog.accept()  # what the Print button does: the printer takes the dialog's choices
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return proposed


def test_printing_to_a_pdf_proposes_a_plain_name_beside_the_new_letter_and_says_where(  # type: ignore[no-untyped-def]
    empty_window, qtbot, monkeypatch, tmp_path
) -> None:
    import re
    import shutil

    old, new = tmp_path / "oud.txt", tmp_path / "nieuw.txt"
    shutil.copy(OLD, old)
    shutil.copy(NEW, new)
    with qtbot.waitSignal(empty_window.comparisonShown, timeout=10000):
        empty_window.open_files(str(old), str(new))
    proposed = _print_with_the_proposed_file(empty_window, monkeypatch)
    assert empty_window.print_comparison() is True
    written = tmp_path / "Vergelijking nr 597 - nr 597.pdf"
    assert proposed == [str(written)]
    # no ':' or '→' (Windows refuses a ':'), nor a name that reads as if the new letter were a PDF
    assert re.fullmatch(r"[\w -]+\.pdf", written.name)
    assert written.exists() and "180militairen" in squeeze(pdf_text(written)[2])
    assert empty_window.statusBar().currentMessage() == f"Afgedrukt naar {written}"


def test_printing_and_exporting_to_pdf_propose_the_same_file(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Afdrukken -> PDF and Exporteren -> PDF write the same pages: they propose the same name and folder."""
    proposed = _print_with_the_proposed_file(window, monkeypatch)
    monkeypatch.setattr(printing, "print_to", lambda *args: True)  # the proposal is what counts here
    window.print_comparison()
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_export_path", lambda parent, start, filters, selected: asked.append(start) or ("", "")
    )
    window.settings.set_export_format("pdf")
    window.export()
    assert (
        proposed
        == asked
        == [os.path.join(printing.print_folder(window.comparison), "Vergelijking nr 597 - nr 597.pdf")]
    )


def test_a_pdf_of_letters_in_a_folder_not_writable_is_proposed_in_the_documents_folder(  # type: ignore[no-untyped-def]
    window, monkeypatch
) -> None:
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setattr(printing.os, "access", lambda path, mode: False)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert printing.print_folder(window.comparison) == documents
    names = [file_stem(window.comparison)]
    # a letter without a number goes by its file's name, without what Windows refuses in a name
    unnumbered = SimpleNamespace(meta=SimpleNamespace(number="", path="/brieven/Brief: concept 2.v3.txt"))
    names.append(file_stem(SimpleNamespace(old=unnumbered, new=window.comparison.new)))
    assert names == ["Vergelijking nr 597 - nr 597", "Vergelijking Brief concept 2 v3 - nr 597"]


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


def _main(*args: str) -> subprocess.CompletedProcess[str]:
    """`python main.py ARGS` as a user starts it, offscreen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env)


def test_pdf_option_prints_the_comparison_to_a_file_and_exits(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "vergelijking.pdf"
    result = _main("--demo", "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    pages, (width, height), text = pdf_text(out)
    assert (round(width), round(height)) == (842, 595) and pages >= 5
    assert "180militairen" in squeeze(text) and "Veranderdefeiten" in squeeze(text)
    pdf = pdfium.PdfDocument(str(out))
    try:
        assert pdf.get_metadata_dict()["Title"].startswith("Vergelijking: kst-27925-597.txt, nr. 597")
    finally:
        pdf.close()
    assert [p.name for p in tmp_path.iterdir()] == ["vergelijking.pdf"]  # no temporary file left


def test_pdf_option_failures_are_one_line_and_never_touch_a_letter(tmp_path) -> None:  # type: ignore[no-untyped-def]
    nowhere = tmp_path / "geen-map" / "x.pdf"
    result = _main("--demo", "--pdf", str(nowhere))
    assert result.returncode == 4
    assert result.stderr.strip().splitlines()[-1] == f"fout: {nowhere}: kan niet geschreven worden (PDF)"
    letter = tmp_path / "brief.txt"
    letter.write_bytes(OLD.read_bytes())
    result = _main(str(letter), str(NEW), "--pdf", str(letter))
    assert result.returncode == 2 and "nooit overschreven" in result.stderr
    assert letter.read_bytes() == OLD.read_bytes()


def test_a_fault_while_printing_to_pdf_is_a_failure_not_a_success(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the frozen program once lacked QtPrintSupport: the import failed inside the event loop and the
    # program still exited 0, with no file written
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import viewer.gui.printing as p\n"
        "def broken(*a, **k): raise ImportError('no QtPrintSupport')\n"
        "p.pdf_bytes = broken\n"
        "import viewer.cli; sys.exit(viewer.cli.main(['--demo', '--pdf', sys.argv[2]]))\n"
    )
    out = tmp_path / "x.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script, str(ROOT), str(out)], capture_output=True, text=True, env=env
    )
    assert result.returncode == 1 and "no QtPrintSupport" in result.stderr
    assert not out.exists()


def test_the_printed_facts_table_keeps_its_columns_apart(comparison, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Without padding Qt laid the cells' texts against each other: "toezegginggewijzigd"."""
    path = tmp_path / "afdruk.pdf"
    path.write_bytes(printing.pdf_bytes(comparison, "nl"))
    _pages, _size, text = pdf_text(path)
    lines = text.splitlines()
    assert any(line.startswith("toezegging") for line in lines)
    for glued in ("toezegginggewijzigd", "toezeggingvervallen", "gewijzigd155", "datumgewijzigd", "troepengewijzigd"):
        assert glued not in squeeze_spaces(text), glued
    document = printing.print_document(comparison, "nl", None)
    facts = next(frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable))
    assert facts.columns() == 5 and facts.format().cellPadding() >= 3


def squeeze_spaces(text: str) -> str:
    """The text with line breaks kept as spaces and nothing else changed."""
    return " ".join(text.split())


def test_pdf_option_prints_the_clerks_marks_and_writes_no_settings_or_marks(comparison, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from viewer.core.review import ReviewStore, comparison_key

    config = tmp_path / "config"
    folder = config / "Tweede Kamer" / "Briefvergelijker-nagekeken"  # beside the user's settings
    store = ReviewStore(folder)
    marks = store.load(comparison)
    for pair in [p for p in comparison.facts if p.status != "unchanged"][:2]:
        marks.set_reviewed(pair, True)
    store.save(marks)
    differences = sum(1 for p in comparison.facts if p.status != "unchanged")
    before = {p: p.read_bytes() for p in config.rglob("*") if p.is_file()}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(config)}
    out = tmp_path / "afdruk.pdf"

    def print_pdf() -> list[str]:
        """The program's warnings (Qt's offscreen notice left out)."""
        command = [sys.executable, str(ROOT / "main.py"), str(OLD), str(NEW), "--pdf", str(out)]
        result = subprocess.run(command, capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        return [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]

    assert print_pdf() == []
    assert squeeze(f"Nagekeken: 2 van {differences} veranderde feiten") in squeeze(pdf_text(out)[2])
    assert {p: p.read_bytes() for p in config.rglob("*") if p.is_file()} == before  # nothing written
    # an unreadable marks file is left as it is (the window sets it aside, a print does not)
    broken = store.path(comparison_key(comparison))
    broken.write_bytes(b"{kapot")
    # ... and said in one line, not printed as "0 of 11 reviewed" in silence
    [warning] = print_pdf()
    assert warning.startswith("waarschuwing: ") and str(broken) in warning and "geen geldige JSON" in warning
    assert [p.name for p in folder.iterdir()] == [broken.name] and broken.read_bytes() == b"{kapot"


def _first_ink(image) -> int:  # type: ignore[no-untyped-def]
    """How dark the first text on the page shown is drawn (0 black, 255 white): the darkest pixel
    of the first rows below the page's top edge that hold anything but paper."""
    from PySide6.QtGui import QColor

    middle = image.width() // 2
    top = next(y for y in range(image.height()) if QColor(image.pixel(middle, y)).lightness() == 255)
    xs = range(image.width() // 8, image.width() * 7 // 8)
    for y in range(top, image.height()):
        if any(QColor(image.pixel(x, y)).lightness() < 250 for x in xs):
            return min(QColor(image.pixel(x, y2)).lightness() for x in xs for y2 in range(y, y + 12))
    raise AssertionError("an empty page")


def test_the_preview_in_the_dark_scheme_shows_the_page_in_black_as_it_prints(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QGraphicsView

    from viewer.gui.app import dark_palette

    light = QApplication.palette()
    QApplication.setPalette(dark_palette())
    try:
        dialog = printing.preview_dialog(window, window.comparison, "nl", None)
        dialog.show()
        QApplication.processEvents()
        (preview,) = dialog.findChildren(QPrintPreviewWidget)
        preview.fitInView()
        preview.updatePreview()
        QApplication.processEvents()
        page = dialog.findChild(QGraphicsView).viewport().grab().toImage()
        dialog.close()
        dialog.deleteLater()
    finally:
        QApplication.setPalette(light)
    assert _first_ink(page) < 60  # the title, black; it was the scheme's light grey (230) on white
