"""Reading the file itself: where it may not be read, how its size is stated, text under any name."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.core.errors import LoadError
from viewer.core.load import load_document
from viewer.core.load.source import DEFAULT_SIZE_LIMIT, SIZE_LIMIT_ENV

ROOT = Path(__file__).resolve().parents[3]


def _without_privileges() -> list[str] | None:
    """A command prefix that runs a program without the right to read whatever it likes: as is for
    a user, through setpriv for root (which reads any file while it keeps its capabilities)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    probe = subprocess.run([setpriv, "--inh-caps=-all", "--bounding-set=-all", "true"], capture_output=True)
    return [setpriv, "--inh-caps=-all", "--bounding-set=-all"] if probe.returncode == 0 else None


def test_a_file_in_a_folder_that_may_not_be_entered(tmp_path: Path, sample_path: Path) -> None:
    prefix = _without_privileges()
    if prefix is None:
        pytest.skip("root cannot drop its capabilities here (no setpriv)")
    folder = tmp_path / "op-slot"
    folder.mkdir()
    letter = folder / "brief.txt"
    letter.write_bytes(sample_path.read_bytes())
    folder.chmod(0)
    try:
        result = subprocess.run(
            [*prefix, sys.executable, str(ROOT / "main.py"), "outline", str(letter)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
    finally:
        folder.chmod(0o700)
    assert result.returncode == 3
    assert result.stderr == f"fout: {letter}: geen leesrechten\n"


def test_the_size_limit_is_stated_as_the_readme_states_it(tmp_path: Path) -> None:
    path = tmp_path / "groot.txt"
    with path.open("wb") as handle:
        handle.truncate(DEFAULT_SIZE_LIMIT + 3 * 1024 * 1024)  # sparse: nothing is written
    with pytest.raises(LoadError) as error:
        load_document(path)
    assert str(error.value).endswith("bestand is te groot: 53 MB, de grens is 50 MB")


def test_an_absurd_size_limit_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "brief.txt"
    path.write_text("Den Haag, 9 september 2016\n\nEen alinea.\n", encoding="utf-8")
    monkeypatch.setenv(SIZE_LIMIT_ENV, "100000000000")  # read(limit + 1) reserved 100 GB
    with pytest.raises(LoadError) as error:
        load_document(path)
    assert SIZE_LIMIT_ENV in str(error.value) and SIZE_LIMIT_ENV in error.value.message("en")
    monkeypatch.setenv(SIZE_LIMIT_ENV, str(1024**3))
    assert load_document(path).sections


@pytest.mark.parametrize(
    ("setting", "limit"),
    [
        ("100MB", "100 MB"),
        ("100 MB", "100 MB"),
        ("100M", "100 MB"),
        ("100 mb", "100 MB"),
        ("0,5 GB", "512 MB"),
        ("1.5 MiB", "1.5 MB"),
        ("1024 MB", "1024 MB"),
        ("40k", "40 kB"),
        ("40000", "39.1 kB"),
        (" 40000 ", "39.1 kB"),
    ],
)
def test_a_size_limit_in_bytes_or_with_a_unit_is_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str, limit: str
) -> None:
    path = tmp_path / "groot.txt"
    with path.open("wb") as handle:
        handle.truncate(1024**3 + 1)  # sparse: over every limit taken, and never read
    monkeypatch.setenv(SIZE_LIMIT_ENV, setting)
    with pytest.raises(LoadError) as error:
        load_document(path)
    assert str(error.value).endswith(f"bestand is te groot: 1024 MB, de grens is {limit}")


@pytest.mark.parametrize(
    "setting",
    ["abc", "-5", "0.01", "1e1", "0", "1,5", "100 stuks", "1,5 GB", "2G", "5 MB 5", "9" * 400 + "K", "9" * 310 + "MB"],
)
def test_a_size_limit_that_is_no_size_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str) -> None:
    # before: every one of these but 0 was passed over in silence, and the file read under 50 MB
    path = tmp_path / "brief.txt"
    path.write_text("Den Haag, 9 september 2016\n\nEen alinea.\n", encoding="utf-8")
    monkeypatch.setenv(SIZE_LIMIT_ENV, setting)
    with pytest.raises(LoadError) as error:
        load_document(path)
    assert str(error.value) == (
        f"{path}: {SIZE_LIMIT_ENV}={setting} is geen bruikbare grens: geef een aantal bytes of een grootte als "
        "100MB of 0,5 GB, tot 1024 MB"
    )
    assert f"{SIZE_LIMIT_ENV}={setting} is not a usable limit" in error.value.message("en")


@pytest.mark.parametrize("name", ["brief.html", "brief.xml", "brief.htm"])
def test_text_named_as_markup_is_read_as_text(tmp_path: Path, sample_path: Path, sample_doc, name: str) -> None:  # type: ignore[no-untyped-def]
    # the format is decided by content, as the README says, whatever the name
    path = tmp_path / name
    path.write_bytes(sample_path.read_bytes())
    doc = load_document(path)
    assert doc.meta.format == "text"
    assert doc.text == sample_doc.text
