"""Numbered divisies ("1. Achtergrond", "2.1 Luchtoperaties"), the normal shape of a Kamerstuk.

In Word without heading styles, in copied text and in a paragraph per line, they were never
headings: "1. Achtergrond" read as a list's item and took the paragraph under it ("1. Achtergrond
De F-16's waren ..."), "2.1 Luchtoperaties" started with no capital. Every numbered section was
reported as removed. A list's numbered items stay items: Word numbers them (a list style), and in
text they run on, close with ";" or ".", or come in a run after a lead-in.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import docx

from viewer.core.document import Document
from viewer.core.load import load_document

from render_binary import render_pdf_html

_INTRO = "Hierbij informeer ik uw Kamer over de inzet van de F-16’s in 2016."
_BACKGROUND = "De F-16’s waren tot en met 31 december 2016 in de anti-ISIS-coalitie ingezet."
_LEAD_IN = "De inzet omvatte:"
_ITEMS = ["1. Luchtsteun voor Iraakse troepen", "2. Verkenning boven Noord-Irak"]
_AIR = "In 2016 hebben de F-16’s 1.140 missies gevlogen."
_CIVILIANS = "Het kabinet hecht groot belang aan transparantie over burgerslachtoffers."
_COSTS = "De kosten bedroegen € 61,3 miljoen."

# (is it a heading, text), in the letter's order
LETTER: list[tuple[bool, str]] = [
    (False, "Den Haag, 21 april 2017"),
    (False, _INTRO),
    (True, "1. Achtergrond"),
    (False, _BACKGROUND),
    (False, _LEAD_IN),
    *[(False, item) for item in _ITEMS],
    (True, "2. Inzet"),
    (True, "2.1 Luchtoperaties"),
    (False, _AIR),
    (True, "Burgerslachtoffers"),
    (False, _CIVILIANS),
    (True, "3. Kosten"),
    (False, _COSTS),
]
EXPECTED = [
    (0, "", ["Den Haag, 21 april 2017", _INTRO]),
    (1, "1. Achtergrond", [_BACKGROUND, _LEAD_IN, *_ITEMS]),
    (1, "2. Inzet", []),
    (2, "2.1 Luchtoperaties", [_AIR]),
    (3, "Burgerslachtoffers", [_CIVILIANS]),  # a tussenkop without a number, in its numbered section
    (1, "3. Kosten", [_COSTS]),
]


def _outline(doc: Document) -> list[tuple[int, str, list[str]]]:
    return [(s.level, s.heading, [p.text for p in s.paragraphs]) for s in doc.sections]


def _bold(word: Any, text: str, style: str | None = None) -> None:
    paragraph = word.add_paragraph(style=style)
    paragraph.add_run(text).bold = True


def test_word_bold_numbered_paragraphs_are_headings_and_nest_by_their_numbers(tmp_path: Path) -> None:
    word = docx.Document()
    for is_heading, text in LETTER:
        if is_heading:
            _bold(word, text)
        else:
            word.add_paragraph(text)
    # Word numbers it ("1."): it reads like a numbered heading, but it is a list's item
    _bold(word, "Een vetgedrukt punt van een lijst", style="List Number")
    path = tmp_path / "vet.docx"
    word.save(str(path))
    outline = _outline(load_document(path))
    assert outline[:-1] == EXPECTED[:-1]
    assert outline[-1] == (1, "3. Kosten", [_COSTS, "1. Een vetgedrukt punt van een lijst"])


def test_copied_text_numbered_headings_between_blank_lines(tmp_path: Path) -> None:
    lines: list[str] = []
    for _, text in LETTER:
        if text in _ITEMS[1:]:
            lines.pop()  # the list's items in a run, no blank line between them
        lines += [f"{text} ", ""]
    path = tmp_path / "gekopieerd.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _outline(load_document(path)) == EXPECTED


def test_a_paragraph_per_line_numbered_headings_and_a_list_of_short_numbered_lines(tmp_path: Path) -> None:
    path = tmp_path / "per-regel.txt"
    long_intro = (
        f"{_INTRO} Deze brief beschrijft de achtergrond, de inzet boven Irak en Syrië en de kosten van de inzet."
    )
    lines = [text if text != _INTRO else long_intro for _, text in LETTER]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = [(0, "", ["Den Haag, 21 april 2017", long_intro]), *EXPECTED[1:]]
    assert _outline(load_document(path)) == expected


def test_numbered_items_that_close_or_run_on_stay_a_list(tmp_path: Path) -> None:
    lines = [
        _INTRO,
        "",
        "1. Achtergrond",
        "",
        "De bijdrage bestaat uit:",
        "",
        "1. Luchtsteun voor Iraakse troepen;",
        "",
        "2. Verkenning boven Noord-Irak en boven het oosten",
        "van Syrië.",
        "",
        "3. Bijtanking",  # the list's last item, after its sibling
        "",
        _COSTS,
    ]
    path = tmp_path / "lijst.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = load_document(path)
    assert [s.heading for s in doc.sections] == ["", "1. Achtergrond"]
    assert [p.text for p in doc.sections[1].paragraphs][1:3] == [
        "1. Luchtsteun voor Iraakse troepen;",
        "2. Verkenning boven Noord-Irak en boven het oosten van Syrië.",
    ]


def test_pdf_a_numbered_subheading_directly_under_its_parent(tmp_path: Path) -> None:
    # "2. Inzet" and the bold "2.1 Luchtoperaties" straight under it: "2.1 Luchtoperaties In 2016
    # hebben ..." was one paragraph, the section reported removed and the year 2016 moved. (The
    # lead-in goes on from the paragraph before it: a PDF's gaps set one-line paragraphs apart
    # only where the page shows a line pitch to measure them by.)
    lead_in = f"{_BACKGROUND} {_LEAD_IN}"
    letter = [(h, lead_in if text == _BACKGROUND else text) for h, text in LETTER if text != _LEAD_IN]
    markup = "".join(f"<p><b>{html.escape(t)}</b></p>" if h else f"<p>{html.escape(t)}</p>" for h, t in letter)
    style = "<style>p { margin-top: 0; margin-bottom: 8px; }</style>"
    path = render_pdf_html(f"<html><head>{style}</head><body>{markup}</body></html>", tmp_path / "brief.pdf")
    expected = [*EXPECTED]
    expected[1] = (1, "1. Achtergrond", [lead_in, *_ITEMS])
    assert _outline(load_document(path)) == expected
