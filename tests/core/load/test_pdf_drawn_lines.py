"""PDFs drawn line by line (render_drawn.py), ragged-right as word processors set letters.

A tester's generator drew a paragraph running on onto a new page in its footer's smaller type,
still broken where the body's lines break: every line of it stopped well short of the margin, and
each one before a capital ended a paragraph ("VN-Gezant voor" / "Syrië, Staffan De Mistura"), so
an unchanged letter showed 4 to 8 sections changed. Such a block has a measure of its own
(pdf_measure.py), and whether the next line's first word would have fitted is judged in the type
of the line it would have stood on. The same letter drawn in one type throughout reads as its text.
"""

from __future__ import annotations

import itertools

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

from render_drawn import Page, draw_pdf

PAGES: tuple[Page, ...] = ("A4", "A5")
RESOLUTIONS = (72, 300, 1200)


def paragraph_starts(doc: Document) -> set[int]:
    """Where (in words from the letter's start) each paragraph starts."""
    starts: set[int] = set()
    words = 0
    for section in doc.sections:
        for paragraph in section.paragraphs:
            starts.add(words)
            words += len(paragraph.text.split())
    return starts


def assert_reads_as(doc: Document, sample_doc: Document) -> None:
    assert [s.heading for s in doc.sections] == [s.heading for s in sample_doc.sections]
    # No paragraph is broken in two. One that ends on a page's last line, near the margin, may
    # run on into the next page's first: the space after it fell off the page, and a reader can
    # no more tell than the loader (tests/core/load/test_pdf_scaled_text.py).
    assert paragraph_starts(doc) <= paragraph_starts(sample_doc)
    comparison = compare_documents(sample_doc, doc)
    assert {pair.status for pair in comparison.sections} == {"same"}
    assert {pair.status for pair in comparison.facts} == {"unchanged"}


@pytest.mark.parametrize(("page", "dpi", "hyphenate"), list(itertools.product(PAGES, RESOLUTIONS, [True, False])))
def test_a_paragraph_running_on_in_smaller_type_stays_whole(
    tmp_path_factory: pytest.TempPathFactory, sample_doc: Document, page: Page, dpi: int, hyphenate: bool
) -> None:
    path = tmp_path_factory.mktemp("drawn") / f"footer-type-{page}-{dpi}.pdf"
    draw_pdf(sample_doc, path, page=page, resolution=dpi, hyphenate=hyphenate, runs_on_in_footer_type=True)
    assert_reads_as(load_document(path), sample_doc)


@pytest.mark.parametrize(("page", "dpi"), list(itertools.product(PAGES, RESOLUTIONS)))
def test_a_ragged_letter_drawn_line_by_line_reads_as_its_text(
    tmp_path_factory: pytest.TempPathFactory, sample_doc: Document, page: Page, dpi: int
) -> None:
    path = tmp_path_factory.mktemp("drawn") / f"ragged-{page}-{dpi}.pdf"
    draw_pdf(sample_doc, path, page=page, resolution=dpi)
    assert_reads_as(load_document(path), sample_doc)


def test_justified_too(tmp_path_factory: pytest.TempPathFactory, sample_doc: Document) -> None:
    path = tmp_path_factory.mktemp("drawn") / "justified-A5-1200.pdf"
    draw_pdf(sample_doc, path, page="A5", resolution=1200, justify=True, runs_on_in_footer_type=True)
    assert_reads_as(load_document(path), sample_doc)
