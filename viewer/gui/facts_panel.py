"""The facts panel: a table of fact pairs (troops, money, dates, commitments) across the two letters.

`FactTableModel` adapts `Comparison.facts` (a tuple of viewer.core.facts.FactPair) and reads
only their attributes; `FactFilterProxy` filters by kind and status and sorts by a key per
column. By default the panel shows what a clerk must report: added, removed and changed facts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
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
from viewer.gui.i18n import tr
from viewer.gui.icons import icon
from viewer.gui.navigator import refilter

if TYPE_CHECKING:
    from viewer.core.review import ReviewMarks

KINDS = ("troops", "money", "date", "commitment")
STATUSES = ("changed", "added", "removed", "unchanged")
DIFFERENCES = frozenset({"changed", "added", "removed"})
FACT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
SECTION_ROOM = 160  # the section column keeps this much of a narrow table; the old and new words give way
Index = QModelIndex | QPersistentModelIndex
STATUS_ICON = {
    "changed": "status-changed",
    "added": "status-added",
    "removed": "status-removed",
    "unchanged": "status-same",
}


def kind_names() -> dict[str, str]:
    return {"troops": tr("troepen"), "money": tr("geld"), "date": tr("datum"), "commitment": tr("toezegging")}


def status_names() -> dict[str, str]:
    return {
        "changed": tr("gewijzigd"),
        "added": tr("nieuw"),
        "removed": tr("vervallen"),
        "unchanged": tr("ongewijzigd"),
    }


def _section(pair: Any) -> str:
    fact = pair.new or pair.old
    return " / ".join(h for h in fact.section if h) if fact is not None else ""


class FactTableModel(QAbstractTableModel):
    """The fact pairs; the kind column carries the review mark as a check box."""

    COLUMNS = 5  # kind, old, new, status, section
    reviewToggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: Sequence[Any] = ()
        self.marks: ReviewMarks | None = None
        self._snippet_cache: dict[int, tuple[str, str]] = {}  # by id() of a pair in `pairs`

    def set_pairs(self, pairs: Sequence[Any]) -> None:
        self.beginResetModel()
        self.pairs = tuple(pairs)
        self.marks = None
        self._snippet_cache = {}
        self.endResetModel()

    def set_marks(self, marks: ReviewMarks) -> None:
        """The review marks of these pairs, once read: the check boxes appear in place, and the
        reader's selection, sort and scroll position stay as they are (no model reset)."""
        self.marks = marks
        if self.pairs:
            last = len(self.pairs) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, 0), [Qt.ItemDataRole.CheckStateRole])

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and self.marks is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or self.marks is None or not index.isValid():
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.set_reviewed([index.row()], done)
        return True

    def set_reviewed(self, rows: Sequence[int], done: bool) -> None:
        """Mark the pairs of `rows` (source rows) reviewed or not, and say so once."""
        if self.marks is None or not rows:
            return
        for row in rows:
            self.marks.set_reviewed(self.pairs[row], done)
            changed = self.index(row, 0)
            self.dataChanged.emit(changed, changed, [Qt.ItemDataRole.CheckStateRole])
        self.reviewToggled.emit()

    def is_reviewed(self, row: int) -> bool:
        return self.marks is not None and self.marks.is_reviewed(self.pairs[row])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt override)
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt override)
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Soort"), tr("Oud"), tr("Nieuw"), tr("Status"), tr("Sectie"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pair = self.pairs[index.row()]
        column = index.column()
        if role == FACT_ROLE:
            return pair
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and self.marks is not None:
            return Qt.CheckState.Checked if self.marks.is_reviewed(pair) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(pair, column)
        if role == SORT_ROLE:
            return self._sort_key(pair, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 3:
            return icon(STATUS_ICON.get(pair.status, "status-same"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(pair)
        return None

    def _display(self, pair: Any, column: int) -> str:
        if column == 0:
            return kind_names().get(pair.kind, pair.kind)
        if column in (1, 2):
            fact = pair.old if column == 1 else pair.new
            if fact is None:
                return "—"
            if pair.status == "changed" and pair.kind == "commitment":
                return self._snippets(pair)[column - 1]
            return str(fact.label)
        if column == 3:
            return status_names().get(pair.status, pair.status)
        return _section(pair)

    def _snippets(self, pair: Any) -> tuple[str, str]:
        """A changed commitment's changed words (the cell would show the same first words twice)."""
        found = self._snippet_cache.get(id(pair))
        if found is None:
            from viewer.core.facts.snippet import change_snippets

            found = self._snippet_cache[id(pair)] = change_snippets(pair.old.label, pair.new.label)
        return found

    def _sort_key(self, pair: Any, column: int) -> Any:
        if column == 0:
            return KINDS.index(pair.kind) if pair.kind in KINDS else len(KINDS)
        if column == 3:
            return STATUSES.index(pair.status) if pair.status in STATUSES else len(STATUSES)
        if column in (1, 2):
            fact = pair.old if column == 1 else pair.new
            # as shown, so the column looks sorted; a snippet's leading "…" does not count
            return "" if fact is None else self._display(pair, column).lstrip("…").casefold()
        return _section(pair).casefold()

    @staticmethod
    def _tooltip(pair: Any) -> str:
        lines = [tr("Vink aan wat u hebt nagekeken (spatiebalk).")]
        for label, fact in ((tr("Oud"), pair.old), (tr("Nieuw"), pair.new)):
            if fact is not None:
                lines.append(f"{label}: {fact.sentence}")
        return "\n\n".join(lines)


def folded(text: str) -> str:
    """Text as a search compares it: case and accents ignored ("Syrië" finds "syrie")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _searchable(pair: Any) -> str:
    """Everything a reader may look for a fact by: its words, its sentences and its section."""
    parts = [_section(pair)]
    for fact in (pair.old, pair.new):
        if fact is not None:
            parts += [fact.label, fact.sentence]
    return folded("\n".join(parts))


class FactFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds: frozenset[str] = frozenset(KINDS)
        self.statuses: frozenset[str] = DIFFERENCES
        self.unreviewed_only = False
        self.words: list[str] = []  # every one must occur in the fact's words, sentences or section
        self.setSortRole(SORT_ROLE)

    def set_words(self, text: str) -> None:
        def change() -> None:
            self.words = folded(text).split()

        refilter(self, change)

    def set_filter(self, kinds: frozenset[str], statuses: frozenset[str], unreviewed_only: bool = False) -> None:
        def change() -> None:
            self.kinds, self.statuses, self.unreviewed_only = kinds, statuses, unreviewed_only

        refilter(self, change)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        pair = model.index(row, 0, parent).data(FACT_ROLE)
        if pair is None or pair.kind not in self.kinds or pair.status not in self.statuses:
            return False
        if self.words:
            searchable = _searchable(pair)
            if not all(word in searchable for word in self.words):
                return False
        return not self.unreviewed_only or not isinstance(model, FactTableModel) or not model.is_reviewed(row)


class FactsPanel(QWidget):
    factSelected = Signal(object)
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
        self.table = QTableView()
        self.table.setObjectName("factTable")
        self.table.setAccessibleName(tr("Feiten"))
        self.table.setModel(self.proxy)
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
        # ... but in a narrow table they give way, so that status and section stay in sight
        self.columns = GivingColumns(self.table, header, {1: words, 2: words}, stretch=4, room=SECTION_ROOM, least=80)
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
        box.addWidget(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.table.activated.connect(self._picked)
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

    @property
    def table_actions(self) -> list[QAction]:
        return [self.review_action, self.copy_action, self.select_all_action]

    def set_pairs(self, pairs: Sequence[Any]) -> None:
        self.model.set_pairs(pairs)
        self.review_action.setEnabled(False)
        self._update_count()

    def set_marks(self, marks: ReviewMarks) -> None:
        self.model.set_marks(marks)
        self.review_action.setEnabled(True)
        self._update_count()

    def _filter(self) -> None:
        self.proxy.set_filter(
            frozenset(self.kind.currentData() or ()),
            frozenset(self.status.currentData() or ()),
            self.status.currentIndex() == self._unreviewed_item,
        )
        self._update_count()

    def _search(self, text: str) -> None:
        self.proxy.set_words(text)
        self._update_count()

    def _update_count(self) -> None:
        text = tr("{0} van {1}").format(self.proxy.rowCount(), self.model.rowCount())
        if self.model.marks is not None:
            differences = [r for r, p in enumerate(self.model.pairs) if p.status in DIFFERENCES]
            done = sum(1 for r in differences if self.model.is_reviewed(r))
            text += "  ·  " + tr("{0} van {1} verschillen nagekeken").format(done, len(differences))
        self.count.setText(text)

    def _reviewed(self) -> None:
        self._update_count()
        self.reviewChanged.emit()

    def _selected_source_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        current = self.table.currentIndex()
        if not rows and current.isValid():
            rows = {self.proxy.mapToSource(current).row()}
        return sorted(rows)

    def toggle_reviewed(self) -> None:
        """Tick off the selected facts, or clear them when all of them were ticked already."""
        rows = self._selected_source_rows()
        if rows:
            self.model.set_reviewed(rows, not all(self.model.is_reviewed(r) for r in rows))

    def review_and_next(self) -> bool:
        """Tick off the selected facts and go on to the next fact in the list; False at the end."""
        rows = self._selected_source_rows()
        if not rows or self.model.marks is None:
            return False
        current = self.table.currentIndex()
        following = self.proxy.index(current.row() + 1, 0) if current.isValid() else QModelIndex()
        # the next row, remembered by its fact: ticking off can hide the current row (filter
        # "Nog na te kijken") and shift the rows below it up
        target = following.data(FACT_ROLE) if following.isValid() else None
        self.model.set_reviewed(rows, True)
        if target is None:
            return False
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(FACT_ROLE) is target:
                self.table.setCurrentIndex(index)
                return True
        return False

    def _picked(self, index: QModelIndex, *_: object) -> None:
        if index.isValid():
            self.factSelected.emit(index.data(FACT_ROLE))

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
        self.table.setCurrentIndex(self.proxy.index(target, 0))
        return True
