"""Commitment rules in a clause of pages do bounded work: the checks made and the characters read
are counted here (not timed), on clauses that made the old code run for a minute.

A table copied from a PDF is one "sentence" without commas. Repeating a rule's words there made
every match ask the whole clause again (8 s for 50 KB of "Uw Kamer wordt geïnformeerd"), and every
actor named made the word reader reverse the clause up to it.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.facts import actors, binding, clauses, commitments

from factkit import facts

REPEATS = 3000


def _counted_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the rule checks made from here on."""
    made: list[str] = []

    def counting(check):  # type: ignore[no-untyped-def]
        def counted(s, m):  # type: ignore[no-untyped-def]
            made.append(check.__name__)
            return check(s, m)

        return counted

    monkeypatch.setattr(commitments, "_RULES", tuple((p, counting(c)) for p, c in commitments._RULES))
    return made


@pytest.mark.parametrize(
    "unit",
    [
        "Frankrijk draagt bij met 5 miljoen euro ",
        "Frankrijk steunt Irak met 5 miljoen euro ",
        "De coalitie zal ",
        "Het gaat om ",
        "Frankrijk deed een toezegging ",
        "De VS verlengt ",
        "Frankrijk biedt aan om ",
        "De coalitie wordt verlengd en ",
        # every match in a subordinate clause of its own: they share their clause's tries
        "Het kabinet verwacht dat ISIS zal verliezen en ",
        "De coalitie houdt ons op de hoogte en ",
        "De training wordt door Amerikaanse militairen verzorgd en ",
        "Frankrijk of Nederland zal de training geven en ",
        "Minister Mattis van de VS zal ",
    ],
)
def test_a_rule_is_checked_a_few_times_in_a_clause_of_pages(monkeypatch: pytest.MonkeyPatch, unit: str) -> None:
    made = _counted_checks(monkeypatch)
    text = unit * REPEATS + "en Frankrijk levert."
    assert facts(text, "commitment") == []
    per_rule = {name: made.count(name) for name in set(made)}
    # the anchored path and (for the property tests) nothing else: a few per rule, not thousands
    assert per_rule and max(per_rule.values()) <= clauses.TRIES, per_rule


def test_the_bound_leaves_a_clause_with_a_few_matches_alone() -> None:
    # the binding "zal" is the rule's third match in its clause: well within the tries
    text = "Nederland zal moeten helpen en zal kunnen helpen en zal de tankercapaciteit aanbieden."
    assert len(facts(text, "commitment")) == 1


def test_a_verb_and_its_particle_far_apart_within_the_reach() -> None:
    filler = " ".join(["met"] + ["zeer"] * 70)  # about 350 characters
    assert len(filler) < binding.REACH
    assert facts(f"Nederland draagt {filler} veel 5 miljoen euro bij.", "commitment")


def test_reading_the_words_before_each_actor_reads_a_little_of_the_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    reversed_words = actors._reversed_words

    def counting(clause: str, start: int, lo: int) -> list[str] | None:
        read.append(start - lo)
        return reversed_words(clause, start, lo)

    monkeypatch.setattr(actors, "_reversed_words", counting)
    clause = "binnen de coalitie " * REPEATS + "zal"  # governed throughout, and whose business it is
    assert actors.clause_actor(clause) == "foreign"
    assert len(read) == REPEATS and max(read) <= actors._LOOK_BACK


def _words_before_plain(clause: str, start: int) -> list[str]:
    """What `_words_before` stands for: the pattern repeated from `start` back."""
    words: list[str] = []
    m = actors._WORD_BEFORE.search(clause, 0, start)
    while m and len(words) < 3:
        words.append(m.group(1).casefold())
        m = actors._WORD_BEFORE.search(clause, 0, m.start(1))
    return words


PIECES = ["tegen", "de", "Nederlandse", "-", "’", " ", "  ", ", ", "a" * 120, "x" * 300, "ISIS", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.integers(min_value=0, max_value=5000))
def test_the_words_before_a_point_are_those_the_pattern_reads(pieces: list[str], cut: int) -> None:
    clause = "".join(pieces)
    start = min(cut, len(clause))
    assert actors._words_before(clause, start) == _words_before_plain(clause, start)


def test_the_clause_around_a_match_is_the_one_the_breaks_make() -> None:
    text = "Eerst dit, dan dat – en zo; verder: Nederland zal helpen"
    sentence = clauses.Sentence(text)
    for m in re.finditer(r"\w+", text):
        starts = [0] + [e for _, e in clauses.breaks(text) if e <= m.start()]
        ends = [b for b, _ in clauses.breaks(text) if b >= m.end()] + [len(text)]
        assert sentence.clause(m.start()) == (starts[-1], ends[0])


@pytest.mark.parametrize(
    ("text", "clauses_of"),
    [
        # an aside between two dashes belongs to the clause around it
        (
            "Nederland draagt – via het UNDP – 10 miljoen euro bij",
            ["Nederland draagt – via het UNDP – 10 miljoen euro bij"],
        ),
        # ... unless another break stands inside: then the dashes break as before
        ("Wij – en, zo nodig, de EU – helpen", ["Wij", "en", "zo nodig", "de EU", "helpen"]),
        # one dash alone still breaks
        ("Eerst dit – dan dat", ["Eerst dit", "dan dat"]),
        ("Dit – dat – en zo – verder", ["Dit – dat – en zo", "verder"]),
    ],
)
def test_an_aside_between_dashes_stays_in_its_clause(text: str, clauses_of: list[str]) -> None:
    found = clauses.clause_breaks(text)
    starts, ends = [0, *(e for _, e in found)], [*(b for b, _ in found), len(text)]
    assert [text[a:b] for a, b in zip(starts, ends, strict=True)] == clauses_of
