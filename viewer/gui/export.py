"""Bestand > Exporteren…: the comparison saved as a report, its printed pages as PDF, a summary, a
facts table or the JSON.

A clerk hands the result to committee members who do not have the program, so the export is a
file that stands on its own. What is written comes from viewer.core.export, the same text the
command line writes; this module only asks where and reports how it went.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from viewer.gui import dialogs
from viewer.gui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from viewer.core.comparison import Comparison
    from viewer.core.document import Document
    from viewer.gui.settings import Settings

# the report first: it is what a committee member can read without the program
FORMATS = ("html", "pdf", "text", "csv", "json")
EXTENSIONS = {"html": ".html", "pdf": ".pdf", "text": ".txt", "csv": ".csv", "json": ".json"}


def filter_names() -> dict[str, str]:
    """The file dialog's filter per format, in the window's language."""
    return {
        "html": tr("Rapport, naast elkaar (*.html *.htm)"),
        "pdf": tr("Afdruk als PDF (*.pdf)"),
        "text": tr("Samenvatting als tekst (*.txt)"),
        "csv": tr("Feiten als tabel voor Excel (*.csv)"),
        "json": tr("Vergelijking als JSON (*.json)"),
    }


def letter_tag(document: Document) -> str:
    """A letter in a file name: its number, else its file's name without the extension."""
    meta = document.meta
    if meta.number:
        return meta.number
    stem = os.path.splitext(os.path.basename(meta.path))[0]
    return stem or "brief"


def file_stem(comparison: Comparison) -> str:
    """ "Vergelijking nr 597 - nr 597": the letters' numbers (else their file names), in letters,
    digits, spaces, "-" and "_" only, so that the name is good on any disk (Windows forbids ':').
    Exporting and printing to PDF propose the same name."""

    def tag(document: Document) -> str:
        number = document.meta.number
        return tr("nr {0}").format(number) if number else letter_tag(document)

    name = tr("Vergelijking {0} - {1}").format(tag(comparison.old), tag(comparison.new))
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s-]+", " ", name)).strip(" -_") or tr("Vergelijking")


def default_name(comparison: Comparison, fmt: str) -> str:
    """The file name Exporteren proposes: "Vergelijking nr 590 - nr 597.html"."""
    return file_stem(comparison) + EXTENSIONS[fmt]


def _format_of(path: str, chosen_filter: str) -> str:
    """The format to write: the extension the user typed wins over the filter ("rapport.csv"
    under the HTML filter is a CSV file); any other name takes the filter's format."""
    from viewer.core.export.formats import format_for_path

    typed = "pdf" if path.lower().endswith(".pdf") else format_for_path(path)
    if typed is not None:
        return typed
    by_filter = {name: fmt for fmt, name in filter_names().items()}
    return by_filter.get(chosen_filter, "html")


# the extensions of office formats a clerk may type for a file to open in Excel or Word: written as
# the filter's format under such a name, it is a file they refuse to open
_OFFICE = frozenset({"xlsx", "xlsm", "xls", "ods", "docx", "docm", "doc", "odt", "rtf", "pptx", "ppt", "odp", "xml"})


def _other_extension(path: str) -> str:
    """The extension of an office format not written here that `path` asks for ("xlsx"), else ""."""
    extension = os.path.splitext(path)[1][1:].lower()
    return extension if extension in _OFFICE else ""


def export_comparison(
    parent: QWidget,
    comparison: Comparison,
    settings: Settings,
    language: str,
    reviewed: Collection[str] | None = None,
) -> str | None:
    """Ask where, write the file whole or not at all; the path written, or None."""
    names = filter_names()
    fmt = settings.export_format()
    if fmt not in FORMATS:
        fmt = FORMATS[0]
    folder = settings.export_folder()
    if not folder or not os.path.isdir(folder):
        folder = os.path.dirname(os.path.abspath(comparison.new.meta.path))
    start = os.path.join(folder, default_name(comparison, fmt))
    path, chosen = dialogs.ask_export_path(parent, start, {names[f]: EXTENSIONS[f] for f in FORMATS}, names[fmt])
    if not path:
        return None
    other = _other_extension(path)
    if other:  # "feiten.xlsx": a CSV under that name is a file Excel refuses to open
        dialogs.show_export_error(
            parent,
            path,
            tr("geen {0}-bestand te maken; kies .html, .pdf, .txt, .csv (voor Excel) of .json").format(other),
        )
        return None
    fmt = _format_of(path, chosen)
    if not write_export(parent, comparison, path, fmt, language, reviewed):
        return None
    settings.set_export_folder(os.path.dirname(os.path.abspath(path)))
    settings.set_export_format(fmt)
    return path


def write_export(
    parent: QWidget,
    comparison: Comparison,
    path: str,
    fmt: str,
    language: str,
    reviewed: Collection[str] | None = None,
) -> bool:
    """Render `comparison` as `fmt` and write it to `path`; a failure is shown, naming the file."""
    from viewer.core.export.atomic import write_atomically
    from viewer.core.export.formats import render

    if _is_a_letter(comparison, path):
        dialogs.show_export_error(parent, path, tr("dat is een van de twee brieven; kies een andere naam"))
        return False
    try:
        if fmt == "pdf":  # the pages Afdrukken prints; made by Qt, so not one of core's text formats
            from viewer.core.export.atomic import write_bytes_atomically
            from viewer.gui.printing import pdf_bytes

            write_bytes_atomically(path, pdf_bytes(comparison, language, reviewed))
        else:
            write_atomically(path, render(comparison, fmt, language, reviewed))
    except OSError as error:
        dialogs.show_export_error(parent, path, dialogs.os_reason(error))
        return False
    return True


def _is_a_letter(comparison: Comparison, path: str) -> bool:
    """Would the export replace a letter being compared? Input files are never written to."""
    from viewer.core.export.atomic import same_file

    return any(same_file(path, doc.meta.path) for doc in (comparison.old, comparison.new))
