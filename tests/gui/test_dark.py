"""The dark colour scheme: switched on mid-review it keeps the review as it was, and it shows what it must."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from viewer.gui.app import dark_palette
from viewer.gui.facts_model import FACT_ROLE


def _top(window, side: str = "new") -> int:  # type: ignore[no-untyped-def]
    return window.view.pane(side).cursorForPosition(QPoint(4, 4)).position()


def test_switching_the_colour_scheme_keeps_the_change_the_fact_and_the_find_match(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view, bar, panel = window.view, window.find_bar, window.facts
    view.go_to_change(4)
    bar.open_on("militairen")
    bar.step(3)
    panel.choose(panel.proxy.index(0, 0))
    view.go_to_change(4)  # the change last visited, the fact still marked
    QApplication.processEvents()
    layers = {
        (side, name): view.pane(side).layer_spans(name)
        for side in ("old", "new")
        for name in ("change", "fact", "find", "match")
    }
    assert all(layers[(side, "change")] for side in ("old", "new")) and layers[("old", "fact")]
    count, top = bar.count.text(), (_top(window, "old"), _top(window, "new"))
    fact = panel.table.currentIndex().data(FACT_ROLE)
    try:
        window.apply_palette(dark_palette())
        QApplication.processEvents()
        assert view.current_change == 4
        for (side, name), spans in layers.items():
            assert view.pane(side).layer_spans(name) == spans, (side, name)
        assert bar.count.text() == count and panel.table.currentIndex().data(FACT_ROLE) is fact
        assert (_top(window, "old"), _top(window, "new")) == top
        window.commands.next_change.trigger()  # goes on from the change visited, not from the first
        assert view.current_change == 5
    finally:
        window.apply_palette(QApplication.palette())


def test_an_unticked_review_box_has_a_visible_edge_in_the_dark_scheme(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from viewer.gui.highlight import contrast

    qtbot.waitUntil(lambda: window.marks is not None, timeout=5000)
    table, proxy = window.facts.table, window.facts.proxy
    if table.style().name().lower() != "fusion":  # the style the dark scheme sets (app.py)
        table.setStyle(QStyleFactory.create("Fusion"))
    table.setPalette(dark_palette())
    table.clearSelection()
    table.setCurrentIndex(proxy.index(5, 0))
    index = proxy.index(0, 0)
    assert Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole)) == Qt.CheckState.Unchecked
    option = QStyleOptionViewItem()
    option.rect = table.visualRect(index)
    option.palette = table.palette()
    option.features = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table)
    image = table.viewport().grab().toImage()
    base = dark_palette().color(QPalette.ColorRole.Base)
    middle = box.center().y()
    edge = max(contrast(image.pixelColor(x, middle), base) for x in range(box.left(), box.left() + 3))
    assert edge >= 3.0


def test_the_changed_sections_only_box_has_a_visible_edge_in_the_dark_scheme(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    from viewer.gui.highlight import contrast

    box = window.navigator.changed_only
    if box.style().name().lower() != "fusion":  # the style the dark scheme sets (app.py)
        box.setStyle(QStyleFactory.create("Fusion"))
    box.setPalette(dark_palette())
    option = QStyleOptionButton()
    box.initStyleOption(option)
    square = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = box.grab().toImage()
    ratio = image.width() / box.width()
    window_colour = dark_palette().color(QPalette.ColorRole.Window)
    middle = round(square.center().y() * ratio)
    edge = max(
        contrast(image.pixelColor(round(x * ratio), middle), window_colour)
        for x in range(square.left(), square.left() + 3)
    )
    assert edge >= 3.0


def test_the_recent_list_of_an_empty_window_is_readable_in_the_dark_scheme(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Its buttons keep the palette they were polished with (they have a style sheet): since they are
    changed in place rather than made anew, their text stayed black on the dark panel."""
    from pathlib import Path

    from viewer.gui.main_window import MainWindow
    from viewer.gui.settings import Settings

    samples = Path(__file__).resolve().parents[2] / "resources" / "samples"
    settings = Settings()
    settings.add_recent(str(samples / "kst-27925-597.txt"), str(samples / "kst-27925-597-demo-bewerkt.txt"))
    win = MainWindow(settings, "nl")
    qtbot.addWidget(win)
    win.show()
    assert win.start is not None
    dark = dark_palette()
    try:
        QApplication.setPalette(dark)
        win.apply_palette(dark)
        qtbot.waitUntil(
            lambda: (
                win.start.entries[0].palette().color(QPalette.ColorRole.ButtonText)
                == dark.color(QPalette.ColorRole.ButtonText)
            )
        )
    finally:
        QApplication.setPalette(QApplication.style().standardPalette())
        win.close()
