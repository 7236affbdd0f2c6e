"""Letters changing on disk while they are compared: the window offers to read them again.

A mixin of MainWindow: it reads the window's paths, reloads and reports in its status line (`_say`).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QFileSystemWatcher, QTimer
from PySide6.QtWidgets import QMainWindow

from viewer.gui import dialogs
from viewer.gui.i18n import tr

SETTLE_MS = 400  # editors save in several steps (or replace the file): ask once it settles


class WatchedLetters(QMainWindow):
    paths: tuple[str, str] | None

    def _start_watching(self) -> None:
        self.watcher = QFileSystemWatcher(self)
        self._changed_files: set[str] = set()
        self._reload_timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self.watcher.fileChanged.connect(self._file_changed)
        self._reload_timer.timeout.connect(self._ask_reload)

    def _stop_watching(self) -> None:
        """A closed window asks nothing: a change saved just before it closed must not open a
        question over whatever window comes next."""
        self._reload_timer.stop()
        self._changed_files = set()
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())

    def _watch(self, *paths: str) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self.watcher.addPaths([p for p in paths if os.path.exists(p)])

    def _file_changed(self, path: str) -> None:
        self._changed_files.add(path)
        self._reload_timer.start()

    def _ask_reload(self) -> None:
        changed, self._changed_files = sorted(self._changed_files), set()
        if not changed or not self.paths:
            return
        gone = [path for path in changed if not os.path.exists(path)]
        if gone:
            # deleted or moved away (and not back once the saving settled): a reload could only
            # fail, so say so and keep the comparison on screen
            self._say(tr("{0} staat niet meer op schijf; de vergelijking blijft staan.").format(", ".join(gone)), 15)
            changed = [path for path in changed if path not in gone]
        if changed and dialogs.ask_reload(self, ", ".join(changed)):
            self.reload()
        else:
            self._watch(*self.paths)  # a replaced file drops out of the watcher: watch it again
