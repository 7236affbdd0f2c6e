"""The Word loader: the sample letter as .docx loads as the text version does, and Word's own structures."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from viewer.core.document import Document
from viewer.core.errors import LoadError
from viewer.core.load import load_document
from viewer.core.load.docx_numbering import number_as

from render_binary import add_footnotes, render_docx, render_docx_lines


def outline(doc: Document) -> list[tuple[int, str, tuple[str, ...]]]:
    return [(s.level, s.heading, s.path) for s in doc.sections]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory, sample_doc: Document, sample_text: str) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("docx")
    return {
        "styles": render_docx(sample_doc, folder / "styles.docx", headings="styles"),
        "bold": render_docx(sample_doc, folder / "bold.docx", headings="bold"),
        "pasted": render_docx_lines(sample_text, folder / "pasted.docx"),
    }


@pytest.mark.parametrize("kind", ["styles", "bold", "pasted"])
def test_same_document_as_the_text(rendered: dict[str, Path], sample_doc: Document, kind: str) -> None:
    # heading styles give the levels; bold headings get them from the series' outline, as text
    # does; text pasted from the PDF goes through the copied-text clean-up
    doc = load_document(rendered[kind])
    assert outline(doc) == outline(sample_doc)
    assert doc.text == sample_doc.text


@pytest.mark.parametrize("kind", ["styles", "bold", "pasted"])
def test_metadata(rendered: dict[str, Path], sample_doc: Document, kind: str) -> None:
    meta = load_document(rendered[kind]).meta
    assert meta.format == "docx"
    assert meta.path == str(rendered[kind])
    # the dossier from the running footer: in the page footer, or pasted along with the text
    assert (meta.title, meta.dossier, meta.number, meta.date) == (
        sample_doc.meta.title,
        "27 925",
        "597",
        sample_doc.meta.date,
    )


# --- building small documents -----------------------------------------------------------------


def _save(word: Any, path: Path) -> Path:
    word.save(str(path))
    return path


def _block_xml(word: Any, xml: str) -> None:
    """Append a raw WordprocessingML block to the body, before its section properties."""
    body = word.element.body
    body.insert(len(body) - 1, parse_xml(xml))


def _body_xml(word: Any, inner: str) -> None:
    """Append a paragraph given as the raw XML of its content."""
    _block_xml(word, f"<w:p {nsdecls('w')}>{inner}</w:p>")


def _bold(word: Any, text: str, *, italic: bool = False) -> Any:
    paragraph = word.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = not italic
    run.italic = italic
    return paragraph


def _texts(doc: Document) -> list[tuple[str, list[str]]]:
    return [(s.heading, [p.text for p in s.paragraphs]) for s in doc.sections]


def test_heading_levels_come_from_the_styles_not_the_series_outline(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Irak", style="Heading 1")
    word.add_paragraph("De strijd gaat door.")
    word.add_paragraph("Essentie", style="Heading 2")  # top level in the series, second here
    word.add_paragraph("Kort samengevat.")
    doc = load_document(_save(word, tmp_path / "levels.docx"))
    assert [(s.level, s.path) for s in doc.sections] == [(1, ("Irak",)), (2, ("Irak", "Essentie"))]


def test_localised_styles_and_outline_levels(tmp_path: Path) -> None:
    word = docx.Document()
    kop = word.styles.add_style("Kop 2", WD_STYLE_TYPE.PARAGRAPH)  # a Dutch template's name, no outline level
    kop.base_style = word.styles["Normal"]
    own = word.styles.add_style("Brief kop", WD_STYLE_TYPE.PARAGRAPH)  # inherits Heading 1's outline level
    own.base_style = word.styles["Heading 1"]
    word.add_paragraph("Essentie", style="Brief kop")
    word.add_paragraph("Tekst een.")
    word.add_paragraph("Irak", style="Kop 2")
    word.add_paragraph("Tekst twee.")
    _body_xml(word, '<w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>Mosul</w:t></w:r>')
    _body_xml(  # outline level 9 is body text, whatever the style says
        word, '<w:pPr><w:pStyle w:val="Heading2"/><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>Gewone tekst</w:t></w:r>'
    )
    doc = load_document(_save(word, tmp_path / "localised.docx"))
    assert [(s.level, s.heading) for s in doc.sections] == [(1, "Essentie"), (2, "Irak"), (3, "Mosul")]
    assert doc.sections[-1].paragraphs[0].text == "Gewone tekst"


def test_bold_or_italic_paragraphs_are_headings_only_when_they_read_like_one(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Den Haag, 9 september 2016")
    _bold(word, "Essentie")
    word.add_paragraph("De coalitie voert strijd.")
    _bold(word, "Dit is een vetgedrukte zin.")  # closes with a full stop
    mixed = word.add_paragraph()
    mixed.add_run("Half").bold = True
    mixed.add_run(" vet")
    _bold(word, "Eerste punt").style = word.styles["List Number"]  # a list item ("1."), not a heading
    _bold(word, "Irak", italic=True)
    word.add_paragraph("Tekst over Irak.")
    strong = word.add_paragraph()
    strong.add_run("Financiën").style = word.styles["Strong"]  # bold through a character style
    word.add_paragraph("De kosten.")
    doc = load_document(_save(word, tmp_path / "bold.docx"))
    assert _texts(doc) == [
        ("", ["Den Haag, 9 september 2016"]),
        ("Essentie", ["De coalitie voert strijd.", "Dit is een vetgedrukte zin.", "Half vet", "1. Eerste punt"]),
        ("Irak", ["Tekst over Irak."]),
        ("Financiën", ["De kosten."]),
    ]
    # nesting inferred as for copied text: Irak is not a top-level heading of the series
    assert [s.level for s in doc.sections] == [0, 1, 2, 1]


def test_lists_and_tables(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Samenhang", style="Heading 1")
    word.add_paragraph("De vijf sporen zijn:")
    word.add_paragraph("1) Het militaire spoor;")
    word.add_paragraph("Het stoppen van financiering;", style="List Number")  # Word numbers it: "1."
    table = word.add_table(rows=3, cols=3)
    rows = [("Land", "Militairen", "Kosten"), ("Nederland", "155", ""), ("Irak", "", "")]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.cell(2, 1).merge(table.cell(2, 2)).text = "samen"  # a merged cell is read once
    word.add_paragraph("Na de tabel.")
    doc = load_document(_save(word, tmp_path / "lists.docx"))
    assert _texts(doc) == [
        (
            "Samenhang",
            [
                "De vijf sporen zijn:",
                "1) Het militaire spoor;",
                "1. Het stoppen van financiering;",
                "Land | Militairen | Kosten",
                "Nederland | 155 |",
                "Irak | samen",
                "Na de tabel.",
            ],
        )
    ]


def test_text_inside_content_controls_insertions_links_and_fields(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Essentie", style="Heading 1")
    _body_xml(
        word,
        "<w:r><w:t xml:space='preserve'>Nederland levert </w:t></w:r>"
        "<w:ins w:id='1' w:author='a'><w:r><w:t xml:space='preserve'>ongeveer </w:t></w:r></w:ins>"
        "<w:del w:id='2' w:author='a'><w:r><w:delText>circa </w:delText></w:r></w:del>"
        "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>155</w:t></w:r></w:sdtContent></w:sdt>"
        "<w:r><w:t xml:space='preserve'> militairen aan de anti</w:t></w:r>"
        "<w:r><w:noBreakHyphen/><w:t>ISIS coalitie</w:t><w:softHyphen/></w:r>"
        "<w:hyperlink r:id='rId99' xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'>"
        "<w:r><w:t xml:space='preserve'> (zie de brief)</w:t></w:r></w:hyperlink>"
        "<w:fldSimple w:instr='PAGE'><w:r><w:t>.</w:t></w:r></w:fldSimple>",
    )
    # a block-level content control around a whole paragraph, as letter templates have
    _block_xml(
        word,
        f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Den Haag, 9 september 2016</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>",
    )
    doc = load_document(_save(word, tmp_path / "controls.docx"))
    assert [p.text for p in doc.sections[0].paragraphs] == [
        "Nederland levert ongeveer 155 militairen aan de anti-ISIS coalitie (zie de brief).",
        "Den Haag, 9 september 2016",
    ]
    assert doc.meta.date is not None and doc.meta.date.isoformat() == "2016-09-09"


def test_text_box_read_once_not_twice(tmp_path: Path) -> None:
    # Word writes a text box twice: as DrawingML and, for old readers, as a VML fallback
    word = docx.Document()
    word.add_paragraph("Essentie", style="Heading 1")
    box = "<w:txbxContent><w:p><w:r><w:t>In het kader: 26,5 miljoen euro</w:t></w:r></w:p></w:txbxContent>"
    _body_xml(
        word,
        "<w:r><w:t>Voor het kader.</w:t></w:r><w:r>"
        "<mc:AlternateContent xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'>"
        f"<mc:Choice Requires='wps'><w:drawing><wps:txbx xmlns:wps='urn:wps'>{box}</wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:textbox xmlns:v='urn:schemas-microsoft-com:vml'>{box}</v:textbox></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>",
    )
    doc = load_document(_save(word, tmp_path / "textbox.docx"))
    assert [p.text for p in doc.sections[0].paragraphs] == ["Voor het kader.", "In het kader: 26,5 miljoen euro"]


def test_footnotes_follow_the_paragraph_that_cites_them(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Essentie", style="Heading 1")
    _body_xml(word, '<w:r><w:t>ISIS wordt teruggedrongen.</w:t></w:r><w:r><w:footnoteReference w:id="7"/></w:r>')
    word.add_paragraph("Financiën", style="Heading 1")
    _body_xml(word, '<w:r><w:t>De kosten stijgen.</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r>')
    path = _save(word, tmp_path / "notes.docx")
    add_footnotes(path, {7: "Kamerstuk 27 925, nr. 590", 3: "Zie de Voorjaarsnota 2016"})
    doc = load_document(path)
    # numbered in the order the text cites them, as Word prints them; written as the XML and HTML
    # of the publication platform write a note, so that the formats of one letter agree
    assert _texts(doc) == [
        ("Essentie", ["ISIS wordt teruggedrongen.", "Noot 1: Kamerstuk 27 925, nr. 590"]),
        ("Financiën", ["De kosten stijgen.", "Noot 2: Zie de Voorjaarsnota 2016"]),
    ]
    assert "---" not in doc.text


def test_endnotes_follow_the_paragraph_that_cites_them_numbered_as_word_prints_them(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Essentie", style="Heading 1")
    _body_xml(word, '<w:r><w:t>ISIS wordt teruggedrongen.</w:t></w:r><w:r><w:endnoteReference w:id="4"/></w:r>')
    _body_xml(word, '<w:r><w:t>De kosten stijgen.</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r>')
    word.add_paragraph("Financiën", style="Heading 1")
    _body_xml(word, '<w:r><w:t>Het budget groeit.</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r>')
    path = _save(word, tmp_path / "endnotes.docx")
    add_footnotes(path, {4: "Kamerstuk 27 925, nr. 590", 2: "Zie de Voorjaarsnota 2016"}, "endnote")
    add_footnotes(path, {2: "Een voetnoot"})
    doc = load_document(path)
    # an endnote's text is never lost at the end of the letter: it follows its paragraph, counted
    # apart from the footnotes and in Word's default format for endnotes (i, ii, iii)
    assert _texts(doc) == [
        (
            "Essentie",
            [
                "ISIS wordt teruggedrongen.",
                "Noot i: Kamerstuk 27 925, nr. 590",
                "De kosten stijgen.",
                "Noot 1: Een voetnoot",
            ],
        ),
        ("Financiën", ["Het budget groeit.", "Noot ii: Zie de Voorjaarsnota 2016"]),
    ]
    assert "---" not in doc.text


@pytest.mark.parametrize(
    ("number", "fmt", "printed"),
    [
        *((1, "lowerRoman", "i"), (4, "lowerRoman", "iv"), (14, "upperRoman", "XIV"), (2, "decimal", "2")),
        *((3, "lowerLetter", "c"), (27, "lowerLetter", "aa"), (2, "upperLetter", "B")),
    ],
)
def test_note_numbers_as_word_prints_them(number: int, fmt: str, printed: str) -> None:
    assert number_as(number, fmt) == printed


def test_front_matter_goes_to_metadata(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Tweede Kamer der Staten-Generaal")
    word.add_paragraph("Vergaderjaar 2016–2017")
    word.add_paragraph("27 925 Bestrijding internationaal terrorisme")
    word.add_paragraph("Nr. 612 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN")
    word.add_paragraph("DEFENSIE")  # the title runs on in capitals
    word.add_paragraph("Den Haag, 11 september 2017")
    word.add_paragraph("Essentie", style="Heading 1")
    word.add_paragraph("Tekst.")
    doc = load_document(_save(word, tmp_path / "front.docx"))
    meta = doc.meta
    assert (meta.dossier, meta.number) == ("27 925", "612")
    assert meta.title == "BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE"
    assert meta.date is not None and meta.date.isoformat() == "2017-09-11"
    assert doc.text == "Den Haag, 11 september 2017\n\nEssentie\n\nTekst."


def test_a_ministrys_header_table_and_column_date_the_letter(tmp_path: Path) -> None:
    # a letter as a ministry sends it: its date in the header's table (label and value in two
    # cells) or in a column of text boxes (label and value in two paragraphs); "jl." needs it
    word = docx.Document()
    table = word.add_table(rows=2, cols=2)
    for row, (label, value) in enumerate([("Datum", "11 september 2017"), ("Betreft", "Verlenging van de bijdrage")]):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    word.add_paragraph("Op 29 april jl. heeft het kabinet besloten.")
    assert load_document(_save(word, tmp_path / "table.docx")).meta.date == dt.date(2017, 9, 11)

    word = docx.Document()
    column = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in ("Datum", "11 september 2017"))
    box = f"<v:textbox xmlns:v='urn:schemas-microsoft-com:vml'><w:txbxContent>{column}</w:txbxContent></v:textbox>"
    _body_xml(word, f"<w:r><w:pict>{box}</w:pict></w:r>")
    word.add_paragraph("Op 29 april jl. heeft het kabinet besloten.")
    doc = load_document(_save(word, tmp_path / "column.docx"))
    assert doc.meta.date == dt.date(2017, 9, 11)


def test_a_letter_dated_only_in_its_page_header(tmp_path: Path) -> None:
    # Word's letter template of a ministry: the sender column with "Datum" in the page header
    word = docx.Document()
    header = word.sections[0].header
    for text in ("Ministerie van Defensie", "Datum", "11 september 2017", "Onze referentie", "BS2017021234"):
        header.add_paragraph(text)
    word.add_paragraph("Op 29 april jl. heeft het kabinet besloten.")
    doc = load_document(_save(word, tmp_path / "kop.docx"))
    assert doc.meta.date == dt.date(2017, 9, 11)
    assert "Onze referentie" not in doc.text  # the header is not the letter's text
    # a date in the text wins over one in the header
    word.paragraphs[0].insert_paragraph_before("Den Haag, 12 september 2017")
    assert load_document(_save(word, tmp_path / "beide.docx")).meta.date == dt.date(2017, 9, 12)


def test_title_from_title_style_or_core_properties(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Voortgangsrapportage strijd tegen ISIS", style="Title")
    word.add_paragraph("Essentie", style="Heading 1")
    word.add_paragraph("Tekst.")
    doc = load_document(_save(word, tmp_path / "title.docx"))
    assert doc.meta.title == "Voortgangsrapportage strijd tegen ISIS"
    assert "Voortgangsrapportage" not in doc.text

    word = docx.Document()
    word.core_properties.title = "Artikel 100-brief"
    word.add_paragraph("Essentie", style="Heading 1")
    word.add_paragraph("Tekst.")
    assert load_document(_save(word, tmp_path / "core.docx")).meta.title == "Artikel 100-brief"


def test_typed_document_without_any_heading_marks_uses_the_text_rules(tmp_path: Path) -> None:
    word = docx.Document()
    for text in ("Den Haag, 9 september 2016", "Essentie", "De coalitie voert strijd.", "Irak", "Tekst over Irak."):
        word.add_paragraph(text)
    doc = load_document(_save(word, tmp_path / "plain.docx"))
    assert [(s.level, s.heading) for s in doc.sections] == [(0, ""), (1, "Essentie"), (2, "Irak")]
    assert re.sub(r"\s+", " ", doc.text).startswith("Den Haag, 9 september 2016 Essentie")


def test_document_without_text_is_refused(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("")
    path = _save(word, tmp_path / "leeg.docx")
    with pytest.raises(LoadError, match="geen tekst") as caught:
        load_document(path)
    assert str(caught.value).startswith(str(path))
