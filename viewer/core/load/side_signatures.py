"""Signatures side by side in a PDF or a copy of it: one signature per minister, in column order.

Two ministers sign a ministry's letter side by side (a Word table of two columns, docx_signatures.py).
Printed, each row of that table is one line: "De Minister van Buitenlandse Zaken, De Minister van
Defensie," above "S.A. Blok A.Th.B. Bijleveld-Schouten", where the XML has the two signatures "De
Minister van Buitenlandse Zaken, S.A. Blok" and "De Minister van Defensie, A.Th.B. Bijleveld-
Schouten": the letter's last section read as changed (qa15 D5). Cut into its columns (by the PDF's
word positions, pdf_signatures.py; by runs of spaces in a `pdftotext -layout` copy, here), a row is
a row of the Word table again, and is read down each column as the Word loader reads it.

A copy without -layout sets each cell on a line of its own, still a row after the other: "De
Minister van Buitenlandse Zaken," / "De Minister van Defensie," then "S.A. Blok" / "A.Th.B.
Bijleveld-Schouten"; read so, the second minister signed with the first one's name and the last
name made a section. Two or three signature lines together, followed by as many names, are paired
in order (`_stacked`).
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core import regex_cache
from viewer.core.closing import SIGNER_NAME, SIGNER_TITLE, signature_line
from viewer.core.load.docx_signatures import signature_columns

# a run of spaces that sets two columns apart in a copy with its layout kept
_COLUMNS = regex_cache.compile(r" {3,}")
# blank lines between a signature's line and the name under it (the room for the signature)
_MOST_BLANK = 8
_SIGNER = regex_cache.compile(SIGNER_TITLE + SIGNER_NAME)
# ministers signing one letter side by side: more would be a list of functions, not a signature table
_MOST_STACKED = 3


def signatures_in_columns(rows: Sequence[Sequence[str]]) -> list[str] | None:
    """The lines of rows of cells that are signatures side by side, column after column; None
    when the rows are anything else (a table, a line of text)."""
    if len(rows) < 2 or not rows[0] or not signature_line(rows[0][0]):
        return None
    return signature_columns([[[cell] for cell in row] for row in rows])


def _cells(line: str) -> list[str]:
    return _COLUMNS.split(line.strip())


def text_signatures(lines: Sequence[str]) -> list[str]:
    """The lines with each row of signatures side by side ("De Minister van Buitenlandse Zaken,
    De Minister van Defensie,", runs of spaces between) read as one signature per column, each
    line a paragraph."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        cells = _cells(line) if "   " in line and "   " in line.strip() else []
        if len(cells) < 2 or not signature_line(cells[0]):
            stacked = _stacked(lines, i) if line.lstrip()[:3] in ("De ", "de ") else None
            if stacked is not None:
                out.extend(stacked[0])
                i = stacked[1]
                continue
            out.append(line)
            i += 1
            continue
        rows, end, k, blank = [cells], i + 1, i + 1, 0
        while k < len(lines) and blank <= _MOST_BLANK:
            if not lines[k].strip():
                blank += 1
            elif len(_cells(lines[k])) == len(cells):
                rows.append(_cells(lines[k]))
                end, blank = k + 1, 0
            else:
                break
            k += 1
        signatures = signatures_in_columns(rows)
        if signatures is None:
            out.append(line)
            i += 1
            continue
        # the first line keeps its indent: a page's first line starts with a space (form_feeds.py)
        indent = line[: len(line) - len(line.lstrip())]
        for k, text in enumerate(signatures):
            out.extend([f"{indent}{text}" if k == 0 else text, ""])
        i = end
    return out


def _next_filled(lines: Sequence[str], k: int) -> int:
    """The first line from `k` on with text, past at most `_MOST_BLANK` blank lines; len(lines) if
    none."""
    for at in range(k, min(len(lines), k + _MOST_BLANK + 1)):
        if lines[at].strip():
            return at
    return len(lines)


def _stacked(lines: Sequence[str], i: int) -> tuple[list[str], int] | None:
    """The signatures that start at line `i` when a plain copy stacked their rows (every function,
    then every name), each function with its name, and the line after the last name; None when
    `i` starts none: a function with its own name under it, or names that do not count up."""
    functions: list[int] = []
    k = i
    while k < len(lines) and signature_line(lines[k]):
        functions.append(k)
        k = _next_filled(lines, k + 1)
    if not 2 <= len(functions) <= _MOST_STACKED:
        return None
    names: list[int] = []
    while k < len(lines) and _SIGNER.fullmatch(lines[k].strip()):
        names.append(k)
        k = _next_filled(lines, k + 1)
    if len(names) != len(functions):
        return None  # a name missing or one too many: which minister signed is not known
    # the first line keeps its indent: a page's first line starts with a space (form_feeds.py)
    out: list[str] = []
    for function, name in zip(functions, names, strict=True):
        text = lines[function] if function == i else lines[function].strip()
        out.extend([text, "", lines[name].strip(), ""])
    return out, names[-1] + 1
