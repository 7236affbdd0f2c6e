"""No input makes the comparison quadratic: the work of each step that scores or searches pairs
is counted here (not timed), on inputs that made the old code run for minutes or hours.

Each test also checks that real letters are untouched by the bounds: the bounds only ever cut in
where a letter is far beyond what a real one holds.
"""

from __future__ import annotations

import datetime as dt
import random
from itertools import pairwise

import pytest
from diff_match_patch import diff_match_patch
from hypothesis import given
from hypothesis import strategies as st

from viewer.core import align, bounded_diff, dutch
from viewer.core.bands import MIN_REACH, banded, near
from viewer.core.bounded_diff import BoundedDiffer, WorkBudget, budget_for
from viewer.core.compare import compare_documents
from viewer.core.document import Metadata, Span
from viewer.core.export.json_export import dumps
from viewer.core.facts import likeness, pairing
from viewer.core.load import load_document
from viewer.core.load.build import build_document, heading, para
from viewer.core.sentences import Sentence

MONTHS = list(dutch.MONTHS)  # the twelve names, January first


def _letter(*sections: tuple[str, str]):  # type: ignore[no-untyped-def]
    blocks = []
    for title, text in sections:
        blocks += [heading(title), para(text)]
    return build_document(Metadata("brief.txt", "text", date=dt.date(2016, 9, 9)), blocks)


# --- bands -----------------------------------------------------------------------------------------


