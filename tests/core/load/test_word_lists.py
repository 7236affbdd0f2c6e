"""List labels and heading numbers that Word generates itself, read as Word prints them.

A paragraph of a Word list holds only its text: Word prints its label ("a.", "2.1", "•") from the
list's definition in numbering.xml. The loader dropped those labels, where the same letter as XML or
text has them: every section with a list was reported changed ("2.2 Inzet van F-16’s (+0 −3 woorden)"),
and a template that numbers its heading styles renamed every numbered section ("Gronden voor
deelname" for "1. Gronden voor deelname").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

from word_lists import Para, abstract, level, num, render_word_lists

_INTRO = "De F-16’s worden ingezet voor:"
_ITEMS = [
    "luchtsteun aan Iraakse eenheden op de grond;",
    "verkenningsvluchten boven het operatiegebied;",
    "het aanvallen van vooraf geselecteerde doelen.",
]
_AFTER = "De inzet duurt tot en met 31 december 2018."


def _outline(doc: Document) -> list[tuple[str, list[str]]]:
    return [(s.heading, [p.text for p in s.paragraphs]) for s in doc.sections]


@pytest.mark.parametrize(
    ("fmt", "text", "font", "labels"),
    [
        ("lowerLetter", "%1.", None, ["a.", "b.", "c."]),
        ("decimal", "%1)", None, ["1)", "2)", "3)"]),
        ("lowerRoman", "(%1)", None, ["(i)", "(ii)", "(iii)"]),
        ("upperLetter", "%1.", None, ["A.", "B.", "C."]),
        ("upperRoman", "%1.", None, ["I.", "II.", "III."]),
        ("bullet", "\uf0b7", "Symbol", ["•", "•", "•"]),  # Word's own bullet: Symbol's code B7
        ("bullet", "•", None, ["•", "•", "•"]),
        ("bullet", "–", None, ["–", "–", "–"]),
        ("bullet", "\uf02d", "Symbol", ["–", "–", "–"]),  # the dash item as LibreOffice saves it
        ("bullet", "§", "Wingdings", ["▪", "▪", "▪"]),  # Wingdings' square, its code A7
    ],
)
def test_a_lists_items_have_their_labels(
    tmp_path: Path, fmt: str, text: str, font: str | None, labels: list[str]
) -> None:
    paragraphs = [
        Para("Inzet van F-16’s", style="Heading 1"),
        Para(_INTRO),
        *(Para(item, style="List Paragraph", num=1, ilvl=0) for item in _ITEMS),
        Para(_AFTER),
    ]
    definitions = [abstract(10, level(0, fmt, text, font=font)), num(1, 10)]
    doc = load_document(render_word_lists(tmp_path / "lijst.docx", paragraphs, definitions))
    expected = [f"{label} {item}" for label, item in zip(labels, _ITEMS, strict=True)]
    assert _outline(doc) == [("Inzet van F-16’s", [_INTRO, *expected, _AFTER])]


def test_start_values_overrides_and_a_list_that_goes_on(tmp_path: Path) -> None:
    # one definition, three lists: the first starts at 3; the second (num 2) restarts it at 1; the
    # third (num 3) sets nothing, so Word goes on counting the definition's list; the first list's
    # items after that go on from there too
    paragraphs = [
        Para("Bijlagen", style="Heading 1"),
        Para("Overzicht van de inzet", num=1, ilvl=0),
        Para("Kaart van het operatiegebied", num=1, ilvl=0),
        Para("Tussen de lijsten."),
        Para("Begroting 2018", num=2, ilvl=0),
        Para("Begroting 2019", num=2, ilvl=0),
        Para("Tussen de lijsten."),
        Para("Motie-Van der Staaij", num=3, ilvl=0),
        Para("Motie-Sjoerdsma", num=1, ilvl=0),
    ]
    definitions = [
        abstract(20, level(0, "decimal", "%1.", start=3)),
        num(1, 20),
        num(2, 20, start_override={0: 1}),
        num(3, 20),
    ]
    doc = load_document(render_word_lists(tmp_path / "lijsten.docx", paragraphs, definitions))
    assert _outline(doc) == [
        (
            "Bijlagen",
            [
                "3. Overzicht van de inzet",
                "4. Kaart van het operatiegebied",
                "Tussen de lijsten.",
                "1. Begroting 2018",
                "2. Begroting 2019",
                "Tussen de lijsten.",
                "3. Motie-Van der Staaij",
                "4. Motie-Sjoerdsma",
            ],
        )
    ]


def test_a_nested_list_restarts_below_a_higher_level(tmp_path: Path) -> None:
    paragraphs = [
        Para("Inzet", style="Heading 1"),
        Para("Irak", num=1, ilvl=0),
        Para("luchtsteun;", num=1, ilvl=1),
        Para("training.", num=1, ilvl=1),
        Para("Syrië", num=1, ilvl=0),
        Para("luchtsteun.", num=1, ilvl=1),  # level 2 starts anew after a level 1 item
        Para("Noot bij de lijst", num=1, ilvl=2),
        Para("Jordanië", num=1, ilvl=0),
        Para("Noot bij Jordanië", num=1, ilvl=2),  # lvlRestart 0: this level never starts anew
    ]
    definitions = [
        abstract(
            30,
            level(0, "decimal", "%1."),
            level(1, "lowerLetter", "%1.%2"),
            level(2, "lowerRoman", "(%3)", restart=0),
        ),
        num(1, 30),
    ]
    doc = load_document(render_word_lists(tmp_path / "genest.docx", paragraphs, definitions))
    assert _outline(doc) == [
        (
            "Inzet",
            [
                "1. Irak",
                "1.a luchtsteun;",
                "1.b training.",
                "2. Syrië",
                "2.a luchtsteun.",
                "(i) Noot bij de lijst",
                "3. Jordanië",
                "(ii) Noot bij Jordanië",
            ],
        )
    ]


_HEADINGS = [
    abstract(
        40,
        level(0, "decimal", "%1.", style="Heading1"),
        level(1, "decimal", "%1.%2", style="Heading2"),
    ),
    num(7, 40),
]
_NUMBERED_HEADINGS = [
    ("1. Gronden voor deelname", ["De coalitie vraagt om steun."]),
    ("1.1 Mandaat", ["Resolutie 2249 biedt een mandaat."]),
    ("1.2 Politieke aspecten", ["Irak heeft om steun gevraagd."]),
    ("2. Militaire aspecten", ["Nederland levert 150 militairen."]),
    ("2.1 Capaciteitsopbouw", ["De training gaat door."]),
    ("3. Financiën", ["De kosten zijn € 93,6 mln."]),
]


def _heading_paragraphs(numbered: bool) -> list[Para]:
    out: list[Para] = []
    for heading, texts in _NUMBERED_HEADINGS:
        number, title = heading.split(" ", 1)
        ilvl = number.count(".") - 1 if number.endswith(".") else number.count(".")
        style = f"Heading {ilvl + 1}"
        out.append(Para(title, style=style, num=7 if numbered else None, ilvl=ilvl if numbered else None))
        out += [Para(text) for text in texts]
    return out


def test_heading_numbers_word_generates_on_the_paragraph(tmp_path: Path) -> None:
    path = render_word_lists(tmp_path / "koppen.docx", _heading_paragraphs(numbered=True), _HEADINGS)
    doc = load_document(path)
    assert _outline(doc) == _NUMBERED_HEADINGS
    assert [s.level for s in doc.sections] == [1, 2, 2, 1, 2, 1]


@pytest.mark.parametrize("style_level", [True, False])
def test_heading_numbers_word_generates_from_the_heading_style(tmp_path: Path, style_level: bool) -> None:
    # a ministry's template numbers its heading styles: the paragraphs only have the style; the
    # style gives the list and its level, or the list's level names the style it numbers
    style_numbering = {"Heading 1": (7, 0 if style_level else None), "Heading 2": (7, 1 if style_level else None)}
    path = render_word_lists(
        tmp_path / "sjabloon.docx", _heading_paragraphs(numbered=False), _HEADINGS, style_numbering=style_numbering
    )
    assert _outline(load_document(path)) == _NUMBERED_HEADINGS


def test_heading_numbers_from_a_list_style(tmp_path: Path) -> None:
    # the template keeps its heading numbering in a list style: the list the paragraphs name (num 8)
    # takes its levels from the style's list (num 9)
    definitions = [
        abstract(50, num_style_link="Koppen"),
        abstract(
            51,
            level(0, "decimal", "%1."),
            level(1, "decimal", "%1.%2"),
            style_link="Koppen",
        ),
        num(8, 50),
        num(9, 51),
    ]
    paragraphs = [
        Para(p.text, p.style, num=8 if p.style else None, ilvl=p.ilvl) for p in _heading_paragraphs(numbered=True)
    ]
    path = render_word_lists(
        tmp_path / "lijststijl.docx",
        paragraphs,
        definitions,
        style_numbering={"Koppen": (9, None)},
        list_styles=("Koppen",),
    )
    assert _outline(load_document(path)) == _NUMBERED_HEADINGS


_XML = """<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie><kamerstuk>
  <dossier><dossiernummer><dossiernr>27 925</dossiernr></dossiernummer></dossier>
  <stuk><stuknr><ondernummer>Nr. 645</ondernummer></stuknr>
    <algemeen><vrije-tekst><tekst>
      <al>Den Haag, 29 juni 2018</al>
      <divisie><kop><nr>1.</nr><titel>Inzet van F-16’s</titel></kop>
        <al>De F-16’s worden ingezet voor:</al>
        <lijst type="expliciet">
          <li><li.nr>a.</li.nr><al>luchtsteun aan Iraakse eenheden op de grond;</al></li>
          <li><li.nr>b.</li.nr><al>verkenningsvluchten boven het operatiegebied.</al></li>
        </lijst>
        <al>De inzet omvat:</al>
        <lijst type="ongemarkeerd">
          <li><li.nr>•</li.nr><al>een trainingsteam in Erbil;</al></li>
          <li><li.nr>–</li.nr><al>een advise &amp; assist-team in Bagdad.</al></li>
        </lijst>
      </divisie>
      <divisie><kop><nr>2.</nr><titel>Financiën</titel></kop>
        <al>De kosten worden geraamd op € 93,6 mln.</al>
      </divisie>
    </tekst></vrije-tekst></algemeen>
  </stuk>
