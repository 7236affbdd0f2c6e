"""The section navigator: the tree of paired sections with their status and number of changes.

`SectionTreeModel` adapts the core's tuple of SectionPairs (napari's way: the model stays plain
Python, a QAbstractItemModel presents it). A pair hangs under the pair holding its section's
parent (the new letter's tree, the old one's for removed sections). A recursive filter proxy
hides unchanged sections but keeps the parents of changed ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTreeView, QVBoxLayout, QWidget

from viewer.gui.column_fit import GivingColumns
from viewer.gui.i18n import tr
from viewer.gui.icons import icon
from viewer.gui.outlined_check_box import OutlinedCheckBox

if TYPE_CHECKING:
    from viewer.core.comparison import Comparison, SectionPair

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1  # the pair's index in Comparison.sections
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # the status keys, e.g. ("changed", "renamed")
Index = QModelIndex | QPersistentModelIndex
STATUS_PADDING = 16  # the cell's margins around a status text
NAME_ROOM = 150  # the section names keep at least this much of a narrow tree; the status column gives way
LEAST_STATUS = 60


def status_keys(pair: SectionPair) -> tuple[str, ...]:
    keys = [pair.status]
    if pair.renamed:
        keys.append("renamed")
    if pair.moved:
        keys.append("moved")
    return tuple(keys)


def status_names() -> dict[str, str]:
    return {
        "same": tr("gelijk"),
        "changed": tr("gewijzigd"),
        "added": tr("toegevoegd"),
        "removed": tr("verwijderd"),
        "renamed": tr("hernoemd"),
        "moved": tr("verplaatst"),
    }


def status_text(pair: SectionPair, names: dict[str, str] | None = None) -> str:
    names = names or status_names()
    return ", ".join(names[k] for k in status_keys(pair))


def status_icon_key(pair: SectionPair) -> str:
    # the most telling mark wins: a renamed or moved section is that before it is "changed"
    if pair.status in ("added", "removed"):
        return pair.status
    if pair.renamed:
        return "renamed"
    if pair.moved:
        return "moved"
    return pair.status


@dataclass
class _Node:
    pair: int  # -1 for the invisible root
    parent: _Node | None
    children: list[_Node] = field(default_factory=list)
    row: int = 0


def _build_tree(comparison: Comparison) -> _Node:
    root = _Node(-1, None)
    by_old: dict[int, _Node] = {}
    by_new: dict[int, _Node] = {}
    for k, pair in enumerate(comparison.sections):
        section = pair.new or pair.old
        lookup = by_new if pair.new is not None else by_old
        parent = lookup.get(section.parent) if section is not None and section.parent is not None else None
        node = _Node(k, parent or root)
        node.parent.children.append(node)  # type: ignore[union-attr]
        node.row = len(node.parent.children) - 1  # type: ignore[union-attr]
        if pair.old is not None:
            by_old[pair.old.index] = node
        if pair.new is not None:
            by_new[pair.new.index] = node
    return root


class SectionTreeModel(QAbstractItemModel):
    COLUMNS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.root = _Node(-1, None)
        self.nodes: dict[int, _Node] = {}

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.root = _build_tree(comparison) if comparison is not None else _Node(-1, None)
        self.nodes = {}
        stack = list(self.root.children)
        while stack:
            node = stack.pop()
            self.nodes[node.pair] = node
            stack.extend(node.children)
        self.endResetModel()

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self.root  # type: ignore[no-any-return]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < self.COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def index_of_pair(self, pair: int) -> QModelIndex:
        node = self.nodes.get(pair)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt override)
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt override)
        return self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Sectie"), tr("Status"), tr("Wijz."))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.comparison is None:
            return None
        k = self._node(index).pair
        pair = self.comparison.sections[k]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return pair.heading or tr("(opening)")
            if column == 1:
                return status_text(pair)
            return len(pair.changes) if pair.changes else ""
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return icon(f"status-{status_icon_key(pair)}")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(pair)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{pair.heading or tr('(opening)')}: {status_text(pair)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PAIR_ROLE:
            return k
        if role == STATUS_ROLE:
            return status_keys(pair)
        return None

    @staticmethod
    def _tooltip(pair: SectionPair) -> str:
        lines = [f"{pair.heading or tr('(opening)')} — {status_text(pair)}"]
        if pair.renamed and pair.old is not None:
            lines.append(tr("was: {0}").format(pair.old.heading))
        if pair.changes:
            added, removed = pair.inserted_words, pair.deleted_words
            added_words = (tr("{0} woord erbij") if added == 1 else tr("{0} woorden erbij")).format(added)
            lines.append(tr("{0}, {1} eraf").format(added_words, removed))
        return "\n".join(lines)


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Change a filter's criteria and apply them (Qt 6.10 replaced invalidateFilter by begin/end)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:
        change()
        proxy.invalidateFilter()


class ChangedOnlyProxy(QSortFilterProxyModel):
    """Hides unchanged sections when asked; parents of changed sections stay (recursive filtering)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed_only = False
        self.setRecursiveFilteringEnabled(True)

    def set_changed_only(self, on: bool) -> None:
        refilter(self, lambda: setattr(self, "changed_only", on))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if not self.changed_only:
            return True
        keys = self.sourceModel().index(row, 0, parent).data(STATUS_ROLE) or ()
        return tuple(keys) != ("same",)


