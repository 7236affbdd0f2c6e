"""`main.py compare` and `outline` as a user runs them: real processes, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[2]
OLD = ROOT / "resources" / "samples" / "kst-27925-597.txt"
NEW = ROOT / "resources" / "samples" / "kst-27925-597-demo-bewerkt.txt"
SCHEMA = json.loads((ROOT / "resources" / "contract" / "comparison.schema.json").read_text("utf-8"))


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_json_output_matches_the_contract() -> None:
    result = run("compare", str(OLD), str(NEW), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["summary"]["sections"]["removed"] == 1
    assert data["summary"]["sections"]["added"] == 1
    assert data["old"]["number"] == "597" and data["old"]["date"] == "2016-09-09"
    assert data["old"]["dossier"] == "27 925" and data["old"]["format"] == "text"
    statuses = {(s["old"] or s["new"])["heading"]: s["status"] for s in data["sections"]}
    assert statuses["Bevelsstructuur"] == "removed" and statuses["Libanon en Jordanië"] == "added"


def test_json_to_file_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    result = run("compare", str(OLD), str(NEW), "--json", "-o", str(out))
    assert result.returncode == 0 and result.stdout == ""
    jsonschema.validate(json.loads(out.read_text("utf-8")), SCHEMA)
    assert [p.name for p in tmp_path.iterdir()] == ["result.json"]  # no temporary file left behind


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="no /dev/stdout here")
def test_json_to_dev_stdout_goes_to_standard_output() -> None:
    """`-o /dev/stdout` is written to, not replaced by a renamed temporary file."""
    result = run("compare", str(OLD), str(NEW), "--json", "-o", "/dev/stdout")
    assert result.returncode == 0, result.stderr
    jsonschema.validate(json.loads(result.stdout), SCHEMA)


def test_readable_summary_lists_sections_that_changed() -> None:
    result = run("compare", str(OLD), str(NEW))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "verwijderd" in out and "Militaire aspecten / Bevelsstructuur" in out
    assert "hernoemd" in out and "Force protection Belgische F-16’s" in out
    assert "verplaatst" in out and "Regionale ontwikkelingen" in out
    english = run("compare", str(OLD), str(NEW), "--lang", "en").stdout
    assert "removed" in english and "renamed" in english


def test_same_letter_prints_no_section_lines() -> None:
    result = run("compare", str(OLD), str(OLD))
    assert result.returncode == 0
    assert "Geen verschillen in de tekst." in result.stdout


@pytest.mark.parametrize(
    ("args", "status", "needle"),
    [
        (("compare",), 2, "required"),
        (("compare", "a.txt"), 2, "required"),
        (("compare", "--bogus", "a", "b"), 2, "--bogus"),
        (("compare", "/nonexistent/old.txt", str(NEW)), 3, "/nonexistent/old.txt"),
        (("compare", str(OLD), str(ROOT / "resources")), 3, "map"),
        (("outline", "/nonexistent/x.txt"), 3, "/nonexistent/x.txt"),
    ],
)
def test_errors_are_one_line_with_a_status(args: tuple[str, ...], status: int, needle: str) -> None:
    result = run(*args)
    assert result.returncode == status
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0]
    assert "Traceback" not in result.stderr


def test_unwritable_output_is_one_line(tmp_path: Path) -> None:
    result = run("compare", str(OLD), str(NEW), "--json", "-o", str(tmp_path / "missing-dir" / "out.json"))
    assert result.returncode == 4
    assert len(result.stderr.strip().splitlines()) == 1 and "out.json" in result.stderr


def test_empty_and_binary_input(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "plaatje.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    for bad in (empty, binary):
        result = run("compare", str(bad), str(NEW))
        assert result.returncode == 3 and str(bad) in result.stderr and "Traceback" not in result.stderr


def test_compare_never_imports_qt() -> None:
    code = (
        f"import sys, runpy; sys.argv=['main.py','compare',{str(OLD)!r},{str(NEW)!r},'--json'];"
        "import io, contextlib\n"
        "buf=io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        f"    try: runpy.run_path({str(ROOT / 'main.py')!r}, run_name='__main__')\n"
        "    except SystemExit: pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6','shiboken6'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_outline_prints_nesting_and_metadata() -> None:
    result = run("outline", str(OLD))
    assert result.returncode == 0
    assert "nr.: 597" in result.stdout and "2016-09-09" in result.stdout
    assert "    Voortgang training Peshmerga" in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("Briefvergelijker ")
