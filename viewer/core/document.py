"""The document model every loader returns: a letter's metadata and its tree of sections.

All text is the loader's *normalised* text: hyphenation breaks joined, running footers
dropped, runs of whitespace inside a paragraph collapsed to one space. Paragraphs are
separated by a blank line in `Document.text`, and every span points into that string,
so a later finding (a changed word, a fact) can point back to its place.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from viewer.core import regex_cache

Format = Literal["text", "xml", "html", "pdf", "docx"]
FORMATS: tuple[Format, ...] = ("text", "xml", "html", "pdf", "docx")
_NOTE = regex_cache.compile(r"Noot(?: \d+[a-z]?)?: ")


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) into `Document.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    span: Span

    @property
    def is_note(self) -> bool:
        """A footnote: every loader writes one as "Noot 1: ..." after the paragraph citing it."""
        return self.text.startswith("Noot") and _NOTE.match(self.text) is not None


@dataclass(frozen=True, slots=True)
class Section:
    """One heading and the paragraphs up to the next heading (its own text, not its children's).

    The untitled opening before the first heading has heading "" and level 0; headings
    start at level 1. `path` runs from the top-level heading down to this one.
    """

    index: int
    heading: str
    level: int
    path: tuple[str, ...]
    parent: int | None
    paragraphs: tuple[Paragraph, ...]
    heading_span: Span | None
    span: Span

    @property
    def body(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def words(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Metadata:
    path: str
    format: Format
    title: str | None = None
    dossier: str | None = None
    number: str | None = None
    date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Document:
    meta: Metadata
    text: str
    sections: tuple[Section, ...] = field(default_factory=tuple)

    @property
    def words(self) -> int:
        return sum(s.words for s in self.sections)

    def children(self, section: Section | None) -> tuple[Section, ...]:
        """Direct children of `section`; `None` gives the top of the tree."""
        parent = None if section is None else section.index
        return tuple(s for s in self.sections if s.parent == parent)

    def section_at(self, offset: int) -> Section | None:
        """The section whose span holds `offset` (headings included)."""
        for section in self.sections:
            if section.span.start <= offset < section.span.end:
                return section
        return None

    def outline(self, language: str = "nl") -> str:
        """A readable outline: one line per section, indented by level, with word counts."""
        label = _OUTLINE_WORDS["en" if language == "en" else "nl"]
        meta = self.meta
        lines = [
            f"{meta.path} ({meta.format})",
            f"  {label['title']}{meta.title or '-'}",
            f"  {label['dossier']}{meta.dossier or '-'}   {label['number']} {meta.number or '-'}",
            f"  {label['date']}{meta.date.isoformat() if meta.date else '-'}",
            f"  {label['sections']}{len(self.sections)}   {label['words']}: {self.words}",
            "",
        ]
        for s in self.sections:
            heading = s.heading or label["opening"]
            lines.append(f"{'  ' * max(s.level - 1, 0)}{heading}  [{s.words} {label['words']}]")
        return "\n".join(lines)


# the outline's words: `outline --lang en` speaks English
_OUTLINE_WORDS = {
    "nl": {
        "title": "titel:    ",
        "dossier": "dossier:  ",
        "number": "nr.:",
        "date": "datum:    ",
        "sections": "secties:  ",
        "words": "woorden",
        "opening": "(opening)",
    },
    "en": {
        "title": "title:    ",
        "dossier": "dossier:  ",
        "number": "no.:",
        "date": "date:     ",
        "sections": "sections: ",
        "words": "words",
        "opening": "(opening)",
    },
}
