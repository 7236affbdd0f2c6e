"""Start loading and comparing before Qt is even imported (Qt-free on purpose).

Importing PySide6 and building the window take about as long as reading and comparing two
letters; starting the comparison first, on a plain thread, lets the two overlap. The worker
(worker.py) adopts the running job, so generations, errors and signals work as for any request.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from viewer.core.compare import Comparison

SAMPLES = Path(__file__).resolve().parent.parent.parent / "resources" / "samples"
DEMO = (SAMPLES / "kst-27925-597.txt", SAMPLES / "kst-27925-597-demo-bewerkt.txt")


def compare_files(old_path: str, new_path: str) -> Comparison:
    """Load both letters and compare them, facts included; raises LoadError for a bad file."""
    from viewer.core.compare import compare_documents
    from viewer.core.load import load_document

    return compare_documents(load_document(old_path), load_document(new_path))


def start(old_path: str, new_path: str) -> Future[Comparison]:
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="prefetch")
    future = executor.submit(compare_files, old_path, new_path)
    executor.shutdown(wait=False)  # the thread ends when the job does
    return future
