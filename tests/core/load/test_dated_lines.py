"""A line that states a period or a deadline is text to be read, not a heading, in every format.

"Inzetperiode 1 januari 2017 t/m 31 december 2017" on a line of its own read as a heading: the
section around it was split in two and both dates were lost to the facts.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from viewer.core.facts import extract_facts
from viewer.core.load import load_document

from render_binary import render_pdf_html

_HEAD = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 9 september 2016\n\n"
_BODY = (
    "Essentie\n\n"
    "Het kabinet heeft besloten de bijdrage aan de strijd tegen ISIS te verlengen.\n\n"
    "{line}\n\n"
    "Nederland levert hiervoor ongeveer 150 militairen.\n\n"
    "Financiën\n\n"
    "De kosten bedragen 26,5 miljoen euro.\n"
)


def _letter(tmp_path: Path, line: str) -> Path:
    path = tmp_path / "brief.txt"
    path.write_text(_HEAD + _BODY.format(line=line), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "line",
    [
        "Inzetperiode 1 januari 2017 t/m 31 december 2017",
        "Mandaat van 1 juli 2016 tot en met 31 december 2017",
        "Looptijd 1 januari 2017 – 30 juni 2017",
        "Uiterlijk 1 maart 2017 ontvangt uw Kamer de evaluatie",
        "Mandaatperiode: 1 juli 2016 – 31 december 2017",
    ],
)
def test_a_line_stating_a_period_or_deadline_is_no_heading(tmp_path: Path, line: str) -> None:
    doc = load_document(_letter(tmp_path, line))
    assert [s.heading for s in doc.sections] == ["", "Essentie", "Financiën"]
    assert line in doc.text


def test_the_period_on_its_own_line_gives_its_start_and_end(tmp_path: Path) -> None:
    doc = load_document(_letter(tmp_path, "Inzetperiode 1 januari 2017 t/m 31 december 2017"))
    dates = {(f.value, f.unit) for f in extract_facts(doc) if f.kind == "date" and "Inzetperiode" in f.sentence}
    assert dates == {(dt.date(2017, 1, 1).isoformat(), "start"), (dt.date(2017, 12, 31).isoformat(), "deadline")}


@pytest.mark.parametrize(
    "line",
    [
        "NAVO-top Warschau 8-9 juli 2016",
        "Voortgang sinds 2016",
        "Tot slot",
        # a heading that names the days its section is about
        "Verlenging tot en met 31 december 2018",
        "Inzet van 1 januari tot 1 juli 2018",
        "Met ingang van 1 januari 2017 Nederlandse leiding",
    ],
)
def test_a_heading_naming_a_day_or_a_year_stays_a_heading(tmp_path: Path, line: str) -> None:
    doc = load_document(_letter(tmp_path, line))
    assert [s.heading for s in doc.sections] == ["", "Essentie", line, "Financiën"]


def test_a_bold_line_stating_a_period_in_a_pdf_is_no_heading(tmp_path: Path) -> None:
    # the typography marks it as the headings are marked; what it says overrules that
    paragraphs = [
        "<p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</p>",
        "<p>Den Haag, 9 september 2016</p>",
        "<p><b>Essentie</b></p>",
        "<p>Het kabinet heeft besloten de bijdrage aan de strijd tegen ISIS te verlengen.</p>",
        "<p><b>Inzetperiode 1 januari 2017 t/m 31 december 2017</b></p>",
        "<p>Nederland levert hiervoor ongeveer 150 militairen.</p>",
        "<p><b>Financiën</b></p>",
        "<p>De kosten bedragen 26,5 miljoen euro.</p>",
    ]
    pdf = load_document(render_pdf_html("".join(paragraphs), tmp_path / "brief.pdf"))
    assert [s.heading for s in pdf.sections] == ["", "Essentie", "Financiën"]
    assert "Inzetperiode 1 januari 2017 t/m 31 december 2017" in pdf.text
