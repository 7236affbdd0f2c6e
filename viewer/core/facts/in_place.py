"""The exact steps of pairing (pairing.py) a section pair's facts, before any are scored against
all others: facts in the same place of the same sentence ("155" -> "180"), and equal facts that keep
their order, as a diff pairs lines."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from viewer.core.bands import banded, near
from viewer.core.facts.likeness import Masks, Prepared, similarity, threshold, whose
from viewer.core.facts.years_of import YearClash
from viewer.core.lis import longest_increasing_subsequence

# Equal facts in order (`equal_in_order`) pair from this score up: the value and every attribute
# agree, so less of the sentence has to. nr. 565's "19 juni 2015 (Kamerstuk 27 925, nr. 539), over de
# voortgang" against nr. 597's "19 juni 2015 en 29 januari 2016 (Kamerstuk ...)" scores 0.58.
EQUAL_ACCEPT = 0.5
# Facts left after the exact steps, scored old against new, before the scoring keeps to a band
# (bands.py): a section of a real letter leaves some dozens, a table of dates thousands.
PAIR_BUDGET = 40_000


def same_slot(
    olds: Sequence[Prepared],
    news: Sequence[Prepared],
    rest_old: Sequence[int],
    rest_new: Sequence[int],
    masks: Masks,
    floor: float | None,
    clash: YearClash,
) -> list[tuple[float, int, int]]:
    """Facts that stand in the same place of the same sentence, only their own words changed
    ("155" -> "180", "ongeveer" -> "maximaal"): the k-th such old fact with the k-th new one.

    This comes before `equal_in_order`: in "155 militairen in 2016 en 180 in 2017" becoming "180
    militairen in 2016 en 200 in 2017" both numbers changed in place; the old 180 is not the new one.
    """
    waiting: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for j in reversed(rest_new):
        b = news[j]
        if b.fact.kind != "commitment":
            waiting[(b.fact.kind, b.noun, whose(b.fact), *masks(b))].append(j)
    pairs: list[tuple[float, int, int]] = []
    for i in rest_old:
        a = olds[i]
        if a.fact.kind == "commitment":
            continue
        partners = waiting.get((a.fact.kind, a.noun, whose(a.fact), *masks(a)))
        if not partners:
            continue
        j = partners[-1]
        if clash and clash.apart(a.fact, news[j].fact):
            continue  # the same place, but another year: "voor 2016 ..." became "voor 2017 ..."
        score = similarity(a, news[j], masks)
        if score >= (floor if floor is not None else threshold(a.fact.kind)):
            partners.pop()
            pairs.append((score, i, j))
    return pairs + _renamed_in_place(olds, news, rest_old, rest_new, masks, clash, pairs)


def _renamed_in_place(
    olds: Sequence[Prepared],
    news: Sequence[Prepared],
    rest_old: Sequence[int],
    rest_new: Sequence[int],
    masks: Masks,
    clash: YearClash,
    taken: Sequence[tuple[float, int, int]],
) -> list[tuple[float, int, int]]:
    """Counts in the same place of the same sentence whose noun changed with them ("155 militairen"
    -> "180 trainers"): one count changed, not one dropped and another new. The sentence and the
    words either side are the same, which says more than the nouns' difference. Another nationality
    is another contingent ("drie Nederlandse" -> "drie Belgische SOF-operators"), and stays apart."""
    used_old = {i for _, i, _ in taken}
    used_new = {j for _, _, j in taken}
    waiting: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for j in reversed(rest_new):
        if j not in used_new and news[j].fact.kind == "troops":
            waiting[(whose(news[j].fact), *masks(news[j]))].append(j)
    pairs: list[tuple[float, int, int]] = []
    for i in rest_old:
        a = olds[i]
        if i in used_old or a.fact.kind != "troops":
            continue
        partners = waiting.get((whose(a.fact), *masks(a)))
        if partners and not (clash and clash.apart(a.fact, news[partners[-1]].fact)):
            j = partners.pop()
            pairs.append((similarity(a, news[j], masks), i, j))
    return pairs


def equal_in_order(
    olds: Sequence[Prepared],
    news: Sequence[Prepared],
    rest_old: Sequence[int],
    rest_new: Sequence[int],
    masks: Masks,
    floor: float | None,
    clash: YearClash,
) -> list[tuple[float, int, int]]:
    """Equal facts (same kind, value, unit or role, qualifier, nationality) that keep their order,
    each pair above the threshold: the longest such sequence, as (score, old, new).

    In a list ("24 september 2014, 19 juni 2015 en 29 januari 2016", cited again in a later letter
    with a Kamerstuk after each date and one date more) every item's context is its neighbours, so
    scoring by context paired each date with the one beside it and reported three changes where
    there were none. Read as a diff reads lines, the equal items pair first, in order; what is left
    (a number that changed in its kept sentence) is scored as before. A start never pairs with an
    end here: the role is part of what must be equal.
    """
    n, m = len(rest_old), len(rest_new)
    allowed: dict[tuple[int, int], float] = {}
    for x, i in enumerate(rest_old):
        a = olds[i]
        if a.fact.kind == "commitment":
            continue
        for y in near(x, n, m, PAIR_BUDGET):
            j = rest_new[y]
            b = news[j]
            if a.sig == b.sig and not (clash and clash.apart(a.fact, b.fact)):
                score = similarity(a, b, masks)
                if score >= (floor if floor is not None else EQUAL_ACCEPT):
                    allowed[(x, y)] = score
    if not allowed:
        return []
    if banded(n, m, PAIR_BUDGET):
        # a longest chain of the allowed pairs without the n × m table: by old position, and
        # within one by new position backwards, the chain is a longest increasing run of new positions
        chain = sorted(allowed, key=lambda xy: (xy[0], -xy[1]))
        kept = longest_increasing_subsequence([y for _, y in chain])
        return [(allowed[chain[k]], rest_old[chain[k][0]], rest_new[chain[k][1]]) for k in sorted(kept)]
    # Of the longest chains, the one whose pairs score highest. "tot 1 juli 2019 4 politiemensen. 5
    # genisten tot 1 juli 2019." with both numbers written out in the new letter: the first date
    # pairs with the first date (0.94), not the second with the first (0.59), which left the first
    # dropped. Each pair adds 1 and its score times `weight`: a chain's scores add up to less than
    # 1, so they only choose between chains equally long.
    weight = 1.0 / (min(n, m) + 1)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for x in range(n - 1, -1, -1):
        for y in range(m - 1, -1, -1):
            got = allowed.get((x, y))
            keep = 0.0 if got is None else best[x + 1][y + 1] + 1 + got * weight
            best[x][y] = max(keep, best[x + 1][y], best[x][y + 1])
    pairs: list[tuple[float, int, int]] = []
    x = y = 0
    while x < n and y < m:
        got = allowed.get((x, y))
        if got is not None and best[x][y] == best[x + 1][y + 1] + 1 + got * weight:
            pairs.append((got, rest_old[x], rest_new[y]))
            x, y = x + 1, y + 1
        elif best[x + 1][y] >= best[x][y + 1]:
            x += 1
        else:
            y += 1
    return pairs
