"""The same letter in any format compares as unchanged (issue #3 on top of #2's renderings)."""

from __future__ import annotations

from pathlib import Path

import pytest
from render import render_html, render_xml

from viewer.core.compare import compare_documents
from viewer.core.load import load_document


@pytest.mark.parametrize(("suffix", "render"), [(".xml", render_xml), (".html", render_html)])
def test_markup_rendering_compares_as_same(tmp_path: Path, sample_doc, suffix: str, render) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"kst-27925-597{suffix}"
    path.write_bytes(render(sample_doc))
    other = load_document(path)
    for old, new in ((sample_doc, other), (other, sample_doc)):
        comparison = compare_documents(old, new)
        assert [p.status for p in comparison.sections] == ["same"] * len(sample_doc.sections)
        assert not any(p.renamed or p.moved for p in comparison.sections)
        assert all(pair.status == "unchanged" for pair in comparison.facts)
