"""The window's remembered layout: its size and place, the docks and the pane splitter.

The first window fits the screen it opens on; later ones come back as the reader left them.
A mixin of MainWindow: it reads the window's settings, view, docks and actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from viewer.gui.actions import Actions
    from viewer.gui.compare_view import CompareView
    from viewer.gui.settings import Settings

DEFAULT_SIZE = (1440, 900)
SCREEN_SHARE = 0.92  # of the free screen a first window takes at most: its frame and edges stay in sight
NAVIGATOR_WIDTH, FACTS_HEIGHT = 400, 210  # the docks' first sizes, shrunk in proportion on a small screen


class RememberedLayout(QMainWindow):
    settings: Settings
    view: CompareView
    commands: Actions
    language: str
    navigator_dock: QDockWidget
    facts_dock: QDockWidget

    def _restore(self) -> None:
        s = self.settings
        geometry = s.bytes("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_geometry()
        state = s.bytes("state")
        if state is None or not self.restoreState(state):
            self.size_docks()
        panes = s.bytes("panes")
        if panes is not None:
            self.view.splitter.restoreState(panes)
        self.commands.sync.setChecked(s.sync_scrolling())
        self.view.sync.set_enabled(s.sync_scrolling())
        self.view.zoom_steps = s.zoom()
        self.view.apply_zoom()
        self.commands.dark.setChecked(s.dark())
        (self.commands.english if self.language == "en" else self.commands.dutch).setChecked(True)

    def _first_geometry(self) -> None:
        """The default size, but never more than the screen holds (a 1366×768 laptop, a 1024×768
        projector), centred on the free part of the screen."""
        free = self.screen().availableGeometry()
        width = min(DEFAULT_SIZE[0], int(free.width() * SCREEN_SHARE))
        height = min(DEFAULT_SIZE[1], int(free.height() * SCREEN_SHARE))
        self.resize(width, height)
        self.move(free.x() + (free.width() - width) // 2, free.y() + (free.height() - height) // 2)

    def size_docks(self) -> None:
        """The docks' first sizes, for the window's present size: a small window keeps most of
        its width for the two letters."""
        navigator = min(NAVIGATOR_WIDTH, self.width() * 3 // 10)
        facts = min(FACTS_HEIGHT, self.height() * 3 // 10)
        self.resizeDocks([self.navigator_dock], [navigator], Qt.Orientation.Horizontal)
        self.resizeDocks([self.facts_dock], [facts], Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        s = self.settings
        s.set_bytes("geometry", self.saveGeometry())
        s.set_bytes("state", self.saveState())
        s.set_bytes("panes", self.view.splitter.saveState())
        s.sync()