</kamerstuk></officiele-publicatie>
"""


def test_the_same_letter_as_xml_and_as_word_with_its_own_numbering_compares_unchanged(tmp_path: Path) -> None:
    xml = tmp_path / "kst-27925-645.xml"
    xml.write_text(_XML, encoding="utf-8")
    paragraphs = [
        Para("Den Haag, 29 juni 2018"),
        Para("Inzet van F-16’s", style="Heading 1"),
        Para("De F-16’s worden ingezet voor:"),
        Para("luchtsteun aan Iraakse eenheden op de grond;", style="List Paragraph", num=1, ilvl=0),
        Para("verkenningsvluchten boven het operatiegebied.", style="List Paragraph", num=1, ilvl=0),
        Para("De inzet omvat:"),
        Para("een trainingsteam in Erbil;", style="List Paragraph", num=2, ilvl=0),
        Para("een advise & assist-team in Bagdad.", style="List Paragraph", num=3, ilvl=0),
        Para("Financiën", style="Heading 1"),
        Para("De kosten worden geraamd op € 93,6 mln."),
    ]
    definitions = [
        abstract(1, level(0, "lowerLetter", "%1.")),
        abstract(2, level(0, "bullet", "\uf0b7", font="Symbol")),
        abstract(3, level(0, "bullet", "\uf02d", font="Symbol")),
        abstract(4, level(0, "decimal", "%1.", style="Heading1")),
        *(num(n, n) for n in (1, 2, 3, 4)),
    ]
    word = render_word_lists(
        tmp_path / "kst-27925-645.docx", paragraphs, definitions, style_numbering={"Heading 1": (4, 0)}
    )
    old, new = load_document(xml), load_document(word)
    assert _outline(new) == _outline(old)
    comparison = compare_documents(old, new)
    assert [p.status for p in comparison.sections] == ["same"] * len(old.sections)
    assert not any(p.renamed or p.moved for p in comparison.sections)
