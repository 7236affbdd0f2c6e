"""Dates: full, month and year, qualified, relative to the letter's date, ranges, roles."""

from __future__ import annotations

import datetime as dt

import pytest

from viewer.core.document import Document
from viewer.core.facts import Fact, extract_facts, pair_facts

from factkit import facts, letter


def _dates(doc: Document) -> list[Fact]:
    return [f for f in extract_facts(doc) if f.kind == "date"]


def _one(doc: Document, text: str, section: tuple[str, ...]) -> Fact:
    found = [f for f in _dates(doc) if f.text == text and f.section == section]
    assert len(found) == 1, (text, section, found)
    return found[0]


def test_letter_date_has_no_role(sample_doc: Document) -> None:
    fact = _dates(sample_doc)[0]
    assert (fact.text, fact.value, fact.unit, fact.approximate) == ("9 september 2016", "2016-09-09", None, False)
    assert fact.sentence == "Den Haag, 9 september 2016"


def test_start_from_a_month(sample_doc: Document) -> None:
    fact = _one(sample_doc, "oktober 2016", ("Duur van de deelname",))
    assert (fact.value, fact.unit, fact.approximate, fact.precision) == ("2016-10", "start", False, "month")
    assert "155 militairen" in fact.sentence


def test_deadline_tot_en_met(sample_doc: Document) -> None:
    deadlines = [f for f in _dates(sample_doc) if f.text == "31 december 2017"]
    assert [f.section for f in deadlines] == [("",), ("Essentie",), ("Duur van de deelname",)]
    assert {(f.value, f.unit, f.approximate) for f in deadlines} == {("2017-12-31", "deadline", False)}


@pytest.mark.parametrize(
    ("text", "section", "value", "unit", "approximate", "end"),
    [
        ("29 april jl.", ("Politieke aspecten",), "2016-04-29", None, False, None),
        ("4 september jl.", ("Politieke aspecten", "Regionale ontwikkelingen"), "2016-09-04", None, False, None),
        ("begin 2017", ("",), "2017", None, True, None),
        (
            "eind 2016",
            ("Militaire aspecten", "Nederlandse trainingsmissie Irak", "Voortgang training Peshmerga"),
            "2016",
            None,
            True,
            None,
        ),
        ("eind 2017", ("Financiën",), "2017", "deadline", True, None),
        ("eind mei jl.", ("Samenhang", "Ontwikkelingen militaire spoor"), "2016-05", None, True, None),
        ("begin september 2016", ("Duur van de deelname",), "2016-09", "deadline", True, None),
        ("1 juli 2017", ("Duur van de deelname",), "2017-07-01", "deadline", False, None),
        (
            "1 juli 2016",
            ("Militaire aspecten", "Inzet van F-16’s / Force Protection"),
            "2016-07-01",
            "start",
            False,
            None,
        ),
        ("najaar van 2015", ("Essentie",), "2015", None, True, None),
        ("oktober 2014", ("Essentie",), "2014-10", "start", False, None),
        ("2015", ("Politieke aspecten", "Syrië"), "2015", "start", False, None),
        ("mei jl.", ("Politieke aspecten", "Irak"), "2016-05", None, False, None),
        ("9–10 mei jl.", ("Samenhang", "Civiele sporen anti-ISIS coalitie"), "2016-05-09", None, False, "2016-05-10"),
        (
            "20 en 21 juli jl.",
            ("Samenhang", "Civiele sporen anti-ISIS coalitie"),
            "2016-07-20",
            None,
            False,
            "2016-07-21",
        ),
        ("februari en juli 2016", ("Politieke aspecten", "Syrië"), "2016-02", None, False, "2016-07"),
        ("dit najaar", ("Samenhang", "Civiele sporen anti-ISIS coalitie"), "2016", None, True, None),
        ("juli", ("Financiën",), "2016-07", "deadline", False, None),
        ("half juni", ("Humanitaire hulp", "Syrië"), "2016-06", "start", True, None),
        ("maart 2013", ("Nationale veiligheid",), "2013-03", "start", False, None),
    ],
)
def test_dates_of_the_letter(
    sample_doc: Document,
    text: str,
    section: tuple[str, ...],
    value: str,
    unit: str | None,
    approximate: bool,
    end: str | None,
) -> None:
    fact = _one(sample_doc, text, section)
    assert (fact.value, fact.unit, fact.approximate, fact.end) == (value, unit, approximate, end)
    assert sample_doc.text[fact.offset : fact.offset + len(fact.text)] == text


