"""Every message box the application shows goes through here (tests replace these functions).

QMessageBox is imported where a box is shown: making its Python class costs the viewer's start
about 1.5 ms, and most sessions never show one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from viewer.gui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def show_load_error(parent: QWidget | None, message: str) -> None:
    """A letter could not be read: `message` is the LoadError's one line, naming the file."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning, tr("Brief niet te openen"), message, QMessageBox.StandardButton.Ok, parent
    )
    box.setInformativeText(tr("Kies een ander bestand; het venster blijft bruikbaar."))
    box.exec()


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


def ask_reload(parent: QWidget | None, path: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        tr("Bestand gewijzigd"),
        tr("{0} is op schijf gewijzigd. Opnieuw laden en vergelijken?").format(path),
    )
    return answer == QMessageBox.StandardButton.Yes
