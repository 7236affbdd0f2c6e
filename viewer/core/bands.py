"""Which pairs a similarity search may score, so that no input makes it quadratic.

Pairing what exact matching left over (sections, sentences, facts) scores every old item against
every new one. For the few items a letter changes that is what a reader wants; but two unrelated
lists or a table copied from a PDF leave them by the thousand, and the scoring then grows with
the square of the letter (tests/bench/pathological.py measured up to 13× the time at 4× the size).

Within a budget of pairs, all pairs are scored, as before. Beyond it, an old item is scored only
against the new items near its own place, measured as a share of each sequence: a band along the
diagonal, as wide as the budget allows, and never narrower than MIN_REACH either side. Items that
moved far in a list that long are then reported as removed and added, which is what they look like.
"""

from __future__ import annotations

MIN_REACH = 8


def near(x: int, n: int, m: int, budget: int) -> range:
    """The new positions (of m) that the old item at position x (of n) may be scored against."""
    if n * m <= budget:
        return range(m)
    reach = max(MIN_REACH, budget // (2 * n))
    centre = (2 * x + 1) * m // (2 * n)  # the middle of the old item's share, in the new sequence
    return range(max(0, centre - reach), min(m, centre + reach + 1))


def banded(n: int, m: int, budget: int) -> bool:
    """Does `near` leave pairs out for sequences of these lengths?"""
    return n * m > budget
