"""A hyphen at a line's end: a word broken there by the typesetter, or a hyphen of the words.

Text copied from a PDF, and the PDF itself, break words over lines with a hyphen ("tegenof-" /
"fensief"); a compound that is written with a hyphen may break at it too ("coalitie-" /
"eenheden", "Syrië-" / "conferentie"). The same letter must read the same wherever its lines
happened to break, so the hyphen is dropped only where the two parts make one Dutch word, and
kept (with no space after it) where it belongs to the words:

- the letter writes the words with the hyphen elsewhere, or a name before it ("Peshmerga-strijders");
- a number, an acronym or a name stands on either side ("48-uurpauze", "F-16", "ISIS-strijders",
  "«track II»-sporen");
- the word already holds a hyphen and both its last part and the next line's word are words the
  letter uses ("air-to-air-" + "refueling", where the letter writes "air" and "refueling"); not a
  syllable ("ISIS-strij-" + "ders", "anti-ISIS-coa-" + "litie": joined);
- an English pair joined by "&" goes on with it ("advise & assist-teams");
- two vowels would clash ("coalitie-eenheden").
- a country's name stands before a word ("Syrië-" + "conferentie"), as the government's letters write
  it (nr. 597: "Syrië-conferentie"), where the letter does not write the two as one word elsewhere; not
  before an ending that makes the name a word of its own ("Nederland-" + "se", "Mali-" + "nese").
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core import regex_cache
from viewer.core.countries import COUNTRIES

VOWEL_CLASH = {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ij", "oe", "oi", "oo", "ou", "ui", "uu"}
# the countries whose name is one word, case folded ("syrië", "irak")
_COUNTRIES = frozenset(name.casefold() for name in COUNTRIES if " " not in name)
# the endings that make a country's name a word of its own ("Nederlandse", "Malinese", "Japanners")
_ENDINGS = frozenset({"s", "se", "sche", "isch", "ische", "er", "ers", "ese", "nese", "ees", "en", "aar", "aars"})
_ENDINGS |= {"ner", "ners", "nezen", "lese", "lezen", "zen", "ezen", "aanse", "aan", "anen"}
# Besides the words themselves (case folded), the dictionary holds the names the letter writes with a
# hyphen after them where no clash of vowels explains it ("Peshmerga-strijders", "Syrië-conferentie":
# NAMED + "Peshmerga"; not "Defensie-inzet", a Dutch compound that takes a hyphen for its vowels)
NAMED = "\x01"
# ... and the parts of the words written with hyphens ("air" and "to" of "air-to-air"), under this mark
PART = "\x02"


def dictionary(lines: Sequence[str]) -> set[str]:
    """The words of the letter's lines, the parts of words broken over lines left out (see NAMED)."""
    words: set[str] = set()
    broken = False  # did the line before end in a hyphen?
    for text in lines:
        tokens = text.split()
        for k, token in enumerate(tokens):
            if (k == len(tokens) - 1 and token.endswith("-")) or (k == 0 and broken):
                continue  # the parts of a word broken over lines are no evidence ("Communica-" "tions")
            word = token.strip("()[]«»\"'“”‘’.,;:!?")
            words.add(word.casefold())
            if "-" in word:
                words.update(PART + part.casefold() for part in word.split("-") if part)
            stem, hyphen, rest = word.partition("-")
            if (
                hyphen
                and stem[:1].isupper()
                and rest[:1].islower()
                and (stem[-1] + rest[0]).casefold() not in VOWEL_CLASH
            ):
                words.add(NAMED + stem)
        broken = bool(tokens) and tokens[-1].endswith("-")
    return words


