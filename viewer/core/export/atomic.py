"""Writing what the user made (exports) so that a crash or a full disk never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile


def _umask() -> int:
    """The process's umask, read without changing it where the system allows (Linux), since
    changing it, even for a moment, applies to every thread's new files."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def same_file(a: str, b: str) -> bool:
    """Do `a` and `b` name one file (through links, hard links, "." and ".." included)?

    An export must never replace a letter it was made from; comparing names alone would miss
    "./brief.txt" against a link to it.
    """
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): then only the names can tell
        return os.path.realpath(a) == os.path.realpath(b)


def write_atomically(path: str, text: str) -> None:
    """Write `text` to `path` so that a crash or a full disk never leaves half a file.

    The text goes to a temporary file beside the target, which then replaces it in one rename.
    - Through a symbolic link, the file the link names is replaced; the link stays.
    - A file that exists keeps its permissions; a new one gets what the umask gives any new file
      (a temporary file alone would be readable by its owner only).
    - A terminal, pipe or device (`-o /dev/stdout`) is written to directly: nothing can be
      renamed over it, and it must stay what it is.
    - Text that carries its own carriage returns (the CSV's CRLF rows) is written as it is; other
      text gets the platform's line ends.
    """
    # translating "\n" again would turn the CSV's "\r\n" into "\r\r\n" on Windows
    newline = "" if "\r" in text else None
    data = text.encode("utf-8") if newline == "" or os.linesep == "\n" else text.replace("\n", os.linesep).encode()
    write_bytes_atomically(path, data)


def write_bytes_atomically(path: str, data: bytes) -> None:
    """`write_atomically` for bytes (a PDF): the same temporary file, rename, links and permissions."""
    try:
        existing: os.stat_result | None = os.stat(path)  # through links
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with open(path, "wb") as stream:
            stream.write(data)
        return
    target = os.path.realpath(path)
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=".briefvergelijker-", suffix=".tmp", dir=os.path.dirname(target))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
