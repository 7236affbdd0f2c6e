"""A footnote's number right after the full stop closing a number, or right after the number.

Kamerstukken often cite a note after a sentence's full stop: "... tot en met 31 december 2018.¹".
Copied from the PDF the mark reads "2018.1", and the PDF's text layer reads "2018¹" as "20181".
Left in the sentence, the digit cost the date its year and the comparison reported a mission end
date that never changed. Here a short letter with two such notes must compare as unchanged
against its official XML, in copied text and in PDF (the mark raised after the full stop, or
after the number), and numbers that only look like a mark stay as they are.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

from render_binary import render_pdf_html

_NOTE_1 = "Kamerstuk 27 925, nr. 597."
_NOTE_2 = "Zie ook de brief van 4 april 2017."
_EXTEND = (
    "Hierbij informeren wij uw Kamer over het besluit de Nederlandse bijdrage aan de strijd tegen ISIS"
    " te verlengen tot en met 31 december 2018."
)
_TRAINERS = "Nederland levert ongeveer 150 trainers en zal vier F-16’s inzetten tot 1 januari 2019."
_COSTS = "De kosten bedragen 26,5 miljoen euro."
_MONEY = "Het kabinet stelt in 2018 € 10,3 miljoen beschikbaar voor stabilisatie."
_SIGNED = "De Minister van Buitenlandse Zaken,"

XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie><kamerstuk>
<dossier><dossiernummer><dossiernr>27 925</dossiernr></dossiernummer>
<titel>Bestrijding internationaal terrorisme</titel></dossier>
<stuk><stuknr><ondernummer>Nr. 612</ondernummer></stuknr>
<titel>BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE</titel>
<algemeen><vrije-tekst><tekst>
<al>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</al>
<al>Den Haag, 11 september 2017</al>
<al>{_EXTEND}<noot id="n1" type="voet"><noot.nr>1</noot.nr><noot.al>{_NOTE_1}</noot.al></noot></al>
<tussenkop kopopmaak="vet">Militaire aspecten</tussenkop>
<al>{_TRAINERS}<noot id="n2" type="voet"><noot.nr>2</noot.nr><noot.al>{_NOTE_2}</noot.al></noot> {_COSTS}</al>
<tussenkop kopopmaak="vet">Financiën</tussenkop>
<al>{_MONEY}</al>
<ondertekening><functie>{_SIGNED}</functie><naam>B. Zijlstra</naam></ondertekening>
</tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>
"""

# as copied from the PDF: the marks after the full stops, the notes at the first page's foot
COPIED = [
    " Nr. 612  BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN ",
    "DEFENSIE ",
    "",
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal ",
    "",
    "Den Haag, 11 september 2017 ",
    "",
    "Hierbij informeren wij uw Kamer over het besluit de Nederlandse bijdrage ",
    "aan de strijd tegen ISIS te verlengen tot en met 31 december 2018.1 ",
    "",
    "Militaire aspecten ",
    "",
    "Nederland levert ongeveer 150 trainers en zal vier F-16’s inzetten tot ",
    "1 januari 2019.2 De kosten bedragen 26,5 miljoen euro. ",
    "",
    f"1 {_NOTE_1} ",
    f"2 {_NOTE_2} ",
    " Financiën ",
    "",
    f"{_MONEY} ",
    "",
    _SIGNED,
    "B. Zijlstra ",
    "",
    "Tweede Kamer, vergaderjaar 2016–2017, 27 925, nr. 612 2",
]


def _assert_unchanged(official: Document, other: Document) -> None:
    comparison = compare_documents(official, other)
    assert {pair.status for pair in comparison.sections} == {"same"}
    assert {pair.status for pair in comparison.facts} == {"unchanged"}


