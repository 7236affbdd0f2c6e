"""A small screen (a 1366×768 laptop, a 1024×768 projector; offscreen it is 800×800): the first
window fits, long titles and totals give way instead of widening it, the legend wraps, and the
section names keep their room in a narrow navigator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from viewer.gui.elided_label import ElidedLabel
from viewer.gui.legend import Legend
from viewer.gui.main_window import MainWindow
from viewer.gui.navigator import NAME_ROOM
from viewer.gui.settings import Settings
from viewer.gui.window_layout import DEFAULT_SIZE


def test_first_window_fits_the_screen_and_stays_inside_it_with_a_comparison(qtbot, comparison) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(), "nl")
    qtbot.addWidget(win)
    free = win.screen().availableGeometry()
    assert free.width() < DEFAULT_SIZE[0], "the offscreen screen is smaller than the default size"
    assert free.contains(win.geometry()), (win.geometry(), free)
    win.show()
    qtbot.waitExposed(win)
    win.show_comparison(comparison)
    QApplication.processEvents()
    # titles naming the files and letters, the legend and the totals made the window 1065 wide
    assert win.minimumSizeHint().width() <= free.width()
    assert win.width() <= free.width()
    win.close()


def test_a_first_window_on_a_large_screen_gets_the_default_size(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, 2560, 1400))
    win = MainWindow(Settings(), "nl")
    qtbot.addWidget(win)
    assert (win.width(), win.height()) == DEFAULT_SIZE
    assert (win.x(), win.y()) == ((2560 - DEFAULT_SIZE[0]) // 2, (1400 - DEFAULT_SIZE[1]) // 2)


def test_a_narrow_label_ends_in_an_ellipsis_and_shows_the_whole_text_as_its_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    qtbot.addWidget(holder)
    label = ElidedLabel(holder)
    text = "Oud: kst-27925-597.txt  (nr. 597, 9 september 2016)"
    label.setText(text)
    holder.show()  # a hidden widget gets its resize events only once shown
    label.resize(label.sizeHint())
    assert label.shown_text() == text and label.toolTip() == ""
    assert label.minimumSizeHint().width() < label.sizeHint().width() // 2
    label.resize(label.sizeHint().width() // 2, label.height())
    shown = label.shown_text()
    assert shown.endswith("…") and text.startswith(shown[:-1])
    assert label.text() == text and label.toolTip() == text


def test_the_legend_wraps_on_a_narrow_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.highlight import Colours

    legend = Legend(Colours.from_palette(QApplication.palette()))
    qtbot.addWidget(legend)
    wide, one_line = legend.sizeHint().width(), legend.sizeHint().height()
    assert legend.hasHeightForWidth()
    assert legend.heightForWidth(wide) == one_line
    assert legend.heightForWidth(wide // 2) > one_line  # a second line, not the last items cut off
    assert legend.minimumSizeHint().width() < wide // 2


def test_a_narrow_navigator_keeps_room_for_the_names_and_a_wide_one_gives_the_status_its_width(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    navigator = window.navigator
    header = navigator.view.header()
    asked = navigator.columns.asked[1]
    window.resizeDocks([window.navigator_dock], [300], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    assert header.sectionSize(1) < asked
    assert header.sectionSize(0) >= NAME_ROOM - 2
    window.resizeDocks([window.navigator_dock], [600], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    assert header.sectionSize(1) == asked
    header.resizeSection(1, asked + 40)  # the reader drags it wider: that width is kept
    window.resizeDocks([window.navigator_dock], [620], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    assert header.sectionSize(1) == asked + 40


def test_in_a_narrow_window_the_facts_table_shows_status_and_section_and_a_wide_one_the_whole_words(
    window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    table = window.facts.table
    header = table.horizontalHeader()
    asked = window.facts.columns.asked[1]
    window.resize(760, 700)
    QApplication.processEvents()
    visible = table.viewport().width()
    # the section column (the last) starts inside the table, with room to read a heading
    assert header.sectionViewportPosition(4) + 100 <= visible, (header.sectionViewportPosition(4), visible)
    assert header.sectionSize(1) < asked and header.sectionSize(1) == header.sectionSize(2)
    window.resize(1400, 900)
    QApplication.processEvents()
    assert header.sectionSize(1) == header.sectionSize(2) == asked


def test_in_a_wide_window_the_old_and_new_words_get_the_room_the_sections_do_not_need(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.facts_model import section_name

    panel = window.facts
    header = panel.table.horizontalHeader()
    asked = panel.columns.asked[1]
    window.resize(2560, 1300)
    qtbot.waitUntil(lambda: header.width() > 2000)
    metrics = panel.table.fontMetrics()
    longest = max(metrics.horizontalAdvance(section_name(pair)) for pair in panel.model.pairs)
    assert header.sectionSize(4) >= longest  # every section name still fits
    assert header.sectionSize(1) == header.sectionSize(2) > asked + 300
    assert header.sectionSize(1) > header.sectionSize(4)


@pytest.mark.parametrize("width", [1024, 1440])
def test_a_long_fact_in_the_status_bar_ends_in_an_ellipsis_clear_of_the_totals(window, qtbot, width) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.facts_model import FACT_ROLE

    window.resize(width, 768)
    QApplication.processEvents()
    panel = window.facts
    row = next(
        r
        for r in range(panel.proxy.rowCount())
        if panel.proxy.index(r, 0).data(FACT_ROLE).kind == "commitment"
        and panel.proxy.index(r, 0).data(FACT_ROLE).status == "changed"
    )
    panel.choose(panel.proxy.index(row, 0))
    QApplication.processEvents()
    bar = window.statusBar()
    said = bar.currentMessage()
    assert said.startswith("Feit: ") and "180 militairen" in said
    shown = bar.message.shown_text()
    assert shown.endswith("…") and said.startswith(shown[:-1].rstrip())  # cut short where a word may end, said so
    assert bar.message.toolTip() == said  # and the whole of it on hovering
    # what is drawn: between the message and the totals only the bar's own background
    picture = bar.grab().toImage()
    totals = window.totals.geometry()
    ratio = picture.width() / bar.width()
    gap = {
        picture.pixel(round(x * ratio), round(y * ratio))
        for x in range(totals.left() - 10, totals.left() - 1)
        for y in range(2, bar.height() - 2)
    }
    assert len(gap) == 1, "the message runs into the totals"
