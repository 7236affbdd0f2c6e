"""How exports tell the two facts of a changed pair apart, and what the summary's header says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.comparison import Comparison
from viewer.core.export.summary import render_summary
from viewer.core.export.words import pair_labels
from viewer.core.facts.model import Fact
from viewer.core.load import load_document

LETTER = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, {date}

Evaluatie

{body}
"""


def _compare(tmp_path: Path, old: tuple[str, str], new: tuple[str, str]) -> Comparison:
    paths = []
    for name, (date, body) in (("oud.txt", old), ("nieuw.txt", new)):
        path = tmp_path / name
        path.write_text(LETTER.format(date=date, body=body), encoding="utf-8")
        paths.append(path)
    return compare_documents(load_document(paths[0]), load_document(paths[1]))


def _date(text: str, value: str, role: str | None) -> Fact:
    return Fact("date", text, value, role, False, ("Evaluatie",), 1, f"Zie {text}.", 0)


@pytest.mark.parametrize(
    ("old", "new", "lang", "expected"),
    [
        # the same words a year apart: the days they stand for
        (
            _date("29 april jl.", "2016-04-29", None),
            _date("29 april jl.", "2017-04-29", None),
            "nl",
            ("29 april jl. (29 april 2016)", "29 april jl. (29 april 2017)"),
        ),
        (
            _date("juli", "2016-07", None),
            _date("juli", "2017-07", None),
            "en",
            ("juli (July 2016)", "juli (July 2017)"),
        ),
        # the same day, another role
        (
            _date("1 juli 2017", "2017-07-01", "deadline"),
            _date("1 juli 2017", "2017-07-01", "start"),
            "nl",
            ("1 juli 2017 (einddatum)", "1 juli 2017 (begindatum)"),
        ),
        # a role lost is said in words, not as "(-)"
        (
            _date("1 april 2017", "2017-04-01", "deadline"),
            _date("1 april 2017", "2017-04-01", None),
            "nl",
            ("1 april 2017 (einddatum)", "1 april 2017 (geen einddatum)"),
        ),
        (
            _date("1 mei 2017", "2017-05-01", None),
            _date("1 mei 2017", "2017-05-01", "start"),
            "en",
            ("1 mei 2017 (no start date)", "1 mei 2017 (start date)"),
        ),
        # different words say enough
        (
            _date("1 juli 2017", "2017-07-01", None),
            _date("1 januari 2018", "2018-01-01", None),
            "nl",
            ("1 juli 2017", "1 januari 2018"),
        ),
        # ... unless they do not say which day: "volgend jaar" in a letter of 2016 is 2017
        (
            Fact("date", "eind volgend jaar", "2017", "deadline", True, ("Evaluatie",), 1, "Zie.", 0),
            Fact("date", "eind 2018", "2018", "deadline", True, ("Evaluatie",), 1, "Zie.", 0),
            "nl",
            ("eind volgend jaar (2017)", "eind 2018"),
        ),
        (
            _date("29 april jl.", "2016-04-29", None),
            _date("1 mei 2017", "2017-05-01", None),
            "en",
            ("29 april jl. (29 April 2016)", "1 mei 2017"),
        ),
    ],
)
def test_a_pair_with_the_same_words_says_what_differs(
    old: Fact, new: Fact, lang: str, expected: tuple[str, str]
) -> None:
    assert pair_labels(old, new, lang) == expected


def test_the_summary_tells_same_words_apart_and_shows_a_commitments_changed_words(tmp_path: Path) -> None:
    body = "De minister zal uw Kamer over de evaluatie informeren; de inzet loopt {0} 1 juli 2017, zoals gepland."
    c = _compare(tmp_path, ("9 september 2016", body.format("tot")), ("9 september 2016", body.format("vanaf")))
    lines = [" ".join(line.split()) for line in render_summary(c).split("Feiten:\n", 1)[1].splitlines()]
    assert "datum 1 juli 2017 (begindatum) (was: 1 juli 2017 (einddatum)) [Evaluatie]" in lines
    (commitment,) = [line for line in lines if line.startswith("toezegging")]
    assert "vanaf" in commitment and "tot" in commitment
    assert "De minister zal uw Kamer" not in commitment  # the changed words, not the whole sentence twice


def test_the_summary_header_dates_the_letters_in_words_and_counts_the_facts(tmp_path: Path) -> None:
    body = "Nederland stelt 155 militairen beschikbaar."
    c = _compare(tmp_path, ("9 september 2016", body), ("11 september 2017", body.replace("155", "180")))
    head = render_summary(c).splitlines()
    assert "nr." not in head[0] and "9 september 2016" in head[0] and "11 september 2017" in head[0]
    assert head[2] == "Feiten: 0 ongewijzigd, 3 gewijzigd, 0 nieuw, 0 vervallen"
    assert render_summary(c, "en").splitlines()[2] == "Facts: 0 unchanged, 3 changed, 0 new, 0 dropped"
    assert dt.date(2016, 9, 9).isoformat() not in render_summary(c)


def test_a_new_or_dropped_date_says_the_day_its_words_leave_out(tmp_path: Path) -> None:
    """ "nieuw: juli" alone does not say which July; "juli (juli 2017)" does. Words that say it
    ("eind 2017", "1 mei 2017") stand alone."""
    old_body = "Op 29 april jl. sprak de minister met de coalitie. Eind 2017 volgt de evaluatie."
    new_body = (
        "In juli werd Mosul bevrijd. Uw Kamer wordt voor het zomerreces geïnformeerd. Op 1 mei 2018 start de missie."
    )
    c = _compare(tmp_path, ("9 september 2016", old_body), ("11 september 2017", new_body))
    lines = {" ".join(line.split()) for line in render_summary(c).split("Feiten:\n", 1)[1].splitlines()}
    assert "datum nieuw: juli (juli 2017) [Evaluatie]" in lines
    assert "datum nieuw: voor het zomerreces (2018) [Evaluatie]" in lines
    assert "datum nieuw: 1 mei 2018 [Evaluatie]" in lines
    assert "datum vervallen: 29 april jl. (29 april 2016) [Evaluatie]" in lines
    assert "datum vervallen: Eind 2017 [Evaluatie]" in lines
    english = {" ".join(line.split()) for line in render_summary(c, "en").split("Facts:\n", 1)[1].splitlines()}
    assert "date new: juli (July 2017) [Evaluatie]" in english


