"""The words every export shares, Dutch and English, and how they describe a letter.

One table for all exports, so the summary, the CSV and the HTML report call a status or a
kind of fact by the same name (and by the name the viewer's facts table uses).
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

from viewer.core.document import Document
from viewer.core.dutch import MONTHS
from viewer.core.facts.model import Fact

TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Vergelijking",
        "sections": "Secties",
        "facts": "Feiten",
        "same": "gelijk",
        "changed": "gewijzigd",
        "added": "toegevoegd",
        "removed": "verwijderd",
        "unchanged": "ongewijzigd",
        "renamed": "hernoemd",
        "moved": "verplaatst",
        "words": "woorden",
        "opening": "(opening)",
        "no_changes": "Geen verschillen in de tekst.",
        "no_facts": "Geen wijzigingen in feiten.",
        "was": "was",
        "troops": "troepen",
        "money": "geld",
        "date": "datum",
        "commitment": "toezegging",
        "nr": "nr.",
        "no_date": 'Let op: de datum van de {0} brief is niet gevonden; data zonder jaar ("20 juni jl.", "voor de '
        'zomer") zijn daarom niet als feit gelezen.',
        "no_date_old": "oude",
        "no_date_new": "nieuwe",
        # a fact that appears or disappears is new or dropped, as the viewer's facts table says
        "fact_added": "nieuw",
        "fact_removed": "vervallen",
        # the HTML report and the CSV
        "legend": "Legenda",
        "legend_deleted": "weggehaald: alleen in de oude brief (blauw, doorgestreept)",
        "legend_inserted": "toegevoegd: alleen in de nieuwe brief (oranje, onderstreept)",
        "legend_missing": "sectie ontbreekt in deze brief (gearceerd)",
        "legend_same": "Ongewijzigde secties zijn ingeklapt; klik op een kop om de tekst te zien.",
        "legend_same_print": "Ongewijzigde secties staan hier alleen met hun kop.",
        "legend_missing_print": "sectie ontbreekt in deze brief (grijs)",
        "example_deleted": "oude tekst",
        "example_inserted": "nieuwe tekst",
        "changed_facts": "Veranderde feiten",
        "text": "Tekst",
        "old_letter": "Oude brief",
        "new_letter": "Nieuwe brief",
        "not_in_old": "niet in de oude brief",
        "not_in_new": "niet in de nieuwe brief",
        "col_kind": "soort",
        "col_status": "status",
        "col_old": "oud",
        "col_new": "nieuw",
        "col_old_value": "oude waarde",
        "col_new_value": "nieuwe waarde",
        "col_unit": "eenheid",
        "col_section": "sectie",
        "col_old_sentence": "oude zin",
        "col_new_sentence": "nieuwe zin",
        "col_reviewed": "nagekeken",
        "reviewed_count": "Nagekeken: {0} van {1} veranderde feiten",
        "reviewed_count_one": "Nagekeken: {0} van {1} veranderd feit",
        "yes": "ja",
        "no": "nee",
        "made_by": "Gemaakt met",
        "deadline": "einddatum",
        "start": "begindatum",
        "no_deadline": "geen einddatum",
        "no_start": "geen begindatum",
        "without": "zonder “{0}”",
        "col_old_unit": "oude eenheid",
        "col_new_unit": "nieuwe eenheid",
        "col_old_year": "jaar (oud)",
        "col_new_year": "jaar (nieuw)",
    },
    "en": {
        "title": "Comparison",
        "sections": "Sections",
        "facts": "Facts",
        "same": "same",
        "changed": "changed",
        "added": "added",
        "removed": "removed",
        "unchanged": "unchanged",
        "renamed": "renamed",
        "moved": "moved",
        "words": "words",
        "opening": "(opening)",
        "no_changes": "No differences in the text.",
        "no_facts": "No changes in facts.",
        "was": "was",
        "troops": "troops",
        "money": "money",
        "date": "date",
        "commitment": "commitment",
        "nr": "no.",
        "no_date": 'Note: the {0} letter\'s own date was not found; dates without a year ("20 juni jl.", "voor de '
        'zomer") are therefore not read as facts.',
        "no_date_old": "old",
        "no_date_new": "new",
        "fact_added": "new",
        "fact_removed": "dropped",
        "legend": "Legend",
        "legend_deleted": "deleted: only in the old letter (blue, struck through)",
        "legend_inserted": "inserted: only in the new letter (orange, underlined)",
        "legend_missing": "section missing from this letter (hatched)",
        "legend_same": "Unchanged sections are collapsed; click a heading to see the text.",
        "legend_same_print": "Unchanged sections are listed by their heading only.",
        "legend_missing_print": "section missing in this letter (grey)",
        "example_deleted": "old text",
        "example_inserted": "new text",
        "changed_facts": "Facts that changed",
        "text": "Text",
        "old_letter": "Old letter",
        "new_letter": "New letter",
        "not_in_old": "not in the old letter",
        "not_in_new": "not in the new letter",
        "col_kind": "kind",
        "col_status": "status",
        "col_old": "old",
        "col_new": "new",
        "col_old_value": "old value",
        "col_new_value": "new value",
        "col_unit": "unit",
        "col_section": "section",
        "col_old_sentence": "old sentence",
        "col_new_sentence": "new sentence",
        "col_reviewed": "reviewed",
        "reviewed_count": "Reviewed: {0} of {1} facts that changed",
        "reviewed_count_one": "Reviewed: {0} of {1} fact that changed",
        "yes": "yes",
        "no": "no",
        "made_by": "Made with",
        "deadline": "deadline",
        "start": "start date",
        "no_deadline": "no deadline",
        "no_start": "no start date",
        "without": "without “{0}”",
        "col_old_unit": "old unit",
        "col_new_unit": "new unit",
        "col_old_year": "year (old)",
        "col_new_year": "year (new)",
    },
}
assert TEXT["nl"].keys() == TEXT["en"].keys()  # a word missing in one language would be a KeyError there

_MONTHS_NL = tuple(MONTHS)
# not calendar.month_name: that follows the process's locale, and a report must not
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def words(lang: str) -> dict[str, str]:
    """The words of `lang`; Dutch for a language the table does not have."""
    return TEXT.get(lang, TEXT["nl"])


def language_of(t: dict[str, str]) -> str:
    """The language whose words `t` are (see `words`)."""
    return next((lang for lang, table in TEXT.items() if table is t), "nl")


def fact_status(status: str, t: dict[str, str]) -> str:
    """A fact pair's status in words: a fact is "nieuw" or "vervallen" where a section is
    "toegevoegd" or "verwijderd"."""
    return t.get(f"fact_{status}", t[status])


def long_date(date: dt.date, lang: str) -> str:
    """ "9 september 2016" (English: "9 September 2016"), as the letters themselves write it."""
    months = _MONTHS_EN if lang == "en" else _MONTHS_NL
    return f"{date.day} {months[date.month - 1]} {date.year}"


def where(path: tuple[str, ...], t: dict[str, str]) -> str:
    """A section path as "Militaire aspecten / Bevelsstructuur"; the untitled opening by name."""
    return " / ".join(h or t["opening"] for h in path)


def letter_name(doc: Document, lang: str) -> str:
    """The letter by file name, number and date: "kst-27925-597.txt, nr. 597, 9 september 2016"."""
    meta, t = doc.meta, words(lang)
    parts = [os.path.basename(meta.path) or meta.path]
    if meta.number:
        parts.append(f"{t['nr']} {meta.number}")
    if meta.date:
        parts.append(long_date(meta.date, lang))
    return ", ".join(parts)


def unit_word(fact: Fact, t: dict[str, str]) -> str:
    """A fact's unit as a reader says it: a date's role in words ("einddatum"), else as it is."""
    if fact.kind == "date":
        return t[fact.unit] if fact.unit in ("deadline", "start") else ""
    return fact.unit or ""


def _resolved(fact: Fact, lang: str) -> str:
    """A date as the calendar has it ("29 april 2016", "juli 2016", "2016"); else its value."""
    value = str(fact.value)
    if fact.kind != "date":
        return value
    return _calendar(value, fact.precision, lang)


def _calendar(value: str, precision: str | None, lang: str) -> str:
    """A date's value ("2016-04-29", "2016-07", "2016") as the calendar has it."""
    months = _MONTHS_EN if lang == "en" else _MONTHS_NL
    if precision == "day":
        return long_date(dt.date.fromisoformat(value), lang)
    if precision == "month":
        return f"{months[int(value[5:7]) - 1]} {value[:4]}"
    return value


