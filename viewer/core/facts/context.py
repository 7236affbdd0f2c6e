"""What every extractor sees: one sentence, where it stands, and the letter's date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from viewer.core.document import Section
from viewer.core.facts.model import Fact, FactKind
from viewer.core.sentences import Sentence

# Qualifiers that make a count or an amount inexact. "tot" and "maximaal" give an upper bound:
# not the head count itself, so approximate too.
QUALIFIER = (
    r"(?:ongeveer|circa|ca\.|ruim|bijna|zo['’]n|meer\s+dan|minder\s+dan|maximaal|hooguit|ten\s+hoogste|"
    r"minimaal|minstens|ten\s+minste|tot\s+maximaal|tot|rond\s+de|om\s+en\s+nabij)"
)


def mentions(text: str, words: tuple[str, ...]) -> bool:
    """A cheap first look before the real patterns: does the sentence hold any of `words`?

    Substring tests on the case-folded sentence run in C and are several times faster than a
    regex alternation of the same words, which Python's engine tries word by word at every position.
    """
    folded = text.casefold()
    return any(word in folded for word in words)


@dataclass(frozen=True, slots=True)
class SentenceContext:
    sentence: Sentence
    section: Section
    letter_date: dt.date | None

    @property
    def text(self) -> str:
        return self.sentence.text

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
        base = self.sentence.span.start
        return Fact(
            kind=kind,
            text=self.text[start:end],
            value=value,
            unit=unit,
            approximate=approximate,
            section=self.section.path,
            section_index=self.section.index,
            sentence=self.text,
            offset=base + start,
            qualifier=" ".join(qualifier.casefold().split()) if qualifier else None,
            modifier=modifier,
            end=range_end,
            sentence_offset=base,
        )
