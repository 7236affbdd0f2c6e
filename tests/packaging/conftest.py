"""Build the packages once per test session (about a minute), for every test under tests/packaging/."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest
from installed_app import PACKAGING, Built, appinfo


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux packages are built and tested on Linux only")
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed here: pip install -e '.[packaging]'")
    out = tmp_path_factory.mktemp("package")
    command = [sys.executable, str(PACKAGING / "build.py"), "--dist", str(out / "dist"), "--work", str(out / "work")]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"build failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    info = appinfo.load()
    return Built(info, out / "dist" / info.name, out / "dist" / info.deb_name, out / "dist" / f"{info.tar_stem}.tar.gz")
