"""Signatures side by side on a PDF's page, cut into their columns by the words' positions.

side_signatures.py says why. A row of the signatures' table is one line of the PDF, its columns far
apart: a gap of several ems between two words, where words in a line stand a space apart.
"""

from __future__ import annotations

from dataclasses import replace

from viewer.core.closing import signature_line
from viewer.core.load.pdf_lines import Line, Paragraph
from viewer.core.load.side_signatures import signatures_in_columns

# ems between two words that set two columns apart (a space is a third of one)
_COLUMN_GAP = 2.0


def _cells(line: Line) -> list[str]:
    """The line's text cut where its words stand a column apart; the line whole when no word
    positions tell (a long line, which is running text)."""
    words = line.text.split()
    if len(words) != len(line.words) or len(words) < 2:
        return [line.text]
    cells, start = [], 0
    for k in range(1, len(words)):
        if line.words[k][0] - line.words[k - 1][1] >= _COLUMN_GAP * line.size:
            cells.append(" ".join(words[start:k]))
            start = k
    cells.append(" ".join(words[start:]))
    return cells


def signatures_apart(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs with each run of lines of signatures side by side read as one paragraph per
    line of each column, column after column."""
    out: list[Paragraph] = []
    i = 0
    while i < len(paragraphs):
        first = paragraphs[i]
        cells = _cells(first.lines[0]) if len(first.lines) == 1 else []
        if len(cells) < 2 or not signature_line(cells[0]):
            out.append(first)
            i += 1
            continue
        rows, end = [cells], i + 1
        while end < len(paragraphs) and len(paragraphs[end].lines) == 1:
            row = _cells(paragraphs[end].lines[0])
            if len(row) != len(cells):
                break
            rows.append(row)
            end += 1
        signatures = signatures_in_columns(rows)
        if signatures is None:
            out.append(first)
            i += 1
            continue
        line = first.lines[0]
        out.extend(Paragraph([replace(line, text=text, words=(), raised=())], first.emphasis) for text in signatures)
        i = end
    return out
