"""A letter on a ministry's Word template (qa15): two ministers signing side by side in a table, and
the sender's column in a text box anchored in the body's first paragraph."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import docx
from docx.oxml import parse_xml

from viewer.core.closing import closing
from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document
from viewer.core.load.docx_signatures import signature_columns

_VML = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"'
SIGNATURES = ["De Minister van Buitenlandse Zaken, S.A. Blok", "De Minister van Defensie, A.Th.B. Bijleveld-Schouten"]
CLOSING = "Het kabinet is voornemens in het voorjaar van 2020 een tussentijdse evaluatie met uw Kamer te delen."
SENDER = [
    "Ministerie van Defensie",
    "",
    "Plein 4",
    "MPC 58 B",
    "Postbus 20701",
    "2500 ES Den Haag",
    "www.defensie.nl",
    "",
    "Uw brief van",
    "1 november 2019",
    "Onze referentie",
    "BS2019024567",
]


def _box(lines: list[str]) -> Any:
    """A run holding a floating text box (VML, as the ministry's files have it) with `lines`."""
    content = "".join(f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>' for line in lines)
    return parse_xml(
        f'<w:r {_VML}><w:pict><v:shape style="position:absolute"><v:textbox><w:txbxContent>{content}'
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )


def _letter(*, boxes: list[list[str]] | None = None, signed_in_a_table: bool = True) -> Any:
    """Nr. 660's head and body; `boxes` anchored in the first paragraph, the signatures in a table
    of two columns (function, empty lines, name) or as paragraphs."""
    word = docx.Document()
    first = word.paragraphs[0] if word.paragraphs else word.add_paragraph()
    for lines in boxes or []:
        first._p.append(_box(lines))
    head = word.add_table(rows=3, cols=2)
    top = head.cell(0, 0).merge(head.cell(0, 1))
    top.paragraphs[0].text = "Aan de Voorzitter van de Tweede Kamer"
    for line in ("der Staten-Generaal", "Postbus 20018", "2500 EA  DEN HAAG"):
        top.add_paragraph(line)
    for row, (label, value) in enumerate([("Datum", "15 november 2019"), ("Betreft", "Voortgang")], start=1):
        head.cell(row, 0).text, head.cell(row, 1).text = label, value
    word.add_paragraph("Hierbij informeer ik uw Kamer over de voortgang van de bijdrage sinds 28 juni 2019.")
    word.add_paragraph("Tot slot", style="Heading 1")
    word.add_paragraph(CLOSING)
    functions = ["De Minister van Buitenlandse Zaken,", "De Minister van Defensie,"]
    names = ["S.A. Blok", "A.Th.B. Bijleveld-Schouten"]
    if signed_in_a_table:
        table = word.add_table(rows=3, cols=2)
        for column, (function, name) in enumerate(zip(functions, names, strict=True)):
            table.cell(0, column).text, table.cell(2, column).text = function, name
            table.cell(1, column).add_paragraph("")
    else:
        for function, name in zip(functions, names, strict=True):
            word.add_paragraph(function)
            word.add_paragraph("")
            word.add_paragraph(name)
    return word


def _load(word: Any, path: Path) -> Document:
    word.save(str(path))
    return load_document(path)


def _assert_same(old: Document, new: Document) -> None:
    comparison = compare_documents(old, new)
    assert [p.status for p in comparison.sections] == ["same"] * len(old.sections)
    assert [pair.status for pair in comparison.facts] == ["unchanged"] * len(comparison.facts)


def test_two_signatures_side_by_side_read_as_one_signature_per_column(tmp_path: Path) -> None:
    doc = _load(_letter(), tmp_path / "naast.docx")
    assert [p.text for p in doc.sections[-1].paragraphs] == [CLOSING, *SIGNATURES]
    found = closing(doc)
    assert found is not None and found[0] == doc.sections[-1].index and len(found[1]) == 2
    _assert_same(_load(_letter(signed_in_a_table=False), tmp_path / "onder.docx"), doc)


def test_a_table_of_figures_or_names_stays_a_table() -> None:
    figures = [[["Locatie"], ["Aantal"]], [["Erbil"], ["100"]], [["Bagdad"], ["33"]]]
    assert signature_columns(figures) is None
    # signers' names without their signature's line, or beside a value, are a table's rows
    assert signature_columns([[["S.A. Blok"], ["A.Th.B. Bijleveld-Schouten"]]]) is None
    assert signature_columns([[["De Minister van Defensie,"], ["100"]], [["A.Th.B. Bijleveld-Schouten"], [""]]]) is None
    # one column of signatures is read as paragraphs already
    assert signature_columns([[["De Minister van Defensie,"]], [["A.Th.B. Bijleveld-Schouten"]]]) is None
    # a signature's line and the name in one cell, a line break between
    assert signature_columns(
        [
            [
                ["De Minister van Defensie,\nA.Th.B. Bijleveld-Schouten"],
                ["De Minister van Buitenlandse Zaken,", "", "S.A. Blok"],
            ]
        ]
    ) == [
        "De Minister van Defensie,",
        "A.Th.B. Bijleveld-Schouten",
        "De Minister van Buitenlandse Zaken,",
        "S.A. Blok",
    ]


def test_a_table_of_figures_at_the_letters_end_stays_rows(tmp_path: Path) -> None:
    word = _letter(signed_in_a_table=False)
    table = word.add_table(rows=2, cols=3)
    for row, cells in enumerate([("Locatie", "Eenheid", "Aantal"), ("Bagdad", "trainers", "33")]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    doc = _load(word, tmp_path / "tabel.docx")
    assert [p.text for p in doc.sections[-1].paragraphs][-2:] == [
        "Locatie | Eenheid | Aantal",
        "Bagdad | trainers | 33",
    ]


def test_a_sender_column_in_a_text_box_in_the_head_is_the_head(tmp_path: Path) -> None:
    plain = _load(_letter(), tmp_path / "kaal.docx")
    doc = _load(_letter(boxes=[["Ministerie van Defensie"], SENDER]), tmp_path / "kolom.docx")
    assert [p.text for p in doc.sections[0].paragraphs][:2] == [
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Den Haag, 15 november 2019",
    ]
    assert not any(word in doc.text for word in ("Ministerie", "Plein 4", "Onze referentie", "1 november 2019"))
    assert doc.meta.date == dt.date(2019, 11, 15)
    _assert_same(plain, doc)  # no opening changed, no date "1 november 2019" new


def test_a_text_box_of_running_text_stays_the_letters_text(tmp_path: Path) -> None:
    aside = "In het kader: de bijdrage kost 26,5 miljoen euro, te betalen uit het Budget Internationale Veiligheid."
    doc = _load(_letter(boxes=[[aside]]), tmp_path / "kader.docx")
    assert aside in [p.text for p in doc.sections[0].paragraphs]
    # an address in a box in the letter's body, after its head, is the letter's text too
    word = _letter()
    word.paragraphs[-1]._p.append(_box(["Postbus 20701", "2500 ES Den Haag"]))  # under "Tot slot"
    doc = _load(word, tmp_path / "adres.docx")
    assert "Postbus 20701" in doc.text


def test_a_head_box_with_the_date_dates_the_letter(tmp_path: Path) -> None:
    # the head's box is no paragraph of the letter, but its "Datum" still dates a letter without one
    word = docx.Document()
    word.add_paragraph()._p.append(_box(["Ministerie van Defensie", "Datum", "11 september 2017"]))
    word.add_paragraph("Op 29 april jl. heeft het kabinet besloten.")
    doc = _load(word, tmp_path / "datum.docx")
    assert doc.meta.date == dt.date(2017, 9, 11)
    assert "Ministerie" not in doc.text


def test_an_addressee_in_a_head_box_stays_the_letters_paragraph(tmp_path: Path) -> None:
    # the address window as a text box: the addressee is the letter's, its postal address is not
    word = docx.Document()
    lines = ["Aan de Voorzitter van de Tweede Kamer", "der Staten-Generaal", "Postbus 20018", "2500 EA  DEN HAAG"]
    word.add_paragraph()._p.append(_box(lines))
    word.add_paragraph("Den Haag, 15 november 2019")
    word.add_paragraph("Hierbij informeer ik uw Kamer over de voortgang.")
    word.add_paragraph("Irak", style="Heading 1")
    doc = _load(word, tmp_path / "venster.docx")
    assert [p.text for p in doc.sections[0].paragraphs] == [
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Den Haag, 15 november 2019",
        "Hierbij informeer ik uw Kamer over de voortgang.",
    ]
