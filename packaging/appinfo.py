"""What the packages say about the application, read from pyproject.toml (one source for every recipe).

Used by the PyInstaller spec, the hooks, build.py and figures.py; it imports nothing outside the standard library.
"""

from __future__ import annotations

import platform
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
RESOURCES = ROOT / "resources"
ICON_DIR = RESOURCES / "icons"


@dataclass(frozen=True)
class AppInfo:
    name: str  # package and command name: briefvergelijker
    app_name: str  # what a person sees: Briefvergelijker
    version: str
    description: str
    license: str
    maintainer: str
    icon: Path | None  # resources/icons/{name,app}.{svg,png} unless pyproject names one
    dependencies: tuple[str, ...]  # distribution names of [project].dependencies

    @property
    def deb_arch(self) -> str:
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())

    @property
    def deb_name(self) -> str:
        return f"{self.name}_{self.version}_{self.deb_arch}.deb"

    @property
    def tar_stem(self) -> str:
        return f"{self.name}-{self.version}-linux-{platform.machine()}"


def _find_icon(name: str, configured: str | None) -> Path | None:
    if configured:
        path = ROOT / configured
        if not path.is_file():
            raise SystemExit(f"pyproject.toml names icon {configured!r}, which does not exist")
        return path
    for stem in (name, "app"):
        for suffix in (".svg", ".png"):
            candidate = ICON_DIR / f"{stem}{suffix}"
            if candidate.is_file():
                return candidate
    return None


def load(root: Path = ROOT) -> AppInfo:
    """Read [project] and the optional [tool.briefvergelijker.packaging] table (app-name, icon)."""
    with (root / "pyproject.toml").open("rb") as handle:
        data = tomllib.load(handle)
    project = data["project"]
    extra = data.get("tool", {}).get("briefvergelijker", {}).get("packaging", {})
    name = project["name"]
    authors = project.get("authors") or [{"name": name}]
    first = authors[0]
    maintainer = first.get("name", name) + (f" <{first['email']}>" if first.get("email") else "")
    return AppInfo(
        name=name,
        app_name=extra.get("app-name", name.capitalize()),
        version=project["version"],
        description=project["description"],
        license=project.get("license", "unknown"),
        maintainer=maintainer,
        icon=_find_icon(name, extra.get("icon")),
        dependencies=tuple(re.match(r"[A-Za-z0-9._-]+", dep).group() for dep in project.get("dependencies", [])),
    )


def normalize(distribution: str) -> str:
    """PEP 503 name: PySide6_Essentials and pyside6-essentials are the same distribution."""
    return re.sub(r"[-_.]+", "-", distribution).lower()