def test_budget_years_next_to_amounts(sample_doc: Document) -> None:
    sentence = "Voor 2016 betreffen de uitgaven 5,5 miljoen euro en voor 2017 21 miljoen euro."
    found = [(f.kind, f.text, f.value, f.unit) for f in extract_facts(sample_doc) if f.sentence == sentence]
    assert found == [
        ("date", "2016", "2016", None),
        ("money", "5,5 miljoen euro", 5.5e6, "EUR"),
        ("date", "2017", "2017", None),
        ("money", "21 miljoen euro", 21e6, "EUR"),
    ]


@pytest.mark.parametrize(
    ("sentence", "letter_date", "expected"),
    [
        ("op 29 april jl. meldden wij", dt.date(2017, 4, 4), [("29 april jl.", "2016-04-29")]),
        ("op 29 april jl. meldden wij", dt.date(2017, 9, 11), [("29 april jl.", "2017-04-29")]),
        ("op 15 december jl. besloot het kabinet", dt.date(2017, 1, 10), [("15 december jl.", "2016-12-15")]),
        ("met ingang van 1 januari a.s. geldt dit", dt.date(2016, 9, 9), [("1 januari a.s.", "2017-01-01")]),
        ("op 15 augustus was er overeenstemming", dt.date(2016, 9, 9), [("15 augustus", "2016-08-15")]),
        ("in november jl. gebeurde het", dt.date(2017, 2, 1), [("november jl.", "2016-11")]),
        ("eerder dit jaar en vorig jaar", dt.date(2017, 3, 1), [("dit jaar", "2017"), ("vorig jaar", "2016")]),
        (
            "de vergadering van 30 november en 1 december 2016",
            dt.date(2017, 3, 1),
            [("30 november", "2016-11-30"), ("1 december 2016", "2016-12-01")],
        ),
    ],
)
def test_relative_dates_resolve_against_the_letter(
    sentence: str, letter_date: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert [(f.text, f.value) for f in facts(sentence, "date", letter_date)] == expected


def test_without_a_letter_date_relative_dates_are_left_out() -> None:
    found = facts("Op 29 april jl. en op 31 december 2017 en dit jaar.", "date", date=None)
    assert [(f.text, f.value) for f in found] == [("31 december 2017", "2017-12-31")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Nederland blijft tot en met eind 2017 actief.", "deadline"),
        ("De missie loopt tot 1 juli 2017.", "deadline"),
        ("Het personeel keert uiterlijk 1 oktober 2016 terug.", "deadline"),
        ("Het kabinet informeert uw Kamer voor 1 juli 2017.", "deadline"),
        ("De inzet loopt met ingang van 1 juli 2016.", "start"),
        ("Vanaf oktober 2016 zijn er trainers.", "start"),
        ("Sinds 2015 is er steun.", "start"),
        ("De inzet loopt vanaf maandag 3 oktober 2016.", "start"),
        ("Voor 2016 is er geld.", None),
        ("In 2015 is er geld.", None),
        # an article between ("tot het einde van"), the verb naming the end, a period "van ... tot"
        ("De missie loopt tot het einde van 2017.", "deadline"),
        ("Dat duurt tot en met het eerste kwartaal van 2018.", "deadline"),
        ("Het kabinet informeert uw Kamer voor de zomer van 2017.", "deadline"),
        ("Vanaf het najaar van 2016 zijn er trainers.", "start"),
        ("De missie loopt af op 31 december 2017.", "deadline"),
        ("De missie eindigt op 1 juli 2017.", "deadline"),
        ("De inzet start op 1 oktober 2016.", "start"),
        # the end named as a noun or a passive, as later letters write it
        ("Wij herbevestigen de beëindiging op 31 december 2018 van de inzet.", "deadline"),
        ("De inzet wordt beëindigd op 1 juli 2017.", "deadline"),
        ("De missie stopt op 31 december 2018.", "deadline"),
        ("Ingaande 1 januari 2019 neemt Nederland deel.", "start"),
        ("Uiterlijk in het eerste kwartaal van 2019 ontvangt uw Kamer een evaluatie.", "deadline"),
        # the verb right after says the day ends something, however the date is introduced
        ("Het kabinet besloot de inzet per 1 januari 2019 te beëindigen.", "deadline"),
        ("Per 1 januari 2019 wordt de inzet beëindigd.", "deadline"),
        ("Per 1 januari 2019 start de missie.", "start"),
        ("Met ingang van 1 juli 2017 wordt de bijdrage afgebouwd.", "start"),
        ("De kosten van 2016 zijn hoog.", None),
        ("Het verslag van 1 juli 2016 tot slot.", None),
    ],
)
def test_roles(sentence: str, unit: str | None) -> None:
    found = facts(sentence, "date")
    assert len(found) == 1 and found[0].unit == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "In overeenstemming met artikel 100 van de Grondwet.",
        "Zie Kamerstuk 27 925, nr. 590 en Kamerstuk 29 754, nr. 390.",
        "De Veiligheidsraad riep op (VNVR 2254 en VNVR 2249).",
        "Sinds het begin van de inzet werden ruim 2.100 vluchten uitgevoerd.",
        "De coalitie voert nu twee jaar strijd; het afgelopen jaar en de komende maanden.",
        "Nederland stelt 1500 militairen beschikbaar.",
        "Het campagneplan bevindt zich in fase 2.",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert facts(sentence, "date") == []


