"""Footnotes: text copied from a PDF, the PDF itself and the official XML give one letter.

The sample letter nr. 597 has no footnotes; later letters of the series have them ("van Irak1."
with "1 Kamerstuk 27 925, nr. 611" at the page's foot). Here three notes are added to it, in each
format as that format prints them: two at the foot of the first page (the second broken over two
lines with a hyphen), one at the foot of the second, the first page's last paragraph running on.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.load import load_document
from viewer.core.load.notes import CLOSE, OPEN
from viewer.core.load.pdftext import clean_pdf_text

from render import render_xml
from render_binary import add_footnotes, document_html, render_docx, render_pdf_html

# number: (the words the number is raised after, the note)
NOTES = {
    1: ("van de Grondwet", "Kamerstuk 27 925, nr. 506."),
    2: ("verdreven uit Tikrit", "Zie de voortgangsrapportage van 29 april 2016 (Kamerstuk 27 925, nr. 590)."),
    3: ("Bangladesh en de Filipijnen", "Zie ook de brief over de strijd tegen ISIS in Azië."),
}
# the note lines as a copy of the PDF has them at the foot of a page, by the note's number
COPIED = {
    1: ["1 Kamerstuk 27 925, nr. 506."],
    2: ["2 Zie de voortgangs-", "rapportage van 29 april 2016 (Kamerstuk 27 925, nr. 590)."],
    3: ["3 Zie ook de brief over de strijd tegen ISIS in Azië."],
}


def _page_starts(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line.startswith(" ") and not line.startswith("  ")]


@pytest.fixture(scope="module")
def copied(sample_text: str, tmp_path_factory: pytest.TempPathFactory) -> Document:
    lines = sample_text.split("\n")
    feet: dict[int, list[str]] = {}  # the line a page's notes go before (the next page's first line)
    for number, (words, _) in NOTES.items():
        at = next(i for i, line in enumerate(lines) if words in line)
        lines[at] = lines[at].replace(words, f"{words}{number}", 1)
        foot = next(start for start in _page_starts(lines) if start > at)
        feet.setdefault(foot, []).extend(COPIED[number])
    for foot in sorted(feet, reverse=True):
        lines[foot:foot] = feet[foot]
    path = tmp_path_factory.mktemp("notes") / "kst-27925-597-noten.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return load_document(path)


@pytest.fixture(scope="module")
def official(sample_doc: Document, tmp_path_factory: pytest.TempPathFactory) -> Document:
    xml = render_xml(sample_doc).decode("utf-8")
    for number, (words, note) in NOTES.items():
        noot = f'<noot id="n{number}" type="voet"><noot.nr>{number}</noot.nr><noot.al>{note}</noot.al></noot>'
        assert words in xml
        xml = xml.replace(words, f"{words}{noot}", 1)
    path = tmp_path_factory.mktemp("notes") / "kst-27925-597-noten.xml"
    path.write_text(xml, encoding="utf-8")
    return load_document(path)


# the PDF's resolution: at 1200 dpi (QPdfWriter's default) the text is set 16.7 times larger, scaled down
@pytest.fixture(scope="module", params=[72, 1200], ids=["72-dpi", "1200-dpi"])
def printed(sample_doc: Document, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Document:
    markup = document_html(sample_doc)
    for number, (words, _) in NOTES.items():
        assert words in markup
        markup = markup.replace(words, f"{words}<sup>{number}</sup>", 1)

    def foot(page: str) -> list[str]:
        return [f"{n} {note}" for n, (words, note) in NOTES.items() if f"{words}{n}" in page]

    folder = tmp_path_factory.mktemp("notes")
    path = render_pdf_html(markup, folder / "kst-27925-597-noten.pdf", notes=foot, resolution=request.param)
    return load_document(path)


@pytest.fixture(scope="module")
def word(sample_doc: Document, tmp_path_factory: pytest.TempPathFactory) -> Document:
    path = render_docx(sample_doc, tmp_path_factory.mktemp("notes") / "kst-27925-597-noten.docx")
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    body = members["word/document.xml"].decode("utf-8")
    for number, (words, _) in NOTES.items():
        assert words in body
        cite = f'</w:t></w:r><w:r><w:footnoteReference w:id="{number}"/></w:r><w:r><w:t xml:space="preserve">'
        body = body.replace(words, f"{words}{cite}", 1)
    members["word/document.xml"] = body.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    add_footnotes(path, {number: note for number, (_, note) in NOTES.items()})
    return load_document(path)


def _paragraphs(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


def test_notes_follow_the_paragraph_that_cites_them(copied: Document, sample_doc: Document) -> None:
    expected = _paragraphs(sample_doc)
    for number, (words, note) in sorted(NOTES.items(), reverse=True):
        at = next(i for i, text in enumerate(expected) if words in text)
        expected.insert(at + 1, f"Noot {number}: {note}")
    # two notes cited in one paragraph follow it in order; the others each after their own
    assert _paragraphs(copied) == expected
    # the numbers leave the words they were raised after, and the notes the page they stood on
    assert "Grondwet1" not in copied.text and "Tikrit2" not in copied.text
    assert "op de operatie ter bevrijding van de Iraakse stad Mosul" in copied.text


@pytest.mark.parametrize("other", ["official", "printed", "word"])
def test_every_format_gives_the_same_letter(
    copied: Document, official: Document, printed: Document, word: Document, sample_doc: Document, other: str
) -> None:
    doc = {"official": official, "printed": printed, "word": word}[other]
    assert _paragraphs(doc) == _paragraphs(copied)
    assert [s.path for s in doc.sections] == [s.path for s in sample_doc.sections]
    comparison = compare_documents(copied, doc)
    assert {p.status for p in comparison.sections} == {"same"}
    assert {pair.status for pair in comparison.facts} == {"unchanged"}
    # the note's own date is a fact of the letter, in every format alike
    assert any(pair.new is not None and pair.new.text == "29 april 2016" for pair in comparison.facts)


@pytest.mark.parametrize(
    "lines",
    [
        # a line that starts with a number is no note unless a word on the page carries it ...
        ["Het kabinet besluit tot inzet met ingang van", "1 juli. De inzet loopt tot eind 2017."],
        # ... nor is a date at a line's start, a number carried by a word or not
        ["De inzet van de F161 loopt door met ingang van", "1 januari 2017 tot eind 2017."],
        # ... nor a note numbered out of turn
        ["Zie de brief van de Minister2.", "", "3 Kamerstuk 27 925, nr. 590."],
    ],
)
def test_text_that_only_looks_like_a_note_stays_text(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "brief.txt"
    path.write_text("\n".join(["Essentie", "", *lines, " Volgende pagina.", ""]), encoding="utf-8")
    doc = load_document(path)
    assert not any(p.text.startswith("Noot") for s in doc.sections for p in s.paragraphs)
    assert " ".join(doc.text.split()).count(" ".join(" ".join(lines).split())) == 1


@pytest.mark.parametrize(
    ("cited", "plain"),
    [
        ("De inzet wordt verlengd.1 Het kabinet besluit.", "De inzet wordt verlengd. Het kabinet besluit."),
        ("Hiervan is € 2.213 miljoen (89%)1 ODA.", "Hiervan is € 2.213 miljoen (89%) ODA."),
        ("De begroting van BHOS (ODA).1 Daarna meer.", "De begroting van BHOS (ODA). Daarna meer."),
        (
            "Zo staat het in de «Veiligheidsstrategie»1, die geldt.",
            "Zo staat het in de «Veiligheidsstrategie», die geldt.",
        ),
    ],
)
def test_a_note_number_after_punctuation(tmp_path: Path, cited: str, plain: str) -> None:
    # the paragraph runs on to the next page; the note at the first page's foot follows it whole
    path = tmp_path / "brief.txt"
    lines = ["Essentie", "", cited, "1 Zie de begroting.", " Dat geldt ook later.", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    texts = [p.text for s in load_document(path).sections for p in s.paragraphs]
    assert texts == [f"{plain} Dat geldt ook later.", "Noot 1: Zie de begroting."]


def _loaded(tmp_path: Path, lines: list[str]) -> Document:
    path = tmp_path / "brief.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return load_document(path)


def _sections(doc: Document) -> list[tuple[str, list[str]]]:
    return [(s.heading, [p.text for p in s.paragraphs]) for s in doc.sections]


def test_a_note_cited_in_a_paragraph_that_runs_on_over_blocks(tmp_path: Path) -> None:
    # the cited list item ends without a full stop and the next block goes on: one paragraph,
    # which keeps its citation, so the note follows it and not the letter's end
    lines = [
        "Essentie",
        "",
        "a. vier F-16’s1",
        "",
        "en ondersteunend personeel.",
        "1 Zie de brief.",
    ]
    lines += [" Verder.", "", "Financiën", "", "De kosten stijgen.", ""]
    assert _sections(_loaded(tmp_path, lines)) == [
        (
            "Essentie",
            ["a. vier F-16’s en ondersteunend personeel. Verder.", "Noot 1: Zie de brief."],
        ),
        ("Financiën", ["De kosten stijgen."]),
    ]


def test_notes_above_the_running_footer(tmp_path: Path) -> None:
    # copied from a Kamerstuk: the page's notes, then its running footer, then the next page
    lines = ["Essentie", "", "De bijdrage aan de strijd tegen ISIS in Irak1 wordt verlengd.", ""]
    lines += ["1 Kamerstuk 27 925, nr. 611.", "Tweede Kamer, vergaderjaar 2017–2018, 27 925, nr. 637 2"]
    lines += ["Financiën", "", "De kosten stijgen.", ""]
    doc = _loaded(tmp_path, lines)
    assert _sections(doc) == [
        (
            "Essentie",
            ["De bijdrage aan de strijd tegen ISIS in Irak wordt verlengd.", "Noot 1: Kamerstuk 27 925, nr. 611."],
        ),
        ("Financiën", ["De kosten stijgen."]),
    ]
    assert (doc.meta.dossier, doc.meta.number) == ("27 925", "637")


_WORD = st.sampled_from(["Irak1", "ISIS2.", "de", "inzet", "1", "2", "januari", "Kamerstuk", "(89%)1", "nr.", "Zie"])
_PAGE_LINE = st.lists(_WORD, min_size=1, max_size=5).map(" ".join)
_ANY_LINE = st.one_of(_PAGE_LINE, _PAGE_LINE.map(lambda line: f" {line}"), st.just(""))


@given(st.lists(_ANY_LINE, max_size=30))
def test_taking_notes_out_loses_no_word(lines: list[str]) -> None:
    # whatever reads as a note or a note number, every word of the lines is still in the text
    texts = [block.text for block in clean_pdf_text(lines).blocks]
    joined = " ".join(texts)
    assert OPEN not in joined and CLOSE not in joined
    for word in re.findall(r"[^\W\d_]+", " ".join(lines)):
        assert word in joined
