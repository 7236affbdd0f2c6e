"""The two panes: aligned sections, highlighted changes, moving through changes and facts, sync, find, zoom."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from viewer.gui.facts_model import FACT_ROLE
from viewer.gui.pane_layout import SIDES
from viewer.gui.row_align import row_tops

SAMPLES = Path(__file__).resolve().parent.parent.parent / "resources" / "samples"
OLD, NEW = SAMPLES / "kst-27925-597.txt", SAMPLES / "kst-27925-597-demo-bewerkt.txt"


def _pair_index(comparison, heading: str) -> int:  # type: ignore[no-untyped-def]
    return next(k for k, p in enumerate(comparison.sections) if p.heading == heading)


def _row_at_viewport_top(window, side: str) -> int:  # type: ignore[no-untyped-def]
    """Independent of CompareView.row_at_top: the block under the viewport's top-left, found among the rows."""
    pane = window.view.pane(side)
    block = pane.cursorForPosition(QPoint(4, 4)).block().blockNumber()
    rows = window.view.docs.rows
    return max(k for k, row in enumerate(rows[:-1]) if row.side(side).first_block <= block)


def _text(pane, span) -> str:  # type: ignore[no-untyped-def]
    cursor = QTextCursor(pane.document())
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def _aligned(window) -> bool:  # type: ignore[no-untyped-def]
    tops = {side: row_tops(window.view.docs, side) for side in SIDES}
    return all(abs(a - b) <= 0.5 for a, b in zip(tops["old"], tops["new"], strict=True))


