"""Pair the facts of an old and a new letter: what stayed, what changed, what came and went.

Facts pair by the words around them, never by their value: a troop count whose sentence and
neighbours match but whose number differs is exactly the change a clerk is looking for.

- Within a pair of sections, every old and new fact of one kind is scored: how alike their
  sentences are (each with the fact itself and all digits masked, so "155" -> "180" or
  "2017" -> "2018" elsewhere in the sentence does not count against it), how alike the few words
  on either side are, and whether unit, qualifier, modifier and role agree. Troop counts of another
  noun ("militairen" vs "trainers") or another nationality ("Nederlandse" vs "Belgische") never
  pair. Commitments pair by the similarity of their sentences alone (digits masked too).
- Pairs are taken greedily, best score first, above a threshold; equal value breaks a tie between
  otherwise equal candidates (three identical "tot en met ..." dates in one sentence pair in order).
- A fact left without a partner in its own pair of sections may still pair with one left over in
  another pair of sections, but only when its sentence is practically the same (a sentence moved
  to another section, or sections the alignment could not pair): reporting such a sentence as
  removed in one place and added in another would be noise, not news.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from viewer.core.document import Document
from viewer.core.facts.model import Fact, FactPair

# A fact pairs within its section pair from this score up (0..1). Measured on nr. 597: two
# different facts of one kind in different sentences of one section score at most 0.59 ("79
# miljoen euro" vs "26,5 miljoen euro" in Financiën); a fact whose number changed in an otherwise
# kept sentence scores above 0.9, one in a reworded sentence around 0.75.
ACCEPT = 0.65
# Commitments: the mean of rapidfuzz's ratio (order-aware) and token_set_ratio (a sentence that was
# shortened or extended keeps its words). Distinct commitments in one section of nr. 597 score at
# most 0.61 (the two BIV financing sentences); "is voornemens" -> "heeft besloten" with a few words
# changed scores 0.79, a sentence cut to half its length 0.74.
COMMITMENT_ACCEPT = 0.7
# Across sections only a practically unchanged sentence pairs (distinct commitments of nr. 597 in
# different sections score up to 0.76, the same date in two different sentences 0.83).
MOVED_ACCEPT = 0.9
CONTEXT_WORDS = 4

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_WORDS = re.compile(r"\S+")
_PLURAL = re.compile(r"(?:en|s|['’]s)$")


@dataclass(frozen=True, slots=True)
class _Prepared:
    fact: Fact
    sentence: str  # the fact masked, digits masked, whitespace collapsed, case folded
    context: str  # CONTEXT_WORDS words either side of the fact, masked the same way
    noun: str | None  # troops: unit without plural ending, case folded


def _mask(text: str) -> str:
    return " ".join(_DIGITS.sub("#", text).casefold().split())


def _prepare(fact: Fact) -> _Prepared:
    if fact.kind == "commitment":
        return _Prepared(fact, _mask(fact.sentence), "", None)
    at = fact.offset - fact.sentence_offset
    before, after = fact.sentence[:at], fact.sentence[at + len(fact.text) :]
    left = _WORDS.findall(before)[-CONTEXT_WORDS:]
    right = _WORDS.findall(after)[:CONTEXT_WORDS]
    noun = _PLURAL.sub("", fact.unit.casefold()) if fact.kind == "troops" and fact.unit else None
    return _Prepared(fact, _mask(f"{before} \x00 {after}"), _mask(" ".join([*left, "\x00", *right])), noun)


def _score(a: _Prepared, b: _Prepared) -> float:
    """How sure we are that `a` and `b` state the same fact (0..1); 0 when they cannot."""
    fa, fb = a.fact, b.fact
    if fa.kind != fb.kind:
        return 0.0
    if fa.kind == "commitment":
        return (fuzz.ratio(a.sentence, b.sentence) + fuzz.token_set_ratio(a.sentence, b.sentence)) / 200.0
    if a.noun != b.noun or (fa.modifier and fb.modifier and fa.modifier != fb.modifier):
        return 0.0
    agree = [
        fa.unit == fb.unit,
        fa.qualifier == fb.qualifier,
        fa.modifier == fb.modifier,
        fa.approximate == fb.approximate,
    ]
    attributes = sum(agree) / len(agree)
    sentence = fuzz.ratio(a.sentence, b.sentence) / 100.0
    context = fuzz.ratio(a.context, b.context) / 100.0
    return 0.55 * sentence + 0.35 * context + 0.10 * attributes


def _threshold(kind: str) -> float:
    return COMMITMENT_ACCEPT if kind == "commitment" else ACCEPT


def _same(a: Fact, b: Fact) -> bool:
    if a.kind == "commitment":
        return a.value == b.value
    return (a.value, a.end, a.unit, a.approximate, a.modifier) == (b.value, b.end, b.unit, b.approximate, b.modifier)


def _assign(olds: Sequence[_Prepared], news: Sequence[_Prepared], floor: float | None = None) -> list[tuple[int, int]]:
    """Greedy by score: best pair first, each fact used once."""
    candidates: list[tuple[float, int, int]] = []
    for i, a in enumerate(olds):
        for j, b in enumerate(news):
            s = _score(a, b)
            if s >= (floor if floor is not None else _threshold(a.fact.kind)):
                tie = 1e-6 if a.fact.value == b.fact.value else 0.0
                candidates.append((s + tie, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_old: set[int] = set()
    used_new: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            out.append((i, j))
    return out


def _pair(a: Fact | None, b: Fact | None) -> FactPair:
    if a is not None and b is not None:
        return FactPair(b.kind, "unchanged" if _same(a, b) else "changed", a, b)
    if b is not None:
        return FactPair(b.kind, "added", None, b)
    assert a is not None
    return FactPair(a.kind, "removed", a, None)


def pair_facts(
    old_doc: Document,
    new_doc: Document,
    old_facts: Sequence[Fact],
    new_facts: Sequence[Fact],
    section_pairs: Sequence[tuple[int | None, int | None]],
) -> list[FactPair]:
    """Fact pairs grouped by `section_pairs` (in that order), by position within each group."""
    del old_doc, new_doc  # facts carry their sentences; the documents are part of the contract
    old_by: dict[int, list[_Prepared]] = defaultdict(list)
    new_by: dict[int, list[_Prepared]] = defaultdict(list)
    for fact in old_facts:
        old_by[fact.section_index].append(_prepare(fact))
    for fact in new_facts:
        new_by[fact.section_index].append(_prepare(fact))

    groups: list[list[FactPair]] = [[] for _ in section_pairs]
    lost_old: list[tuple[int, _Prepared]] = []  # (group, fact) left without a partner
    lost_new: list[tuple[int, _Prepared]] = []
    seen_old: set[int] = set()
    seen_new: set[int] = set()
    for g, (o, n) in enumerate(section_pairs):
        olds = old_by.get(o, []) if o is not None and o not in seen_old else []
        news = new_by.get(n, []) if n is not None and n not in seen_new else []
        seen_old.update([o] if o is not None else [])
        seen_new.update([n] if n is not None else [])
        matched = _assign(olds, news)
        groups[g].extend(_pair(olds[i].fact, news[j].fact) for i, j in matched)
        paired_old = {i for i, _ in matched}
        paired_new = {j for _, j in matched}
        lost_old.extend((g, p) for i, p in enumerate(olds) if i not in paired_old)
        lost_new.extend((g, p) for j, p in enumerate(news) if j not in paired_new)

    # facts of sections that no section pair mentions still count: at the end, as removed/added
    tail = len(groups)
    groups.append([])
    lost_old.extend((tail, p) for s, ps in old_by.items() if s not in seen_old for p in ps)
    lost_new.extend((tail, p) for s, ps in new_by.items() if s not in seen_new for p in ps)

    moved = _assign([p for _, p in lost_old], [p for _, p in lost_new], floor=MOVED_ACCEPT)
    moved_old = {i for i, _ in moved}
    moved_new = {j for _, j in moved}
    for i, j in moved:
        g = lost_new[j][0]
        groups[g if g != tail else lost_old[i][0]].append(_pair(lost_old[i][1].fact, lost_new[j][1].fact))
    for i, (g, p) in enumerate(lost_old):
        if i not in moved_old:
            groups[g].append(_pair(p.fact, None))
    for j, (g, p) in enumerate(lost_new):
        if j not in moved_new:
            groups[g].append(_pair(None, p.fact))
    return [pair for group in groups for pair in _in_position(group)]


def _in_position(group: list[FactPair]) -> list[FactPair]:
    """New letter's order; a removed fact right after the kept fact that preceded it in the old letter."""
    kept = sorted((p.old.offset, p.new.offset) for p in group if p.old is not None and p.new is not None)

    def key(pair: FactPair) -> tuple[int, int, int]:
        if pair.new is not None:
            return (pair.new.offset, 0, 0)
        assert pair.old is not None
        before = [new for old, new in kept if old <= pair.old.offset]
        return (before[-1] if before else -1, 1, pair.old.offset)

    return sorted(group, key=key)
