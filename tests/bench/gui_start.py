"""GUI start benchmark: time from process start to the sample comparison drawn, against a bare PySide6 window.

    python tests/bench/gui_start.py [--repeat N]

Each is started from here with subprocess, in the same run on the same machine, and each prints
the monotonic clock at the moment its window has been painted:
- bare: a script that imports PySide6, shows an empty QMainWindow, paints it once and quits;
- app:  `main.py --demo --exit-when-drawn`, which loads and compares the bundled pair (in its
  helper process, gui/prefetch.py), shows it in the panes, navigator and facts, and prints once
  the window's first paint with the comparison is over, then quits.
- Qt alone: a window of the same kinds of widgets made by PySide6 without any code of ours (both
  letters in text views laid out in full, a tree of sections, a table of facts, a toolbar): what
  Qt itself needs for such a window, so the figures show how much of the target is left to our code.
"Drawn" is from just before the process is started to that paint; "exit" adds closing down.
The three are started in turn (bare, app, Qt alone, bare, ...), so that a machine getting busier or
quieter during the run weighs on all alike.
Target (issue #5): drawn, app ≤ 2 × bare and under 1 s. Runs offscreen unless QT_QPA_PLATFORM is set.
It also prints the app's phases, the moments the viewer reports with --exit-when-drawn: Qt and
app.py loaded (PySide6 and the first of our GUI modules imported), window built (the rest
imported and the window made), comparison shown (in the panes, navigator and facts), drawn.

The viewer's modules are byte-compiled first, as they are in the installed program: with
PYTHONDONTWRITEBYTECODE set (as on some CI machines), Python would otherwise compile every
module again on every start, which no user ever pays.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

# Both scripts end alike: the window shown, painted once, the moment printed, and quit.
DRAWN = """
window.show()
def done():
    window.repaint()
    print(f"drawn at {time.monotonic():.6f}", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

BARE = (
    """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1440, 900)
"""
    + DRAWN
)

# The same kinds of widgets as the viewer's window, made by PySide6 alone: both letters in read-only
# text views laid out in full (as lining up the panes needs), a tree of 34 sections, a table of 24
# facts, a toolbar and docks. No code of ours: what Qt itself needs to draw such a window, the floor
# under the app's time.
QT_ALONE = (
    """
import sys, time
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import (QApplication, QDockWidget, QMainWindow, QSplitter, QTableWidget,
    QTableWidgetItem, QTextEdit, QToolBar, QTreeWidget, QTreeWidgetItem)
app = QApplication([])
window = QMainWindow()
window.resize(1440, 900)
split = QSplitter()
for path in sys.argv[1:3]:
    pane = QTextEdit()
    pane.setReadOnly(True)
    pane.setPlainText(open(path, encoding="utf-8").read())
    split.addWidget(pane)
    pane.document().documentLayout().documentSize()
window.setCentralWidget(split)
tree = QTreeWidget()
for i in range(34):
    QTreeWidgetItem(tree, [f"Sectie {i}", "gewijzigd"])
dock = QDockWidget("Secties")
dock.setWidget(tree)
window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
table = QTableWidget(24, 5)
for row in range(24):
    for column in range(5):
        table.setItem(row, column, QTableWidgetItem(f"feit {row} {column}"))
dock = QDockWidget("Feiten")
dock.setWidget(table)
window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
toolbar = QToolBar()
for i in range(10):
    toolbar.addAction(f"Actie {i}")
window.addToolBar(toolbar)
"""
    + DRAWN
)


def timed(command: list[str], env: dict[str, str], phases: dict[str, list[float]] | None = None) -> tuple[float, float]:
    """Seconds from start to drawn, and from start to exit, of one run; the phases the viewer
    reports ("phase NAME at T") are added to `phases`, as seconds from start."""
    start = time.monotonic()
    run = subprocess.run(command, check=True, env=env, capture_output=True, text=True)
    exited = time.monotonic() - start
    stamps = [line.split()[-1] for line in run.stdout.splitlines() if line.startswith("drawn at ")]
    if not stamps:
        raise SystemExit(f"{command[1]}: printed no 'drawn at' line; stderr: {run.stderr.strip()[-300:]}")
    for line in run.stdout.splitlines():
        if line.startswith("phase ") and phases is not None:
            name, at = line[len("phase ") :].rsplit(" at ", 1)
            phases.setdefault(name, []).append(float(at) - start)
    return float(stamps[-1]) - start, exited


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args(argv)
    compileall.compile_dir(ROOT / "viewer", quiet=1)
    compileall.compile_file(ROOT / "main.py", quiet=1)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    app_command = [sys.executable, str(ROOT / "main.py"), "--demo", "--exit-when-drawn"]
    bare_command = [sys.executable, "-c", BARE]
    samples = ROOT / "resources" / "samples"
    letters = [str(samples / "kst-27925-597.txt"), str(samples / "kst-27925-597-demo-bewerkt.txt")]
    alone_command = [sys.executable, "-c", QT_ALONE, *letters]
    # one warm-up each: the first run pays for the disk cache
    timed(app_command, env)
    timed(bare_command, env)
    timed(alone_command, env)
    alone_drawn: list[float] = []
    alone_exit: list[float] = []
    bare_drawn: list[float] = []
    bare_exit: list[float] = []
    app_drawn: list[float] = []
    app_exit: list[float] = []
    phases: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        for command, drawn, exited in (
            (bare_command, bare_drawn, bare_exit),
            (app_command, app_drawn, app_exit),
            (alone_command, alone_drawn, alone_exit),
        ):
            at_drawn, at_exit = timed(command, env, phases if command is app_command else None)
            drawn.append(at_drawn)
            exited.append(at_exit)
    med = statistics.median
    print(f"GUI start, median of {args.repeat} ({env['QT_QPA_PLATFORM']}), in ms:")
    print("                                          drawn      (min)    exit")
    for name, drawn, exited in (
        ("bare PySide6 QMainWindow        ", bare_drawn, bare_exit),
        ("main.py --demo, comparison drawn", app_drawn, app_exit),
        ("Qt alone, such a window (floor) ", alone_drawn, alone_exit),
    ):
        print(f"  {name}  {med(drawn) * 1000:8.1f} {min(drawn) * 1000:8.1f} {med(exited) * 1000:8.1f}")
    ratio = med(app_drawn) / med(bare_drawn)
    print(f"  ratio app / bare, drawn           {ratio:8.2f}   (target <= 2.0)")
    print(f"  app drawn under 1 s               {'yes' if med(app_drawn) < 1.0 else 'NO'}")
    floor = med(alone_drawn) / med(bare_drawn)
    room = (2.0 * med(bare_drawn) - med(alone_drawn)) * 1000
    print(f"  ratio Qt alone / bare, drawn      {floor:8.2f}   (leaves {room:.0f} ms for our code under the target)")
    # where the app's time goes: the medians of its phases, ms from start, and each one's share
    print("app phases (median ms from start; the step from the phase before):")
    before = 0.0
    for name, times in [*phases.items(), ("comparison drawn", app_drawn)]:
        at = med(times) * 1000
        print(f"  {name:<24} {at:8.1f}   +{at - before:6.1f}")
        before = at
    return 0


if __name__ == "__main__":
    sys.exit(main())
