"""Exporteren… and copying facts: what the clerk takes out of the window to hand on."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
from pathlib import Path

import pytest
from conftest import NEW, OLD
from lxml import html as lxml_html
from PySide6.QtWidgets import QApplication

from viewer.gui import dialogs
from viewer.gui.export import default_name, filter_names, write_export


def _answer(monkeypatch: pytest.MonkeyPatch, path: str, chosen: str | None = None) -> list[tuple[str, str]]:
    """Make the save dialog answer `path` under filter `chosen` (default: the one it proposes)."""
    asked: list[tuple[str, str]] = []

    def ask(parent, start, filters, selected):  # type: ignore[no-untyped-def]
        assert selected in filters and set(filters.values()) == {".html", ".pdf", ".txt", ".csv", ".json"}
        asked.append((start, selected))
        return path, chosen or selected

    monkeypatch.setattr(dialogs, "ask_export_path", ask)
    return asked


def _errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_export_error", lambda parent, path, reason: shown.append((path, reason)))
    return shown


def test_export_is_offered_only_with_a_comparison_shown(empty_window, window) -> None:  # type: ignore[no-untyped-def]
    assert not empty_window.commands.export.isEnabled()
    assert window.commands.export.isEnabled()
    assert "Ctrl+S" in window.commands.export.toolTip()


def test_the_report_is_proposed_first_beside_the_new_letter_and_written_whole(  # type: ignore[no-untyped-def]
    window, monkeypatch, tmp_path
) -> None:
    target = tmp_path / "verslag.html"
    asked = _answer(monkeypatch, str(target))
    errors = _errors(monkeypatch)
    written = window.export()
    start, selected = asked[0]
    assert Path(start) == NEW.parent / "Vergelijking nr 597 - nr 597.html"
    assert selected == filter_names()["html"]
    assert written == str(target) and not errors
    page = lxml_html.fromstring(Path(written).read_bytes())
    # the planted troop change is marked on both sides of the report
    assert any("155" in (d.text_content() or "") for d in page.iter("del"))
    assert any("180" in (i.text_content() or "") for i in page.iter("ins"))
    assert "Geëxporteerd naar" in window.statusBar().currentMessage()
    assert [p.name for p in tmp_path.iterdir()] == ["verslag.html"]  # no temporary file left behind


def test_a_name_without_a_known_extension_takes_the_filters_format(  # type: ignore[no-untyped-def]
    window, monkeypatch, tmp_path
) -> None:
    target = tmp_path / "memo.concept"
    _answer(monkeypatch, str(target), filter_names()["text"])
    _errors(monkeypatch)
    assert window.export() == str(target)
    assert target.read_text("utf-8").startswith("Vergelijking:")


def test_the_save_dialog_adds_the_extension_of_the_filter_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    names = filter_names()
    filters = {names[f]: ext for f, ext in (("html", ".html"), ("csv", ".csv"))}
    dialog = dialogs.export_file_dialog(None, "/tmp/vergelijking.html", filters, names["html"])
    qtbot.addWidget(dialog)
    assert dialog.defaultSuffix() == "html"
    assert dialog.acceptMode() == dialog.AcceptMode.AcceptSave
    dialog.filterSelected.emit(names["csv"])
    assert dialog.defaultSuffix() == "csv"


def test_the_typed_extension_decides_the_format(window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "feiten.csv"
    _answer(monkeypatch, str(target), filter_names()["html"])
    _errors(monkeypatch)
    assert window.export() == str(target)
    text = target.read_text("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert len(rows) == 1 + len(window.comparison.facts)
    assert any("155 militairen" in row and "180 militairen" in row for row in rows)


def test_the_printed_pages_export_as_pdf(window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    target = tmp_path / "vergelijking"  # no extension: the PDF filter's format
    _answer(monkeypatch, str(target), filter_names()["pdf"])
    assert not _errors(monkeypatch)
    assert window.export() == str(target)
    assert target.read_bytes().startswith(b"%PDF-")
    pdf = pdfium.PdfDocument(str(target))
    try:
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        assert len(pdf) >= 5 and "180militairen" in "".join(text.split())
    finally:
        pdf.close()
    assert window.settings.export_format() == "pdf"
    assert [p.name for p in tmp_path.iterdir()] == ["vergelijking"]  # no temporary file left behind


def test_json_export_is_the_contract_shape(window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import jsonschema

    schema_path = Path(__file__).resolve().parents[2] / "resources" / "contract" / "comparison.schema.json"
    target = tmp_path / "vergelijking.json"
    _answer(monkeypatch, str(target))
    _errors(monkeypatch)
    window.export()
    data = json.loads(target.read_text("utf-8"))
    jsonschema.validate(data, json.loads(schema_path.read_text("utf-8")))
    assert data["old"]["path"] == str(OLD)


def test_the_folder_and_format_are_remembered(window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "memo"
    folder.mkdir()
    _answer(monkeypatch, str(folder / "x.txt"))
    _errors(monkeypatch)
    window.export()
    assert (folder / "x.txt").read_text("utf-8").startswith("Vergelijking:")
    asked = _answer(monkeypatch, "")  # cancelled: nothing written, nothing said
    assert window.export() is None
    start, selected = asked[0]
    assert Path(start) == folder / "Vergelijking nr 597 - nr 597.txt" and selected == filter_names()["text"]


@pytest.mark.parametrize("name", ["feiten.xlsx", "verslag.docx", "rapport.DOC"])
def test_a_format_not_written_here_is_refused_and_nothing_written(window, monkeypatch, tmp_path, name: str) -> None:  # type: ignore[no-untyped-def]
    """A clerk who wants a file for Excel types ".xlsx": a CSV under that name is a file Excel
    refuses to open, so it is said and nothing is written (a tester's fourteenth round)."""
    target = tmp_path / name
    _answer(monkeypatch, str(target), filter_names()["csv"])
    errors = _errors(monkeypatch)
    assert window.export() is None
    assert not target.exists()
    assert errors and errors[0][0] == str(target) and ".csv (voor Excel)" in errors[0][1]


def test_a_refused_name_says_nothing_of_a_file_that_is_not_there(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.informativeText()) or 0)
    dialogs.show_export_error(None, str(tmp_path / "feiten.xlsx"), "geen xlsx-bestand te maken")
    existing = tmp_path / "rapport.html"
    existing.write_text("het vorige rapport", "utf-8")
    dialogs.show_export_error(None, str(existing), "schijf vol")
    assert said == ["", "Een bestaand bestand met die naam is ongewijzigd gebleven."]


