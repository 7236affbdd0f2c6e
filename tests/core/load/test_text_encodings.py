"""Text files in the encodings clerks' programs write: UTF-8 with a stray byte, UTF-32."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document


def _assert_same(old: Document, new: Document) -> None:
    comparison = compare_documents(old, new)
    assert [p.status for p in comparison.sections] == ["same"] * len(old.sections)
    assert [pair.status for pair in comparison.facts] == ["unchanged"] * len(comparison.facts)


def test_one_stray_byte_in_utf8_is_read_alone(tmp_path: Path, sample_text: str) -> None:
    # "€" typed as Windows-1252 into an otherwise UTF-8 file: only that byte is read as Windows-1252
    marker = "Peshmerga"
    proper, stray = tmp_path / "proper.txt", tmp_path / "stray.txt"
    proper.write_bytes(sample_text.replace(marker, f"{marker} (€ 5)", 1).encode("utf-8"))
    stray.write_bytes(sample_text.replace(marker, f"{marker} (\x00 5)", 1).encode("utf-8").replace(b"\x00", b"\x80"))
    doc = load_document(stray)
    assert "Syrië" in doc.text and "Ã" not in doc.text
    assert "(€ 5)" in doc.text
    _assert_same(load_document(proper), doc)


def test_a_windows_1252_file_is_still_read_as_such(tmp_path: Path, sample_text: str, sample_doc) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "cp1252.txt"
    path.write_bytes(sample_text.encode("cp1252"))
    doc = load_document(path)
    assert "Syrië" in doc.text
    _assert_same(sample_doc, doc)


def test_windows_1252_with_a_few_accents_stays_windows_1252(tmp_path: Path) -> None:
    # a few accented letters and no UTF-8 at all: not "UTF-8 with strays"
    path = tmp_path / "kort.txt"
    path.write_bytes("Den Haag, 9 september 2016\n\nDe strijd in Syrië en Irak gaat door.\n".encode("cp1252"))
    assert "Syrië" in load_document(path).text


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be"])
def test_utf32_with_a_byte_order_mark(tmp_path: Path, sample_text: str, sample_doc, encoding: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "utf32.txt"
    data = sample_text.encode(encoding)
    if encoding == "utf-32-be":
        data = b"\x00\x00\xfe\xff" + data
    path.write_bytes(data)
    _assert_same(sample_doc, load_document(path))
