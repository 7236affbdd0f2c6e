"""The PDF loader on real PDFs: the sample letter typeset by Qt must load as the text version does."""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2
import pytest

from viewer.core.compare import compare_documents
from viewer.core.document import Document
from viewer.core.errors import LoadError
from viewer.core.load import load_document
from viewer.core.load import pdf as pdf_loader
from viewer.core.load.pdf_layout import drop_margins
from viewer.core.load.pdf_lines import Line
from viewer.core.load.source import Source

from render_binary import document_html, ministry_column, render_pdf, render_pdf_html

# Layouts a PDF letter comes in: justified or ragged, with or without space between
# paragraphs, headings set larger (h2..h4) or as bold body-size lines, with or without footer,
# narrower beside a ministry's column (sender, date, reference, page number on every page).
LAYOUTS: dict[str, dict[str, object]] = {
    "justified": {},
    "ragged": {"justify": False},
    "justified-no-spacing": {"spacing": False},
    "ragged-no-spacing-bold-headings": {"justify": False, "spacing": False, "bold_headings": True},
    "ragged-no-spacing": {"justify": False, "spacing": False},
    "bold-headings-no-footer": {"bold_headings": True, "footer": False},
    "ministry-column": {"column": ministry_column},
    "two-columns-ragged": {"columns": 2, "justify": False},
    "two-columns-ragged-no-spacing": {"columns": 2, "justify": False, "spacing": False},
}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory, sample_doc: Document) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    return {name: render_pdf(sample_doc, folder / f"{name}.pdf", **options) for name, options in LAYOUTS.items()}


@pytest.fixture(scope="module")
def loaded(rendered: dict[str, Path]) -> dict[str, Document]:
    return {name: load_document(path) for name, path in rendered.items()}


def outline(doc: Document) -> list[tuple[int, str, tuple[str, ...]]]:
    return [(s.level, s.heading, s.path) for s in doc.sections]


def words_per_section(doc: Document) -> list[list[str]]:
    return [" ".join(p.text for p in s.paragraphs).split() for s in doc.sections]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_same_headings_levels_and_paths_as_the_text(
    loaded: dict[str, Document], sample_doc: Document, layout: str
) -> None:
    assert outline(loaded[layout]) == outline(sample_doc)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_same_words_in_every_section(loaded: dict[str, Document], sample_doc: Document, layout: str) -> None:
    doc = loaded[layout]
    assert words_per_section(doc) == words_per_section(sample_doc)
    assert " ".join(doc.text.split()) == " ".join(sample_doc.text.split())


def test_metadata_from_title_block_footer_and_date_line(loaded: dict[str, Document], sample_doc: Document) -> None:
    meta = loaded["justified"].meta
    assert meta.format == "pdf"
    assert meta.path.endswith("justified.pdf")
    assert (meta.title, meta.dossier, meta.number, meta.date) == (
        sample_doc.meta.title,
        "27 925",
        "597",
        sample_doc.meta.date,
    )


def test_a_ministrys_column_beside_the_text_is_not_read_into_it(loaded: dict[str, Document]) -> None:
    doc = loaded["ministry-column"]
    for furniture in ("Onze referentie", "BS2016021234", "Pagina", "Postbus", "Plein 4"):
        assert furniture not in doc.text
    # the narrower text wraps the title over four lines, one of them set apart: still the title
    assert doc.meta.title == loaded["justified"].meta.title


