"""Lift every fact out of a letter, sentence by sentence, in reading order.

The sentences not met before are scanned together for keyword anchors first (scan.py); each
extractor then looks only where its anchors are, and a sentence without any is done at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from bisect import bisect_left
from collections.abc import Callable

from viewer.core import regex_cache
from viewer.core.document import Document, Section
from viewer.core.facts.commitments import commitments_at, find_commitments
from viewer.core.facts.context import SentenceContext
from viewer.core.facts.dates import dates_at, find_dates
from viewer.core.facts.model import KIND_ORDER, Fact, new_fact
from viewer.core.facts.money import find_money, money_at
from viewer.core.facts.numbers import grouped_digits
from viewer.core.facts.scan import COMMITMENT, DATE, MONEY, TROOPS, scan
from viewer.core.facts.table_money import table_amounts
from viewer.core.facts.troops import COUNT, find_troops, troops_at
from viewer.core.sentences import Sentence, section_sentences

Finder = Callable[[SentenceContext], list[Fact]]
FINDERS: tuple[Finder, ...] = (find_commitments, find_dates, find_troops, find_money)


def _overlaps(a: Fact, b: Fact) -> bool:
    return a.offset < b.offset + len(b.text) and b.offset < a.offset + len(a.text)


# Beyond this many facts in one sentence (only a "sentence" that runs for pages, such as a table
# copied from a PDF, has them), the overlap check looks up neighbours instead of every fact.
_FEW = 16


def _add(facts: list[Fact], found: list[Fact]) -> None:
    """Append the facts of `found` that overlap no fact (other than a commitment) before them.

    One stretch of words states one fact: a number read as a date is not also money.
    """
    if len(facts) + len(found) > _FEW:
        _add_many(facts, found)
        return
    for fact in found:
        if fact.kind == "commitment" or not any(f.kind != "commitment" and _overlaps(f, fact) for f in facts):
            facts.append(fact)


def _add_many(facts: list[Fact], found: list[Fact]) -> None:
    """`_add` in O(n log n): the facts other than commitments never overlap one another, so sorted
    by where they start, a new fact can only overlap the one before it or the one after it."""
    spans = sorted((f.offset, f.offset + len(f.text)) for f in facts if f.kind != "commitment")
    starts = [start for start, _ in spans]
    for fact in found:
        if fact.kind != "commitment":
            start, end = fact.offset, fact.offset + len(fact.text)
            at = bisect_left(starts, start)
            if (at and spans[at - 1][1] > start) or (at < len(spans) and spans[at][0] < end):
                continue
            starts.insert(at, start)
            spans.insert(at, (start, end))
        facts.append(fact)


def sentence_facts(ctx: SentenceContext) -> list[Fact]:
    facts: list[Fact] = []
    for finder in FINDERS:
        _add(facts, finder(ctx))
    return facts


_ANCHORED_FINDERS = (
    (COMMITMENT, commitments_at),
    (DATE, dates_at),
    (TROOPS, troops_at),
    (MONEY, money_at),
)


def _batch(fresh: dict[str, tuple[Sentence, Section]], date: dt.date | None, known: Known) -> None:
    """The facts of each sentence in `fresh` (text: where it first stands) into `known`.

    The sentences are scanned together, and each extractor runs over all its sentences in turn
    rather than sentence by sentence: the same few patterns and functions over and over keep the
    processor's caches warm (measured: 7 % less time than taking the sentences one by one).
    """
    texts = list(fresh)
    by_kind, odd = scan(texts)
    # the sentences with counts or amounts whose digits a space groups: the few `unlabelled` has to read
    counted = sorted(by_kind[TROOPS].keys() | by_kind[MONEY].keys())
    grouped = {counted[k] for k in grouped_digits([texts[i] for i in counted])}
    contexts: dict[int, SentenceContext] = {}  # of the sentences with anchors, made when first needed
    found: dict[int, list[list[Fact]]] = {}  # per sentence with facts, per extractor in order
    try:
        for kind, finder in _ANCHORED_FINDERS:
            for i, anchors in by_kind[kind].items():
                ctx = contexts.get(i)
                if ctx is None:
                    ctx = contexts[i] = SentenceContext(*fresh[texts[i]], date, i in grouped)
                facts = finder(ctx, anchors)
                if facts:
                    lists = found.get(i)
                    if lists is None:
                        found[i] = [facts]
                    else:
                        lists.append(facts)
        for i in odd:
            found[i] = [sentence_facts(SentenceContext(*fresh[texts[i]], date))]
    except Exception:
        # a letter an extractor fails on: fail on the same sentence, with `known` holding the
        # sentences before it, as extracting one sentence after the other does
        for text in texts:
            known[text] = tuple(sentence_facts(SentenceContext(*fresh[text], date)))
        raise  # not reached: the same sentence fails again
    for i, text in enumerate(texts):
        lists = found.get(i)
        if lists is None:
            known[text] = ()
        else:
            facts = []
            for kind_facts in lists:
                _add(facts, kind_facts)
            known[text] = tuple(facts)


# The facts of each sentence met so far, by its text; and those per letter date (see `extract_facts`).
Known = dict[str, tuple[Fact, ...]]
Memo = dict[dt.date | None, Known]


def _moved(facts: tuple[Fact, ...], sentence: Sentence, section: Section) -> list[Fact]:
    """Facts found in an identical sentence elsewhere, placed at this sentence."""
    base = sentence.span.start
    delta = base - facts[0].sentence_offset
    path, index = section.path, section.index
    # built directly: `dataclasses.replace` costs several times more, and the new letter's
    # extraction is mostly this
    return [
        new_fact(
            f.kind,
            f.text,
            f.value,
            f.unit,
            f.approximate,
            path,
            index,
            f.sentence,
            f.offset + delta,
            f.qualifier,
            f.modifier,
            f.end,
            base,
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
    known = memo.setdefault(date, {})
    placed: list[tuple[Sentence, Section]] = []
    fresh: dict[str, tuple[Sentence, Section]] = {}  # where each sentence `known` lacks first stands
    for section in document.sections:
        for sentence in section_sentences(section):
            text = sentence.text
            if text not in known and text not in fresh:
                fresh[text] = (sentence, section)
            placed.append((sentence, section))
    if fresh:
        _batch(fresh, date, known)
    facts: list[Fact] = []
    for sentence, section in placed:
        found = known[sentence.text]
        if found:
            first = fresh.get(sentence.text)
            if first is not None and first[0] is sentence:
                facts.extend(found)
            else:
                facts.extend(_moved(found, sentence, section))
    facts.extend(table_amounts(document, facts))
    facts.sort(key=lambda f: (f.offset, KIND_ORDER[f.kind]))
    return _referred(facts, document.text)


# Groups of people that are not the letter's own personnel, or may not be
_PEOPLE = (
    *("peshmerga", "strijders", "rekruten", "mensen", "personen", "vluchtelingen", "burgers", "ontheemden"),
    *("cursisten", "leerlingen", "soldaten", "militairen", "agenten", "trainees", "deelnemers", "eenheden"),
    *("slachtoffers", "inwoners", "kinderen", "vrouwen", "mannen", "gevangenen", "strijdkrachten", "officieren"),
)
# How many counts back a count without its noun looks for the one it refers to (a "sentence" of
# pages, a table copied from a PDF, would otherwise have each look through thousands)
_REFER_BACK = 8
_GAP = 1000  # characters at most between a sentence and the one right after it


def _referred(facts: list[Fact], text: str) -> list[Fact]:
    """The facts, each count read without its noun ("Vijftig van hen ...", troops.py) given the noun
    and nationality of the count it refers to: the last one before it of more people, in its
    sentence or the one right before ("150 militairen, waarvan 40 in Jordanië. Zestig van hen ..."
    refers to the 150). A count with nothing to refer to is left out: it counts no one the letter
    names."""
    if not any(f.kind == "troops" and f.unit is None for f in facts):
        return facts
    out: list[Fact] = []
    counts: list[Fact] = []  # the counts with their noun so far
    for fact in facts:
        if fact.kind != "troops" or fact.unit is not None:
            out.append(fact)
            if fact.kind == "troops":
                counts.append(fact)
            continue
        for whole in reversed(counts[-_REFER_BACK:]):
            if not _near(whole, fact, text) or _others_between(whole, fact, text, out):
                break
            if isinstance(whole.value, int) and isinstance(fact.value, int) and fact.value < whole.value:
                out.append(dataclasses.replace(fact, unit=whole.unit, modifier=whole.modifier))
                break
    return out


# A count of other people ("5000 Peshmerga", "300 Iraakse militairen") between a count and "van hen"
# makes "hen" them as likely: the count then refers to no one the letter names for sure.
_OTHERS = regex_cache.compile(
    rf"(?<![\w.,])(?i:{COUNT})(?![\w\-])(?:\s+[^\s,.;:()]+){{0,2}}?\s+(?i:[\w\-]*(?:{'|'.join(_PEOPLE)}))\b"
)


def _others_between(whole: Fact, part: Fact, text: str, before: list[Fact]) -> bool:
    """Is another group of people counted between `whole` and `part` (facts blanked out)?"""
    start, end = whole.offset + len(whole.text), part.offset
    if end - start > 2 * _GAP:
        return False  # not read: `_near` bounds how far apart the two may stand
    between = list(text[start:end])
    for fact in reversed(before):
        if fact.offset < start:
            break
        between[fact.offset - start : fact.offset - start + len(fact.text)] = " " * len(fact.text)
    return _OTHERS.search("".join(between)) is not None


def _near(whole: Fact, part: Fact, text: str) -> bool:
    """Does `whole` stand in the sentence of `part` or the one right before, in its section?"""
    if whole.section_index != part.section_index:
        return False
    if whole.sentence_offset == part.sentence_offset:
        return True
    gap = (whole.sentence_offset + len(whole.sentence), part.sentence_offset)
    # the sentence right before: only whitespace between (and not pages of it, which is not read)
    return gap[1] - gap[0] <= _GAP and not text[gap[0] : gap[1]].strip()
