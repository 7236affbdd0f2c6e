"""The words of Dutch dates that dates.py reads, and where in a sentence a date can start.

The words: the qualifiers ("eind", "begin", "medio"), seasons and the Kamer's recesses, the words
that name this, last or next year, parts of a year ("het eerste kwartaal"). The starts: from the
keyword anchors the scan found (scan.py), the positions `dates._DATE` is tried at, so that it
need not run over a whole sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core import regex_cache
from viewer.core.dutch import MONTH_ABBREVIATIONS, MONTHS, SHORTENED_MONTH
from viewer.core.facts.date_roles import word_before

# "einde" before "eind": the engine takes the first alternative that fits ("het einde van 2017")
# ("ultimo" and "primo": the end and the start of a period, as budget letters write them)
QUAL_WORDS = ("einde", "eind", "begin", "medio", "half", "midden", "halverwege", "ultimo", "primo")
# the seasons, and the Kamer's recesses, which letters promise news by ("voor het zomerreces"); the
# longer words first, as the engine takes the first alternative that fits
RECESS_WORDS = ("zomerreces", "kerstreces", "voorjaarsreces", "krokusreces", "meireces", "herfstreces")
SEASON_WORDS = (*RECESS_WORDS, "najaar", "voorjaar", "zomer", "winter", "herfst", "lente")
# the words that name this, last or next year ("dit jaar", "vorig jaar"); and "tot het einde van het
# jaar" is this year, where a qualifier names a part of it (code: "het")
DEICTIC_YEAR = {"dit": 0, "deze": 0, "vorig": -1, "vorige": -1, "volgend": 1, "volgende": 1, "komend": 1, "komende": 1}
# ... before a season or recess: the next one, or the last ("het afgelopen jaar" is a rolling year, no date)
NEXT_WORDS = frozenset({"volgend", "volgende", "komend", "komende"})
LAST_WORDS = frozenset({"afgelopen"})
# words before Prinsjesdag that make it a time, beside the prepositions
BUDGET_DAY_AFTER = frozenset({"op", "bij", "met", "uiterlijk", "omstreeks", "tegen", "afgelopen"})
# "het eerste kwartaal van 2018", "de tweede helft van 2017": a part of a year, approximate like "medio"
PART_WORDS = ("kwartaal", "helft", "halfjaar")
ORDINALS = ("eerste", "tweede", "derde", "vierde", "laatste")


_ASCII_DIGITS = regex_cache.compile(r"[0-9][0-9]*")
_MONTH_SET = frozenset(MONTHS)
_QUAL_SET = frozenset(QUAL_WORDS)
# "Q1 2018": a quarter as financial reports write it, approximate like "het eerste kwartaal"
_YEAR_QUAL_SET = frozenset((*QUAL_WORDS, *SEASON_WORDS, "q1", "q2", "q3", "q4"))
_PART_SET = frozenset(PART_WORDS)
_SEASON_SET = frozenset(SEASON_WORDS)
_ORDINAL_SET = frozenset(ORDINALS)


_NUMERIC_HEAD = regex_cache.compile(r"\d{1,2}([-/])\d{1,2}\1$")
# the last character of a shortened month, its dot or its last letter ("jan.", "jan", "sept")
_SHORTENED_END = frozenset(".") | {end for word in MONTH_ABBREVIATIONS for end in (word[-1], word[-1].upper())}
_SHORTENED_HEAD = regex_cache.compile(rf"(?<!\d)\d{{1,2}}\s+(?i:{SHORTENED_MONTH})\s$")


def starts(text: str, anchors: Sequence[tuple[int, str]]) -> list[int]:
    """Every position where `dates._DATE` can match, from the scan's anchors (see scan.py).

    A date starts at a month name or a year (anchors), at the day or qualifier before a month, at
    the qualifier or season before a year ("eind 2016", "najaar van 2016"), or at "dit", "vorig"
    ... before "jaar" or a season. Day, qualifier and season are whole words, so the word before
    an anchor is looked up; a day is a run of at most two digits somewhere before a month.
    """
    starts: list[int] = []
    last_month = -1
    for at, word in anchors:
        if word in _MONTH_SET:
            starts.append(at)
            last_month = max(last_month, at)
            prev = word_before(text, at)
            if prev and prev[1] in _QUAL_SET:
                starts.append(prev[0])
        elif word in ("19", "20"):
            starts.append(at)
            if at > 3 and text[at - 1] in "-/" and (numeric := _NUMERIC_HEAD.search(text, at - 6 if at > 6 else 0, at)):
                starts.append(numeric.start())  # "31-12-2018" starts at its day
            elif at > 5 and text[at - 2] in _SHORTENED_END:
                short = _SHORTENED_HEAD.search(text, max(0, at - 12), at)
                if short is not None:
                    starts.append(short.start())  # "1 jan. 2019", "1 jan 2019" start at their day
            prev = word_before(text, at)
            if prev and prev[1] == "van" and text[prev[0] : prev[0] + 3] == "van":  # "van" is case-sensitive
                prev = word_before(text, prev[0])
            if prev and prev[1] in _YEAR_QUAL_SET:
                starts.append(prev[0])
            elif prev and prev[1] in _PART_SET:  # "eerste kwartaal (van) 2018" starts at the ordinal
                ordinal = word_before(text, prev[0])
                if ordinal and ordinal[1] in _ORDINAL_SET:
                    starts.append(ordinal[0])
        elif word == "prinsjesdag":
            starts.append(at)
        else:  # "jaar" (also in "najaar", "voorjaar") or a season
            start = at
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
                start -= 1
            prev = word_before(text, start)
            if prev and prev[1] in ("de", "het"):  # "voor de zomer", "in het voorjaar"
                starts.append(prev[0])
            if prev and (prev[1] in DEICTIC_YEAR or prev[1] == "het" or prev[1] in LAST_WORDS):
                starts.append(prev[0])
                qual = word_before(text, prev[0])  # "eind dit jaar"
                if qual and qual[1] == "van" and text[qual[0] : qual[0] + 3] == "van":  # "eind van dit jaar"
                    qual = word_before(text, qual[0])
                if qual and (qual[1] in _QUAL_SET or qual[1] in _SEASON_SET):  # "najaar van vorig jaar"
                    starts.append(qual[0])
                elif qual and qual[1] in _PART_SET:  # "de eerste helft van volgend jaar"
                    ordinal = word_before(text, qual[0])
                    if ordinal and ordinal[1] in _ORDINAL_SET:
                        starts.append(ordinal[0])
    if last_month > 0:
        starts.extend(m.start() for m in _ASCII_DIGITS.finditer(text, 0, last_month) if m.end() - m.start() <= 2)
    return starts
