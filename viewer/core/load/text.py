"""Letters as plain text, typically copied out of the published PDF."""

from __future__ import annotations

import codecs

from viewer.core.document import Document, Metadata
from viewer.core.errors import LoadError
from viewer.core.load.build import build_document
from viewer.core.load.pdftext import clean_pdf_text
from viewer.core.load.source import Source


def decode_text(source: Source) -> str:
    """UTF-8 (with or without BOM), UTF-16 (BOM or not) or Windows-1252, in that order."""
    data = source.data
    if data.startswith(codecs.BOM_UTF8):
        return _decode(source, data[3:], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(source, data, "utf-16")
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 4:
        # UTF-16 without a BOM: the NULs sit on odd (LE) or even (BE) positions
        odd = sample[1::2].count(0)
        return _decode(source, data, "utf-16-le" if odd > sample[0::2].count(0) else "utf-16-be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte and keeps the rest right
        return data.decode("latin-1")


def _decode(source: Source, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise LoadError(
            source.path,
            f"tekst is niet te lezen als {encoding} ({exc.reason})",
            f"the text cannot be read as {encoding} ({exc.reason})",
        ) from None


def load_text(source: Source) -> Document:
    text = decode_text(source).replace("\r\n", "\n").replace("\r", "\n")
    cleaned = clean_pdf_text(text.split("\n"))
    if not cleaned.blocks:
        raise LoadError(source.path, "geen tekst gevonden", "no text found")
    meta = Metadata(
        path=source.path,
        format="text",
        title=cleaned.title,
        dossier=cleaned.dossier,
        number=cleaned.number,
    )
    return build_document(meta, cleaned.blocks)
