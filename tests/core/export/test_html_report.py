"""The HTML report: one page that stands on its own, every word of both letters, the changes marked."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import lxml.html
import pytest
from lxml.html import HtmlElement

from viewer.core.compare import compare_documents
from viewer.core.comparison import Change, Comparison, SectionPair
from viewer.core.document import Document, Metadata, Paragraph, Section, Span
from viewer.core.export.html_report import render_html
from viewer.core.export.html_style import BLUE, ORANGE, blend
from viewer.core.export.summary import render_summary
from viewer.core.load import load_document

import revisions as rev

TITLE_NL = (
    "Vergelijking: kst-27925-597.txt, nr. 597, 9 september 2016 → "
    "kst-27925-597-demo-bewerkt.txt, nr. 597, 9 september 2016"
)


@pytest.fixture(scope="module")
def html(demo: Comparison) -> str:
    return render_html(demo)


@pytest.fixture(scope="module")
def page(html: str) -> HtmlElement:
    return lxml.html.document_fromstring(html)


def squeeze(text: str) -> str:
    """Text without any white space: the layout may break lines, the words must stay."""
    return "".join(text.split())


def section_of(page: HtmlElement, heading: str) -> HtmlElement:
    """The report's section element whose path ends in `heading`."""
    found = [
        el
        for el in page.xpath('//*[@id="sections"]/*[contains(concat(" ", @class, " "), " section ")]')
        if el.xpath('string(.//span[@class="path"])').endswith(heading)
    ]
    assert len(found) == 1, heading
    return found[0]


def cell(section: HtmlElement, side: str) -> HtmlElement:
    (td,) = section.xpath(f'.//table[@class="pair"]//td[contains(concat(" ", @class, " "), " {side} ")]')
    return td


def texts(element: HtmlElement, tag: str) -> list[str]:
    return [e.text_content() for e in element.iter(tag)]


def test_a_self_contained_page_that_prints(html: str, page: HtmlElement) -> None:
    assert html.startswith("<!DOCTYPE html>\n")
    assert page.get("lang") == "nl"
    assert page.xpath("//meta/@charset") == ["utf-8"]
    (style,) = page.xpath("//style")
    assert "@media print" in style.text and "@page" in style.text
    # nothing runs and nothing is fetched: no script, no linked file, no web address, no CSS import
    assert not page.xpath("//script | //link | //iframe | //object | //embed | //img | //@src")
    assert "<script" not in html.lower() and "@import" not in html and "url(" not in html
    assert re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", html, re.IGNORECASE) is None
    assert all(href.startswith("#") for href in page.xpath("//@href"))  # links stay inside the page
    ids = page.xpath("//@id")
    assert all(href[1:] in ids for href in page.xpath("//@href"))


def test_title_names_both_letters_by_file_number_and_date(demo: Comparison, page: HtmlElement) -> None:
    assert page.get_element_by_id("title").text_content() == TITLE_NL
    assert page.find(".//title").text == TITLE_NL
    english = lxml.html.document_fromstring(render_html(demo, "en"))
    assert english.get("lang") == "en"
    assert english.get_element_by_id("title").text_content() == (
        "Comparison: kst-27925-597.txt, no. 597, 9 September 2016 → "
        "kst-27925-597-demo-bewerkt.txt, no. 597, 9 September 2016"
    )
    assert english.get_element_by_id("legend").xpath("string(h2)") == "Legend"


def test_counts_are_the_summarys(demo: Comparison, page: HtmlElement) -> None:
    summary_counts = render_summary(demo).splitlines()[1]
    assert page.get_element_by_id("section-counts").text_content() == summary_counts
    statuses = Counter(pair.status for pair in demo.facts)
    assert statuses == {"unchanged": 146, "changed": 4, "added": 5, "removed": 2}
    assert page.get_element_by_id("fact-counts").text_content() == (
        "Feiten: 146 ongewijzigd, 4 gewijzigd, 5 nieuw, 2 vervallen"
    )