@pytest.mark.parametrize(
    ("sentence", "letter_date", "expected"),
    [
        # later letters of the series list earlier letters this way
        (
            "de brieven van 19 juni 2015, 29 januari en 9 september 2016",
            dt.date(2017, 9, 11),
            [("19 juni 2015", "2015-06-19"), ("29 januari", "2016-01-29"), ("9 september 2016", "2016-09-09")],
        ),
        (
            "de brieven van 29 januari (Kamerstuk 27 925, nr. 570) en 9 september 2016",
            dt.date(2018, 9, 14),
            [("29 januari", "2016-01-29"), ("9 september 2016", "2016-09-09")],
        ),
        (
            "op 30 december en 2 januari 2017",
            dt.date(2017, 9, 1),
            [("30 december", "2016-12-30"), ("2 januari 2017", "2017-01-02")],
        ),
        # a period "van ... tot ...": its first day is in the year of its last, not the letter's
        (
            "De missie loopt van 1 januari tot 1 juli 2017.",
            dt.date(2016, 9, 9),
            [("1 januari", "2017-01-01"), ("1 juli 2017", "2017-07-01")],
        ),
        (
            "Tussen 1 juni en 1 september 2018 worden vier F-16's ingezet.",
            dt.date(2016, 9, 9),
            [("1 juni", "2018-06-01"), ("1 september 2018", "2018-09-01")],
        ),
    ],
)
def test_a_day_without_year_shares_the_year_of_its_list(
    sentence: str, letter_date: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert [(f.text, f.value) for f in facts(sentence, "date", letter_date)] == expected


@pytest.mark.parametrize(
    ("sentence", "value", "role"),
    [
        # the letter is of 9 September 2016 (factkit.LETTER_DATE)
        ("Het rapport volgt uiterlijk 1 oktober.", "2016-10-01", "deadline"),
        ("Uiterlijk 9 september volgt meer.", "2016-09-09", "deadline"),
        ("Vanaf 1 oktober neemt Nederland deel.", "2016-10-01", "start"),
        ("Met ingang van vrijdag 1 januari verandert dit.", "2017-01-01", "start"),
        ("Per 1 januari verandert dit.", "2017-01-01", "start"),
        # a start or an end in the present tense lies ahead too
        ("De inzet start op 1 oktober.", "2016-10-01", "start"),
        ("De missie loopt af op 1 juli.", "2017-07-01", "deadline"),
        ("De inzet eindigt op 1 juli.", "2017-07-01", "deadline"),
        ("De missie stopt op 1 januari.", "2017-01-01", "deadline"),
        ("De missie loopt tot 1 juli.", "2017-07-01", "deadline"),
        ("De inzet duurt tot en met 31 december.", "2016-12-31", "deadline"),
        # and what lies behind stays behind
        ("De missie liep af op 1 juli.", "2016-07-01", "deadline"),
        ("De missie liep tot 1 juli.", "2016-07-01", "deadline"),
        ("De inzet begon op 1 juli.", "2016-07-01", None),
        ("Sinds 1 oktober neemt Nederland deel.", "2015-10-01", "start"),
        ("De realisatie tot en met juli bedroeg 79 miljoen euro.", "2016-07", "deadline"),
        ("Op 15 augustus werd besloten.", "2016-08-15", None),
    ],
)
def test_a_day_without_a_year_after_uiterlijk_or_vanaf_lies_ahead(sentence: str, value: str, role: str | None) -> None:
    [fact] = facts(sentence, "date")
    assert (fact.value, fact.unit) == (value, role)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "role"),
    [
        (
            "De bijdrage loopt in principe tot 31 december van dit jaar.",
            "31 december van dit jaar",
            "2016-12-31",
            "deadline",
        ),
        ("De inzet eindigt in september van volgend jaar.", "september van volgend jaar", "2017-09", "deadline"),
        ("Het onderzoek startte op 1 maart van vorig jaar.", "1 maart van vorig jaar", "2015-03-01", None),
        ("Eind december van dit jaar besluit het kabinet.", "Eind december van dit jaar", "2016-12", None),
        ("Het mandaat loopt tot en met 31 december dit jaar.", "31 december dit jaar", "2016-12-31", "deadline"),
    ],
)
def test_a_day_or_month_of_this_or_next_year(sentence: str, text: str, value: str, role: str | None) -> None:
    [fact] = facts(sentence, "date")  # one fact: "dit jaar" is not a second date
    assert (fact.text, fact.value, fact.unit) == (text, value, role)


