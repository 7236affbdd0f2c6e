"""A letter saved from Word as plain text: a paragraph per line, often without blank lines between.

Read as copied PDF text, all its lines were one block, which the title rule took whole: "geen tekst
gevonden" for a 58 KB letter. A line longer than a printed line is a paragraph of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

from render_binary import title_line


def _lines(doc: Document) -> list[str]:
    lines = [title_line(doc) or ""]
    for section in doc.sections:
        if section.level:
            lines.append(section.heading)
        lines.extend(p.text for p in section.paragraphs)
    return lines


@pytest.mark.parametrize("between", ["", "\n"])
def test_word_saved_as_plain_text_compares_as_unchanged(tmp_path: Path, sample_doc: Document, between: str) -> None:
    path = tmp_path / "brief.txt"
    # Word's "Tekst zonder opmaak": Windows-1252, CRLF, one paragraph per line
    text = f"\n{between}".join(_lines(sample_doc)) + "\n"
    path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    doc = load_document(path)
    assert (doc.meta.title, doc.meta.number, doc.meta.date) == (
        sample_doc.meta.title,
        sample_doc.meta.number,
        sample_doc.meta.date,
    )
    assert [(s.level, s.heading) for s in doc.sections] == [(s.level, s.heading) for s in sample_doc.sections]
    comparison = compare_documents(sample_doc, doc)
    assert [p.status for p in comparison.sections] == ["same"] * len(sample_doc.sections)
    assert [pair.status for pair in comparison.facts] == ["unchanged"] * len(comparison.facts)


@pytest.mark.parametrize("with_title", [True, False])
def test_a_letter_on_one_line_has_text(tmp_path: Path, sample_doc: Document, with_title: bool) -> None:
    path = tmp_path / "een-regel.txt"
    lines = _lines(sample_doc)
    path.write_text(" ".join(lines if with_title else lines[1:]), encoding="utf-8")
    doc = load_document(path)
    assert doc.words >= sample_doc.words
    if with_title:
        assert doc.meta.title == sample_doc.meta.title and doc.meta.number == "597"


def test_a_title_alone_is_text_not_nothing(tmp_path: Path) -> None:
    path = tmp_path / "titel.txt"
    path.write_text("Nr. 597 BRIEF VAN DE MINISTER VAN DEFENSIE\n", encoding="utf-8")
    assert "BRIEF VAN DE MINISTER" in load_document(path).text


def _signed_apart(lines: list[str]) -> list[str]:
    """The signatures as Word letters set them: the signer's name a paragraph below "De Minister ...,"."""
    out: list[str] = []
    for line in lines:
        role, comma, name = line.partition(", ")
        if line.startswith("De Minister") and comma and name[:2].rstrip(".").isupper():
            out.extend([f"{role},", name])
        else:
            out.append(line)
    return out


@pytest.mark.parametrize("between", ["", "\n", "\n\n\n"])
def test_a_signers_name_on_its_own_line_is_no_heading(tmp_path: Path, sample_doc: Document, between: str) -> None:
    # "J.A. Hennis-Plasschaert" under "De Minister van Defensie," is short and closes no sentence:
    # each name was a heading, three sections the letter does not have
    lines = _signed_apart(_lines(sample_doc))
    assert "E.M.J. Ploumen" in lines
    path = tmp_path / "ondertekend.txt"
    path.write_bytes((f"\n{between}".join(lines) + "\n").replace("\n", "\r\n").encode("cp1252"))
    doc = load_document(path)
    assert [(s.level, s.heading) for s in doc.sections] == [(s.level, s.heading) for s in sample_doc.sections]
    assert [p.text for p in doc.sections[-1].paragraphs] == [p.text for p in sample_doc.sections[-1].paragraphs]


def test_a_signers_name_in_word_is_no_heading(tmp_path: Path, sample_doc: Document) -> None:
    import docx

    word = docx.Document()
    for line in _signed_apart(_lines(sample_doc)):
        word.add_paragraph(line)
    word.save(str(tmp_path / "ondertekend.docx"))
    doc = load_document(tmp_path / "ondertekend.docx")
    assert [s.heading for s in doc.sections] == [s.heading for s in sample_doc.sections]
    comparison = compare_documents(sample_doc, doc)
    assert [p.status for p in comparison.sections] == ["same"] * len(sample_doc.sections)


SHORT_LETTER = "\n".join(
    [
        "Nr. 612 BRIEF VAN DE MINISTER VAN DEFENSIE",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Den Haag, 3 juli 2017",
        "Hierbij informeer ik uw Kamer, mede namens de Minister van Buitenlandse Zaken, over de aanpassing"
        " van de bijdrage per 1 september 2017.",
        "Aanpassing bijdrage",
        "De Nederlandse bijdrage bestaat vanaf 1 september 2017 uit:",
        "ongeveer 130 trainers in Erbil;",
        "ongeveer 50 trainers in Bagdad;",
        "vier F-16's met ondersteunend personeel.",
        "Het totale aantal militairen blijft daarmee onder de 300.",
        "Financiën",
        "De kosten van de bijdrage worden geraamd op € 85 miljoen en worden gefinancierd uit het Budget"
        " Internationale Veiligheid.",
        "Tot slot",
        "Ik zal uw Kamer voor het einde van het jaar informeren over de voortgang.",
        "De Minister van Defensie,",
        "",
    ]
)


