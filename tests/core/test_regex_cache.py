"""The compiled-pattern cache: patterns the same as re.compile's, kept in a file, and any file
trouble costs only the time of compiling."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.core import regex_cache

ROOT = Path(__file__).resolve().parents[2]

PATTERNS: list[tuple[str | bytes, int]] = [
    (r"\b(?P<count>\d+)\s+militairen\b", 0),
    (r"(?i:ongeveer|circa)\s+(\d+)(?=\s)", re.IGNORECASE),
    (r"^\s*(?:Datum|Den Haag),?\s+(\d{1,2})\s+(januari|februari)\s+(\d{4})$", re.MULTILINE),
    (r"(?<![\w.])één(?!\w)|(?<=\s)twee\b", 0),
    (rb"/Filter\s*/(\w+)", 0),
    (r"[€$£]\s?\d{1,3}(?:\.\d{3})*(?:,\d+)?", 0),
]


def fresh_store(monkeypatch: pytest.MonkeyPatch, folder: Path | None) -> None:
    """A new process's cache, keeping its file in `folder` (None: no file)."""
    monkeypatch.setenv(regex_cache.ENV, "" if folder is None else str(folder))
    monkeypatch.setattr(regex_cache, "_STORE", regex_cache._Store())


def the_file(folder: Path) -> Path:
    [path] = folder.glob("patterns-*.bin")
    return path