@pytest.mark.parametrize(
    ("sentence", "value", "role"),
    [
        # a promise with a day ahead: in a September letter, "voor 1 juli" is next July
        ("De minister zal uw Kamer voor 1 juli informeren over de evaluatie.", "2017-07-01", "deadline"),
        ("Op 15 oktober zullen de ministers van de coalitie bijeenkomen.", "2016-10-15", None),
        ("In november zal het kabinet een besluit nemen.", "2016-11", None),
        ("De training zal voor 1 maart zijn afgerond.", "2017-03-01", "deadline"),
        ("Het is de verwachting dat uw Kamer voor 1 december zal worden geïnformeerd.", "2016-12-01", "deadline"),
        # the future of another clause, or a past tense beside it, leaves the day behind
        ("Het kabinet zal, zoals op 7 juli toegezegd, uw Kamer informeren.", "2016-07-07", None),
        ("Op 1 juli werd de evaluatie afgerond; het kabinet zal de resultaten bespreken.", "2016-07-01", None),
        ("De evaluatie die in juli werd gepubliceerd zal worden besproken.", "2016-07", None),
        ("Op 15 juli jl. zal de stad zijn heroverd.", "2016-07-15", None),
        # what is planned, in the present tense, lies ahead as well
        ("Op 20 oktober vindt in Parijs de ministeriële bijeenkomst plaats.", "2016-10-20", None),
        ("In december loopt het huidige mandaat van de trainers af.", "2016-12", None),
        ("De nieuwe rotatie vertrekt op 15 november naar Erbil.", "2016-11-15", None),
        ("Uw Kamer ontvangt voor 1 maart een brief over de evaluatie.", "2017-03-01", "deadline"),
        # ... but not beside a perfect, about this letter, or since a day
        ("Op 15 augustus is de nieuwe rotatie naar Erbil vertrokken.", "2016-08-15", None),
        ("Op 2 augustus heeft de bijeenkomst plaatsgevonden en vertrekt de rotatie.", "2016-08-02", None),
        ("In deze brief wordt ingegaan op de bijeenkomst van 2 juni.", "2016-06-02", None),
        ("Sinds 1 augustus neemt Nederland deel aan de missie.", "2016-08-01", "start"),
    ],
)
def test_a_day_without_a_year_in_the_future_tense_lies_ahead(sentence: str, value: str, role: str | None) -> None:
    [fact] = facts(sentence, "date")
    assert (fact.value, fact.unit) == (value, role)


