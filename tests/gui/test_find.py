"""Find in both panes (Ctrl+F): what a typed word finds, and that each step shows the match it counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from viewer.gui.folding import FoldedText, folded


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


@pytest.mark.parametrize(
    ("typed", "printed"),
    [("geinformeerd", "geïnformeerd"), ("syrie", "Syrië"), ("F-16's", "F-16’s"), ("SYRIË", "Syrië")],
)
def test_find_ignores_accents_case_and_the_shape_of_apostrophes(window, qtbot, typed, printed) -> None:  # type: ignore[no-untyped-def]
    _find(window, qtbot, printed)
    exact = len(window.find_bar.matches)
    assert exact > 0
    _find(window, qtbot, typed)
    assert len(window.find_bar.matches) == exact
    # the text as printed is marked, not the letters typed
    marked = window.view.old_pane.layer("find") + window.view.new_pane.layer("find")
    assert {text.casefold() for text in marked} == {printed.casefold()}


def test_folding_maps_each_match_back_to_the_text_as_printed() -> None:
    text = "Straße e\u0301te \U0001f600x “café” 9–10 mei"
    found = FoldedText(text)
    # positions count UTF-16 code units, as QTextDocument does (the emoji counts two)
    assert found.find_all("STRASSE") == [(0, 6)]
    assert found.find_all("ete") == [(7, 11)]  # the accent standing on its own goes with its letter
    assert found.find_all("x") == [(14, 15)]
    assert found.find_all('"cafe"') == [(16, 22)]
    assert found.find_all("9-10") == [(23, 27)]
    assert found.find_all("\u0301") == []  # only an accent: nothing to look for
    assert folded("F‑16’s in Syrië") == "f-16's in syrie"


def test_spaces_typed_match_any_run_of_spaces_and_spaces_around_do_not_count() -> None:
    text = FoldedText("De anti-ISIS  coalitie en de ISIS\tcoalitie.\nISIS\ncoalitie")
    one = text.find_all("ISIS coalitie")
    assert text.find_all("ISIS  coalitie") == one == text.find_all("  isis   coalitie ")
    assert [text.text[a:b] for a, b in one] == ["isis  coalitie", "isis\tcoalitie"]  # not across a paragraph
    assert text.find_all(" coalitie ") == text.find_all("coalitie") and len(text.find_all("coalitie")) == 3
    assert text.find_all("   ") == []


def test_a_search_with_two_spaces_finds_the_words_in_the_letters(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _find(window, qtbot, "ISIS coalitie")
    single = len(window.find_bar.matches)
    assert single > 0
    _find(window, qtbot, "ISIS  coalitie")
    assert len(window.find_bar.matches) == single
    _find(window, qtbot, "  Peshmerga")
    assert window.find_bar.count.text() == f"1 van {len(window.find_bar.matches)}" and window.find_bar.matches


def test_the_words_searched_for_are_not_kept_in_the_pattern_cache() -> None:
    """A clerk's search makes a pattern of its own: it never goes into the file of compiled patterns
    (viewer/core/regex_cache.py), which would keep what was searched for."""
    from viewer.core import regex_cache
    from viewer.gui.folding import FoldedText

    before = set(regex_cache._STORE.compiled)
    assert FoldedText("De vertrouwelijke  dossiers van de minister").find_all("vertrouwelijke dossiers")
    assert set(regex_cache._STORE.compiled) == before
