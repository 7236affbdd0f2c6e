"""Whether a day without a year lies ahead or behind, from the tense of its own clause: a relative
clause after the date, or a subordinate clause around it, speaks of something else."""

from __future__ import annotations

import datetime as dt

import pytest

from factkit import facts


@pytest.mark.parametrize(
    ("sentence", "letter_date", "value"),
    [
        # a past or perfect in a relative clause after the date: the "zal" or "te ..." after it counts
        (
            "Ik verwacht dat de Raad op 14 november het voorstel dat Nederland heeft ingediend zal aannemen.",
            "2016-09-09",
            "2016-11-14",
        ),
        (
            "Het kabinet is voornemens om in januari de eenheid die in Mali is gestationeerd terug te trekken.",
            "2016-09-09",
            "2017-01",
        ),
        (
            "Nederland is bereid om in het voorjaar de taken die Duitsland nu uitvoert over te nemen.",
            "2016-09-09",
            "2017",
        ),
        ("Op 1 oktober wordt de eenheid die in Kaunas is gestationeerd afgelost.", "2016-09-09", "2016-10-01"),
        # "per", "uiterlijk" ... lie ahead unless the date's own verb is past
        ("De eenheid die in Gao was gestationeerd keert per 1 juli terug.", "2016-09-09", "2017-07-01"),
        ("Zoals was aangekondigd wordt de bijdrage per 1 januari verhoogd.", "2016-09-09", "2017-01-01"),
        ("Het kabinet had al besloten dat de missie per 1 januari eindigt.", "2016-12-20", "2017-01-01"),
        ("Uw Kamer werd toegezegd dat zij uiterlijk 1 december de evaluatie ontvangt.", "2016-09-09", "2016-12-01"),
        (
            "Tijdens het overleg werd afgesproken dat de taken vanaf 1 april worden overgedragen.",
            "2017-03-15",
            "2017-04-01",
        ),
        ("De aanvraag werd uiterlijk op 1 februari ingediend.", "2017-03-01", "2017-02-01"),
        ("De troepen werden uiterlijk 15 mei teruggetrokken.", "2017-07-03", "2017-05-15"),
        # a "zal" in a "dat" clause after a date is not the date's, where the date's own clause is perfect
        ("Het kabinet heeft in juni besloten dat de missie zal worden verlengd.", "2016-09-09", "2016-06"),
        (
            "De minister heeft op 1 september gemeld dat Nederland in november zal bijdragen.",
            "2016-09-09",
            "2016-09-01",
        ),
        # a future in the past looks back
        ("Er werd afgesproken dat de evaluatie uiterlijk 1 juni gereed zou zijn.", "2017-03-15", "2016-06-01"),
        ("Het kabinet zou graag uiterlijk 1 juni een besluit nemen.", "2017-03-15", "2017-06-01"),
        # the time of a "zoals ... toegezegd" lies behind, up to the main clause's verb
        (
            "Zoals toegezegd tijdens het AO van 2 februari ontvangt u de brief over de evaluatie.",
            "2017-03-15",
            "2017-02-02",
        ),
        ("Zoals aangekondigd in de brief van 4 juli wordt de inzet verlengd.", "2017-03-15", "2016-07-04"),
        # news promised by a day or month, in the first person present, lies ahead
        ("In december stuur ik u de voortgangsrapportage.", "2017-03-15", "2017-12"),
        ("In juli informeer ik uw Kamer over de voortgang.", "2017-03-15", "2017-07"),
        # ... not a day of what the news is about
        ("Bijgaand stuur ik u het verslag van de NAVO-top van 8 en 9 juli.", "2016-07-20", "2016-07-08"),
    ],
)
def test_the_tense_of_the_dates_own_clause(sentence: str, letter_date: str, value: str) -> None:
    first = facts(sentence, "date", dt.date.fromisoformat(letter_date))[0]  # the date the clause is about
    assert first.value == value


