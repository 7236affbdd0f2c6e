"""The signature set as two paragraphs (Word; the platform's HTML with "functie" and "naam") or as
one (copied text, the XML): the same words in the same order, so the same letter.

Word sets "De Minister van Defensie," and the name under it as paragraphs of their own; copied text
and the XML join them. The comparison marked the last section changed and showed the ministers'
names struck through and inserted again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import docx
import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

_BODY = [
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    "Den Haag, 9 september 2016",
    "Nederland levert 150 militairen aan de missie tot en met 31 december 2017.",
]
_HEADING = "Nationale veiligheid"
_LAST = "De dreiging in Nederland blijft substantieel."
_SIGNATURES = [
    ("De Minister van Buitenlandse Zaken,", "A.G. Koenders"),
    ("De Minister van Defensie,", "J.A. Hennis-Plasschaert"),
    ("De Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,", "E.M.J. Ploumen"),
]
_JOINED = [f"{line} {name}" for line, name in _SIGNATURES]


def _copied(tmp_path: Path) -> Document:
    lines = [*_BODY, _HEADING, _LAST, *(f"{line}\n{name}" for line, name in _SIGNATURES)]
    path = tmp_path / "brief.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return load_document(path)


def _paragraphs(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


def _assert_same_letter(copied: Document, other: Document) -> None:
    assert _paragraphs(other) == _paragraphs(copied) == [*_BODY, _LAST, *_JOINED]
    comparison = compare_documents(copied, other)
    assert {pair.status for pair in comparison.sections} == {"same"}


def test_word_sets_the_name_under_the_signature_as_its_own_paragraph(tmp_path: Path) -> None:
    _assert_same_letter(_copied(tmp_path), load_document(_word(tmp_path, _SIGNATURES)))


def test_the_platform_s_html_with_function_and_name(tmp_path: Path) -> None:
    signatures = "".join(
        f'<div class="ondertekening"><p class="functie">{line}</p><p class="naam">{name}</p></div>'
        for line, name in _SIGNATURES
    )
    body = "".join(f"<p>{text}</p>" for text in _BODY)
    markup = (
        '<html><body><div id="broodtekst">'
        f'{body}<h2 class="tussenkop">{_HEADING}</h2><p>{_LAST}</p>{signatures}'
        "</div></body></html>"
    )
    path = tmp_path / "brief.html"
    path.write_text(markup, encoding="utf-8")
    _assert_same_letter(_copied(tmp_path), load_document(path))


def test_a_line_ending_in_a_comma_before_a_name_that_signs_nothing_stays_apart(tmp_path: Path) -> None:
    word = docx.Document()
    for text in [*_BODY, "Aanwezig waren onder meer de volgende personen,", "J. Jansen"]:
        word.add_paragraph(text)
    path = tmp_path / "brief.docx"
    word.save(str(path))
    text = load_document(path).text
    assert "personen,\n\nJ. Jansen" in text


# surnames of two words and names with a title, as the XML gives each signature: one paragraph
_SIGNED_2024 = [
    ("De Minister van Buitenlandse Zaken,", "H.G.J. Bruins Slot"),
    ("De Minister van Landbouw, Natuur en Voedselkwaliteit,", "P. Adema"),
    ("De Staatssecretaris van Defensie,", "drs. C.A. van der Maat"),
    ("De Minister-President, Minister van Algemene Zaken,", "M. Rutte"),
]


def _official_2024(tmp_path: Path) -> Document:
    signatures = "".join(
        f"<ondertekening><functie>{line}</functie><naam><achternaam>{name}</achternaam></naam></ondertekening>"
        for line, name in _SIGNED_2024
    )
    body = "".join(f"<al>{text}</al>" for text in _BODY)
    path = tmp_path / "kst-27925-950.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie><kamerstuk><dossier><dossiernummer>'
        "<dossiernr>27 925</dossiernr></dossiernummer></dossier><stuk><stuknr><ondernummer>Nr. 950</ondernummer>"
        "</stuknr><titel>BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN</titel><algemeen><vrije-tekst><tekst>"
        f'{body}<tussenkop kopopmaak="vet">{_HEADING}</tussenkop><al>{_LAST}</al>{signatures}'
        "</tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>",
        encoding="utf-8",
    )
    return load_document(path)


def _word(tmp_path: Path, signatures: Sequence[tuple[str, str]]) -> Path:
    """The letter in Word, each signature's line and name a paragraph of its own."""
    word = docx.Document()
    for text in _BODY:
        word.add_paragraph(text)
    word.add_heading(_HEADING, level=1)
    word.add_paragraph(_LAST)
    for line, name in signatures:
        word.add_paragraph(line)
        word.add_paragraph(name)
    path = tmp_path / "brief.docx"
    word.save(str(path))
    return path


