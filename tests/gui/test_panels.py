"""The section navigator and the facts panel against the core comparison of the sample pair."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from viewer.gui.facts_model import FACT_ROLE
from viewer.gui.navigator import PAIR_ROLE, STATUS_ROLE


def _walk(model, parent=None):  # type: ignore[no-untyped-def]
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _walk(model, index)


def test_navigator_lists_every_section_with_the_core_status(window, comparison) -> None:  # type: ignore[no-untyped-def]
    model = window.navigator.proxy
    items = list(_walk(model))
    assert len(items) == len(comparison.sections) == 35
    keys = Counter(k for index in items for k in index.data(STATUS_ROLE))
    assert (keys["same"], keys["changed"], keys["added"], keys["removed"]) == (29, 4, 1, 1)
    assert (keys["renamed"], keys["moved"]) == (1, 1)
    by_status = {}
    for index in items:
        pair = comparison.sections[index.data(PAIR_ROLE)]
        # the tree shows what the core says, in text and with a status icon
        assert index.data() == (pair.heading or "(opening)")
        status_text = index.siblingAtColumn(1).data()
        assert (
            status_text.split(", ")[0]
            == {"same": "gelijk", "changed": "gewijzigd", "added": "toegevoegd", "removed": "verwijderd"}[pair.status]
        )
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
        for key in index.data(STATUS_ROLE):
            by_status.setdefault(key, []).append(index.data())
    assert by_status["added"] == ["Libanon en Jordanië"]
    assert by_status["removed"] == ["Bevelsstructuur"]
    assert by_status["renamed"] == ["Force protection Belgische F-16’s"]
    assert by_status["moved"] == ["Regionale ontwikkelingen"]
    changes = {index.data(): index.siblingAtColumn(2).data() for index in items}
    assert changes["Duur van de deelname"] == 2
    assert (
        "hernoemd"
        in window.navigator.model.index_of_pair(next(k for k, p in enumerate(comparison.sections) if p.renamed))
        .siblingAtColumn(1)
        .data()
    )


def test_navigator_nests_sections_under_their_parent(window) -> None:  # type: ignore[no-untyped-def]
    model = window.navigator.proxy
    tops = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Militaire aspecten" in tops and "Irak" not in tops
    political = next(
        model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == "Politieke aspecten"
    )
    children = [model.index(r, 0, political).data() for r in range(model.rowCount(political))]
    assert children == ["Regionale ontwikkelingen", "Irak", "Syrië"]  # the new letter's order


def test_filter_hides_unchanged_sections_but_keeps_their_parents(window) -> None:  # type: ignore[no-untyped-def]
    window.navigator.changed_only.setChecked(True)
    names = [index.data() for index in _walk(window.navigator.proxy)]
    assert "Gronden voor deelname" not in names and "Irak" not in names
    for name in (
        "Essentie",
        "Duur van de deelname",
        "Bevelsstructuur",
        "Libanon en Jordanië",
        "Regionale ontwikkelingen",
    ):
        assert name in names
    assert "Militaire aspecten" in names  # parent of the removed and the renamed section
    window.navigator.changed_only.setChecked(False)
    assert len(list(_walk(window.navigator.proxy))) == 35


def _visible_facts(panel):  # type: ignore[no-untyped-def]
    return [panel.proxy.index(r, 0).data(FACT_ROLE) for r in range(panel.proxy.rowCount())]


def test_facts_panel_shows_differences_by_default_and_filters(window, comparison) -> None:  # type: ignore[no-untyped-def]
    panel = window.facts
    shown = _visible_facts(panel)
    expected = [p for p in comparison.facts if p.status != "unchanged"]
    assert len(shown) == len(expected) > 0
    assert {p.status for p in shown} <= {"changed", "added", "removed"}
    troops = next(p for p in shown if p.kind == "troops")
    row = next(r for r in range(panel.proxy.rowCount()) if panel.proxy.index(r, 0).data(FACT_ROLE) is troops)
    assert [panel.proxy.index(row, c).data() for c in range(4)] == [
        "troepen",
        "155 militairen",
        "180 militairen",
        "gewijzigd",
    ]
    # kind filter
    panel.kind.setCurrentIndex(panel.kind.findText("datum"))
    assert {p.kind for p in _visible_facts(panel)} == {"date"}
    # status filter: all statuses shows the unchanged facts too
    panel.kind.setCurrentIndex(0)
    panel.status.setCurrentIndex(panel.status.findText("Alle"))
    assert len(_visible_facts(panel)) == len(comparison.facts)
    panel.status.setCurrentIndex(panel.status.findText("vervallen"))
    assert {p.status for p in _visible_facts(panel)} == {"removed"}


def test_facts_panel_sorts_by_column(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.facts
    panel.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    statuses = [p.status for p in _visible_facts(panel)]
    order = ["changed", "added", "removed", "unchanged"]
    assert statuses == sorted(statuses, key=order.index)
    panel.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    sections = [panel.proxy.index(r, 4).data().casefold() for r in range(panel.proxy.rowCount())]
    assert sections == sorted(sections, reverse=True)


@pytest.mark.parametrize("column", [1, 2])
def test_the_old_and_new_columns_sort_by_value_grouped_by_kind(window, column) -> None:  # type: ignore[no-untyped-def]
    """Counts and amounts by number, dates by date; not as text ("10 miljoen" before "400.000")."""
    panel = window.facts
    panel.status.setCurrentIndex(panel.status.findText("Alle"))
    side = "old" if column == 1 else "new"
    panel.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    facts = [getattr(p, side) for p in _visible_facts(panel)]
    present = [f for f in facts if f is not None]
    assert facts[: len(present)] == present  # a fact missing on this side ("—") comes last
    kinds = [f.kind for f in present]
    assert kinds == sorted(kinds, key=["troops", "money", "date", "commitment"].index)
    troops = [f.value for f in present if f.kind == "troops"]
    assert len(troops) > 2 and troops == sorted(troops)
    # amounts by currency, then by number
    money = [(f.unit, f.value) for f in present if f.kind == "money"]
    assert len(money) > 2 and money == sorted(money)
    dates = [f.value for f in present if f.kind == "date"]
    assert len(dates) > 5 and dates == sorted(dates)
    panel.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    money = [(f.unit, f.value) for f in (getattr(p, side) for p in _visible_facts(panel)) if f and f.kind == "money"]
    assert money == sorted(money, reverse=True)


def test_the_tree_follows_the_change_visited_and_shows_it_selected(window, qtbot, comparison) -> None:  # type: ignore[no-untyped-def]
    """Visiting a change selects its section in the tree, visibly (the tree repaints on the selection
    model's signals), without the tree sending the panes anywhere."""
    tree = window.navigator.view
    window.commands.first_change.trigger()
    with (
        qtbot.waitSignal(tree.selectionModel().selectionChanged, timeout=1000),
        qtbot.assertNotEmitted(window.navigator.pairActivated),
    ):
        window.commands.next_change.trigger()
    place = window.view.changes[1]
    assert tree.currentIndex().data(PAIR_ROLE) == place.row
    assert tree.selectionModel().isSelected(tree.currentIndex())
    assert comparison.sections[place.row].heading == tree.currentIndex().data()


def test_the_tree_follows_the_section_the_reader_scrolls_to(window, qtbot, comparison) -> None:  # type: ignore[no-untyped-def]
    tree = window.navigator.view
    heading = "Tankervliegtuigen"
    row = next(k for k, p in enumerate(comparison.sections) if p.heading == heading)
    with qtbot.assertNotEmitted(window.navigator.pairActivated):  # following never moves the panes back
        with qtbot.waitSignal(window.view.topRowChanged, timeout=2000) as report:
            bar = window.view.new_pane.verticalScrollBar()
            bar.setValue(round(window.view.row_view_top(row)) + 2)  # as a wheel or the scroll bar would
        assert report.args == [row]
        assert tree.currentIndex().data() == heading and tree.currentIndex().data(PAIR_ROLE) == row


def test_moves_to_a_section_change_or_fact_do_not_report_the_top_row(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The tree selects what was asked for; a later report of the row at the top would overrule it
    when the section asked for cannot reach the top (the letter's last sections)."""
    last = len(window.view.docs.rows) - 2
    with qtbot.assertNotEmitted(window.view.topRowChanged, wait=300):
        window.view.go_to_pair(last)
        window.commands.last_change.trigger()
    assert window.navigator.view.currentIndex().data(PAIR_ROLE) == window.view.changes[-1].row


def test_following_a_section_the_filter_hides_leaves_no_other_selected(window, comparison) -> None:  # type: ignore[no-untyped-def]
    navigator = window.navigator
    essentie = next(k for k, p in enumerate(comparison.sections) if p.heading == "Essentie")
    navigator.select_pair(essentie)
    assert navigator.view.currentIndex().data() == "Essentie"
    navigator.changed_only.setChecked(True)
    irak = next(k for k, p in enumerate(comparison.sections) if p.heading == "Irak" and p.status == "same")
    assert not navigator.proxy.mapFromSource(navigator.model.index_of_pair(irak)).isValid()  # hidden
    navigator.select_pair(irak)
    assert not navigator.view.currentIndex().isValid()
    assert navigator.view.selectionModel().selectedIndexes() == []


def test_the_status_column_widens_to_the_longest_status_of_the_comparison(window, comparison) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from viewer.gui.navigator import status_text

    k = next(k for k, p in enumerate(comparison.sections) if p.renamed)
    sections = list(comparison.sections)
    sections[k] = dataclasses.replace(sections[k], moved=True)  # changed, renamed and moved
    longest = dataclasses.replace(comparison, sections=tuple(sections))
    # room for every width asked (a narrow tree gives the names room first: test_small_screen.py)
    window.resizeDocks([window.navigator_dock], [700], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    header = window.navigator.view.header()
    before = header.sectionSize(1)
    window.navigator.set_comparison(longest)
    text = status_text(longest.sections[k])
    assert text == "gewijzigd, hernoemd, verplaatst"
    assert header.sectionSize(1) >= window.navigator.view.fontMetrics().horizontalAdvance(text) + 8
    assert header.sectionSize(1) > before
    header.resizeSection(1, header.sectionSize(1) + 40)  # the reader widens it further
    window.navigator.set_comparison(comparison)
    assert header.sectionSize(1) > before + 40  # a later comparison never narrows it


def test_the_section_tree_keeps_qts_model_rules(window, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.navigator.model)
    qtmodeltester.check(window.navigator.proxy)


def test_a_count_sharing_its_noun_shows_the_noun_in_the_facts_table(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.facts
    panel.status.setCurrentIndex(panel.status.findText("Alle"))
    shown = {panel.proxy.index(row, 1).data() for row in range(panel.proxy.rowCount())}
    assert "drie Nederlandse … SOF-operators" in shown
    assert "drie Belgische SOF-operators" in shown


def test_a_changed_commitment_shows_its_changed_words_in_the_table(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.facts
    rows = [
        row
        for row in range(panel.proxy.rowCount())
        if panel.proxy.index(row, 3).data() == "gewijzigd" and panel.proxy.index(row, 0).data() == "toezegging"
    ]
    cells = {(panel.proxy.index(r, 1).data(), panel.proxy.index(r, 2).data()) for r in rows}
    assert ("…oktober 2016 155 militairen beschikbaar…", "…oktober 2016 180 militairen beschikbaar…") in cells
    # the whole sentences are in the tooltip
    tip = panel.proxy.index(rows[0], 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Oud: " in tip and "Nieuw: " in tip


def test_searching_the_facts_keeps_those_with_all_the_words(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.facts
    panel.status.setCurrentIndex(panel.status.findText("Alle"))
    everything = panel.proxy.rowCount()
    panel.search.setText("militairen")
    shown = [panel.proxy.index(r, 0).data(FACT_ROLE) for r in range(panel.proxy.rowCount())]
    assert 0 < len(shown) < everything
    assert all("militairen" in (p.new or p.old).sentence for p in shown)
    # case and accents do not matter; every word must be found (in the value, sentence or section)
    panel.search.setText("SYRIE")
    assert panel.proxy.rowCount() > 0
    assert all("Syrië" in text for text in _searchables(panel))
    # a straight apostrophe finds the curly one the letters print, as the find bar does
    panel.search.setText("F-16's")
    assert panel.proxy.rowCount() > 0
    assert all("F-16’s" in text for text in _searchables(panel))
    panel.search.setText("155 oktober")
    assert ("155 militairen", "180 militairen") in [(p.old.text, p.new.text) for p in _pairs_shown(panel) if p.old]
    assert all("155" in text and "oktober" in text for text in _searchables(panel))
    panel.search.setText("geen-feit-heeft-dit")
    assert panel.proxy.rowCount() == 0 and panel.count.text().startswith("0 van 157")
    panel.search.clear()
    assert panel.proxy.rowCount() == everything


def _pairs_shown(panel):  # type: ignore[no-untyped-def]
    return [panel.proxy.index(r, 0).data(FACT_ROLE) for r in range(panel.proxy.rowCount())]


def _searchables(panel):  # type: ignore[no-untyped-def]
    out = []
    for r in range(panel.proxy.rowCount()):
        pair = panel.proxy.index(r, 0).data(FACT_ROLE)
        out.append(" ".join(f"{f.label} {f.sentence} {' / '.join(f.section)}" for f in (pair.old, pair.new) if f))
    return out


def test_an_empty_facts_table_says_why(qtbot, sample_comparison_same) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.facts_panel import FactsPanel

    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_pairs(sample_comparison_same.facts)
    assert panel.proxy.rowCount() == 0 and panel.empty.isVisible()
    assert panel.empty.text().startswith("Geen verschillen in de feiten")
    assert "nagekeken" not in panel.count.text()  # no "0 van 0 verschillen nagekeken"
    panel.status.setCurrentIndex(panel.status.findText("Alle"))
    assert panel.proxy.rowCount() > 0 and not panel.empty.isVisible()
    panel.search.setText("geen-feit-heeft-dit")
    assert panel.empty.isVisible() and panel.empty.text() == "Geen feiten met deze woorden bij deze keuze."


def test_all_reviewed_is_said_under_not_yet_reviewed(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.facts
    window.load_marks_now()
    panel.model.set_reviewed(range(panel.model.rowCount()), True)
    panel.status.setCurrentIndex(panel.status.findText("Nog na te kijken"))
    assert panel.proxy.rowCount() == 0 and panel.empty.text() == "Alle verschillen zijn nagekeken."


def test_a_fact_in_the_untitled_opening_names_it_as_the_navigator_does(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.facts
    panel.status.setCurrentIndex(panel.status.findText("Alle"))
    rows = range(panel.proxy.rowCount())
    opening = next(
        r
        for r in rows
        if (panel.proxy.index(r, 0).data(FACT_ROLE).new or panel.proxy.index(r, 0).data(FACT_ROLE).old).section == ("",)
    )
    assert panel.proxy.index(opening, 4).data() == "(opening)"
    nested = next(r for r in rows if len(panel.proxy.index(r, 0).data(FACT_ROLE).new.section) > 1)
    assert " / " in panel.proxy.index(nested, 4).data()


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Up], ids=["alt-down", "alt-up"])
def test_alt_arrow_on_a_focused_filter_opens_its_list_not_the_next_change(window, qtbot, key) -> None:  # type: ignore[no-untyped-def]
    combo = window.facts.status
    window.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2000)
    chosen = combo.currentIndex()
    qtbot.keyClick(combo, key, Qt.KeyboardModifier.AltModifier)
    assert combo.view().isVisible(), "the list opens"
    assert window.view.current_change == -1, "the panes did not move to a change"
    assert combo.currentIndex() == chosen
    combo.hidePopup()
    qtbot.keyClick(combo, Qt.Key.Key_F8)  # F8 still moves between changes from there
    assert window.view.current_change == 0
    window.view.new_pane.setFocus()
    qtbot.keyClick(window.view.new_pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # elsewhere: as ever
    assert window.view.current_change == 1


def test_a_changed_fact_with_the_same_words_says_what_differs(qapp) -> None:  # type: ignore[no-untyped-def]
    from viewer.core.facts.model import Fact, FactPair
    from viewer.gui.app import translate_to
    from viewer.gui.facts_model import FactTableModel

    def day(role: str) -> Fact:
        return Fact("date", "1 juli 2017", "2017-07-01", role, False, ("Duur",), 1, "Tot 1 juli 2017.", 0)

    model = FactTableModel()
    model.set_pairs([FactPair("date", "changed", day("deadline"), day("start"))])
    cells = [model.data(model.index(0, column)) for column in (1, 2)]
    assert cells == ["1 juli 2017 (einddatum)", "1 juli 2017 (begindatum)"]
    from PySide6.QtCore import QLocale

    before = QLocale()
    translations = translate_to("en")
    try:
        model.set_pairs([FactPair("date", "changed", day("deadline"), day("start"))])
        assert model.data(model.index(0, 2)) == "1 juli 2017 (start date)"
    finally:
        for translator in translations.installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)


def test_a_new_date_whose_words_leave_out_its_year_shows_it(qapp) -> None:  # type: ignore[no-untyped-def]
    from viewer.core.facts.model import Fact, FactPair
    from viewer.gui.facts_model import FactTableModel

    july = Fact("date", "juli", "2017-07", None, False, ("Essentie",), 1, "In juli werd Mosul bevrijd.", 3)
    budget = Fact("date", "Prinsjesdag", "2017-09-19", "deadline", False, ("Essentie",), 1, "Voor Prinsjesdag.", 5)
    dated = Fact("date", "1 mei 2018", "2018-05-01", None, False, ("Essentie",), 1, "Op 1 mei 2018.", 3)
    count = Fact("troops", "155 militairen", 155, "militairen", False, ("Essentie",), 1, "155 militairen.", 0)
    model = FactTableModel()
    model.set_pairs(
        [
            FactPair("date", "added", None, july),
            FactPair("date", "removed", budget, None),
            FactPair("date", "added", None, dated),
            FactPair("troops", "unchanged", count, count),
        ]
    )
    cells = [[model.data(model.index(row, column)) for column in (1, 2)] for row in range(model.rowCount())]
    assert ["—", "juli (juli 2017)"] in cells
    assert ["Prinsjesdag (19 september 2017)", "—"] in cells
    assert ["—", "1 mei 2018"] in cells  # its words say the day
    assert ["155 militairen", "155 militairen"] in cells


def test_letters_without_facts_say_so_in_the_empty_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.facts_panel import FactsPanel

    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.empty.isVisible()  # no letters yet: nothing to explain
    panel.set_pairs([])  # "Ja." against "Nee."
    assert panel.empty.isVisible() and panel.empty.text() == "Geen feiten gevonden in deze brieven."
    panel.status.setCurrentIndex(panel.status.findText("Alle"))
    assert panel.empty.text() == "Geen feiten gevonden in deze brieven."


def _counted(changes: int, facts: int):  # type: ignore[no-untyped-def]
    from types import SimpleNamespace

    counts = dict.fromkeys(("same", "changed", "added", "removed", "renamed", "moved"), 0)
    pairs = [SimpleNamespace(status="changed")] * facts + [SimpleNamespace(status="unchanged")]
    return SimpleNamespace(section_counts=lambda: counts, facts=pairs), changes


def test_totals_of_one_are_said_in_the_singular(qapp, english) -> None:  # type: ignore[no-untyped-def]
    from viewer.gui.status_bar import totals_text

    assert totals_text(*_counted(1, 1)).endswith("·  1 change  ·  1 fact differs")
    assert totals_text(*_counted(2, 0)).endswith("·  2 changes  ·  0 facts differ")
    english.use("nl")
    assert totals_text(*_counted(1, 1)).endswith("·  1 wijziging  ·  1 feit anders")
    assert totals_text(*_counted(7, 11)).endswith("·  7 wijzigingen  ·  11 feiten anders")


def test_a_section_with_one_word_added_says_woord_in_the_navigator(window, comparison) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from viewer.gui.navigator import SectionTreeModel

    pair = next(p for p in comparison.sections if p.changes)
    assert "1 woord erbij, 3 eraf" in SectionTreeModel._tooltip(replace(pair, inserted_words=1, deleted_words=3))
    assert "2 woorden erbij, 1 eraf" in SectionTreeModel._tooltip(replace(pair, inserted_words=2, deleted_words=1))


def test_one_difference_to_review_is_said_in_the_singular(window, comparison, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from viewer.core.review import ReviewStore

    unchanged = [p for p in comparison.facts if p.status == "unchanged"]
    one = [*unchanged, next(p for p in comparison.facts if p.status != "unchanged")]
    panel = window.facts
    panel.set_pairs(one)
    panel.set_marks(ReviewStore(tmp_path).load(comparison))
    assert panel.count.text().endswith("0 van 1 verschil nagekeken")
    panel.set_pairs(comparison.facts)
    panel.set_marks(ReviewStore(tmp_path).load(comparison))
    assert panel.count.text().endswith("0 van 11 verschillen nagekeken")


def test_a_filter_applied_and_cleared_keeps_the_order_of_the_rows(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = window.facts

    def order() -> list[object]:
        return [id(panel.proxy.index(r, 0).data(FACT_ROLE)) for r in range(panel.proxy.rowCount())]

    for status in (0, 1):  # the differences, and all facts
        panel.status.setCurrentIndex(status)
        before = order()
        panel.kind.setCurrentIndex(panel.kind.findText("datum"))
        qtbot.keyClicks(panel.search, "2017")
        panel.search.clear()
        panel.kind.setCurrentIndex(0)
        assert order() == before


def test_the_facts_table_says_the_year_an_amount_is_for(window) -> None:  # type: ignore[no-untyped-def]
    # as the summary and the report do: "Nederland stelt in 2017 12 miljoen euro beschikbaar"
    model = window.facts.proxy
    cells = [
        [str(model.index(row, column).data() or "") for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert any("12 miljoen euro (2017)" in cell for row in cells for cell in row)


def test_the_facts_table_says_the_year_a_year_word_amount_is_for(window_on) -> None:  # type: ignore[no-untyped-def]
    """ "Volgend jaar ... 23 miljoen euro" in letters a year apart: the table says which year, counted
    from each letter's own date, as the summary does ("21 miljoen euro (2018)")."""
    from pathlib import Path

    from viewer.core.compare import compare_documents
    from viewer.core.load import load_document

    data = Path(__file__).resolve().parents[1] / "data" / "pairing"
    comparison = compare_documents(
        load_document(data / "relative-years-old.txt"), load_document(data / "relative-years-new.txt")
    )
    win = window_on(comparison)
    model = win.facts.model
    rows = {
        (model.index(r, 1).data(), model.index(r, 2).data())
        for r in range(model.rowCount())
        if model.pairs[r].kind == "money"
    }
    assert ("23 miljoen euro (2018)", "21 miljoen euro (2018)") in rows
    assert ("—", "23 miljoen euro (2019)") in rows and ("19 miljoen euro (2016)", "—") in rows
