"""A footnote Word or LibreOffice carried to the next page's foot, in a ministry's PDF.

Letters of QA round 15 (tests/data/qa15/README.md). The mark "Bagdad.³" stands at page 1's foot, its
note at page 2's foot, under a table whose cell reads "33". The loader found no mark for note 3 on
page 2 but the table's "33", which it read as the figure 3 with note 3's mark glued to it: the row
read "Bagdad | trainers en stafofficieren | 3", "Noot 3" stood between the table's rows, and the
"3" after "Bagdad." ran into the sentence, whose commitment was reported changed and vervallen.
"""

from __future__ import annotations

from pathlib import Path

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document
from viewer.core.load.notes import find_notes

DATA = Path(__file__).parents[2] / "data" / "qa15"


def _paragraphs(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


def test_a_note_carried_to_the_next_page_follows_its_mark_on_the_page_before() -> None:
    texts = _paragraphs(load_document(DATA / "l655_minA.pdf"))
    cited = next(i for i, text in enumerate(texts) if "in Erbil en Bagdad" in text)
    assert "Bagdad. Het kabinet zal uw Kamer voor 1 mei 2020 informeren" in texts[cited]
    assert texts[cited + 1] == (
        "Noot 3: Zie ook de brief van 1 maart 2019 over de inzet in Noord-Irak (Kamerstuk 27 925, nr. 648)."
    )
    assert "Bagdad | trainers en stafofficieren | 33" in texts
    assert sum(text.startswith("Noot 3:") for text in texts) == 1


def test_the_facts_of_a_letter_with_a_note_carried_over_are_unchanged() -> None:
    comparison = compare_documents(load_document(DATA / "l655.xml"), load_document(DATA / "l655_minA.pdf"))
    assert {pair.status for pair in comparison.facts} == {"unchanged"}


def test_a_table_cell_is_never_a_figure_with_a_note_mark_glued_to_it() -> None:
    lines = [
        "Nederland levert bijdragen aan de coalitie.",
        "Bagdad trainers en stafofficieren 33",
        "De kosten worden geraamd op 48,5 miljoen euro voor 2020.4 Deze kosten",
        "3 Zie ook de brief van 1 maart 2019.",
        "4 Inclusief de kosten van het transport.",
    ]
    # read as running text, "33" is the only figure where note 3's mark may stand (glued_notes.py)
    assert find_notes(lines, after=2, after_cited=True) is not None
    found = find_notes(lines, after=2, after_cited=True, cells={1})
    assert found is None or all(line != 1 for line in found.markers)