def join_hyphen(left: str, right: str, words: set[str], after_ampersand: bool = False) -> bool:
    """True when 'left-' + 'right' is one word broken by hyphenation (drop the hyphen).

    `after_ampersand`: "&" stands before `left`, an English pair whose hyphen joins them both to
    what follows ("advise & assist-" + "teams"): kept.
    """
    stem = left[:-1].lstrip("([«\"'“‘")
    tail = right.rstrip(").,;:!?»\"'”’")
    if not stem or not tail:
        return False
    if f"{stem}-{tail}".casefold() in words:
        return False
    if f"{stem}{tail}".casefold() in words:
        return True
    if not stem[-1].isalpha() or not tail[0].isalpha():
        return False  # a number ("MQ-" + "9", "48-" + "uurpauze") or a quote ("«track II»-" + "sporen")
    if stem[-1].isupper() or tail[0].isupper():
        return False  # an acronym or a name ("F-" + "16", "ISIS-" + "strijders", "Noord-" + "Irak")
    if tail.partition("-")[2][:1].islower():
        return False  # a compound that goes on with a hyphen ("air-" + "to-air"); not "Noord-" + "oost-Syrië"
    if after_ampersand and stem[:1].islower():
        return False  # "advise & assist-teams"
    if "-" in stem and (_both_words(stem.rpartition("-")[2], tail, words) or _repeats(stem)):
        return False  # a compound that had a hyphen before ("air-to-air-" + "refueling")
    if stem[0].isupper() and NAMED + stem in words:
        # a name before a Dutch word, which the letter writes with a hyphen elsewhere ("Peshmerga-" +
        # "strijders"); not "Daar-" + "naast", "Kamer-" + "brief", "EU Trainings-" + "missie"
        return False
    if stem.casefold() in _COUNTRIES and tail.casefold() not in _ENDINGS:
        return False  # "Syrië-" + "conferentie"
    return (stem[-1] + tail[0]).casefold() not in VOWEL_CLASH


def _repeats(stem: str) -> bool:
    """Is the last part of a hyphenated word one of its earlier parts ("air-to-air"): a word, then,
    not a syllable broken off, however seldom the letter writes it?"""
    *before, last = stem.casefold().split("-")
    return len(last) > 1 and last in before


def _both_words(part: str, tail: str, words: set[str]) -> bool:
    """Are the last part of a hyphenated word and the next line's word each a word of the letter (the
    hyphen joins two words), and not one word together (a syllable broken off: "strij-" + "ders")?"""
    part, tail = part.casefold(), tail.casefold()
    if not part[:1].isalpha() or (part + tail) in words or PART + part + tail in words:
        return False
    return (part in words or PART + part in words) and (tail in words or PART + tail in words)


# a word longer than this is no word the dictionary knows: looking further back is not needed
LONGEST_WORD = 200
_LAST_WORD = regex_cache.compile(r"\S+$")


def last_word(pieces: list[str], seps: list[str]) -> str:
    """The last word of the pieces as joined (a word may run over pieces joined without space)."""
    word = ""
    for i in range(len(pieces) - 1, -1, -1):
        found = _LAST_WORD.search(pieces[i])
        if found is None:
            break
        word = found.group() + word
        if found.start() > 0 or seps[i] or len(word) > LONGEST_WORD:
            break
    return word


def ends_in_hyphen(text: str) -> bool:
    """Does the line end in a hyphen right after a word ("Syrië-", "48-", "«track II»-"), not a dash
    standing apart ("2015 -")?"""
    return text.endswith("-") and len(text) > 1 and not text[-2].isspace()


def join_broken_lines(lines: Sequence[str], words: set[str]) -> str:
    """The lines as one text: with a space between lines, or without where a word was broken over
    them. Built from pieces, joined once: a block of thousands of lines (a table copied whole) must
    not be copied over again for every line."""
    pieces: list[str] = []
    seps: list[str] = []  # what joins each piece to the one before it
    for line in lines:
        text = line.strip()
        if not pieces:
            if text:
                pieces.append(text)
                seps.append("")
            continue
        last = pieces[-1]
        sep = " "
        left = last_word(pieces, seps) if last.endswith("-") else ""
        if ends_in_hyphen(left):
            right = text.split()[0]
            if right in ("en", "of", "tot") or left.startswith("-"):
                pass  # "preventie- en repressieactiviteiten"
            elif join_hyphen(left, right, words, after_ampersand=last[: -len(left)].rstrip().endswith("&")):
                pieces[-1] = last[:-1]
                sep = ""
            else:
                sep = ""
        pieces.append(text)
        seps.append(sep)
    return "".join(sep + piece for sep, piece in zip(seps, pieces, strict=True))
