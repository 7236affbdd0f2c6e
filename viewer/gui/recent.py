"""The recent comparisons as the menu and the start panel show them, and which letters are gone.

Whether a letter still exists is asked off the GUI thread: on an office desktop the letters often
live on a network drive, and asking about an unreachable share can take the system many seconds.
Until the answer comes, an entry is offered as it is; a pair whose letter was moved or deleted
then stays in sight, marked, so the list does not change under the reader, but is not offered.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

from viewer.gui.i18n import tr
from viewer.gui.settings import Settings


class RecentLetters(QObject):
    checked = Signal()  # `missing` is up to date for the pairs of the last `check`
    _found = Signal(object)  # from the checking thread: the set of missing paths

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.missing: set[str] = set()
        self._checking = False
        self._found.connect(self._update)

    def pairs(self) -> list[tuple[str, str]]:
        return self.settings.recent()

    def check(self) -> None:
        """Find out, in the background, which of the recent letters are gone; `checked` follows.
        While one check runs another is not started (a slow share would otherwise pile them up)."""
        if self._checking:
            return
        self._checking = True
        paths = sorted({path for pair in self.pairs() for path in pair})
        threading.Thread(target=self._look, args=(paths,), daemon=True, name="recent-check").start()

    def _look(self, paths: Iterable[str]) -> None:
        self._found.emit({path for path in paths if not os.path.exists(path)})

    def _update(self, missing: set[str]) -> None:
        self._checking = False
        self.missing = missing
        self.checked.emit()

    def entries(self) -> list[tuple[str, str, bool]]:
        """Each pair's label (with its Alt key), tooltip and whether it can be opened; pairs of the
        same file names in other folders ("brief.txt ↔ brief-2.txt" twice) say their folder."""
        pairs = self.pairs()
        names = [(os.path.basename(old), os.path.basename(new)) for old, new in pairs]
        twice = {name for name in names if names.count(name) > 1}
        return [
            self.entry(k + 1, old, new, os.path.dirname(new) if names[k] in twice else "")
            for k, (old, new) in enumerate(pairs)
        ]

    def entry(self, number: int, old: str, new: str, folder: str = "") -> tuple[str, str, bool]:
        """Label (with its Alt key), tooltip, and whether it can be opened."""
        gone = [path for path in (old, new) if path in self.missing]
        label = f"&{number}  {os.path.basename(old)} ↔ {os.path.basename(new)}"
        if folder:
            label += f"  ({_last_parts(folder)})"
        if gone:
            label += "  " + tr("(niet meer op schijf)")
        tooltip = "\n".join(f"{path}{'  ✗' if path in gone else ''}" for path in (old, new))
        return label, tooltip, not gone


def _last_parts(folder: str) -> str:
    """The last two parts of a folder ("…/brieven/2017"): enough to tell two apart, short enough for a menu."""
    parts = [part for part in folder.replace("\\", "/").split("/") if part]
    return "/".join(parts[-2:]) if parts else folder
