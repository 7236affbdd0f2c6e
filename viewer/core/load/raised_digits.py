"""A note's number set in superscript digits in text: "… begin 2019 toegaan.¹", "… te steunen.”²".

Copied out of some PDF viewers, or typed by hand, a note's number keeps its raised form as a
character of its own ("¹", "²", "³" and the others of Unicode's superscripts). Such a number is a
raised one as a PDF tells it (notes.py: a raised number is a note's for certain), only written
in the text: after a full stop, a quotation mark, a word or a figure ("2018¹") alike. Read as the
digits they stand for, with their places, they cite the notes at the page's foot as the PDF's do.

A square or cubic unit ("250 m²", "15 km²") is no note's number.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core import regex_cache

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_ANY = regex_cache.compile(f"[{_SUPERSCRIPTS}]")
_AS_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")
_RAISED = regex_cache.compile(f"(?<![{_SUPERSCRIPTS}])[{_SUPERSCRIPTS}]{{1,2}}(?![{_SUPERSCRIPTS}])")
# a unit of area or volume right before the digits: "m²", "km²", "250m³", standing alone
_UNIT = regex_cache.compile(r"(?:^|[\s\d])[kcd]?m$")


def raised_digits(lines: Sequence[str]) -> tuple[list[str], list[list[tuple[int, int]]]]:
    """`lines` with the superscript digits that may be a note's number written as digits (each in
    its place: one character for one), and per line the spans of those numbers."""
    if _ANY.search("\n".join(lines)) is None:
        return list(lines), []  # most pages: no line looked at on its own
    texts: list[str] = []
    spans: list[list[tuple[int, int]]] = []
    for text in lines:
        raised = [(m.start(), m.end()) for m in _RAISED.finditer(text) if _UNIT.search(text, 0, m.start()) is None]
        for start, end in raised:
            text = text[:start] + text[start:end].translate(_AS_DIGITS) + text[end:]
        texts.append(text)
        spans.append(raised)
    return texts, spans
