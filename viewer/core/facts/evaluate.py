"""Measure the extractor against the hand-made gold annotations of letter nr. 597.

    python -m viewer.core.facts.evaluate [LETTER] [GOLD]

prints precision, recall and F1 per kind, every false positive and false negative, and the time
extraction and pairing take. A predicted fact matches a gold fact of the same kind and section
when their texts overlap (one holds the other: "woensdag 24 augustus jl." still finds
"24 augustus jl.") and value, unit and approximate agree, and `end`/`modifier` where the gold
gives them.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from viewer.core.document import Document
from viewer.core.facts.extract import extract_facts
from viewer.core.facts.model import FACT_KINDS, Fact
from viewer.core.facts.pairing import pair_facts

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "samples" / "kst-27925-597.txt"
GOLD = ROOT / "tests" / "data" / "gold" / "kst-27925-597.json"


@dataclass
class Score:
    kind: str
    true_positives: int = 0
    false_positives: list[Fact] = field(default_factory=list)
    false_negatives: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + len(self.false_positives)
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + len(self.false_negatives)
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: Path = GOLD) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    facts: list[dict[str, Any]] = data["facts"] if isinstance(data, dict) else data
    return facts


def _same_value(a: object, b: object) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))
    return a == b


def matches(fact: Fact, gold: dict[str, Any]) -> bool:
    text, wanted = " ".join(fact.text.split()).casefold(), " ".join(str(gold["text"]).split()).casefold()
    return (
        fact.kind == gold["kind"]
        and list(fact.section) == gold["section"]
        and (text in wanted or wanted in text)
        and _same_value(fact.value, gold["value"])
        and fact.unit == gold["unit"]
        and fact.approximate == gold["approximate"]
        and fact.end == gold.get("end")
        and ("modifier" not in gold or fact.modifier == gold["modifier"])
    )


def score(facts: Sequence[Fact], gold: Sequence[dict[str, Any]]) -> dict[str, Score]:
    scores: dict[str, Score] = {kind: Score(kind) for kind in FACT_KINDS}
    unmatched = list(facts)
    for entry in gold:
        hit = next((f for f in unmatched if matches(f, entry)), None)
        if hit is None:
            scores[entry["kind"]].false_negatives.append(entry)
        else:
            unmatched.remove(hit)
            scores[entry["kind"]].true_positives += 1
    for fact in unmatched:
        scores[fact.kind].false_positives.append(fact)
    return scores


def timed(document: Document) -> tuple[list[Fact], float, float]:
    """The facts, the extraction time and the time to extract and pair the letter against itself (ms)."""
    start = time.perf_counter()
    facts = extract_facts(document)
    extracted = time.perf_counter()
    again = extract_facts(document)
    pairs = [(s.index, s.index) for s in document.sections]
    pair_facts(document, document, facts, again, pairs)
    done = time.perf_counter()
    return facts, (extracted - start) * 1000, (done - start) * 1000


def report(scores: dict[str, Score]) -> str:
    lines = [f"{'kind':<12}{'gold':>6}{'found':>7}{'prec':>8}{'recall':>8}{'F1':>8}"]
    for s in scores.values():
        gold = s.true_positives + len(s.false_negatives)
        found = s.true_positives + len(s.false_positives)
        lines.append(f"{s.kind:<12}{gold:>6}{found:>7}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
    for s in scores.values():
        for fact in s.false_positives:
            where = " / ".join(fact.section)
            lines.append(
                f"FP {s.kind:<10} {fact.text[:90]!r} = {fact.value!r} {fact.unit} ~{fact.approximate} [{where}]"
            )
        for entry in s.false_negatives:
            where = " / ".join(entry["section"])
            text = str(entry["text"])[:90]
            lines.append(
                f"FN {s.kind:<10} {text!r} = {entry['value']!r} {entry['unit']} ~{entry['approximate']} [{where}]"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    from viewer.core.load import load_document

    args = list(sys.argv[1:] if argv is None else argv)
    letter = Path(args[0]) if args else SAMPLE
    gold_path = Path(args[1]) if len(args) > 1 else GOLD
    document = load_document(letter)
    facts, extract_ms, total_ms = timed(document)
    print(report(score(facts, load_gold(gold_path))))
    print(f"extraction: {extract_ms:.1f} ms")
    print(f"extraction of both letters + pairing (the letter against itself): {total_ms:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
