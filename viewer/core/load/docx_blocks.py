"""From the paragraphs of a .docx to blocks: front matter to metadata, headings by style or emphasis."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.core.load.build import Block, heading, para
from viewer.core.load.docx_reader import Item
from viewer.core.load.pdftext import (
    DOSSIER_LINE,
    KOP_LINES,
    TITLE_START,
    _is_heading_text,  # the plain-text heading rule, shared on purpose
)
from viewer.core.textnorm import collapse_spaces

MAX_PASTED_LINE = 110  # a line of a printed page, in characters


def bold_heading(item: Item) -> bool:
    """A paragraph set entirely in bold or italic that reads like a heading, in a document without heading styles."""
    return (
        item.emphasis
        and not item.listed
        and not item.structural
        and _is_heading_text(collapse_spaces(item.text), numbered=True)  # a list Word numbers is `listed`
    )


@dataclass
class Front:
    """What the front matter gave the metadata, and the items after it."""

    rest: list[Item]
    title: str | None = None
    dossier: str | None = None
    number: str | None = None


def take_front_matter(items: list[Item]) -> Front:
    """The kamerstuk header, dossier line and the "Nr. 597 BRIEF VAN ..." title go to metadata.

    The same patterns as for copied text; a title may run on over paragraphs in capitals,
    and a paragraph in the Title style before the body is the title too.
    """
    front = Front(rest=[])
    i = 0
    while i < len(items):
        item = items[i]
        text = collapse_spaces(item.text)
        if item.structural:
            break
        if not text:  # Word letters often open with a few empty paragraphs
            i += 1
            continue
        if KOP_LINES.match(text):
            i += 1
            continue
        dossier = DOSSIER_LINE.match(text)
        if dossier and not front.number and not front.dossier and i < 5:
            front.dossier = dossier.group("dossier")
            i += 1
            continue
        title = TITLE_START.match(text)
        if title and not front.title:
            front.number = title.group("nr")
            parts = [title.group("title")]
            i += 1
            while i < len(items) and _capitals(items[i].text) and items[i].level is None and not items[i].structural:
                parts.append(items[i].text)
                i += 1
            front.title = collapse_spaces(" ".join(parts)) or None
            continue
        if item.title_style and not front.title:
            front.title = text
            i += 1
            continue
        break
    front.rest = items[i:]
    return front


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def as_blocks(items: Sequence[Item]) -> list[Block]:
    styled = any(item.level is not None for item in items)
    out: list[Block] = []
    for item in items:
        text = item.text
        if styled and item.level is not None and not item.structural:
            out.append(heading(text, item.level))
        elif not styled and bold_heading(item):
            out.append(heading(text))  # nesting is inferred, as for copied text
        else:
            out.append(para(text))
    return out


def as_lines(items: Sequence[Item]) -> list[str]:
    """A plain document as copied text, for clean_pdf_text.

    Text pasted from a PDF has a paragraph per printed line (short ones) with empty
    paragraphs between the real paragraphs; there the empty ones are the only separators.
    A document typed in Word has a paragraph per paragraph, each one a block of its own.
    Line breaks inside a paragraph stay lines.
    """
    lengths = sorted(len(item.text.strip()) for item in items if item.text.strip())
    empty = len(items) - len(lengths)
    pasted = bool(lengths) and empty >= 0.05 * len(items) and lengths[len(lengths) // 2] <= MAX_PASTED_LINE
    lines: list[str] = []
    for item in items:
        lines.extend(item.text.split("\n"))
        if not pasted or item.structural:
            lines.append("")
    return lines