@given(st.integers(1, 400), st.integers(1, 400), st.integers(1, 50_000))
def test_a_band_within_budget_is_everything_and_beyond_it_is_narrow(n: int, m: int, budget: int) -> None:
    ranges = [near(x, n, m, budget) for x in range(n)]
    if not banded(n, m, budget):
        assert all(r == range(m) for r in ranges)
        return
    reach = max(MIN_REACH, budget // (2 * n))
    assert all(len(r) <= 2 * reach + 1 for r in ranges)
    assert sum(len(r) for r in ranges) <= n * (2 * reach + 1)
    # the band follows the diagonal: each old item sees the new item at its own share of the list
    for x, r in enumerate(ranges):
        assert min(m - 1, x * m // n) in r or r.start <= (2 * x + 1) * m // (2 * n) < r.stop


# --- the bounded diff ------------------------------------------------------------------------------


def _rebuilt(diffs: list[tuple[int, str]]) -> tuple[str, str]:
    old = "".join(chunk for op, chunk in diffs if op <= 0)
    new = "".join(chunk for op, chunk in diffs if op >= 0)
    return old, new


def _codes(rng: random.Random, n: int, alphabet: int) -> str:
    return "".join(chr(0x10000 + rng.randrange(alphabet)) for _ in range(n))


def test_a_long_heavily_revised_run_is_diffed_within_its_budget() -> None:
    rng = random.Random(7)
    a = _codes(rng, 20_000, 13)
    b = "".join(c if rng.random() > 0.3 else _codes(rng, 1, 13) for c in a)
    budget = budget_for(a, b)
    diffs = BoundedDiffer().diff_main(a, b, False, budget)
    assert budget.exhausted  # unbounded, this search runs ~100 times longer than the budget allows
    # the work stops at the budget (one step of the search may run over it)
    assert budget.work <= budget.limit + len(a) + len(b)
    assert _rebuilt(diffs) == (a, b)  # still a true diff of the two texts
    assert diffs[0][0] == 0 or diffs[0][0] != diffs[1][0]  # well-formed: runs of one kind merged
    assert diffs == BoundedDiffer().diff(a, b)  # and the same every time: no clock involved


@given(st.text(alphabet="abcde ", max_size=80), st.text(alphabet="abcde ", max_size=80))
def test_within_budget_the_diff_is_the_librarys_own(a: str, b: str) -> None:
    plain = diff_match_patch()
    plain.Diff_Timeout = 0
    budget = budget_for(a, b)
    assert BoundedDiffer().diff_main(a, b, False, budget) == plain.diff_main(a, b, False)
    assert not budget.exhausted


def test_the_sample_pairs_diffs_use_a_sliver_of_their_budgets(monkeypatch, sample_doc, sample_path) -> None:  # type: ignore[no-untyped-def]
    demo_doc = load_document(sample_path.with_name("kst-27925-597-demo-bewerkt.txt"))
    budgets: list[WorkBudget] = []

    def spy(a: str, b: str) -> WorkBudget:
        budgets.append(budget_for(a, b))
        return budgets[-1]

    monkeypatch.setattr(bounded_diff, "budget_for", spy)
    bounded = dumps(compare_documents(sample_doc, demo_doc))
    assert budgets and max(b.work for b in budgets) * 100 < bounded_diff.MIN_WORK
    # and the comparison is the one an unbounded diff gives
    monkeypatch.setattr(bounded_diff, "budget_for", lambda a, b: WorkBudget(10**12))
    assert dumps(compare_documents(sample_doc, demo_doc)) == bounded


# --- sentence and section alignment ---------------------------------------------------------------


def _sentences(texts: list[str]) -> list[Sentence]:
    out, at = [], 0
    for text in texts:
        out.append(Sentence(text, Span(at, at + len(text)), 0))
        at += len(text) + 1
    return out


def test_unrelated_sentences_are_compared_within_the_budget(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(3)
    words = [
        "de",
        "het",
        "een",
        "brief",
        "kabinet",
        "inzet",
        "missie",
        "trainers",
        "Irak",
        "Syrië",
        "coalitie",
        "steun",
    ]

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(10)) + "."

    old, new = _sentences([sentence() for _ in range(1000)]), _sentences([sentence() for _ in range(1000)])
    compared = []
    extract = align.process.extract

    def counting(query, choices, **kwargs):  # type: ignore[no-untyped-def]
        compared.append(len(choices))
        return extract(query, choices, **kwargs)

    monkeypatch.setattr(align.process, "extract", counting)
    pairs = align.align_sentences(old, new)
    assert sum(compared) <= align.SENTENCE_BUDGET * 1.1  # all pairs would be 1,000,000
    assert {p[0] for p in pairs if p[0]} == set(old) and {p[1] for p in pairs if p[1]} == set(new)


def test_a_sentence_of_pages_is_compared_by_its_gist() -> None:
    long = "woord " * 100_000
    assert len(align._gist(long)) <= align.SENTENCE_GIST + 1
    assert align._gist("Een gewone zin.") == "Een gewone zin."


# --- facts ----------------------------------------------------------------------------------------


def _dates(n: int, varied: bool) -> str:
    if not varied:  # the worst case: every date equal, so every old one could pair with every new one
        return " ".join("1 januari 2016 tot en met" for _ in range(n))
    return " ".join(f"{1 + k % 28} {MONTHS[k % 12]} {2014 + k % 5} tot en met" for k in range(n))


@pytest.mark.parametrize(("count", "varied"), [(200, False), (600, True)])
def test_a_table_of_dates_without_full_stops_pairs_within_bounds(monkeypatch, count: int, varied: bool) -> None:  # type: ignore[no-untyped-def]
    text = _dates(count, varied)
    middle = text.find(" tot en met", len(text) // 2)  # between a date and the role of the next
    old = _letter(("Overzicht", text))
    new = _letter(("Overzicht", f"{text[:middle]} ingevoegd{text[middle:]}"))
    scored = []
    score = pairing.similarity

    def counting(a, b, masks):  # type: ignore[no-untyped-def]
        scored.append(1)
        return score(a, b, masks)

    monkeypatch.setattr(pairing, "similarity", counting)
    comparison = compare_documents(old, new)
    dates = [p for p in comparison.facts if p.kind == "date"]
    assert len(dates) == count
    # one word inserted among the dates: every date stays, unchanged
    assert all(p.status == "unchanged" for p in dates)
    # with equal dates the old code scored every one against every other (40,000 scores of 200,
    # each over the whole "sentence"; 105 s for 500 dates)
    assert len(scored) < 10 * count


def test_a_fact_in_a_sentence_of_pages_is_scored_on_the_words_near_it() -> None:
    text = "woord " * 20_000 + "155 militairen " + "woord " * 20_000 + "."
    (fact,) = [f for f in compare_documents(_letter(("A", text)), _letter(("A", text))).facts if f.kind == "troops"]
    sentence, context = likeness.masked(fact.old)  # type: ignore[arg-type]
    assert len(sentence) <= 2 * likeness.REACH + len(fact.old.text) + 4  # type: ignore[union-attr]
    assert "\x00" in sentence and context.count(" ") <= 2 * likeness.CONTEXT_WORDS


@pytest.mark.parametrize("count", [5, 40])
def test_overlap_check_for_many_facts_keeps_the_same_facts(count: int) -> None:
    # one sentence with many facts that overlap each other's words: the fast path for many facts
    # (extract._add_many) keeps exactly what the plain check keeps
    from viewer.core.facts import extract

    text = " ".join(f"{10 + k} miljoen euro voor {20 + k} militairen op {1 + k % 28} mei 2016;" for k in range(count))
    found = extract.extract_facts(_letter(("Geld", text + ".")))
    kinds = [f.kind for f in found]
    assert kinds.count("money") == count and kinds.count("troops") == count and kinds.count("date") == count
    spans = sorted((f.offset, f.offset + len(f.text)) for f in found if f.kind != "commitment")
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