def test_the_report_says_the_day_of_a_new_dates_words(tmp_path: Path) -> None:
    from viewer.core.export.html_report import render_html

    c = _compare(
        tmp_path, ("9 september 2016", "De missie gaat door."), ("11 september 2017", "In juli werd Mosul bevrijd.")
    )
    page = render_html(c)
    assert "juli (juli 2017)" in page


@pytest.mark.parametrize(
    ("text", "value", "end"),
    [
        ("9–10 mei 2017", "2017-05-09", "2017-05-10"),
        ("maart, april en mei 2017", "2017-03", "2017-05"),
        ("01-07-2017", "2017-07-01", None),
        ("Prinsjesdag 2017", "2017-09-19", None),
    ],
)
def test_words_with_their_year_need_no_bracket(text: str, value: str, end: str | None) -> None:
    """A bracket after a range that names its year would suggest a single day ("9–10 mei 2017 (9 mei 2017)")."""
    from viewer.core.export.words import with_its_day

    fact = Fact("date", text, value, None, False, ("Evaluatie",), 1, f"Zie {text}.", 0, end=end)
    assert with_its_day(fact, "nl") == text


def test_a_range_without_its_year_shows_its_first_and_last_day() -> None:
    from viewer.core.export.words import with_its_day

    fact = Fact(
        "date",
        "9 en 10 mei jl.",
        "2016-05-09",
        None,
        False,
        ("Evaluatie",),
        1,
        "Op 9 en 10 mei jl.",
        3,
        end="2016-05-10",
    )
    assert with_its_day(fact, "nl") == "9 en 10 mei jl. (9 mei 2016 – 10 mei 2016)"
    assert with_its_day(fact, "en") == "9 en 10 mei jl. (9 May 2016 – 10 May 2016)"


def test_the_first_amount_of_a_range_says_its_amount(tmp_path: Path) -> None:
    comparison = _compare(
        tmp_path,
        ("9 september 2016", "De kosten bedragen 3 tot 4 miljoen euro."),
        ("9 september 2016", "De kosten bedragen 2 tot 4 miljoen euro."),
    )
    summary = render_summary(comparison)
    assert "2 (2 miljoen euro)  (was: 3 (3 miljoen euro))" in summary
    english = render_summary(comparison, lang="en")
    assert "2 (2 million euros)" in english


def test_an_amount_with_its_sign_but_the_others_scale_says_its_amount(tmp_path: Path) -> None:
    comparison = _compare(
        tmp_path,
        ("9 september 2016", "De kosten worden geraamd op € 10 tot € 15 miljoen."),
        ("9 september 2016", "De kosten worden geraamd op € 12 tot € 15 miljoen."),
    )
    assert "€ 12 (12 miljoen euro)  (was: € 10 (10 miljoen euro))" in render_summary(comparison)


def test_an_amount_that_says_itself_stays_as_printed(tmp_path: Path) -> None:
    comparison = _compare(
        tmp_path,
        ("9 september 2016", "De kosten bedragen € 500.000 voor de opvang."),
        ("9 september 2016", "De kosten bedragen € 700.000 voor de opvang."),
    )
    assert "€ 700.000  (was: € 500.000)" in render_summary(comparison)


def test_an_amount_says_the_year_it_is_for(tmp_path: Path) -> None:
    # a budget rolled forward a year: without the years, "vervallen: 110 miljoen euro" beside
    # "110 miljoen euro (was: 90 miljoen euro)" cannot be read
    comparison = _compare(
        tmp_path,
        (
            "6 maart 2017",
            "Voor 2017 is 110 miljoen euro beschikbaar, voor 2018 is 100 miljoen euro en voor 2019 90 miljoen euro.",
        ),
        (
            "13 maart 2018",
            "Voor 2018 is 100 miljoen euro beschikbaar, voor 2019 is 110 miljoen euro en voor 2020 100 miljoen euro.",
        ),
    )
    summary = render_summary(comparison)
    assert "vervallen: 110 miljoen euro (2017)" in summary
    assert "110 miljoen euro (2019)  (was: 90 miljoen euro (2019))" in summary
    assert "nieuw: 100 miljoen euro (2020)" in summary


def test_a_letter_without_its_date_is_said_to_be_so(tmp_path: Path) -> None:
    comparison = _compare(
        tmp_path,
        ("9 september 2016", "Op 20 juni jl. sprak de minister met de commandant."),
        ("", "Op 20 juni jl. sprak de minister met de commandant."),
    )
    lines = render_summary(comparison).splitlines()
    assert lines[3].startswith("Let op: de datum van de nieuwe brief is niet gevonden")
    assert not any("oude brief is niet gevonden" in line for line in lines)
    assert "the new letter's own date was not found" in render_summary(comparison, lang="en")


def test_a_dated_letter_is_no_news() -> None:
    from viewer.core.compare import compare_documents
    from viewer.core.load import load_document

    sample = Path(__file__).resolve().parents[3] / "resources" / "samples" / "kst-27925-597.txt"
    doc = load_document(sample)
    assert "niet gevonden" not in render_summary(compare_documents(doc, doc))
