"""Amounts in a table of figures whose title or header gives the unit ("Kosten missie (in miljoenen
euro)" over "Trainingsmissie Irak | 14,2 | 15,1"): a tester's fourteenth round found a budget table's
changes reported nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.export.summary import render_summary
from viewer.core.facts import extract_facts
from viewer.core.load import load_document

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "money"
HEAD = "Nr. 607 BRIEF VAN DE MINISTER VAN DEFENSIE\n\nDen Haag, 4 april 2017\n\nFinanciën\n\n"


def _money(tmp_path: Path, body: str) -> list[tuple[str, float, str | None]]:
    path = tmp_path / "brief.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    return [(f.text, f.value, f.modifier) for f in extract_facts(load_document(path)) if f.kind == "money"]


def test_a_cost_table_in_the_xml_reports_its_changed_cells() -> None:
    old, new = load_document(DATA / "kosten-tabel-oud.xml"), load_document(DATA / "kosten-tabel-nieuw.xml")
    comparison = compare_documents(old, new)
    changed = [(p.old.value, p.new.value) for p in comparison.facts if p.kind == "money" and p.status == "changed"]
    assert sorted(changed) == [(12e6, 15e6), (15.1e6, 17.3e6), (22.1e6, 24.3e6)]
    unchanged = {p.old.value for p in comparison.facts if p.kind == "money" and p.status == "unchanged"}
    assert unchanged == {14.2e6, 6.8e6, 7e6, 21e6}  # the 2017 column stays
    summary = render_summary(comparison, "nl")
    assert "17,3 miljoen euro" in summary and "15,1 miljoen euro" in summary


def test_a_tab_separated_table_under_its_title(tmp_path: Path) -> None:
    body = (
        "De kosten zijn als volgt verdeeld (in miljoenen euro):\n\n"
        "Onderdeel\t2017\t2018\nTrainingsmissie Irak\t14,2\t15,1\nTotaal\t22,5\t-0,8\n"
    )
    # the header's years are no amounts; each cell has its column's year
    assert _money(tmp_path, body) == [
        ("14,2", 14.2e6, "2017"),
        ("15,1", 15.1e6, "2018"),
        ("22,5", 22.5e6, "2017"),
        ("-0,8", -0.8e6, "2018"),
    ]


@pytest.mark.parametrize(
    ("title", "scale"),
    [("Bedragen x € 1.000", 1e3), ("(bedragen in M€)", 1e6), ("Kosten (in duizenden euro)", 1e3), ("(in euro)", 1)],
)
def test_the_units_a_title_states(tmp_path: Path, title: str, scale: float) -> None:
    body = f"{title}\n\nPost\tBedrag\nBrandstof\t12,5\nOnderhoud\t3\n"
    assert [value for _, value, _ in _money(tmp_path, body)] == [12.5 * scale, 3 * scale]


@pytest.mark.parametrize(
    "title",
    [
        "Verdeling van de trainers:",  # no currency
        "Nederland stelt 10 miljoen euro beschikbaar, verdeeld over:",  # an amount, not the cells' unit
    ],
)
def test_no_amounts_without_a_stated_unit(tmp_path: Path, title: str) -> None:
    body = f"{title}\n\nLocatie\tAantal\nErbil\t12\nBagdad\t30\n"
    assert [text for text, _, _ in _money(tmp_path, body) if text in ("12", "30")] == []


def test_a_cell_with_its_own_currency_is_read_once(tmp_path: Path) -> None:
    body = "Bijdragen (in miljoenen euro)\n\nFonds\tBedrag\nFFS (UNDP)\t€ 12 miljoen\nUNMAS\t4\n"
    assert _money(tmp_path, body) == [("€ 12 miljoen", 12e6, None), ("4", 4e6, None)]


def test_a_table_rolled_a_year_forward_pairs_its_cells_by_the_columns_year() -> None:
    """Next year's table drops the 2017 column and adds 2019: the 2018 cells pair with the 2018
    cells (the old 2018 column moved one place left), and the summary says each amount's year."""
    old = load_document(DATA / "kosten-tabel-oud.xml")
    new = load_document(DATA / "kosten-tabel-jaar-later.xml")
    comparison = compare_documents(old, new)
    money = [p for p in comparison.facts if p.kind == "money" and (p.old or p.new).modifier]
    by_status = {
        status: sorted(((p.old or p.new).modifier, (p.old or p.new).value) for p in money if p.status == status)
        for status in ("unchanged", "changed", "added", "removed")
    }
    assert by_status["unchanged"] == [("2018", 7e6), ("2018", 15.1e6), ("2018", 22.1e6)]
    assert by_status["changed"] == []
    assert by_status["removed"] == [("2017", 6.8e6), ("2017", 14.2e6), ("2017", 21e6)]
    assert by_status["added"] == [("2019", 7e6), ("2019", 16e6), ("2019", 23e6)]
    summary = render_summary(comparison, "nl")
    assert "vervallen: 14,2 (14,2 miljoen euro, 2017)" in summary
    assert "nieuw: 16,0 (16 miljoen euro, 2019)" in summary
