"""Assemble a Document from the blocks a loader found: every format ends here.

Loaders only say what they saw (a heading, perhaps with its rank; a paragraph); this module
normalises the text, infers missing heading levels and computes the spans, so that the same
letter in any format yields the same Document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from viewer.core.closing import signs
from viewer.core.document import Document, Metadata, Paragraph, Section, Span
from viewer.core.dutch import letter_date
from viewer.core.load.outline import HeadingLayout, infer_levels
from viewer.core.textnorm import collapse_spaces, nfc, plain_spaces

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class Block:
    kind: Literal["heading", "para"]
    text: str
    level: int | None = None  # a heading's rank when the format marks it (1 = top)


def heading(text: str, level: int | None = None) -> Block:
    return Block("heading", text, level)


def para(text: str) -> Block:
    return Block("para", text)


def note_paragraph(number: str, text: str) -> str:
    """A footnote as the paragraph that follows the one citing it, in every format alike
    (`Paragraph.is_note` tells it apart)."""
    number = collapse_spaces(number)
    text = collapse_spaces(text)
    return f"Noot {number}: {text}" if number else f"Noot: {text}"


def _clean(blocks: Iterable[Block]) -> list[Block]:
    out: list[Block] = []
    for block in blocks:
        text = collapse_spaces(plain_spaces(nfc(block.text)))
        if text:
            out.append(Block(block.kind, text, block.level))
    return out


def _signatures_joined(blocks: list[Block]) -> list[Block]:
    """The blocks with each signature's line and the signer's name under it as one paragraph ("De
    Minister van Defensie, J.A. Hennis-Plasschaert"): copied text and the XML give them so, Word and
    the platform's HTML as two; the same signature would read as the names struck and inserted."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if last is not None and last.kind == block.kind == "para" and signs(last.text, block.text):
            out[-1] = para(f"{last.text} {block.text}")
            continue
        out.append(block)
    return out


def _levels(blocks: Sequence[Block]) -> list[int]:
    heads = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    if heads and all(blocks[i].level is not None for i in heads):
        return [max(1, blocks[i].level or 1) for i in heads]
    layout = [
        HeadingLayout(
            blocks[i].text,
            i + 1 < len(blocks) and blocks[i + 1].kind == "heading",
        )
        for i in heads
    ]
    return infer_levels(layout)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> Span:
        if self.parts:
            self.parts.append(PARAGRAPH_SEPARATOR)
            self.length += len(PARAGRAPH_SEPARATOR)
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return Span(start, self.length)

    def text(self) -> str:
        return "".join(self.parts)


def dated_from(document: Document, texts: Iterable[str]) -> Document:
    """`document` dated from `texts` (what stood around its text: a ministry's page header or
    column) when its text gave no date."""
    if document.meta.date is not None:
        return document
    date = letter_date(texts)
    return document if date is None else replace(document, meta=replace(document.meta, date=date))


def build_document(meta: Metadata, blocks: Iterable[Block]) -> Document:
    cleaned = _signatures_joined(_clean(blocks))
    if meta.date is None:
        found = letter_date(block.text for block in cleaned if block.kind == "para")
        if found:
            meta = replace(meta, date=found)
    levels = iter(_levels(cleaned))
    builder = _Builder()
    sections: list[Section] = []
    stack: list[Section] = []  # open ancestors, by level

    heading_text = ""
    heading_span: Span | None = None
    level = 0
    paragraphs: list[Paragraph] = []
    start = 0
    started = False

    def close() -> None:
        if not started:
            return
        while stack and stack[-1].level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        path = (parent.path if parent else ()) + (heading_text,)
        end = paragraphs[-1].span.end if paragraphs else (heading_span.end if heading_span else start)
        section = Section(
            index=len(sections),
            heading=heading_text,
            level=level,
            path=path,
            parent=parent.index if parent else None,
            paragraphs=tuple(paragraphs),
            heading_span=heading_span,
            span=Span(start, end),
        )
        sections.append(section)
        if level > 0:
            stack.append(section)

    for block in cleaned:
        if block.kind == "heading":
            close()
            heading_text = block.text
            level = next(levels)
            heading_span = builder.add(block.text)
            start = heading_span.start
            paragraphs = []
            started = True
        else:
            span = builder.add(block.text)
            if not started:
                start = span.start
                started = True
            paragraphs.append(Paragraph(block.text, span))
    close()
    return Document(meta=meta, text=builder.text(), sections=tuple(sections))