def letter_years(old: Document, new: Document) -> tuple[int | None, int | None]:
    """The years of two letters: "volgend jaar ... 23 miljoen euro" is for the year after its own letter's."""
    old_date, new_date = old.meta.date, new.meta.date
    return (old_date.year if old_date else None, new_date.year if new_date else None)


def pair_labels(
    old: Fact, new: Fact, lang: str, letter_years: tuple[int | None, int | None] = (None, None)
) -> tuple[str, str]:
    """The two facts of a changed pair as a reader tells them apart. Mostly their words; where the
    words are the same ("29 april jl." in letters a year apart, "1 juli 2017" once with "tot" and
    once with "vanaf", "26,5 miljoen" in euro and in dollar) what differs follows in brackets:
    "29 april jl. (29 april 2017)" against "29 april jl. (29 april 2016)". `letter_years`: the
    years of the two letters, which "volgend jaar" counts from (see `with_its_day`)."""
    t = words(lang)
    if old.label.casefold() != new.label.casefold():
        # "eind 2018" against "eind volgend jaar": which year that was is what a reader must know
        old_says, new_says = with_its_day(old, lang, letter_years[0]), with_its_day(new, lang, letter_years[1])
        was, now = unit_word(old, t), unit_word(new, t)
        if old.kind == "date" and was != now:
            # "1 januari 2019 (begindatum)" against "1 juli 2018 (einddatum)": the role the table shows
            old_says = _adding(old_says, old, was or _lacks("role", now, old, t))
            new_says = _adding(new_says, new, now or _lacks("role", was, new, t))
        return old_says, new_says
    if old.kind == "money":
        # the same sum for another year ("22 miljoen euro (2018)" against "(2017)"): the year says it
        old_says, new_says = with_its_day(old, lang, letter_years[0]), with_its_day(new, lang, letter_years[1])
        if old_says != new_says:
            return old_says, new_says
    details = [
        (_resolved(old, lang), _resolved(new, lang), ""),
        (unit_word(old, t), unit_word(new, t), "role"),
        (old.modifier or "", new.modifier or "", "modifier"),
    ]
    shown = [(a, b, what) for a, b, what in details if a != b]
    if not shown:
        return old.label, new.label
    old_says = ", ".join(a or _lacks(what, b, old, t) for a, b, what in shown)
    new_says = ", ".join(b or _lacks(what, a, new, t) for a, b, what in shown)
    return f"{old.label} ({old_says})", f"{new.label} ({new_says})"


