"""Word files that are Word letters all the same: a macro-enabled document, a template, Strict Open
XML, a body set in a layout table; and text Word hides, in Word and in HTML, that is no letter's."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

from render import render_html
from render_binary import render_docx

DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
STRICT = {
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main": b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships"
    ),
    b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": (
        b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties"
    ),
}


def _assert_same(old: Document, new: Document) -> None:
    comparison = compare_documents(old, new)
    assert [p.status for p in comparison.sections] == ["same"] * len(old.sections)
    assert [pair.status for pair in comparison.facts] == ["unchanged"] * len(comparison.facts)


def _rewrite(path: Path, change: dict[str, object]) -> None:
    """Apply `change` (member name, or "*", to a function of its bytes) to the package at `path`."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    for name in members:
        for key in (name, "*"):
            if key in change:
                members[name] = change[key](name, members[name])  # type: ignore[operator]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


@pytest.mark.parametrize(
    ("suffix", "main"),
    [
        (".docm", b"application/vnd.ms-word.document.macroEnabled.main+xml"),
        (".dotx", b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
        (".dotm", b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
    ],
)
def test_macro_enabled_documents_and_templates(tmp_path: Path, sample_doc: Document, suffix: str, main: bytes) -> None:
    path = render_docx(sample_doc, tmp_path / f"brief{suffix}")
    _rewrite(path, {"[Content_Types].xml": lambda _, data: data.replace(DOCX_MAIN, main)})
    _assert_same(sample_doc, load_document(path))


def test_strict_open_xml(tmp_path: Path, sample_doc: Document) -> None:
    path = render_docx(sample_doc, tmp_path / "strict.docx")

    def strict(name: str, data: bytes) -> bytes:
        if not name.endswith((".xml", ".rels")):
            return data
        for transitional, strict_name in STRICT.items():
            data = data.replace(transitional, strict_name)
        return data

    _rewrite(path, {"*": strict})
    with zipfile.ZipFile(path) as archive:
        assert b"purl.oclc.org/ooxml/wordprocessingml" in archive.read("word/document.xml")
    doc = load_document(path)
    assert doc.meta.dossier == "27 925"  # the footer, found through the strict relationships
    _assert_same(sample_doc, doc)


def _wrap_body(name: str, data: bytes) -> bytes:
    text = data.decode()
    start = text.index("<w:body>") + len("<w:body>")
    end = text.rindex("<w:sectPr")
    cell = "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>"
    return (text[:start] + cell + text[start:end] + "</w:tc></w:tr></w:tbl><w:p/>" + text[end:]).encode()


def test_a_body_set_in_a_layout_table(tmp_path: Path, sample_doc: Document) -> None:
    # a ministry's template puts the whole letter in one cell of a table
    path = render_docx(sample_doc, tmp_path / "tabel.docx")
    _rewrite(path, {"word/document.xml": _wrap_body})
    doc = load_document(path)
    assert doc.meta.date == sample_doc.meta.date
    _assert_same(sample_doc, doc)


def _add_table(path: Path, rows: tuple[tuple[str, str], ...]) -> None:
    """A two-column table of `rows` added at the end of the Word letter's body."""
    table = (
        "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        + "".join(
            "<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{cell}</w:t></w:r></w:p></w:tc>" for cell in row) + "</w:tr>"
            for row in rows
        )
        + "</w:tbl>"
    )
    _rewrite(path, {"word/document.xml": lambda _, data: data.replace(b"<w:sectPr", table.encode() + b"<w:sectPr", 1)})


def test_a_table_of_figures_stays_a_table(tmp_path: Path, sample_doc: Document) -> None:
    path = render_docx(sample_doc, tmp_path / "cijfers.docx")
    _add_table(path, (("Land", "Bedrag"), ("Irak", "12 miljoen")))
    texts = [p.text for s in load_document(path).sections for p in s.paragraphs]
    assert "Land | Bedrag" in texts and "Irak | 12 miljoen" in texts


# a budget as a short letter tables it: a label and two years' amounts a row
BUDGET = [
    ("Onderdeel", "2016", "2017"),
    ("Trainers Erbil", "€ 12,5 miljoen", "€ 13,1 miljoen"),
    ("Trainers Bagdad", "€ 4,2 miljoen", "€ 4,5 miljoen"),
    ("F-16 detachement", "€ 55,0 miljoen", "€ 0,0 miljoen"),
    ("Tankervliegtuig", "€ 0,0 miljoen", "€ 9,8 miljoen"),
    ("Force protection", "€ 3,1 miljoen", "€ 3,3 miljoen"),
    ("Staf en liaisons", "€ 1,2 miljoen", "€ 1,4 miljoen"),
    ("Totaal", "€ 76,0 miljoen", "€ 32,1 miljoen"),
]