@pytest.mark.parametrize("name", ["verslag 27.925", "rapport.htm", "rapport.final"])
def test_a_name_with_a_dot_or_our_extension_is_written(window, monkeypatch, tmp_path, name: str) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / name
    _answer(monkeypatch, str(target), filter_names()["html"])
    errors = _errors(monkeypatch)
    assert window.export() == str(target) and not errors
    assert target.read_text("utf-8").lstrip().lower().startswith("<!doctype html")


def test_a_failed_write_names_the_file_and_keeps_the_old_one(window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "rapport.html"
    existing.write_text("het vorige rapport", "utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)  # the disk fills up while the report is written
    _answer(monkeypatch, str(existing))
    errors = _errors(monkeypatch)
    assert window.export() is None
    monkeypatch.undo()
    assert errors == [(str(existing), "de schijf is vol")]  # in the window's language, not the system's English
    assert existing.read_text("utf-8") == "het vorige rapport"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.html"]  # the half-written file is gone
    assert "Geëxporteerd" not in window.statusBar().currentMessage()


def test_a_full_disk_is_reported_not_raised(window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    _answer(monkeypatch, "/dev/full")
    errors = _errors(monkeypatch)
    assert window.export() is None
    assert errors == [("/dev/full", "de schijf is vol")]


def test_an_export_to_a_missing_folder_says_why_in_the_windows_language(window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = str(tmp_path / "bestaat-niet" / "rapport.html")
    _answer(monkeypatch, target)
    errors = _errors(monkeypatch)
    assert window.export() is None
    assert errors == [(target, "de map bestaat niet")]


@pytest.mark.parametrize(
    ("code", "dutch", "english"),
    [
        (errno.ENOENT, "de map bestaat niet", "the folder does not exist"),
        (errno.EACCES, "geen toestemming om daar te schrijven", "no permission to write there"),
        (errno.ENOSPC, "de schijf is vol", "the disk is full"),
        (errno.EROFS, "de schijf is alleen-lezen", "the disk is read-only"),
        (errno.EISDIR, "dat is een map; kies een bestandsnaam", "that is a folder; choose a file name"),
        (errno.ENAMETOOLONG, "de naam is te lang", "the name is too long"),
        (errno.ENOTDIR, "een deel van het pad is een bestand, geen map", "part of the path is a file, not a folder"),
    ],
)
def test_the_usual_reasons_a_write_fails_are_said_in_the_windows_language(qapp, code, dutch, english) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from viewer.gui.app import translate_to

    error = OSError(code, os.strerror(code), "/ergens/rapport.html")
    assert dialogs.os_reason(error) == dutch
    locale = QLocale()
    translations = translate_to("en")
    try:
        assert dialogs.os_reason(error) == english
    finally:  # as before: no catalogue installed (Qt's Dutch one would rename keys in other tests)
        for translator in translations.installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    # a rarer cause keeps the system's own words
    assert dialogs.os_reason(OSError(errno.EMFILE, os.strerror(errno.EMFILE))) == os.strerror(errno.EMFILE)


def test_an_export_never_replaces_a_letter_being_compared(window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = NEW.read_bytes()
    _answer(monkeypatch, str(NEW), filter_names()["text"])
    errors = _errors(monkeypatch)
    assert window.export() is None
    assert NEW.read_bytes() == before
    assert errors and errors[0][0] == str(NEW)


def test_default_name_is_safe_without_numbers(comparison) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    odd = replace(
        comparison,
        old=replace(comparison.old, meta=replace(comparison.old.meta, number=None, path="/x/brief: oud?.txt")),
    )
    name = default_name(odd, "csv")
    assert name == "Vergelijking brief oud - nr 597.csv"
    assert "/" not in name and ":" not in name and "?" not in name


def test_selected_facts_are_copied_for_a_spreadsheet_and_for_word(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.facts
    table = panel.table
    table.setFocus()
    table.selectAll()
    rows = panel.proxy.rowCount()
    assert rows > 1
    panel.copy_action.trigger()
    mime = QApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert len(lines) == rows
    troops = [line.split("\t") for line in lines if line.startswith("troepen")]
    assert ["troepen", "155 militairen", "180 militairen", "gewijzigd"] in [row[:4] for row in troops]
    table_html = lxml_html.fromstring(mime.html())
    assert [th.text_content() for th in table_html.iter("th")] == ["Soort", "Oud", "Nieuw", "Status", "Sectie"]
    assert len(list(table_html.iter("tr"))) == rows + 1


def test_copied_cells_cannot_become_spreadsheet_formulas(qapp) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.clipboard import put_table

    put_table(["Oud", "Nieuw"], [['=HYPERLINK("http://x")', "180\tmilitairen\n"]])
    mime = QApplication.clipboard().mimeData()
    assert mime.text() == '\'=HYPERLINK("http://x")\t180 militairen\n'
    cells = [td.text_content() for td in lxml_html.fromstring(mime.html()).iter("td")]
    assert cells == ['\'=HYPERLINK("http://x")', "180 militairen"]


def test_copy_follows_the_columns_as_the_reader_arranged_them(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.facts
    header = panel.table.horizontalHeader()
    header.moveSection(3, 0)  # status first
    header.hideSection(4)  # no section
    panel.table.selectRow(0)
    panel.copy_selection()
    cells = QApplication.clipboard().text().rstrip("\n").split("\t")
    assert len(cells) == 4
    assert cells[0] in ("gewijzigd", "nieuw", "vervallen")


def test_copied_facts_outlive_the_program_as_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A real run: copy facts, quit. The text stays on the clipboard and the process ends cleanly
    (a Python-made clipboard entry left to the application's destructor crashed it)."""
    import subprocess
    import sys

    script = tmp_path / "copy_and_quit.py"
    script.write_text(
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from viewer.gui.clipboard import MARKER, put_table\n"
        "app = QApplication(sys.argv)\n"
        "put_table(['Soort', 'Oud'], [['troepen', '155 militairen']])\n"
        "assert app.clipboard().mimeData().hasFormat(MARKER)\n"
        "def after():\n"
        "    data = app.clipboard().mimeData()\n"
        "    print('left:', repr(data.text()), data.hasFormat(MARKER))\n"
        "app.aboutToQuit.connect(after)  # runs after the module's own handler\n"
        "QTimer.singleShot(0, app.quit)\n"
        "app.exec()\n",
        "utf-8",
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "left: 'troepen\\t155 militairen\\n' False" in result.stdout


def test_writes_that_fail_say_why_in_dutch_and_truly(window, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The real failures, not made-up errors: a folder's name, a name too long, a file used as a
    folder, and /proc, which is there but takes no file (Linux says ENOENT: "no such file")."""
    (tmp_path / "map.html").mkdir()
    letter = tmp_path / "brief.txt"
    letter.write_text("x", encoding="utf-8")
    errors = _errors(monkeypatch)
    cases = {
        str(tmp_path / "map.html"): "dat is een map; kies een bestandsnaam",
        str(tmp_path / ("x" * 300 + ".html")): "de naam is te lang",
        str(letter / "rapport.html"): "een deel van het pad is een bestand, geen map",
        str(tmp_path / "bestaat-niet" / "rapport.html"): "de map bestaat niet",
    }
    if os.path.isdir("/proc/self"):
        cases["/proc/rapport.html"] = "in die map kan geen bestand worden gemaakt"
    for target, reason in cases.items():
        errors.clear()
        assert not write_export(window, window.comparison, target, "html", "nl")
        assert errors == [(target, reason)]
