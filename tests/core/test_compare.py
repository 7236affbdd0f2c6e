"""Section alignment and word diffs on revision pairs built from the real letter with known edits."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.comparison import Comparison
from viewer.core.document import Document
from viewer.core.load import load_document
from viewer.core.load.build import build_document, heading, para

import revisions as rev


def _load(tmp_path: Path, text: str, name: str = "new.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def _compare(tmp_path: Path, sample_doc, new_text: str) -> Comparison:  # type: ignore[no-untyped-def]
    return compare_documents(sample_doc, _load(tmp_path, new_text))


def _not_same(c: Comparison) -> list[tuple[str, bool, bool, str | None, str | None, int, int]]:
    return [
        (
            p.status,
            p.renamed,
            p.moved,
            p.old.heading if p.old else None,
            p.new.heading if p.new else None,
            p.inserted_words,
            p.deleted_words,
        )
        for p in c.sections
        if p.status != "same" or p.renamed or p.moved
    ]


def test_letter_against_itself_is_all_same(sample_doc) -> None:
    c = compare_documents(sample_doc, sample_doc)
    assert len(c.sections) == len(sample_doc.sections)
    assert all(p.status == "same" and p.similarity == 1.0 and not p.changes for p in c.sections)
    assert not any(p.renamed or p.moved for p in c.sections)


def test_changed_troop_number_is_one_word_in_one_section(tmp_path: Path, sample_doc, sample_text: str) -> None:
    new = rev.replace(sample_text, "2016 155 militairen", "2016 180 militairen")
    c = _compare(tmp_path, sample_doc, new)
    assert _not_same(c) == [("changed", False, False, "Duur van de deelname", "Duur van de deelname", 1, 1)]
    (change,) = c.sections[[p.status for p in c.sections].index("changed")].changes
    assert c.old.text[change.old.start : change.old.end] == "155"
    assert c.new.text[change.new.start : change.new.end] == "180"


def test_reflowed_and_rehyphenated_paragraphs_are_no_change(tmp_path: Path, sample_doc, sample_text: str) -> None:
    new = rev.reflow(sample_text, "De ring van instabiliteit aan de buitengrenzen")
    new = rev.reflow(new, "Het verder terugdringen van ISIS in Irak en Syrië zal", width=47)
    new = rev.reflow(new, "In Noord-Irak geven Britse, Duitse", width=61)
    assert new != sample_text
    c = _compare(tmp_path, sample_doc, new)
    assert _not_same(c) == []


def test_renamed_section(tmp_path: Path, sample_doc, sample_text: str) -> None:
    new = rev.replace(sample_text, "Inzet van F-16’s / Force Protection \n", "Inzet F-16’s en force protection \n")
    c = _compare(tmp_path, sample_doc, new)
    # the semantic clean-up folds the lone equal "F-16’s" into the change, as a reader would:
    # "van F-16’s / Force Protection" out (4 words), "F-16’s en force protection" in (4 words)
    assert _not_same(c) == [
        ("changed", True, False, "Inzet van F-16’s / Force Protection", "Inzet F-16’s en force protection", 4, 4)
    ]


def test_renamed_beyond_recognition_pairs_by_content(tmp_path: Path, sample_doc, sample_text: str) -> None:
    new = rev.replace(sample_text, "Tankervliegtuigen \n", "Bijtanken in de lucht \n")
    c = _compare(tmp_path, sample_doc, new)
    assert _not_same(c) == [("changed", True, False, "Tankervliegtuigen", "Bijtanken in de lucht", 4, 1)]


def test_moved_section(tmp_path: Path, sample_doc, sample_text: str) -> None:
    new = rev.move_section(sample_text, "Regionale ontwikkelingen", "Samenhang", before="Irak")
    c = _compare(tmp_path, sample_doc, new)
    assert _not_same(c) == [
        ("same", False, True, "Regionale ontwikkelingen", "Regionale ontwikkelingen", 0, 0),
    ]
    # reading order of the new letter
    headings = [p.new.heading for p in c.sections if p.new]
    assert headings.index("Regionale ontwikkelingen") < headings.index("Irak")


def test_removed_section_stands_where_it_was(tmp_path: Path, sample_doc, sample_text: str) -> None:
    new, _ = rev.cut_section(sample_text, "Bevelsstructuur", "(Na)zorg")
    c = _compare(tmp_path, sample_doc, new)
    assert _not_same(c) == [("removed", False, False, "Bevelsstructuur", None, 0, 113)]
    order = [(p.old or p.new).heading for p in c.sections]  # type: ignore[union-attr]
    assert order.index("Bevelsstructuur") == order.index("Tankervliegtuigen") + 1


def test_added_section(tmp_path: Path, sample_doc, sample_text: str) -> None:
    new = rev.insert_before(
        sample_text,
        "Financiën",
        "Libanon en Jordanië \n\nNederland stelt in 2017 12 miljoen euro beschikbaar voor onderwijs. \n",
    )
    c = _compare(tmp_path, sample_doc, new)
    assert _not_same(c) == [("added", False, False, None, "Libanon en Jordanië", 13, 0)]
    added = next(p for p in c.sections if p.status == "added")
    assert added.new is not None and added.new.path == ("Humanitaire hulp", "Libanon en Jordanië")


def test_same_heading_pairs_under_its_own_parent(tmp_path: Path, sample_doc, sample_text: str) -> None:
    # drop "Irak" under Politieke aspecten: the "Irak" under Humanitaire hulp must keep its partner
    new, _ = rev.cut_section(sample_text, "Irak", "Syrië", nth=0)
    c = _compare(tmp_path, sample_doc, new)
    removed = [p for p in c.sections if p.status == "removed"]
    assert [p.old.path for p in removed if p.old] == [("Politieke aspecten", "Irak")]
    humanitarian = [p for p in c.sections if p.new and p.new.path == ("Humanitaire hulp", "Irak")]
    assert humanitarian[0].old is not None and humanitarian[0].old.path == ("Humanitaire hulp", "Irak")
    assert humanitarian[0].status == "same"


def test_split_section_pairs_closer_part_and_loses_nothing(tmp_path: Path, sample_doc, sample_text: str) -> None:
    new = rev.replace(
        sample_text,
        "\nDe economische voorspellingen voor Irak blijven zorgwekkend.",
        "\nEconomie van Irak \n\nDe economische voorspellingen voor Irak blijven zorgwekkend.",
    )
    c = _compare(tmp_path, sample_doc, new)
    rows = _not_same(c)
    assert [r[:5] for r in rows] == [
        ("changed", False, False, "Irak", "Irak"),
        ("added", False, False, None, "Economie van Irak"),
    ]
    changed, added = rows
    # every word that left "Irak" arrives in the new section (plus its heading)
    assert changed[5] == 0 and added[5] == changed[6] + 3


def test_sentence_moved_inside_a_section_is_paired_and_diffed(tmp_path: Path, sample_doc, sample_text: str) -> None:
    new = rev.replace(
        sample_text,
        "Het trainingsprogramma wordt eveneens vooraf afgestemd \n"
        "met het KTCC, waardoor het goed aansluit bij de behoefte. ",
        "",
    )
    new = rev.replace(
        new,
        "Ze \nvariëren van enkele dagen tot enkele weken. ",
        "Ze \nvariëren van enkele dagen tot enkele weken. Het trainingsprogramma wordt steeds vooraf afgestemd "
        "met het KTCC, waardoor het goed aansluit bij de behoefte. ",
    )
    c = _compare(tmp_path, sample_doc, new)
    (row,) = _not_same(c)
    # the moved sentence pairs with itself: one word changed, not 16 deleted and 16 inserted
    assert row[:5] == ("changed", False, False, "Voortgang training Peshmerga", "Voortgang training Peshmerga")
    assert (row[5], row[6]) == (1, 1)


def test_demo_pair(sample_doc) -> None:
    demo = load_document(rev.SAMPLES / rev.DEMO_NAME)
    c = compare_documents(sample_doc, demo)
    assert _not_same(c) == [
        ("changed", False, False, "", "", 16, 0),
        ("changed", False, False, "Essentie", "Essentie", 0, 15),
        ("same", False, True, "Regionale ontwikkelingen", "Regionale ontwikkelingen", 0, 0),
        ("changed", True, False, "Inzet van F-16’s / Force Protection", "Force protection Belgische F-16’s", 4, 5),
        ("removed", False, False, "Bevelsstructuur", None, 0, 113),
        ("changed", False, False, "Duur van de deelname", "Duur van de deelname", 3, 3),
        ("added", False, False, None, "Libanon en Jordanië", 50, 0),
    ]


def test_committed_demo_matches_its_recipe() -> None:
    assert (rev.SAMPLES / rev.DEMO_NAME).read_text(encoding="utf-8") == rev.demo_revision()


@pytest.mark.parametrize("similarity_floor", [0.9])
def test_similarity_and_spans(tmp_path: Path, sample_doc, sample_text: str, similarity_floor: float) -> None:
    new = rev.replace(sample_text, "ongeveer twintig trainers", "ongeveer dertig trainers")
    c = _compare(tmp_path, sample_doc, new)
    pair = next(p for p in c.sections if p.status == "changed")
    assert similarity_floor < pair.similarity < 1.0
    (change,) = pair.changes
    assert c.old.text[change.old.start : change.old.end] == "twintig"
    assert c.new.text[change.new.start : change.new.end] == "dertig"
    assert change.kind == "replace"


def test_a_changed_count_that_shares_its_noun_names_it_in_the_summary(
    tmp_path: Path, sample_doc, sample_text: str
) -> None:  # type: ignore[no-untyped-def]
    from viewer.core.export.summary import render_summary

    new = rev.replace(sample_text, "moment drie Nederlandse en", "moment vier Nederlandse en")
    c = _compare(tmp_path, sample_doc, new)
    changed = [p for p in c.facts if p.status == "changed" and p.kind == "troops"]
    assert [(p.old.text, p.new.text) for p in changed] == [("drie Nederlandse", "vier Nederlandse")]  # type: ignore[union-attr]
    lines = [line for line in render_summary(c).splitlines() if line.lstrip().startswith("troepen")]
    assert len(lines) == 1
    assert "vier Nederlandse … SOF-operators  (was: drie Nederlandse … SOF-operators)" in lines[0]


def test_summary_fact_lines_of_the_demo_pair(sample_doc) -> None:  # type: ignore[no-untyped-def]
    """The fact lines as a clerk reads them, checked against the demo's edit list
    (resources/samples/kst-27925-597-demo-bewerkt.md): one per change, with its section."""
    from viewer.core.export.summary import render_summary

    new_doc = load_document(Path(__file__).resolve().parents[2] / "resources/samples/kst-27925-597-demo-bewerkt.txt")
    text = render_summary(compare_documents(sample_doc, new_doc))
    lines = [" ".join(line.split()) for line in text.split("Feiten:\n", 1)[1].splitlines()]
    assert "troepen 180 militairen (was: 155 militairen) [Duur van de deelname]" in lines
    assert "datum 1 januari 2018 (was: 1 juli 2017) [Duur van de deelname]" in lines
    assert "geld nieuw: 12 miljoen euro (2017) [Humanitaire hulp / Libanon en Jordanië]" in lines
    assert "datum vervallen: 19 juni 2015 [Militaire aspecten / Bevelsstructuur]" in lines
    assert any(line.startswith("toezegging vervallen: Tot slot zal Nederland") for line in lines)
    assert len(lines) == 11  # the 11 fact pairs that are not unchanged, and nothing else


def _rebuilt(doc: Document, paragraph: Callable[[str], str]) -> Document:
    """`doc` built again from its headings and paragraphs, each paragraph passed through `paragraph`."""
    blocks = []
    for section in doc.sections:
        if section.heading:
            blocks.append(heading(section.heading, section.level))
        blocks.extend(para(paragraph(p.text)) for p in section.paragraphs)
    return build_document(doc.meta, blocks)


def test_a_table_whose_cells_stand_apart_by_space_alone_is_no_change() -> None:
    # the XML's table, its cells joined with " | ", as a PDF or its copied text sets it: by space alone
    official = load_document(Path(__file__).parent.parent / "data" / "xml" / "handgeschreven-voortgangsbrief.xml")
    assert "Erbil | ongeveer 60" in official.text
    printed = _rebuilt(official, lambda text: text.replace(" | ", " "))
    comparison = compare_documents(official, printed)
    assert {p.status for p in comparison.sections} == {"same"}
    assert {pair.status for pair in comparison.facts} == {"unchanged"}
    # a changed cell is still a change
    changed = compare_documents(official, _rebuilt(printed, lambda text: text.replace("ongeveer 60", "ongeveer 65")))
    assert [(p.status, p.inserted_words, p.deleted_words) for p in changed.sections if p.status != "same"] == [
        ("changed", 1, 1)
    ]