def test_a_letter_dated_only_in_the_column_beside_it(tmp_path: Path) -> None:
    # justified, as a ministry sets its letters: lines that stop well short of the column would
    # make pdfium read the page as vertical text (a page mostly empty across, full down)
    paragraphs = [
        f"Op 29 april jl. is alinea {i} over de strijd tegen ISIS geschreven, met de coalitie en haar "
        "partners in Irak en Syrië, in het kader van de bevordering van de internationale rechtsorde."
        for i in range(1, 40)
    ]
    markup = _html("".join(f"<p align='justify'>{text}</p>" for text in paragraphs))
    path = render_pdf_html(markup, tmp_path / "kolom.pdf", column=ministry_column)
    with pypdfium2.PdfDocument(path) as pdf:
        assert len(pdf) >= 3
    doc = load_document(path)
    assert [p.text for s in doc.sections for p in s.paragraphs] == paragraphs
    assert doc.meta.date is not None and doc.meta.date.isoformat() == "2016-09-09"


def test_without_running_footer_the_dossier_is_unknown(loaded: dict[str, Document]) -> None:
    meta = loaded["bold-headings-no-footer"].meta
    assert meta.number == "597"  # still in the "Nr. 597 BRIEF VAN ..." title
    assert meta.dossier is None


def test_justified_paragraphs_are_found_from_the_layout(loaded: dict[str, Document], sample_doc: Document) -> None:
    expected = [p.text for s in sample_doc.sections for p in s.paragraphs]
    assert [p.text for s in loaded["justified"].sections for p in s.paragraphs] == expected
    # without space between paragraphs only the short last line of each shows where it ends
    tight = {p.text for s in loaded["justified-no-spacing"].sections for p in s.paragraphs}
    assert sum(text in tight for text in expected) >= 0.9 * len(expected)


def test_ragged_paragraphs_kept(loaded: dict[str, Document], sample_doc: Document) -> None:
    expected = [p.text for s in sample_doc.sections for p in s.paragraphs]
    # a signature's lines close no sentence; at a page break they ran into one paragraph
    assert [p.text for s in loaded["ragged"].sections for p in s.paragraphs] == expected
    found = {p.text for s in loaded["ragged-no-spacing"].sections for p in s.paragraphs}
    assert sum(text in found for text in expected) >= 0.95 * len(expected)


@pytest.mark.parametrize("layout", ["ragged", "ragged-no-spacing", "ragged-no-spacing-bold-headings"])
def test_ragged_letter_keeps_its_salutation_and_date_line(
    loaded: dict[str, Document], sample_doc: Document, layout: str
) -> None:
    # set left-aligned with no space between paragraphs, the salutation and "Den Haag, 9 september
    # 2016" close no sentence: they ran into the first paragraph, and the letter lost its date
    doc = loaded[layout]
    opening = [p.text for p in doc.sections[0].paragraphs]
    assert opening == [p.text for p in sample_doc.sections[0].paragraphs]
    assert doc.meta.date == sample_doc.meta.date
    comparison = compare_documents(sample_doc, doc)
    assert [p.status for p in comparison.sections] == ["same"] * len(sample_doc.sections)
    assert [pair.status for pair in comparison.facts] == ["unchanged"] * len(comparison.facts)


@pytest.mark.parametrize("layout", ["two-columns-ragged", "two-columns-ragged-no-spacing"])
def test_two_column_letter_compares_unchanged(loaded: dict[str, Document], sample_doc: Document, layout: str) -> None:
    # Each column has its own right margin: measured against the right column's, every line of the
    # left one stopped well short of it and ended its paragraph (22 of 34 sections changed, and
    # facts lost); a paragraph running on into the next column is one paragraph.
    doc = loaded[layout]
    comparison = compare_documents(sample_doc, doc)
    assert [p.status for p in comparison.sections] == ["same"] * len(sample_doc.sections)
    assert [pair.status for pair in comparison.facts] == ["unchanged"] * len(comparison.facts)


def test_two_column_paragraphs_kept(loaded: dict[str, Document], sample_doc: Document) -> None:
    expected = [p.text for s in sample_doc.sections for p in s.paragraphs]
    assert [p.text for s in loaded["two-columns-ragged"].sections for p in s.paragraphs] == expected


