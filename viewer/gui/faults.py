"""A fault of the program inside the event loop is shown to the clerk or ends the run, never lost.

PySide prints an exception raised in a slot or an event handler on stderr and carries on. A clerk
who started the program from the menu has no stderr: the command just did nothing, or a
comparison never appeared. And in the modes that exit on their own (--screenshot, --pdf,
--exit-when-drawn) a fault in a slot left the run waiting forever for a comparison that would
never be shown. So while the window runs, `sys.excepthook` is a FaultReporter:
- it writes the traceback on stderr, as before;
- in the window, it shows the internal-error box with the traceback as details: once per fault
  (one in a paint handler would raise a box per paint) and never a second box over the first;
- in a mode without a reader, it quits the application, and the run exits 1.
Ctrl+C in the terminal is left to Python's own handling.
"""

from __future__ import annotations

import contextlib
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from viewer.gui import dialogs


class FaultReporter:
    def __init__(self, interactive: bool, parent: Callable[[], QWidget | None]) -> None:
        self.interactive = interactive
        self.parent = parent
        self.faults: list[str] = []
        self._shown: set[tuple[str, str, int]] = set()
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, Exception):  # KeyboardInterrupt, SystemExit: Python's business
            self._previous(kind, value, tb)
            return
        trace = "".join(traceback.format_exception(kind, value, tb))
        self.faults.append(trace)
        with contextlib.suppress(OSError):  # no stderr (a pipe whose reader left): the box still shows
            sys.stderr.write(trace)
        if not self.interactive:
            app = QApplication.instance()
            if app is not None:
                app.exit(1)
            return
        last = traceback.extract_tb(tb)[-1] if tb is not None else None
        where = (kind.__name__, last.filename, last.lineno or 0) if last is not None else (kind.__name__, "", 0)
        if self._showing or where in self._shown:
            return
        self._shown.add(where)
        self._showing = True
        try:
            dialogs.show_internal_error(self.parent(), trace)
        finally:
            self._showing = False
