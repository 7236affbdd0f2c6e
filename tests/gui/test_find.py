"""Find in both panes (Ctrl+F): what a typed word finds, and that each step shows the match it counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _find(window, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    window.commands.find.trigger()
    window.find_bar.edit.clear()
    window.find_bar.edit.insert(text)  # as typed (QTest types only ASCII)


def _match_in_view(window) -> bool:  # type: ignore[no-untyped-def]
    """The current match is drawn inside its pane's viewport."""
    bar = window.find_bar
    _y, _order, side, start, end = bar.matches[bar.current]
    pane = window.view.pane(side)
    assert pane.layer_spans("match") == [(start, end)]
    rects = pane.span_rects(start, end)
    return bool(rects) and all(r.top() >= 0 and r.bottom() <= pane.viewport().height() for r in rects)


def test_after_a_zoom_each_step_shows_the_match_the_counter_names(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _find(window, qtbot, "Koeweit")
    total = len(window.find_bar.matches)
    assert total == 5 and _match_in_view(window)
    for _ in range(5):
        window.commands.zoom_in.trigger()
    QApplication.processEvents()
    for k in range(2, total + 1):
        qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
        assert window.find_bar.count.text() == f"{k} van {total}"
        assert _match_in_view(window), f"match {k} of {total} is not on screen after the zoom"


def test_after_a_resize_each_step_shows_the_match_the_counter_names(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _find(window, qtbot, "Mosul")
    total = len(window.find_bar.matches)
    assert total > 10
    window.resize(900, 800)
    QApplication.processEvents()
    for k in range(2, 8):
        qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
        assert window.find_bar.count.text() == f"{k} van {total}"
        assert _match_in_view(window), f"match {k} of {total} is not on screen after the resize"
    # the matches are still in reading order for the new layout
    ys = [y for y, *_ in window.find_bar.matches]
    assert ys == sorted(ys)
