"""The main window: wires the actions, the compare view, the navigator, the facts panel and the worker.

It owns the session (which two files are compared) and what the user sees around the panes;
how a comparison is drawn lives in compare_view.py, how it is computed in worker.py.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import QDockWidget, QVBoxLayout, QWidget

from viewer import APP_NAME
from viewer.gui import dialogs, reading_place
from viewer.gui.actions import Actions
from viewer.gui.compare_view import CompareView
from viewer.gui.facts_panel import FactsPanel
from viewer.gui.file_watch import WatchedLetters
from viewer.gui.find_bar import FindBar
from viewer.gui.highlight import Colours
from viewer.gui.i18n import tr
from viewer.gui.icons import icon
from viewer.gui.legend import Legend
from viewer.gui.navigator import Navigator
from viewer.gui.output_commands import OutputCommands
from viewer.gui.settings import Settings
from viewer.gui.status_bar import StatusBar, fact_words, letter_label, totals_text
from viewer.gui.window_layout import RememberedLayout
from viewer.gui.worker import CompareRunner, Request

if TYPE_CHECKING:
    from viewer.core.comparison import Comparison
    from viewer.core.document import Document
    from viewer.core.errors import LoadError
    from viewer.core.review import ReviewMarks
    from viewer.gui.help import HelpDialog
    from viewer.gui.recent import RecentLetters
    from viewer.gui.start_panel import StartPanel

MARKS_AFTER_PAINT_MS, MARKS_FALLBACK_MS = 20, 300


class MainWindow(OutputCommands, RememberedLayout, WatchedLetters):
    comparisonShown = Signal()
    languageRequested = Signal(str)
    darkRequested = Signal(bool)

    def __init__(
        self, settings: Settings, language: str = "nl", interactive: bool = True, runner: CompareRunner | None = None
    ) -> None:
        super().__init__()
        self.settings = settings
        self.interactive = interactive  # False for --screenshot: errors go to stderr, no modal dialog
        self.language = language
        self.paths: tuple[str, str] | None = None  # the letters on screen, or being loaded
        self.retry: tuple[str, str] | None = None  # a pair that failed to load: the open dialog offers it again
        self.comparison: Comparison | None = None
        self.manual: HelpDialog | None = None  # made when first asked for
        self.marks: ReviewMarks | None = None
        self._marks_error_shown = False
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)
        colours = Colours.from_palette(self.palette())
        self.view = CompareView(colours)
        self.legend = Legend(colours)
        self.find_bar = FindBar(self.view)
        self.find_bar.hide()
        central = QWidget()
        box = QVBoxLayout(central)
        box.setContentsMargins(4, 2, 4, 0)
        box.setSpacing(2)
        box.addWidget(self.legend)
        box.addWidget(self.view, 1)
        self.central_box = box
        self.start: StartPanel | None = None  # the recent comparisons, on an empty window
        self.recent: RecentLetters | None = None
        self._recent_shown: frozenset[str] = frozenset()  # the letters the recent menu shows as gone
        box.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.navigator = Navigator()
        self.facts = FactsPanel()
        self.navigator_dock = self._dock(
            "navigatorDock", tr("Secties"), self.navigator, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.facts_dock = self._dock("factsDock", tr("Feiten"), self.facts, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.commands = Actions(self)
        self.commands.build_menus(
            [self.navigator_dock.toggleViewAction(), self.facts_dock.toggleViewAction()], self.facts.table_actions
        )
        self.addToolBar(self.commands.build_toolbar())
        self.status = StatusBar()
        self.setStatusBar(self.status)
        self.letters, self.totals, self.busy = self.status.letters, self.status.totals, self.status.busy
        # a runner handed in may already be comparing (started before this window was built, to save time)
        self.runner = runner or CompareRunner()
        self.runner.setParent(self)
        self._start_watching()
        self._connect()
        self._restore()
        if self.runner.current is not None:
            self.paths = (self.runner.current.old_path, self.runner.current.new_path)
            self._started(self.runner.current)
        else:
            self._offer_recent()
        self._update_enabled()

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        a = self.commands
        a.open.triggered.connect(self.open_dialog)
        a.swap.triggered.connect(self.swap)
        a.reload.triggered.connect(self.reload)
        a.export.triggered.connect(self.export)
        a.print.triggered.connect(self.print_comparison)
        a.print_preview.triggered.connect(self.preview_print)
        a.quit.triggered.connect(self.close)
        a.next_change.triggered.connect(
            lambda: self._step_change(self.view.next_change, tr("Dit was de laatste wijziging."))
        )
        a.previous_change.triggered.connect(
            lambda: self._step_change(self.view.previous_change, tr("Dit was de eerste wijziging."))
        )
        a.first_change.triggered.connect(lambda: self._step_change(self.view.first_change, tr("Geen wijzigingen.")))
        a.last_change.triggered.connect(lambda: self._step_change(self.view.last_change, tr("Geen wijzigingen.")))
        a.next_fact.triggered.connect(lambda: self.facts.step(1) or self._say(tr("Geen volgend feit in de lijst.")))
        a.previous_fact.triggered.connect(lambda: self.facts.step(-1) or self._say(tr("Geen vorig feit in de lijst.")))
        a.review_next.triggered.connect(lambda: self._say(self.facts.review_and_next()))
        a.find.triggered.connect(self.find_bar.open_bar)
        a.sync.toggled.connect(self._set_sync)
        a.zoom_in.triggered.connect(lambda: self._zoom(1))
        a.zoom_out.triggered.connect(lambda: self._zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self._zoom(0))
        a.dark.toggled.connect(self.darkRequested.emit)
        a.dutch.triggered.connect(lambda: self.languageRequested.emit("nl"))
        a.english.triggered.connect(lambda: self.languageRequested.emit("en"))
        a.about.triggered.connect(self._about)
        a.manual.triggered.connect(self.show_manual)
        a.recent_menu.aboutToShow.connect(self._fill_recent)
        self.view.changeVisited.connect(self._change_visited)
        self.view.old_pane.filesDropped.connect(lambda paths: self._dropped("old", paths))
        self.view.new_pane.filesDropped.connect(lambda paths: self._dropped("new", paths))
        self.navigator.pairActivated.connect(self.view.go_to_pair)
        self.view.topRowChanged.connect(self.navigator.select_pair)
        self.facts.factSelected.connect(self._show_fact)
        self.facts.factCleared.connect(self.view.clear_fact)
        self.facts.reviewChanged.connect(self._save_marks)
        self.runner.started.connect(self._started)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.crashed.connect(self._crashed)

    # -- session -------------------------------------------------------------------------
    def open_files(self, old: str, new: str) -> Request:
        """Compare two files; a request still running is superseded."""
        self.paths = (old, new)
        return self.runner.request(old, new)

    def open_dialog(self, first: str = "", second: str = "") -> None:
        """Ask for the two letters; `first` and `second` (letters the program was started with) fill
        the fields, else the pair that failed to load or the pair on screen."""
        from viewer.gui.open_dialog import OpenDialog

        old, new = (first, second) if first else (self.retry or self.paths or ("", ""))
        dialog = OpenDialog(self, old, new)
        if dialog.exec():
            self.open_files(*dialog.paths())

    def swap(self) -> None:
        if self.paths:
            self.open_files(self.paths[1], self.paths[0])

    def reload(self) -> None:
        if self.paths:
            self.open_files(*self.paths)

    def _dropped(self, side: str, paths: list[str]) -> None:
        if len(paths) > 2:
            # which two of them is the clerk's choice, not the file manager's order: asked, as the
            # command line asks for more than two letters, the first two filled in
            QTimer.singleShot(0, lambda: self.open_dialog(paths[0], paths[1]))
            return
        if len(paths) == 2:
            self.open_files(paths[0], paths[1])
            return
        old, new = self.paths or ("", "")
        old, new = (paths[0], new) if side == "old" else (old, paths[0])
        if old and new:
            self.open_files(old, new)
        else:
            self.paths = (old, new)
            pane = self.view.old_pane if side == "old" else self.view.new_pane
            # the file's name: its folder would push the instruction out of a narrow pane (it is in the tooltip)
            hint = tr("Gekozen: {0}\nSleep nu de andere brief naar de andere kant.")
            pane.set_hint(hint.format(os.path.basename(paths[0])), paths[0])

    def _started(self, request: Request) -> None:
        self.busy.show()
        self._say(tr("Bezig met laden en vergelijken…"))
        self._update_enabled()

    def _progress(self, step: str) -> None:
        names = {"old": tr("Oude brief laden…"), "new": tr("Nieuwe brief laden…"), "compare": tr("Vergelijken…")}
        self._say(names.get(step, step))

    def _finished(self, request: Request, comparison: Comparison) -> None:
        self.retry = None
        self.busy.hide()
        self.statusBar().clearMessage()
        self.show_comparison(comparison)
        self.settings.add_recent(request.old_path, request.new_path)
        self._watch(request.old_path, request.new_path)

    def _not_loaded(self, request: Request) -> None:
        """Back to the comparison on screen: reloading, swapping and watching act on what is shown,
        not on the pair that failed (which the open dialog offers again, to correct). A window with
        none (the letters it was started with did not load) offers the recent ones, as a plain start does."""
        self.retry = (request.old_path, request.new_path)
        shown = self.comparison
        self.paths = (shown.old.meta.path, shown.new.meta.path) if shown is not None else None
        if shown is None:
            self._offer_recent()

    def _failed(self, request: Request, error: LoadError) -> None:
        self._not_loaded(request)
        self.busy.hide()
        self.statusBar().clearMessage()
        self._update_enabled()
        message = error.message(self.language)
        if self.interactive:
            dialogs.show_load_error(self, message)
        else:
            sys.stderr.write(f"{'error' if self.language == 'en' else 'fout'}: {message}\n")

    def _crashed(self, request: Request, trace: str) -> None:
        self._not_loaded(request)
        self.busy.hide()
        self._update_enabled()
        if self.interactive:
            dialogs.show_internal_error(self, trace)
        else:
            sys.stderr.write(trace)

    def show_comparison(self, comparison: Comparison) -> None:
        # A comparison that arrives with the window still unsized (it can be ready before the window
        # is first shown) would be laid out for one width and then again for the real one.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        # the same letters read again (F5, or a file changed on disk): the reader stays where they were
        again = self.comparison is not None and reading_place.same_letters(self.comparison, comparison)
        # the letters swapped: each pane's place goes to the other side, the same sections on top
        swapped = self.comparison is not None and reading_place.swapped_letters(self.comparison, comparison)
        state = None
        if again or swapped:  # the place, the chosen fact and the find match are found again in the letters read anew
            from viewer.gui import window_state

            state = window_state.take(self)
            if not again:
                state = window_state.mirrored(state, self)
        self.comparison = comparison
        self.paths = (comparison.old.meta.path, comparison.new.meta.path)
        if self.start is not None:
            self.start.hide()
        self.view.set_titles(
            self._letter_title(tr("Oud"), comparison.old), self._letter_title(tr("Nieuw"), comparison.new)
        )
        self.view.set_comparison(comparison)
        self.navigator.set_comparison(comparison)
        from viewer.core.export.words import letter_years  # loaded by the facts table's first cell anyway

        self.facts.set_pairs(comparison.facts, letter_years(comparison.old, comparison.new))
        self.marks = None
        # Read once the comparison is on screen: reading the marks (hashing both letters, a small
        # file) takes ~7 ms that the first paint need not wait for, and a moment later lets input
        # queued meanwhile go first. A window that is not painted soon (hidden, minimised) reads
        # them anyway. The window is the timers' context: closed, it cancels them.
        load = lambda: self._load_marks(comparison)  # noqa: E731
        self.view.old_pane.call_after_paint(lambda: QTimer.singleShot(MARKS_AFTER_PAINT_MS, self, load))
        QTimer.singleShot(MARKS_FALLBACK_MS, self, load)
        if state is not None:
            window_state.give(self, state)
        elif self.find_bar.isVisible():
            self.find_bar.search(self.find_bar.edit.text())
        names = (os.path.basename(comparison.old.meta.path), os.path.basename(comparison.new.meta.path))
        self.setWindowTitle(f"{names[0]} ↔ {names[1]} — {APP_NAME}")
        self._show_totals(comparison)
        self._update_enabled()
        self.comparisonShown.emit()

    # -- review marks ------------------------------------------------------------------
    def load_marks_now(self) -> None:
        """Read the marks of the comparison shown, if not yet (for a picture of the window)."""
        if self.comparison is not None:
            self._load_marks(self.comparison)

    def _load_marks(self, comparison: Comparison) -> None:
        if comparison is not self.comparison or self.marks is not None:
            return  # another comparison came in the meantime, or loaded already
        from viewer.core.review import ReviewStore

        marks = ReviewStore(self.settings.review_folder(), self.settings.marks_read_only).load(comparison)
        self.marks = marks
        self._marks_error_shown = False
        self.facts.set_marks(marks)
        if marks.problem:  # the file's name: its folder pushed the reason out of the status bar
            name = os.path.basename(marks.problem.path)
            self._say(tr("Eerdere markeringen 'nagekeken' niet te lezen: {0}").format(name), 20)
            if self.interactive:
                dialogs.show_marks_unreadable(self, marks.problem, self.language)

    def _save_marks(self) -> None:
        if self.marks is None or self.settings.marks_read_only:
            return
        from viewer.core.review import ReviewStore

        try:
            if ReviewStore(self.settings.review_folder()).save(self.marks):
                self.facts.set_marks(self.marks)  # another window's ticks came in: show them
        except OSError as error:
            reason = f"{error.filename or self.settings.review_folder()}: {dialogs.os_reason(error)}"
            if self.interactive and not self._marks_error_shown:
                self._marks_error_shown = True
                dialogs.show_marks_error(self, reason)
            self._say(tr("Markeringen 'nagekeken' niet bewaard: {0}").format(reason), 20)

    # -- status bar ----------------------------------------------------------------------
    def _letter_title(self, side: str, document: Document) -> str:
        return f"{side}: {os.path.basename(document.meta.path)}  ({letter_label(document, self.language)})"

    def _show_totals(self, comparison: Comparison) -> None:
        from viewer.core.export.atomic import same_file

        old, new = comparison.old, comparison.new
        letters = tr("Oud: {0}  ·  Nieuw: {1}").format(
            letter_label(old, self.language), letter_label(new, self.language)
        )
        if same_file(old.meta.path, new.meta.path):  # one file picked twice, by mistake?
            letters += "  ·  " + tr("links en rechts hetzelfde bestand")
        self.letters.setText(letters)
        self.totals.setText(totals_text(comparison, len(self.view.changes)))

    def _say(self, message: str, seconds: int = 4) -> None:
        self.status.say(message, seconds)

    def _change_visited(self, index: int, total: int) -> None:
        self._say(tr("Wijziging {0} van {1}").format(index + 1, total))
        place = self.view.changes[index]
        self.navigator.select_pair(place.row)

    def _show_fact(self, pair: object) -> None:
        row = self.view.show_fact(pair)
        if row is not None:
            self.navigator.select_pair(row)
            # the change named before is no longer the place F8 goes on from: name the fact instead
            self._say(tr("Feit: {0}").format(fact_words(pair)))

    def _step_change(self, move: object, at_end: str) -> None:
        if not move():  # type: ignore[operator]
            # letters without changes have no first or last change to have reached
            self._say(at_end if self.view.changes else tr("Geen wijzigingen."))

    # -- view ----------------------------------------------------------------------------
    def _set_sync(self, on: bool) -> None:
        self.view.sync.set_enabled(on)
        self.settings.set_sync_scrolling(on)

    def _zoom(self, step: int) -> None:
        self.view.zoom(step)
        self.settings.set_zoom(self.view.zoom_steps)

    def apply_palette(self, palette: QPalette) -> None:
        colours = Colours.from_palette(palette)
        self.legend.set_colours(colours)
        if self.comparison is None:
            self.view.set_colours(colours)
            return
        from viewer.gui import window_state

        # the panes are drawn anew in the new colours: the reader's place, current change, chosen
        # fact and find match come back as they were
        state = window_state.take(self)
        self.view.set_colours(colours)
        window_state.give(self, state)

    def _update_enabled(self) -> None:
        has = self.comparison is not None
        a = self.commands
        for action in (
            a.next_change,
            a.previous_change,
            a.first_change,
            a.last_change,
            a.next_fact,
            a.previous_fact,
            a.find,
            a.export,
            a.print,
            a.print_preview,
            a.review_next,
        ):
            action.setEnabled(has)
        a.swap.setEnabled(bool(self.paths and all(self.paths)))
        a.reload.setEnabled(bool(self.paths and all(self.paths)))

    def _recent_letters(self) -> RecentLetters:
        if self.recent is None:
            from viewer.gui.recent import RecentLetters  # made when first needed: not at every start

            self.recent = RecentLetters(self.settings, self)
            self.recent.checked.connect(self._recent_checked)
        return self.recent

    def _fill_recent(self, check: bool = True) -> None:
        recent = self._recent_letters()
        menu = self.commands.recent_menu
        menu.setToolTipsVisible(True)  # the full paths: two pairs of the same file names in other folders
        menu.clear()
        pairs = recent.pairs()
        self._recent_shown = frozenset(recent.missing)
        for k, (label, tooltip, can_open) in enumerate(recent.entries()):
            old, new = pairs[k]
            action = menu.addAction(label)
            action.setToolTip(tooltip)
            action.setEnabled(can_open)
            action.triggered.connect(lambda _=False, o=old, n=new: self.open_files(o, n))
        if not pairs:
            menu.addAction(tr("(nog geen)")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(tr("Lijst wissen"), self._clear_recent)
            if check:
                recent.check()  # the menu follows when the answer comes

    def _recent_checked(self) -> None:
        menu = self.commands.recent_menu
        # refilled only when the answer changes what it shows, and without asking again: a menu
        # cleared while open loses the entry the arrow keys are on (and asked again, never rests)
        if menu.isVisible() and frozenset(self._recent_letters().missing) != self._recent_shown:
            actions = menu.actions()
            active = actions.index(menu.activeAction()) if menu.activeAction() in actions else -1
            self._fill_recent(check=False)
            if 0 <= active < len(menu.actions()):
                menu.setActiveAction(menu.actions()[active])  # the entry the keys were on stays chosen
        if self.start is not None and self.start.isVisible():
            self.start.fill(self._recent_letters())

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        if self.start is not None:
            self.start.fill(self._recent_letters())

    def _offer_recent(self) -> None:
        """On an empty window, the recent comparisons above the panes (made only when there are any)."""
        if not self.settings.recent():
            return
        recent = self._recent_letters()
        if self.start is None:
            from viewer.gui.start_panel import StartPanel  # an empty window only: not at every start

            self.start = StartPanel()
            self.start.chosen.connect(self.open_files)
            self.central_box.insertWidget(1, self.start)
        self.start.fill(recent)
        recent.check()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self._stop_watching()
        self.runner.cancel()
        self.runner.wait()
        super().closeEvent(event)