@pytest.mark.parametrize(
    ("sentence", "text", "qualifier"),
    [
        ("Dit gebeurt in het eerste kwartaal van 2018.", "eerste kwartaal van 2018", "eerste kwartaal"),
        ("De evaluatie volgt in de tweede helft van 2017.", "tweede helft van 2017", "tweede helft"),
        ("Het is klaar in het laatste kwartaal 2018.", "laatste kwartaal 2018", "laatste kwartaal"),
        ("De evaluatie volgt in het eerste halfjaar van 2018.", "eerste halfjaar van 2018", "eerste halfjaar"),
        # a quarter as financial reports write it
        ("De evaluatie volgt in Q1 2018.", "Q1 2018", "q1"),
    ],
)
def test_a_part_of_a_year_is_the_year_approximately(sentence: str, text: str, qualifier: str) -> None:
    [fact] = facts(sentence, "date")
    assert (fact.text, fact.value[:4], fact.approximate, fact.qualifier) == (text, fact.value, True, qualifier)
    assert facts("Het eerste kwartaal was zwaar.", "date") == []
    assert facts("Het q1 2018 rapport.", "date") == []


@pytest.mark.parametrize(
    ("sentence", "text", "value", "qualifier", "role"),
    [
        # news of the series: "De missie die eind dit jaar zou aflopen wordt tot eind 2021 verlengd"
        ("De missie die eind dit jaar zou aflopen, wordt verlengd.", "eind dit jaar", "2016", "eind", None),
        ("Tot eind dit jaar blijft de inzet gelijk.", "eind dit jaar", "2016", "eind", "deadline"),
        ("Begin volgend jaar volgt een rapportage.", "Begin volgend jaar", "2017", "begin", None),
        ("Medio vorig jaar begon de training.", "Medio vorig jaar", "2015", "medio", None),
        ("De bijdrage zou eind van dit jaar aflopen.", "eind van dit jaar", "2016", "eind", None),
    ],
)
def test_a_qualified_year_named_from_the_letters_own(
    sentence: str, text: str, value: str, qualifier: str, role: str | None
) -> None:
    [fact] = facts(sentence, "date")
    assert (fact.text, fact.value, fact.qualifier, fact.approximate, fact.unit) == (text, value, qualifier, True, role)
    # without a qualifier the year is named exactly, as before
    [plain] = facts("De missie loopt dit jaar af.", "date")
    assert (plain.text, plain.value, plain.qualifier, plain.approximate) == ("dit jaar", "2016", None, False)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("De bijdrage loopt in 2017 en 2018 door.", [("2017", None), ("2018", None)]),
        ("Er is geld voor 2016, 2017 en 2018.", [("2016", None), ("2017", None), ("2018", None)]),
        ("Het besluit valt in 2017 of 2018.", [("2017", None), ("2018", None)]),
        ("Sinds 2015 en 2016 is er steun.", [("2015", "start"), ("2016", None)]),
        # a year that does not continue the list is a number as before
        ("In 2017 telde de missie 2018 deelnemers.", [("2017", None)]),
        ("In 2017 is de teller 2018, daarna meer.", [("2017", None)]),
    ],
)
def test_the_years_of_a_list_are_each_a_date(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(f.value, f.unit) for f in facts(sentence, "date")] == expected


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("De inzet gedurende 2017 is beperkt.", "2017"),
        ("Tijdens 2017 trainen zij verder.", "2017"),
        ("In heel 2017 blijft de inzet gelijk.", "2017"),
        ("Het jaar 2017 vraagt meer.", "2017"),
        ("Deze brief heeft deels ook betrekking op 2018.", "2018"),
    ],
)
def test_a_year_named_as_a_period(sentence: str, text: str) -> None:
    [fact] = facts(sentence, "date")
    assert (fact.text, fact.value, fact.end, fact.unit, fact.approximate) == (text, text, None, None, False)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "end", "role"),
    [
        ("In de periode 2016-2018 is 40 miljoen euro beschikbaar.", "2016-2018", "2016", "2018", None),
        ("Voor 2017–2019 reserveert het kabinet geld.", "2017–2019", "2017", "2019", None),
        ("De steun loopt van 2017 - 2019 door.", "2017 - 2019", "2017", "2019", None),
        ("Vanaf 2017-2018 wordt de bijdrage kleiner.", "2017-2018", "2017", "2018", "start"),
    ],
)
def test_a_span_of_years_is_one_period(sentence: str, text: str, value: str, end: str, role: str | None) -> None:
    [fact] = facts(sentence, "date")
    assert (fact.text, fact.value, fact.end, fact.unit, fact.precision) == (text, value, end, role, "year")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tweede Kamer, vergaderjaar 2015–2016, 27 925, nr. 597",  # no word that names a period before it
        "Het programma 2016-2019 loopt door.",
        "In 2019-2017 is niets gebeurd.",  # backwards
        "In 1990-2020 is niets gebeurd.",  # more than a decade: not a period a letter plans
        "Het dodental staat op 2015.",  # "op" alone: a count
    ],
)
def test_spans_and_years_that_are_no_period(sentence: str) -> None:
    assert facts(sentence, "date") == []


