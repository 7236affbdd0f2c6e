"""diff-match-patch with a bound on its work that does not depend on the clock.

Its Myers diff takes time in proportion to the length times the number of differences: nothing for
two versions of a letter, but two long runs that differ everywhere (a table copied from a PDF and
heavily revised, tests/bench/pathological.py) take the square of their length: 20 s for a
"sentence" of 20,000 words with 30 % of them changed, hours at the size limit. The library's own
bound, `Diff_Timeout`, gives up after some seconds, so the same letters would compare differently
on a fast and a slow machine, and with it set the library also takes a shortcut (`diff_halfMatch`)
that can return a diff that is not the shortest.

So `diff_main` gets a `deadline` of our own: the library asks "is the time past the deadline?" once
per step of the search for the middle of the diff, and the answer here counts the search's work
instead of looking at the clock. Past the budget, the library does what it does at its deadline:
the part of the texts still being searched becomes one deletion and one insertion. Everything
already matched stays matched, and the ends two texts have in common are found before any search.
The budget grows with the length of the texts, so the whole comparison stays linear in the letter's
length; the diffs of real letters are far below it (measured in tests/core/test_bounded_work.py).
"""

from __future__ import annotations

from typing import Any

from diff_match_patch import diff_match_patch

# Work units (about one for two cells of Myers' search) allowed per token of the two texts, and at least.
WORK_PER_TOKEN = 2
MIN_WORK = 20_000


class WorkBudget:
    """A stand-in for diff-match-patch's deadline (a time in seconds) that runs out on work done.

    The library compares `time.time() > deadline`; a float does not know how to compare itself with
    this object, so Python asks this object (`__lt__`), which counts the step and answers.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.work = 0
        self.step = 0  # of the current middle-snake search: its d, whose step costs about d cells
        self.exhausted = False

    def start_search(self) -> None:
        self.step = 0

    def __lt__(self, _now: object) -> bool:
        self.step += 1
        self.work += self.step
        self.exhausted = self.exhausted or self.work > self.limit
        return self.exhausted


class BoundedDiffer(diff_match_patch):  # type: ignore[misc]
    """diff_match_patch whose `diff` never runs longer than its budget (see the module's doc)."""

    def __init__(self) -> None:
        super().__init__()
        self.Diff_Timeout = 0  # never the clock, and never the half-match shortcut

    def diff_bisect(self, text1: str, text2: str, deadline: Any) -> list[tuple[int, str]]:
        if isinstance(deadline, WorkBudget):
            deadline.start_search()
        result: list[tuple[int, str]] = super().diff_bisect(text1, text2, deadline)
        return result

    def diff(self, a: str, b: str) -> list[tuple[int, str]]:
        """The differences between `a` and `b`, the shortest unless that would cost more than the budget."""
        result: list[tuple[int, str]] = self.diff_main(a, b, False, budget_for(a, b))
        return result


def budget_for(a: str, b: str) -> WorkBudget:
    return WorkBudget(max(MIN_WORK, WORK_PER_TOKEN * (len(a) + len(b))))