def test_legend_explains_marks_that_do_not_rely_on_colour(html: str, page: HtmlElement) -> None:
    legend = page.get_element_by_id("legend")
    assert texts(legend, "del") == ["oude tekst"] and texts(legend, "ins") == ["nieuwe tekst"]
    assert "doorgestreept" in legend.text_content() and "onderstreept" in legend.text_content()
    style = page.xpath("string(//style)")
    assert re.search(r"\bdel \{[^}]*line-through", style) and re.search(r"\bins \{[^}]*underline", style)
    assert blend(BLUE) in style and blend(ORANGE) in style
    assert blend(BLUE) == "#C7E0EE" and blend(ORANGE) == "#FAEAC7"  # light tints, black text stays readable


def test_facts_table_lists_what_changed_and_links_to_the_section(demo: Comparison, page: HtmlElement) -> None:
    table = page.get_element_by_id("facts")
    rows = table.xpath(".//tbody/tr")
    shown = [pair for pair in demo.facts if pair.status != "unchanged"]
    assert len(rows) == len(shown) == 11
    cells = [[td.text_content() for td in row.xpath("td")] for row in rows]
    assert ["troepen", "gewijzigd", "155 militairen", "180 militairen", "Duur van de deelname"] in cells
    assert ["datum", "gewijzigd", "1 juli 2017", "1 januari 2018", "Duur van de deelname"] in cells
    assert [
        "toezegging",
        "vervallen",
        "Tot slot zal Nederland de nog beschikbare tankercapaciteit voor air-to-air refueling aanbieden aan "
        "de coalitie.",
        "",
        "Essentie",
    ] in cells
    assert ["geld", "nieuw", "", "12 miljoen euro (2017)", "Humanitaire hulp / Libanon en Jordanië"] in cells
    assert "ongeveer twintig trainers" not in table.text_content()  # unchanged facts stay out
    troops = rows[[c[0] for c in cells].index("troepen")]
    (href,) = troops.xpath(".//a/@href")
    assert page.get_element_by_id(href[1:]) is section_of(page, "Duur van de deelname")


def test_sections_come_in_the_comparisons_order_unchanged_ones_folded(demo: Comparison, page: HtmlElement) -> None:
    elements = page.xpath('//*[@id="sections"]/*[contains(concat(" ", @class, " "), " section ")]')
    assert len(elements) == len(demo.sections) == 35
    for number, (element, pair) in enumerate(zip(elements, demo.sections, strict=True)):
        assert element.get("id") == f"section-{number}"
        assert pair.status in element.get("class").split()
        folded = pair.status == "same" and not pair.renamed and not pair.moved
        assert element.tag == ("details" if folded else "section")
        assert element.get("open") is None
    moved = section_of(page, "Regionale ontwikkelingen")
    assert moved.tag == "section" and moved.get("class") == "section same moved"
    assert moved.xpath('string(.//span[@class="status"])') == "gelijk, verplaatst"
    assert section_of(page, "Duur van de deelname").xpath('string(.//span[@class="counts"])') == "(+3 −3 woorden)"


def test_planted_number_and_date_are_marked_on_both_sides(page: HtmlElement) -> None:
    section = section_of(page, "Duur van de deelname")
    assert section.get("class") == "section changed"
    old, new = cell(section, "old"), cell(section, "new")
    assert texts(old, "del") == ["155", "juli 2017"] and not texts(old, "ins")
    assert texts(new, "ins") == ["180", "januari 2018"] and not texts(new, "del")
    assert "oktober 2016 155 militairen" in old.text_content()
    assert "oktober 2016 180 militairen" in new.text_content()


def test_a_renamed_heading_is_marked_in_the_heading(page: HtmlElement) -> None:
    section = section_of(page, "Force protection Belgische F-16’s")
    assert section.get("class") == "section changed renamed"
    assert section.xpath('string(.//span[@class="status"])') == "gewijzigd, hernoemd"
    old, new = cell(section, "old"), cell(section, "new")
    assert [h.text_content() for h in old.iter("h4")] == ["Inzet van F-16’s / Force Protection"]
    assert [d.getparent().tag for d in old.iter("del")] == ["h4"]
    assert texts(new, "ins") == ["Force protection Belgische F-16’s"]
    assert [i.getparent().tag for i in new.iter("ins")] == ["h4"]


