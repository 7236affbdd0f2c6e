"""Letters changing on disk while they are compared: the window offers to read them again.

A mixin of MainWindow: it reads the window's paths, reloads and reports in its status line (`_say`).
The letters' folders are watched too: a letter moved away (or a network share gone) and back is
watched again, and offered for reloading if it came back other than it went.
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
        self._asking = False  # the question to reload is open
        self._reload_timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        # each watched letter's size and time of change: what a letter coming back is compared with
        self._seen: dict[str, tuple[int, int]] = {}
        self.watcher.fileChanged.connect(self._file_changed)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self._reload_timer.timeout.connect(self._ask_reload)

    def _stop_watching(self) -> None:
        """A closed window asks nothing: a change saved just before it closed must not open a
        question over whatever window comes next."""
        self._reload_timer.stop()
        self._changed_files = set()
        self._unwatch()

    def _unwatch(self) -> None:
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)

    def _watch(self, *paths: str) -> None:
        self._unwatch()
        present = [p for p in paths if os.path.exists(p)]
        # a letter away keeps the stamp it went with: back unchanged, there is nothing to ask
        stamps = {p: _stamp(p) or self._seen.get(p) for p in paths}
        self._seen = {p: stamp for p, stamp in stamps.items() if stamp is not None}
        self.watcher.addPaths(present)
        folders = {_folder(p) for p in paths}
        self.watcher.addPaths(sorted(f for f in folders if os.path.isdir(f)))

    def _folder_changed(self, folder: str) -> None:
        """A file came or went in a letter's folder: a letter back on disk is watched again."""
        watched = set(self.watcher.files())
        for path in self.paths or ():
            if path in watched or _folder(path) != folder or not os.path.exists(path):
                continue
            self.watcher.addPath(path)
            stamp = _stamp(path)
            if stamp != self._seen.get(path):
                self._file_changed(path)  # came back other than it went (or saved by a rename)
            else:  # the message that it was gone must not stand
                self._say(tr("{0} staat weer op schijf.").format(path), 10)

    def _file_changed(self, path: str) -> None:
        self._changed_files.add(path)
        self._reload_timer.start()

    def _ask_reload(self) -> None:
        if self._asking:
            return  # a change saved while the question is open: its answer covers that change too
        changed, self._changed_files = sorted(self._changed_files), set()
        if not changed or not self.paths:
            return
        gone = [path for path in changed if not os.path.exists(path)]
        if gone:
            # deleted or moved away (and not back once the saving settled): a reload could only
            # fail, so say so and keep the comparison on screen
            self._say(tr("{0} staat niet meer op schijf; de vergelijking blijft staan.").format(", ".join(gone)), 15)
            changed = [path for path in changed if path not in gone]
        if changed and self._ask(changed):
            self.reload()
        else:
            self._watch(*self.paths)  # a replaced file drops out of the watcher: watch it again

    def _ask(self, names: list[str]) -> bool:
        """One question at a time: an editor that saves twice (or autosaves) must not stack a second
        one under the first, whose "Ja" already reads the newest text."""
        self._asking = True
        try:
            return dialogs.ask_reload(self, names)
        finally:
            self._asking = False
            self._reload_timer.stop()
            self._changed_files = set()


def _folder(path: str) -> str:
    return os.path.dirname(os.path.abspath(path))


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_size, status.st_mtime_ns
