"""Signatures side by side: two ministers signing a letter in the columns of a Word table.

A ministry's template sets a letter signed by two ministers as a table of two columns, each holding
a signature's line ("De Minister van Defensie,") above the signer's name ("A.Th.B. Bijleveld-
Schouten"), with empty paragraphs between for the signature itself. Read as rows, the two lines and
the two names are two table rows, where the XML and the platform's HTML have two signatures: the
letter's closing section would read as changed. Read down each column, in column order, they are
the paragraphs the other formats give, which the loaders join into one signature each (build.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core import regex_cache
from viewer.core.closing import SIGNER_NAME, SIGNER_TITLE, signature_line

_SIGNER = regex_cache.compile(SIGNER_TITLE + SIGNER_NAME)


def signature_columns(rows: Sequence[Sequence[Sequence[str]]]) -> list[str] | None:
    """The lines of a table of signatures, column after column, or None when the table is not one.

    `rows` holds each row's cells, each cell its paragraphs' texts. A table of signatures holds
    nothing but signature lines and signers' names (and empty paragraphs), and each column that
    holds anything starts with a signature's line: a table of figures or names never passes.
    """
    width = max((len(row) for row in rows), default=0)
    if width < 2:
        return None  # one signature in a table of one column is read as its paragraphs already
    columns: list[list[str]] = [[] for _ in range(width)]
    for row in rows:
        for column, cell in enumerate(row):
            columns[column].extend(line.strip() for text in cell for line in text.splitlines() if line.strip())
    filled = [lines for lines in columns if lines]
    if len(filled) < 2:
        return None
    for lines in filled:
        if not signature_line(lines[0]):
            return None
        if not all(signature_line(line) or _SIGNER.fullmatch(line) for line in lines):
            return None
    return [line for lines in filled for line in lines]