def _texts(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


@pytest.fixture(scope="module")
def official(tmp_path_factory: pytest.TempPathFactory) -> Document:
    path = tmp_path_factory.mktemp("after-numbers") / "kst-27925-612.xml"
    path.write_text(XML, encoding="utf-8")
    return load_document(path)


def test_copied_text_with_marks_after_the_full_stop(official: Document, tmp_path: Path) -> None:
    path = tmp_path / "kst-27925-612.txt"
    path.write_text("\n".join(COPIED), encoding="utf-8")
    doc = load_document(path)
    # each note after the paragraph citing it, the year kept whole
    assert _texts(doc)[2:6] == [_EXTEND, f"Noot 1: {_NOTE_1}", f"{_TRAINERS} {_COSTS}", f"Noot 2: {_NOTE_2}"]
    _assert_unchanged(official, doc)


@pytest.mark.parametrize("raised_after", ["full stop", "number"])
def test_a_pdf_with_the_mark_raised_after_a_number(official: Document, tmp_path: Path, raised_after: str) -> None:
    def cite(sentence: str, number: int) -> str:
        if raised_after == "full stop":
            return f"{sentence}<sup>{number}</sup>"
        return f"{sentence[:-1]}<sup>{number}</sup>."  # "2018¹.", read as "20181."

    doc = load_document(_pdf_612(tmp_path, cite(_EXTEND, 1), f"{cite(_TRAINERS, 2)} {_COSTS}"))
    assert _texts(doc)[2:6] == [_EXTEND, f"Noot 1: {_NOTE_1}", f"{_TRAINERS} {_COSTS}", f"Noot 2: {_NOTE_2}"]
    _assert_unchanged(official, doc)


@pytest.mark.parametrize(
    "sentence",
    [
        # a number of its own after a full stop, a new word after it
        "Op grond van artikel 42.7 van het verdrag steunt Nederland Frankrijk.",
        "Zoals artikel 42.7 VEU bepaalt, steunt Nederland Frankrijk.",
        "Versie 2.1 Bijlage volgt.",
        # a number with a thousands' point, a decimal comma, a span of years
        "Er zijn 1.200 militairen ingezet, voor 26,5 miljoen euro in 2015-2016.",
        # a sentence ending in a number, a new one starting with a number
        "De inzet loopt tot 2018. 1 januari is de start.",
    ],
)
def test_numbers_that_only_look_like_a_mark_stay(tmp_path: Path, sentence: str) -> None:
    # a note numbered 1 (and 7) stands at the page's foot, cited by no word
    lines = ["Essentie", "", sentence, "", "1 Zie de begroting.", "7 Zie het verdrag.", " Verder.", ""]
    path = tmp_path / "brief.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    text = " ".join(load_document(path).text.split())
    assert sentence in text
    assert "Noot" not in text


def _numbered(copied: list[str]) -> list[str]:
    """The copied letter with numbered sections, as a letter in chapters sets them: "1.1 Aanleiding"."""
    at = copied.index("Hierbij informeren wij uw Kamer over het besluit de Nederlandse bijdrage ")
    lines = [*copied[:at], "1.1 Aanleiding ", "", *copied[at:]]
    return [("1.2 Militaire aspecten " if line == "Militaire aspecten " else line) for line in lines]


def test_section_numbers_do_not_take_the_notes(tmp_path: Path) -> None:
    # "1.1 Aanleiding" and "1.2 Militaire aspecten" above notes cited after "2018." and "2019.": the
    # sections' numbers took the notes, the headings lost a digit and the years kept the marks
    path = tmp_path / "genummerd.txt"
    path.write_text("\n".join(_numbered(COPIED)), encoding="utf-8")
    doc = load_document(path)
    assert [(s.heading, [p.text for p in s.paragraphs]) for s in doc.sections[1:3]] == [
        ("1.1 Aanleiding", [_EXTEND, f"Noot 1: {_NOTE_1}"]),
        ("1.2 Militaire aspecten", [f"{_TRAINERS} {_COSTS}", f"Noot 2: {_NOTE_2}"]),
    ]


def test_a_section_number_cites_no_note(tmp_path: Path) -> None:
    # no notes at all: a wrapped line at the page's foot starting "2 F-16’s" was taken for the note
    # that "1.2 Militaire aspecten" cited, which cut the paragraph in two and dropped its commitment
    paragraph = [
        "Nederland levert ongeveer 150 trainers. Voor de luchtverdediging stelt ",
        "het kabinet bovendien van 1 juli tot en met 31 december 2018 ten minste ",
        "2 F-16’s beschikbaar, die vanuit Jordanië zullen opereren. De kosten ",
        "bedragen 26,5 miljoen euro. ",
    ]
    lines = [
        *COPIED[:10],
        "1.2 Militaire aspecten ",
        "",
        *paragraph,
        "",
        "Tweede Kamer, vergaderjaar 2016–2017, 27 925, nr. 612 1",
        *COPIED[17:],
    ]
    path = tmp_path / "zonder-noten.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = load_document(path)
    texts = _texts(doc)
    assert "1.2 Militaire aspecten" in [s.heading for s in doc.sections]
    assert " ".join(" ".join(paragraph).split()) in texts
    assert not [text for text in texts if text.startswith("Noot")]


def test_a_raised_number_wins_over_a_number_after_a_word(tmp_path: Path) -> None:
    # "veel CO2 uit" above the note raised after "2018.", which pdfium reads on its line ("2018.2"):
    # the number after a word took the note, so "CO2" read "CO", the year kept the mark and the end
    # date read 2017
    isis = "Hierbij informeren wij uw Kamer over het besluit de Nederlandse bijdrage aan de strijd tegen ISIS"
    rest = "te verlengen. De F-16’s stoten per vlieguur veel CO2 uit, wat het kabinet betreurt."
    trainers = "Nederland levert ongeveer 150 trainers tot en met 31 december 2018."
    official = tmp_path / "kst-27925-612.xml"
    official.write_text(
        XML.replace(f"<al>{_EXTEND}<noot", f"<al>{isis}<noot")
        .replace(f"{_NOTE_1}</noot.al></noot></al>", f"{_NOTE_1}</noot.al></noot> {rest}</al>")
        .replace(f"<al>{_TRAINERS}<noot", f"<al>{trainers}<noot"),
        encoding="utf-8",
    )
    doc = load_document(_pdf_612(tmp_path, f"{isis}<sup>1</sup> {rest}", f"{trainers}<sup>2</sup> {_COSTS}"))
    assert _texts(doc)[2:6] == [f"{isis} {rest}", f"Noot 1: {_NOTE_1}", f"{trainers} {_COSTS}", f"Noot 2: {_NOTE_2}"]
    _assert_unchanged(load_document(official), doc)


def _pdf_612(tmp_path: Path, first: str, second: str) -> Path:
    """Nr. 612 as a PDF: `first` and `second` (with their raised note numbers) its two cited paragraphs,
    the two notes at the page's foot."""
    markup = "".join(
        f"<p>{text}</p>"
        for text in [
            "<b>Nr. 612</b>&nbsp;&nbsp;<b>BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE</b>",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
            "Den Haag, 11 september 2017",
            first,
            "<b>Militaire aspecten</b>",
            second,
            "<b>Financiën</b>",
            _MONEY,
            f"{_SIGNED}<br>B. Zijlstra",
        ]
    )
    return render_pdf_html(
        markup,
        tmp_path / "kst-27925-612.pdf",
        footer="Tweede Kamer, vergaderjaar 2016–2017, 27 925, nr. 612",
        notes=lambda _page: [f"1 {_NOTE_1}", f"2 {_NOTE_2}"],
    )
