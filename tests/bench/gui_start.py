"""GUI start benchmark: time from process start to the sample comparison drawn, against a bare PySide6 window.

    python tests/bench/gui_start.py [--repeat N]

Both are timed from outside with subprocess, start to exit, in the same run on the same machine:
- bare: a script that imports PySide6, shows an empty QMainWindow, paints it once and quits;
- app:  `main.py --demo --exit-when-drawn`, which loads and compares the bundled pair off the
  GUI thread, draws the panes, navigator and facts, paints the window once and quits.
Target (issue #5): app ≤ 2 × bare and under 1 s. Runs offscreen unless QT_QPA_PLATFORM is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1440, 900)
window.show()
def done():
    window.repaint()
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def timed(command: list[str], env: dict[str, str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    app_command = [sys.executable, str(ROOT / "main.py"), "--demo", "--exit-when-drawn"]
    bare_command = [sys.executable, "-c", BARE]
    # one warm-up each: the first run pays for the disk cache and byte-compiling
    timed(app_command, env, 1)
    timed(bare_command, env, 1)
    bare = timed(bare_command, env, args.repeat)
    app = timed(app_command, env, args.repeat)
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    print(f"GUI start, process start to first paint and exit, median of {args.repeat} ({env['QT_QPA_PLATFORM']}):")
    print(f"  bare PySide6 QMainWindow              {bare_median * 1000:8.1f} ms   (min {min(bare) * 1000:.1f})")
    print(f"  main.py --demo, comparison drawn      {app_median * 1000:8.1f} ms   (min {min(app) * 1000:.1f})")
    ratio = app_median / bare_median
    print(f"  ratio app / bare                      {ratio:8.2f}   (target <= 2.0)")
    print(f"  app under 1 s                         {'yes' if app_median < 1.0 else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
