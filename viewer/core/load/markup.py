"""Rules shared by the XML and HTML loaders of the publication platform's markup.

The platform renders its HTML from its XML, so both mark headings, footnotes and metadata the
same way. Ranking headings by kopopmaak, writing footnotes as paragraphs and choosing where
each metadata value comes from are decided here once, so that both formats of one letter give
the same Document.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

from viewer.core import regex_cache
from viewer.core.document import Format, Metadata
from viewer.core.dutch import letter_date
from viewer.core.load.build import Block, heading, para
from viewer.core.textnorm import collapse_spaces

# kopopmaak: bold ranks above bold italic above italic.
KOPOPMAAK: dict[str, int] = {"vet": 1, "vetcur": 2, "cur": 3}

Rank = tuple[int, ...]  # a heading's typographic rank; smaller sorts higher


@dataclass(slots=True)
class Item:
    """A block as the markup gave it, before heading ranks become levels."""

    kind: Literal["heading", "para"]
    text: str
    rank: Rank | None = None  # typographic rank, when the markup says it
    depth: int = 0  # numbered sections (divisie) around this block
    structural: bool = False  # a divisie heading: its level is its depth


def levels_to_blocks(items: Iterable[Item]) -> list[Block]:
    """Blocks with levels: the ranks present map to 1..n below the enclosing divisie depth.

    When nothing in the document marks a heading's rank, levels stay None and build_document
    infers them from the series' headings, as it does for copied text.
    """
    items = list(items)
    heads = [i for i in items if i.kind == "heading"]
    marked = any(h.rank is not None or h.structural for h in heads)
    ranks = sorted({h.rank for h in heads if h.rank is not None and not h.structural})
    index = {rank: n + 1 for n, rank in enumerate(ranks)}
    blocks: list[Block] = []
    for item in items:
        if item.kind == "para":
            blocks.append(para(item.text))
            continue
        level: int | None = None
        if item.structural:
            level = item.depth
        elif item.rank is not None:
            level = item.depth + index[item.rank]
        elif marked:
            level = item.depth + len(ranks) + 1  # an unmarked heading among marked ones ranks lowest
        blocks.append(heading(item.text, level))
    return blocks


_CLOSING = ".,;:!?"
MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 90


def looks_like_heading(text: str) -> bool:
    """A whole paragraph set in bold or italic is a heading only if it reads like one.

    The same test the copied-text loader applies to a short line, so that a letter that sets
    its headings as emphasised paragraphs yields the same headings in every format.
    """
    text = collapse_spaces(text)
    if not text or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    if text[-1] in _CLOSING:
        return False
    first = text[0]
    return first.isupper() or (first == "(" and len(text) > 1 and text[1].isalpha())


def combine_styles(styles: Iterable[str]) -> str | None:
    """'vet' and 'cur' nested inside each other make 'vetcur'."""
    found = set(styles)
    if "vetcur" in found or {"vet", "cur"} <= found:
        return "vetcur"
    if "vet" in found:
        return "vet"
    if "cur" in found:
        return "cur"
    return None


def sole_emphasis(element: etree._Element, style_of: Callable[[etree._Element], str | None]) -> str | None:
    """The style of an element whose whole content is emphasis ('vet', 'vetcur', 'cur'), else None."""
    styles: list[str] = []
    node = element
    while True:
        children = [c for c in node if isinstance(c.tag, str)]
        if (node.text or "").strip() or len(children) != 1 or (children[0].tail or "").strip():
            break
        style = style_of(children[0])
        if style is None:
            break
        styles.append(style)
        node = children[0]
    return combine_styles(styles) if node is not element else None


@dataclass(slots=True)
class FrontMatter:
    """Metadata printed in the document itself; it wins over the platform's <meta> values."""

    title: str | None = None
    dossier: str | None = None
    number: str | None = None
    date: dt.date | None = None  # the letter's own date when the markup carries it
    metas: dict[str, str] = field(default_factory=dict)  # <meta name=... content=...>, names lower-cased

    def add_meta(self, name: str | None, content: str | None) -> None:
        if name and content and content.strip():
            self.metas.setdefault(name.strip().lower(), content.strip())


_NR_PREFIX = regex_cache.compile(r"^\s*(?:nr\.?|nummer)\s*", re.I)
_DOSSIER = regex_cache.compile(r"^(\d+)(.*)$")


def clean_number(text: str | None) -> str | None:
    """'Nr. 597' as printed -> '597'."""
    if not text:
        return None
    return collapse_spaces(_NR_PREFIX.sub("", text)) or None


def format_dossier(text: str | None) -> str | None:
    """'27925' (as in <meta>) -> '27 925' (as printed); a printed number is kept as is."""
    if not text:
        return None
    text = collapse_spaces(re.split(r"[;,]", text)[0])
    match = _DOSSIER.match(text)
    if not match or " " in match.group(1):
        return text or None
    digits = match.group(1)
    groups: list[str] = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return " ".join(groups) + match.group(2)


def iso_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def resolve_metadata(path: str, fmt: Format, front: FrontMatter, blocks: Sequence[Block]) -> Metadata:
    """Printed values first, then the platform's metadata.

    The date is the letter's own date: printed in the markup, else the platform's date of the
    letter, else the "Den Haag, <date>" line, and only then the publication date (DCTERMS.issued),
    which usually falls a few days after the letter and would misplace every "jl." in it.
    """
    metas = front.metas
    place_date = letter_date(b.text for b in blocks if b.kind == "para")
    date = (
        front.date
        or iso_date(metas.get("overheidop.datumbrief"))
        or place_date
        or iso_date(metas.get("dcterms.issued"))
        or iso_date(metas.get("dc.date"))
    )
    title = front.title or metas.get("overheidop.documenttitel") or metas.get("dc.title")
    return Metadata(
        path=path,
        format=fmt,
        title=collapse_spaces(title) if title else None,
        dossier=front.dossier or format_dossier(metas.get("overheidop.dossiernummer")),
        number=front.number or clean_number(metas.get("overheidop.ondernummer")),
        date=date,
    )
