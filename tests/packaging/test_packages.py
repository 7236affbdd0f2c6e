"""Issue #6: the one-folder build is slim and offline by construction, the .deb and the per-user archive install,
run without a network and uninstall without a trace. The build runs once (conftest.built, about a minute)."""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from installed_app import (
    NAMESPACE_PROBLEM,
    ROOT,
    SAMPLES,
    SCHEMA,
    Built,
    app_env,
    elf_files,
    gui_ready,
    run_offline,
    slim,
)

pytestmark = [pytest.mark.packaging, pytest.mark.slow]

GUI_NOT_READY = "the viewer is not built yet (viewer/gui/app.py and main.py --screenshot)"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def tree(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def check_cli(executable: Path, samples: Path, env: dict[str, str], scratch: Path, built: Built) -> None:
    """--version, and `compare --json` on the pair the package bundles, validated against the contract."""
    jsonschema = pytest.importorskip("jsonschema")
    version = run_offline([str(executable), "--version"], env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"{built.info.app_name} {built.info.version}"
    output = scratch / "comparison.json"
    compared = run_offline(
        [str(executable), "compare", str(samples / SAMPLES[0]), str(samples / SAMPLES[1]), "--json", "-o", str(output)],
        env,
    )
    assert compared.returncode == 0, compared.stderr
    comparison = json.loads(output.read_text(encoding="utf-8"))
    jsonschema.validate(comparison, json.loads(SCHEMA.read_text(encoding="utf-8")))
    # the report and the facts table: their renderers are imported only when asked for, so this checks
    # that the bundle holds them
    exports = (
        ("rapport.html", "<!DOCTYPE html>", "<ins>180</ins> militairen"),
        ("feiten.csv", "\ufeffsoort;status;oud;nieuw", ";155 militairen;180 militairen;"),
    )
    for name, start, planted in exports:
        exported = run_offline(
            [
                str(executable),
                "compare",
                str(samples / SAMPLES[0]),
                str(samples / SAMPLES[1]),
                "-o",
                str(scratch / name),
            ],
            env,
        )
        assert exported.returncode == 0, exported.stderr
        text = (scratch / name).read_text(encoding="utf-8")
        assert text.startswith(start) and planted in text, name


def check_gui(executable: Path, env: dict[str, str], scratch: Path) -> Path:
    """The viewer opens the bundled pair offscreen and saves a picture of the drawn comparison."""
    if not gui_ready():
        pytest.skip(GUI_NOT_READY)
    picture = scratch / "window.png"
    drawn = run_offline([str(executable), "--demo", "--screenshot", str(picture)], env)
    assert drawn.returncode == 0, drawn.stderr
    data = picture.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and len(data) > 10_000, f"{picture}: not a picture of a window"
    # printing is bundled too (QtPrintSupport was once left out of the frozen program)
    pdf = scratch / "afdruk.pdf"
    printed = run_offline([str(executable), "--demo", "--pdf", str(pdf)], env)
    assert printed.returncode == 0, printed.stderr
    document = pdfium.PdfDocument(str(pdf))
    try:
        text = "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()
    assert "180militairen" in "".join(text.split())
    return picture


# --- the folder itself -------------------------------------------------------------------------------------------


def test_no_qt_network_module_anywhere(built: Built) -> None:
    network = re.compile(r"Network|networkinformation|/tls/|WebEngine|QtQml|libQt6Qml|libQt6Quick", re.I)
    names = [name for name in tree(built.folder) if network.search(name)]
    assert not names, f"network-capable Qt parts in the bundle: {names}"
    for path in elf_files(built.folder):
        dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
        assert "libQt6Network" not in dynamic, f"{path} links QtNetwork"
    listing = subprocess.run(["dpkg-deb", "-c", str(built.deb)], capture_output=True, text=True, check=True).stdout
    assert "Network" not in listing
    with tarfile.open(built.tar) as archive:
        assert not [name for name in archive.getnames() if "Network" in name]


def test_only_the_qt_plugins_and_translations_a_desktop_needs(built: Built) -> None:
    qt = built.folder / "_internal" / "PySide6" / "Qt"
    plugins = {slim.plugin_id(str(path)) for path in (qt / "plugins").rglob("*.so")}
    assert plugins <= slim.plugins_kept(svg=True), f"unexpected plugins: {plugins - slim.plugins_kept(svg=True)}"
    for platform in ("xcb", "wayland", "offscreen", "minimal"):
        assert f"platforms/q{platform}" in plugins
    translations = sorted(path.name for path in (qt / "translations").iterdir())
    assert {"qtbase_nl.qm", "qtbase_en.qm"} <= set(translations)
    assert all(slim.TRANSLATIONS_KEPT.match(name) for name in translations), translations
    libraries = [path.name for path in built.folder.rglob("*Qt6*")]
    assert not [name for name in libraries if slim.QT_LIBS_FORBIDDEN.search(name)], libraries


def test_binaries_are_stripped(built: Built) -> None:
    unstripped = []
    for path in elf_files(built.folder):
        sections = subprocess.run(["readelf", "-S", "-W", str(path)], capture_output=True, text=True, check=True)
        if " .symtab " in sections.stdout:
            unstripped.append(str(path.relative_to(built.folder)))
    assert not unstripped, unstripped


def test_every_resource_is_bundled(built: Built) -> None:
    """Samples, the JSON contract, icons and the app's translations: where the viewer's code looks for them."""
    bundled = built.folder / "_internal" / "resources"
    missing = [name for name in tree(ROOT / "resources") if not (bundled / name).exists()]
    assert not missing, missing


def test_licences_of_every_component(built: Built) -> None:
    import licenses

    overview = (built.folder / "licenses" / "LICENSES.txt").read_text(encoding="utf-8")
    names = ["CPython", "PyInstaller", *(d.metadata["Name"] for d in licenses.runtime_distributions(built.info))]
    for name in names:
        assert re.search(rf"^- {re.escape(name)} ", overview, re.M), f"{name} is not in LICENSES.txt"
    for folder in re.findall(r"\[licenses/(.+?)/\]", overview):
        files = list((built.folder / "licenses" / folder).iterdir())
        assert files and all(path.stat().st_size > 0 for path in files), folder
    for lgpl in ("PySide6_Essentials", "shiboken6"):
        assert any(built.folder.glob(f"licenses/{lgpl}-*/LGPL-3.0.txt")), lgpl


def test_size_targets(built: Built) -> None:
    folder = sum(path.lstat().st_size for path in built.folder.rglob("*") if not path.is_dir())
    assert built.deb.stat().st_size <= 40e6, f".deb is {built.deb.stat().st_size / 1e6:.1f} MB (target 40)"
    assert folder <= 130e6, f"installed folder is {folder / 1e6:.1f} MB (target 130)"


def test_offline_namespace_has_no_network() -> None:
    if NAMESPACE_PROBLEM is not None:
        pytest.skip(f"programs run without a network namespace: {NAMESPACE_PROBLEM}")
    devices = run_offline(["cat", "/proc/net/dev"], {"PATH": os.environ["PATH"]})
    interfaces = {line.split(":")[0].strip() for line in devices.stdout.splitlines()[2:]}
    assert interfaces == {"lo"}
    route = run_offline(["cat", "/proc/net/route"], {"PATH": os.environ["PATH"]})
    assert len(route.stdout.strip().splitlines()) <= 1, "a route exists inside the namespace"


def test_no_internet_socket_while_running(built: Built, tmp_path: Path) -> None:
    """strace every socket() and connect() of `compare` and of the viewer drawing the demo pair: AF_UNIX is
    allowed (fontconfig, D-Bus, a display server), AF_INET and AF_INET6 are not."""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (apt-get install strace)")
    if subprocess.run(["strace", "-o", "/dev/null", "true"], capture_output=True, check=False).returncode != 0:
        pytest.skip("strace may not trace here (ptrace is forbidden)")
    executable = built.folder / built.info.name
    samples = built.folder / "_internal" / "resources" / "samples"
    runs = {"compare": ["compare", str(samples / SAMPLES[0]), str(samples / SAMPLES[1]), "--json"]}
    if gui_ready():
        runs["viewer"] = ["--demo", "--screenshot", str(tmp_path / "window.png")]
    env = app_env(tmp_path / "home", tmp_path / "session")
    (tmp_path / "home").mkdir()
    for label, arguments in runs.items():
        log = tmp_path / f"{label}.strace"
        traced = subprocess.run(
            ["strace", "-f", "-e", "trace=socket,connect", "-o", str(log), str(executable), *arguments],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert traced.returncode == 0, traced.stderr[-2000:]
        calls = [line for line in log.read_text().splitlines() if "socket(" in line or "connect(" in line]
        inet = [line for line in calls if re.search(r"AF_INET6?\b|PF_INET6?\b", line)]
        assert not inet, f"{label} opened internet sockets:\n" + "\n".join(inet)


def test_viewer_opens_a_real_x11_window(built: Built, tmp_path: Path) -> None:
    """On an X server (Xvfb) the xcb platform plugin loads with the xcb-util libraries the folder carries and the
    desktop libraries the .deb depends on, and the window is drawn."""
    if not gui_ready():
        pytest.skip(GUI_NOT_READY)
    if shutil.which("xvfb-run") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb xauth)")
    (tmp_path / "home").mkdir()
    env = app_env(tmp_path / "home", tmp_path / "session") | {"QT_QPA_PLATFORM": "xcb"}
    picture = tmp_path / "x11.png"
    server = ["xvfb-run", "--auto-servernum", "--server-args=-screen 0 1440x900x24 -nolisten tcp"]
    drawn = run_offline([*server, str(built.folder / built.info.name), "--demo", "--screenshot", str(picture)], env)
    assert drawn.returncode == 0, drawn.stderr[-2000:]
    assert picture.read_bytes().startswith(PNG_SIGNATURE) and picture.stat().st_size > 10_000


def test_headless_commands_never_load_qt(built: Built, tmp_path: Path) -> None:
    """`compare` and `--version` of the installed program open no Qt library (a run-time hook of ours, not
    PyInstaller's, registers Qt's paths only once the viewer imports Qt)."""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (apt-get install strace)")
    samples = built.folder / "_internal" / "resources" / "samples"
    (tmp_path / "home").mkdir()
    env = app_env(tmp_path / "home", tmp_path / "session")
    for arguments in (["--version"], ["compare", str(samples / SAMPLES[0]), str(samples / SAMPLES[1])]):
        log = tmp_path / "open.strace"
        command = ["strace", "-f", "-e", "trace=openat", "-o", str(log), str(built.folder / built.info.name)]
        traced = subprocess.run([*command, *arguments], env=env, capture_output=True, text=True, check=False)
        assert traced.returncode == 0, traced.stderr[-2000:]
        qt = [line for line in log.read_text().splitlines() if "libQt6" in line and "ENOENT" not in line]
        assert not qt, f"{arguments[0]} loads Qt:\n" + "\n".join(qt[:5])


def test_viewer_compares_in_its_helper_process_which_loads_no_qt(built: Built, tmp_path: Path) -> None:
    """The installed viewer starts itself as `_prefetch OLD NEW` to compare while Qt loads (gui/prefetch.py);
    that helper opens no Qt library, and its output is the comparison the source makes."""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (apt-get install strace)")
    from viewer.core.export.json_export import dumps
    from viewer.gui.handoff import TAG, compare_files, read_outcome

    executable = built.folder / built.info.name
    old, new = (str(built.folder / "_internal" / "resources" / "samples" / name) for name in SAMPLES)
    (tmp_path / "home").mkdir()
    env = app_env(tmp_path / "home", tmp_path / "session")
    log = tmp_path / "helper.strace"
    traced = subprocess.run(
        ["strace", "-f", "-e", "trace=openat", "-o", str(log), str(executable), "_prefetch", old, new],
        env=env,
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert traced.returncode == 0, traced.stderr[-2000:]
    assert traced.stdout.startswith(TAG)
    comparison = read_outcome(traced.stdout)
    assert comparison is not None and dumps(comparison) == dumps(compare_files(old, new))
    qt = [line for line in log.read_text().splitlines() if "libQt6" in line and "ENOENT" not in line]
    assert not qt, "the helper loads Qt:\n" + "\n".join(qt[:5])
    if gui_ready():
        log = tmp_path / "viewer.strace"
        command = [str(executable), "--demo", "--screenshot", str(tmp_path / "w.png")]
        drawn = subprocess.run(
            ["strace", "-f", "-e", "trace=execve", "-o", str(log), *command],
            env=env,
            capture_output=True,
            check=False,
            timeout=180,
        )
        assert drawn.returncode == 0, drawn.stderr[-2000:]
        assert any("execve(" in line and '"_prefetch"' in line for line in log.read_text().splitlines())


def test_installed_program_keeps_its_compiled_patterns(built: Built, tmp_path: Path) -> None:
    """The frozen program compiles its regular expressions once and keeps them in the user's cache
    (viewer/core/regex_cache.py); the next run builds every one from that file (and so writes none)."""
    samples = built.folder / "_internal" / "resources" / "samples"
    (tmp_path / "home").mkdir()
    env = app_env(tmp_path / "home", tmp_path / "session")
    command = [str(built.folder / built.info.name), "compare", str(samples / SAMPLES[0]), str(samples / SAMPLES[1])]
    first = subprocess.run([*command, "--json"], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert first.returncode == 0, first.stderr[-2000:]
    [kept] = (tmp_path / "session" / "cache" / "briefvergelijker").glob("patterns-*.bin")
    written = kept.read_bytes()
    assert len(written) > 10_000
    again = subprocess.run([*command, "--json"], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert again.returncode == 0, again.stderr[-2000:]
    assert again.stdout == first.stdout
    assert kept.read_bytes() == written
    assert not list(kept.parent.glob(".*.tmp"))


def test_installed_program_reads_every_format_as_the_source_does(built: Built, tmp_path: Path) -> None:
    """PDF (PDFium), Word (python-docx and its templates), XML and HTML (lxml) work in the bundle: the installed
    program's JSON for each pair is the one `python main.py compare` prints."""
    written = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).with_name("letters.py")),
            str(ROOT / "resources" / "samples" / SAMPLES[0]),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert written.returncode == 0, written.stderr
    data = ROOT / "tests" / "data"
    pairs = [
        (ROOT / "resources" / "samples" / SAMPLES[0], tmp_path / "letter.pdf"),
        (tmp_path / "letter.docx", tmp_path / "letter.pdf"),
        (data / "html" / "handgeschreven-voortgangsbrief.html", data / "xml" / "handgeschreven-voortgangsbrief.xml"),
    ]
    (tmp_path / "home").mkdir()
    env = app_env(tmp_path / "home", tmp_path / "session")
    for old, new in pairs:
        if not (old.exists() and new.exists()):
            continue
        arguments = ["compare", str(old), str(new), "--json"]
        installed = run_offline([str(built.folder / built.info.name), *arguments], env)
        source = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), *arguments], capture_output=True, text=True, check=False
        )
        assert installed.returncode == source.returncode == 0, installed.stderr + source.stderr
        assert installed.stdout == source.stdout, f"{old.name} -> {new.name}: the installed program differs"


