"""Run an installed program the way a clerk's desktop would: offscreen, in a throw-away HOME, and inside a
network namespace that has no network (`unshare --net`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING))

import appinfo  # noqa: E402
import slim  # noqa: E402, F401 (re-exported for the tests)
from build import elf_files  # noqa: E402, F401 (re-exported for the tests)

SAMPLES = ("kst-27925-597.txt", "kst-27925-597-demo-bewerkt.txt")
SCHEMA = ROOT / "resources" / "contract" / "comparison.schema.json"


@dataclass(frozen=True)
class Built:
    info: appinfo.AppInfo
    folder: Path  # the PyInstaller one-folder build, as /opt/NAME holds it
    deb: Path
    tar: Path


def gui_ready() -> bool:
    """The GUI steps run once the viewer exists and `--screenshot` is an option of main.py."""
    cli = ROOT / "viewer" / "cli.py"
    return (ROOT / "viewer" / "gui" / "app.py").is_file() and "--screenshot" in cli.read_text(encoding="utf-8")


def _namespace_problem() -> str | None:
    if shutil.which("unshare") is None:
        return "unshare (util-linux) is missing"
    probe = subprocess.run(["unshare", "--net", "true"], capture_output=True, text=True, check=False)
    if probe.returncode != 0:
        return f"this kernel or user may not create a network namespace: {probe.stderr.strip()}"
    return None


NAMESPACE_PROBLEM = _namespace_problem()


def app_env(home: Path, scratch: Path) -> dict[str, str]:
    """The environment of a clerk's session, minus the display: offscreen Qt, a fresh HOME, and the
    config, cache and runtime folders outside HOME (so that HOME holds only what the installer wrote)."""
    keep = {"PATH", "LANG", "LC_ALL", "TZ"}
    env = {key: value for key, value in os.environ.items() if key in keep}
    for name in ("config", "cache", "runtime"):
        (scratch / name).mkdir(parents=True, exist_ok=True)
    (scratch / "runtime").chmod(0o700)
    env |= {
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(scratch / "config"),
        "XDG_CACHE_HOME": str(scratch / "cache"),
        "XDG_RUNTIME_DIR": str(scratch / "runtime"),
    }
    return env


def run_offline(command: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run inside a network namespace with no interface up (when the kernel allows one, see test_offline)."""
    prefix = ["unshare", "--net"] if NAMESPACE_PROBLEM is None else []
    return subprocess.run(prefix + command, env=env, capture_output=True, text=True, timeout=timeout, check=False)