def test_paired_sections_start_at_the_same_height(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    tops = {side: row_tops(window.view.docs, side) for side in SIDES}
    assert len(tops["old"]) == len(window.comparison.sections) + 1
    assert tops["old"] == pytest.approx(tops["new"], abs=0.5)
    # the rows are not trivially equal: the padding did something (the added section is 4 lines high)
    assert any(p > 20 for p in window.view.aligner.padding["old"])
    # after a narrower window the text wraps anew, and the rows are lined up again
    before = row_tops(window.view.docs, "new")
    window.resize(1000, 800)
    qtbot.waitUntil(lambda: _aligned(window) and row_tops(window.view.docs, "new") != before, timeout=3000)


def test_headings_are_styled_and_moved_renamed_sections_badged(window, comparison) -> None:  # type: ignore[no-untyped-def]
    docs = window.view.docs
    renamed = _pair_index(comparison, "Force protection Belgische F-16’s")
    moved = _pair_index(comparison, "Regionale ontwikkelingen")
    essentie = _pair_index(comparison, "Essentie")
    new_doc, old_doc = docs.new, docs.old
    block = new_doc.findBlockByNumber(docs.rows[essentie].new.first_block)
    assert block.text() == "Essentie" and block.blockFormat().headingLevel() == 1
    assert block.charFormat().fontWeight() == 700 or block.begin().fragment().charFormat().fontWeight() == 700
    renamed_new = new_doc.findBlockByNumber(docs.rows[renamed].new.first_block).text()
    assert (
        renamed_new.startswith("Force protection Belgische F-16’s")
        and "✎ hernoemd (was: Inzet van F-16’s / Force Protection)" in renamed_new
    )
    assert "✎ hernoemd" in old_doc.findBlockByNumber(docs.rows[renamed].old.first_block).text()
    assert "↕ verplaatst (stond na «Syrië»)" in old_doc.findBlockByNumber(docs.rows[moved].old.first_block).text()
    assert "↕ verplaatst" in new_doc.findBlockByNumber(docs.rows[moved].new.first_block).text()
    # an added section faces a band in the old pane, a removed one in the new pane
    added, removed = _pair_index(comparison, "Libanon en Jordanië"), _pair_index(comparison, "Bevelsstructuur")
    assert docs.rows[added].old.band and not docs.rows[added].new.band
    assert docs.rows[removed].new.band and not docs.rows[removed].old.band
    assert any("Bevelsstructuur" in band.label for band in docs.bands["new"])


def test_word_changes_are_marked_by_more_than_colour(window) -> None:  # type: ignore[no-untyped-def]
    view = window.view
    place = next(p for p in view.changes if p.old and _text(view.old_pane, p.old) == "155")
    assert _text(view.new_pane, place.new) == "180"
    old_fmt = _char_format(view.old_pane, place.old[0] + 1)
    new_fmt = _char_format(view.new_pane, place.new[0] + 1)
    assert old_fmt.fontStrikeOut() and old_fmt.background().color() == view.colours.deleted_bg
    assert new_fmt.fontUnderline() and new_fmt.background().color() == view.colours.inserted_bg
    assert old_fmt.background().color() != new_fmt.background().color()
    # a deleted sentence leaves a caret where it stood in the new pane
    dropped = next(
        p for p in view.changes if p.old and _text(view.old_pane, p.old).startswith("Tot slot zal Nederland")
    )
    assert dropped.new[0] == dropped.new[1] and dropped.new[0] in view.new_pane.carets


def _char_format(pane, position):  # type: ignore[no-untyped-def]
    cursor = QTextCursor(pane.document())
    cursor.setPosition(position)
    return cursor.charFormat()


def test_facts_are_marked_in_the_text(window) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.pane_layout import fact_span

    pair = next(p for p in window.comparison.facts if p.kind == "troops" and p.status == "changed")
    span = fact_span(window.view.docs, "new", pair.new)
    assert _text(window.view.new_pane, span) == "180 militairen"
    fmt = _char_format(window.view.new_pane, span[1] - 2)  # inside "militairen", past the changed number
    assert fmt.underlineStyle() == fmt.UnderlineStyle.DotLine


@pytest.mark.parametrize(
    "heading", ["Essentie", "Irak", "Bevelsstructuur", "Libanon en Jordanië", "Force protection Belgische F-16’s"]
)
def test_selecting_a_section_scrolls_both_panes_to_it(window, comparison, heading) -> None:  # type: ignore[no-untyped-def]
    target = _pair_index(comparison, heading)
    model, proxy = window.navigator.model, window.navigator.proxy
    window.navigator.view.setCurrentIndex(proxy.mapFromSource(model.index_of_pair(target)))
    QApplication.processEvents()
    assert _row_at_viewport_top(window, "old") == target
    assert _row_at_viewport_top(window, "new") == target


def test_selecting_a_fact_scrolls_to_its_sentence_and_highlights_it(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.facts
    row = next(r for r in range(panel.proxy.rowCount()) if panel.proxy.index(r, 0).data(FACT_ROLE).kind == "troops")
    pair = panel.proxy.index(row, 0).data(FACT_ROLE)
    panel.table.setCurrentIndex(panel.proxy.index(row, 0))
    QApplication.processEvents()
    target = next(k for k, p in enumerate(window.comparison.sections) if p.heading == "Duur van de deelname")
    for side, word in (("old", "155 militairen"), ("new", "180 militairen")):
        pane = window.view.pane(side)
        assert pane.layer("fact") == [word]
        rect = pane.span_rects(*pane.layer_spans("fact")[0])[0]
        assert 0 <= rect.top() < pane.viewport().height(), f"{side}: the fact is not in view"
        assert _row_at_viewport_top(window, side) == target
    assert pair.old.text == "155 militairen"


def test_next_change_visits_every_change_in_order_and_stops_at_the_ends(window) -> None:  # type: ignore[no-untyped-def]
    view, actions = window.view, window.commands
    assert QKeySequence("Alt+Down") in actions.next_change.shortcuts()
    assert QKeySequence("F8") in actions.next_change.shortcuts()
    assert QKeySequence("F7") in actions.previous_change.shortcuts()
    total = len(view.changes)
    assert total == 7
    seen = []
    for _ in range(total):
        actions.next_change.trigger()
        seen.append(view.current_change)
        place = view.changes[view.current_change]
        shown = [s for side in SIDES for s in view.pane(side).layer("change")]
        assert shown, "the current change is highlighted"
        for side in SIDES:
            span = place.span(side)
            if span and span[0] < span[1]:
                pane = view.pane(side)
                assert 0 <= pane.y_of(span[0]) - pane.verticalScrollBar().value() < pane.viewport().height()
    assert seen == list(range(total))
    rows = [view.changes[k].row for k in seen]
    assert rows == sorted(rows)  # in reading order
    actions.next_change.trigger()  # at the last change: stays, and says so
    assert view.current_change == total - 1
    assert "laatste" in window.statusBar().currentMessage()
    actions.first_change.trigger()
    assert view.current_change == 0
    actions.previous_change.trigger()
    assert view.current_change == 0 and "eerste" in window.statusBar().currentMessage()
    actions.last_change.trigger()
    assert view.current_change == total - 1


def test_keys_move_through_changes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitActive(window) if hasattr(qtbot, "waitActive") else None
    window.view.new_pane.setFocus()
    qtbot.keyClick(window.view.new_pane, Qt.Key.Key_F8)
    qtbot.keyClick(window.view.new_pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.view.current_change == 1
    qtbot.keyClick(window.view.new_pane, Qt.Key.Key_F7)
    assert window.view.current_change == 0


def test_sync_scrolling_keeps_panes_together_and_can_be_switched_off(window) -> None:  # type: ignore[no-untyped-def]
    old_bar = window.view.old_pane.verticalScrollBar()
    new_bar = window.view.new_pane.verticalScrollBar()
    assert old_bar.maximum() == new_bar.maximum() > 0
    old_bar.setValue(3000)
    assert new_bar.value() == 3000
    new_bar.setValue(5000)
    assert old_bar.value() == 5000
    assert _row_at_viewport_top(window, "old") == _row_at_viewport_top(window, "new")
    window.commands.sync.setChecked(False)
    assert not window.view.sync.enabled and not window.settings.sync_scrolling()
    old_bar.setValue(1000)
    assert new_bar.value() == 5000
    window.commands.sync.setChecked(True)  # on again: the right pane lines up with the left
    assert new_bar.value() == 1000


def test_find_marks_matches_in_both_panes(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.commands.find.trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "militairen")
    old_hits = window.view.old_pane.layer("find")
    new_hits = window.view.new_pane.layer("find")
    assert old_hits and new_hits
    assert all(text.lower() == "militairen" for text in old_hits + new_hits)
    first = window.find_bar.current
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.current == first + 1
    assert window.find_bar.count.text() == f"{first + 2} van {len(old_hits) + len(new_hits)}"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_zoom_changes_the_text_size_and_keeps_rows_aligned(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    size = window.view.old_pane.font().pointSize()
    window.commands.zoom_in.trigger()
    window.commands.zoom_in.trigger()
    assert window.view.old_pane.font().pointSize() == size + 2 == window.view.new_pane.font().pointSize()
    qtbot.waitUntil(lambda: _aligned(window), timeout=3000)
    window.commands.zoom_reset.trigger()
    assert window.view.old_pane.font().pointSize() == size
    assert QKeySequence("Ctrl+0") in window.commands.zoom_reset.shortcuts()


def test_next_and_previous_fact_walk_the_facts_list(window) -> None:  # type: ignore[no-untyped-def]
    panel, commands = window.facts, window.commands
    assert QKeySequence("Alt+Shift+Down") in commands.next_fact.shortcuts()
    commands.next_fact.trigger()
    assert panel.table.currentIndex().row() == 0
    first = panel.proxy.index(0, 0).data(FACT_ROLE)
    side = "new" if first.new is not None else "old"
    assert window.view.pane(side).layer("fact") == [getattr(first, side).text]
    commands.next_fact.trigger()
    assert panel.table.currentIndex().row() == 1
    commands.previous_fact.trigger()
    commands.previous_fact.trigger()  # at the first fact: stays
    assert panel.table.currentIndex().row() == 0
    assert "vorig feit" in window.statusBar().currentMessage()


def test_a_comparison_ready_before_the_window_is_shown_is_lined_up_for_the_real_width(  # type: ignore[no-untyped-def]
    qtbot, comparison
) -> None:
    # the helper process often delivers before the window is first shown (gui/prefetch.py)
    from viewer.gui.main_window import MainWindow
    from viewer.gui.settings import Settings

    win = MainWindow(Settings(), "nl")
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show_comparison(comparison)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: _aligned(win), timeout=3000)
    pane = win.view.pane("new")
    assert pane.document().textWidth() == pytest.approx(pane.viewport().width(), abs=1)
    assert any(p > 20 for p in win.view.aligner.padding["old"])
    win.close()


def test_a_pane_draws_its_text_on_its_own_viewport(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The pane replaces Qt's viewport (gui/text_pane.py); it must look and behave like Qt's own."""
    from PySide6.QtGui import QPalette

    from viewer.gui.highlight import Colours
    from viewer.gui.text_pane import TextPane

    pane = TextPane(Colours.from_palette(QPalette()))
    qtbot.addWidget(pane)
    viewport = pane.viewport()
    assert viewport.objectName() == "qt_scrollarea_viewport" and viewport.hasMouseTracking()
    assert viewport.autoFillBackground() and viewport.backgroundRole() == QPalette.ColorRole.Base
    assert viewport.cursor().shape() == Qt.CursorShape.IBeamCursor and viewport.acceptDrops()
    # the first document lays out for the new viewport: the one Qt made is gone, and laying out for
    # it (on show or resize) would crash
    assert pane.document().documentLayout().paintDevice() is viewport
    pane.setPlainText("Den Haag, 9 september 2016. " * 200)
    pane.resize(300, 200)
    pane.show()
    qtbot.waitExposed(pane)
    pane.resize(500, 300)
    image = pane.grab().toImage()
    assert len({image.pixel(x, y) for x in range(0, 280, 3) for y in range(0, 180, 3)}) > 2  # text drawn
    pane.close()


def test_call_after_paint_runs_once_right_after_the_next_paint(window) -> None:  # type: ignore[no-untyped-def]
    pane = window.view.old_pane
    QApplication.processEvents()
    pane.viewport().repaint()  # whatever was waiting to be painted is painted now
    calls: list[bool] = []
    pane.call_after_paint(lambda: calls.append(True))
    QApplication.processEvents()  # nothing to paint
    assert calls == []
    pane.viewport().repaint()
    assert calls == [True]
    pane.viewport().repaint()
    assert calls == [True]


def test_a_footnote_is_set_smaller_than_the_text(window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from viewer.core.compare import compare_documents
    from viewer.core.load import load_document

    old_path, new_path = tmp_path / "oud.txt", tmp_path / "nieuw.txt"
    old_path.write_text("Essentie\n\nDe inzet wordt verlengd. Het kabinet besluit.\n", encoding="utf-8")
    cited = "Essentie\n\nDe inzet wordt verlengd.1 Het kabinet besluit.\n1 Kamerstuk 27 925, nr. 597.\n Verder.\n"
    new_path.write_text(cited, encoding="utf-8")
    window.show_comparison(compare_documents(load_document(old_path), load_document(new_path)))
    QApplication.processEvents()
    doc = window.view.new_pane.document()
    blocks = {doc.findBlockByNumber(i).text(): doc.findBlockByNumber(i) for i in range(doc.blockCount())}
    note, text = (
        blocks["Noot 1: Kamerstuk 27 925, nr. 597."],
        blocks["De inzet wordt verlengd. Het kabinet besluit. Verder."],
    )
    size = QTextCharFormat.Property.FontSizeAdjustment
    assert _char_format(window.view.new_pane, note.position() + 2).intProperty(size) == -1
    assert _char_format(window.view.new_pane, text.position() + 2).intProperty(size) == 0
    assert _aligned(window)


def _choose_fact_row(window, test) -> object:  # type: ignore[no-untyped-def]
    """Choose the first fact in the table (all statuses) for which `test(pair)` holds."""
    panel = window.facts
    panel.status.setCurrentIndex(1)
    row = next(r for r in range(panel.proxy.rowCount()) if test(panel.proxy.index(r, 0).data(FACT_ROLE)))
    panel.choose(panel.proxy.index(row, 0))
    QApplication.processEvents()
    return panel.proxy.index(row, 0).data(FACT_ROLE)


def _assert_sentence_in_view(window, pair, section: str) -> None:  # type: ignore[no-untyped-def]
    """The fact's words are in view in the pane that has them; both panes are at its section."""
    view = window.view
    side = "old" if pair.new is None else "new"
    pane = view.pane(side)
    assert pane.layer("fact") == [getattr(pair, side).text]
    rect = pane.span_rects(*pane.layer_spans("fact")[0])[0]
    assert rect.top() >= 0 and rect.bottom() <= pane.viewport().height(), f"{side}: the fact is not in view"
    target = _pair_index(window.comparison, section)
    for either in SIDES:
        assert _row_at_viewport_top(window, either) == target
    # the other pane stands at the matching place: the same height in the lined-up rows
    assert view.old_pane.verticalScrollBar().value() == view.new_pane.verticalScrollBar().value()


def test_choosing_a_dropped_fact_shows_its_sentence_not_just_its_section(window) -> None:  # type: ignore[no-untyped-def]
    # "Tot slot zal Nederland ..." is three long paragraphs below the heading of Essentie
    pair = _choose_fact_row(window, lambda p: p.new is None and p.old.text.startswith("Tot slot zal Nederland"))
    _assert_sentence_in_view(window, pair, "Essentie")


def test_choosing_a_new_fact_shows_its_sentence_not_just_its_section(window_on, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from viewer.core.compare import compare_documents
    from viewer.core.load import load_document

    # a new commitment at the end of Essentie's third paragraph, as a clerk's letter may add one
    paragraph_end = "inspireert ISIS hen tot het plegen van aanslagen in hun thuisland. \n"
    added = "Het kabinet zal uw Kamer voor 1 maart 2017 informeren over de evaluatie."
    text = NEW.read_text(encoding="utf-8")
    assert text.count(paragraph_end) == 1
    new = tmp_path / "nieuw.txt"
    new.write_text(text.replace(paragraph_end, paragraph_end[:-1] + added + " \n"), encoding="utf-8")
    win = window_on(compare_documents(load_document(OLD), load_document(new)))
    pair = _choose_fact_row(win, lambda p: p.old is None and p.new.text.startswith("Het kabinet zal uw Kamer"))
    _assert_sentence_in_view(win, pair, "Essentie")


def test_next_and_previous_change_without_changes_say_there_are_none(qtbot, sample_comparison_same) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.main_window import MainWindow
    from viewer.gui.settings import Settings

    win = MainWindow(Settings(), "nl")
    qtbot.addWidget(win)
    win.show()
    win.show_comparison(sample_comparison_same)
    assert win.view.changes == []
    for action in (win.commands.next_change, win.commands.previous_change, win.commands.last_change):
        win.statusBar().clearMessage()
        action.trigger()
        assert win.statusBar().currentMessage() == "Geen wijzigingen.", action.text()
    win.close()
