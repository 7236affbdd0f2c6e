"""Letters no clerk writes but a clerk can be sent: thousands of sections, pages without a full stop,
characters beyond the Basic Multilingual Plane. The panes must show them right, not only in time."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from viewer.core.compare import compare_documents
from viewer.core.document import Metadata
from viewer.core.load.build import build_document, heading, para
from viewer.gui.pane_layout import SIDES, PositionMap
from viewer.gui.row_align import BATCH_ROWS, row_tops


def _letter(sections: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    blocks = []
    for title, text in sections:
        blocks += [heading(title), para(text)]
    return build_document(Metadata("brief.txt", "text", date=dt.date(2016, 9, 9)), blocks)


def test_hundreds_of_rows_padded_at_once_still_line_up(window_on) -> None:  # type: ignore[no-untyped-def]
    # every section's text differs in length between the letters, so nearly every row gets padding:
    # more rows than BATCH_ROWS, the path that pads them in one edit block
    count = BATCH_ROWS + 100
    old = _letter([(f"Sectie {k}", "Kort.") for k in range(count)])
    new = _letter([(f"Sectie {k}", "Een langere zin over de inzet. " * (8 + k % 5 * 4)) for k in range(count)])
    win = window_on(compare_documents(old, new))
    assert sum(1 for p in win.view.aligner.padding["old"] if p > 0) > BATCH_ROWS
    tops = {side: row_tops(win.view.docs, side) for side in SIDES}
    assert len(tops["old"]) == count + 1
    assert tops["old"] == pytest.approx(tops["new"], abs=0.5)


def _selected(pane, start: int, end: int) -> str:  # type: ignore[no-untyped-def]
    cursor = QTextCursor(pane.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return str(cursor.selectedText())


def test_changes_after_characters_beyond_the_bmp_are_marked_on_their_words(window_on) -> None:  # type: ignore[no-untyped-def]
    # "𝐍𝐀𝐕𝐎" in mathematical bold: each letter is two UTF-16 code units to Qt, one character to Python
    text = "De 𝐍𝐀𝐕𝐎-missie 🇳🇱 telt {n} militairen in Irak en de 𝐂𝐨𝐚𝐥𝐢𝐭𝐢𝐨𝐧 steunt dat."
    old = _letter([("Inzet", text.format(n=155))])
    new = _letter([("Inzet", text.format(n=180))])
    win = window_on(compare_documents(old, new))
    view = win.view
    (place,) = [p for p in view.changes if p.old and p.new]
    assert _selected(view.old_pane, *place.old) == "155"
    assert _selected(view.new_pane, *place.new) == "180"


def test_position_map_counts_utf16_in_a_paragraph_of_pages() -> None:
    paragraph = ("woord " * 50_000) + "𝐀 " * 3 + "einde"
    mapping = PositionMap()
    mapping.add(1000, 7, paragraph)
    mapping.finish()
    at = paragraph.index("einde")
    assert mapping.to_qt(1000 + at) == 7 + len(paragraph[:at].encode("utf-16-le")) // 2
    assert mapping.to_qt(1000 + at) == 7 + at + 3
    assert mapping.to_qt(1000 + 10) == 7 + 10
    assert mapping.to_qt(999) is None


def test_a_page_long_sentence_heavily_revised_is_shown(window_on, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    words = [f"woord{k % 97}" for k in range(6000)]
    revised = [w if k % 3 else f"nieuw{k}" for k, w in enumerate(words)]
    old = _letter([("Overzicht", " ".join(words) + ".")])
    new = _letter([("Overzicht", " ".join(revised) + ".")])
    win = window_on(compare_documents(old, new))
    assert win.view.changes, "the revision is marked"
    (pair,) = win.comparison.sections
    assert pair.status == "changed" and pair.deleted_words >= 2000 and pair.inserted_words >= 2000


def test_painting_measures_only_the_highlights_in_view(window_on, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # a page-long paragraph found with thousands of matches: every paint measured every match and
    # every caret, and each step of the find bar took seconds
    words = [f"de{k % 7}" for k in range(20_000)]
    old = _letter([("Overzicht", " ".join(words) + ".")])
    new = _letter([("Overzicht", " ".join(w if k % 50 else "nieuw" for k, w in enumerate(words)) + ".")])
    win = window_on(compare_documents(old, new))
    pane = win.view.new_pane
    matches = [(m.start(), m.end()) for m in re.finditer("de3", pane.document().toPlainText())]
    assert len(matches) > 2000
    pane.set_layer("find", matches, pane.currentCharFormat())
    measured = []
    span_rects = pane.span_rects

    def counting(start: int, end: int):  # type: ignore[no-untyped-def]
        measured.append((start, end))
        return span_rects(start, end)

    monkeypatch.setattr(pane, "span_rects", counting)
    pane.viewport().repaint()
    # the view shows some dozens of lines: the matches on them are measured, and no others
    first, last = pane._visible_range()
    assert measured and len(measured) < 200
    assert all(end >= first and start <= last for start, end in measured)
    assert set(measured) == {m for m in matches if m[1] >= first and m[0] <= last}
    # scrolled to the end, the matches there are the ones measured
    measured.clear()
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())
    pane.viewport().repaint()
    assert measured and all(start > matches[len(matches) // 2][0] for start, _ in measured)


def test_in_very_long_letters_find_waits_for_a_pause_in_the_typing(window_on, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.find_bar import LONG_LETTERS, PAUSE_MS, FindBar

    text = "De inzet van militairen in Irak gaat door. " * (LONG_LETTERS // 40)
    win = window_on(compare_documents(_letter([("Inzet", text)]), _letter([("Inzet", text + " Nieuw.")])))
    searched: list[str] = []
    search = FindBar.search
    monkeypatch.setattr(FindBar, "search", lambda self, t: (searched.append(t), search(self, t)))
    win.commands.find.trigger()
    qtbot.keyClicks(win.find_bar.edit, "militairen")
    assert searched == []  # not one search per keystroke
    qtbot.waitUntil(lambda: searched == ["militairen"], timeout=PAUSE_MS * 20)
    assert len(win.view.new_pane.layer("find")) == text.count("militairen") * 1 and win.find_bar.current == 0
    # Enter before the pause searches at once and shows the first match; Shift+Enter the last
    qtbot.keyClicks(win.find_bar.edit, " in")
    qtbot.keyClick(win.find_bar.edit, Qt.Key.Key_Return)
    assert searched[-1] == "militairen in" and win.find_bar.current == 0
    qtbot.keyClick(win.find_bar.edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(win.find_bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert searched[-1] == "militairen i" and win.find_bar.current == len(win.find_bar.matches) - 1


def test_in_a_letter_of_normal_length_find_searches_at_every_keystroke(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.commands.find.trigger()
    qtbot.keyClicks(window.find_bar.edit, "milit")
    assert window.find_bar.matches and window.find_bar.current == 0
