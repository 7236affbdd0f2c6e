"""Load and compare off the GUI thread, one request at a time, the latest one winning.

A single-thread QThreadPool runs the jobs in order, so two requests never run at once. Each
request gets a generation number; starting a new one raises the generation, a job that sees
it is no longer current does not start, and a result of an old generation is dropped on
arrival. The steps a job takes (load, compare, pair the facts) are one call
(handoff.compare_files), which may already be running when the window starts. A user error
(LoadError) comes back as a message; anything else is a programming error
and comes back with its traceback, to be shown and not swallowed.
"""

from __future__ import annotations

import threading
import traceback
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from viewer.gui.handoff import compare_files

if TYPE_CHECKING:
    from viewer.core.comparison import Comparison
    from viewer.core.errors import LoadError


@dataclass(frozen=True)
class Request:
    generation: int
    old_path: str
    new_path: str


class _Signals(QObject):
    progress = Signal(int, str)
    done = Signal(int, object)
    failed = Signal(int, object)
    crashed = Signal(int, str)


class _Job(QRunnable):
    def __init__(
        self, request: Request, signals: _Signals, current: _Generation, prefetched: Future[Comparison] | None = None
    ) -> None:
        super().__init__()
        self.request = request
        self.signals = signals
        self.current = current
        self.prefetched = prefetched

    def _stale(self) -> bool:
        return self.current.value != self.request.generation

    def run(self) -> None:
        from viewer.core.errors import LoadError

        gen = self.request.generation
        try:
            if self._stale():
                return
            self.signals.progress.emit(gen, "compare")
            if self.prefetched is not None:
                comparison = self.prefetched.result()  # started before Qt was loaded (prefetch.py)
            else:
                comparison = compare_files(self.request.old_path, self.request.new_path)
            if not self._stale():
                self.signals.done.emit(gen, comparison)
        except LoadError as error:
            self.signals.failed.emit(gen, error)
        except Exception:
            self.signals.crashed.emit(gen, traceback.format_exc())


class _Generation:
    """The current request number, read by the worker thread and written by the GUI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = 0

    @property
    def value(self) -> int:
        with self._lock:
            return self._value

    def next(self) -> int:
        with self._lock:
            self._value += 1
            return self._value


class CompareRunner(QObject):
    """Start with `request(old, new)`; the signals carry only results of the latest request."""

    started = Signal(object)  # Request
    progress = Signal(str)  # "old", "new" or "compare"
    finished = Signal(object, object)  # Request, Comparison
    failed = Signal(object, object)  # Request, LoadError (its message in the window's language)
    crashed = Signal(object, str)  # Request, traceback

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.generation = _Generation()
        self.current: Request | None = None
        self._signals = _Signals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._signals.crashed.connect(self._on_crashed)

    def request(self, old_path: str, new_path: str, prefetched: Future[Comparison] | None = None) -> Request:
        """Compare two files; `prefetched` is the same comparison already running (prefetch.start)."""
        request = Request(self.generation.next(), old_path, new_path)
        self.current = request
        self.pool.start(_Job(request, self._signals, self.generation, prefetched))
        self.started.emit(request)
        return request

    def cancel(self) -> None:
        """Forget the running request: whatever it still produces is dropped."""
        self.generation.next()
        self.current = None

    @property
    def busy(self) -> bool:
        return self.current is not None

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)

    def _take(self, gen: int) -> Request | None:
        if self.current is None or gen != self.current.generation:
            return None  # an earlier request's result: superseded, ignored
        return self.current

    def _on_progress(self, gen: int, step: str) -> None:
        if self._take(gen) is not None:
            self.progress.emit(step)

    def _on_done(self, gen: int, comparison: Comparison) -> None:
        request = self._take(gen)
        if request is not None:
            self.current = None
            self.finished.emit(request, comparison)

    def _on_failed(self, gen: int, error: LoadError) -> None:
        request = self._take(gen)
        if request is not None:
            self.current = None
            self.failed.emit(request, error)

    def _on_crashed(self, gen: int, trace: str) -> None:
        request = self._take(gen)
        if request is not None:
            self.current = None
            self.crashed.emit(request, trace)