def test_patterns_behave_as_re_compile(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fresh_store(monkeypatch, tmp_path)
    compiled = [regex_cache.compile(pattern, flags) for pattern, flags in PATTERNS]
    regex_cache._STORE.save()
    fresh_store(monkeypatch, tmp_path)  # a later process: every pattern from the file
    cached = [regex_cache.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert not regex_cache._STORE.added  # nothing compiled anew
    for (pattern, flags), first, again in zip(PATTERNS, compiled, cached, strict=True):
        # a pattern equals another only with the same pattern, flags and compiled code
        assert first == again == re.compile(pattern, flags)
        assert again.groupindex == re.compile(pattern, flags).groupindex
    assert cached[0].search("nu 155 militairen").group("count") == "155"  # type: ignore[union-attr]
    assert cached[1].search("CIRCA 40 ") is not None
    assert cached[4].search(b"<< /Filter /LZWDecode >>").group(1) == b"LZWDecode"  # type: ignore[union-attr]


def test_every_pattern_of_the_program_is_the_one_re_compiles(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Run in a new process, twice (compiling, then from the file): the program's own patterns."""
    env = {**os.environ, regex_cache.ENV: str(tmp_path)}
    script = """
import re, sys
from viewer.core import regex_cache
import viewer.cli, viewer.core.compare, viewer.core.load, viewer.core.facts.evaluate
from viewer.core.load import pdftext
store = regex_cache._STORE
assert len(store.compiled) > 150, len(store.compiled)
for (pattern, flags), built in store.compiled.items():
    assert built == re.compile(pattern, flags), pattern
print(len(store.compiled), store.added)
"""
    first = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert first.stdout.split()[1] == "True"  # compiled, and the file written at exit
    again = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert again.stdout.split() == [first.stdout.split()[0], "False"]  # every one from the file


def test_a_damaged_file_is_compiled_around_and_replaced(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fresh_store(monkeypatch, tmp_path)
    regex_cache.compile(*PATTERNS[0])
    regex_cache._STORE.save()
    path = the_file(tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x55
    path.write_bytes(bytes(data))
    fresh_store(monkeypatch, tmp_path)
    assert regex_cache.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    assert regex_cache._STORE.added  # the damaged file held nothing
    regex_cache._STORE.save()
    fresh_store(monkeypatch, tmp_path)
    regex_cache.compile(*PATTERNS[0])
    assert not regex_cache._STORE.added  # written whole again


@pytest.mark.parametrize("content", [b"", b"\x00" * 3, b"not a cache at all", os.urandom(4096)])
def test_a_file_of_anything_else_is_ignored(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: bytes) -> None:
    fresh_store(monkeypatch, tmp_path)
    (tmp_path / regex_cache._file_name()).write_bytes(content)
    assert [regex_cache.compile(p, f) for p, f in PATTERNS] == [re.compile(p, f) for p, f in PATTERNS]


def test_code_the_engine_refuses_is_compiled_anew(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A file whose checksum holds but whose code is not the engine's (written by hand, say)."""
    fresh_store(monkeypatch, tmp_path)
    pattern, flags = PATTERNS[0]
    entry = regex_cache._entry(pattern, flags)
    store = regex_cache._STORE
    store.load()
    assert store.entries is not None
    store.entries[(pattern, flags)] = (entry[0], b"\xff\xff\xff\xff" * 3, *entry[2:])
    store.added = True
    store.save()
    fresh_store(monkeypatch, tmp_path)
    assert regex_cache.compile(pattern, flags) == re.compile(pattern, flags)
    assert regex_cache._STORE.added


def test_no_folder_or_an_unwritable_one_only_costs_time(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fresh_store(monkeypatch, None)
    assert regex_cache.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
    regex_cache._STORE.save()
    blocked = tmp_path / "a file where the folder should be"
    blocked.write_text("x")
    fresh_store(monkeypatch, blocked / "cache")
    assert regex_cache.compile(*PATTERNS[1]) == re.compile(*PATTERNS[1])
    regex_cache._STORE.save()  # cannot write: no error, no file
    assert blocked.read_text() == "x"
    assert not list(tmp_path.glob("**/.patterns*"))


def test_a_bad_pattern_raises_as_re_compile_does(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fresh_store(monkeypatch, tmp_path)
    with pytest.raises(re.error):
        regex_cache.compile(r"(unclosed")
    assert not regex_cache._STORE.added


def test_the_default_folder_is_the_users_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(regex_cache.ENV)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert regex_cache.cache_dir() == tmp_path / "briefvergelijker"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/not/allowed")
    (tmp_path / "home").mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert regex_cache.cache_dir() == tmp_path / "home" / ".cache" / "briefvergelijker"
    monkeypatch.setenv("XDG_CACHE_HOME", "/")  # not a folder of the user's: HOME's
    assert regex_cache.cache_dir() == tmp_path / "home" / ".cache" / "briefvergelijker"
    monkeypatch.setenv("HOME", str(tmp_path / "not there"))  # a service account's: no folder made
    assert regex_cache.cache_dir() is None
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    assert regex_cache.cache_dir() == tmp_path / "local" / "Briefvergelijker" / "cache"


def test_a_pipe_a_device_or_a_huge_file_in_its_place_is_not_read(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Neither a wait for a pipe's writer, nor gigabytes read from /dev/zero or a sparse file."""
    name = regex_cache._file_name()
    for kind in ("fifo", "device", "huge"):
        folder = tmp_path / kind
        folder.mkdir()
        if kind == "fifo":
            os.mkfifo(folder / name)
        elif kind == "device":
            (folder / name).symlink_to("/dev/zero")
        else:
            with open(folder / name, "wb") as huge:
                huge.truncate(regex_cache._MAX_BYTES + 1)
        fresh_store(monkeypatch, folder)
        assert regex_cache.compile(*PATTERNS[0]) == re.compile(*PATTERNS[0])
        assert regex_cache._STORE.entries == {(PATTERNS[0][0], PATTERNS[0][1]): regex_cache._STORE.entries[PATTERNS[0]]}


def test_entries_of_the_wrong_shape_are_left_out(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A file that passes its checksum but holds what the engine must not be given (here: a group
    count one short of its group names) is read without those entries, and compiled anew."""
    pattern, flags = PATTERNS[0]  # one named group
    good = regex_cache._entry(pattern, flags)
    bad = {
        (pattern, flags): (good[0], good[1], good[2] - 1, good[3], good[4]),
        ("b", 0): (0, b"", 0, {}, (None,)),  # no code
        ("c", 0): (0, b"\x01\x00\x00", 0, {}, (None,)),  # not whole code units
        ("d", 0): (0, b"\x01\x00\x00\x00", 1, {"x": 2}, (None, "x")),  # a name past the groups
        ("e", 0): "not an entry",
        ("f",): (0, b"\x01\x00\x00\x00", 0, {}, (None,)),
    }
    regex_cache._write(tmp_path / regex_cache._file_name(), bad)  # type: ignore[arg-type]
    assert regex_cache._read(tmp_path / regex_cache._file_name()) == {}
    fresh_store(monkeypatch, tmp_path)
    built = regex_cache.compile(pattern, flags)
    assert built == re.compile(pattern, flags) and regex_cache._STORE.added


def test_a_process_keeps_what_another_wrote_meanwhile(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The viewer and its comparison helper each write the patterns they compiled: neither's are lost."""
    fresh_store(monkeypatch, tmp_path)
    first = regex_cache._STORE
    regex_cache.compile(*PATTERNS[0])
    first.load()
    fresh_store(monkeypatch, tmp_path)
    regex_cache.compile(*PATTERNS[1])
    regex_cache._STORE.save()  # the other process ends first
    first.save()
    kept = regex_cache._read(the_file(tmp_path))
    assert {(str(p), f) for p, f in PATTERNS[:2]} <= {(str(p), f) for p, f in kept}


def test_temporary_files_are_new_and_stale_ones_go(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A temporary file of a process killed while writing (an hour old) goes at the next start, even
    when nothing is written then; another process's fresh one, and files not named so, stay."""
    path = tmp_path / regex_cache._file_name()
    regex_cache._write(path, {PATTERNS[0]: regex_cache._entry(*PATTERNS[0])})
    written = path.read_bytes()
    stale = tmp_path / f".{path.name}.1234.0123456789ab.tmp"
    recent = tmp_path / f".{path.name}.5678.ba9876543210.tmp"
    others = [tmp_path / f".{path.name}.my notes.tmp", tmp_path / f".{path.name}..tmp"]
    for file in (stale, recent, *others):
        file.write_bytes(b"left behind")
    old = os.stat(stale).st_mtime - 2 * regex_cache._STALE_SECONDS
    for file in (stale, *others):
        os.utime(file, (old, old))
    fresh_store(monkeypatch, tmp_path)
    regex_cache.compile(*PATTERNS[0])  # from the file: nothing new to write
    regex_cache._STORE.save()
    assert path.read_bytes() == written
    assert not stale.exists() and recent.exists() and all(file.exists() for file in others)


def test_a_relative_or_missing_home_keeps_no_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(regex_cache.ENV, "relative/folder")
    assert regex_cache.cache_dir() is None
    monkeypatch.delenv(regex_cache.ENV)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    for home in ("", "/", "/..", "relative"):
        monkeypatch.setenv("HOME", home)
        assert regex_cache.cache_dir() is None

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert regex_cache.cache_dir() is None


def test_patterns_made_from_what_a_letter_holds_are_not_kept() -> None:
    """A PDF's object numbers make patterns of their own: those never go into the cache (it would
    fill with them). The find bar's words are tested in tests/gui/test_find.py."""
    from viewer.core.load import pdf_dict

    before = set(regex_cache._STORE.compiled)
    assert pdf_dict._object(b"1 0 obj << /Type /Catalog >> endobj", b"1", b"0")
    assert set(regex_cache._STORE.compiled) == before
