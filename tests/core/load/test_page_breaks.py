"""Page breaks in text copied from a PDF: the running footer is dropped, and what stood on either side
of it reads as if it had never been there (the sample letter with a footer put at other places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document

FOOTER = "Tweede Kamer, vergaderjaar 2015–2016, 27 925, nr. 597 {page}"


def _with_page_break(tmp_path: Path, sample_text: str, after: str, page: int, *, blank_after: bool = True) -> Path:
    """The sample letter with a page's foot after the line `after`: a blank line, the running footer,
    the blank lines pdftotext writes before the next page. The blank line that stood after the line
    goes, as the footer takes its place."""
    lines = sample_text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == after)
    rest = at + 2 if blank_after and not lines[at + 1].strip() else at + 1
    lines[at + 1 : rest] = ["", FOOTER.format(page=page), "", "", ""]
    path = tmp_path / "met-paginaovergang.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _compares_the_same(old: Document, new: Document) -> None:
    comparison = compare_documents(old, new)
    assert [p.status for p in comparison.sections] == ["same"] * len(old.sections)
    assert all(pair.status == "unchanged" for pair in comparison.facts)


def test_a_heading_on_a_page_s_last_line_keeps_its_section(tmp_path: Path, sample_text: str, sample_doc) -> None:  # type: ignore[no-untyped-def]
    doc = load_document(_with_page_break(tmp_path, sample_text, "Irak", 3))
    irak = next(s for s in doc.sections if s.heading == "Irak")
    assert irak.path == ("Politieke aspecten", "Irak")
    assert irak.paragraphs[0].text.startswith("De afgelopen maanden werd het beeld in Irak")
    _compares_the_same(sample_doc, doc)


def test_headings_on_either_side_of_a_page_break_both_stay(tmp_path: Path, sample_text: str, sample_doc) -> None:  # type: ignore[no-untyped-def]
    # "Risico’s" the last line of a page, "Dreiging trainers" the first of the next
    doc = load_document(_with_page_break(tmp_path, sample_text, "Risico’s", 10))
    assert [s.path for s in doc.sections if s.heading in ("Risico’s", "Dreiging trainers")] == [
        ("Militaire aspecten", "Risico’s"),
        ("Militaire aspecten", "Risico’s", "Dreiging trainers"),
    ]
    _compares_the_same(sample_doc, doc)


def test_a_paragraph_s_first_line_at_a_page_s_foot_stays_in_it(tmp_path: Path, sample_text: str, sample_doc) -> None:  # type: ignore[no-untyped-def]
    # a full line that reads like a heading (short words, no full stop) wrapped: the paragraph runs on
    path = _with_page_break(
        tmp_path, sample_text, "Een overzicht van de meest relevante politieke ontwikkelingen sinds de", 3
    )
    doc = load_document(path)
    assert "ontwikkelingen sinds de voortgangsrapportage van 29 april jl." in doc.text
    _compares_the_same(sample_doc, doc)


def test_a_page_break_after_nr_in_a_reference_leaves_the_paragraph_whole(
    tmp_path: Path, sample_text: str, sample_doc
) -> None:  # type: ignore[no-untyped-def]
    reference = "(Kamerstuk 27 925, nr. 596) in lijn met de toezegging aan uw Kamer op"
    assert reference in sample_text
    broken = (
        f"(Kamerstuk 27 925, nr. \n\n{FOOTER.format(page=13)}\n\n\n\n596) in lijn met de toezegging aan uw Kamer op"
    )
    path = tmp_path / "nr-paginaovergang.txt"
    path.write_text(sample_text.replace(reference, broken), encoding="utf-8")
    doc = load_document(path)
    assert "(Kamerstuk 27 925, nr. 596) in lijn met de toezegging aan uw Kamer op 7 juli jl." in doc.text
    _compares_the_same(sample_doc, doc)


@pytest.mark.parametrize(
    ("last", "first"),
    [
        ("in de brief (Kamerstuk 27 925, nr.", "596) is dat gemeld"),
        ("volgens art.", "100 van de Grondwet"),
        ("zie blz.", "12 van het verslag"),
        ("met partners als o.a.", "Duitsland en Frankrijk"),
        ("uitgaven, bijv.", "Voor de trainers"),
        ("de kosten, € 5 mln.", "2017 en verder"),
        ("het overleg van 29 april jl.", "en dat van mei"),
        ("het overleg van 19 augustus jl.", "(Kamerstuk 27 925, nr. 596)"),
        ("tot en met 15 juli t/m", "31 december"),
        ("dit gebeurt i.v.m.", "ISIS-dreiging"),
        # the sentence splitter's abbreviations too
        ("het fregat Zr.Ms.", "Tromp vertrekt"),
        ("het schip Hr. Ms.", "Karel Doorman"),
        ("middelen t.b.v.", "Irak"),
        ("de steun m.i.v.", "1 januari"),
    ],
)
def test_an_abbreviation_before_a_page_break_does_not_end_the_paragraph(tmp_path: Path, last: str, first: str) -> None:
    path = tmp_path / "afkorting.txt"
    path.write_text(
        f"Inleiding\n\nDe Kamer heeft gevraagd om een overzicht, {last}\n\n{FOOTER.format(page=2)}\n\n\n\n"
        f"{first} en verder loopt de zin.\n\nEen tweede alinea volgt hier.\n",
        encoding="utf-8",
    )
    paragraphs = [p.text for s in load_document(path).sections for p in s.paragraphs]
    assert f"{last} {first} en verder loopt de zin." in paragraphs[0]
    assert paragraphs[1:] == ["Een tweede alinea volgt hier."]


@pytest.mark.parametrize(
    "closing", ["De brief volgde op het overleg van 29 april jl.", "De inzet is afgestemd met de VS."]
)
def test_a_sentence_closed_by_jl_or_vs_before_a_page_break_ends_the_paragraph(tmp_path: Path, closing: str) -> None:
    # "jl." and "VS." close many a sentence: a capital on the next page starts a new paragraph, as after
    # any full stop
    path = tmp_path / "jl.txt"
    path.write_text(
        f"Inleiding\n\n{closing}\n\n{FOOTER.format(page=2)}\n\n\n\nDe inzet loopt door.\n",
        encoding="utf-8",
    )
    paragraphs = [p.text for s in load_document(path).sections for p in s.paragraphs]
    assert paragraphs == [closing, "De inzet loopt door."]


_NUMBERED = [
    "1. Politieke ontwikkelingen ",
    "",
    "De coalitie heeft verdere terreinwinst geboekt. De operatie ter bevrijding van ",
    "Mosul is op 17 oktober 2016 begonnen.1 ",
    "",
    "{last}",
    "",
    "{notes}",
    "Tweede Kamer, vergaderjaar 2016–2017, 27 925, nr. 612 1",
    "",
    "",
    "",
    "{first}",
    "verslagperiode uit vier F-16’s en ongeveer 130 trainers. ",
    "",
    "3. Tot slot ",
    "",
    "Het kabinet zal uw Kamer in het voorjaar van 2017 opnieuw informeren. ",
]


@pytest.mark.parametrize("notes", [["", "1 Kamerstuk 27 925, nr. 597. ", ""], []], ids=["with-notes", "without"])
def test_a_numbered_heading_on_a_page_s_last_line_keeps_its_section(tmp_path: Path, notes: list[str]) -> None:
    # "2. Militaire bijdrage" the last line of a page, its notes and the footer after it: the heading
    # read as the first words of the next paragraph, and the section was reported removed
    lines = "\n".join(_NUMBERED).format(
        last="2. Militaire bijdrage ",
        notes="\n".join(notes),
        first="De Nederlandse militaire bijdrage aan de anti-ISIS-coalitie bestond in de ",
    )
    if not notes:
        lines = lines.replace("begonnen.1", "begonnen.")
    path = tmp_path / "genummerd.txt"
    path.write_text(lines, encoding="utf-8")
    doc = load_document(path)
    assert [(s.heading, [p.text for p in s.paragraphs]) for s in doc.sections] == [
        (
            "1. Politieke ontwikkelingen",
            [
                "De coalitie heeft verdere terreinwinst geboekt. De operatie ter bevrijding van Mosul is op"
                " 17 oktober 2016 begonnen.",
                *(["Noot 1: Kamerstuk 27 925, nr. 597."] if notes else []),
            ],
        ),
        (
            "2. Militaire bijdrage",
            [
                "De Nederlandse militaire bijdrage aan de anti-ISIS-coalitie bestond in de verslagperiode uit vier"
                " F-16’s en ongeveer 130 trainers."
            ],
        ),
        ("3. Tot slot", ["Het kabinet zal uw Kamer in het voorjaar van 2017 opnieuw informeren."]),
    ]


def test_a_numbered_list_s_item_on_a_page_s_last_line_stays_an_item(tmp_path: Path) -> None:
    # "2. De trainers" after the item "1. ..." and before "3. ..." is a list's item, not a heading, on
    # a page's last line as anywhere
    lines = [
        "1. Militaire bijdrage ",
        "",
        "De inzet omvatte: ",
        "",
        "1. De F-16’s ",
        "",
        "2. De trainers ",
        "",
        "Tweede Kamer, vergaderjaar 2016–2017, 27 925, nr. 612 1",
        "",
        "",
        "3. De stafofficieren ",
        "",
        "2. Tot slot ",
        "",
        "Het kabinet zal uw Kamer in het voorjaar van 2017 opnieuw informeren. ",
    ]
    path = tmp_path / "lijst.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = load_document(path)
    assert [(s.heading, [p.text for p in s.paragraphs]) for s in doc.sections] == [
        ("1. Militaire bijdrage", ["De inzet omvatte:", "1. De F-16’s", "2. De trainers", "3. De stafofficieren"]),
        ("2. Tot slot", ["Het kabinet zal uw Kamer in het voorjaar van 2017 opnieuw informeren."]),
    ]