@pytest.mark.parametrize(
    ("sentence", "text", "value", "role"),
    [
        ("De inzet loopt tot 31-12-2018.", "31-12-2018", "2018-12-31", "deadline"),
        ("Vanaf 1/7/2017 start de missie.", "1/7/2017", "2017-07-01", "start"),
        ("De rapportage van 09-09-2016 ligt er.", "09-09-2016", "2016-09-09", None),
        ("Met ingang van 2017-07-01 begint het.", "2017-07-01", "2017-07-01", "start"),
    ],
)
def test_a_date_in_digits_is_day_month_year(sentence: str, text: str, value: str, role: str | None) -> None:
    [fact] = facts(sentence, "date")
    assert (fact.text, fact.value, fact.unit, fact.approximate) == (text, value, role, False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tweede Kamer, vergaderjaar 2016–2017 en 2017-2018.",  # spans of years
        "Op 31-4-2017 niet, er is geen 31 april.",
        "Het kenmerk 131-12-2018 en 1-13-2018 en 1-12-20189.",
        "Het mengsel 1/7-2017 telt niet.",  # separators that differ
    ],
)
def test_digits_that_are_no_date(sentence: str) -> None:
    assert facts(sentence, "date") == []


def test_a_period_from_van_to_tot_starts_and_ends() -> None:
    found = facts("In de periode van 1 juli 2016 tot en met 31 december 2017 is er geld.", "date")
    assert [(f.value, f.unit) for f in found] == [("2016-07-01", "start"), ("2017-12-31", "deadline")]
    found = facts("Van eind 2016 tot medio 2017 is er geld.", "date")
    assert [(f.text, f.unit, f.approximate) for f in found] == [
        ("eind 2016", "start", True),
        ("medio 2017", "deadline", True),
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "end"),
    [
        ("De training vond plaats van 3 tot 14 oktober 2016.", "3 tot 14 oktober 2016", "2016-10-03", "2016-10-14"),
        # in a letter of the next year the months still share the year printed after the last
        ("Van juli tot december 2016 waren er 200 militairen.", "juli tot december 2016", "2016-07", "2016-12"),
    ],
)
def test_days_or_months_from_one_to_another_are_one_period(sentence: str, text: str, value: str, end: str) -> None:
    [fact] = facts(sentence, "date", dt.date(2017, 9, 11))
    assert (fact.text, fact.value, fact.end) == (text, value, end)


def test_het_einde_van_says_what_eind_says() -> None:
    [fact] = facts("De missie loopt tot het einde van 2017.", "date")
    assert (fact.text, fact.value, fact.qualifier, fact.approximate) == ("einde van 2017", "2017", "einde", True)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "De verlenging geldt voor de periode 1 januari 2017 t/m 31 december 2017.",
            [("2017-01-01", "start"), ("2017-12-31", "deadline")],
        ),
        (
            "In de periode 1 juli – 31 december 2016 zijn 500 Peshmerga getraind.",
            [("2016-07-01", "start"), ("2016-12-31", "deadline")],
        ),
        (
            "Tussen 1 juli en 31 december 2016 zijn 500 Peshmerga getraind.",
            [("2016-07-01", "start"), ("2016-12-31", "deadline")],
        ),
        # a list is no period: "van" before two dates joined by "en", "sinds" before two years
        (
            "De brieven van 24 september 2014 en 19 juni 2015 zijn bekend.",
            [("2014-09-24", None), ("2015-06-19", None)],
        ),
        ("Sinds 2015 en 2016 is er steun.", [("2015", "start"), ("2016", None)]),
    ],
)
def test_a_period_starts_and_ends(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(f.value, f.unit) for f in facts(sentence, "date")] == expected


