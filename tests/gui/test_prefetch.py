"""The helper process that compares while Qt loads (gui/prefetch.py, gui/handoff.py): same result, errors, fallbacks."""

from __future__ import annotations

import io
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.core.errors import LoadError
from viewer.core.export.json_export import dumps
from viewer.gui import handoff, prefetch

ROOT = Path(__file__).resolve().parent.parent.parent
OLD, NEW = (str(p) for p in prefetch.DEMO)


@pytest.fixture(scope="module")
def expected() -> str:
    return dumps(handoff.compare_files(OLD, NEW))


@pytest.fixture
def outcomes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records what the parent made of each helper's output: 'comparison', 'unusable' or 'load-error'."""
    seen: list[str] = []
    real = prefetch.read_outcome

    def recording(data: bytes):  # type: ignore[no-untyped-def]
        try:
            result = real(data)
        except LoadError:
            seen.append("load-error")
            raise
        seen.append("unusable" if result is None else "comparison")
        return result

    monkeypatch.setattr(prefetch, "read_outcome", recording)
    return seen


def test_the_helper_hands_over_the_same_comparison(expected: str, outcomes: list[str]) -> None:
    comparison = prefetch.start(OLD, NEW).result(timeout=60)
    assert outcomes == ["comparison"]  # it came from the helper, not from the fallback
    assert dumps(comparison) == expected


def test_a_bad_file_comes_back_as_the_load_error_naming_it(tmp_path: Path, outcomes: list[str]) -> None:
    missing = tmp_path / "weg.txt"
    with pytest.raises(LoadError) as caught:
        prefetch.start(OLD, str(missing)).result(timeout=60)
    assert outcomes == ["load-error"]
    assert caught.value.path == str(missing)
    assert str(missing) in str(caught.value)


def test_a_size_limit_that_is_no_size_comes_back_as_the_load_error(
    monkeypatch: pytest.MonkeyPatch, outcomes: list[str]
) -> None:
    # the viewer says what the command line says, not a silent 50 MB
    monkeypatch.setenv("BRIEFVERGELIJKER_MAX_BYTES", "100 stuks")
    with pytest.raises(LoadError) as caught:
        prefetch.start(OLD, NEW).result(timeout=60)
    assert outcomes == ["load-error"]
    assert "BRIEFVERGELIJKER_MAX_BYTES=100 stuks is geen bruikbare grens" in str(caught.value)


@pytest.mark.parametrize(
    "command",
    [
        ["/nonexistent/briefvergelijker"],  # cannot start
        [sys.executable, "-c", "import sys; sys.exit(1)"],  # dies
        [sys.executable, "-c", "print('hello')"],  # says something else
    ],
    ids=["cannot-start", "dies", "stray-output"],
)
def test_when_the_helper_fails_the_comparison_runs_here(
    command: list[str], expected: str, outcomes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prefetch, "child_command", lambda old, new: command)
    assert dumps(prefetch.start(OLD, NEW).result(timeout=60)) == expected
    assert outcomes in ([], ["unusable"])  # never taken for a comparison


def test_without_the_helper_the_comparison_runs_here(expected: str, outcomes: list[str]) -> None:
    assert dumps(prefetch.start(OLD, NEW, use_helper=False).result(timeout=60)) == expected
    assert outcomes == []


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello\n",
        handoff.TAG + b"not a pickle",
        handoff.TAG + pickle.dumps(("ok",)),
        handoff.TAG + pickle.dumps(["ok", 1]),
        pickle.dumps(("ok", 1)),  # untagged
    ],
)
def test_output_that_is_not_an_outcome_is_refused(data: bytes) -> None:
    assert handoff.read_outcome(data) is None


def test_the_helper_command_writes_a_tagged_outcome_and_loads_no_qt(expected: str) -> None:
    script = (
        "import io, sys; sys.path.insert(0, sys.argv[1]); from viewer.gui import handoff; out = io.BytesIO(); "
        "code = handoff.serve(sys.argv[2:], out); sys.stdout.buffer.write(out.getvalue()); "
        "sys.stderr.write(str(sorted(m for m in sys.modules if m.startswith('PySide6')))); sys.exit(code)"
    )
    run = subprocess.run([sys.executable, "-c", script, str(ROOT), OLD, NEW], capture_output=True, timeout=60)
    assert run.returncode == 0
    assert run.stderr.decode() == "[]"  # the helper never loads Qt
    assert run.stdout.startswith(handoff.TAG)
    comparison = handoff.read_outcome(run.stdout)
    assert comparison is not None and dumps(comparison) == expected


def test_the_hidden_command_runs_through_main_and_checks_its_arguments() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "_prefetch", OLD, NEW], capture_output=True, timeout=60
    )
    assert run.returncode == 0 and run.stdout.startswith(handoff.TAG)
    wrong = subprocess.run([sys.executable, str(ROOT / "main.py"), "_prefetch", OLD], capture_output=True, timeout=60)
    assert wrong.returncode == 2 and wrong.stdout == b""
    assert len(wrong.stderr.decode().strip().splitlines()) == 1


def test_serve_reports_a_load_error_as_its_parts(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    out = io.BytesIO()
    assert handoff.serve([OLD, str(empty)], out) == 0
    with pytest.raises(LoadError) as caught:
        handoff.read_outcome(out.getvalue())
    assert caught.value.path == str(empty)
    # both languages come across: an English window shows the English words
    assert caught.value.problem == "bestand is leeg" and caught.value.problem_en == "the file is empty"


def test_a_helper_still_running_when_the_viewer_exits_is_stopped(tmp_path: Path) -> None:
    # a viewer process that starts a helper which would run for a minute, then exits at once
    script = (
        "import sys, time; sys.path.insert(0, sys.argv[1]); from viewer.gui import prefetch; "
        "prefetch.child_command = lambda old, new: [sys.executable, '-c', 'import time; time.sleep(60)']; "
        "spawn = prefetch._spawn; "
        "prefetch._spawn = lambda old, new: print(p := spawn(old, new), p.pid, flush=True) or p; "
        "prefetch.start(sys.argv[2], sys.argv[3])"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(ROOT), OLD, NEW], capture_output=True, text=True, timeout=30
    )
    assert run.returncode == 0, run.stderr
    pid = int(run.stdout.split()[-1])
    assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]


def test_a_helper_without_standard_output_declines(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    assert handoff.serve([OLD, NEW]) == 1
