"""The bundled sample pair, compared once for the export tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.comparison import Comparison
from viewer.core.load import load_document

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"
OLD = SAMPLES / "kst-27925-597.txt"
NEW = SAMPLES / "kst-27925-597-demo-bewerkt.txt"


@pytest.fixture(scope="session")
def demo() -> Comparison:
    return compare_documents(load_document(OLD), load_document(NEW))
