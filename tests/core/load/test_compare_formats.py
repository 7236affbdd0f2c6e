"""The same letter in any format compares as unchanged (issue #3 on top of #2's renderings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.load import load_document

from render import render_html, render_xml
from render_binary import render_docx, render_pdf


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


@pytest.mark.parametrize(
    ("suffix", "render"),
    [
        (".docx", lambda doc, path: render_docx(doc, path)),
        ("-vet.docx", lambda doc, path: render_docx(doc, path, headings="bold")),
        (".pdf", lambda doc, path: render_pdf(doc, path)),
    ],
)
def test_binary_rendering_compares_as_same(tmp_path: Path, sample_doc, suffix: str, render) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"kst-27925-597{suffix}"
    render(sample_doc, path)
    other = load_document(path)
    comparison = compare_documents(sample_doc, other)
    assert [p.status for p in comparison.sections] == ["same"] * len(sample_doc.sections)
    assert not any(p.renamed or p.moved for p in comparison.sections)
    assert [pair.status for pair in comparison.facts] == ["unchanged"] * len(comparison.facts)
    assert len(comparison.facts) > 100