class Navigator(QWidget):
    """The tree with its filter; emits the pair index a reader picks."""

    pairActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SectionTreeModel(self)
        self.proxy = ChangedOnlyProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView()
        self.view.setObjectName("sectionTree")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(tr("Secties"))
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setIndentation(14)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # fixed widths: sizing to contents would ask every row for its data on each change
        metrics = self.fontMetrics()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        names = status_names()
        usual = f"{names['changed']}, {names['renamed']}"  # the longest status most letters have
        header.resizeSection(2, metrics.horizontalAdvance("Wijz.") + 18)
        # the names matter more than the status, which the icon before each name also gives
        asked = metrics.horizontalAdvance(usual) + STATUS_PADDING
        self.columns = GivingColumns(self.view, header, {1: asked}, stretch=0, room=NAME_ROOM, least=LEAST_STATUS)
        self.changed_only = OutlinedCheckBox(tr("Alleen gewijzigde secties"))
        self.changed_only.setAccessibleName(tr("Alleen gewijzigde secties tonen"))
        self.changed_only.toggled.connect(self._filter)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.changed_only)
        box.addWidget(self.view)
        self._following = False  # True while the tree follows the panes (select_pair)
        self.view.selectionModel().currentChanged.connect(self._current)
        self.view.activated.connect(self._current)
        # a click on the section already selected changes no current item: it still means "go there"
        # (back to its start, after the reader scrolled on within it)
        self.view.clicked.connect(self._current)

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.model.set_comparison(comparison)
        self.view.expandAll()
        if comparison is not None:
            self._fit_status_column(comparison)

    def _fit_status_column(self, comparison: Comparison) -> None:
        """Widen the status column (never narrow it: the reader may have set it) to the longest
        status of this comparison, e.g. "gewijzigd, hernoemd, verplaatst"."""
        names = status_names()
        metrics = self.view.fontMetrics()
        texts = {status_text(pair, names) for pair in comparison.sections}
        needed = max((metrics.horizontalAdvance(text) for text in texts), default=0) + STATUS_PADDING
        if self.columns.asked[1] < needed:
            self.columns.ask(1, needed)

    def _filter(self, on: bool) -> None:
        self.proxy.set_changed_only(on)
        self.view.expandAll()

    def _current(self, index: QModelIndex, *_: object) -> None:
        if index.isValid() and not self._following:
            self.pairActivated.emit(index.data(PAIR_ROLE))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # a smaller window must not leave the section the tree names out of its sight
        QTimer.singleShot(0, self._keep_current_in_view)

    def _keep_current_in_view(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.view.scrollTo(index)

    def select_pair(self, pair: int) -> None:
        """Select a pair in the tree without asking the panes to move.

        The selection model's signals must flow: the tree repaints the new selection on them.
        """
        index = self.proxy.mapFromSource(self.model.index_of_pair(pair))
        self._following = True
        try:
            # a section the filter hides: no row stays selected that is not where the panes are
            self.view.setCurrentIndex(index)
        finally:
            self._following = False
        if index.isValid():
            self.view.scrollTo(index)
