"""Writing what the user made (exports) so that a crash or a full disk never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile


def write_atomically(path: str, text: str) -> None:
    """Write via a temporary file in the same folder and a rename: a crash or full disk never leaves half a file."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".briefvergelijker-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
