"""Regular expressions compiled once per user and kept between runs, as Python keeps compiled modules.

Python's `re` parses and compiles a pattern in pure Python at every start of a process. The facts'
patterns (country names, troop nouns, commitment verbs) take about 30 ms to compile: a quarter of
the command line's run and of the helper that compares the letters while the window is built. The
regex engine itself (`_sre`) builds a pattern from its compiled code in microseconds, so the code
is kept in a file in the user's cache folder and the pattern rebuilt from it at the next start.

The file is a cache and nothing more: it is keyed by the Python version and the engine's format
number, checked by a checksum, and anything wrong with it (missing, unreadable, not a regular file,
too large, corrupt, of another shape, from another Python, a folder without write access, a full
disk) means the patterns are compiled as usual. It is written (to a new temporary file, then
renamed) at the end of a process that compiled a pattern it did not hold, merged with the file as
it stands then; a temporary file left by a process killed while writing goes at a later start.
Set BRIEFVERGELIJKER_CACHE_DIR to an absolute folder to keep it elsewhere, or to an empty value
for no file.

The checksum finds damage, not forgery: the engine checks compiled code only in part, and a file
made to pass the checksum with wrong code could make the program misread letters or crash. Whoever
can write the user's cache folder can change the user's programs and settings too, so the file is
trusted as those are. Only the program's own patterns go in it, never one made from what a user
typed or a letter holds (those use `re.compile`).
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import stat
import sys
import threading
import time
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
# Beyond this the file holds many patterns of earlier versions of the program (this one's take some
# 450 KB), and reading it would cost more than compiling: start afresh
_MAX_BYTES = 2 << 20
_CHECK = 4  # bytes of the CRC-32 of the rest, in front
_CODE = "I"  # the engine's code units are 4 bytes (its CODESIZE, in the file's name)
_STALE_SECONDS = 3600  # a temporary file this old was left by a process that died while writing

# (pattern, flags) -> what `_sre.compile` takes after the pattern: flags, code (as the bytes of an
# array: marshal reads those at once, a list of ints one by one), groups, group names
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str | bytes, int]


def cache_dir() -> Path | None:
    """The folder for the file, or None where there is none to use."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        # a relative folder would land wherever the program happens to be started
        return Path(chosen) if os.path.isabs(chosen) else None
    if sys.platform == "win32":
        base = _users_folder(os.environ.get("LOCALAPPDATA"))
        return base / "Briefvergelijker" / "cache" if base else None
    xdg = _users_folder(os.environ.get("XDG_CACHE_HOME"))
    if xdg is not None and sys.platform != "darwin":
        return xdg / "briefvergelijker"
    try:
        home = _users_folder(str(Path.home()))
    except (RuntimeError, KeyError):  # no HOME, and no entry for the user in the password file
        return None
    if home is None or not home.is_dir():
        return None  # HOME empty, "/", or a folder that is not there (a service account's)
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "Briefvergelijker"
    return home / ".cache" / "briefvergelijker"


def _users_folder(value: str | None) -> Path | None:
    """`value` as a folder of the user's: absolute, and not the root of a drive ("/", "/..")."""
    if not value or not os.path.isabs(value):
        return None
    folder = Path(os.path.normpath(value))
    return None if folder == Path(folder.anchor) else folder


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
                _remove_stale(self.path)
                atexit.register(self.save)
        return self.entries

    def save(self) -> None:
        with self.lock:
            if not self.added or self.path is None or self.entries is None:
                return
            self.added = False
            # another process (the viewer's comparison helper, say) may have written patterns of
            # its own since this one read the file: keep them
            _write(self.path, _read(self.path) | self.entries)


def _read(path: Path) -> dict[Key, Entry]:
    """The entries of the file at `path` that have the shape of an entry; none if anything is wrong."""
    try:
        # not blocking: a pipe in the file's place would otherwise wait for a writer forever
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return {}
    try:
        with os.fdopen(handle, "rb") as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_BYTES:
                return {}  # a device, a pipe, a folder; or far more than the program's patterns
            data = file.read(_MAX_BYTES + 1)
    except OSError:
        return {}
    check, payload = data[:_CHECK], data[_CHECK:]
    if len(data) > _MAX_BYTES or zlib.crc32(payload).to_bytes(_CHECK, "little") != check:
        return {}
    try:
        entries = marshal.loads(payload)
    except Exception:
        return {}
    if not isinstance(entries, dict):
        return {}
    return {key: entry for key, entry in entries.items() if _well_formed(key, entry)}


def _well_formed(key: object, entry: object) -> bool:
    """Is `entry` a (flags, code, groups, group index, index group) the engine can be given for
    `key`: the types right, and the groups, their names and their numbers agreeing?"""
    if not (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str | bytes) and type(key[1]) is int):
        return False
    if not (isinstance(entry, tuple) and len(entry) == 5):
        return False
    flags, code, groups, groupindex, indexgroup = entry
    if type(flags) is not int or not 0 <= flags < 1 << 16 or not isinstance(code, bytes) or not code:
        return False
    if len(code) % array(_CODE).itemsize or type(groups) is not int or not isinstance(groupindex, dict):
        return False
    if not isinstance(indexgroup, tuple) or len(indexgroup) != groups + 1 or groups < 0:
        return False
    named = [(name, index) for name, index in groupindex.items() if isinstance(name, str) and type(index) is int]
    if len(named) != len(groupindex) or any(
        not 1 <= index <= groups or indexgroup[index] != name for name, index in named
    ):
        return False
    return sum(name is not None for name in indexgroup) == len(named)


def _write(path: Path, entries: dict[Key, Entry]) -> None:
    try:
        payload = marshal.dumps(entries)
        path.parent.mkdir(parents=True, exist_ok=True)
        # a new file of a name nobody can guess, never through a link: the folder may be shared
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(6).hex()}.tmp")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        handle = os.open(temporary, flags, 0o600)
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


def _remove_stale(path: Path) -> None:
    """Remove the temporary files of processes that died while writing (an hour old or more):
    only those named as `_write` names them, `.NAME.PID.HEX12.tmp`."""
    prefix = f".{path.name}."
    now = time.time()
    try:
        with os.scandir(path.parent) as folder:
            for entry in folder:
                if not (entry.name.startswith(prefix) and entry.name.endswith(".tmp")):
                    continue
                pid, _, tag = entry.name[len(prefix) : -len(".tmp")].partition(".")
                if not (pid.isdigit() and len(tag) == 12 and all(c in "0123456789abcdef" for c in tag)):
                    continue
                if now - entry.stat(follow_symlinks=False).st_mtime > _STALE_SECONDS:
                    os.unlink(entry.path)
    except OSError:
        return


_STORE = _Store()


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
    """`re.compile(pattern, flags)`, from the cache where it holds the pattern. For the program's
    own patterns only: the cache keeps every pattern it is given."""
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
            except Exception:
                entries.pop(key, None)
        if built is None:
            entry = _entry(pattern, flags)  # a bad pattern raises re.error here, as re.compile does
            try:
                built = _build(pattern, entry)
            except Exception:
                return re.compile(pattern, flags)
            entries[key] = entry
            _STORE.added = True
        _STORE.compiled[key] = built
        return built
