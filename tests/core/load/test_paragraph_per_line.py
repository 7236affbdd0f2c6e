"""A letter saved from Word as plain text: a paragraph per line, often without blank lines between.

Read as copied PDF text, all its lines were one block, which the title rule took whole: "geen tekst
gevonden" for a 58 KB letter. A line longer than a printed line is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

from render_binary import title_line


def _lines(doc: Document) -> list[str]:
    lines = [title_line(doc) or ""]
    for section in doc.sections:
        if section.level:
            lines.append(section.heading)
        lines.extend(p.text for p in section.paragraphs)
    return lines


@pytest.mark.parametrize("between", ["", "\n"])
def test_word_saved_as_plain_text_compares_as_unchanged(tmp_path: Path, sample_doc: Document, between: str) -> None:
    path = tmp_path / "brief.txt"
    # Word's "Tekst zonder opmaak": Windows-1252, CRLF, one paragraph per line
    text = f"\n{between}".join(_lines(sample_doc)) + "\n"
    path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    doc = load_document(path)
    assert (doc.meta.title, doc.meta.number, doc.meta.date) == (
        sample_doc.meta.title,
        sample_doc.meta.number,
        sample_doc.meta.date,
    )
    assert [(s.level, s.heading) for s in doc.sections] == [(s.level, s.heading) for s in sample_doc.sections]
    comparison = compare_documents(sample_doc, doc)
    assert [p.status for p in comparison.sections] == ["same"] * len(sample_doc.sections)
    assert [pair.status for pair in comparison.facts] == ["unchanged"] * len(comparison.facts)


@pytest.mark.parametrize("with_title", [True, False])
def test_a_letter_on_one_line_has_text(tmp_path: Path, sample_doc: Document, with_title: bool) -> None:
    path = tmp_path / "een-regel.txt"
    lines = _lines(sample_doc)
    path.write_text(" ".join(lines if with_title else lines[1:]), encoding="utf-8")
    doc = load_document(path)
    assert doc.words >= sample_doc.words
    if with_title:
        assert doc.meta.title == sample_doc.meta.title and doc.meta.number == "597"


def test_a_title_alone_is_text_not_nothing(tmp_path: Path) -> None:
    path = tmp_path / "titel.txt"
    path.write_text("Nr. 597 BRIEF VAN DE MINISTER VAN DEFENSIE\n", encoding="utf-8")
    assert "BRIEF VAN DE MINISTER" in load_document(path).text


def _signed_apart(lines: list[str]) -> list[str]:
    """The signatures as Word letters set them: the signer's name a paragraph below "De Minister ...,"."""
    out: list[str] = []
    for line in lines:
        role, comma, name = line.partition(", ")
        if line.startswith("De Minister") and comma and name[:2].rstrip(".").isupper():
            out.extend([f"{role},", name])
        else:
            out.append(line)
    return out


@pytest.mark.parametrize("between", ["", "\n", "\n\n\n"])
def test_a_signers_name_on_its_own_line_is_no_heading(tmp_path: Path, sample_doc: Document, between: str) -> None:
    # "J.A. Hennis-Plasschaert" under "De Minister van Defensie," is short and closes no sentence:
    # each name was a heading, three sections the letter does not have
    lines = _signed_apart(_lines(sample_doc))
    assert "E.M.J. Ploumen" in lines
    path = tmp_path / "ondertekend.txt"
    path.write_bytes((f"\n{between}".join(lines) + "\n").replace("\n", "\r\n").encode("cp1252"))
    doc = load_document(path)
    assert [(s.level, s.heading) for s in doc.sections] == [(s.level, s.heading) for s in sample_doc.sections]
    assert [p.text for p in doc.sections[-1].paragraphs] == [p.text for p in sample_doc.sections[-1].paragraphs]


def test_a_signers_name_in_word_is_no_heading(tmp_path: Path, sample_doc: Document) -> None:
    import docx

    word = docx.Document()
    for line in _signed_apart(_lines(sample_doc)):
        word.add_paragraph(line)
    word.save(str(tmp_path / "ondertekend.docx"))
    doc = load_document(tmp_path / "ondertekend.docx")
    assert [s.heading for s in doc.sections] == [s.heading for s in sample_doc.sections]
    comparison = compare_documents(sample_doc, doc)
    assert [p.status for p in comparison.sections] == ["same"] * len(sample_doc.sections)
