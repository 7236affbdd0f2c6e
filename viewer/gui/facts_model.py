"""The facts table's model: `Comparison.facts` (a tuple of viewer.core.facts.FactPair) as rows.

`FactTableModel` reads only the pairs' attributes, with a review check box per row;
`FactFilterProxy` filters by kind, status, review and words, and sorts by a key per column.
"""

from __future__ import annotations

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
from PySide6.QtWidgets import QWidget

from viewer.gui.folding import folded
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


def section_name(pair: Any) -> str:
    fact = pair.new or pair.old
    if fact is None:
        return ""
    # the untitled opening named as the navigator names it, not left blank
    return " / ".join(h for h in fact.section if h) or tr("(opening)")


MISSING_LAST = "\uffff"  # a fact absent on one side ("—") sorts after every value


def _value_key(fact: Any, shown: str) -> str:
    """How the Oud and Nieuw columns sort a fact: by kind first (a column can hold all four), then
    counts and amounts by number ("400.000 euro" before "5 miljoen euro"; amounts by currency),
    dates by date ("19 juni 2015" before "1 juli 2016"), commitments by their words.

    A string, so that Qt compares the keys itself: a Python comparison per pair of rows would cost
    seconds in a table of thousands of facts."""
    group = KINDS.index(fact.kind) if fact.kind in KINDS else len(KINDS)
    value, words = fact.value, shown.casefold()
    if fact.kind in ("troops", "money") and isinstance(value, int | float):
        currency = (fact.unit or "") if fact.kind == "money" else ""
        return f"{group}\t{currency}\t{max(float(value), 0.0):024.3f}\t{words}"
    if fact.kind == "date" and isinstance(value, str):
        return f"{group}\t\t{value}\t{words}"  # YYYY, YYYY-MM or YYYY-MM-DD: in order as text
    return f"{group}\t\t\t{words}"


class FactTableModel(QAbstractTableModel):
    """The fact pairs; the kind column carries the review mark as a check box."""

    COLUMNS = 5  # kind, old, new, status, section
    reviewToggled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: Sequence[Any] = ()
        self.letter_years: tuple[int | None, int | None] = (None, None)
        self.marks: ReviewMarks | None = None
        self._snippet_cache: dict[int, tuple[str, str]] = {}  # by id() of a pair in `pairs`

    def set_pairs(self, pairs: Sequence[Any], letter_years: tuple[int | None, int | None] = (None, None)) -> None:
        """The fact pairs to list; `letter_years`, the years of the old and the new letter, which
        "volgend jaar ... 23 miljoen euro" counts from."""
        self.beginResetModel()
        self.pairs = tuple(pairs)
        self.letter_years = letter_years
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
            return self._sort_key(pair, column, index.row())
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
            if pair.status == "changed" and pair.old and pair.new:
                return self._labels(pair)[column - 1]
            return self._label(fact, self.letter_years[column - 1])
        if column == 3:
            return status_names().get(pair.status, pair.status)
        return section_name(pair)

    @staticmethod
    def _language() -> str:
        """The language the window speaks, as set with the translators (app.py)."""
        from PySide6.QtCore import QLocale

        return "en" if QLocale().language() == QLocale.Language.English else "nl"

    def _labels(self, pair: Any) -> tuple[str, str]:
        """A changed pair's two facts, told apart where their words are the same ("29 april jl.
        (29 april 2017)" against "(29 april 2016)")."""
        from viewer.core.export.words import pair_labels

        return pair_labels(pair.old, pair.new, self._language(), self.letter_years)

    def _label(self, fact: Any, letter_year: int | None) -> str:
        """A fact's words; a date's with the day they stand for where they do not say it ("juli
        (juli 2017)", "voor het zomerreces (2017)"), an amount's with its size or year where they do
        not ("€ 2 (2 miljoen euro)", "12 miljoen euro (2017)"), as the summary and the report say them."""
        if fact.kind not in ("date", "money"):
            return str(fact.label)
        from viewer.core.export.words import with_its_day

        return with_its_day(fact, self._language(), letter_year)

    def _snippets(self, pair: Any) -> tuple[str, str]:
        """A changed commitment's changed words (the cell would show the same first words twice)."""
        found = self._snippet_cache.get(id(pair))
        if found is None:
            from viewer.core.facts.snippet import change_snippets

            found = self._snippet_cache[id(pair)] = change_snippets(pair.old.label, pair.new.label)
        return found

    def _sort_key(self, pair: Any, column: int, row: int) -> Any:
        """A column's key, then the fact's place in the letters: rows alike keep one order (Qt's sort
        keeps the order it finds them in, and a filter applied and cleared gave them back in another)."""
        if column == 0:
            return (KINDS.index(pair.kind) if pair.kind in KINDS else len(KINDS)) * len(self.pairs) + row
        if column == 3:
            return (STATUSES.index(pair.status) if pair.status in STATUSES else len(STATUSES)) * len(self.pairs) + row
        if column in (1, 2):
            fact = pair.old if column == 1 else pair.new
            # a snippet's leading "…" does not count
            key = MISSING_LAST if fact is None else _value_key(fact, self._display(pair, column).lstrip("…"))
        else:
            key = section_name(pair).casefold()
        return f"{key}\t{row:09d}"

    @staticmethod
    def _tooltip(pair: Any) -> str:
        lines = [tr("Vink aan wat u hebt nagekeken (spatiebalk).")]
        for label, fact in ((tr("Oud"), pair.old), (tr("Nieuw"), pair.new)):
            if fact is not None:
                lines.append(f"{label}: {fact.sentence}")
        return "\n\n".join(lines)


def _searchable(pair: Any) -> str:
    """Everything a reader may look for a fact by: its words, its sentences and its section."""
    parts = [section_name(pair)]
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