def _adding(says: str, fact: Fact, detail: str) -> str:
    """`says` (a fact's words, perhaps with what they stand for in brackets) with `detail` in its brackets."""
    return f"{says[:-1]}, {detail})" if says != fact.label else f"{says} ({detail})"


def _lacks(what: str, other: str, fact: Fact, t: dict[str, str]) -> str:
    """What a fact has not that its partner has: "geen einddatum" (was "einddatum"), "zonder “Nederlandse”"."""
    if what == "role":
        return t["no_deadline"] if other == t["deadline"] else t["no_start"]
    return t["without"].format(other)


def with_its_day(fact: Fact, lang: str, letter_year: int | None = None) -> str:
    """A date's words, and the day they stand for where the words do not say it ("eind volgend jaar
    (2017)", "29 april jl. (29 april 2016)"); an amount's with the year it is for, "volgend jaar"
    counted from `letter_year`, the year of its letter; other facts' words as they are."""
    if fact.kind == "money":
        # the year an amount is for, where its sentence says it ("voor 2019 110 miljoen euro"): in a
        # budget rolled forward a year, "vervallen: 110 miljoen euro" beside "110 miljoen euro (was
        # 90 miljoen euro)" cannot be read without it
        from viewer.core.facts.years_of import year_of  # the viewer imports this module as it starts

        year = year_of(fact, letter_year)
        year = year if year and year not in fact.label else None
        if _says_less(fact):
            # a bare number (the first of a range, "3 tot 4 miljoen euro"; a table's cell) says too little
            return f"{fact.label} ({_amount(fact, lang)}{', ' + year if year else ''})"
        return f"{fact.label} ({year})" if year else fact.label
    if fact.kind != "date":
        return fact.label
    # words with the year in them say the rest: "1 mei 2017", "9–10 mei 2017", "01-07-2017"
    if str(fact.value)[:4] in fact.label:
        return fact.label
    if fact.end:  # a range or list: its first and its last ("9 en 10 mei jl. (9 mei 2016 – 10 mei 2016)")
        last = _calendar(fact.end, fact.precision, lang)
        return f"{fact.label} ({_resolved(fact, lang)} – {last})"
    return f"{fact.label} ({_resolved(fact, lang)})"


_CURRENCY_NAMES = {
    "nl": {"EUR": "euro", "USD": "dollar", "GBP": "pond"},
    "en": {"EUR": "euros", "USD": "dollars", "GBP": "pounds"},
}
_SCALE_NAMES = {"nl": ((10**9, "miljard"), (10**6, "miljoen")), "en": ((10**9, "billion"), (10**6, "million"))}


def _says_less(fact: Fact) -> bool:
    """Do a money fact's words hold less than its amount: a number without its scale or currency,
    taken from the other end of a range ("3" of "3 tot 4 miljoen euro", "€ 2" of "€ 2 tot 3 miljoen")?"""
    words = fact.label.casefold()
    if any(scale in words for scale in ("duizend", "miljoen", "miljard", "mln", "mld", "mrd")):
        return False
    number = "".join(c for c in words if c.isdigit() or c == ",").replace(",", ".")
    try:
        return Decimal(number) != Decimal(str(fact.value)) or not any(c.isalpha() or c in "€$£" for c in words)
    except ArithmeticError:
        return False


def _amount(fact: Fact, lang: str) -> str:
    """An amount of money in words a reader uses: "3 miljoen euro", "2,5 billion dollars", "400.000 euro"."""
    lang = "en" if lang == "en" else "nl"
    value = Decimal(str(fact.value))
    scale_word = ""
    for size, name in _SCALE_NAMES[lang]:
        if value >= size:
            value, scale_word = value / size, name
            break
    number = f"{value.normalize():,f}" if value == value.to_integral_value() else f"{value.normalize():f}"
    if lang == "nl":  # a thousands dot and a decimal comma
        number = number.replace(",", " ").replace(".", ",").replace(" ", ".")
    currency = _CURRENCY_NAMES[lang].get(fact.unit or "", fact.unit or "")
    return " ".join(part for part in (number, scale_word, currency) if part)
