"""Infer the nesting of headings when a format does not mark it (copied text, PDF, plain Word).

Three sources of evidence, as a clerk would read the letter:
- the series' assessment framework (Toetsingskader) fixes the top-level headings and a few
  well-known sub-headings of "Militaire aspecten";
- section numbers: "2.1 Luchtoperaties" sits under "2. Inzet", beside "2.2 Bijtanking", and a
  heading without a number after a numbered one is a tussenkop under it;
- the layout: a heading followed directly by another heading is that heading's parent.
Anything else stays a sibling of the heading before it, or becomes a child of a top-level
heading whose own text came first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.core.load.section_numbers import section_number
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


def _numbered_level(number: tuple[int, ...], numbered: dict[tuple[int, ...], int]) -> int | None:
    """The level of a heading numbered `number`, from the numbered headings before it (`numbered`,
    their levels by number): one below its parent's ("2." for "2.1"), or a sibling's ("1.2" for
    "1.3"); None when no heading before it tells."""
    parent = numbered.get(number[:-1]) if len(number) > 1 else None
    if parent is not None:
        return parent + 1
    siblings = [level for other, level in numbered.items() if len(other) == len(number)]
    return siblings[-1] if siblings else None


def infer_levels(headings: Sequence[HeadingLayout]) -> list[int]:
    levels: list[int] = []
    current_top: str | None = None
    numbered: dict[tuple[int, ...], int] = {}  # the levels of numbered headings so far, by number
    for i, heading in enumerate(headings):
        folded = fold_heading(heading.text)
        prev = headings[i - 1] if i else None
        prev_level = levels[-1] if levels else 0
        number = section_number(heading.text)
        by_number = _numbered_level(number, numbered) if number is not None else None
        if by_number is not None:
            level = by_number
        elif top_level(folded):
            level = 1
            current_top = folded
        elif current_top == MILITARY and _military_sub(folded):
            level = 2
        elif prev is not None and (prev.directly_followed_by_heading or _tussenkop_after(prev.text, number)):
            level = prev_level + 1
        elif prev is None:
            level = 1
        elif prev_level == 1 and top_level(fold_heading(prev.text)):
            level = 2
        else:
            level = prev_level
        if level == 1 and not top_level(folded):
            current_top = folded
        if number is not None:
            numbered[number] = level
        levels.append(level)
    return levels


def _tussenkop_after(previous: str, number: tuple[int, ...] | None) -> bool:
    """Is a heading without a number (`number` None) after the numbered heading `previous` a
    tussenkop in its section ("Stabilisatie" under "1.1 Irak")?"""
    return number is None and section_number(previous) is not None
