"""`main.py compare` and `outline` as a user runs them: real processes, real files."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import lxml.html
import pytest

from viewer import cli

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


def test_same_letter_prints_no_section_lines(tmp_path: Path) -> None:
    copy = tmp_path / "kopie.txt"
    copy.write_bytes(OLD.read_bytes())
    result = run("compare", str(OLD), str(copy))
    assert result.returncode == 0
    assert "Geen verschillen in de tekst." in result.stdout


@pytest.mark.parametrize(
    ("args", "status", "needle"),
    [
        (("compare",), 2, "ontbreken: OUD, NIEUW"),
        (("compare", "a.txt"), 2, "ontbreken: NIEUW"),
        (("compare", "--lang", "en"), 2, "required: OLD, NEW"),
        (("compare", "--bogus", "a", "b"), 2, "--bogus"),
        (("compare", "/nonexistent/old.txt", str(NEW)), 3, "/nonexistent/old.txt"),
        (("compare", str(OLD), str(ROOT / "resources")), 3, "map"),
        (("outline", "/nonexistent/x.txt"), 3, "/nonexistent/x.txt"),
        (("compare", str(OLD), str(NEW), "--json", "--format", "csv"), 2, "--json"),
        (("compare", str(OLD), str(NEW), "--format", "csv", "--json", "-o", "/nonexistent/x.json"), 2, "--format csv"),
        (("compare", str(OLD), str(NEW), "--format", "pdf"), 2, "ongeldige keuze 'pdf'"),
        (("compare", str(OLD), str(ROOT / "resources"), "--lang", "en"), 3, "error: "),
        (("outline", "/nonexistent/x.txt", "--lang=en"), 3, "x.txt: file not found"),
        (("only-one-letter.txt", "--screenshot", "x.png"), 2, "geef beide brieven"),
        (("only-one-letter.txt", "--demo"), 2, "--demo"),
    ],
)
def test_errors_are_one_line_with_a_status(args: tuple[str, ...], status: int, needle: str) -> None:
    result = run(*args)
    assert result.returncode == status
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0]
    assert "Traceback" not in result.stderr


def test_format_html_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "x.html"
    result = run("compare", str(OLD), str(NEW), "--format", "html", "-o", str(out))
    assert result.returncode == 0 and result.stdout == "" and result.stderr == ""
    page = lxml.html.document_fromstring(out.read_text("utf-8"))
    assert page.get("lang") == "nl"
    assert page.get_element_by_id("title").text_content().startswith("Vergelijking: kst-27925-597.txt, nr. 597")
    assert "180 militairen" in page.get_element_by_id("facts").text_content()
    assert [p.name for p in tmp_path.iterdir()] == ["x.html"]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("x.csv", "csv"), ("X.HTM", "html"), ("x.json", "json"), ("x.txt", "text"), ("uitvoer", "text")],
)
def test_the_output_files_extension_picks_the_format(tmp_path: Path, name: str, fmt: str) -> None:
    out = tmp_path / name
    result = run("compare", str(OLD), str(NEW), "-o", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    starts = {
        "csv": "\ufeffkind;status;old;new;".encode(),
        "html": b'<!DOCTYPE html>\n<html lang="en">',
        "json": b'{\n  "schema": "briefvergelijker/comparison/1"',
        "text": b"Comparison: ",
    }
    assert data.startswith(starts[fmt])


def test_csv_from_the_extension_is_the_facts_table(tmp_path: Path) -> None:
    out = tmp_path / "feiten.csv"
    assert run("compare", str(OLD), str(NEW), "-o", str(out)).returncode == 0
    data = out.read_bytes()
    assert data.startswith("\ufeffsoort;status;oud;nieuw;".encode()) and b"\r\n" in data
    assert b"\r\r" not in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    expected = json.loads(run("compare", str(OLD), str(NEW), "--json").stdout)
    assert len(rows) - 1 == len(expected["facts"])
    assert ["troepen", "gewijzigd", "155 militairen", "180 militairen"] in [row[:4] for row in rows]


def test_an_explicit_format_wins_over_the_extension(tmp_path: Path) -> None:
    out = tmp_path / "rapport.html"
    assert run("compare", str(OLD), str(NEW), "--format", "csv", "-o", str(out)).returncode == 0
    assert out.read_text("utf-8").startswith("\ufeffsoort;")
    assert run("compare", str(OLD), str(NEW), "--json", "-o", str(out)).returncode == 0
    jsonschema.validate(json.loads(out.read_text("utf-8")), SCHEMA)


def test_json_is_the_same_however_it_is_asked_for(tmp_path: Path) -> None:
    from viewer.core.compare import compare_documents
    from viewer.core.export.json_export import dumps
    from viewer.core.load import load_document

    expected = dumps(compare_documents(load_document(str(OLD)), load_document(str(NEW))))
    assert run("compare", str(OLD), str(NEW), "--json").stdout == expected
    assert run("compare", str(OLD), str(NEW), "--format", "json").stdout == expected
    assert run("compare", str(OLD), str(NEW), "--json", "--format", "json").stdout == expected
    out = tmp_path / "uit.json"
    assert run("compare", str(OLD), str(NEW), "-o", str(out)).returncode == 0
    assert out.read_text("utf-8") == expected


def test_html_and_csv_on_standard_output() -> None:
    html = run("compare", str(OLD), str(NEW), "--format", "html", "--lang", "en")
    assert html.returncode == 0 and html.stdout.startswith('<!DOCTYPE html>\n<html lang="en">')
    table = run("compare", str(OLD), str(NEW), "--format", "csv")
    assert table.returncode == 0 and table.stdout.startswith("\ufeffsoort;status;")


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


@pytest.mark.parametrize("options", [["--json"], ["--format", "html"], ["--format", "csv"]])
def test_compare_never_imports_qt(options: list[str]) -> None:
    code = (
        f"import sys, runpy; sys.argv=['main.py','compare',{str(OLD)!r},{str(NEW)!r},*{options!r}];"
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


def test_output_never_replaces_a_letter(tmp_path: Path) -> None:
    old, new = tmp_path / "oud.txt", tmp_path / "nieuw.txt"
    old.write_bytes(OLD.read_bytes())
    new.write_bytes(NEW.read_bytes())
    link = tmp_path / "link.txt"
    link.symlink_to(new)
    before = new.read_bytes()
    for target in (str(new), str(tmp_path / "." / "nieuw.txt"), str(link)):
        result = run("compare", str(old), str(new), "-o", target)
        assert result.returncode == 2, target
        assert len(result.stderr.strip().splitlines()) == 1 and "nooit overschreven" in result.stderr
    result = run("compare", str(old), str(link), "-o", str(old), "--json")
    assert result.returncode == 2
    assert new.read_bytes() == before and old.read_bytes() == OLD.read_bytes()
    assert link.is_symlink()


@pytest.mark.parametrize(
    ("args", "words", "absent"),
    [
        (("--help",), ("open het venster", "Afsluitstatus", "compare OUD NIEUW"), "open the window"),
        (("compare", "-h"), ("open het venster", "--format text|json|csv|html"), "Exit status"),
        (("--help", "--lang", "en"), ("open the window", "Exit status", "compare OLD NEW"), "Afsluitstatus"),
    ],
)
def test_help_speaks_dutch_unless_english_is_asked(args: tuple[str, ...], words: tuple[str, ...], absent: str) -> None:
    result = run(*args)
    assert result.returncode == 0 and result.stderr == ""
    assert all(word in result.stdout for word in words) and absent not in result.stdout


def test_a_load_error_is_in_one_language_at_a_time(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    dutch = run("compare", str(empty), str(NEW))
    english = run("compare", str(empty), str(NEW), "--lang", "en")
    assert dutch.returncode == english.returncode == 3
    assert dutch.stderr == f"fout: {empty}: bestand is leeg\n"
    assert english.stderr == f"error: {empty}: the file is empty\n"


@pytest.mark.parametrize(
    "args", [("--help",), ("compare", "--help"), ("--help", "--lang", "en"), ("outline", "-h", "--lang", "en")]
)
def test_the_installed_program_s_help_names_its_own_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    # packaged, the program is started as `briefvergelijker`: no Python and no main.py to type
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert cli.main(list(args)) == 0
    out = capsys.readouterr().out
    assert "main.py" not in out
    assert "    briefvergelijker compare " in out and "briefvergelijker --help" in out
    # and its error lines name the command too
    with pytest.raises(SystemExit) as exited:
        cli.main(["compare"])
    assert exited.value.code == cli.EXIT_USAGE
    assert capsys.readouterr().err.startswith("briefvergelijker compare: ")


def test_from_the_source_the_help_names_the_script(capsys: pytest.CaptureFixture[str]) -> None:
    assert not getattr(sys, "frozen", False)
    assert cli.main(["--help"]) == 0
    assert "    python main.py compare OUD NIEUW" in capsys.readouterr().out
