"""Longest increasing subsequence: which matched items kept their relative order."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence


def longest_increasing_subsequence(values: Sequence[int]) -> set[int]:
    """Positions (into `values`) of one longest strictly increasing subsequence, in O(n log n)."""
    tails: list[int] = []  # tails[k]: smallest tail value of an increasing run of length k+1
    tail_pos: list[int] = []
    previous: list[int] = [-1] * len(values)
    for pos, value in enumerate(values):
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_pos.append(pos)
        else:
            tails[k] = value
            tail_pos[k] = pos
        previous[pos] = tail_pos[k - 1] if k else -1
    keep: set[int] = set()
    pos = tail_pos[-1] if tail_pos else -1
    while pos != -1:
        keep.add(pos)
        pos = previous[pos]
    return keep
