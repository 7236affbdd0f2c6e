"""The facts panel: a table of fact pairs (troops, money, dates, commitments) across the two letters.

By default the panel shows what a clerk must report: added, removed and changed facts; the model
and its filter are in facts_model.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.gui.column_fit import GivingColumns
from viewer.gui.combo_keys import ComboKeys
from viewer.gui.facts_model import (
    DIFFERENCES,
    FACT_ROLE,
    KINDS,
    SECTION_ROOM,
    STATUSES,
    FactFilterProxy,
    FactTableModel,
    kind_names,
    section_name,
    status_names,
)
from viewer.gui.i18n import tr
from viewer.gui.review_box import ReviewBoxDelegate

if TYPE_CHECKING:
    from viewer.core.review import ReviewMarks


class FactTable(QTableView):
    """The facts table: a list of whole rows, so Home and End go to the first and the last fact (as
    in a file list), not to the first and the last column of a row, which selects the same row."""

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and self.hasFocus():
            # Tabbed into, the table has no current row (the first Down chooses the first fact), so
            # Qt draws no focus anywhere: its frame, in the highlight colour, shows where the keys go.
            # (A style sheet would do it, but makes the table's style one Qt replaces under PySide's
            # feet when the scheme changes.)
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
            painter.end()
        return handled

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the frame, which a focus change alone does not repaint

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def moveCursor(self, action: QTableView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action in (QTableView.CursorAction.MoveHome, QTableView.CursorAction.MoveEnd):
            # Qt's Ctrl+Home/End go to the first/last row; the key's own modifiers still decide the
            # selection (Shift extends it, Ctrl only moves the current row, as before)
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)


@dataclass(frozen=True)
class ColumnState:
    sort_column: int
    sort_order: Qt.SortOrder
    asked: dict[int, int]  # the widths the old and new columns ask for (GivingColumns)
    dragged: dict[int, int]  # the kind and status columns' widths, where the reader changed them


class FactsPanel(QWidget):
    factSelected = Signal(object)
    factCleared = Signal()  # a filter or search hid the chosen fact: none is chosen now
    reviewChanged = Signal()  # a review mark was set or cleared: time to save the marks

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FactTableModel(self)
        self.proxy = FactFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.kind = QComboBox()
        self.kind.setObjectName("factKind")
        self.kind.setAccessibleName(tr("Soort feit"))
        self.kind.addItem(tr("Alle soorten"), list(KINDS))
        for key, name in kind_names().items():
            self.kind.addItem(name, [key])
        self.status = QComboBox()
        self.status.setObjectName("factStatus")
        self.status.setAccessibleName(tr("Status van het feit"))
        self.status.addItem(tr("Verschillen"), sorted(DIFFERENCES))
        self.status.addItem(tr("Alle"), list(STATUSES))
        self.status.addItem(tr("Nog na te kijken"), sorted(DIFFERENCES))
        self._unreviewed_item = self.status.count() - 1
        for key, name in status_names().items():
            self.status.addItem(name, [key])
        self._combo_keys = ComboKeys(self)
        for combo in (self.kind, self.status):
            self._combo_keys.install(combo)
        self.kind.currentIndexChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._filter)
        self.search = QLineEdit()
        self.search.setObjectName("factSearch")
        self.search.setAccessibleName(tr("Zoeken in de feiten"))
        self.search.setPlaceholderText(tr("Zoeken in de feiten…"))
        self.search.setToolTip(tr("Toont alleen de feiten met deze woorden in hun waarde, zin of sectie"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.count = QLabel()
        # said in words when the table is empty: no differences at all, all reviewed, nothing found
        self.empty = QLabel()
        self.empty.setObjectName("factsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(6, 4, 6, 4)
        self.empty.hide()
        self._listed = False  # the facts of a comparison are in the table (perhaps none)
        self._refiltering = False  # a filter or search is being applied: rows Qt makes current are no choice
        self.table = FactTable()
        self.table.setObjectName("factTable")
        self.table.setAccessibleName(tr("Feiten"))
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(0, ReviewBoxDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # several rows can be selected to copy them; the pane follows the row last clicked
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        # Tab leaves the table (it selects whole rows; stepping cell by cell would trap the keyboard)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # the kind and status columns fit their longest word in the window's language ("toezegging",
        # "commitment"), with room for the sort arrow and the status icon
        metrics = self.table.fontMetrics()
        # (and the review check box)
        kind = max(metrics.horizontalAdvance(name) for name in (*kind_names().values(), tr("Soort"))) + 54
        status = max(metrics.horizontalAdvance(name) for name in (*status_names().values(), tr("Status"))) + 40
        # the old and new words matter more than the section, which takes the rest
        words = metrics.horizontalAdvance("…oktober 2016 155 militairen beschikbaar…") + 40
        header.resizeSection(0, kind)
        header.resizeSection(3, status)
        self._fitted = {0: kind, 3: status}  # a width other than these the reader dragged
        # ... but in a narrow table they give way, so that status and section stay in sight
        # and in a wide table they take what the section names do not need
        self.columns = GivingColumns(
            self.table, header, {1: words, 2: words}, stretch=4, room=SECTION_ROOM, least=80, grow=True
        )
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Soort:")))
        filters.addWidget(self.kind)
        filters.addWidget(QLabel(tr("Status:")))
        filters.addWidget(self.status)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(filters)
        box.addWidget(self.empty)
        box.addWidget(self.table)
        # the chosen fact is the current row when it is selected: Qt also makes rows current without
        # selecting them (Ctrl+Home, Ctrl+arrows, the table taking the focus), and Space and Ctrl+M
        # act on the selection, so the panes follow only a row that is both
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.installEventFilter(self)
        self.table.activated.connect(self._picked)
        # a click on the fact already chosen shows it again (the reader may have scrolled or moved on)
        self.table.clicked.connect(self._picked)
        # these act on the table only (Ctrl+C in a pane copies its text); the window's Feiten menu
        # lists them too, with their keys
        self.review_action = self._table_action(
            tr("&Nagekeken aan/uit"), QKeySequence(Qt.Key.Key_Space), tr("Vink de gekozen feiten af of weer aan")
        )
        self.review_action.triggered.connect(self.toggle_reviewed)
        self.copy_action = self._table_action(
            tr("&Kopiëren"), QKeySequence.StandardKey.Copy, tr("Kopieer de gekozen feiten, voor Excel of Word")
        )
        self.copy_action.triggered.connect(self.copy_selection)
        self.select_all_action = self._table_action(
            tr("Alle feiten &selecteren"), QKeySequence.StandardKey.SelectAll, tr("Selecteer alle feiten in de lijst")
        )
        self.select_all_action.triggered.connect(self.table.selectAll)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.model.reviewToggled.connect(self._reviewed)

    def _table_action(self, text: str, key: QKeySequence | QKeySequence.StandardKey, tip: str) -> QAction:
        action = QAction(text, self.table)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut})")
        action.setStatusTip(tip)
        self.table.addAction(action)
        return action

    def column_state(self) -> ColumnState:
        """The table's sort and the column widths the reader chose, to carry into another window."""
        header = self.table.horizontalHeader()
        dragged = {c: header.sectionSize(c) for c, fitted in self._fitted.items() if header.sectionSize(c) != fitted}
        sort = header.sortIndicatorSection(), header.sortIndicatorOrder()
        return ColumnState(*sort, dict(self.columns.asked), dragged)

    def set_column_state(self, state: ColumnState) -> None:
        """Sort and size the columns as `state` says. The kind and status columns the reader left
        alone keep the width fitted to this window's language ("commitment" is wider than "toezegging")."""
        self.table.sortByColumn(state.sort_column, state.sort_order)
        header = self.table.horizontalHeader()
        for column, width in state.dragged.items():
            header.resizeSection(column, width)
        self.columns.asked.update(state.asked)
        self.columns.fit()

    @property
    def table_actions(self) -> list[QAction]:
        return [self.review_action, self.copy_action, self.select_all_action]

    def set_pairs(self, pairs: Sequence[Any], letter_years: tuple[int | None, int | None] = (None, None)) -> None:
        self._listed = True
        self.model.set_pairs(pairs, letter_years)
        # the section column keeps the width of its longest name (the cell's margins and a little air)
        metrics = self.table.fontMetrics()
        names = {section_name(pair) for pair in self.model.pairs}
        self.columns.set_keep(max((metrics.horizontalAdvance(name) for name in names), default=0) + 24)
        self.review_action.setEnabled(False)
        self._update_count()

    def set_marks(self, marks: ReviewMarks) -> None:
        self.model.set_marks(marks)
        self.review_action.setEnabled(True)
        self._update_count()

    def _filter(self) -> None:
        kinds, statuses = frozenset(self.kind.currentData() or ()), frozenset(self.status.currentData() or ())
        unreviewed = self.status.currentIndex() == self._unreviewed_item
        self._refilter(lambda: self.proxy.set_filter(kinds, statuses, unreviewed))

    def _search(self, text: str) -> None:
        self._refilter(lambda: self.proxy.set_words(text))

    def _refilter(self, apply: Callable[[], None]) -> None:
        """Apply a filter or search; a chosen fact it hides leaves no fact chosen.

        Qt then makes a neighbouring row current without selecting it: that row moved the panes,
        was named in the status bar, and was what the next Ctrl+M or Space ticked off, a fact the
        reader never chose. The panes stay where they are instead."""
        current = self.table.currentIndex()
        chosen = current.data(FACT_ROLE) if current.isValid() else None
        self._refiltering = True
        try:
            apply()
        finally:
            self._refiltering = False
        current = self.table.currentIndex()
        if current.isValid() and (chosen is None or current.data(FACT_ROLE) is not chosen):
            selection = self.table.selectionModel()
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            if chosen is not None:
                self.factCleared.emit()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        differences = [r for r, p in enumerate(self.model.pairs) if p.status in DIFFERENCES]
        done = sum(1 for r in differences if self.model.is_reviewed(r))
        text = tr("{0} van {1}").format(shown, total)
        if self.model.marks is not None and differences:
            counted = (
                tr("{0} van {1} verschil nagekeken")
                if len(differences) == 1
                else tr("{0} van {1} verschillen nagekeken")
            )
            text += "  ·  " + counted.format(done, len(differences))
        self.count.setText(text)
        self._say_why_empty(shown, total, len(differences), done)

    def _say_why_empty(self, shown: int, total: int, differences: int, done: int) -> None:
        if shown or not self._listed:
            self.empty.hide()
            return
        statuses = frozenset(self.status.currentData() or ())
        if not total:  # letters without troop numbers, money, dates or commitments ("Ja." and "Nee.")
            why = tr("Geen feiten gevonden in deze brieven.")
        elif self.search.text().strip():
            why = tr("Geen feiten met deze woorden bij deze keuze.")
        elif not differences and statuses <= DIFFERENCES:
            why = tr("Geen verschillen in de feiten: alle {0} staan gelijk in beide brieven.").format(total)
        elif self.status.currentIndex() == self._unreviewed_item and done == differences:
            why = tr("Alle verschillen zijn nagekeken.")
        else:
            why = tr("Geen feiten bij deze keuze.")
        self.empty.setText(why)
        self.empty.show()

    def _reviewed(self) -> None:
        self._update_count()
        self._select_current()
        self.reviewChanged.emit()

    def _select_current(self) -> None:
        """Show the current row selected when ticking off hid the selected ones ("Nog na te kijken").

        Qt then makes the next row current, and the panes show its fact, but selects nothing: only a
        faint focus frame said which fact the next Space would tick off."""
        current = self.table.currentIndex()
        selection = self.table.selectionModel()
        if current.isValid() and not selection.hasSelection():
            flags = QItemSelectionModel.SelectionFlag
            selection.select(current, flags.ClearAndSelect | flags.Rows)

    def _selected_source_rows(self) -> list[int]:
        """The facts the reader selected; never a row that is only current (no fact shown chosen)."""
        return sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})

    def toggle_reviewed(self) -> None:
        """Tick off the selected facts, or clear them when all of them were ticked already."""
        rows = self._selected_source_rows()
        if rows:
            self.model.set_reviewed(rows, not all(self.model.is_reviewed(r) for r in rows))

    def review_and_next(self) -> str:
        """Tick off the selected facts and go on to the next fact in the list; what to tell the
        reader when there was no fact to tick off or none to go on to ("" when it went on)."""
        rows = self._selected_source_rows()
        if not rows:
            return tr("Kies eerst een feit in de lijst.")
        if self.model.marks is None:
            return tr("De markeringen 'nagekeken' worden nog gelezen; probeer het zo weer.")
        current = self.table.currentIndex()
        following = self.proxy.index(current.row() + 1, 0) if current.isValid() else QModelIndex()
        # the next row, remembered by its fact: ticking off can hide the current row (filter
        # "Nog na te kijken") and shift the rows below it up
        target = following.data(FACT_ROLE) if following.isValid() else None
        self.model.set_reviewed(rows, True)
        for row in range(self.proxy.rowCount() if target is not None else 0):
            index = self.proxy.index(row, 0)
            if index.data(FACT_ROLE) is target:
                self.choose(index)
                return ""
        return tr("Nagekeken; dit was het laatste feit in de lijst.")

    def _picked(self, index: QModelIndex, *_: object) -> None:
        chosen = index.isValid() and self.table.selectionModel().isRowSelected(index.row(), QModelIndex())
        if chosen and not self._refiltering:
            self.factSelected.emit(index.data(FACT_ROLE))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        # the current row selected after it became current (Shift+arrows move, then select); a click
        # selects first and makes the row current after, which `_picked` follows
        current = self.table.currentIndex()
        if current.isValid() and selected.contains(current):
            self._picked(current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.FocusIn and not self.table.currentIndex().isValid():
            # Qt makes the first row current as the table takes the focus (Tab), selecting nothing;
            # left current, the first Down would go on to the second row: no row is current then
            QTimer.singleShot(0, self._entered)
        return super().eventFilter(watched, event)

    def _entered(self) -> None:
        current = self.table.currentIndex()
        if current.isValid() and not self.table.selectionModel().isRowSelected(current.row(), QModelIndex()):
            self.table.selectionModel().clearCurrentIndex()

    def _shown_columns(self) -> list[int]:
        """The columns as the reader sees them: in the header's order, hidden ones left out."""
        header = self.table.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())]
        return [c for c in columns if not header.isSectionHidden(c)]

    def selected_rows(self) -> list[list[str]]:
        """The selected rows as shown, top down."""
        columns = self._shown_columns()
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [[str(self.proxy.index(row, column).data() or "") for column in columns] for row in rows]

    def copy_selection(self) -> None:
        """Put the selected facts on the clipboard: tab-separated for a spreadsheet, a table for Word."""
        rows = self.selected_rows()
        if not rows:
            return
        from viewer.gui.clipboard import put_table

        horizontal = Qt.Orientation.Horizontal
        put_table([str(self.proxy.headerData(c, horizontal)) for c in self._shown_columns()], rows)

    def step(self, delta: int) -> bool:
        """Select the next (+1) or previous (-1) visible fact; stops at the ends."""
        rows = self.proxy.rowCount()
        if rows == 0:
            return False
        current = self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1
        target = current + delta if current >= 0 else (0 if delta > 0 else rows - 1)
        if not 0 <= target < rows:
            return False
        self.choose(self.proxy.index(target, 0))
        return True

    def choose(self, index: QModelIndex) -> None:
        """Make `index`'s row the current and only selected one.

        Not QTableView.setCurrentIndex: that reads the keys still held (Ctrl of Ctrl+M, Shift of
        Alt+Shift+Down) as a reader's extended selection, so the row was added to the selection,
        and the next Space or Ctrl+M ticked off rows the reader never chose."""
        # in single selection the view reads no key held, and moves its anchor for Shift+arrows here
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setCurrentIndex(index)
        self.table.setSelectionMode(mode)
        self.table.scrollTo(index)
