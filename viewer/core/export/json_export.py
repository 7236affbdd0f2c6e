"""The comparison as the JSON of the contract `briefvergelijker/comparison/1` (exactly that shape)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from viewer.core.comparison import Comparison, SectionPair
from viewer.core.document import Document, Section
from viewer.core.facts import fact_to_json

SCHEMA_ID = "briefvergelijker/comparison/1"
FACT_STATUSES = ("unchanged", "changed", "added", "removed")


def _document(doc: Document) -> dict[str, Any]:
    meta = doc.meta
    return {
        "path": meta.path,
        "format": meta.format,
        "title": meta.title,
        "dossier": meta.dossier,
        "number": meta.number,
        "date": meta.date.isoformat() if meta.date else None,
        "sections": len(doc.sections),
        "words": doc.words,
    }


def _section_ref(section: Section | None) -> dict[str, Any] | None:
    if section is None:
        return None
    return {"heading": section.heading, "path": list(section.path), "level": section.level, "index": section.index}


def _section_pair(pair: SectionPair) -> dict[str, Any]:
    return {
        "status": pair.status,
        "old": _section_ref(pair.old),
        "new": _section_ref(pair.new),
        "renamed": pair.renamed,
        "moved": pair.moved,
        "similarity": pair.similarity,
        "inserted_words": pair.inserted_words,
        "deleted_words": pair.deleted_words,
    }


def comparison_to_json(comparison: Comparison) -> dict[str, Any]:
    facts = [
        {
            "kind": pair.kind,
            "status": pair.status,
            "old": fact_to_json(pair.old) if pair.old else None,
            "new": fact_to_json(pair.new) if pair.new else None,
        }
        for pair in comparison.facts
    ]
    fact_counts: Counter[str] = Counter(pair.status for pair in comparison.facts)
    return {
        "schema": SCHEMA_ID,
        "old": _document(comparison.old),
        "new": _document(comparison.new),
        "sections": [_section_pair(p) for p in comparison.sections],
        "facts": facts,
        "summary": {
            "sections": comparison.section_counts(),
            "facts": {status: fact_counts.get(status, 0) for status in FACT_STATUSES},
        },
    }


def dumps(comparison: Comparison) -> str:
    return json.dumps(comparison_to_json(comparison), ensure_ascii=False, indent=2) + "\n"
