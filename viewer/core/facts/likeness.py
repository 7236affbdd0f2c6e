"""How alike two facts of two letters are: the score that pairing (pairing.py) ranks by.

Facts pair by the words around them, never by their value. Every old and new fact of one kind is
scored: how alike their sentences are (each with the fact itself and all digits masked, so
"155" -> "180" or "2017" -> "2018" elsewhere in the sentence does not count against it), how alike
the few words on either side are, and whether unit, qualifier, modifier and role agree. Troop counts
of another noun ("militairen" vs "trainers") or another nationality ("Nederlandse" vs "Belgische")
never pair. Commitments pair by the similarity of their sentences alone (digits masked too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from viewer.core import regex_cache
from viewer.core.facts.about import other_subjects
from viewer.core.facts.model import FACT_KINDS, Fact
from viewer.core.facts.numbers import WORD_NUMBER, parse_number, plain

# A fact pairs within its section pair from this score up (0..1). Measured on nr. 597: two
# different facts of one kind in different sentences of one section score at most 0.59 ("79
# miljoen euro" vs "26,5 miljoen euro" in Financiën); a fact whose number changed in an otherwise
# kept sentence scores above 0.9, one in a reworded sentence around 0.75.
ACCEPT = 0.65
# Commitments: the mean of rapidfuzz's ratio (order-aware) and token_set_ratio (a sentence that was
# shortened or extended keeps its words). Distinct commitments in one section of nr. 597 score at
# most 0.61 (the two BIV financing sentences); "is voornemens" -> "heeft besloten" with a few words
# changed scores 0.79, a sentence cut to half its length 0.74.
COMMITMENT_ACCEPT = 0.7
# A date whose role changed (start, end or neither) scores this much less: in a kept sentence
# ("tot 1 juli" -> "vanaf 1 juli", above 0.9) it still pairs, but two dates of reworded sentences
# that differ in day and role are two facts: the day a promise was made ("heeft op 12 maart jl.
# toegezegd een brief te sturen") and the new deadline ("zal voor het einde van het jaar een brief
# sturen") scored 0.66, Canada's "Vanaf 1 mei 2018 neemt Canada ... over" and "Canada levert tot
# 31 juli 2019" 0.67.
ROLE_CHANGE = 0.06
# Commitments, and facts of sentences, about subjects that share no word ("informeren over de inzet
# van deze teams", "over de evaluatie van de trainingsmissie", about.py) score this much less: in
# one frame they scored 0.79, and a promise kept read as postponed; a sentence kept but for its
# subject still pairs.
SUBJECT_CHANGE = 0.2
# A commitment about another subject, more: a promise that is nothing but its frame and a subject of
# one word ("Het kabinet zal uw Kamer informeren over de kosten." -> "... over de risico's.") scored
# 0.91, and 0.71 less 0.2 paired the promise dropped with the new one as one changed (qa15 #3).
COMMITMENT_SUBJECT_CHANGE = 0.25
CONTEXT_WORDS = 4
# A "sentence" can run for pages: a table copied from a PDF has no full stops. Words this many
# characters from a fact say nothing about it, and scoring all of them would cost the square of the
# sentence's length for every pair of facts in it (a 200 KB list of dates kept the comparison busy
# for hours). nr. 597's longest sentence has 454 characters, so real sentences are scored whole.
REACH = 400
COMMITMENT_REACH = 2 * REACH

# `\d\d*` rather than `\d+`: the same matches, but a pattern that starts with a character class
# lets the regex engine skip ahead to the next digit instead of trying every position.
_DIGITS = regex_cache.compile(r"\d\d*(?:[.,]\d+)*")
_PLURAL = regex_cache.compile(r"(?:en|s|['’]s)$")


# Qualifiers that say the same of a number: "ongeveer 35" and "circa 35" state one fact, "ongeveer
# 35" and "maximaal 35" two. Each is read as the first of its group.
_SAME_SENSE = (
    ("ongeveer", "ong.", "circa", "ca.", "zo'n", "zo’n", "rond de", "om en nabij", "naar schatting", "bij benadering"),
    ("ruim", "meer dan"),
    ("maximaal", "max.", "hooguit", "ten hoogste", "tot maximaal", "tot"),
    ("minimaal", "min.", "minstens", "ten minste", "tenminste"),
    ("bijna", "minder dan"),
    ("eind", "einde", "ultimo"),  # "het einde van 2017" and "ultimo 2017" say what "eind 2017" says
    ("begin", "primo"),
    ("voorjaarsreces", "krokusreces"),  # the Kamer's February recess, by either name
)
_SENSE = {word: group[0] for group in _SAME_SENSE for word in group}


def sense(qualifier: str | None) -> str | None:
    """What a qualifier says of its number or date, the same for words that say the same."""
    if qualifier is None:
        return None
    folded = " ".join(qualifier.casefold().split())
    return _SENSE.get(folded, folded)


_RELATIVE = frozenset({"jl.", "jongstleden", "a.s.", "aanstaande"})


def qualifies(fact: Fact) -> str | None:
    """The qualifier that changes what a fact says, by its sense: not "jl." or "a.s.", which only say
    where the day lies ("29 april jl." is 29 April 2016, as printed in full elsewhere)."""
    said = sense(fact.qualifier)  # "circa" says what "ongeveer" says, "het einde van" what "eind"
    return None if said in _RELATIVE else said


@dataclass(slots=True)  # not frozen: a frozen dataclass is several times slower to build
class Prepared:
    fact: Fact
    noun: str | None  # troops: unit without plural ending, case folded
    # What the masked texts depend on: kind, sentence, place in it, length.
    raw: tuple[object, ...]
    # Everything else the score looks at; for a commitment its value, which fixes its masked sentence.
    sig: tuple[object, ...]


class Masks:
    """Per pairing, the masked sentence and context of each distinct `raw`, made when first needed.

    sentence: the fact masked, digits masked, whitespace collapsed, case folded; context:
    CONTEXT_WORDS words either side of the fact, masked the same way ("" for commitments).
    """

    def __init__(self) -> None:
        self._cache: dict[tuple[object, ...], tuple[str, str]] = {}

    def __call__(self, p: Prepared) -> tuple[str, str]:
        got = self._cache.get(p.raw)
        if got is None:
            got = self._cache[p.raw] = masked(p.fact)
        return got


def _mask(text: str) -> str:
    return " ".join(_DIGITS.sub("#", text).casefold().split())


def masked(fact: Fact) -> tuple[str, str]:
    if fact.kind == "commitment":
        sentence = fact.sentence
        if len(sentence) > COMMITMENT_REACH:
            sentence = sentence[:COMMITMENT_REACH].rsplit(None, 1)[0]
        return _mask(sentence), ""
    sentence, at = fact.sentence, fact.offset - fact.sentence_offset
    end = at + len(fact.text)
    # beyond REACH, whole words only: the same words cut the same way in both letters
    before = sentence[max(0, at - REACH) : at]
    if at > REACH:
        before = before.split(None, 1)[-1]
    after = sentence[end : end + REACH]
    if len(sentence) > end + REACH:
        after = after.rsplit(None, 1)[0]
    # the last and first CONTEXT_WORDS whitespace-separated words (`str.split` and the regex `\S+`
    # agree on what whitespace is), without splitting the whole sentence
    left = before.rsplit(None, CONTEXT_WORDS)[-CONTEXT_WORDS:]
    right = after.split(None, CONTEXT_WORDS)[:CONTEXT_WORDS]
    return _mask(f"{before} \x00 {after}"), _mask(" ".join([*left, "\x00", *right]))


def whose(fact: Fact) -> str | None:
    """Whose people a count counts: a Dutch letter's "155 militairen" are its "155 Nederlandse militairen"."""
    return None if fact.modifier == "Nederlandse" else fact.modifier


