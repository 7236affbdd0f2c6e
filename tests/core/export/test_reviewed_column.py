"""The clerk's review marks in the exports that have room for them: the CSV and the HTML report."""

from __future__ import annotations

import csv
import io
import json

from lxml import html as lxml_html

from viewer.core.comparison import Comparison
from viewer.core.export.formats import render
from viewer.core.review import pair_key


def _ticked(demo: Comparison) -> set[str]:
    """The first and the last of the differences, ticked off."""
    differences = [p for p in demo.facts if p.status != "unchanged"]
    return {pair_key(differences[0]), pair_key(differences[-1])}


def test_csv_has_a_reviewed_column_only_when_marks_are_given(demo: Comparison) -> None:
    plain = list(csv.reader(io.StringIO(render(demo, "csv").lstrip("\ufeff")), delimiter=";"))
    assert plain[0][-1] == "nieuwe zin"
    ticked = _ticked(demo)
    rows = list(csv.reader(io.StringIO(render(demo, "csv", "nl", ticked).lstrip("\ufeff")), delimiter=";"))
    assert rows[0][-1] == "nagekeken" and rows[0][:-1] == plain[0]
    answers = [row[-1] for row in rows[1:]]
    expected = ["ja" if pair_key(p) in ticked else "nee" for p in demo.facts]
    assert answers == expected and answers.count("ja") == 2
    english = list(csv.reader(io.StringIO(render(demo, "csv", "en", ticked).lstrip("\ufeff")), delimiter=";"))
    assert english[0][-1] == "reviewed" and {row[-1] for row in english[1:]} == {"yes", "no"}


def test_html_facts_table_says_which_facts_were_reviewed(demo: Comparison) -> None:
    ticked = _ticked(demo)
    page = lxml_html.fromstring(render(demo, "html", "nl", ticked))
    heads = [th.text_content() for th in page.get_element_by_id("facts").iter("th")]
    assert heads[-1] == "nagekeken"
    cells = [td.text_content() for td in page.find_class("reviewed")]
    differences = [p for p in demo.facts if p.status != "unchanged"]
    assert cells == ["✓ ja" if pair_key(p) in ticked else "nee" for p in differences]
    assert page.get_element_by_id("review-count").text_content() == "Nagekeken: 2 van 11 veranderde feiten"
    assert len(differences) == 11
    without = lxml_html.fromstring(render(demo, "html", "nl"))
    assert not without.find_class("reviewed")
    assert without.get_element_by_id("review-count", None) is None
    assert "nagekeken" not in [th.text_content() for th in without.get_element_by_id("facts").iter("th")]


def test_the_contract_json_and_the_summary_stay_as_they_are(demo: Comparison) -> None:
    ticked = _ticked(demo)
    assert render(demo, "json", "nl", ticked) == render(demo, "json")
    assert "reviewed" not in json.loads(render(demo, "json", "nl", ticked))["facts"][0]
    assert render(demo, "text", "nl", ticked) == render(demo, "text")


def test_one_fact_that_changed_is_counted_in_the_singular(demo: Comparison) -> None:
    from dataclasses import replace

    from viewer.core.export.html_report import review_count
    from viewer.core.export.words import TEXT

    unchanged = [p for p in demo.facts if p.status == "unchanged"]
    one = replace(demo, facts=(*unchanged, _first_difference(demo)))
    assert "Nagekeken: 0 van 1 veranderd feit<" in review_count(one, TEXT["nl"], set())
    assert "Reviewed: 0 of 1 fact that changed<" in review_count(one, TEXT["en"], set())
    assert "Nagekeken: 0 van 11 veranderde feiten<" in review_count(demo, TEXT["nl"], set())


def _first_difference(demo: Comparison):  # type: ignore[no-untyped-def]
    return next(p for p in demo.facts if p.status != "unchanged")