def test_running_footer_and_page_furniture_removed(loaded: dict[str, Document]) -> None:
    for doc in loaded.values():
        assert "vergaderjaar" not in doc.text
        assert "Nr. 597" not in doc.text


@pytest.mark.parametrize("footer", ["", "Ministerie van Defensie"])
def test_page_numbers_and_running_lines_removed(tmp_path: Path, sample_doc: Document, footer: str) -> None:
    # a bare page number under every page, or a line repeated at the foot of every page
    path = render_pdf_html(document_html(sample_doc), tmp_path / "furniture.pdf", footer=footer)
    doc = load_document(path)
    assert outline(doc) == outline(sample_doc)
    assert words_per_section(doc) == words_per_section(sample_doc)


def test_bare_page_numbers_removed_from_a_short_letter(tmp_path: Path) -> None:
    # two pages: too few to see a number repeat, but a lone number at a page's edge is furniture
    paragraphs = [
        f"Dit is alinea {i} over de strijd tegen ISIS{' en haar bondgenoten' * (i % 4)}." for i in range(1, 61)
    ]
    path = render_pdf_html(_html("".join(f"<p>{text}</p>" for text in paragraphs)), tmp_path / "kort.pdf", footer="")
    with pypdfium2.PdfDocument(path) as pdf:
        assert len(pdf) == 2
    doc = load_document(path)
    assert [p.text for s in doc.sections for p in s.paragraphs] == paragraphs


def _html(body: str) -> str:
    style = "p { margin-top: 0; margin-bottom: 8px; }"
    return f"<html><head><style>{style}</style></head><body>{body}</body></html>"


def test_words_broken_at_a_line_end(tmp_path: Path) -> None:
    # pdfium joins a line ending in a hyphen to the next; the loader splits it again so that
    # the copied-text rules decide, with the document as dictionary, as for the text version.
    path = render_pdf_html(
        _html(
            "<p>Den Haag, 1 maart 2017</p>"
            "<p>De strijdkrachten hebben een tegenof-<br>fensief ingezet met coalitie-<br>eenheden. "
            "De trainingsin-<br>spanningen gaan door, naast preventie-<br>en repressieactiviteiten.</p>"
        ),
        tmp_path / "hyphens.pdf",
    )
    text = load_document(path).text
    assert "tegenoffensief" in text
    assert "coalitie-eenheden" in text
    assert "trainingsinspanningen" in text
    assert "preventie- en repressieactiviteiten" in text


def test_compounds_broken_at_their_hyphen(tmp_path: Path) -> None:
    # the PDF breaks a compound at its own hyphen: the hyphen stays, with no space after it
    path = render_pdf_html(
        _html(
            "<p>Den Haag, 1 maart 2017</p>"
            "<p>De regering zegt geen 48-<br>uurpauze toe. Op de Syrië-<br>conferentie worden assist-<br>teams "
            "genoemd voor air-to-air-<br>refueling.</p>"
            # the letter itself is the dictionary: it writes these words so elsewhere
            "<p>Na de Syrië-conferentie volgen assist-teams en air-to-air refueling.</p>"
        ),
        tmp_path / "compounds.pdf",
    )
    text = load_document(path).text
    assert (
        "geen 48-uurpauze toe. Op de Syrië-conferentie worden assist-teams genoemd voor air-to-air-refueling." in text
    )


