"""Line up paired sections: pad each row's first block so both sides start it at the same height.

The heights depend on the width each pane wraps its text to and on the zoom, so this runs after
every resize or zoom. It measures the laid-out position of each row's first line, takes the
natural height of each row on each side (what it measures less the padding it added last time),
and gives the shorter side the difference as extra top margin on the next row.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

from viewer.gui.pane_layout import SIDES, PaneDocuments, Side

BATCH_ROWS = 200


def _ensure_laid_out(doc: QTextDocument) -> None:
    # QTextDocumentLayout lays out lazily; asking for the last block's rectangle lays out all of it.
    doc.documentLayout().blockBoundingRect(doc.lastBlock())


def row_tops(panes: PaneDocuments, side: Side) -> list[float]:
    """The y of each row's first line of text (after its top margin), in document coordinates."""
    doc = panes.document(side)
    _ensure_laid_out(doc)
    tops = []
    for row in panes.rows:
        block = doc.findBlockByNumber(row.side(side).first_block)
        tops.append(block.layout().position().y())
    return tops


class RowAligner:
    """Keeps the padding it added per row and side, so that a re-alignment starts from natural heights."""

    def __init__(self, panes: PaneDocuments) -> None:
        self.panes = panes
        self.padding: dict[Side, list[float]] = {side: [0.0] * len(panes.rows) for side in SIDES}

    def align(self) -> bool:
        """Pad the rows; returns whether anything changed."""
        rows = self.panes.rows
        tops = {side: row_tops(self.panes, side) for side in SIDES}
        wanted: dict[Side, list[float]] = {side: [0.0] * len(rows) for side in SIDES}
        for k in range(len(rows) - 1):
            natural = {s: tops[s][k + 1] - tops[s][k] - self.padding[s][k + 1] for s in SIDES}
            tallest = max(natural.values())
            for s in SIDES:
                wanted[s][k + 1] = round(tallest - natural[s], 1)
        changed = False
        for side in SIDES:
            if wanted[side] != self.padding[side]:
                self._apply(side, wanted[side])
                changed = True
        return changed

    def _apply(self, side: Side, padding: list[float]) -> None:
        doc = self.panes.document(side)
        cursor = QTextCursor(doc)
        changed = [k for k in range(len(padding)) if padding[k] != self.padding[side][k]]
        # Each change on its own only moves the blocks below it, where one edit block spanning the
        # first to the last changed row makes Qt lay out all the text between them again: cheaper
        # for a letter's few dozen rows. But moving the blocks below costs in proportion to the
        # document, once per change; for thousands of rows (a letter of many short sections, two
        # unrelated letters) one layout of the whole is far cheaper than thousands of moves.
        batch = len(changed) > BATCH_ROWS
        if batch:
            cursor.beginEditBlock()
        for k in changed:
            row_side = self.panes.rows[k].side(side)
            cursor.setPosition(doc.findBlockByNumber(row_side.first_block).position())
            fmt = QTextBlockFormat()
            fmt.setTopMargin(row_side.base_margin + padding[k])
            cursor.mergeBlockFormat(fmt)
        if batch:
            cursor.endEditBlock()
        self.padding[side] = padding