def prepare(fact: Fact) -> Prepared:
    raw = (fact.kind, fact.sentence, fact.offset - fact.sentence_offset, len(fact.text))
    if fact.kind == "commitment":
        return Prepared(fact, None, raw, (fact.kind, fact.value))
    noun = _PLURAL.sub("", fact.unit.casefold()) if fact.kind == "troops" and fact.unit else None
    sig = (fact.kind, fact.unit, fact.qualifier, whose(fact), fact.approximate, fact.value)
    return Prepared(fact, noun, raw, sig)


def similarity(a: Prepared, b: Prepared, masks: Masks) -> float:
    """How sure we are that `a` and `b` state the same fact (0..1); 0 when they cannot."""
    fa, fb = a.fact, b.fact
    if fa.kind != fb.kind:
        return 0.0
    sa, ca = masks(a)
    sb, cb = masks(b)
    if fa.kind == "commitment":
        score = combine("commitment", fuzz.ratio(sa, sb), fuzz.token_set_ratio(sa, sb), 0.0, 0.0)
        return score - COMMITMENT_SUBJECT_CHANGE if other_subjects(sa, sb) else score
    wa, wb = whose(fa), whose(fb)
    if a.noun != b.noun or (fa.modifier and fb.modifier and wa != wb):
        return 0.0
    agree = [
        fa.unit == fb.unit,
        sense(fa.qualifier) == sense(fb.qualifier),
        wa == wb,
        fa.approximate == fb.approximate,
    ]
    score = combine(fa.kind, fuzz.ratio(sa, sb), 0.0, fuzz.ratio(ca, cb), sum(agree) / len(agree))
    if other_subjects(sa, sb):  # the deadline of another promise ("voor de zomer informeren over ...")
        score -= SUBJECT_CHANGE
    return score - ROLE_CHANGE if fa.kind == "date" and fa.unit != fb.unit else score


def combine(kind: str, sentence: float, token_set: float, context: float, attributes: float) -> float:
    """The score from rapidfuzz's 0..100 similarities and the share of agreeing attributes."""
    if kind == "commitment":
        return (sentence + token_set) / 200.0
    return 0.55 * (sentence / 100.0) + 0.35 * (context / 100.0) + 0.10 * attributes


# The score of two facts with equal `_top_keys`: everything alike, and the equal-value bonus.
TOP = {kind: combine(kind, 100.0, 100.0, 100.0, 1.0) + 1e-6 for kind in FACT_KINDS}


def threshold(kind: str) -> float:
    return COMMITMENT_ACCEPT if kind == "commitment" else ACCEPT


# A number in words or in figures ("drie", "3", "1.000", "duizend"); not the article "een"/"en".
_NUMBER = regex_cache.compile(
    rf"(?<![\w.,\-])(?:\d{{1,3}}(?:\.\d{{3}})+|\d+|(?!(?:e?en|ën)\b)(?i:{WORD_NUMBER}))(?![\w\-]|[.,]\d)"
)


@lru_cache(maxsize=4096)
def in_figures(sentence: str) -> str:
    """`sentence` with its numbers written in figures: "Nederland stelt drie helikopters beschikbaar"
    says what "Nederland stelt 3 helikopters beschikbaar" says."""

    def figure(m: re.Match[str]) -> str:
        value = parse_number(m.group())
        return m.group() if value is None else str(plain(value))

    return _NUMBER.sub(figure, sentence)
