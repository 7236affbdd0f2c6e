"""Every message box the application shows goes through here (tests replace these functions).

QMessageBox is imported where a box is shown: making its Python class costs the viewer's start
about 1.5 ms, and most sessions never show one.
"""

from __future__ import annotations

import errno
import os
from typing import TYPE_CHECKING

from viewer.gui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QWidget

    from viewer.core.review import Problem


def _warn(parent: QWidget | None, title: str, text: str, information: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(information)
    box.exec()


def show_load_error(parent: QWidget | None, message: str) -> None:
    """A letter could not be read: `message` is the LoadError's one line, naming the file."""
    _warn(parent, tr("Brief niet te openen"), message, tr("Kies een ander bestand; het venster blijft bruikbaar."))


def show_internal_error(parent: QWidget | None, trace: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        tr("Interne fout"),
        tr("Er ging iets mis in het programma. Meld dit met de details hieronder."),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText(trace)
    box.exec()


def ask_reload(parent: QWidget | None, paths: list[str]) -> bool:
    from PySide6.QtWidgets import QMessageBox

    if len(paths) == 1:
        question = tr("{0} is op schijf gewijzigd. Opnieuw laden en vergelijken?").format(paths[0])
    else:
        question = tr("{0} en {1} zijn op schijf gewijzigd. Opnieuw laden en vergelijken?").format(*paths[:2])
    answer = QMessageBox.question(parent, tr("Bestand gewijzigd"), question)
    return answer == QMessageBox.StandardButton.Yes


def export_file_dialog(parent: QWidget | None, start: str, filters: dict[str, str], selected: str) -> QFileDialog:
    """The save dialog of Exporteren…, `filters` mapping each filter to its extension.

    The dialog adds the chosen filter's extension to a name typed without one, so that it is
    the dialog that asks before replacing "verslag.html", not a name it never saw.
    """
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, tr("Vergelijking exporteren"), start)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters(list(filters))
    dialog.selectNameFilter(selected)
    dialog.setDefaultSuffix(filters[selected].lstrip("."))
    dialog.filterSelected.connect(lambda name: dialog.setDefaultSuffix(filters.get(name, "").lstrip(".")))
    return dialog


def ask_export_path(parent: QWidget | None, start: str, filters: dict[str, str], selected: str) -> tuple[str, str]:
    """Where to export: the path chosen ("" when cancelled) and the filter it was chosen under."""
    dialog = export_file_dialog(parent, start, filters, selected)
    if not dialog.exec() or not dialog.selectedFiles():
        return "", selected
    return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def os_reason(error: OSError) -> str:
    """Why a file could not be written, in the window's language for the usual causes (the
    system's own words are English whatever the window speaks)."""
    reasons = {
        errno.ENOENT: tr("de map bestaat niet"),
        errno.EACCES: tr("geen toestemming om daar te schrijven"),
        errno.EPERM: tr("geen toestemming om daar te schrijven"),
        errno.ENOSPC: tr("de schijf is vol"),
        errno.EDQUOT: tr("de schijf is vol"),
        errno.EROFS: tr("de schijf is alleen-lezen"),
        errno.EISDIR: tr("dat is een map; kies een bestandsnaam"),
        errno.ENAMETOOLONG: tr("de naam is te lang"),
        errno.ENOTDIR: tr("een deel van het pad is een bestand, geen map"),
    }
    folder = os.path.dirname(os.fsdecode(error.filename)) if error.filename else ""
    if error.errno == errno.ENOENT and folder and os.path.isdir(folder):
        # the folder is there but takes no new files (/proc, some network and virtual folders)
        return tr("in die map kan geen bestand worden gemaakt")
    return reasons.get(error.errno or 0) or error.strerror or str(error)


def show_export_error(parent: QWidget | None, path: str, reason: str) -> None:
    """An export could not be written: nothing was left behind, and the file that was there is intact
    (said only where there is one)."""
    _warn(
        parent,
        tr("Exporteren mislukt"),
        tr("{0} kon niet worden geschreven: {1}").format(path, reason),
        tr("Een bestaand bestand met die naam is ongewijzigd gebleven.") if os.path.exists(path) else "",
    )


def show_marks_error(parent: QWidget | None, reason: str) -> None:
    """The review marks could not be saved (once per comparison; later failures go to the status bar)."""
    _warn(
        parent,
        tr("Markeringen niet bewaard"),
        tr("De markeringen 'nagekeken' konden niet worden bewaard: {0}").format(reason),
        tr("Ze blijven zichtbaar zolang dit venster open is; eerder bewaarde blijven bewaard."),
    )


def show_marks_unreadable(parent: QWidget | None, problem: Problem, language: str) -> None:
    """The review marks saved earlier could not be read: said in full, beside the window (not in
    its way: the comparison is there to read), the file named, its folder in the details."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    reason = problem.reason_en if language == "en" else problem.reason_nl
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("Markeringen niet te lezen"),
        tr("De eerdere markeringen 'nagekeken' van deze brieven zijn niet te lezen ({0}): {1}.").format(
            os.path.basename(problem.path), reason
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    if problem.aside:
        box.setInformativeText(
            tr("Het bestand is bewaard als {0}; wat u nu afvinkt, wordt in een nieuw bestand bewaard.").format(
                problem.aside
            )
        )
    box.setDetailedText(problem.path)
    box.setToolTip(problem.path)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()


def show_print_error(parent: QWidget | None, where: str) -> None:
    """Printing failed: the printer refused, or a PDF file could not be written."""
    _warn(
        parent,
        tr("Afdrukken mislukt"),
        tr("Afdrukken naar {0} is mislukt.").format(where),
        tr("Controleer de printer of kies een andere map voor het PDF-bestand."),
    )
