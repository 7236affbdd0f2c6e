"""Every message box the application shows goes through here (tests replace these functions)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.gui.i18n import tr


def show_load_error(parent: QWidget | None, message: str) -> None:
    """A letter could not be read: `message` is the LoadError's one line, naming the file."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, tr("Brief niet te openen"), message, QMessageBox.StandardButton.Ok, parent
    )
    box.setInformativeText(tr("Kies een ander bestand; het venster blijft bruikbaar."))
    box.exec()


def show_internal_error(parent: QWidget | None, trace: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        tr("Interne fout"),
        tr("Er ging iets mis in het programma. Meld dit met de details hieronder."),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText(trace)
    box.exec()


def ask_reload(parent: QWidget | None, path: str) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Bestand gewijzigd"),
        tr("{0} is op schijf gewijzigd. Opnieuw laden en vergelijken?").format(path),
    )
    return answer == QMessageBox.StandardButton.Yes
