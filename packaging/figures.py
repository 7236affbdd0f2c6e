"""Print the packaging figures of issue #6: package sizes, and the start time of the installed program against
the start from source, both measured in this run on this machine.

    python packaging/figures.py [--dist dist] [--runs 5]      (after `make package`)

The installed program is the portable archive installed with its install.sh into a temporary HOME. Start time
is from launch to the comparison of the bundled pair drawn, offscreen (`--demo --exit-when-drawn`, or
`--screenshot` where that hidden flag is missing); the median of --runs runs after one warm-up run, the two
programs taking turns. `--version` and `compare` are timed the same way. Targets: .deb <= 40 MB, installed
folder <= 130 MB, installed start <= 1.2 x the start from source. This script measures; it judges only by
printing each target next to its figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import appinfo
from appinfo import ROOT

SAMPLES = ROOT / "resources" / "samples"
PAIR = (str(SAMPLES / "kst-27925-597.txt"), str(SAMPLES / "kst-27925-597-demo-bewerkt.txt"))


def folder_bytes(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if not path.is_dir())


def disk_bytes(folder: Path) -> int:
    return int(subprocess.run(["du", "-sk", str(folder)], capture_output=True, text=True).stdout.split()[0]) * 1024


def drawn_arguments(scratch: Path) -> tuple[list[str], str]:
    cli = (ROOT / "viewer" / "cli.py").read_text(encoding="utf-8")
    if "--exit-when-drawn" in cli:
        return ["--demo", "--exit-when-drawn"], "--demo --exit-when-drawn"
    if "--screenshot" in cli:
        return ["--demo", "--screenshot", str(scratch / "window.png")], "--demo --screenshot"
    return [], ""


def time_runs(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, list[float]]:
    """Median-ready timings; the commands take turns so that a busy moment of the machine hits both."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    for attempt in range(runs + 1):
        for label, command in commands.items():
            start = time.perf_counter()
            result = subprocess.run(command, env=env, capture_output=True, check=False)
            elapsed = time.perf_counter() - start
            if result.returncode != 0:
                raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr.decode(errors='replace')}")
            if attempt:  # the first run only warms the disk cache
                times[label].append(elapsed)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    info = appinfo.load()
    deb, tar, folder = args.dist / info.deb_name, args.dist / f"{info.tar_stem}.tar.gz", args.dist / info.name
    missing = [str(path) for path in (deb, tar, folder) if not path.exists()]
    if missing:
        raise SystemExit(f"not built yet ({', '.join(missing)}): run `make package` first")

    with tempfile.TemporaryDirectory(prefix="figures-") as temporary:
        scratch = Path(temporary)
        home = scratch / "home"
        home.mkdir()
        env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "XDG_"))}
        env |= {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(scratch / "config")}
        with tarfile.open(tar) as archive:
            archive.extractall(scratch, filter="tar")
        subprocess.run([str(scratch / info.tar_stem / "install.sh")], env=env, capture_output=True, check=True)
        installed = home / ".local" / "opt" / info.name
        program = str(installed / info.name)
        source = [sys.executable, str(ROOT / "main.py")]

        print(f"{info.app_name} {info.version} packages, measured {time.strftime('%Y-%m-%d %H:%M')} on {os.uname()[1]}")
        print(f"  .deb                {deb.stat().st_size / 1e6:7.1f} MB   (target <= 40 MB)")
        print(f"  .tar.gz             {tar.stat().st_size / 1e6:7.1f} MB")
        print(
            f"  installed folder    {folder_bytes(installed) / 1e6:7.1f} MB   (target <= 130 MB;"
            f" {disk_bytes(installed) / 1e6:.1f} MB on disk)"
        )

        drawn, drawn_label = drawn_arguments(scratch)
        cases = {"--version": ["--version"], "compare": ["compare", *PAIR, "--json"]}
        if drawn:
            cases[f"{drawn_label} (comparison drawn)"] = drawn
        print(f"start times, median of {args.runs} (installed vs. `python main.py` from source):")
        ratio = None
        for label, arguments in cases.items():
            times = time_runs({"installed": [program, *arguments], "source": [*source, *arguments]}, env, args.runs)
            installed_s, source_s = statistics.median(times["installed"]), statistics.median(times["source"])
            print(f"  {label:42} {installed_s:6.3f} s vs {source_s:6.3f} s   ratio {installed_s / source_s:5.2f}")
            ratio = installed_s / source_s if label.endswith("(comparison drawn)") else ratio
        if ratio is None:
            print("  (the viewer is not built yet: no start-to-drawn figure)")
        else:
            print(f"  target: installed start <= 1.2 x source: {'met' if ratio <= 1.2 else 'MISSED'} ({ratio:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
