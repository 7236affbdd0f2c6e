"""PDFs that set their text in a large font scaled down to the page, as Qt's QPdfWriter does.

At its default 1200 dpi QPdfWriter writes 10 point text as 167 point type in a text matrix
scaled by 0.06. pdfium breaks lines by the font's own size, so it ran a heading together with
the paragraphs around it ("… toegaan. Essentie De anti-ISIS …"), and the loader took 167 for the
body size: the letter lost nearly all its headings and its date. On the page these PDFs look
like any other; the clerk must get the same letter from them.
"""

from __future__ import annotations

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

from render_binary import document_html, ministry_column, print_pdf, render_pdf

# (layout, resolution): larger headings and bold ones, justified and ragged, with and without
# space between paragraphs, in two columns and beside a ministry's column
LAYOUTS: dict[str, dict[str, object]] = {
    "justified-1200-dpi": {"resolution": 1200},
    "justified-300-dpi": {"resolution": 300},
    "ragged-no-spacing-bold-headings-1200-dpi": {
        "justify": False,
        "spacing": False,
        "bold_headings": True,
        "resolution": 1200,
    },
    "bold-headings-no-footer-300-dpi": {"bold_headings": True, "footer": False, "resolution": 300},
    "ministry-column-1200-dpi": {"column": ministry_column, "resolution": 1200},
    "two-columns-ragged-1200-dpi": {"columns": 2, "justify": False, "resolution": 1200},
}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory, sample_doc: Document) -> dict[str, Document]:
    folder = tmp_path_factory.mktemp("scaled")
    return {
        name: load_document(render_pdf(sample_doc, folder / f"{name}.pdf", **options))  # type: ignore[arg-type]
        for name, options in LAYOUTS.items()
    }


def outline(doc: Document) -> list[tuple[int, str, tuple[str, ...]]]:
    return [(s.level, s.heading, s.path) for s in doc.sections]


def paragraphs(doc: Document) -> list[list[str]]:
    return [[p.text for p in s.paragraphs] for s in doc.sections]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_letter_reads_as_its_text_version(loaded: dict[str, Document], sample_doc: Document, layout: str) -> None:
    doc = loaded[layout]
    assert outline(doc) == outline(sample_doc)
    assert [" ".join(s).split() for s in paragraphs(doc)] == [" ".join(s).split() for s in paragraphs(sample_doc)]
    assert (doc.meta.title, doc.meta.number, doc.meta.date) == (
        sample_doc.meta.title,
        "597",
        sample_doc.meta.date,
    )
    comparison = compare_documents(sample_doc, doc)
    assert {pair.status for pair in comparison.facts} == {"unchanged"}
    if LAYOUTS[layout].get("spacing", True):
        # without space between them, a ragged paragraph ending near the margin runs on into the
        # next at any resolution (tests/core/load/test_pdf_loader.py); with space, none does
        assert paragraphs(doc) == paragraphs(sample_doc)
        assert {pair.status for pair in comparison.sections} == {"same"}


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory, sample_doc: Document) -> dict[int, Document]:
    """The letter as a program built on Qt saves it: bold headings, spaced paragraphs, QTextDocument.print_."""
    folder = tmp_path_factory.mktemp("printed")
    markup = document_html(sample_doc, justify=False, bold_headings=True)
    return {dpi: load_document(print_pdf(markup, folder / f"qt-{dpi}.pdf", resolution=dpi)) for dpi in (72, 300, 1200)}


@pytest.mark.parametrize("dpi", [300, 1200])
def test_printed_at_any_resolution_as_at_72_dpi(printed: dict[int, Document], sample_doc: Document, dpi: int) -> None:
    doc = printed[dpi]
    assert outline(doc) == outline(printed[72]) == outline(sample_doc)
    assert doc.meta.date == sample_doc.meta.date
    # Qt's layout differs a little per resolution, and so do the lines it repeats at page
    # breaks (render_binary.print_pdf): a fact may come twice, none of the letter's goes missing
    facts = compare_documents(sample_doc, doc).facts
    assert len(facts) >= 150
    assert "removed" not in {pair.status for pair in facts}
