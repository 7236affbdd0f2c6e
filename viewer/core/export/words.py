"""The words every export shares, Dutch and English, and how they describe a letter.

One table for all exports, so the summary, the CSV and the HTML report call a status or a
kind of fact by the same name (and by the name the viewer's facts table uses).
"""

from __future__ import annotations

import datetime as dt
import os

from viewer.core.document import Document
from viewer.core.dutch import MONTHS

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
        "yes": "ja",
        "no": "nee",
        "made_by": "Gemaakt met",
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
        "yes": "yes",
        "no": "no",
        "made_by": "Made with",
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