def _word_2024(tmp_path: Path) -> Path:
    return _word(tmp_path, _SIGNED_2024)


def _html_2024(tmp_path: Path) -> Path:
    signatures = "".join(
        f'<div class="ondertekening"><p class="functie">{line}</p><p class="naam">{name}</p></div>'
        for line, name in _SIGNED_2024
    )
    body = "".join(f"<p>{text}</p>" for text in _BODY)
    path = tmp_path / "brief.html"
    path.write_text(
        f'<html><body><div id="broodtekst">{body}<h2 class="tussenkop">{_HEADING}</h2><p>{_LAST}</p>'
        f"{signatures}</div></body></html>",
        encoding="utf-8",
    )
    return path


def _paragraph_per_line_2024(tmp_path: Path) -> Path:
    # Word saved as plain text: a paragraph per line, the name under its signature's line
    long = f"{_LAST} " * 3  # a line longer than a printed line, as a paragraph per line has
    lines = [*_BODY, _HEADING, long.strip(), *(part for signature in _SIGNED_2024 for part in signature)]
    path = tmp_path / "brief.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("other", [_word_2024, _html_2024, _paragraph_per_line_2024], ids=["docx", "html", "txt"])
def test_a_surname_of_two_words_is_the_signature_s(tmp_path: Path, other: Callable[[Path], Path]) -> None:
    # "H.G.J. Bruins Slot" stayed apart from "De Minister van Buitenlandse Zaken,": struck through and
    # inserted again in Word and HTML, and in a paragraph per line a heading with the other signatures under it
    doc = load_document(other(tmp_path))
    joined = [f"{line} {name}" for line, name in _SIGNED_2024]
    assert [p.text for p in doc.sections[-1].paragraphs][-4:] == joined
    assert [s.heading for s in doc.sections if s.level] == [_HEADING]
    if other is not _paragraph_per_line_2024:
        comparison = compare_documents(_official_2024(tmp_path), doc)
        assert {pair.status for pair in comparison.sections} == {"same"}


_FOOTER = "Tweede Kamer, vergaderjaar 2016–2017, 27 925, nr. 597 2"


@pytest.mark.parametrize(
    "between",
    [
        ["", _FOOTER, "", "", ""],  # a page break after the second signature's name
        [""],  # a blank line only
        [],  # no line between: copied without blank lines
    ],
    ids=["page-break", "blank", "none"],
)
def test_a_signer_s_name_ends_its_signature_in_copied_text(tmp_path: Path, between: list[str]) -> None:
    # the second signature ended a page and the third started the next: the footer took the blank
    # line between them, and the two signatures were one paragraph
    (line1, name1), (line2, name2), (line3, name3) = _SIGNATURES
    head = [part for text in _BODY for part in (text, "")]
    lines = [*head, _HEADING, "", _LAST, "", line1, name1, "", line2, name2, *between, line3, name3]
    path = tmp_path / "brief.txt"
    path.write_text("\n".join(f"{line} " if line else "" for line in lines) + "\n", encoding="utf-8")
    assert _paragraphs(load_document(path)) == [*_BODY, _LAST, *_JOINED]


def test_a_signature_s_line_after_a_closed_sentence_starts_the_signature(tmp_path: Path) -> None:
    line, name = _SIGNATURES[1]
    lines = [*(part for text in _BODY for part in (text, "")), _HEADING, "", _LAST, line, name]
    path = tmp_path / "brief.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _paragraphs(load_document(path))[-2:] == [_LAST, _JOINED[1]]
