"""Regular expressions compiled once per user and kept between runs, as Python keeps compiled modules.

Python's `re` parses and compiles a pattern in pure Python at every start of a process. The facts'
patterns (country names, troop nouns, commitment verbs) take about 30 ms to compile: a quarter of
the command line's run and of the helper that compares the letters while the window is built. The
regex engine itself (`_sre`) builds a pattern from its compiled code in microseconds, and checks
that code before it accepts it, so the code is kept in a file in the user's cache folder and the
pattern rebuilt from it at the next start.

The file is a cache and nothing more: it is keyed by the Python version and the engine's format
number, checked by a checksum, and anything wrong with it (missing, unreadable, corrupt, from another
Python, a folder without write access, a full disk) means the patterns are compiled as usual. It is
written (to a temporary file, then renamed) at the end of a process that compiled a pattern it did
not hold; set BRIEFVERGELIJKER_CACHE_DIR to keep it elsewhere, or to an empty value for no file.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import threading
import zlib
from array import array
from pathlib import Path
from typing import Any, AnyStr

try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # another Python's engine: compile as usual
    _sre = None

ENV = "BRIEFVERGELIJKER_CACHE_DIR"
# Beyond this the file holds many patterns of earlier versions of the program: start afresh
_MAX_BYTES = 8 << 20
_CHECK = 4  # bytes of the CRC-32 of the rest, in front

# (pattern, flags) -> what `_sre.compile` takes after the pattern: flags, code (as the bytes of an
# array: marshal reads those at once, a list of ints one by one), groups, group names
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str | bytes, int]


def cache_dir() -> Path | None:
    """The folder for the file, or None where there is none to use."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base, "Briefvergelijker", "cache") if base else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "Briefvergelijker"
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg if xdg and os.path.isabs(xdg) else Path.home() / ".cache", "briefvergelijker")


def _file_name() -> str:
    version = ".".join(map(str, sys.version_info[:3]))
    engine = f"{getattr(_sre, 'MAGIC', 0)}-{getattr(_sre, 'CODESIZE', 0)}"
    return f"patterns-{sys.implementation.cache_tag}-{version}-{engine}-{sys.byteorder}.bin"


class _Store:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.entries: dict[Key, Entry] | None = None
        self.compiled: dict[Key, re.Pattern[Any]] = {}
        self.added = False
        self.path: Path | None = None

    def load(self) -> dict[Key, Entry]:
        if self.entries is None:
            self.entries = {}
            folder = cache_dir()
            if folder is not None and _sre is not None and getattr(_sre, "CODESIZE", 0) == array(_CODE).itemsize:
                self.path = folder / _file_name()
                self.entries = _read(self.path)
                atexit.register(self.save)
        return self.entries

    def save(self) -> None:
        with self.lock:
            if not self.added or self.path is None or self.entries is None:
                return
            self.added = False
            _write(self.path, self.entries)


def _read(path: Path) -> dict[Key, Entry]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    check, payload = data[:_CHECK], data[_CHECK:]
    if len(data) > _MAX_BYTES or zlib.crc32(payload).to_bytes(_CHECK, "little") != check:
        return {}
    try:
        entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _write(path: Path, entries: dict[Key, Entry]) -> None:
    try:
        payload = marshal.dumps(entries)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # one per process: two never share one
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(zlib.crc32(payload).to_bytes(_CHECK, "little"))
                out.write(payload)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):
        pass  # no cache this time: the next start compiles again


_STORE = _Store()
_CODE = "I"  # the engine's code units are 4 bytes (its CODESIZE, in the file's name)


def _entry(pattern: str | bytes, flags: int) -> Entry:
    """`re._compiler.compile`, stopping short of building the pattern."""
    parsed = _parser.parse(pattern, flags)
    code = array(_CODE, _compiler._code(parsed, flags)).tobytes()
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)


def _build(pattern: AnyStr, entry: Entry) -> re.Pattern[AnyStr]:
    flags, code, groups, groupindex, indexgroup = entry
    ops = array(_CODE, code).tolist()
    built: re.Pattern[AnyStr] = _sre.compile(pattern, flags, ops, groups, groupindex, indexgroup)
    return built


def compile(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """`re.compile(pattern, flags)`, from the cache where it holds the pattern."""
    flags = int(flags)
    key = (pattern, flags)
    with _STORE.lock:
        done: re.Pattern[AnyStr] | None = _STORE.compiled.get(key)
        if done is not None:
            return done
        entries = _STORE.load()
        if _STORE.path is None:  # no file to keep them in
            return re.compile(pattern, flags)
        entry = entries.get(key)
        built = None
        if entry is not None:
            try:
                built = _build(pattern, entry)
            except Exception:  # code the engine refuses: a file damaged in a way the checksum missed
                entries.pop(key, None)
        if built is None:
            entry = _entry(pattern, flags)  # a bad pattern raises re.error here, as re.compile does
            try:
                built = _build(pattern, entry)
            except Exception:  # an engine that takes its code otherwise: compile as usual
                return re.compile(pattern, flags)
            entries[key] = entry
            _STORE.added = True
        _STORE.compiled[key] = built
        return built
