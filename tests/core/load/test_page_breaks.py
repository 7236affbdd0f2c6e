"""Page breaks in text copied from a PDF: the running footer is dropped, and what stood on either side
of it reads as if it had never been there (the sample letter with a footer put at other places)."""

from __future__ import annotations

from pathlib import Path

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

FOOTER = "Tweede Kamer, vergaderjaar 2015–2016, 27 925, nr. 597 {page}"


def _with_page_break(tmp_path: Path, sample_text: str, after: str, page: int, *, blank_after: bool = True) -> Path:
    """The sample letter with a page's foot after the line `after`: a blank line, the running footer,
    the blank lines pdftotext writes before the next page. The blank line that stood after the line
    goes, as the footer takes its place."""
    lines = sample_text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == after)
    rest = at + 2 if blank_after and not lines[at + 1].strip() else at + 1
    lines[at + 1 : rest] = ["", FOOTER.format(page=page), "", "", ""]
    path = tmp_path / "met-paginaovergang.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _compares_the_same(old: Document, new: Document) -> None:
    comparison = compare_documents(old, new)
    assert [p.status for p in comparison.sections] == ["same"] * len(old.sections)
    assert all(pair.status == "unchanged" for pair in comparison.facts)


def test_a_heading_on_a_page_s_last_line_keeps_its_section(tmp_path: Path, sample_text: str, sample_doc) -> None:  # type: ignore[no-untyped-def]
    doc = load_document(_with_page_break(tmp_path, sample_text, "Irak", 3))
    irak = next(s for s in doc.sections if s.heading == "Irak")
    assert irak.path == ("Politieke aspecten", "Irak")
    assert irak.paragraphs[0].text.startswith("De afgelopen maanden werd het beeld in Irak")
    _compares_the_same(sample_doc, doc)


def test_headings_on_either_side_of_a_page_break_both_stay(tmp_path: Path, sample_text: str, sample_doc) -> None:  # type: ignore[no-untyped-def]
    # "Risico’s" the last line of a page, "Dreiging trainers" the first of the next
    doc = load_document(_with_page_break(tmp_path, sample_text, "Risico’s", 10))
    assert [s.path for s in doc.sections if s.heading in ("Risico’s", "Dreiging trainers")] == [
        ("Militaire aspecten", "Risico’s"),
        ("Militaire aspecten", "Risico’s", "Dreiging trainers"),
    ]
    _compares_the_same(sample_doc, doc)


def test_a_paragraph_s_first_line_at_a_page_s_foot_stays_in_it(tmp_path: Path, sample_text: str, sample_doc) -> None:  # type: ignore[no-untyped-def]
    # a full line that reads like a heading (short words, no full stop) wrapped: the paragraph runs on
    path = _with_page_break(
        tmp_path, sample_text, "Een overzicht van de meest relevante politieke ontwikkelingen sinds de", 3
    )
    doc = load_document(path)
    assert "ontwikkelingen sinds de voortgangsrapportage van 29 april jl." in doc.text
    _compares_the_same(sample_doc, doc)
