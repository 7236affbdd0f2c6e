"""Shared fixtures: the bundled sample letter and the contract, found inside the project."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
SAMPLE_597 = SAMPLES / "kst-27925-597.txt"
SCHEMA = ROOT / "resources" / "contract" / "comparison.schema.json"

# The compiled patterns the run keeps (viewer/core/regex_cache.py) go to a folder of its own, never
# the user's cache; set before any test module imports the program, and inherited by the programs
# the tests start. Removed last: the cache writes its file at exit.
_PATTERNS = tempfile.mkdtemp(prefix="briefvergelijker-test-cache-")
os.environ["BRIEFVERGELIJKER_CACHE_DIR"] = _PATTERNS
atexit.register(shutil.rmtree, _PATTERNS, True)


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE_597


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE_597.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_doc():  # type: ignore[no-untyped-def]
    from viewer.core.load import load_document

    return load_document(SAMPLE_597)