@pytest.mark.parametrize(
    ("sentence", "letter_date", "value"),
    [
        # a recess or Prinsjesdag told of in no tense that places it: the nearest
        ("Op Prinsjesdag presenteert het kabinet de begroting.", "2016-09-09", "2016-09-20"),
        ("Tot Prinsjesdag blijft de bijdrage gelijk.", "2016-09-09", "2016-09-20"),
        ("Bij Prinsjesdag stelt het kabinet 10 miljoen euro beschikbaar.", "2016-09-09", "2016-09-20"),
        ("Tot het kerstreces blijft de eenheid in Mali.", "2016-09-09", "2016"),
        ("Rond het kerstreces verwacht ik de resultaten van het onderzoek.", "2016-09-09", "2016"),
        ("Na het zomerreces zet Nederland een fregat in.", "2017-03-15", "2017"),
        (
            "Met deze brief geef ik invulling aan de toezegging om uw Kamer voor Prinsjesdag te informeren.",
            "2016-09-09",
            "2016-09-20",
        ),
        # ... unless its clause tells of the past
        ("Tijdens het zomerreces bezocht de minister Irak.", "2017-03-15", "2016"),
        ("De commissie vergaderde voor het herfstreces over de missie.", "2016-09-09", "2015"),
        ("U ontvangt hierbij het verslag van het overleg rond Prinsjesdag.", "2016-09-09", "2015-09-15"),
        # "afgelopen": one that is over
        ("De afgelopen zomer werden 40 patrouilles uitgevoerd.", "2017-07-03", "2016"),
        ("Het afgelopen kerstreces bezocht de minister de troepen.", "2016-12-20", "2015"),
        ("Het afgelopen najaar was zwaar.", "2016-10-20", "2015"),
        # told of in the present, a recess or Prinsjesdag is the coming one, in December and March too
        ("Op Prinsjesdag presenteert het kabinet de begroting.", "2017-03-15", "2017-09-19"),
        ("Op Prinsjesdag presenteert het kabinet de begroting.", "2016-12-20", "2017-09-19"),
        ("Tot het kerstreces blijft de eenheid in Mali.", "2017-03-15", "2017"),
        ("Na het zomerreces zet Nederland een fregat in.", "2016-12-20", "2017"),
        ("Tegen Prinsjesdag ontvangt u de brief.", "2017-03-15", "2017-09-19"),
        # ... and in a report's past, the last
        ("Op Prinsjesdag presenteerde het kabinet de Miljoenennota.", "2016-09-09", "2015-09-15"),
        ("Na het zomerreces zette Nederland een fregat in.", "2017-03-15", "2016"),
        ("Afgelopen Prinsjesdag is 10 miljoen euro vrijgemaakt.", "2017-03-15", "2016-09-20"),
        ("Zoals voor het zomerreces toegezegd, informeer ik u hierbij over de evaluatie.", "2017-03-15", "2016"),
        (
            "In deze brief informeer ik uw Kamer, zoals toegezegd voor het zomerreces, over het besluit.",
            "2017-03-15",
            "2016",
        ),
        # a time up to which, in this letter, looks ahead
        ("In deze brief informeer ik u over de planning tot Prinsjesdag.", "2017-03-15", "2017-09-19"),
        ("In deze brief wordt ingegaan op de periode tot het zomerreces.", "2017-03-15", "2017"),
    ],
)
def test_a_recurring_time_without_its_year(sentence: str, letter_date: str, value: str) -> None:
    [fact] = facts(sentence, "date", dt.date.fromisoformat(letter_date))
    assert fact.value == value


def test_prinsjesdag_talked_about_is_no_time() -> None:
    assert facts("Prinsjesdag is een belangrijke dag voor de begroting.", "date") == []


def test_a_promise_in_a_relative_clause_keeps_its_own_time() -> None:
    sentence = "Ik heb u op 15 maart geïnformeerd over de toezegging die ik voor 1 juni zal nakomen."
    assert [f.value for f in facts(sentence, "date", dt.date(2016, 9, 9))] == ["2016-03-15", "2017-06-01"]


