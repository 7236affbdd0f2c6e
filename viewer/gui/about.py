"""The About dialog: version, purpose, where the components' licences are, and the licence notice for Qt."""

from __future__ import annotations

import os
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from viewer import APP_NAME, __version__
from viewer.gui.i18n import tr


def about_text() -> str:
    return tr(
        "<h3>{app} {version}</h3>"
        "<p>Vergelijkt twee brieven uit een Kamerstukkenreeks: per kop uitgelijnd, met de wijzigingen "
        "per woord en de feiten (troepenaantallen, data, bedragen, toezeggingen) naast elkaar.</p>"
        "<p>De licenties van de onderdelen staan in de map {licenses} van de installatie.</p>"
        "<p>Gebouwd met Qt {qt} en PySide6 {pyside}. Qt en PySide6 vallen onder de GNU LGPL versie 3 "
        "en worden als gedeelde bibliotheken gebruikt; u mag ze vervangen door een eigen, gewijzigde versie. "
        "De broncode van Qt staat op qt.io.</p>"
    ).format(app=APP_NAME, version=__version__, qt=qVersion(), pyside=pyside_version, licenses=licenses_folder())


def licenses_folder() -> str:
    """The folder the package puts the components' licences in (packaging/licenses.py), beside the
    program: its full path once installed, else its name. (The project itself has no licence yet:
    choosing one is a product decision, so the box claims none.)"""
    if getattr(sys, "frozen", False):
        folder = os.path.join(os.path.dirname(sys.executable), "licenses")
        if os.path.isdir(folder):
            return folder
    return "licenses"


def show_about(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Over {0}").format(APP_NAME))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
