"""Text copied from a PDF that Word or LibreOffice made: a heading with its paragraph right under it.

Such a PDF sets paragraphs apart by spacing, so `pdftotext` puts no blank line between a heading and
its paragraph (qa15 D7). Each heading must head its section, never run into the next sentence; a
paragraph's short first line in a text that sets its headings apart by blank lines stays text.
"""

from __future__ import annotations

from pathlib import Path

from viewer.core.load import load_document
from viewer.core.load.glued_headings import split_glued_headings

_DATA = Path(__file__).parents[2] / "data" / "copied"


def test_headings_glued_to_their_paragraphs_head_their_sections() -> None:
    doc = load_document(str(_DATA / "word-pdf-kop-aan-alinea.txt"))
    assert [s.heading for s in doc.sections] == ["", "Politieke ontwikkelingen", "2.1 Irak", "Financiën"]
    firsts = [s.paragraphs[0].text for s in doc.sections[1:]]
    assert firsts[0].startswith("De Turkse inval in Noord-Syrië")
    assert firsts[1].startswith("In Irak gaan")
    assert firsts[2].startswith("De uitgaven voor 2019")
    assert doc.sections[2].paragraphs[-1].text.endswith("opnieuw informeren over de inzet.")


def test_an_address_under_a_short_line_is_no_paragraph() -> None:
    lines = ["Plein 4", "MPC 58 B", "Postbus 20701", "2500 ES Den Haag", "www.defensie.nl"]
    assert split_glued_headings(lines) == lines


def test_a_wrapped_paragraphs_last_line_is_no_heading() -> None:
    lines = [
        "Het kabinet heeft besloten de bijdrage aan de coalitie te verlengen. Het gaat om",
        "ongeveer 45 militairen",
        "De Minister van Defensie zal de Kamer over de inzet blijven informeren, zoals toegezegd.",
    ]
    assert split_glued_headings(lines) == lines


def test_a_paragraphs_short_first_line_stays_text_where_headings_stand_apart() -> None:
    lines = [
        "Nederlandse bijdrage",
        "",
        "Nederland levert sinds vorig jaar een fregat aan de missie in de Middellandse Zee, zoals",
        "afgesproken met de bondgenoten.",
        "",
        "Tevens levert Nederland",
        "Vessel Protection Detachments (VPD's) van 10 tot 12 militairen aan koopvaardijschepen.",
    ]
    assert split_glued_headings(lines) == lines