def test_removed_and_added_sections_have_an_empty_shaded_cell(page: HtmlElement) -> None:
    removed = section_of(page, "Bevelsstructuur")
    added = section_of(page, "Libanon en Jordanië")
    assert removed.get("class") == "section removed" and added.get("class") == "section added"
    for section, empty, full, tag in ((removed, "new", "old", "del"), (added, "old", "new", "ins")):
        gone = cell(section, empty)
        assert "missing" in gone.get("class").split()
        assert gone.text_content() == "" and len(gone) == 0
        kept = cell(section, full)
        # one change covers heading and paragraphs: each piece carries its own mark, none spans two
        pieces = kept.xpath("h4 | p")
        assert len(pieces) >= 2
        for piece in pieces:
            assert [child.tag for child in piece] == [tag]
            assert piece[0].text_content() == piece.text_content()
    assert cell(removed, "old").xpath("string(h4)") == "Bevelsstructuur"
    assert "De opvang van vluchtelingen uit Syrië" in cell(added, "new").text_content()


def _cells_by_section(page: HtmlElement, side: str) -> dict[int, str]:
    cells = page.xpath(f'//table[@class="pair"]//td[contains(concat(" ", @class, " "), " {side} ")][@data-section]')
    indexes = [int(td.get("data-section")) for td in cells]
    assert len(indexes) == len(set(indexes))  # no section twice
    return {int(td.get("data-section")): td.text_content() for td in cells}


@pytest.mark.parametrize("side", ["old", "new"])
def test_every_word_of_both_letters_is_in_the_report_once(demo: Comparison, page: HtmlElement, side: str) -> None:
    doc: Document = getattr(demo, side)
    cells = _cells_by_section(page, side)
    assert sorted(cells) == [s.index for s in doc.sections]
    for section in doc.sections:
        own = ([section.heading] if section.heading_span else []) + [p.text for p in section.paragraphs]
        assert squeeze(cells[section.index]) == squeeze("".join(own)), section.heading
    assert squeeze("".join(cells[i] for i in sorted(cells))) == squeeze(doc.text)


def test_a_letter_is_text_never_markup(tmp_path: Path) -> None:
    attack = "<script>alert(1)</script> & \"quotes\" <b onmouseover='x'>"
    # in both letters (unmarked text), and as a change (marked text), and in a file name
    both = rev.replace(rev.original(), "Het personeel van de RDE", "Het personeel <script>alert(2)</script> van de RDE")
    both = rev.replace(both, "Nederland stelt vanaf", "Nederland <script>alert(3)</script> stelt vanaf")
    old_path, new_path = tmp_path / "oud.txt", tmp_path / "nieuw<i>brief&amp.txt"
    old_path.write_text(both, encoding="utf-8")
    new_path.write_text(rev.replace(both, "2016 155 militairen", f"2016 {attack} militairen"), encoding="utf-8")
    html = render_html(compare_documents(load_document(old_path), load_document(new_path)))
    assert "<script" not in html.lower() and "<b onmouseover" not in html and "<i>brief" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;script&gt;alert(2)&lt;/script&gt;" in html
    page = lxml.html.document_fromstring(html)
    assert not page.xpath("//script | //b | //i | //@onmouseover")
    assert "nieuw<i>brief&amp.txt" in page.get_element_by_id("title").text_content()
    section = section_of(page, "Duur van de deelname")
    assert "<script>alert(1)</script>" in " ".join(texts(cell(section, "new"), "ins"))
    for side in ("old", "new"):  # before a mark and after the last
        assert "Nederland <script>alert(3)</script> stelt" in cell(section, side).text_content()
        assert "personeel <script>alert(2)</script> van de RDE" in cell(section, side).text_content()


def test_the_same_letter_twice_says_there_is_nothing_to_see(sample_doc: Document) -> None:
    page = lxml.html.document_fromstring(render_html(compare_documents(sample_doc, sample_doc)))
    assert page.get_element_by_id("facts").xpath('string(p[@class="none"])') == "Geen wijzigingen in feiten."
    assert page.get_element_by_id("sections").xpath('string(p[@class="none"])') == "Geen verschillen in de tekst."
    assert not page.xpath("//del[not(ancestor::*[@id='legend'])] | //ins[not(ancestor::*[@id='legend'])]")
    assert not page.xpath('//*[@id="sections"]/section')  # every section folded


