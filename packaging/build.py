"""Build the installable packages: `python packaging/build.py` (what `make package` runs).

1. render the icon (PNG sizes for Linux, .ico for Windows) from resources/icons;
2. PyInstaller one-folder build from packaging/briefvergelijker.spec (slimmed, stripped);
3. licences of every bundled component into the folder's licenses/;
4. check the folder: every library it needs is either inside or a desktop library the .deb depends on,
   and no Qt network, QML or OpenGL library is in it;
5. Linux: a .deb (dpkg-deb; /opt/NAME, /usr/bin/NAME, menu entry, icons) and a .tar.gz with install.sh.

Output (default dist/): NAME/ (the folder), NAME_VERSION_ARCH.deb, NAME-VERSION-linux-ARCH.tar.gz.
On Windows it stops after step 3; packaging/windows/briefvergelijker.iss turns the folder into an installer.
Needs PyInstaller in this Python, and on Linux binutils (strip, readelf), dpkg-deb (in dpkg) and the
xcb-util libraries that the folder carries (see the README (section Packaging)).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import appinfo
import licenses
import slim
from appinfo import PACKAGING, ROOT, AppInfo

LINUX = sys.platform.startswith("linux")
WINDOWS = sys.platform == "win32"
LINUX_TOOLS = {"strip": "binutils", "readelf": "binutils", "dpkg-deb": "dpkg", "ldconfig": "libc-bin"}
STARTED = time.monotonic()


def log(message: str) -> None:
    print(f"[package {time.monotonic() - STARTED:5.1f} s] {message}", flush=True)


def check_prerequisites() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(f"PyInstaller is missing: {sys.executable} -m pip install -e '.[packaging]'") from None
    if not LINUX:
        return
    missing = sorted({package for tool, package in LINUX_TOOLS.items() if not shutil.which(tool)})
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    missing += sorted(
        package for soname, package in slim.BUNDLED_SYSTEM_LIBRARIES.items() if f"{soname} (" not in listing
    )
    if missing:
        raise SystemExit(f"missing on this machine: apt-get install {' '.join(missing)}")


def render_icons(info: AppInfo, work: Path) -> Path | None:
    if info.icon is None:
        log("no application icon in resources/icons: the packages go without one")
        return None
    out = work / "icons"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(PACKAGING / "render_icons.py"), str(info.icon), str(out)], check=True, env=env)
    return out


def pyinstaller(info: AppInfo, work: Path, dist: Path, icons: Path | None) -> Path:
    env = dict(os.environ)
    if icons is not None and WINDOWS:
        env["BRIEFVERGELIJKER_ICON"] = str(icons / "app.ico")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work / 'pyinstaller'}",
        str(PACKAGING / "briefvergelijker.spec"),
    ]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    return dist / info.name


def elf_files(folder: Path) -> list[Path]:
    files = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def needed_libraries(path: Path) -> tuple[list[str], list[str]]:
    """(NEEDED sonames, GLIBC_x.y versions required) of one ELF file, read by readelf."""
    dynamic = subprocess.run(["readelf", "-dV", "-W", str(path)], capture_output=True, text=True, check=True).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic)
    return needed, re.findall(r"Name: GLIBC_(\d+\.\d+)", dynamic)


def check_bundle(bundle: Path) -> list[str]:
    """Fail if the folder needs a library that is neither inside nor a known desktop library; return the
    Debian dependencies (with the glibc version the binaries need)."""
    elves = elf_files(bundle)
    inside = {path.name for path in bundle.rglob("*.so*")}
    packages: set[str] = set()
    unresolved: list[str] = []
    glibc = (2, 17)
    for path in elves:
        needed, versions = needed_libraries(path)
        for version in versions:
            glibc = max(glibc, tuple(map(int, version.split("."))))
        for soname in needed:
            if soname in inside:
                continue
            if soname in slim.SYSTEM_LIBRARIES:
                packages.add(slim.SYSTEM_LIBRARIES[soname])
            else:
                unresolved.append(f"{soname} (needed by {path.relative_to(bundle)})")
    if unresolved:
        raise SystemExit("libraries neither bundled nor known to slim.SYSTEM_LIBRARIES:\n  " + "\n  ".join(unresolved))
    forbidden = sorted(name for name in inside if slim.QT_LIBS_FORBIDDEN.search(name) or "QtNetwork" in name)
    if forbidden:
        raise SystemExit(f"the folder holds libraries the app must not ship: {forbidden}")
    packages.discard("libc6")
    return [f"libc6 (>= {glibc[0]}.{glibc[1]})", *sorted(packages)]


def desktop_entry(info: AppInfo, exec_: str, tryexec: str) -> str:
    text = (PACKAGING / "linux" / f"{info.name}.desktop.in").read_text(encoding="utf-8")
    fields = {"@APP_NAME@": info.app_name, "@COMMENT@": info.description, "@ICON@": info.name}
    fields |= {"@EXEC@": exec_, "@TRYEXEC@": tryexec}
    for key, value in fields.items():
        text = text.replace(key, value)
    return text


def add_icons(info: AppInfo, icons: Path | None, share: Path) -> None:
    if icons is None:
        return
    for png in icons.glob("*.png"):
        size = png.stem
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{info.name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
    if info.icon is not None and info.icon.suffix == ".svg":
        target = share / "icons" / "hicolor" / "scalable" / "apps" / f"{info.name}.svg"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(info.icon, target)


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def normalise_modes(root: Path) -> None:
    """Files 0644 (0755 when executable), folders 0755: the same whatever the builder's umask."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or os.access(path, os.X_OK):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def start_deb(
    info: AppInfo, bundle: Path, icons: Path | None, depends: list[str], work: Path, dist: Path
) -> tuple[subprocess.Popen[bytes], Path]:
    """Stage the package's tree and start dpkg-deb (xz takes half a minute: the archive is made meanwhile)."""
    root = work / "deb"
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / info.name
    shutil.copytree(bundle, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / info.name).symlink_to(f"/opt/{info.name}/{info.name}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{info.name}.desktop").write_text(
        desktop_entry(info, info.name, info.name), encoding="utf-8"
    )
    add_icons(info, icons, share)
    doc = share / "doc" / info.name
    doc.mkdir(parents=True)
    shutil.copyfile(bundle / "licenses" / "LICENSES.txt", doc / "copyright")
    normalise_modes(root)
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.parent.chmod(0o755)
    installed_kib = (folder_size(root) + 1023) // 1024
    control.write_text(
        f"Package: {info.name}\n"
        f"Version: {info.version}\n"
        f"Architecture: {info.deb_arch}\n"
        f"Maintainer: {info.maintainer}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: text\n"
        "Priority: optional\n"
        f"Description: {info.app_name}: {info.description.rstrip('.')}\n"
        " A desktop viewer and a command line (`briefvergelijker compare OLD NEW`) that work offline;\n"
        " the program never opens a network connection.\n",
        encoding="utf-8",
    )
    control.chmod(0o644)
    target = dist / info.deb_name
    # xz at its default level: -9 makes the package 2.5 % smaller and the build 30 % slower.
    command = ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL), target


