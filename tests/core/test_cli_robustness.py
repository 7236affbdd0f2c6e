"""`compare` and `outline` on what a tester feeds them: the same file twice, output names no
format has, hostile file names, a console without UTF-8, a pipe closed early, a full disk. Always one line on
stderr and a status, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OLD = ROOT / "resources" / "samples" / "kst-27925-597.txt"
NEW = ROOT / "resources" / "samples" / "kst-27925-597-demo-bewerkt.txt"


def run(*args: str | bytes, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def one_error_line(result: subprocess.CompletedProcess[str], status: int) -> str:
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_the_same_file_twice_is_refused(tmp_path: Path) -> None:
    letter = tmp_path / "brief.txt"
    letter.write_bytes(OLD.read_bytes())
    symlink, hardlink = tmp_path / "link.txt", tmp_path / "hard.txt"
    symlink.symlink_to(letter)
    os.link(letter, hardlink)
    for other in (letter, tmp_path / "." / "brief.txt", symlink, hardlink):
        line = one_error_line(run("compare", str(letter), str(other)), 2)
        assert "hetzelfde bestand" in line and str(letter) in line
    line = one_error_line(run("compare", str(symlink), str(letter), "--lang", "en"), 2)
    assert line.startswith("error: ") and "the same file" in line


@pytest.mark.parametrize("name", ["x.pdf", "x.docx", "X.PDF", "rapport.odt"])
def test_an_output_extension_no_format_has_is_refused(tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    line = one_error_line(run("compare", str(OLD), str(NEW), "-o", str(out)), 2)
    assert name in line and ".html" in line and ".csv" in line and "--format" in line
    assert list(tmp_path.iterdir()) == []
    # asked for explicitly, the format is the user's choice whatever the name
    assert run("compare", str(OLD), str(NEW), "-o", str(out), "--format", "html").returncode == 0
    assert out.read_bytes().startswith(b"<!DOCTYPE html>")


@pytest.mark.parametrize("kind", ["missing", "existing"])
def test_an_output_that_names_a_folder_is_refused(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "uitvoer"
    if kind == "existing":
        folder.mkdir()
    line = one_error_line(run("compare", str(OLD), str(NEW), "-o", f"{folder}{os.sep}", "--json"), 2)
    assert "map" in line
    assert [p.name for p in tmp_path.iterdir()] == (["uitvoer"] if kind == "existing" else [])
    if kind == "existing":
        assert list(folder.iterdir()) == []


def test_an_absurd_size_limit_is_one_line() -> None:
    line = one_error_line(run("outline", str(OLD), env={"BRIEFVERGELIJKER_MAX_BYTES": "100000000000"}), 3)
    assert "BRIEFVERGELIJKER_MAX_BYTES" in line and str(OLD) in line


@pytest.mark.parametrize("setting", ["100MB", "100 MB", "1,5 MB"])
def test_a_size_limit_with_a_unit_is_taken(setting: str) -> None:
    result = run("outline", str(OLD), env={"BRIEFVERGELIJKER_MAX_BYTES": setting})
    assert result.returncode == 0 and not result.stderr


def test_a_size_limit_that_is_no_size_is_one_line() -> None:
    line = one_error_line(run("outline", str(OLD), env={"BRIEFVERGELIJKER_MAX_BYTES": "100 stuks"}), 3)
    assert line.startswith(f"fout: {OLD}: BRIEFVERGELIJKER_MAX_BYTES=100 stuks is geen bruikbare grens")


@pytest.mark.skipif(sys.platform != "linux", reason="file names as bytes are a POSIX matter")
@pytest.mark.parametrize("fmt", ["html", "json", "csv", "txt"])
def test_a_file_name_that_is_not_utf8(tmp_path: Path, fmt: str) -> None:
    name = os.fsdecode(os.fsencode(str(tmp_path)) + b"/brief\xff.txt")
    shutil.copyfile(OLD, name)
    out = tmp_path / f"uit.{fmt}"
    result = run("compare", str(OLD), name, "-o", str(out))
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    written = out.read_text("utf-8-sig")  # the CSV names no file: it only has to be written
    assert fmt == "csv" or "brief\ufffd.txt" in written
    result = run("outline", name)
    assert result.returncode == 0 and "brief\ufffd.txt" in result.stdout


def test_a_console_without_utf8() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    for args in (("compare", str(OLD), str(NEW)), ("outline", str(OLD))):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, cwd=ROOT, env=env)
        assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
        assert "ë".encode("cp1252") in result.stdout


def test_a_pipe_closed_early_ends_quietly(tmp_path: Path) -> None:
    # an outline far longer than a pipe's buffer, read two lines of: `outline BIG | head -2`
    letter = tmp_path / "groot.txt"
    letter.write_text("".join(f"Kop {i}\n\nAlinea {i} van de brief.\n\n" for i in range(30_000)), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "outline", str(letter)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0
    assert error == ""


def test_a_control_character_in_a_file_name_stays_on_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "regel\neen\x1b[31m.txt"
    bad.write_bytes(b"")
    line = one_error_line(run("outline", str(bad)), 3)
    assert "regel\\neen\\x1b[31m.txt" in line and "leeg" in line


def test_outline_speaks_english_when_asked() -> None:
    result = run("outline", str(OLD), "--lang", "en")
    assert result.returncode == 0
    assert "title:" in result.stdout and "words" in result.stdout and "date:" in result.stdout
    assert "woorden" not in result.stdout and "titel" not in result.stdout
    assert "woorden" in run("outline", str(OLD)).stdout


def _run_into(stdout: int, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("compare", str(OLD), str(NEW)), "standaarduitvoer: kan niet geschreven worden"),
        (("compare", "--json", str(OLD), str(NEW), "--lang", "en"), "standard output: cannot be written"),
        (("outline", str(OLD)), "standaarduitvoer: kan niet geschreven worden"),
    ],
)
def test_a_full_disk_on_standard_output_is_one_line(args: tuple[str, ...], words: str) -> None:
    # `compare A B > /dev/full` gave a traceback and status 1; `-o /dev/full` already said it in a line
    with open("/dev/full", "w") as full:
        line = one_error_line(_run_into(full.fileno(), *args), 4)
    assert words in line


@pytest.mark.skipif(sys.platform == "win32", reason="closing a child's standard output is a POSIX matter")
def test_a_closed_standard_output_is_one_line() -> None:
    # `outline brief.txt >&-`: Python starts without sys.stdout
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "outline", str(OLD)],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        timeout=120,
        preexec_fn=lambda: os.close(1),  # in the child, before main.py starts
    )
    assert "standaarduitvoer" in one_error_line(result, 4)
