"""The facts panel: a table of fact pairs (troops, money, dates, commitments) across the two letters.

`FactTableModel` adapts `Comparison.facts` (a tuple of viewer.core.facts.FactPair) and reads
only their attributes; `FactFilterProxy` filters by kind and status and sorts by a key per
column. By default the panel shows what a clerk must report: added, removed and changed facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from viewer.gui.i18n import tr
from viewer.gui.icons import icon
from viewer.gui.navigator import refilter

KINDS = ("troops", "money", "date", "commitment")
STATUSES = ("changed", "added", "removed", "unchanged")
DIFFERENCES = frozenset({"changed", "added", "removed"})
FACT_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
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
    COLUMNS = 5  # kind, old, new, status, section

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: Sequence[Any] = ()

    def set_pairs(self, pairs: Sequence[Any]) -> None:
        self.beginResetModel()
        self.pairs = tuple(pairs)
        self.endResetModel()

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
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(pair, column)
        if role == SORT_ROLE:
            return self._sort_key(pair, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 3:
            return icon(STATUS_ICON.get(pair.status, "status-same"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(pair)
        return None

    @staticmethod
    def _display(pair: Any, column: int) -> str:
        if column == 0:
            return kind_names().get(pair.kind, pair.kind)
        if column in (1, 2):
            fact = pair.old if column == 1 else pair.new
            return "—" if fact is None else fact.text
        if column == 3:
            return status_names().get(pair.status, pair.status)
        return _section(pair)

    @staticmethod
    def _sort_key(pair: Any, column: int) -> Any:
        if column == 0:
            return KINDS.index(pair.kind) if pair.kind in KINDS else len(KINDS)
        if column == 3:
            return STATUSES.index(pair.status) if pair.status in STATUSES else len(STATUSES)
        if column in (1, 2):
            fact = pair.old if column == 1 else pair.new
            return "" if fact is None else fact.text.casefold()
        return _section(pair).casefold()

    @staticmethod
    def _tooltip(pair: Any) -> str:
        lines = []
        for label, fact in ((tr("Oud"), pair.old), (tr("Nieuw"), pair.new)):
            if fact is not None:
                lines.append(f"{label}: {fact.sentence}")
        return "\n\n".join(lines)


class FactFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds: frozenset[str] = frozenset(KINDS)
        self.statuses: frozenset[str] = DIFFERENCES
        self.setSortRole(SORT_ROLE)

    def set_filter(self, kinds: frozenset[str], statuses: frozenset[str]) -> None:
        def change() -> None:
            self.kinds, self.statuses = kinds, statuses

        refilter(self, change)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        pair = self.sourceModel().index(row, 0, parent).data(FACT_ROLE)
        return pair is not None and pair.kind in self.kinds and pair.status in self.statuses


class FactsPanel(QWidget):
    factSelected = Signal(object)

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
        for key, name in status_names().items():
            self.status.addItem(name, [key])
        self.kind.currentIndexChanged.connect(self._filter)
        self.status.currentIndexChanged.connect(self._filter)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setObjectName("factTable")
        self.table.setAccessibleName(tr("Feiten"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
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
        kind = max(metrics.horizontalAdvance(name) for name in (*kind_names().values(), tr("Soort"))) + 30
        status = max(metrics.horizontalAdvance(name) for name in (*status_names().values(), tr("Status"))) + 40
        for column, width in enumerate((kind, 150, 150, status)):
            header.resizeSection(column, width)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Soort:")))
        filters.addWidget(self.kind)
        filters.addWidget(QLabel(tr("Status:")))
        filters.addWidget(self.status)
        filters.addStretch(1)
        filters.addWidget(self.count)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(filters)
        box.addWidget(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.table.activated.connect(self._picked)

    def set_pairs(self, pairs: Sequence[Any]) -> None:
        self.model.set_pairs(pairs)
        self._update_count()

    def _filter(self) -> None:
        self.proxy.set_filter(frozenset(self.kind.currentData() or ()), frozenset(self.status.currentData() or ()))
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(tr("{0} van {1}").format(self.proxy.rowCount(), self.model.rowCount()))

    def _picked(self, index: QModelIndex, *_: object) -> None:
        if index.isValid():
            self.factSelected.emit(index.data(FACT_ROLE))

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
