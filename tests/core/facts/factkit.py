"""Helpers for the fact tests: one-paragraph letters, loaded revisions, section pairs by path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from viewer.core.document import Document, Metadata, Paragraph, Section, Span
from viewer.core.facts import Fact, FactKind, FactPair, extract_facts
from viewer.core.load import load_document

LETTER_DATE = dt.date(2016, 9, 9)


def letter(text: str, date: dt.date | None = LETTER_DATE) -> Document:
    """A letter of one untitled section holding `text` as one paragraph."""
    span = Span(0, len(text))
    section = Section(0, "", 0, ("",), None, (Paragraph(text, span),), None, span)
    return Document(Metadata(path="synthetic.txt", format="text", date=date), text, (section,))


def facts(text: str, kind: FactKind | None = None, date: dt.date | None = LETTER_DATE) -> list[Fact]:
    return [f for f in extract_facts(letter(text, date)) if kind is None or f.kind == kind]


def load(tmp_path: Path, text: str, name: str = "revised.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def path_pairs(old: Document, new: Document) -> list[tuple[int | None, int | None]]:
    """Sections paired by equal heading path, in the new letter's order; a removed one where it stood."""
    old_by_path = {s.path: s.index for s in old.sections}
    out: list[tuple[int | None, int | None]] = [(old_by_path.get(s.path), s.index) for s in new.sections]
    used = {o for o, _ in out if o is not None}
    for section in old.sections:
        if section.index in used:
            continue
        at = next((k + 1 for k, (o, _) in enumerate(out) if o == section.index - 1), 0)
        out.insert(at, (section.index, None))
    return out


def news(pairs: Sequence[FactPair]) -> list[FactPair]:
    """Every pair that is not `unchanged`."""
    return [p for p in pairs if p.status != "unchanged"]


def summary(pair: FactPair) -> tuple[str, str, object, object]:
    old = pair.old.value if pair.old else None
    new = pair.new.value if pair.new else None
    return (pair.kind, pair.status, old, new)
