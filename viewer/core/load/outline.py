"""Infer the nesting of headings when a format does not mark it (copied text, PDF, plain Word).

Two sources of evidence, as a clerk would read the letter:
- the series' assessment framework (Toetsingskader) fixes the top-level headings and a few
  well-known sub-headings of "Militaire aspecten";
- the layout: a heading followed directly by another heading is that heading's parent.
Anything else stays a sibling of the heading before it, or becomes a child of a top-level
heading whose own text came first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.core.textnorm import fold_heading

TOP_LEVEL = frozenset(
    fold_heading(h)
    for h in (
        "Essentie",
        "Gronden voor deelname",
        "Politieke aspecten",
        "Samenhang",
        "Mandaat",
        "Militaire aspecten",
        "Duur van de deelname",
        "Duur",
        "Humanitaire hulp",
        "Financiën",
        "Financiële aspecten",
        "Nationale veiligheid",
    )
)
MILITARY = fold_heading("Militaire aspecten")
MILITARY_SUB = frozenset(
    fold_heading(h)
    for h in (
        "Haalbaarheid",
        "Risico's",
        "Risico’s",
        "Bevelsstructuur",
        "Bevelstructuur",
        "(Na)zorg",
        "Gevolgen gereedheid en geoefendheid",
        "Gereedheid en geoefendheid",
    )
)


def _military_sub(folded: str) -> bool:
    # "Inzet F-16's", "Inzet van F-16’s / Force Protection": the F-16 section keeps its rank
    # under Militaire aspecten through every rename in the series.
    return folded in MILITARY_SUB or "f-16" in folded


@dataclass(frozen=True, slots=True)
class HeadingLayout:
    text: str
    directly_followed_by_heading: bool


def infer_levels(headings: Sequence[HeadingLayout]) -> list[int]:
    levels: list[int] = []
    current_top: str | None = None
    for i, heading in enumerate(headings):
        folded = fold_heading(heading.text)
        prev = headings[i - 1] if i else None
        prev_level = levels[-1] if levels else 0
        if folded in TOP_LEVEL:
            level = 1
            current_top = folded
        elif current_top == MILITARY and _military_sub(folded):
            level = 2
        elif prev is not None and prev.directly_followed_by_heading:
            level = prev_level + 1
        elif prev is None:
            level = 1
        elif prev_level == 1 and fold_heading(prev.text) in TOP_LEVEL:
            level = 2
        else:
            level = prev_level
        if level == 1 and folded not in TOP_LEVEL:
            current_top = folded
        levels.append(level)
    return levels
