"""Pair the facts of an old and a new letter: what stayed, what changed, what came and went.

Facts pair by the words around them, never by their value: a troop count whose sentence and
neighbours match but whose number differs is exactly the change a clerk is looking for.

- Within a pair of sections, every old and new fact of one kind is scored by how alike they are
  (likeness.py): their sentences with digits masked, the words either side, their attributes.
- Equal facts that keep their order pair first, as a diff pairs lines (a list of dates cited again
  with one date more pairs date with date). The rest are taken greedily, best score first, above a
  threshold; equal value breaks a tie between otherwise equal candidates (three identical "tot en
  met ..." dates in one sentence pair in order).
- A fact left without a partner in its own pair of sections may still pair with one left over in
  another pair of sections, but only when its sentence is practically the same (a sentence moved
  to another section, or sections the alignment could not pair): reporting such a sentence as
  removed in one place and added in another would be noise, not news.
- What is left of a section pair's facts after that pairs once more where nothing but the words
  around them changed: an equal date or amount, and a commitment whose sentence was split with a
  fact of it in the half that keeps most of its words.
- A changed commitment whose sentences differ only in how they write facts that stand unchanged
  ("ongeveer 35" -> "circa 35", "35" -> "vijfendertig") is unchanged: it says the same.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence

from viewer.core.bands import near
from viewer.core.document import Document
from viewer.core.facts.in_place import PAIR_BUDGET, equal_in_order, same_slot
from viewer.core.facts.likeness import (
    TOP,
    Masks,
    Prepared,
    in_figures,
    prepare,
    qualifies,
    similarity,
    threshold,
    whose,
)
from viewer.core.facts.model import FACT_KINDS, Fact, FactPair
from viewer.core.facts.second_look import (
    equal_left_over,
    moved_ends,
    same_in_other_words,
    split_commitments,
    split_totals,
)
from viewer.core.facts.years_of import YearClash, year_of

# Across sections only a practically unchanged sentence pairs (distinct commitments of nr. 597 in
# different sections score up to 0.76, the same date in two different sentences 0.83).
MOVED_ACCEPT = 0.9


def _top_keys(items: Sequence[Prepared], masks: Masks, letter_years: Sequence[int | None]) -> list[tuple[object, ...]]:
    """Keys that are equal exactly when two facts reach the highest score their kind allows:
    equal masked sentences and contexts, equal attributes and noun, and equal values (the tie bonus);
    and equal years they are for (`letter_years`: the year of each item's letter).

    A commitment's value fixes its masked sentence. Facts that share everything else but come from
    one `raw` share their masked texts too, so only groups with several `raw`s need masking.
    """
    raws: dict[tuple[object, ...], set[tuple[object, ...]]] = defaultdict(set)
    for p in items:
        raws[p.sig].add(p.raw)
    shifted = len(set(letter_years)) > 1
    keys: list[tuple[object, ...]] = []
    for p, letter_year in zip(items, letter_years, strict=True):
        if p.fact.kind == "commitment":
            keys.append(p.sig)
        elif len(raws[p.sig]) == 1:
            # "Volgend jaar ... 23 miljoen euro" in letters a year apart: the same words, another year
            keys.append((*p.sig, year_of(p.fact, letter_year)) if shifted else p.sig)
        else:
            # masking the digits masks the years: "In 2018 levert Nederland 180 militairen" would
            # equal "In 2017 levert Nederland 180 militairen", though 2017 went from 250 to 180
            keys.append((*p.sig, *masks(p), year_of(p.fact, letter_year)))
    return keys


def _same(a: Fact, b: Fact, letter_years: tuple[int | None, int | None]) -> bool:
    """Unchanged: the same value and everything that qualifies it. "begin 2017" and "eind 2017" share
    the value 2017 (a year's precision), "ongeveer 35" and "maximaal 35" the number: both changed.
    So are 22 million euro for 2017 and 22 million for 2018 (`letter_years`: the letters' years,
    years_of.py): the 2017 budget is gone and the 2018 one another, whatever their sums."""
    if a.kind == "money" and _other_years(a, b, letter_years):
        return False
    if a.kind == "commitment":  # the same words, a number perhaps in figures in one and in words in the other
        return a.value == b.value or in_figures(str(a.value)) == in_figures(str(b.value))
    return (a.value, a.end, a.unit, a.approximate, whose(a), qualifies(a)) == (
        b.value,
        b.end,
        b.unit,
        b.approximate,
        whose(b),
        qualifies(b),
    )


_NO_CLASH = YearClash((), ())


def _assign(
    olds: Sequence[Prepared],
    news: Sequence[Prepared],
    masks: Masks,
    letter_years: tuple[int | None, int | None],
    floor: float | None = None,
    texts: tuple[str, str] | None = None,
) -> list[tuple[int, int]]:
    """Greedy by score: best pair first (ties by position), each fact used once. `letter_years`: the
    years of the two letters (years_of.py); `texts`: their texts, where a sentence stands (second_look.py).

    Most facts stand unchanged in both letters. Facts with equal `_top_keys` score the most their
    kind allows, and only they do; so these pairs come first in the greedy order, among themselves
    by position, which pairs the k-th such old fact with the k-th such new one. Kinds never pair,
    so they do not compete. Only the facts left over need scoring against each other.
    """
    if not olds or not news:
        return []
    if len(olds) == len(news) and all(a.raw == b.raw and a.sig == b.sig for a, b in zip(olds, news, strict=True)):
        # the same facts in the same order, as in most sections: equal keys at equal positions,
        # so each fact pairs with its counterpart
        same = [(TOP[a.fact.kind], i, i) for i, a in enumerate(olds)]
        if all(top >= (floor if floor is not None else threshold(olds[i].fact.kind)) for top, i, _ in same):
            same.sort(key=lambda c: (-c[0], c[1], c[2]))
            return [(i, j) for _, i, j in same]
    keys = _top_keys([*olds, *news], masks, [letter_years[0]] * len(olds) + [letter_years[1]] * len(news))
    old_keys, new_keys = keys[: len(olds)], keys[len(olds) :]
    waiting: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for j in range(len(news) - 1, -1, -1):
        waiting[new_keys[j]].append(j)  # popped from the end: lowest position first
    chosen: list[tuple[float, int, int]] = []
    rest_old: list[int] = []
    used_new: set[int] = set()
    for i, a in enumerate(olds):
        partners = waiting.get(old_keys[i])
        if not partners:
            rest_old.append(i)
            continue
        j = partners.pop()
        top = TOP[a.fact.kind]
        if top < (floor if floor is not None else threshold(a.fact.kind)):
            partners.append(j)
            rest_old.append(i)
            continue
        chosen.append((top, i, j))
        used_new.add(j)
    rest_new = [j for j in range(len(news)) if j not in used_new]
    clash = _NO_CLASH
    if rest_old and rest_new:

        def score(i: int, j: int) -> float:
            return similarity(olds[i], news[j], masks)

        clash = YearClash([p.fact for p in olds], [p.fact for p in news], score, letter_years)
    for phase in (same_slot, equal_in_order):
        for c in phase(olds, news, rest_old, rest_new, masks, floor, clash):
            chosen.append(c)
            used_new.add(c[2])
        taken = {i for _, i, _ in chosen}
        rest_old = [i for i in rest_old if i not in taken]
        rest_new = [j for j in rest_new if j not in used_new]
    candidates: list[tuple[float, int, int]] = []
    same_day: set[tuple[int, int]] = set()
    for x, i in enumerate(rest_old):
        a = olds[i]
        for y in near(x, len(rest_old), len(rest_new), PAIR_BUDGET):
            j = rest_new[y]
            b = news[j]
            if b.fact.kind != a.fact.kind or (clash and clash.apart(a.fact, b.fact)):
                continue  # scores 0, below every threshold; or for another year (years_of.py)
            s = similarity(a, b, masks)
            if s >= (floor if floor is not None else threshold(a.fact.kind)):
                tie = 1e-6 if a.fact.value == b.fact.value else 0.0
                candidates.append((s + tie, i, j))
                if tie and _a_day(a.fact) and a.fact.end == b.fact.end:
                    same_day.add((i, j))
    # A day named again in a like sentence is that day, before any other: "De parlementsverkiezingen
    # zijn uitgesteld tot 20 oktober 2018" is "... vonden plaats op 20 oktober jl." (0.73), not "De
    # presidentsverkiezingen zijn uitgesteld tot 20 juli 2019" (0.90). A year or month is not: "in
    # 2018" stands in many sentences.
    candidates.sort(key=lambda c: ((c[1], c[2]) not in same_day, -c[0], c[1], c[2]))
    taken_old: set[int] = set()
    for c in candidates:
        _, i, j = c
        if i not in taken_old and j not in used_new:
            taken_old.add(i)
            used_new.add(j)
            chosen.append(c)
    # the one amount for a year in each letter, in sentences less alike than a pair needs
    for c in clash.mates if floor is None else ():
        _, i, j = c
        if i in rest_old and i not in taken_old and j not in used_new:
            taken_old.add(i)
            used_new.add(j)
            chosen.append(c)
    if floor is None:
        left = [i for i in rest_old if i not in taken_old]
        chosen.extend(equal_left_over(olds, news, left, used_new, clash))
        taken_old.update(i for _, i, _ in chosen)
        if texts is not None:
            chosen.extend(moved_ends(olds, news, [i for i in left if i not in taken_old], used_new, masks, texts))
        chosen.extend(split_commitments(olds, news, left, used_new, masks))
    # the order a full greedy pass would have taken them in
    chosen.sort(key=lambda c: (-c[0], c[1], c[2]))
    return [(i, j) for _, i, j in chosen]


def _a_day(fact: Fact) -> bool:
    return fact.kind == "date" and fact.precision == "day"


def _other_years(a: Fact, b: Fact, letter_years: tuple[int | None, int | None]) -> bool:
    at_a, at_b = a.offset - a.sentence_offset, b.offset - b.sentence_offset
    if at_a == at_b and a.sentence == b.sentence and (letter_years[0] == letter_years[1] or "jaar" not in a.sentence):
        return False  # the same words say the same year, unless "volgend jaar" counts from another letter's date
    year_a, year_b = year_of(a, letter_years[0]), year_of(b, letter_years[1])
    return year_a is not None and year_b is not None and year_a != year_b


def _pair(a: Fact | None, b: Fact | None, letter_years: tuple[int | None, int | None]) -> FactPair:
    if a is not None and b is not None:
        return FactPair(b.kind, "unchanged" if _same(a, b, letter_years) else "changed", a, b)
    if b is not None:
        return FactPair(b.kind, "added", None, b)
    assert a is not None
    return FactPair(a.kind, "removed", a, None)


def _alike(a: Fact, b: Fact) -> bool:
    """Do `prepare(a)` and `prepare(b)` have equal `raw` and `sig`? Without building them."""
    if a.kind != b.kind or a.value != b.value or len(a.text) != len(b.text):
        return False
    if a.offset - a.sentence_offset != b.offset - b.sentence_offset or a.sentence != b.sentence:
        return False
    if a.kind == "commitment":
        return True
    same = a.unit == b.unit and a.qualifier == b.qualifier and whose(a) == whose(b)
    return same and a.approximate == b.approximate


# `_assign` pairs the facts of a section whose facts all stand unchanged one to one, each at the
# top score, and when every kind has the same top score, in their order.
_KEPT_IN_ORDER = len(set(TOP.values())) == 1 and all(TOP[kind] >= threshold(kind) for kind in FACT_KINDS)


def _new_offset(pair: tuple[Fact, Fact]) -> int:
    return pair[1].offset


def _kept(
    olds: Sequence[Fact], news: Sequence[Fact], letter_years: tuple[int | None, int | None]
) -> list[FactPair] | None:
    """The pairs of a section pair whose facts all stand unchanged, in position; None otherwise.

    What `_assign` and `_in_position` give for such a section, without preparing its facts for
    scoring: most sections of a later letter are such sections.
    """
    if not _KEPT_IN_ORDER or not olds or len(olds) != len(news):
        return None
    for a, b in zip(olds, news, strict=True):
        if not _alike(a, b):
            return None
    return [
        FactPair(b.kind, "unchanged" if _same(a, b, letter_years) else "changed", a, b)
        for a, b in sorted(zip(olds, news, strict=True), key=_new_offset)
    ]


def pair_facts(
    old_doc: Document,
    new_doc: Document,
    old_facts: Sequence[Fact],
    new_facts: Sequence[Fact],
    section_pairs: Sequence[tuple[int | None, int | None]],
) -> list[FactPair]:
    """Fact pairs grouped by `section_pairs` (in that order), by position within each group."""
    # facts carry their sentences; the letters' dates say which year "volgend jaar" is (years_of.py)
    old_date, new_date = old_doc.meta.date, new_doc.meta.date
    letter_years = (old_date.year if old_date else None, new_date.year if new_date else None)
    masks = Masks()
    old_by: dict[int, list[Fact]] = defaultdict(list)
    new_by: dict[int, list[Fact]] = defaultdict(list)
    for fact in old_facts:
        old_by[fact.section_index].append(fact)
    for fact in new_facts:
        new_by[fact.section_index].append(fact)

    groups: list[list[FactPair]] = [[] for _ in section_pairs]
    placed = [False] * (len(section_pairs) + 1)  # per group: in position already
    lost_old: list[tuple[int, Prepared]] = []  # (group, fact) left without a partner
    lost_new: list[tuple[int, Prepared]] = []
    seen_old: set[int] = set()
    seen_new: set[int] = set()
    for g, (o, n) in enumerate(section_pairs):
        old_list = old_by.get(o, []) if o is not None and o not in seen_old else []
        new_list = new_by.get(n, []) if n is not None and n not in seen_new else []
        if o is not None:
            seen_old.add(o)
        if n is not None:
            seen_new.add(n)
        kept = _kept(old_list, new_list, letter_years)
        if kept is not None:
            groups[g] = kept
            placed[g] = True
            continue
        olds = [prepare(f) for f in old_list]
        news = [prepare(f) for f in new_list]
        matched = _assign(olds, news, masks, letter_years, texts=(old_doc.text, new_doc.text))
        groups[g].extend(_pair(olds[i].fact, news[j].fact, letter_years) for i, j in matched)
        paired_old = {i for i, _ in matched}
        paired_new = {j for _, j in matched}
        lost_old.extend((g, p) for i, p in enumerate(olds) if i not in paired_old)
        lost_new.extend((g, p) for j, p in enumerate(news) if j not in paired_new)

    # facts of sections that no section pair mentions still count: at the end, as removed/added
    tail = len(groups)
    groups.append([])
    lost_old.extend((tail, prepare(f)) for s, fs in old_by.items() if s not in seen_old for f in fs)
    lost_new.extend((tail, prepare(f)) for s, fs in new_by.items() if s not in seen_new for f in fs)

    moved = _assign([p for _, p in lost_old], [p for _, p in lost_new], masks, letter_years, floor=MOVED_ACCEPT)
    # facts left in the same pair of sections had their chance there, where the years each is for
    # were known ("Voor 2017 ..." left against "Voor 2019 ...": the years shifted, no figure changed)
    moved = [(i, j) for i, j in moved if lost_old[i][0] != lost_new[j][0] or lost_old[i][0] == tail]
    texts = (old_doc.text, new_doc.text)
    moved += _with_moved_sentences(lost_old, lost_new, moved, tail, masks, letter_years, texts)
    moved_old = {i for i, _ in moved}
    moved_new = {j for _, j in moved}
    for i, j in moved:
        g = lost_new[j][0]
        groups[g if g != tail else lost_old[i][0]].append(_pair(lost_old[i][1].fact, lost_new[j][1].fact, letter_years))
    for i, (g, p) in enumerate(lost_old):
        if i not in moved_old:
            groups[g].append(_pair(p.fact, None, letter_years))
    for j, (g, p) in enumerate(lost_new):
        if j not in moved_new:
            groups[g].append(_pair(None, p.fact, letter_years))
    pairs = [pair for g, group in enumerate(groups) for pair in (group if placed[g] else _in_position(group))]
    return split_totals(same_in_other_words(pairs, old_facts, new_facts))


def _with_moved_sentences(
    lost_old: Sequence[tuple[int, Prepared]],
    lost_new: Sequence[tuple[int, Prepared]],
    moved: Sequence[tuple[int, int]],
    tail: int,
    masks: Masks,
    letter_years: tuple[int | None, int | None],
    texts: tuple[str, str],
) -> list[tuple[int, int]]:
    """Facts left over in two pairs of sections that a sentence moved between (`moved`: (old, new)
    positions in `lost_old` and `lost_new`), paired as within one pair of sections.

    A section renamed beyond what the alignment pairs ("Financiën" -> "Kosten van de verlenging",
    "Duur van de deelname" -> "Antwoord") keeps its sentences apart from its facts: its unchanged
    sentences pair across sections, but a reworded one's "22 miljoen euro (2018)" was dropped and
    new, and the "155 militairen" of a commitment paired as changed dropped beside "125" new. Each
    pair of sections links to the one its facts moved to most, so no fact is scored against more
    than one other pair of sections.
    """
    links: Counter[tuple[int, int]] = Counter()
    for i, j in moved:
        old_group, new_group = lost_old[i][0], lost_new[j][0]
        if old_group != new_group and tail not in (old_group, new_group):
            links[(old_group, new_group)] += 1
    if not links:
        return []
    moved_old, moved_new = {i for i, _ in moved}, {j for _, j in moved}
    left_old: dict[int, list[int]] = defaultdict(list)
    left_new: dict[int, list[int]] = defaultdict(list)
    for i, (g, _) in enumerate(lost_old):
        if i not in moved_old:
            left_old[g].append(i)
    for j, (g, _) in enumerate(lost_new):
        if j not in moved_new:
            left_new[g].append(j)
    linked_old: set[int] = set()
    linked_new: set[int] = set()
    out: list[tuple[int, int]] = []
    for (old_group, new_group), _ in sorted(links.items(), key=lambda link: (-link[1], link[0])):
        if old_group in linked_old or new_group in linked_new:
            continue
        linked_old.add(old_group)
        linked_new.add(new_group)
        olds, news = left_old.get(old_group, []), left_new.get(new_group, [])
        found = _assign(
            [lost_old[i][1] for i in olds], [lost_new[j][1] for j in news], masks, letter_years, texts=texts
        )
        out.extend((olds[a], news[b]) for a, b in found)
    return out


def _in_position(group: list[FactPair]) -> list[FactPair]:
    """New letter's order; a removed fact right after the kept fact that preceded it in the old letter."""
    kept = sorted((p.old.offset, p.new.offset) for p in group if p.old is not None and p.new is not None)
    kept_old = [old for old, _ in kept]

    def key(pair: FactPair) -> tuple[int, int, int]:
        if pair.new is not None:
            return (pair.new.offset, 0, 0)
        assert pair.old is not None
        before = bisect_right(kept_old, pair.old.offset)  # the kept facts at or before it
        return (kept[before - 1][1] if before else -1, 1, pair.old.offset)

    return sorted(group, key=key)
