"""Footnotes at every page's foot of a ragged letter drawn line by line, as Word sets them.

A tester's letter in 11 pt with a two-line note in 8 pt at each page's foot, numbered by page and
cited by no word of the text, read with each note as a paragraph of its own in the middle of the
paragraph running over the page: that paragraph came out in three, a word broken over the page
stayed broken ("soenni-" / note / "tische"), and half the sections differed from the letter's
text. notes.py takes only notes whose number a word carries; pdf_notes.py also takes the lines
set smaller than the text below every other line of the page, numbered on from the last note.
Cited, a note follows the paragraph citing it; uncited, it follows the letter's last paragraph.
"""

from __future__ import annotations

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

from render_drawn import Page, draw_pdf

NOTE = [
    "Kamerstuk 27 925, nr. 590; zie ook de brief van 20 mei 2016 over de inzet",
    "in Irak en Syrië en de verlenging daarvan.",
]
NOTE_TEXT = " ".join(NOTE)


def page_note(page: int) -> list[str]:
    return [f"{page} {NOTE[0]}", NOTE[1]]


def _texts(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


def _notes(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs if p.is_note]


def _draw(
    tmp_path_factory: pytest.TempPathFactory, doc: Document, page: Page, dpi: int, runs_on: bool, cite: bool
) -> tuple[Document, dict[int, str]]:
    path = tmp_path_factory.mktemp("page-notes") / f"notes-{page}-{dpi}-{runs_on}-{cite}.pdf"
    citations: dict[int, str] = {}
    draw_pdf(
        doc,
        path,
        page=page,
        resolution=dpi,
        size=11.0,
        font="DejaVu Serif",
        runs_on_in_footer_type=runs_on,
        notes=page_note,
        cite_notes=cite,
        citations=citations,
    )
    return load_document(path), citations


@pytest.mark.parametrize(
    ("page", "dpi", "runs_on"), [("A4", 600, True), ("A4", 300, False), ("A4", 72, True), ("A5", 1200, False)]
)
def test_uncited_notes_leave_the_paragraph_running_over_the_page_whole(
    tmp_path_factory: pytest.TempPathFactory, sample_doc: Document, page: Page, dpi: int, runs_on: bool
) -> None:
    doc, _ = _draw(tmp_path_factory, sample_doc, page, dpi, runs_on, cite=False)
    notes = _notes(doc)
    assert len(notes) > 5  # a note on every page
    # the letter's paragraphs, whole and with every broken word joined, then its notes in order
    assert _texts(doc) == [*_texts(sample_doc), *notes]
    assert notes == [f"Noot {n}: {NOTE_TEXT}" for n in range(1, len(notes) + 1)]
    comparison = compare_documents(sample_doc, doc)
    assert [pair.status for pair in comparison.sections] == ["same"] * (len(comparison.sections) - 1) + ["changed"]
    # the notes' own facts are new, nothing of the letter's changed
    assert {pair.status for pair in comparison.facts} == {"unchanged", "added"}
    assert all(
        pair.new is not None and pair.new.text in NOTE_TEXT for pair in comparison.facts if pair.status == "added"
    )


@pytest.mark.parametrize(("page", "dpi"), [("A4", 600), ("A5", 300)])
def test_cited_notes_follow_the_paragraph_citing_them(
    tmp_path_factory: pytest.TempPathFactory, sample_doc: Document, page: Page, dpi: int
) -> None:
    doc, citations = _draw(tmp_path_factory, sample_doc, page, dpi, True, cite=True)
    expected: list[str] = []
    for text in _texts(sample_doc):
        expected.append(text)
        expected.extend(f"Noot {n}: {NOTE_TEXT}" for n, cited in sorted(citations.items()) if cited == text)
    assert len(_notes(doc)) == len(citations) > 5
    assert _texts(doc) == expected
