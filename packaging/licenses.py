"""Put the licence of every bundled component into the package's licenses/ folder, with an overview.

Texts are copied, never written here: from each distribution's metadata (dist-info licence files), from
CPython's LICENSE.txt, from PyInstaller's COPYING.txt (its bootloader starts the app), from Debian's copyright
file for the few system libraries the bundle carries, and from packaging/third-party-licenses/ for the LGPL and
GPL texts that the PySide6 and shiboken6 wheels do not carry (verbatim copies of Debian's
/usr/share/common-licenses). A component without any licence text fails the build.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass, field
from importlib.metadata import Distribution, PackageNotFoundError, distribution
from pathlib import Path

from appinfo import PACKAGING, AppInfo, normalize

THIRD_PARTY = PACKAGING / "third-party-licenses"
LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS|COPYRIGHT)", re.I)
# The wheels of PySide6 and shiboken6 carry no licence file; they are offered under LGPL-3.0 (which builds on
# GPL-3.0, so both texts go along), or GPL-2.0/GPL-3.0. The app uses them under LGPL-3.0.
LGPL_DISTRIBUTIONS = {"pyside6-essentials", "pyside6", "shiboken6"}


@dataclass
class Component:
    name: str
    version: str
    licence: str
    files: list[Path] = field(default_factory=list)  # sources to copy
    note: str = ""


def _declared_licence(dist: Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    licence = meta.get("License") or ""
    if licence and len(licence) < 80:  # some put the whole text here; the file carries it then
        return licence
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers) or "see files"


def _licence_files(dist: Distribution) -> list[Path]:
    files = []
    for entry in dist.files or []:
        parts = Path(entry).parts
        in_metadata = parts[0].endswith(".dist-info")
        if in_metadata and (parts[1:2] == ("licenses",) or LICENCE_NAME.search(parts[-1])):
            files.append(Path(dist.locate_file(entry)))
    return sorted(path for path in files if path.is_file())


def runtime_distributions(info: AppInfo) -> list[Distribution]:
    """The project's runtime dependencies and theirs (markers evaluated, extras left out)."""
    from packaging.requirements import Requirement  # PyInstaller depends on `packaging`

    seen: dict[str, Distribution] = {}
    todo = list(info.dependencies)
    while todo:
        name = normalize(todo.pop())
        if name in seen:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            raise SystemExit(f"licences: {name} is a runtime dependency but is not installed") from None
        seen[name] = dist
        for requirement in map(Requirement, dist.requires or []):
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return sorted(seen.values(), key=lambda d: normalize(d.metadata["Name"]))


def python_components(info: AppInfo) -> list[Component]:
    components = []
    for dist in runtime_distributions(info):
        name = dist.metadata["Name"]
        component = Component(name, dist.version, _declared_licence(dist), _licence_files(dist))
        if normalize(name) in LGPL_DISTRIBUTIONS:
            component.licence = f"{component.licence} (used under LGPL-3.0)"
            component.files += [THIRD_PARTY / "LGPL-3.0.txt", THIRD_PARTY / "GPL-3.0.txt"]
            component.note = (
                "The wheel carries no licence file; LGPL-3.0 and GPL-3.0 are verbatim copies of Debian's "
                "/usr/share/common-licenses. The Qt libraries stay separate, replaceable shared libraries "
                "(_internal/PySide6/Qt/lib, _internal/PySide6/*.so); Qt's source: https://download.qt.io/."
            )
        if normalize(name) == "pyside6-essentials":
            icu = _pypdfium2_icu_text()
            if icu:
                component.files.append(icu)
            component.note += (
                " The wheel also ships ICU 73 (libicu*.so.73) without its licence; the ICU licence text (Unicode"
                " License V3) included here is the copy that pypdfium2 ships for the ICU inside PDFium."
                if icu
                else " The wheel also ships ICU 73 without its licence text."
            )
        components.append(component)
    return components


def _pypdfium2_icu_text() -> Path | None:
    try:
        dist = distribution("pypdfium2")
    except PackageNotFoundError:
        return None
    return next((path for path in _licence_files(dist) if path.name == "icu.txt"), None)


def interpreter_components() -> list[Component]:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    licence = next((p for p in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt") if p.is_file()), None)
    version = ".".join(map(str, sys.version_info[:3]))
    components = [Component("CPython", version, "PSF-2.0", [licence] if licence else [])]
    try:
        pyinstaller = distribution("pyinstaller")
        components.append(
            Component(
                "PyInstaller bootloader",
                pyinstaller.version,
                "GPL-2.0-or-later WITH Bootloader-exception",
                _licence_files(pyinstaller),
                "Only the bootloader (the `briefvergelijker` executable's start-up code) is in the package.",
            )
        )
    except PackageNotFoundError:
        pass
    return components


def _debian_package(soname: str) -> str | None:
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    match = re.search(rf"^\s*{re.escape(soname)} \(.*?\) => (\S+)$", listing, re.M)
    if not match:
        return None
    path = Path(match.group(1))
    candidates = {str(path), str(path.resolve())}
    candidates |= {c.removeprefix("/usr") if c.startswith("/usr/") else "/usr" + c for c in set(candidates)}
    for candidate in sorted(candidates):
        found = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False)
        if found.returncode == 0:
            return found.stdout.split(":", 1)[0]
    return None


def system_components(bundle_internal: Path) -> list[Component]:
    """Shared libraries the build copied from the build machine (top level of _internal, not Python's own)."""
    components = []
    for lib in sorted(bundle_internal.glob("lib*.so*")):
        if lib.is_symlink() or lib.name.startswith(("libpython", "libpyside6", "libshiboken6")):
            continue
        package = _debian_package(lib.name) if shutil.which("dpkg-query") else None
        copyright_file = Path(f"/usr/share/doc/{package}/copyright") if package else None
        version = ""
        if package:
            version = subprocess.run(
                ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True, check=False
            ).stdout
        components.append(
            Component(
                f"{lib.name} (Debian package {package or 'unknown'})",
                version,
                "see the Debian copyright file",
                [copyright_file] if copyright_file and copyright_file.is_file() else [],
            )
        )
    return components


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._+-]+", "-", name).strip("-")


def write(bundle: Path, info: AppInfo) -> Path:
    """Fill bundle/licenses/ and return the overview's path. Raises SystemExit if a component has no text."""
    target = bundle / "licenses"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir()
    components = interpreter_components() + python_components(info) + system_components(bundle / "_internal")
    missing = [c.name for c in components if not c.files]
    if missing:
        raise SystemExit(f"licences: no licence text found for {', '.join(missing)}")

    lines = [
        f"Licences of the components in {info.app_name} {info.version}",
        "",
        f"{info.app_name} itself: {info.license}.",
        "Each folder below holds the licence files as the component ships them (or, where it ships none,",
        "as the note says). Component, version, declared licence, folder:",
        "",
    ]
    for component in components:
        folder = target / _safe(f"{component.name.split(' ')[0]}-{component.version}")
        folder.mkdir(exist_ok=True)
        for source in component.files:
            destination = folder / source.name
            if destination.exists():  # two files of the same name (pypdfium2's Apache-2.0.txt twice)
                destination = folder / f"{source.parent.name}-{source.name}"
            shutil.copyfile(source, destination)
        lines.append(f"- {component.name} {component.version}: {component.licence}  [licenses/{folder.name}/]")
        if component.note:
            lines.append(f"    {component.note.strip()}")
    overview = target / "LICENSES.txt"
    overview.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return overview