def test_a_short_letter_of_a_paragraph_per_line_keeps_its_date_and_headings(tmp_path: Path) -> None:
    # two lines in fifteen longer than a printed line: too few to tell by length alone, but no line
    # runs on into the next, as a text copied from a PDF does at nearly every line end
    path = tmp_path / "kort.txt"
    path.write_bytes(SHORT_LETTER.replace("\n", "\r\n").encode("cp1252"))
    doc = load_document(path)
    assert doc.meta.date is not None and doc.meta.date.isoformat() == "2017-07-03"
    assert doc.meta.title == "BRIEF VAN DE MINISTER VAN DEFENSIE"
    assert [s.heading for s in doc.sections] == ["", "Aanpassing bijdrage", "Financiën", "Tot slot"]


def test_text_copied_from_a_pdf_with_one_long_line_stays_as_printed(tmp_path: Path, sample_text: str) -> None:
    # a table row copied as one long line does not make a hard-wrapped letter one of a line per paragraph
    row = (
        "Locatie | Erbil | Bagdad | Koeweit | Jordanië | Tampa | totaal aantal militairen per locatie"
        + " in de jaren 2016 en 2017"
    )
    path = tmp_path / "gekopieerd.txt"
    path.write_text(sample_text.replace("\nEssentie \n", f"\n{row}\n\nEssentie \n", 1), encoding="utf-8")
    assert len(row) > 110  # longer than a printed line
    doc = load_document(path)
    assert len(doc.sections) == len(load_document_text(tmp_path, sample_text).sections)


def load_document_text(folder: Path, text: str) -> Document:
    path = folder / "origineel.txt"
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def test_a_table_row_on_its_own_line_is_no_heading(tmp_path: Path) -> None:
    rows = ["Inzet per locatie", "Locatie | Aantal militairen", "Erbil | ongeveer 60", "Bagdad | ongeveer 70"]
    path = tmp_path / "tabel.txt"
    path.write_text(SHORT_LETTER.replace("Financiën\n", "\n".join(rows) + "\nFinanciën\n"), encoding="utf-8")
    doc = load_document(path)
    headings = [s.heading for s in doc.sections]
    assert not [h for h in headings if "|" in h]
    # the one line right above the table is its title, a paragraph as in the XML (tables.py)
    assert "Inzet per locatie" not in headings
    assert [p.text for s in doc.sections for p in s.paragraphs if p.text in rows] == rows


@pytest.mark.parametrize("between", ["", "\n"])
def test_one_paragraph_wrapped_by_hand_stays_one_paragraph(tmp_path: Path, sample_doc: Document, between: str) -> None:
    # a paragraph per line, but one paragraph wrapped at some 65 characters, as a clerk pasted it:
    # its lines ending mid-sentence, some before a capital ("... uit het Budget" / "Internationale ...")
    wrapped = [
        "De additionele uitgaven voor de verlenging in 2018 worden geraamd",
        "op 75,5 miljoen euro. Deze worden gefinancierd uit het Budget",
        "Internationale Veiligheid (BIV). Daarnaast draagt Nederland 4,5",
        "miljoen euro bij aan het VN-trustfonds voor MINUSMA. Voor het",
        "politieproject in Bamako is € 2,3 miljoen gereserveerd.",
    ]
    lines = _lines(sample_doc)
    at = lines.index("Financiën") + 1
    whole, by_hand = tmp_path / "heel.txt", tmp_path / "gewikkeld.txt"
    whole.write_text(f"\n{between}".join([*lines[:at], " ".join(wrapped), *lines[at:]]) + "\n", encoding="utf-8")
    by_hand.write_text(f"\n{between}".join([*lines[:at], "\n".join(wrapped), *lines[at:]]) + "\n", encoding="utf-8")
    expected, doc = load_document(whole), load_document(by_hand)
    assert [s.path for s in doc.sections] == [s.path for s in expected.sections]
    assert " ".join(wrapped) in [p.text for s in doc.sections for p in s.paragraphs]
    comparison = compare_documents(expected, doc)
    assert {pair.status for pair in comparison.sections} == {"same"}
    assert {pair.status for pair in comparison.facts} == {"unchanged"}


@pytest.mark.parametrize("between", ["", "\n"])
def test_a_signers_name_under_a_function_with_commas_is_no_heading(tmp_path: Path, between: str) -> None:
    # "De Minister van Landbouw, Natuur en Voedselkwaliteit," holds commas of its own: the name under it
    # was read as a heading, an added section "C. Schouten" of no words
    lines = [
        "Hierbij ontvangt u de beantwoording van de vragen over de stikstofregeling.",
        "",
        "Stikstof",
        "",
        "De uitstoot van stikstof moet in 2030 met 50 procent zijn gedaald. Het kabinet stelt 5 miljard euro "
        "beschikbaar voor de opkoop van boerderijen.",
        "",
        "De Minister van Landbouw, Natuur en Voedselkwaliteit,",
        "C. Schouten",
    ]
    path = tmp_path / "ondertekend.txt"
    path.write_text(f"\n{between}".join(line for line in lines if line) + "\n", encoding="utf-8")
    doc = load_document(path)
    assert [s.heading for s in doc.sections if s.level] == ["Stikstof"]
    assert doc.sections[-1].paragraphs[-1].text == "De Minister van Landbouw, Natuur en Voedselkwaliteit, C. Schouten"