def test_typography_decides_headings(tmp_path: Path) -> None:
    path = render_pdf_html(
        _html(
            "<p>Den Haag, 1 maart 2017</p>"
            "<p><b>1. Inleiding</b></p>"  # numbered: the text rules alone take it for a list item
            "<p>Sindsdien is de strijd voortgezet.</p>"
            "<p><b>Essentie</b></p>"
            "<p>Een korte alinea zonder punt</p>"  # short and unpunctuated, but set as body text
            "<p>De Minister van Defensie</p>"
            "<p><i>Vooruitblik</i></p>"  # italic marks a heading too
            "<p>De inzet wordt voortgezet.</p>"
            "<p style='margin-bottom: 0'><b>Financiën</b></p>"  # no gap before the text that follows
            "<p>De kosten zijn geraamd op 26,5 miljoen euro.</p>"
        ),
        tmp_path / "typography.pdf",
    )
    doc = load_document(path)
    assert [s.heading for s in doc.sections] == ["", "1. Inleiding", "Essentie", "Vooruitblik", "Financiën"]
    essentie = doc.sections[2]
    assert [p.text for p in essentie.paragraphs] == ["Een korte alinea zonder punt", "De Minister van Defensie"]
    assert doc.sections[4].paragraphs[0].text == "De kosten zijn geraamd op 26,5 miljoen euro."


def test_reads_the_bytes_never_the_file(rendered: dict[str, Path], sample_doc: Document) -> None:
    data = rendered["justified"].read_bytes()
    doc = pdf_loader.load_pdf(Source("nergens/brief.pdf", data))
    assert doc.meta.path == "nergens/brief.pdf"
    assert outline(doc) == outline(sample_doc)


def test_pdfium_document_closed_after_success_and_failure(
    monkeypatch: pytest.MonkeyPatch, rendered: dict[str, Path]
) -> None:
    closed: list[bool] = []

    class Tracked(pypdfium2.PdfDocument):  # type: ignore[misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self.index = len(closed)
            closed.append(False)

        def close(self) -> None:
            closed[self.index] = True
            super().close()

    monkeypatch.setattr(pypdfium2, "PdfDocument", Tracked)
    load_document(rendered["justified"])
    monkeypatch.setattr(pdf_loader, "MAX_CHARS", 100)
    with pytest.raises(LoadError, match="tekens"):
        load_document(rendered["justified"])
    assert closed == [True, True]


def test_pdfium_used_by_one_load_at_a_time(monkeypatch: pytest.MonkeyPatch, rendered: dict[str, Path]) -> None:
    held: list[bool] = []

    class Watched(pypdfium2.PdfDocument):  # type: ignore[misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            held.append(pdf_loader._PDFIUM.locked())
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(pypdfium2, "PdfDocument", Watched)
    load_document(rendered["justified"])
    assert held == [True]


def test_loads_from_several_threads_at_once(rendered: dict[str, Path], sample_doc: Document) -> None:
    # pdfium is not thread-safe; the loader serialises its use
    results: list[Document] = []
    errors: list[BaseException] = []

    def load() -> None:
        try:
            results.append(load_document(rendered["ragged"]))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=load) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(results) == 4
    assert all(doc.text == results[0].text for doc in results)
    assert outline(results[0]) == outline(sample_doc)


def _line(text: str, left: float, right: float, baseline: float, page: int = 0) -> Line:
    return Line(text, page, baseline, 10.0, right, left, 20.0, False)


def test_a_second_column_of_text_is_not_taken_for_a_margins_column() -> None:
    # two columns of text, as a newspaper sets them: the right one starts beyond where the left
    # one ends, yet it is half the text, not a ministry's column of sender and date
    left = [_line(f"links regel {i} van de eerste kolom met wat meer tekst", 72, 280, 760 - 12 * i) for i in range(50)]
    right = [_line(f"rechts regel {i} van de tweede kolom tekst", 300, 520, 760 - 12 * i) for i in range(50)]
    pages, margins = drop_margins([left + right])
    assert len(pages[0]) == 100 and margins.beside == []
    # a few short lines beside the text are a margin's column
    column = [_line(text, 420, 500, 760 - 10 * i) for i, text in enumerate(["Datum", "9 september 2016"])]
    body = [_line(f"regel {i} van de tekst die tot de rechterkant loopt", 72, 400, 760 - 12 * i) for i in range(50)]
    pages, margins = drop_margins([body + column])
    assert len(pages[0]) == 50 and margins.beside == ["Datum", "9 september 2016"]
