"""Start loading and comparing before Qt is even imported, in a helper process (Qt-free on purpose).

Importing PySide6 and building the window take about as long as reading and comparing two
letters. A thread cannot overlap the two: importing Qt's extension modules holds the GIL, so
the comparison would wait for the window anyway. A helper process runs on another core: it is
this same program started with the hidden command `_prefetch OLD NEW` (handoff.py), which writes
the pickled outcome to its standard output; a thread here waits for it and completes a Future.
The worker (worker.py) adopts that Future, so generations, errors and signals work as for any
request. Whenever the helper cannot deliver (it cannot start, it dies, its output is not what
we expect), the same comparison runs here instead: the helper only ever makes things faster.
"""

from __future__ import annotations

import atexit
import subprocess
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.gui.handoff import COMMAND, compare_files, read_outcome

if TYPE_CHECKING:
    from concurrent.futures import Future

    from viewer.core.comparison import Comparison

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLES = ROOT / "resources" / "samples"
DEMO = (SAMPLES / "kst-27925-597.txt", SAMPLES / "kst-27925-597-demo-bewerkt.txt")


def child_command(old_path: str, new_path: str) -> list[str]:
    if getattr(sys, "frozen", False):  # the packaged program: its own executable takes the command
        return [sys.executable, COMMAND, old_path, new_path]
    boot = f"import sys; sys.path.insert(0, {str(ROOT)!r}); from viewer.cli import main; sys.exit(main())"
    return [sys.executable, "-c", boot, COMMAND, old_path, new_path]


def _spawn(old_path: str, new_path: str) -> subprocess.Popen[bytes] | None:
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console window flashes up
    try:
        return subprocess.Popen(
            child_command(old_path, new_path),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # a failing helper is redone here, where its error is reported
            creationflags=flags,
        )
    except (OSError, ValueError):
        return None


def _collect(process: subprocess.Popen[bytes] | None, old_path: str, new_path: str, future: Future[Comparison]) -> None:
    try:
        comparison = None
        if process is not None:
            # what unpickling needs, loaded while the helper works, so the hand-over itself is quick
            import viewer.core.comparison  # noqa: F401

            data, _ = process.communicate()  # waits without holding the GIL
            if process.returncode == 0:
                comparison = read_outcome(data)
        if comparison is None:
            comparison = compare_files(old_path, new_path)
    except BaseException as error:  # a LoadError for the user, or a bug to show with its traceback
        future.set_exception(error)
    else:
        future.set_result(comparison)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:  # the viewer closed before a long comparison finished: nobody will read it
        process.kill()


def start(old_path: str, new_path: str, *, use_helper: bool = True) -> Future[Comparison]:
    """Begin comparing the two files now; the Future holds the Comparison or raises its LoadError."""
    process = _spawn(old_path, new_path) if use_helper else None
    if process is not None:
        atexit.register(_stop, process)
    from concurrent.futures import Future  # after the spawn: the helper need not wait for this import

    future: Future[Comparison] = Future()
    future.set_running_or_notify_cancel()
    thread = threading.Thread(target=_collect, args=(process, old_path, new_path, future), name="prefetch")
    thread.daemon = True  # closing the window early must not wait for a comparison nobody will see
    thread.start()
    return future
