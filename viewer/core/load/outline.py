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


def top_level(folded: str) -> bool:
    """A top-level heading of the framework, or one renamed by a word or two ("Duur en omvang van
    de deelname"): it starts as the framework's heading does and holds all of its words. Not a
    sub-heading that names the top one and a place ("Humanitaire hulp Libanon en Jordanië")."""
    if folded in TOP_LEVEL:
        return True
    words = folded.split()
    return any(
        words[:1] == top.split()[:1] and set(top.split()) <= set(words) and len(words) - len(top.split()) <= 2
        for top in TOP_LEVEL
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
        if top_level(folded):
            level = 1
            current_top = folded
        elif current_top == MILITARY and _military_sub(folded):
            level = 2
        elif prev is not None and prev.directly_followed_by_heading:
            level = prev_level + 1
        elif prev is None:
            level = 1
        elif prev_level == 1 and top_level(fold_heading(prev.text)):
            level = 2
        else:
            level = prev_level
        if level == 1 and not top_level(folded):
            current_top = folded
        levels.append(level)
    return levels