def _letter(path: str, blocks: list[tuple[str, list[str]]]) -> Document:
    """A document made by hand: (heading, paragraphs) per section, spans into the joined text."""
    text, sections = "", []
    for index, (heading, paragraphs) in enumerate(blocks):
        start = len(text) + (2 if text else 0)
        text += ("\n\n" if text else "") + heading
        head = Span(start, len(text))
        made = []
        for paragraph in paragraphs:
            text += "\n\n"
            made.append(Paragraph(paragraph, Span(len(text), len(text) + len(paragraph))))
            text += paragraph
        sections.append(Section(index, heading, 1, (heading,), None, tuple(made), head, Span(start, len(text))))
    meta = Metadata(path=path, format="text", number="12", date=dt.date(2024, 3, 1))
    return Document(meta, text, tuple(sections))


def test_a_change_is_cut_at_heading_and_paragraph_ends() -> None:
    old = _letter("/brieven/oud.txt", [("Kop oud", ["Alinea een twee.", "Alinea drie."])])
    new = _letter("/brieven/nieuw.txt", [("Kop", ["Alinea twee.", "Alinea drie."])])
    start = old.text.index("oud")
    end = old.text.index("een ") + len("een ")
    changes = (
        # from the heading into the first paragraph; the new side's empty span only anchors it
        Change(Span(start, end), Span(3, 3), deleted_words=3, inserted_words=0),
        Change(Span(len(old.text) - 1, len(old.text) - 1), Span(len(new.text) - 1, len(new.text)), 0, 1),
    )
    pair = SectionPair("changed", old.sections[0], new.sections[0], False, False, 0.8, 1, 3, changes)
    page = lxml.html.document_fromstring(render_html(Comparison(old, new, (pair,))))
    title = page.get_element_by_id("title").text_content()
    assert title == "Vergelijking: oud.txt, nr. 12, 1 maart 2024 → nieuw.txt, nr. 12, 1 maart 2024"
    section = page.get_element_by_id("section-0")
    old_cell, new_cell = cell(section, "old"), cell(section, "new")
    assert [(e.getparent().tag, e.text_content()) for e in old_cell.iter("del")] == [
        ("h4", "oud"),
        ("p", "Alinea een "),
    ]
    assert [(e.getparent().tag, e.text_content()) for e in new_cell.iter("ins")] == [("p", ".")]
    assert [p.text_content() for p in old_cell.iter("p")] == ["Alinea een twee.", "Alinea drie."]
    assert old_cell.xpath("string(h4)") == "Kop oud" and new_cell.xpath("string(h4)") == "Kop"


def test_a_changed_fact_shows_which_of_its_words_changed(page: HtmlElement) -> None:
    rows = page.get_element_by_id("facts").find_class("fact")
    commitment = [r for r in rows if "changed" in r.classes and "155 militairen" in r.text_content()]
    assert len(commitment) == 2  # the troop number and the commitment sentence that holds it
    for row in commitment:
        old, new = row.find_class("old")[0], row.find_class("new")[0]
        assert [d.text_content() for d in old.iter("del")] == ["155"]
        assert [i.text_content() for i in new.iter("ins")] == ["180"]
        assert not list(old.iter("ins")) and not list(new.iter("del"))
    # added and removed facts are new or gone as a whole: nothing inside them is marked
    for row in rows:
        if "added" in row.classes or "removed" in row.classes:
            assert not list(row.iter("del")) and not list(row.iter("ins"))


def test_a_footnote_is_set_apart_as_a_note(tmp_path: Path) -> None:
    old_path, new_path = tmp_path / "oud.txt", tmp_path / "nieuw.txt"
    old_path.write_text("Essentie\n\nDe inzet wordt verlengd.\n", encoding="utf-8")
    new_path.write_text("Essentie\n\nDe inzet wordt verlengd.1\n1 Kamerstuk 27 925, nr. 597.\n", encoding="utf-8")
    page = lxml.html.fromstring(render_html(compare_documents(load_document(old_path), load_document(new_path))))
    notes = page.xpath('//p[@class="noot"]')
    assert [squeeze(p.text_content()) for p in notes] == [squeeze("Noot 1: Kamerstuk 27 925, nr. 597.")]
    assert "p.noot" in page.xpath("string(//style)")
