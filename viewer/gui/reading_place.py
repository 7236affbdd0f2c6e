"""Where the reader is in the two letters, kept across whatever lays them out anew.

A zoom lays the text out again at another size, and a new width (the window resized, the
section tree hidden, the splitter dragged) wraps it anew: the same scroll value then shows another
section. A reload and a switch of language build new documents. What the reader sees at the top
of a pane is kept as the section pair there (found again by its sections' paths when the letters
were read anew), the paragraph within it and the character at the pane's top-left: afterwards the
line holding that character is put back at the top. A section that no longer exists sends the pane
to the top of the letters. Zoom steps and resizes taken one after another keep the place of the first
(compare_view.py), so that zooming in and back out returns to the same line. A swap of the letters
puts each pane's place in the other pane.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from viewer.gui.pane_layout import SIDES, Side

if TYPE_CHECKING:
    from viewer.core.comparison import Comparison, SectionPair
    from viewer.gui.compare_view import CompareView

Path = tuple[str, ...] | None


def same_letters(a: Comparison, b: Comparison) -> bool:
    """Whether two comparisons are of the same files, on the same sides (a reload, not a swap)."""
    return (a.old.meta.path, a.new.meta.path) == (b.old.meta.path, b.new.meta.path)


def swapped_letters(a: Comparison, b: Comparison) -> bool:
    """Whether `b` compares the files of `a` the other way round (Ctrl+Shift+W)."""
    return (a.old.meta.path, a.new.meta.path) == (b.new.meta.path, b.old.meta.path)


def _paths(pair: SectionPair) -> tuple[Path, Path]:
    return (pair.old.path if pair.old else None, pair.new.path if pair.new else None)


@dataclass(frozen=True)
class PanePlace:
    row: int  # the section pair at the top of the pane
    paths: tuple[Path, Path]  # that pair's old and new section paths
    block: int  # the paragraph at the top, counted from the row's first block
    offset: int  # the character at the top-left, within that paragraph
    below: float  # how far the top of the pane was above that character's line


@dataclass(frozen=True)
class ReadingPlace:
    comparison: Comparison
    panes: dict[Side, PanePlace]
    leading: Side  # with synchronised scrolling the other pane follows this one


def capture(view: CompareView) -> ReadingPlace | None:
    """The place at the top of both panes, or None without a comparison."""
    if view.docs is None or view.comparison is None or len(view.docs.rows) < 2:
        return None
    panes = {side: _pane_place(view, side) for side in SIDES}
    # a band (the section missing on one side) says little about where in the section one is
    leading: Side = "old" if view.docs.rows[panes["new"].row].new.band else "new"
    return ReadingPlace(view.comparison, panes, leading)


def _pane_place(view: CompareView, side: Side) -> PanePlace:
    assert view.docs is not None and view.comparison is not None
    pane = view.pane(side)
    position = pane.top_position()
    block = pane.document().findBlock(position)
    row = min(view.row_of(side, position), len(view.docs.rows) - 2)  # not the closing sentinel row
    first = view.docs.rows[row].side(side).first_block
    return PanePlace(
        row,
        _paths(view.comparison.sections[row]),
        max(0, block.blockNumber() - first),
        position - block.position(),
        pane.y_of(position) - pane.verticalScrollBar().value(),
    )


def mirrored(place: ReadingPlace) -> ReadingPlace:
    """The same place with the letters swapped: the old letter's place goes to the right-hand pane
    and the new one's to the left, each section found by its path on its new side."""

    def flip(at: PanePlace) -> PanePlace:
        return replace(at, paths=(at.paths[1], at.paths[0]))

    panes: dict[Side, PanePlace] = {"old": flip(place.panes["new"]), "new": flip(place.panes["old"])}
    return ReadingPlace(place.comparison, panes, "old" if place.leading == "new" else "new")


def restore(view: CompareView, place: ReadingPlace) -> None:
    """Scroll both panes back to `place`, in the comparison shown now (the same or one read anew)."""
    if view.docs is None or view.comparison is None:
        return
    view.settle()  # the y of a line is known once the rows are lined up at the present size and zoom
    ys = {side: _y_of(view, side, place) for side in SIDES}
    if view.sync.enabled:
        other: Side = "old" if place.leading == "new" else "new"
        y = ys[place.leading] if ys[place.leading] is not None else ys[other]
        view.sync.scroll_both(y or 0.0, y or 0.0)
    else:
        view.sync.scroll_both(ys["old"] or 0.0, ys["new"] or 0.0)


def _y_of(view: CompareView, side: Side, place: ReadingPlace) -> float | None:
    """Where the pane's top goes to show its place again; None where its section is gone."""
    assert view.docs is not None and view.comparison is not None
    at = place.panes[side]
    row = at.row if view.comparison is place.comparison else _find_row(view.comparison, at)
    if row is None:
        return None
    row_side = view.docs.rows[row].side(side)
    if at.block > row_side.last_block - row_side.first_block:
        return view.row_view_top(row)  # the letter changed and the paragraph is gone: the section's start
    block = view.docs.document(side).findBlockByNumber(row_side.first_block + at.block)
    offset = min(at.offset, max(block.length() - 1, 0))
    return max(0.0, view.pane(side).y_of(block.position() + offset) - at.below)


def _find_row(comparison: Comparison, at: PanePlace) -> int | None:
    """The pair of a comparison read anew that holds the same sections; of several, the nearest."""
    pairs = comparison.sections
    for same in (
        lambda paths: paths == at.paths,
        lambda paths: at.paths[1] is not None and paths[1] == at.paths[1],
        lambda paths: at.paths[0] is not None and paths[0] == at.paths[0],
    ):
        rows = [k for k, pair in enumerate(pairs) if same(_paths(pair))]
        if rows:
            return min(rows, key=lambda k: abs(k - at.row))
    return None
