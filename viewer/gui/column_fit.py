"""Columns that give way in a narrow view, so that the column that names things stays readable.

Each giving column asks for a width (fitted to its texts, or dragged by the reader). While the
view is wide enough they get it; in a narrow view (a small screen, a narrow dock) they shrink in
proportion, down to a least width, so that the stretching column keeps `room` pixels. Columns that
`grow` also share what a wide view has beyond that, once the stretching column has the width its
texts need (`keep`): on a 2560-pixel screen the facts' old and new words, not the section names,
get the room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView


class GivingColumns(QObject):
    def __init__(
        self,
        view: QAbstractItemView,
        header: QHeaderView,
        asked: dict[int, int],
        stretch: int,
        room: int,
        least: int,
        grow: bool = False,
    ) -> None:
        super().__init__(view)
        self.view, self.header = view, header
        self.asked = dict(asked)
        self.stretch, self.room, self.least = stretch, room, least
        self.grow = grow
        self.keep = room  # what the stretching column's texts need, before growing columns take more
        self._sizing = False
        header.sectionResized.connect(self._resized)
        # The header spans the view's viewport, so its resizing says the view's width changed.
        # (Not the viewport itself: asking for it makes PySide look up its class, which built
        # about 70 QtWidgets enum types at start-up, several milliseconds.)
        header.installEventFilter(self)
        self.fit()

    def set_keep(self, width: int) -> None:
        self.keep = width
        self.fit()

    def ask(self, column: int, width: int) -> None:
        self.asked[column] = width
        self.fit()

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._sizing:
            return
        if column in self.asked:
            self.asked[column] = new  # the reader dragged it: that is the width asked for now

    def fit(self) -> None:
        fixed = sum(
            self.header.sectionSize(c)
            for c in range(self.header.count())
            if c not in self.asked and c != self.stretch and not self.header.isSectionHidden(c)
        )
        shown = {c: w for c, w in self.asked.items() if not self.header.isSectionHidden(c)}
        free = self.header.width() - fixed - self.room
        wanted = sum(shown.values())
        share = 1.0 if wanted <= free or wanted == 0 else max(free, 0) / wanted
        roomy = free + self.room - max(self.keep, self.room)
        if self.grow and wanted and roomy > wanted:
            share = roomy / wanted
        self._sizing = True
        try:
            for column, width in shown.items():
                self.header.resizeSection(column, max(self.least, int(width * share)))
        finally:
            self._sizing = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.header:
            self.fit()
        return super().eventFilter(watched, event)
