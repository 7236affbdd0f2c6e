"""The facts as CSV for a Dutch Excel: every pair, ";" between cells, no formula that could run."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.comparison import Comparison
from viewer.core.document import Document, Metadata
from viewer.core.export.csv_export import neutralise, render_csv
from viewer.core.facts.model import Fact, FactPair
from viewer.core.load import load_document

import revisions as rev

DATA = Path(__file__).parents[2] / "data" / "pairing"

HEADER_NL = [
    "soort",
    "status",
    "oud",
    "nieuw",
    "oude waarde",
    "nieuwe waarde",
    "oude eenheid",
    "nieuwe eenheid",
    "jaar (oud)",
    "jaar (nieuw)",
    "sectie",
    "oude zin",
    "nieuwe zin",
]
HEADER_EN = [
    "kind",
    "status",
    "old",
    "new",
    "old value",
    "new value",
    "old unit",
    "new unit",
    "year (old)",
    "year (new)",
    "section",
    "old sentence",
    "new sentence",
]


def parse(text: str) -> list[list[str]]:
    """Read the CSV back the way a spreadsheet does: BOM first, ";" between cells, CRLF rows."""
    assert text.startswith("\ufeff")
    assert "\n" not in text.replace("\r\n", "")  # every line ends in CRLF (no cell here holds a line break)
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))


def row_of(rows: list[list[str]], kind: str, status: str) -> list[list[str]]:
    return [row for row in rows[1:] if row[0] == kind and row[1] == status]


@pytest.fixture(scope="module")
def rows(demo: Comparison) -> list[list[str]]:
    return parse(render_csv(demo))


def test_header_and_one_row_per_fact_pair(demo: Comparison, rows: list[list[str]]) -> None:
    assert rows[0] == HEADER_NL
    assert len(rows) - 1 == len(demo.facts) == 157
    assert all(len(row) == len(HEADER_NL) for row in rows)
    # a fact is "nieuw" or "vervallen", as the viewer's facts table says (a section is "toegevoegd")
    words = {"unchanged": "ongewijzigd", "changed": "gewijzigd", "added": "nieuw", "removed": "vervallen"}
    assert Counter(row[1] for row in rows[1:]) == {
        words[k]: n for k, n in Counter(p.status for p in demo.facts).items()
    }
    assert {row[0] for row in rows[1:]} == {"troepen", "geld", "datum", "toezegging"}


def test_the_changed_troop_number(rows: list[list[str]]) -> None:
    (troops,) = row_of(rows, "troepen", "gewijzigd")
    _, _, old, new, old_value, new_value, old_unit, new_unit, _, _, section, old_sentence, new_sentence = troops
    assert (old, new, old_value, new_value) == ("155 militairen", "180 militairen", "155", "180")
    assert old_unit == new_unit == "militairen"
    assert section == "Duur van de deelname"
    assert old_sentence == (
        "Nederland stelt vanaf oktober 2016 155 militairen beschikbaar ten behoeve van training "
        "tot en met 31 december 2017)."
    )
    assert new_sentence == old_sentence.replace("155", "180")


def test_added_removed_and_unchanged_rows(rows: list[list[str]]) -> None:
    (money,) = row_of(rows, "geld", "nieuw")
    assert money[2:8] == ["", "12 miljoen euro", "", "12000000", "", "EUR"]
    assert money[10] == "Humanitaire hulp / Libanon en Jordanië"
    assert money[11] == ""
    (dropped,) = [r for r in row_of(rows, "toezegging", "vervallen") if r[2].startswith("Tot slot")]
    assert dropped[3] == dropped[5] == dropped[7] == dropped[12] == "" and dropped[10] == "Essentie"
    (deadline,) = row_of(rows, "datum", "gewijzigd")
    assert deadline[2:8] + deadline[10:11] == [
        "1 juli 2017",
        "1 januari 2018",
        "2017-07-01",
        "2018-01-01",
        "einddatum",  # a date's role in words, on each side
        "einddatum",
        "Duur van de deelname",
    ]
    opening = rows[1]  # the letter's date, in the untitled opening
    assert opening[:8] + opening[10:11] == [
        "datum",
        "ongewijzigd",
        "9 september 2016",
        "9 september 2016",
        "2016-09-09",
        "2016-09-09",
        "",
        "",
        "(opening)",
    ]
    billions = [r for r in rows if r[2] == "3,6 miljard dollar"]
    assert billions and billions[0][4:8] == ["3600000000", "3600000000", "USD", "USD"]


def test_english_words(demo: Comparison) -> None:
    rows = parse(render_csv(demo, "en"))
    assert rows[0] == HEADER_EN
    (troops,) = row_of(rows, "troops", "changed")
    assert troops[2:4] == ["155 militairen", "180 militairen"]
    assert row_of(rows, "commitment", "dropped") and row_of(rows, "money", "new")


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_that_could_start_a_formula_becomes_text(start: str) -> None:
    assert neutralise(f'{start}HYPERLINK("http://x")') == f'\'{start}HYPERLINK("http://x")'


def test_ordinary_cells_stay_as_they_are() -> None:
    for cell in ("155 militairen", "Nederland stelt", "", "'al tekst", "a=b", "Syrië"):
        assert neutralise(cell) == cell


def test_a_revised_letter_cannot_smuggle_in_a_formula(tmp_path: Path, sample_doc: Document) -> None:
    new = rev.replace(
        rev.original(),
        "Nederland stelt vanaf oktober 2016 155 militairen",
        "-Nederland stelt vanaf oktober 2016 155 militairen",
    )
    path = tmp_path / "nieuw.txt"
    path.write_text(new, encoding="utf-8")
    rows = parse(render_csv(compare_documents(sample_doc, load_document(path))))
    (changed,) = row_of(rows, "toezegging", "gewijzigd")
    assert changed[2].startswith("Nederland stelt") and changed[11].startswith("Nederland stelt")
    for cell in (changed[3], changed[5], changed[12]):  # text, value (the sentence) and sentence
        assert cell.startswith("'-Nederland stelt vanaf oktober 2016 155 militairen")
    assert not [cell for row in rows for cell in row if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]


def _fact(text: str, value: int | float | str, section: tuple[str, ...] = ("Financiën",)) -> Fact:
    return Fact("money", text, value, "EUR", False, section, 1, f"{text} is het bedrag.", 0)


def _letters() -> tuple[Document, Document]:
    meta = Metadata(path="brief.txt", format="text", date=dt.date(2024, 1, 1))
    return Document(meta, ""), Document(meta, "")


def test_hand_made_formulas_numbers_and_decimal_commas() -> None:
    old, new = _letters()
    pairs = (
        FactPair("money", "changed", _fact("26,5 miljoen", 26.5), _fact("=1+1", 27.25, ("@kop", "+sub"))),
        FactPair("money", "added", None, _fact("tekort", -5)),
        FactPair("money", "removed", _fact("3 euro", 3.0), None),
    )
    comparison = Comparison(old, new, (), pairs)
    rows = parse(render_csv(comparison))
    assert rows[1][2:8] + rows[1][10:11] == ["26,5 miljoen", "'=1+1", "26,5", "27,25", "EUR", "EUR", "'@kop / +sub"]
    assert rows[1][12] == "'=1+1 is het bedrag."
    # a number written by the export is a number, not a formula: a minus stays a minus
    assert rows[2][5] == "-5"
    assert rows[3][4] == "3"
    english = parse(render_csv(comparison, "en"))
    assert english[1][4:6] == ["26.5", "27.25"]


def test_a_role_or_a_currency_that_changed_shows_on_its_side(tmp_path: Path, sample_doc: Document) -> None:
    new = rev.replace(rev.original(), "pakket van 21,4 miljoen euro", "pakket van 21,4 miljoen dollar")
    path = tmp_path / "nieuw.txt"
    path.write_text(new, encoding="utf-8")
    rows = parse(render_csv(compare_documents(sample_doc, load_document(path))))
    (money,) = row_of(rows, "geld", "gewijzigd")
    assert money[4:8] == ["21400000", "21400000", "EUR", "USD"]


def test_an_amount_says_the_year_it_is_for_on_each_side() -> None:
    # "Voor 2016 betreffen de uitgaven 5,5 miljoen euro, voor 2017 21 miljoen euro ...": the sentence
    # cell names three years; the summary said "(2016)", the CSV did not say which
    old = load_document(DATA / "budget-reworded-a.txt")
    new = load_document(DATA / "budget-reworded-b.txt")
    comparison = compare_documents(old, new)
    for lang, header in (("nl", HEADER_NL), ("en", HEADER_EN)):
        rows = parse(render_csv(comparison, lang))
        at = header.index("jaar (oud)" if lang == "nl" else "year (old)")
        money = [(row[2], row[3], row[at], row[at + 1]) for row in rows[1:] if row[0] in ("geld", "money")]
        assert money == [
            ("5,5 miljoen euro", "5,8 miljoen euro", "2016", "2016"),
            ("21 miljoen euro", "23 miljoen euro", "2017", "2017"),
            ("22 miljoen euro", "22 miljoen euro", "2018", "2018"),
        ]
    # a date or a count has no year cell: its words say it
    assert {row[8] for row in parse(render_csv(comparison))[1:] if row[0] != "geld"} == {""}
