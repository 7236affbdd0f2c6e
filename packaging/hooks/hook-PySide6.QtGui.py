"""Replaces PyInstaller's QtGui hook: the stock one collects every QtGui plugin (virtual keyboard, eglfs, TUIO,
GTK theme, ...) and, with them, their libraries (QtQuick, QtNetwork, GTK). Dropping plugins here, before the
dependency analysis, keeps those libraries out; dropping them after the Analysis would leave them behind.
"""

import os
import sys

from PyInstaller.utils.hooks.qt import get_qt_library_info

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from slim import gui_uses_svg, keep_plugin

hiddenimports, binaries, datas = get_qt_library_info("PySide6").collect_module("PySide6.QtGui")
_svg = gui_uses_svg()
binaries = [(src, dest) for src, dest in binaries if keep_plugin(dest, os.path.basename(src), _svg)]
