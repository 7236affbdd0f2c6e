"""A table of figures reads as the XML gives it in every format: its title a paragraph, a paragraph
per row with the cells joined by " | " ("Juli | 62 | 104"), no row nor title a heading."""

from __future__ import annotations

from pathlib import Path

from viewer.core.document import Document
from viewer.core.load import load_document

CAPTION = "Inzet F-16’s per maand"
ROWS = [("Maand", "Missies", "Wapens"), ("Juli", "62", "104"), ("Augustus", "71", "131"), ("Totaal", "133", "235")]
ROW_TEXTS = [" | ".join(row) for row in ROWS]
OPENING = (
    "Hierbij informeer ik uw Kamer over de inzet van de F-16’s boven Irak en Syrië in de afgelopen maanden. "
    "De cijfers staan in de tabel hieronder."
)
BIJTANKING = "Voor de bijtanking in de lucht maakt Nederland gebruik van tankvliegtuigen van de coalitiepartners."
AFTER = "De inzet van de F-16’s is op 31 december 2016 beëindigd, zoals uw Kamer eerder is gemeld."


def _texts(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


def _assert_table_read(doc: Document) -> None:
    assert [s.heading for s in doc.sections] == ["", "Luchtoperaties", "Bijtanking"]
    table = doc.sections[1].paragraphs
    assert [p.text for p in table] == [OPENING, CAPTION, *ROW_TEXTS, AFTER]


def test_a_paragraph_per_line_with_tab_separated_cells(tmp_path: Path) -> None:
    # Word saved as plain text: a paragraph per line, a table's cells separated by tabs; each row
    # was a heading (a short line without closing punctuation), each nested under the one before
    lines = [
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Den Haag, 10 maart 2017",
        "Met deze brief informeer ik uw Kamer over de stand van zaken van de bijdrage aan de strijd tegen ISIS, "
        "zoals toegezegd tijdens het algemeen overleg van 6 april 2017.",
        "Luchtoperaties",
        OPENING,
        CAPTION,
        *("\t".join(row) for row in ROWS),
        AFTER,
        "Bijtanking",
        BIJTANKING,
    ]
    path = tmp_path / "tabel.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = load_document(path)
    # a one-line title right above a table is a paragraph, as the XML gives it: it was a heading,
    # a section of the table alone
    _assert_table_read(doc)


def test_a_line_indented_by_a_tab_is_no_table_row(tmp_path: Path) -> None:
    path = tmp_path / "inspringing.txt"
    path.write_text("Luchtoperaties\n\n\tDe F-16’s vlogen in juli 62 missies.\n", encoding="utf-8")
    assert "|" not in load_document(path).text


def test_a_word_letter_with_bold_headings_and_an_italic_table_title(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    word.add_paragraph(
        "Met deze brief informeer ik uw Kamer over de stand van zaken van de bijdrage aan de strijd tegen ISIS, "
        "zoals toegezegd tijdens het algemeen overleg van 6 april 2017."
    )
    word.add_paragraph().add_run("Luchtoperaties").bold = True
    word.add_paragraph(OPENING)
    word.add_paragraph().add_run(CAPTION).italic = True
    table = word.add_table(rows=len(ROWS), cols=3)
    for cells, row in zip(table.rows, ROWS, strict=True):
        for cell, text in zip(cells.cells, row, strict=True):
            cell.text = text
    word.add_paragraph(AFTER)
    word.add_paragraph().add_run("Bijtanking").bold = True
    word.add_paragraph(BIJTANKING)
    path = tmp_path / "tabel.docx"
    word.save(str(path))
    _assert_table_read(load_document(path))
