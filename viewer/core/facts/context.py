"""What every extractor sees: one sentence, where it stands, and the letter's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache

from viewer.core import regex_cache
from viewer.core.document import Section
from viewer.core.facts.model import Fact, FactKind, new_fact
from viewer.core.facts.numbers import unlabelled
from viewer.core.sentences import Sentence

# Qualifiers that make a count or an amount inexact. "tot" and "maximaal" give an upper bound:
# not the head count itself, so approximate too.
QUALIFIER = (
    r"(?:ongeveer|ong\.|circa|ca\.|ruim|bijna|zo['’]n|meer\s+dan|minder\s+dan|maximaal|max\.|hooguit|ten\s+hoogste|"
    r"minimaal|min\.|minstens|ten\s+minste|tenminste|tot\s+maximaal|tot|rond\s+de|om\s+en\s+nabij|naar\s+schatting|"
    r"bij\s+benadering)"
)

# After a verb of change "tot" says where it ends, not a cap: "verhoogd tot 26,5 miljoen euro"
CHANGED_TO = regex_cache.compile(
    r"\b(?:verhoogd|verhoogt|verlaagd|verlaagt|teruggebracht|opgehoogd|gedaald|daalt|daalde|gestegen|stijgt|steeg|"
    r"toegenomen|neemt\s+toe|afgenomen|neemt\s+af|beperkt|uitgebreid|opgelopen|loopt\s+op|liep\s+op|liepen\s+op|"
    r"verminderd|gegroeid|groeit|bijgesteld|aangevuld|afgebouwd|opgeschaald|afgeschaald)\s+$",
    re.IGNORECASE,
)


def mentions(text: str, words: tuple[str, ...]) -> bool:
    """A cheap first look before the real patterns: does the sentence hold any of `words`?

    Substring tests on the case-folded sentence run in C and are several times faster than a
    regex alternation of the same words, which Python's engine tries word by word at every position.
    """
    folded = text.casefold()
    return any(word in folded for word in words)


def matches_at(pattern: re.Pattern[str], text: str, starts: Sequence[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields, given every position where a match could start.

    The regex engine would try `pattern` at every position of `text`; the extractors know from the
    keywords around (see scan.py) the few positions where it can succeed. A match found at a
    start hides the starts inside it, as in `finditer`. None of the extractors' patterns matches
    the empty string.
    """
    pos = 0
    for at in sorted(set(starts)) if len(starts) > 1 else starts:
        if at < pos:
            continue
        m = pattern.match(text, at)
        if m:
            yield m
            pos = m.end()


def back(text: str, end: int, runs: int) -> int:
    """A position no later than any start from which at most `runs` runs of whitespace lead to `end`.

    Lets a pattern whose matches reach `end` (or a keyword near it) over at most `runs` runs of
    whitespace search a few words instead of the whole sentence. It steps back over runs of
    spaces; where other whitespace (a line break, a tab) lies in between, it gives 0.
    """
    at = end
    for _ in range(runs + 1):
        at = text.rfind(" ", 0, at)
        if at < 0:
            return 0
        while at and text[at - 1] == " ":
            at -= 1
    # any whitespace but " " is unprintable; so is little else in a letter
    return at if text[at:end].isprintable() else 0


def ahead(text: str, start: int, runs: int) -> int:
    """The end of the word `runs` runs of whitespace after the one at `start` (or the text's end).

    A bound for `pattern.finditer(text, lo, ahead(...))` when every match ends within `runs` words
    after a keyword at `start`: the bound is a space (or the end), where look-aheads and \\b see
    what they would see in the whole text, so the matches are those of the whole text. Where other
    whitespace (a line break, a tab) lies in between, it gives the text's end.
    """
    at = start
    for _ in range(runs):
        at = text.find(" ", at)
        if at < 0:
            return len(text)
        while at < len(text) and text[at] == " ":
            at += 1
    end = text.find(" ", at)
    if end < 0:
        end = len(text)
    return end if text[start:end].isprintable() else len(text)


class SentenceContext:
    """One sentence, where it stands, and the letter's date; built for every sentence with a
    keyword, read many times."""

    __slots__ = ("base", "index", "letter_date", "path", "section", "sentence", "text")

    def __init__(self, sentence: Sentence, section: Section, letter_date: dt.date | None, grouped: bool = True) -> None:
        self.sentence = sentence
        self.section = section
        self.letter_date = letter_date
        # what the extractors read: "nr. 597 155 militairen" with a tab after the label's number
        # (`grouped` False: the caller knows the letter groups no digits by a space at all)
        self.text = unlabelled(sentence.text) if grouped else sentence.text
        # what every fact of the sentence carries
        self.base = sentence.span.start
        self.path = section.path
        self.index = section.index

    def fact(
        self,
        kind: FactKind,
        start: int,
        end: int,
        value: int | float | str,
        unit: str | None,
        approximate: bool,
        *,
        qualifier: str | None = None,
        modifier: str | None = None,
        range_end: str | None = None,
    ) -> Fact:
        """A fact for the characters [start, end) of this sentence."""
        base = self.base
        text = self.sentence.text  # as the letter has it: `self.text` differs by a tab at most
        return new_fact(
            kind,
            text[start:end],
            value,
            unit,
            approximate,
            self.path,
            self.index,
            text,
            base + start,
            " ".join(qualifier.casefold().split()) if qualifier else None,
            modifier,
            range_end,
            base,
        )


# ... or a verb of change with its object between: "Nederland verhoogt zijn bijdrage aan het Trust Fund tot"
_CHANGES_OBJECT_TO = regex_cache.compile(
    # ("De kosten stijgen met € 2,1 miljoen tot € 23,6 miljoen": the total after the step, exact)
    r"\b(?:verhoog|verlaag|verhoge|verlage|verdubbel|stijg|steg|gestegen|daal|dal|gedaald|groei|gegroeid)\w*\b"
    # (a decimal comma or a thousands dot ends no clause: "met € 2,1 miljoen tot")
    r"(?:[^,;:.]|(?<=\d)[,.](?=\d))*\s$",
    re.IGNORECASE,
)


def changed_to(text: str, start: int) -> bool:
    """Does a verb of change stand right before the "tot" at `start` ("verhoogd tot ..."), or a few
    words before it ("verhoogt zijn bijdrage tot ...")?"""
    if CHANGED_TO.search(text, back(text, start, 3), start) is not None:
        return True
    return _CHANGES_OBJECT_TO.search(text, back(text, start, 10), start) is not None


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A pattern compiled when first used. Compiling the extractors' patterns is most of the
    command line's start (the regex compiler runs in Python); a pattern only some letters need
    ("Het aantal militairen ... van 150 naar 35") should not cost every start."""
    return cache(lambda: regex_cache.compile(pattern, flags))
