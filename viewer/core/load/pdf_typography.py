"""Typography overrules the text rules: bold, italic or larger type confirms or denies a heading."""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core.load.build import Block, heading, para
from viewer.core.load.pdf_lines import Line, Paragraph
from viewer.core.load.pdftext import (
    CLOSING,
    LIST_ITEM,
    MAX_HEADING_CHARS,
    MAX_HEADING_WORDS,
    NOT_A_HEADING,
    dated_line,
)
from viewer.core.load.tables import is_row
from viewer.core.textnorm import collapse_spaces

_LARGER = 1.15  # a line this much larger than the body type reads as a heading


def is_emphasised(line: Line, body: float) -> bool:
    return line.styled or line.size >= body * _LARGER


def typeset_heading(text: str) -> bool:
    """A line the typography marks as a heading still has to read like one: short, no closing punctuation."""
    text = text.strip()
    if not text or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    if text[-1] in CLOSING or NOT_A_HEADING.match(text) or dated_line(text) or is_row(text):
        return False
    return any(c.isalpha() for c in text)


def apply_typography(blocks: Sequence[Block], paragraphs: Sequence[Paragraph]) -> list[Block]:
    """Headings by the type they are set in, where the PDF shows it.

    clean_pdf_text judges a line by its words only. An emphasised single-line paragraph that
    reads like a heading is one even if those rules disagree (a numbered "1. Inleiding",
    which they take for a list item and join to the next paragraph); and when the letter
    sets its headings apart by type, a plain line is not a heading however short it is (a
    one-line paragraph, a name under the signature). Blocks are matched to the paragraphs
    they came from by their text, in order.
    """
    single = [(p.text, p.emphasis and typeset_heading(p.text)) for p in paragraphs if len(p.lines) == 1 or p.emphasis]
    typeset = sum(1 for _, is_heading in single if is_heading)
    plain = sum(1 for text, is_heading in single if not is_heading and typeset_heading(text))
    by_type = typeset >= 2 and typeset >= plain
    out: list[Block] = []
    k = 0
    for block in blocks:
        text = collapse_spaces(block.text)
        j, rest = _match(text, single, k)
        if j is None:
            out.append(block)
            continue
        k = j + 1
        if single[j][1]:
            out.append(heading(single[j][0]))
            if rest:
                out.append(para(rest))
        elif block.kind == "heading" and by_type:
            out.append(para(block.text))
        else:
            out.append(block)
    return out


def _match(text: str, single: Sequence[tuple[str, bool]], start: int) -> tuple[int | None, str]:
    """The paragraph a block came from, and what clean_pdf_text joined to it from the next one."""
    for j in range(start, len(single)):
        candidate, is_heading = single[j]
        if candidate == text:
            return j, ""
        if is_heading and LIST_ITEM.match(candidate) and text.startswith(candidate + " "):
            return j, text[len(candidate) + 1 :]
    return None, ""
