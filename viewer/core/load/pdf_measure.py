"""Where a line's margin is, and whether the next line's first word would have fitted before it.

pdf_layout tells a paragraph's end in ragged text by a line that stopped well short of the
column's right margin. A paragraph in another type size may be wrapped to a narrower measure than
the body text: a generator that draws a paragraph running on at the top of a new page in its
footer's smaller type, still broken where the body's lines break, makes every line of it stop
well short of the column's margin, and each one before a capital would end a paragraph
("VN-Gezant voor" / "Syrië, Staffan De Mistura"). Such a block has a margin of its own: where its
longest line ends. And the first word of a line would have been set in the type of the line before
it had it fitted there: it is measured in that type, not in its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from viewer.core.load.pdf_lines import Line

# A block has its own measure when it has at least this many lines and at least this share of its
# line breaks fall where the next word would not have fitted before that measure.
_LINES = 3
_FILLED = 0.75
# A block whose longest line fills less than this share of its column is a list or a letterhead,
# whose short lines of about one length each end on purpose, not a paragraph set narrower.
_NARROWEST = 0.5


def next_word_overruns(prev: Line, cur: Line, edge: float) -> bool:
    """`cur`'s first word, after a space, would have run past `edge` on `prev`'s line.

    Character boxes are ink, narrower than the advance a typesetter counts: besides a space
    (about a third of an em) allow another half em before calling it room.
    """
    return prev.right + next_word_width(prev, cur) + 0.85 * prev.size > edge


def next_word_width(prev: Line, cur: Line) -> float:
    """The width `cur`'s first word would have had on `prev`'s line, in `prev`'s type."""
    return cur.lead * prev.size / cur.size if cur.size > 0 else cur.lead


def own_measures(
    lines: Sequence[Line],
    body: float,
    column_edge: Callable[[Line], float],
    same_block: Callable[[Line, Line], bool],
) -> dict[int, float]:
    """The right margin (by `id` of the line) of each line in a block of another size than the
    `body` that is set to a narrower measure than its column's (`column_edge`).

    A block is a run of lines of which each follows the one before (`same_block`: same size, page
    and column, no paragraph gap between). Only a block whose lines break where the next word did
    not fit its own longest line is a paragraph set to that measure; a few short lines set on
    purpose (a letterhead, a list of items) rarely do, and if they are of one length and start with
    long words, they are still too short to be a paragraph's: they keep their column's margin.
    """
    edges: dict[int, float] = {}
    for block in _blocks(lines, body, same_block):
        if len(block) < _LINES:
            continue
        edge = max(line.right for line in block)
        left = min(line.left for line in block)
        margin = column_edge(block[0])
        breaks = list(pairwise(block))
        filled = sum(1 for above, below in breaks if next_word_overruns(above, below, edge))
        if _NARROWEST * (margin - left) <= edge - left < margin - left and filled >= _FILLED * len(breaks):
            edges.update((id(line), edge) for line in block)
    return edges


def _blocks(lines: Sequence[Line], body: float, same_block: Callable[[Line, Line], bool]) -> list[list[Line]]:
    """The runs of lines in another size than the body's, each line following the one before."""
    blocks: list[list[Line]] = []
    prev: Line | None = None
    for line in lines:
        if abs(line.size - body) >= 0.5:
            if prev is None or not blocks or blocks[-1][-1] is not prev or not same_block(prev, line):
                blocks.append([])
            blocks[-1].append(line)
        prev = line
    return blocks