@pytest.mark.parametrize("styled", [True, False])
def test_a_short_letter_around_a_table_of_figures_keeps_its_rows(tmp_path: Path, styled: bool) -> None:
    # The table holds most of the letter's text, in more than 8 paragraphs: it was taken for the
    # page's layout and read a cell per paragraph, so the rows (which amount is whose) were lost.
    # In a letter without heading styles each short row was a heading besides.
    import docx

    word = docx.Document()
    word.add_paragraph("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    word.add_paragraph("Den Haag, 3 juli 2017")
    word.add_paragraph("Hierbij zend ik u het overzicht van de uitgaven voor de missie.")
    if styled:
        word.add_heading("Uitgaven", level=1)
    table = word.add_table(rows=0, cols=3)
    for row in BUDGET:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    word.add_paragraph("De Minister van Defensie, J.A. Hennis-Plasschaert")
    word.save(str(tmp_path / "begroting.docx"))
    doc = load_document(tmp_path / "begroting.docx")
    texts = [p.text for s in doc.sections for p in s.paragraphs]
    assert [" | ".join(row) for row in BUDGET] == [t for t in texts if "|" in t]
    assert "Trainers Erbil" not in texts
    assert [s.heading for s in doc.sections] == (["", "Uitgaven"] if styled else [""])


def test_a_body_beside_a_column_in_a_layout_table(tmp_path: Path, sample_doc: Document) -> None:
    # a template of two columns: the sender and date in a narrow one, the letter in the other
    path = render_docx(sample_doc, tmp_path / "kolommen.docx")
    sender = ("Ministerie van Defensie", "Plein 4", "2500 ES Den Haag")
    beside = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in sender)

    def two_cells(name: str, data: bytes) -> bytes:
        text = data.decode()
        start = text.index("<w:body>") + len("<w:body>")
        end = text.rindex("<w:sectPr")
        grid = "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
        cells = f"<w:tc>{text[start:end]}</w:tc><w:tc>{beside}</w:tc>"
        return (text[:start] + grid + cells + "</w:tr></w:tbl><w:p/>" + text[end:]).encode()

    _rewrite(path, {"word/document.xml": two_cells})
    doc = load_document(path)
    assert doc.meta.date == sample_doc.meta.date
    assert [s.heading for s in doc.sections] == [s.heading for s in sample_doc.sections]
    assert not any("|" in p.text for s in doc.sections for p in s.paragraphs)


def test_hidden_text_in_word_is_no_text(tmp_path: Path, sample_doc: Document) -> None:
    path = render_docx(sample_doc, tmp_path / "verborgen.docx")
    hidden = (
        b"<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>Verborgen alinea met 999 miljoen euro.</w:t></w:r></w:p>"
        b"<w:p><w:r><w:t>In overeenstemming"
    )

    def hide(name: str, data: bytes) -> bytes:
        data = data.replace(b"<w:p><w:r><w:t>In overeenstemming", hidden, 1)
        # and a hidden run inside a paragraph that stays
        return data.replace(
            b"<w:r><w:t>Den Haag, 9 september 2016</w:t></w:r>",
            b'<w:r><w:t>Den Haag, 9 september 2016</w:t></w:r><w:r><w:rPr><w:vanish w:val="1"/></w:rPr>'
            b"<w:t> (concept: 1 januari 2015)</w:t></w:r>",
            1,
        )

    _rewrite(path, {"word/document.xml": hide})
    with zipfile.ZipFile(path) as archive:
        assert archive.read("word/document.xml").count(b"w:vanish") == 2
    doc = load_document(path)
    assert "999" not in doc.text and "concept" not in doc.text
    _assert_same(sample_doc, doc)


def test_hidden_elements_in_html_are_no_text(tmp_path: Path, sample_doc: Document) -> None:
    page = render_html(sample_doc).decode()
    junk = (
        "<p hidden>HIDDENLEK</p><p style='display: none'>DISPLAYNONELEK</p>"
        "<div style='color:red; visibility:hidden'>VISIBILITYLEK</div>"
        "<p>Zichtbaar<span hidden> VERBORGENSPAN</span></p>"
    )
    marker = '<div id="broodtekst" class="stuk">'
    assert marker in page
    path = tmp_path / "brief.html"
    path.write_text(page.replace(marker, marker + junk, 1), encoding="utf-8")
    doc = load_document(path)
    assert "LEK" not in doc.text and "VERBORGENSPAN" not in doc.text
    assert "Zichtbaar" in doc.text