def build_tar(info: AppInfo, bundle: Path, icons: Path | None, work: Path, dist: Path) -> Path:
    root = work / "tar" / info.tar_stem
    if root.parent.exists():
        shutil.rmtree(root.parent)
    shutil.copytree(bundle, root / info.name, symlinks=True)
    share = root / "share"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{info.name}.desktop.in").write_text(
        desktop_entry(info, "@EXEC@", "@TRYEXEC@"), encoding="utf-8"
    )
    add_icons(info, icons, share)
    for script in ("install.sh", "uninstall.sh"):
        text = (PACKAGING / "linux" / script).read_text(encoding="utf-8")
        for key, value in {"@NAME@": info.name, "@APP_NAME@": info.app_name, "@VERSION@": info.version}.items():
            text = text.replace(key, value)
        (root / script).write_text(text, encoding="utf-8")
        (root / script).chmod(0o755)
    normalise_modes(root)
    target = dist / f"{info.tar_stem}.tar.gz"

    def owned_by_root(member: tarfile.TarInfo) -> tarfile.TarInfo:
        member.uid = member.gid = 0
        member.uname = member.gname = "root"
        return member

    with tarfile.open(target, "w:gz", compresslevel=9) as archive:
        archive.add(root, arcname=info.tar_stem, filter=owned_by_root)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the packages go (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "packaging", help="scratch folder")
    parser.add_argument("--folder-only", action="store_true", help="stop after the checked one-folder build")
    args = parser.parse_args(argv)
    info = appinfo.load()
    check_prerequisites()
    dist, work = args.dist.resolve(), args.work.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)

    log(f"{info.app_name} {info.version}: icons")
    icons = render_icons(info, work)
    log("PyInstaller one-folder build")
    bundle = pyinstaller(info, work, dist, icons)
    log("licences")
    licenses.write(bundle, info)
    if not LINUX:
        log(f"done: {bundle}")
        return 0
    log("checking the folder's libraries")
    depends = check_bundle(bundle)
    outputs = [bundle]
    if not args.folder_only:
        log("Debian package and portable archive")
        dpkg_deb, deb = start_deb(info, bundle, icons, depends, work, dist)
        try:
            outputs.append(build_tar(info, bundle, icons, work, dist))
        finally:
            status = dpkg_deb.wait()
        if status != 0:
            raise SystemExit("dpkg-deb failed")
        outputs.append(deb)
    for output in outputs:
        size = folder_size(output) if output.is_dir() else output.stat().st_size
        log(f"{size / 1e6:7.1f} MB  {output}")
    log("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
