"""Switching the language builds a new window: what the reader arranged in the facts table comes along."""

from __future__ import annotations

from PySide6.QtCore import Qt

from viewer.gui.facts_model import FACT_ROLE


def test_switching_the_language_keeps_the_facts_sort_and_column_widths(qtbot, controller) -> None:  # type: ignore[no-untyped-def]
    first = controller.window  # closed and deleted by the switch (see the fixture)
    table = first.facts.table
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    header = table.horizontalHeader()
    header.resizeSection(1, 500)  # the reader widens Oud
    header.resizeSection(3, 150)  # and Status
    kind = header.sectionSize(0)  # Soort left as fitted to the Dutch words
    order = [first.facts.proxy.index(r, 0).data(FACT_ROLE) for r in range(first.facts.proxy.rowCount())]
    first.commands.english.trigger()
    second = controller.window
    qtbot.addWidget(second)
    try:
        header = second.facts.table.horizontalHeader()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (2, Qt.SortOrder.DescendingOrder)
        proxy = second.facts.proxy
        assert [proxy.index(r, 0).data(FACT_ROLE) for r in range(proxy.rowCount())] == order
        second.resize(1400, 900)  # (the offscreen screen is small: the new window is fitted to it)
        qtbot.waitUntil(lambda: header.width() > 1200)
        assert header.sectionSize(1) == 500 and header.sectionSize(3) == 150
        assert header.sectionSize(0) >= kind  # fitted to "commitment", not cut to the width of "toezegging"
    finally:
        controller.translations.use("nl")
        second.close()
