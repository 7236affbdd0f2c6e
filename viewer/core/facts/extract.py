"""Lift every fact out of a letter, sentence by sentence, in reading order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from viewer.core.document import Document, Section
from viewer.core.facts.commitments import find_commitments
from viewer.core.facts.context import SentenceContext
from viewer.core.facts.dates import find_dates
from viewer.core.facts.model import KIND_ORDER, Fact
from viewer.core.facts.money import find_money
from viewer.core.facts.troops import find_troops
from viewer.core.sentences import Sentence, section_sentences

Finder = Callable[[SentenceContext], list[Fact]]
FINDERS: tuple[Finder, ...] = (find_commitments, find_dates, find_troops, find_money)


def _overlaps(a: Fact, b: Fact) -> bool:
    return a.offset < b.offset + len(b.text) and b.offset < a.offset + len(a.text)


def sentence_facts(ctx: SentenceContext) -> list[Fact]:
    facts: list[Fact] = []
    for finder in FINDERS:
        for fact in finder(ctx):
            # one stretch of words states one fact: a number read as a date is not also money
            if fact.kind == "commitment" or not any(f.kind != "commitment" and _overlaps(f, fact) for f in facts):
                facts.append(fact)
    return facts


Memo = dict[tuple[str, dt.date | None], tuple[Fact, ...]]


def _moved(facts: tuple[Fact, ...], sentence: Sentence, section: Section) -> list[Fact]:
    """Facts found in an identical sentence elsewhere, placed at this sentence."""
    delta = sentence.span.start - facts[0].sentence_offset
    return [
        replace(
            f,
            offset=f.offset + delta,
            sentence_offset=sentence.span.start,
            section=section.path,
            section_index=section.index,
        )
        for f in facts
    ]


def extract_facts(document: Document, memo: Memo | None = None) -> list[Fact]:
    """Troop numbers, money, dates and commitments of `document`, in reading order.

    Pass one `memo` to the extraction of both letters of a comparison: most of a later letter's
    sentences stand unchanged in the earlier one, and a sentence with the same words and the
    same letter date states the same facts.
    """
    memo = {} if memo is None else memo
    date = document.meta.date
    facts: list[Fact] = []
    for section in document.sections:
        for sentence in section_sentences(section):
            key = (sentence.text, date)
            found = memo.get(key)
            if found is None:
                found = tuple(sentence_facts(SentenceContext(sentence, section, date)))
                memo[key] = found
                facts.extend(found)
            elif found:
                facts.extend(_moved(found, sentence, section))
    facts.sort(key=lambda f: (f.offset, KIND_ORDER[f.kind]))
    return facts
