"""The dialog that picks the old and the new letter (Ctrl+O)."""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from viewer.gui.i18n import tr
from viewer.gui.icons import icon


def file_filter() -> str:
    return ";;".join(
        [
            tr("Brieven (*.txt *.xml *.html *.htm *.pdf *.docx)"),
            tr("Alle bestanden (*)"),
        ]
    )


class OpenDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, old: str = "", new: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Twee brieven vergelijken"))
        self.old_edit, self.new_edit = QLineEdit(old), QLineEdit(new)
        self.old_edit.setAccessibleName(tr("Oude brief"))
        self.new_edit.setAccessibleName(tr("Nieuwe brief"))
        grid = QGridLayout(self)
        for row, (label, edit) in enumerate(
            ((tr("&Oude brief:"), self.old_edit), (tr("&Nieuwe brief:"), self.new_edit))
        ):
            caption = QLabel(label)
            caption.setBuddy(edit)
            browse = QPushButton(tr("Bladeren…"))
            browse.setAccessibleName(tr("Bladeren naar {0}").format(label.replace("&", "").rstrip(":").lower()))
            browse.clicked.connect(lambda _=False, e=edit: self._browse(e))
            grid.addWidget(caption, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(browse, row, 2)
        swap = QPushButton(icon("swap"), tr("&Wissel"))
        swap.clicked.connect(self._swap)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Vergelijken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        grid.addWidget(swap, 2, 0)
        grid.addWidget(self.buttons, 2, 1, 1, 2)
        self.old_edit.textChanged.connect(self._check)
        self.new_edit.textChanged.connect(self._check)
        self.resize(640, self.sizeHint().height())
        self._check()
        if old and not new:
            self.new_edit.setFocus()  # the one letter given is the old one: the reader picks the new

    def _browse(self, edit: QLineEdit) -> None:
        start = edit.text() or self.old_edit.text() or os.path.expanduser("~")
        path, _ = QFileDialog.getOpenFileName(self, tr("Brief kiezen"), start, file_filter())
        if path:
            edit.setText(path)

    def _swap(self) -> None:
        old, new = self.old_edit.text(), self.new_edit.text()
        self.old_edit.setText(new)
        self.new_edit.setText(old)

    def _check(self) -> None:
        ok = bool(self.old_edit.text().strip() and self.new_edit.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def paths(self) -> tuple[str, str]:
        return self.old_edit.text().strip(), self.new_edit.text().strip()
