"""A fault of the program inside the event loop is shown, or ends a run without a reader; never lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from viewer.gui import dialogs
from viewer.gui.faults import FaultReporter

ROOT = Path(__file__).resolve().parent.parent.parent


def _broken_slot(message: str) -> None:
    raise RuntimeError(message)


@pytest.mark.qt_no_exception_capture
def test_a_fault_in_a_slot_shows_the_internal_error_box_once(empty_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[object, str]] = []
    monkeypatch.setattr(dialogs, "show_internal_error", lambda parent, trace: shown.append((parent, trace)))
    monkeypatch.setattr(sys, "stderr", open(os.devnull, "w"))  # noqa: SIM115  # closed with the test
    faults = FaultReporter(interactive=True, parent=lambda: empty_window)
    faults.install()
    try:
        QTimer.singleShot(0, lambda: _broken_slot("kapot"))
        qtbot.waitUntil(lambda: len(faults.faults) == 1)
        assert len(shown) == 1
        parent, trace = shown[0]
        assert parent is empty_window
        assert "RuntimeError: kapot" in trace and "_broken_slot" in trace
        # the same fault again (a paint handler's fault comes back on every paint): no second box
        QTimer.singleShot(0, lambda: _broken_slot("kapot"))
        qtbot.waitUntil(lambda: len(faults.faults) == 2)
        assert len(shown) == 1
        # another fault is another box
        QTimer.singleShot(0, lambda: [][1])
        qtbot.waitUntil(lambda: len(faults.faults) == 3)
        assert len(shown) == 2 and "IndexError" in shown[1][1]
        # and the window goes on working
        empty_window.commands.find.trigger()
        assert empty_window.isVisible() and empty_window.commands.open.isEnabled()
    finally:
        faults.uninstall()
        sys.stderr.close()
    assert sys.excepthook is not faults


def test_ctrl_c_is_left_to_python(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    passed = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: passed.append(info[0]))
    faults = FaultReporter(interactive=True, parent=lambda: None)
    faults.install()
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        faults.uninstall()
    assert passed == [KeyboardInterrupt] and faults.faults == []


def test_a_fault_in_a_slot_ends_a_screenshot_run_with_exit_1(tmp_path: Path) -> None:
    # the comparison is shown from a slot; failing there used to leave --screenshot waiting forever
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import viewer.gui.main_window as m\n"
        "def broken(self, *a, **k): raise RuntimeError('kapot in een slot')\n"
        "m.MainWindow.show_comparison = broken\n"
        "import viewer.cli; sys.exit(viewer.cli.main(['--demo', '--screenshot', sys.argv[2]]))\n"
    )
    picture = tmp_path / "venster.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script, str(ROOT), str(picture)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 1
    assert "RuntimeError: kapot in een slot" in result.stderr
    assert not picture.exists()
