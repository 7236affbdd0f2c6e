"""Load a letter from any format clerks receive; every loader returns the same Document."""

from __future__ import annotations

import os
from collections.abc import Callable

from viewer.core.document import Document, Format
from viewer.core.errors import LoadError
from viewer.core.load.source import Source, read_source, sniff


def _loader(fmt: Format) -> Callable[[Source], Document]:
    # Import lazily: the PDF and Word libraries cost start-up time the text path never needs.
    if fmt == "text":
        from viewer.core.load.text import load_text

        return load_text
    if fmt == "xml":
        from viewer.core.load.xml import load_xml

        return load_xml
    if fmt == "html":
        from viewer.core.load.html import load_html

        return load_html
    if fmt == "pdf":
        from viewer.core.load.pdf import load_pdf

        return load_pdf
    from viewer.core.load.docx import load_docx

    return load_docx


def load_document(path: str | os.PathLike[str], *, size_limit: int | None = None) -> Document:
    """Read `path` (never writing to it) and return its Document, or raise LoadError."""
    source = read_source(path, size_limit)
    fmt = sniff(source)
    try:
        return _loader(fmt)(source)
    except LoadError:
        raise
    except (MemoryError, RecursionError):
        raise LoadError(source.path, "bestand is te complex om te lezen", "the file is too complex to read") from None


__all__ = ["LoadError", "load_document"]
