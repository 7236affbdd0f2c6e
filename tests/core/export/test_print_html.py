"""The page the viewer prints: what Qt's rich text reads, the changes marked without colour alone,
unchanged sections by their heading only, and a letter's text never taken as markup."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from lxml.html import HtmlElement

from viewer.core.compare import compare_documents
from viewer.core.comparison import Comparison
from viewer.core.export.print_html import render_print_html
from viewer.core.load import load_document

import revisions as rev


@pytest.fixture(scope="module")
def page(demo: Comparison) -> HtmlElement:
    return lxml.html.document_fromstring(render_print_html(demo))


def marked(element: HtmlElement, decoration: str) -> list[str]:
    """The texts of the spans struck through ("line-through") or underlined ("underline")."""
    return [s.text_content() for s in element.xpath(f'.//span[contains(@style, "text-decoration: {decoration}")]')]


def pair_after(page: HtmlElement, heading: str) -> HtmlElement:
    """The two-column table that follows the section title ending in `heading`."""
    (title,) = [h for h in page.iter("h3") if h.xpath('string(span[@class="path"])').endswith(heading)]
    table = title.getnext()
    assert table is not None and table.tag == "table" and table.get("class") == "pair", heading
    return table


def test_only_markup_that_qt_rich_text_reads(page: HtmlElement) -> None:
    # Qt draws what it does not know as plain text: a deletion in <del> would print unmarked, a
    # folded section whole; a link would print blue and underlined, like an insertion
    for tag in ("del", "ins", "details", "summary", "style", "script", "a"):
        assert not page.xpath(f"//{tag}"), tag


def test_planted_changes_are_struck_through_and_underlined(page: HtmlElement) -> None:
    table = pair_after(page, "Duur van de deelname")
    old, new = table.xpath('.//td[@class="old"]')[0], table.xpath('.//td[@class="new"]')[0]
    assert marked(old, "line-through") == ["155", "juli 2017"] and not marked(old, "underline")
    assert marked(new, "underline") == ["180", "januari 2018"] and not marked(new, "line-through")
    # and each with a background too: the viewer's blue and orange
    assert all("background-color: #" in s.get("style") for s in old.xpath(".//span[@style]"))


def test_the_changed_facts_come_first_with_their_changed_words_marked(page: HtmlElement) -> None:
    rows = page.xpath("//table[thead]/tbody/tr")
    assert len(rows) == 11
    troops = [r for r in rows if r[0].text_content() == "troepen"]
    assert [marked(r, "line-through") + marked(r, "underline") for r in troops] == [["155", "180"]]


def test_unchanged_sections_are_named_but_not_printed(demo: Comparison, page: HtmlElement) -> None:
    headings = [h.xpath('string(span[@class="path"])') for h in page.iter("h3")]
    assert len(headings) == len(demo.sections)  # every section is named
    same = [p for p in demo.sections if p.status == "same" and not (p.renamed or p.moved)]
    assert same
    text = page.text_content()
    for pair in same:
        assert pair.old is not None
        for paragraph in pair.old.paragraphs:
            assert paragraph.text[:60] not in text, pair.old.heading
    printed = page.xpath('//td[@data-section][@class="old"]')
    assert len(printed) == len(demo.sections) - len(same) - 1  # and the added section has no old cell


def test_a_missing_section_says_so_in_words(page: HtmlElement) -> None:
    cells = page.xpath('//td[contains(@class, "missing")]')
    assert sorted(c.text_content() for c in cells) == ["— niet in de nieuwe brief —", "— niet in de oude brief —"]


def test_english_words_with_english_lang(demo: Comparison) -> None:
    page = lxml.html.document_fromstring(render_print_html(demo, "en"))
    assert page.xpath("string(//h1)").startswith("Comparison: kst-27925-597.txt, no. 597")
    assert "Unchanged sections are listed by their heading only." in page.text_content()


def test_reviewed_facts_are_said(demo: Comparison) -> None:
    from viewer.core.review import pair_key

    done = {pair_key(p) for p in demo.facts if p.status != "unchanged"}
    page = lxml.html.document_fromstring(render_print_html(demo, reviewed=done))
    assert "Nagekeken: 11 van 11 veranderde feiten" in page.text_content()


def test_a_letter_is_text_never_markup(tmp_path: Path) -> None:
    attack = "<script>alert(1)</script> <b onmouseover='x'>"
    old_path, new_path = tmp_path / "oud.txt", tmp_path / "nieuw<i>.txt"
    old_path.write_text(rev.original(), encoding="utf-8")
    new_path.write_text(rev.replace(rev.original(), "2016 155 militairen", f"2016 {attack} militairen"), "utf-8")
    html = render_print_html(compare_documents(load_document(old_path), load_document(new_path)))
    page = lxml.html.document_fromstring(html)
    assert not page.xpath("//script | //b | //i[not(ancestor::td[contains(@class, 'missing')])] | //@onmouseover")
    assert "<script>alert(1)</script>" in " ".join(marked(page, "underline"))
    assert "nieuw<i>.txt" in page.xpath("string(//h1)")