@pytest.mark.parametrize(
    ("sentence", "text", "value", "qualifier"),
    [
        (
            "In de eerste helft van volgend jaar volgt een evaluatie.",
            "eerste helft van volgend jaar",
            "2017",
            "eerste helft",
        ),
        ("In het najaar van vorig jaar is de training gestart.", "najaar van vorig jaar", "2015", "najaar"),
    ],
)
def test_a_part_of_this_next_or_last_year_is_approximate(sentence: str, text: str, value: str, qualifier: str) -> None:
    [fact] = facts(sentence, "date")
    assert (fact.text, fact.value, fact.approximate, fact.qualifier) == (text, value, True, qualifier)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "role"),
    [
        # a season without a year after a preposition: the coming one in a promise, else the last
        ("De minister zal uw Kamer voor de zomer informeren over de evaluatie.", "voor de zomer", "2017", "deadline"),
        ("Uw Kamer ontvangt na de zomer een voortgangsrapportage.", "na de zomer", "2017", None),
        ("In het voorjaar is de training gestart.", "In het voorjaar", "2016", None),
        ("De evaluatie volgt in het najaar.", "in het najaar", "2016", None),
        ("De missie loopt tot de zomer.", "tot de zomer", "2017", "deadline"),
    ],
)
def test_a_season_without_a_year_is_its_year_approximately(
    sentence: str, text: str, value: str, role: str | None
) -> None:
    [fact] = facts(sentence, "date", dt.date(2016, 9, 9))
    assert (fact.text, fact.value, fact.unit, fact.approximate) == (text, value, role, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "De zomer was zwaar voor de troepen.",  # no preposition: a season talked about, no date
        "Tijdens de winter zijn er minder vluchten.",  # a winter spans two years
    ],
)
def test_a_season_that_names_no_time(sentence: str) -> None:
    assert facts(sentence, "date", dt.date(2016, 9, 9)) == []


def test_a_season_moved_is_a_change() -> None:
    old = letter("De minister zal uw Kamer voor de zomer informeren over de evaluatie.")
    new = letter("De minister zal uw Kamer na de zomer informeren over de evaluatie.")
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    [date] = [p for p in pairs if p.kind == "date"]
    assert date.old is not None and date.new is not None
    assert (date.status, date.old.text, date.new.text) == ("changed", "voor de zomer", "na de zomer")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month runs to from a year named just before: that year's, not the letter's
        ("De realisatie in 2016 tot en met juli bedroeg 12 miljoen euro.", [("2016", None), ("2016-07", "deadline")]),
        # the end of "het jaar": the letter's year
        ("Het mandaat loopt tot het einde van het jaar.", [("2017", "deadline")]),
        ("Het is het jaar van de waarheid.", []),
        ("In het jaar 2015 zijn 300 militairen ingezet.", [("2015", None)]),
        # two full dates across a dash in a list: a period
        ("- trainers: 1 januari 2017 – 31 december 2017;", [("2017-01-01", "start"), ("2017-12-31", "deadline")]),
        ("Op 4 mei 2016 – zoals gezegd – begon de training.", [("2016-05-04", None)]),
    ],
)
def test_dates_read_with_the_words_around_them(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(f.value, f.unit) for f in facts(sentence, "date", dt.date(2017, 9, 8))] == expected


def test_a_year_labelling_a_budget_line_is_a_date() -> None:
    found = facts("De uitgaven: 2016: € 5,5 miljoen; 2017: € 21 miljoen.", "date")
    assert [f.value for f in found] == ["2016", "2017"]
    assert facts("Zie Kamerstuk 27 925, nr. 2016:12.", "date") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a day listed after a dated one is in its year; in the next where it comes earlier in the year
        ("Op 4 mei 2016 en 9 juli zijn trainers vertrokken.", ["2016-05-04", "2016-07-09"]),
        ("De brieven van 24 september 2014, 19 juni 2015 en 29 januari.", ["2014-09-24", "2015-06-19", "2016-01-29"]),
        ("In mei 2016 en juli zijn trainers vertrokken.", ["2016-05", "2016-07"]),
        # a dated day after it in the list holds first
        ("De brieven van 19 juni 2015, 29 januari en 9 september 2016.", ["2015-06-19", "2016-01-29", "2016-09-09"]),
    ],
)
def test_a_day_without_year_after_a_dated_one_in_a_list(sentence: str, expected: list[str]) -> None:
    assert [f.value for f in facts(sentence, "date", dt.date(2017, 9, 8))] == expected