# --- the .deb ----------------------------------------------------------------------------------------------------


@dataclass
class DebInstall:
    how: str  # "dpkg": installed into this machine with dpkg -i; "extract": unpacked with dpkg -x
    root: Path
    why: str = ""


def _installed(package: str) -> bool:
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
    return status.returncode == 0 and status.stdout.strip() == "install ok installed"


def _deb_mode(built: Built) -> tuple[str, str]:
    if os.geteuid() != 0:
        return "extract", "not root: dpkg -i is not allowed"
    if _installed(built.info.name):
        return "extract", f"{built.info.name} is installed on this machine already: left alone"
    depends = subprocess.run(["dpkg-deb", "-f", str(built.deb), "Depends"], capture_output=True, text=True, check=True)
    missing = [
        name
        for name in (part.split("(")[0].strip() for part in depends.stdout.split(","))
        if name and not _installed(name)
    ]
    if missing:
        return "extract", f"the .deb's dependencies are not installed: apt-get install {' '.join(missing)}"
    return "dpkg", ""


@pytest.fixture(scope="module")
def deb_install(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Iterator[DebInstall]:
    # one test run at a time may install the package into this machine (two sessions may test at once)
    lock = open(Path(tempfile.gettempdir()) / f"{built.info.name}-dpkg-test.lock", "w")  # noqa: SIM115
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        how, why = _deb_mode(built)
    except BlockingIOError:
        how, why = "extract", "another test run is installing the package with dpkg"
    if how == "dpkg":
        result = subprocess.run(["dpkg", "-i", str(built.deb)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
        install = DebInstall(how, Path("/"))
    else:
        root = tmp_path_factory.mktemp("deb-root")
        subprocess.run(["dpkg-deb", "-x", str(built.deb), str(root)], check=True)
        install = DebInstall(how, root, why)
    yield install
    if how == "dpkg" and _installed(built.info.name):
        subprocess.run(["dpkg", "-r", built.info.name], capture_output=True, check=False)
    lock.close()


def test_deb_metadata_and_layout(built: Built, deb_install: DebInstall) -> None:
    fields = {
        key: subprocess.run(["dpkg-deb", "-f", str(built.deb), key], capture_output=True, text=True).stdout.strip()
        for key in ("Package", "Version", "Architecture", "Depends")
    }
    assert fields["Package"] == built.info.name and fields["Version"] == built.info.version
    assert fields["Depends"].startswith("libc6 (>= ")
    name, root = built.info.name, deb_install.root
    assert os.access(root / "opt" / name / name, os.X_OK)
    assert os.readlink(root / "usr" / "bin" / name) == f"/opt/{name}/{name}"
    assert (root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{name}.png").is_file()
    assert (root / "usr" / "share" / "doc" / name / "copyright").is_file()
    desktop = root / "usr" / "share" / "applications" / f"{name}.desktop"
    assert f"Exec={name} %F" in desktop.read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is missing (apt-get install desktop-file-utils)")
    validated = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout


def _deb_program(built: Built, install: DebInstall) -> Path:
    # installed: the launcher on PATH; unpacked: the program itself (the launcher's link is absolute)
    name = built.info.name
    return Path("/usr/bin", name) if install.how == "dpkg" else install.root / "opt" / name / name


def test_deb_program_runs_offline(built: Built, deb_install: DebInstall, tmp_path: Path) -> None:
    (tmp_path / "home").mkdir()
    samples = deb_install.root / "opt" / built.info.name / "_internal" / "resources" / "samples"
    env = app_env(tmp_path / "home", tmp_path / "session")
    check_cli(_deb_program(built, deb_install), samples, env, tmp_path, built)


def test_deb_viewer_draws_offline(built: Built, deb_install: DebInstall, tmp_path: Path) -> None:
    (tmp_path / "home").mkdir()
    check_gui(_deb_program(built, deb_install), app_env(tmp_path / "home", tmp_path / "session"), tmp_path)


def test_deb_removal_leaves_nothing(built: Built, deb_install: DebInstall) -> None:
    if deb_install.how != "dpkg":
        pytest.skip(f"installed with dpkg -x only ({deb_install.why})")
    name = built.info.name
    removed = subprocess.run(["dpkg", "-r", name], capture_output=True, text=True, check=False)
    assert removed.returncode == 0, removed.stderr
    assert not _installed(name)
    listed = subprocess.run(["dpkg", "-L", name], capture_output=True, text=True, check=False)
    assert listed.returncode != 0 or not listed.stdout.strip(), listed.stdout
    paths = [f"/opt/{name}", f"/usr/bin/{name}", f"/usr/share/doc/{name}", f"/usr/share/applications/{name}.desktop"]
    leftovers = [path for path in paths if os.path.lexists(path)]
    leftovers += [str(path) for path in Path("/usr/share/icons/hicolor").rglob(f"{name}.*")]
    assert not leftovers, leftovers


# --- the per-user archive ----------------------------------------------------------------------------------------


@dataclass
class HomeInstall:
    home: Path
    data_home: Path
    env: dict[str, str]
    before: list[str]
    scratch: Path


def unpack(built: Built, where: Path) -> Path:
    with tarfile.open(built.tar) as archive:
        archive.extractall(where, filter="tar")
    return where / built.info.tar_stem


def install_for_user(built: Built, base: Path, data_home: Path | None) -> HomeInstall:
    home = base / "home of a clerk"  # a space, as some home folders have
    (home / ".local" / "bin").mkdir(parents=True)
    (home / ".local" / "bin" / "own-script").write_text("#!/bin/sh\n")  # the user's own: must survive
    before = tree(home)
    unpacked = unpack(built, base / "unpacked")
    env = app_env(home, base / "session")
    if data_home is not None:
        env["XDG_DATA_HOME"] = str(data_home)
    result = subprocess.run([str(unpacked / "install.sh")], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return HomeInstall(home, data_home or home / ".local" / "share", env, before, base / "session")


def uninstall_for_user(built: Built, install: HomeInstall) -> None:
    uninstaller = install.home / ".local" / "opt" / built.info.name / "uninstall.sh"
    result = subprocess.run([str(uninstaller)], env=install.env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert tree(install.home) == install.before


@pytest.fixture(scope="module")
def home_install(built: Built, tmp_path_factory: pytest.TempPathFactory) -> HomeInstall:
    base = tmp_path_factory.mktemp("user")
    return install_for_user(built, base, base / "home of a clerk" / "xdg data")


def test_archive_installs_into_home_and_xdg_data(built: Built, home_install: HomeInstall) -> None:
    name, home, data = built.info.name, home_install.home, home_install.data_home
    program = home / ".local" / "opt" / name / name
    assert os.access(program, os.X_OK)
    assert os.readlink(home / ".local" / "bin" / name) == str(program)
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{name}.svg").is_file()
    assert not (home / ".local" / "share").exists(), "XDG_DATA_HOME was set: nothing goes to ~/.local/share"
    desktop = data / "applications" / f"{name}.desktop"
    assert f'Exec="{program}" %F' in desktop.read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout


def test_archive_program_runs_offline(built: Built, home_install: HomeInstall, tmp_path: Path) -> None:
    launcher = home_install.home / ".local" / "bin" / built.info.name
    samples = home_install.home / ".local" / "opt" / built.info.name / "_internal" / "resources" / "samples"
    check_cli(launcher, samples, home_install.env, tmp_path, built)


def test_archive_viewer_draws_what_the_source_draws(built: Built, home_install: HomeInstall, tmp_path: Path) -> None:
    """The installed viewer finds its icons, translations and samples: its English window is the same picture,
    pixel for pixel, as the one `python main.py` draws from the source tree on this machine."""
    installed = check_gui(home_install.home / ".local" / "bin" / built.info.name, home_install.env, tmp_path)
    english = {}
    for label, command in (
        ("installed", [str(home_install.home / ".local" / "bin" / built.info.name)]),
        ("source", [sys.executable, str(ROOT / "main.py")]),
    ):
        picture = tmp_path / f"{label}-en.png"
        result = run_offline([*command, "--demo", "--lang", "en", "--screenshot", str(picture)], home_install.env)
        assert result.returncode == 0, result.stderr
        english[label] = picture.read_bytes()
    assert english["installed"] != installed.read_bytes(), "--lang en draws the Dutch window"
    assert english["installed"] == english["source"], f"the installed viewer draws differently (see {tmp_path})"


def test_archive_uninstall_leaves_nothing(built: Built, home_install: HomeInstall) -> None:
    uninstall_for_user(built, home_install)


def test_archive_default_locations_reinstall_and_uninstall(built: Built, tmp_path: Path) -> None:
    """Without XDG_DATA_HOME the menu entry goes to ~/.local/share; installing twice replaces the first."""
    install = install_for_user(built, tmp_path, None)
    name = built.info.name
    assert (install.home / ".local" / "share" / "applications" / f"{name}.desktop").is_file()
    again = subprocess.run(
        [str(tmp_path / "unpacked" / built.info.tar_stem / "install.sh")],
        env=install.env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    uninstall_for_user(built, install)