@pytest.mark.parametrize(
    ("sentence", "letter_date", "value"),
    [
        # the summer and Christmas recesses by their real days: on 7 July 2016 and 21 December 2016
        # the recess of that year has not begun (it began 8 July and 23 December)
        ("Uw Kamer wordt voor het zomerreces geïnformeerd.", "2016-07-07", "2016"),
        ("Uw Kamer wordt voor het kerstreces geïnformeerd.", "2016-12-21", "2016"),
        # a letter written during a recess: that one is not over yet
        ("De Kamer wordt tijdens het zomerreces per brief geïnformeerd.", "2016-07-15", "2016"),
        # days after a recess, "na het zomerreces" is the one just over
        ("Na het zomerreces keren 200 militairen terug.", "2016-09-09", "2016"),
        # a promise made, its time in what was promised: the nearest such time
        ("De minister heeft toegezegd de Kamer voor het zomerreces te informeren.", "2016-09-09", "2016"),
        ("De minister heeft toegezegd de Kamer voor het zomerreces te informeren.", "2017-03-15", "2017"),
        ("Ik heb uw Kamer toegezegd voor Prinsjesdag een brief te sturen.", "2017-03-15", "2017-09-19"),
        (
            "In het notaoverleg van 13 juni jl. heb ik toegezegd uw Kamer na het zomerreces te informeren.",
            "2016-09-09",
            "2016",
        ),
        # "zoals toegezegd" of the promise, not of the time it names
        ("Zoals toegezegd ontvangt u na het zomerreces de evaluatie.", "2017-03-15", "2017"),
        # the time of an announcement or promise made then
        ("Zoals aangekondigd op Prinsjesdag wordt in 2017 extra geïnvesteerd.", "2017-03-15", "2016-09-20"),
        ("Hierbij ontvangt u de voor het zomerreces toegezegde brief.", "2016-09-09", "2016"),
        # news about what will be presented then is no report of the past
        (
            "Ik zal u voor Prinsjesdag informeren over de besluiten die op Prinsjesdag worden gepresenteerd.",
            "2017-03-15",
            "2017-09-19",
        ),
    ],
)
def test_the_kamers_calendar_by_its_days(sentence: str, letter_date: str, value: str) -> None:
    found = facts(sentence, "date", dt.date.fromisoformat(letter_date))
    assert [f.value for f in found if "2017" not in f.text][-1] == value


def test_a_limit_in_a_relative_clause_under_a_future_stays_ahead() -> None:
    sentence = "In het najaar zal de Kamer worden geïnformeerd over de resultaten die tot 1 september zijn behaald."
    assert [f.value for f in facts(sentence, "date", dt.date(2017, 3, 15))] == ["2017", "2017-09-01"]
    point = "Ik zal u informeren over de toezegging die ik op 15 maart heb gedaan."
    assert [f.value for f in facts(point, "date", dt.date(2016, 9, 9))] == ["2016-03-15"]


def test_a_promise_kept_by_a_day_after_the_promise() -> None:
    sentence = "Zoals op 6 juli toegezegd stuur ik u op 1 november het evaluatierapport."
    assert [f.value for f in facts(sentence, "date", dt.date(2017, 3, 15))] == ["2016-07-06", "2017-11-01"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tijdens het overleg van 7 februari jl. heeft de minister toegezegd uw Kamer voor de zomer te informeren.",
        "Op 7 februari jl. zegde de minister toe uw Kamer voor de zomer te informeren.",
        "In de brief van 3 april jl. is uw Kamer toegezegd voor het zomerreces te informeren over de inzet.",
    ],
)
def test_a_time_promised_on_a_day_counts_from_that_day(sentence: str) -> None:
    # told of in the letter of 20 April 2018 and again in that of 19 October 2018: the same summer
    for letter_date in (dt.date(2018, 4, 20), dt.date(2018, 10, 19)):
        seasons = [f.value for f in facts(sentence, "date", date=letter_date) if "zomer" in f.text]
        assert seasons == ["2018"], letter_date