def _letter_with_head_table(sample_doc: Document, path: Path, *, date_line: bool, rows: bool) -> Path:
    """The sample as a ministry's template sets it: after the title, a table of addressee, sender,
    "Datum" beside the date and reference; the salutation's paragraph left out (the table has it),
    and without `date_line` the "Den Haag, 9 september 2016" line too."""
    import docx

    word = docx.Document()
    word.add_paragraph(f"Nr. {sample_doc.meta.number} {sample_doc.meta.title}")
    sender = ["Ministerie van Defensie", "Plein 4", "Postbus 20701", "2500 ES Den Haag"]
    head = [("Datum", "9 september 2016"), ("Onze referentie", "BS2016021234")]
    if rows:  # a row per label, label and value in two cells; the addressee over two paragraphs
        table = word.add_table(rows=0, cols=2)
        cells = table.add_row().cells
        cells[0].text = "Aan de Voorzitter van de Tweede Kamer"
        cells[0].add_paragraph("der Staten-Generaal")
        cells[0].add_paragraph("Binnenhof 4")
        cells[1].text = "\n".join(sender)
        for label, value in head:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    else:  # the addressee in one cell, the sender's column beside it
        left, right = word.add_table(rows=1, cols=2).rows[0].cells
        left.text = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
        left.add_paragraph("Binnenhof 4")
        left.add_paragraph("2513 AA Den Haag")
        right.text = sender[0]
        for text in [*sender[1:], *(text for pair in head for text in pair)]:
            right.add_paragraph(text)
    for section in sample_doc.sections:
        if section.level:
            word.add_paragraph(section.heading, style=f"Heading {section.level}")
        for paragraph in section.paragraphs:
            if paragraph.text.startswith("Aan de Voorzitter") or (
                not date_line and paragraph.text.startswith("Den Haag,")
            ):
                continue
            word.add_paragraph(paragraph.text)
    word.save(str(path))
    return path


@pytest.mark.parametrize("rows", [False, True], ids=["columns", "rows"])
def test_a_letter_head_table_dates_the_letter_and_is_no_paragraph(
    tmp_path: Path, sample_doc: Document, rows: bool
) -> None:
    # Read as rows, the head was one paragraph of addressee, address, sender and reference (33 words
    # the letter does not have, and a date fact); without a "Den Haag, ..." line the letter had no
    # date, and its relative dates ("29 april jl.") dropped out.
    with_line = load_document(_letter_with_head_table(sample_doc, tmp_path / "kop.docx", date_line=True, rows=rows))
    opening = [p.text for p in with_line.sections[0].paragraphs]
    assert opening == [p.text for p in sample_doc.sections[0].paragraphs]
    _assert_same(sample_doc, with_line)
    path = _letter_with_head_table(sample_doc, tmp_path / "kop-zonder-datumregel.docx", date_line=False, rows=rows)
    doc = load_document(path)
    assert doc.meta.date == sample_doc.meta.date
    assert not any(word in doc.text for word in ("Binnenhof", "Postbus", "BS2016021234", "Datum"))
    # the head's date makes the published letter's line, its place the sender's ("2500 ES Den Haag"):
    # the letter's date is no dropped fact, and every relative date keeps its year
    assert [p.text for p in doc.sections[0].paragraphs] == opening
    assert "Den Haag, 9 september 2016" in opening
    comparison = compare_documents(sample_doc, doc)
    assert {pair.status for pair in comparison.facts} == {"unchanged"}
    assert {pair.status for pair in comparison.sections} == {"same"}


def test_a_table_with_a_date_in_the_body_stays_a_table(tmp_path: Path, sample_doc: Document) -> None:
    # "Datum" beside a date in a table after the letter's head is a table's row, not its head
    path = render_docx(sample_doc, tmp_path / "tabel-met-datum.docx")
    _add_table(path, (("Datum", "1 juli 2017"), ("Postbus", "20701")))
    texts = [p.text for s in load_document(path).sections for p in s.paragraphs]
    assert "Datum | 1 juli 2017" in texts and "Postbus | 20701" in texts


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (["Retouradres Postbus 20061 2500 EB Den Haag", "Datum", "27 januari 2017"], "Den Haag, 27 januari 2017"),
        (["Postbus 20018\n2500 EA  DEN HAAG", "Datum: 3 nov. 2017"], "Den Haag, 3 nov. 2017"),
        (["Postbus 1\n3500 AA Utrecht", "Datum 1 juli 2018"], "Utrecht, 1 juli 2018"),
        (["Datum", "9 september 2016", "Onze referentie", "BS2016021234"], "Den Haag, 9 september 2016"),
        (["Datum", "binnenkort", "Betreft", "Inzet"], None),
    ],
)
def test_the_date_line_is_made_from_the_head_in_the_published_form(head: list[str], line: str | None) -> None:
    from viewer.core.load.letter_head import place_date_line

    assert place_date_line(head) == line
