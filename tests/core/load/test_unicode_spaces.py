"""No-break, figure, narrow and thin spaces and soft hyphens: the letter reads as with plain spaces.

A word processor puts a no-break space in "Den Haag" or "27 925" to keep them on one line; the rules
that find the date line and the running footer match a plain space, so such a letter lost its date
(and every relative date with it) and kept a footer in its text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

from render_binary import render_docx


def _assert_same(old: Document, new: Document) -> None:
    comparison = compare_documents(old, new)
    assert [p.status for p in comparison.sections] == ["same"] * len(old.sections)
    assert [pair.status for pair in comparison.facts] == ["unchanged"] * len(comparison.facts)
    assert new.meta.date == old.meta.date


@pytest.mark.parametrize("space", ["\u00a0", "\u2007", "\u202f", "\u2009"])
def test_unicode_space_in_the_date_line_keeps_the_date(
    tmp_path: Path, sample_text: str, sample_doc, space: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "brief.txt"
    text = sample_text.replace("Den Haag, 9 september", f"Den{space}Haag, 9{space}september")
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    assert doc.meta.date is not None and doc.meta.date.isoformat() == "2016-09-09"
    assert "Den Haag" not in [s.heading for s in doc.sections]
    _assert_same(sample_doc, doc)


def test_no_break_space_in_the_running_footer_still_drops_it(tmp_path: Path, sample_text: str, sample_doc) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "brief.txt"
    path.write_text(sample_text.replace("vergaderjaar 2015–2016, 27 925,", "vergaderjaar 2015–2016, 27\u00a0925,"))
    doc = load_document(path)
    assert "vergaderjaar" not in doc.text
    _assert_same(sample_doc, doc)


def test_soft_hyphens_are_dropped(tmp_path: Path, sample_text: str, sample_doc) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "brief.txt"
    # inside a word, and where the line breaks it ("tegenof-" with a soft hyphen)
    text = sample_text.replace("Peshmerga", "Pesh\u00admerga").replace("tegenof-\n", "tegenof\u00ad\n")
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    assert "\u00ad" not in doc.text
    assert "tegenoffensief" in doc.text
    _assert_same(sample_doc, doc)


def test_no_break_spaces_in_a_word_letter(tmp_path: Path, sample_doc) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "brief.docx"
    render_docx(sample_doc, path, headings="plain")
    import docx

    word = docx.Document(str(path))
    for paragraph in word.paragraphs:
        for run in paragraph.runs:
            if "Den Haag" in run.text:
                run.text = run.text.replace("Den Haag", "Den\u00a0Haag")
    word.save(str(path))
    doc = load_document(path)
    assert doc.meta.date == sample_doc.meta.date


def test_plain_spaces() -> None:
    from viewer.core.textnorm import plain_spaces

    assert plain_spaces("27\u00a0925\u202fnr.\u2009597\u2007x") == "27 925 nr. 597 x"
    assert plain_spaces("tegen\u00adoffensief") == "tegenoffensief"
