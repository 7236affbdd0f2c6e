"""The helper process's side of the prefetch (gui/prefetch.py), and the format it hands over.

Kept apart from prefetch.py so that the helper, started as `_prefetch OLD NEW`, imports only what
comparing needs: no subprocess, threads or futures. The outcome is pickled behind a tag, so that
anything else on the helper's standard output is never unpickled.
"""

from __future__ import annotations

import pickle
import sys
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from viewer.core.comparison import Comparison

COMMAND = "_prefetch"
TAG = b"briefvergelijker-prefetch-1\n"


def compare_files(old_path: str, new_path: str) -> Comparison:
    """Load both letters and compare them, facts included; raises LoadError for a bad file."""
    from viewer.core.compare import compare_documents
    from viewer.core.load import load_document

    return compare_documents(load_document(old_path), load_document(new_path))


def serve(argv: list[str], out: BinaryIO | None = None) -> int:
    """Compare OLD and NEW and write the tagged, pickled outcome; a LoadError travels as its parts."""
    from viewer.core.errors import LoadError

    if len(argv) != 2:
        sys.stderr.write(f"{COMMAND}: expects OLD NEW\n")
        return 2
    try:
        outcome: tuple[object, ...] = ("ok", compare_files(argv[0], argv[1]))
    except LoadError as error:
        outcome = ("load-error", error.path, error.problem, error.problem_en)
    if out is None and sys.stdout is None:  # a windowed program without a pipe: the viewer compares itself
        return 1
    stream = out or sys.stdout.buffer
    stream.write(TAG + pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
    stream.flush()
    return 0


def read_outcome(data: bytes) -> Comparison | None:
    """The helper's comparison; raises its LoadError; None when `data` is not a complete outcome."""
    from viewer.core.errors import LoadError

    if not data.startswith(TAG):
        return None
    try:
        outcome = pickle.loads(data[len(TAG) :])  # our own helper's output, never a file's content
    except Exception:
        return None
    if isinstance(outcome, tuple) and len(outcome) == 4 and outcome[0] == "load-error":
        raise LoadError(str(outcome[1]), str(outcome[2]), str(outcome[3]))
    if isinstance(outcome, tuple) and len(outcome) == 2 and outcome[0] == "ok":
        return outcome[1]  # type: ignore[no-any-return]
    return None
