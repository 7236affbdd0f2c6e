"""What a comparison of two letters is: the section pairs with their word changes, and the fact pairs.

Only the result's shape lives here, with light imports, so that code which merely holds or
reads a Comparison (the viewer, unpickling one made by its helper process) does not load the
aligner, the differ and the fact extractors that compare.py needs to make one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from viewer.core.document import Document, Section, Span
from viewer.core.facts.model import FactPair

SectionStatus = Literal["same", "changed", "added", "removed"]


@dataclass(frozen=True, slots=True)
class Change:
    """One run of differing words. An empty span marks where the other side's words would go."""

    old: Span
    new: Span
    deleted_words: int
    inserted_words: int

    @property
    def kind(self) -> str:
        if len(self.old) and len(self.new):
            return "replace"
        return "delete" if len(self.old) else "insert"


@dataclass(frozen=True, slots=True)
class SectionPair:
    status: SectionStatus
    old: Section | None
    new: Section | None
    renamed: bool
    moved: bool
    similarity: float
    inserted_words: int
    deleted_words: int
    changes: tuple[Change, ...] = ()

    @property
    def heading(self) -> str:
        section = self.new or self.old
        return section.heading if section else ""


@dataclass(frozen=True, slots=True)
class Comparison:
    old: Document
    new: Document
    sections: tuple[SectionPair, ...]
    facts: tuple[FactPair, ...] = field(default_factory=tuple)

    def section_counts(self) -> dict[str, int]:
        counts = Counter(p.status for p in self.sections)
        out = {status: counts.get(status, 0) for status in ("same", "changed", "added", "removed")}
        out["renamed"] = sum(1 for p in self.sections if p.renamed)
        out["moved"] = sum(1 for p in self.sections if p.moved)
        return out
