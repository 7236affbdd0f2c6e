"""The copied-from-PDF text loader on the real letter nr. 597."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from viewer.core.load import load_document

EXPECTED_OUTLINE = [
    (0, ""),
    (1, "Essentie"),
    (1, "Gronden voor deelname"),
    (1, "Politieke aspecten"),
    (2, "Irak"),
    (2, "Syrië"),
    (2, "Regionale ontwikkelingen"),
    (1, "Samenhang"),
    (2, "Ontwikkelingen militaire spoor"),
    (2, "Civiele sporen anti-ISIS coalitie"),
    (1, "Mandaat"),
    (2, "Deelnemende landen"),
    (2, "Invloed"),
    (1, "Militaire aspecten"),
    (2, "Haalbaarheid"),
    (2, "Nederlandse trainingsmissie Irak"),
    (3, "Voortgang training Peshmerga"),
    (3, "Voortgang training Iraakse speciale eenheden"),
    (3, "Voorziene inzet trainers na verlenging"),
    (3, "Voorziene inzet Special Operation Forces"),
    (2, "Inzet van F-16’s / Force Protection"),
    (2, "Tankervliegtuigen"),
    (2, "Bevelsstructuur"),
    (2, "(Na)zorg"),
    (2, "Risico’s"),
    (3, "Dreiging trainers"),
    (3, "Mitigerende maatregelen"),
    (2, "Gevolgen gereedheid en geoefendheid"),
    (1, "Duur van de deelname"),
    (1, "Humanitaire hulp"),
    (2, "Irak"),
    (2, "Syrië"),
    (1, "Financiën"),
    (1, "Nationale veiligheid"),
]


def test_outline_of_the_real_letter(sample_doc) -> None:
    assert [(s.level, s.heading) for s in sample_doc.sections] == EXPECTED_OUTLINE


def test_repeated_headings_nest_under_their_own_parent(sample_doc) -> None:
    paths = [s.path for s in sample_doc.sections if s.heading == "Irak"]
    assert paths == [("Politieke aspecten", "Irak"), ("Humanitaire hulp", "Irak")]
    peshmerga = next(s for s in sample_doc.sections if s.heading == "Voortgang training Peshmerga")
    assert peshmerga.path == (
        "Militaire aspecten",
        "Nederlandse trainingsmissie Irak",
        "Voortgang training Peshmerga",
    )
    top = [s.heading for s in sample_doc.children(None)]
    assert top[:3] == ["", "Essentie", "Gronden voor deelname"]


def test_metadata(sample_doc) -> None:
    meta = sample_doc.meta
    assert meta.format == "text"
    assert meta.dossier == "27 925"
    assert meta.number == "597"
    assert meta.date == dt.date(2016, 9, 9)
    assert meta.title and meta.title.startswith("BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN")
    assert meta.title.endswith("ONTWIKKELINGSSAMENWERKING")


def test_opening_section_holds_addressee_date_and_introduction(sample_doc) -> None:
    opening = sample_doc.sections[0]
    assert opening.heading == "" and opening.path == ("",)
    assert opening.paragraphs[0].text == "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert opening.paragraphs[1].text == "Den Haag, 9 september 2016"
    assert "Nr. 597" not in sample_doc.text


def test_footer_removed_and_paragraph_rejoined(sample_doc) -> None:
    assert "vergaderjaar" not in sample_doc.text
    assert "De operatie verliep sneller dan verwacht waardoor humanitaire" in sample_doc.text


@pytest.mark.parametrize(
    "expected",
    [
        "een tegenoffensief ingezet",
        "trainingsinspanningen",
        "trainingscurriculum",
        "coalitie-eenheden",
        "fighters-werkgroep",
        "AWACS-radarvliegtuigen",
        "coalitiepartners",
        "preventie- en repressieactiviteiten",
        "ingezetenen van de EU",
    ],
)
def test_hyphenation(sample_doc, expected: str) -> None:
    assert expected in sample_doc.text


def test_no_broken_words_left(sample_doc) -> None:
    for fragment in ("tegenof-", "trainingsin-", "Neder- landse", "humani-taire", "humani- taire"):
        assert fragment not in sample_doc.text


def test_page_start_heading_without_blank_line(sample_doc) -> None:
    headings = [s.heading for s in sample_doc.sections]
    assert "Deelnemende landen" in headings
    assert "Tankervliegtuigen" in headings
    # a page-start line inside a paragraph stays in it
    assert "conflict in Syrië. Verder heeft VN-Gezant" in sample_doc.text


def test_numbered_list_items_are_not_headings(sample_doc) -> None:
    samenhang = next(s for s in sample_doc.sections if s.heading == "Samenhang")
    items = [p.text for p in samenhang.paragraphs if p.text[:2] in ("1)", "2)", "3)", "4)", "5)")]
    assert items[0] == (
        "1) Het militaire spoor: de luchtcampagne tegen ISIS en het trainen van "
        "Iraakse strijdkrachten, inclusief Peshmerga;"
    )
    assert len(items) == 5


def test_spans_point_into_the_text(sample_doc) -> None:
    for section in sample_doc.sections:
        if section.heading_span:
            hs = section.heading_span
            assert sample_doc.text[hs.start : hs.end] == section.heading
        for p in section.paragraphs:
            assert sample_doc.text[p.span.start : p.span.end] == p.text
        assert sample_doc.section_at(section.span.start) is section


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_encodings(tmp_path: Path, sample_text: str, sample_doc, encoding: str) -> None:
    text = sample_text
    if encoding == "cp1252":
        # characters cp1252 lacks would not survive a real cp1252 file either
        text = text.replace("–", "-")
    path = tmp_path / f"letter-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    doc = load_document(path)
    assert [s.heading for s in doc.sections] == [s.heading for s in sample_doc.sections]
    assert "geïnformeerd" in doc.text and "Syrië" in doc.text and "«kalifaat»" in doc.text
    assert doc.meta.date == dt.date(2016, 9, 9)


def test_crlf_line_endings(tmp_path: Path, sample_text: str, sample_doc) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(sample_text.replace("\n", "\r\n").encode("utf-8"))
    assert load_document(path).text == sample_doc.text


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("Den Haag, 11 september 2017", dt.date(2017, 9, 11)),
        # a letter as a ministry sends it (Word, PDF) dates itself in its header
        ("Datum 11 september 2017\nBetreft Verlenging van de bijdrage", dt.date(2017, 9, 11)),
        ("Datum: 11 september 2017", dt.date(2017, 9, 11)),
        ("Den Haag, 11-9-2017", dt.date(2017, 9, 11)),
        ("Datum 11/09/2017", dt.date(2017, 9, 11)),
        # the header's label apart from its value (a text box, a column of a PDF, a table's cells)
        ("Datum\n\n11 september 2017", dt.date(2017, 9, 11)),
        ("Datum | 11 september 2017", dt.date(2017, 9, 11)),
        ("Datum\n\n11 september 2017 is de dag van het besluit", None),
        ("Datum\n\nBetreft de bijdrage\n\n11 september 2017", None),
        ("Den Haag, 31-4-2017", None),
        # a date in the running text is not the letter's own
        ("datum 1 mei 2017 is genoemd", None),
        ("Datum van inwerkingtreding 1 januari 2017", None),
    ],
)
def test_the_letters_own_date(tmp_path: Path, header: str, date: dt.date | None) -> None:
    path = tmp_path / "brief.txt"
    text = f"Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n{header}\n\nOp 29 april jl. is besloten.\n"
    path.write_text(text, encoding="utf-8")
    assert load_document(path).meta.date == date


def test_the_head_of_a_ministry_letter_is_no_section(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    head = [
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Postbus 20018",
        "2500 EA DEN HAAG",
        "Datum 11 september 2017",
        "Betreft Verlenging van de bijdrage",
        "Ons kenmerk BS2017021234",
        "Onze referentie BS2017021234",
        "Uw kenmerk 2017Z01234",
        "Contactpersoon J. de Vries",
        "Geachte voorzitter,",
    ]
    text = "\n\n".join([*head, "Financiën", "De kosten.\n"])
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    assert [s.heading for s in doc.sections] == ["", "Financiën"]
    # as the Word loader reads the head table: the addressee and the place and date stay (qa15 D3)
    assert [p.text for p in doc.sections[0].paragraphs] == [
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Den Haag, 11 september 2017",
        "Geachte voorzitter,",
    ]


def test_a_top_level_heading_renamed_by_a_word_or_two_stays_top_level(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from viewer.core.load.outline import HeadingLayout, infer_levels

    headings = ["Essentie", "Militaire aspecten", "Haalbaarheid", "Duur en omvang van de deelname", "Financiën"]
    levels = infer_levels([HeadingLayout(h, False) for h in headings])
    assert levels == [1, 1, 2, 1, 1]
    # a sub-heading that names a top-level heading and a place stays below it
    headings = ["Humanitaire hulp", "Humanitaire hulp Libanon en Jordanië"]
    assert infer_levels([HeadingLayout(h, False) for h in headings]) == [1, 2]
