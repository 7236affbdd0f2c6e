"""What the first pairing (pairing.py) leaves, looked at once more.

Facts pair by the words around them. Where those words changed beyond the scores' reach while the
facts did not, the first pairing reports removals and additions that are no news:
- an equal date or amount whose sentence was split or rewritten;
- an end date moved in a reworded sentence ("loopt tot 1 juli 2017" -> "is verlengd tot en met 31
  december 2017");
- a commitment whose sentence was split in two, a fact of it in the half that keeps most of its
  words;
- a commitment that only writes its unchanged facts in other words ("ongeveer 35" -> "circa 35").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import fuzz

from viewer.core import regex_cache
from viewer.core.bands import near
from viewer.core.facts.about import other_subjects
from viewer.core.facts.likeness import Masks, Prepared, qualifies, similarity, whose
from viewer.core.facts.model import Fact, FactPair
from viewer.core.facts.years_of import YearClash


def equal_left_over(
    olds: Sequence[Prepared], news: Sequence[Prepared], rest_old: Sequence[int], used_new: set[int], clash: YearClash
) -> list[tuple[float, int, int]]:
    """Facts of a section pair left without a partner whose value and attributes are all equal
    (`sig`), in order: the same date or amount whose sentence was split or rewritten beyond
    recognition ("... vanaf oktober 2016 ..." -> "Deze inzet loopt vanaf oktober 2016 ..."). Reported
    as removed and added, the same fact would be noise. Commitments are their sentence: an equal
    one stands unchanged and paired already."""
    waiting: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for j in range(len(news) - 1, -1, -1):
        if j not in used_new and news[j].fact.kind != "commitment":
            waiting[news[j].sig].append(j)
    pairs: list[tuple[float, int, int]] = []
    for i in rest_old:
        partners = waiting.get(olds[i].sig)
        if partners and not (clash and clash.apart(olds[i].fact, news[partners[-1]].fact)):
            j = partners.pop()
            used_new.add(j)
            pairs.append((0.0, i, j))
    return pairs + _same_day_other_role(olds, news, rest_old, used_new, {i for _, i, _ in pairs})


def _same_day_other_role(
    olds: Sequence[Prepared], news: Sequence[Prepared], rest_old: Sequence[int], used_new: set[int], taken: set[int]
) -> list[tuple[float, int, int]]:
    """Dates left over that name the same day in another role ("De training begint op 1 januari
    2017" -> "Na 1 januari 2017 is de training gestart"): one date whose role changed, not one
    dropped and one new."""
    waiting: dict[object, list[int]] = defaultdict(list)
    for j in range(len(news) - 1, -1, -1):
        if j not in used_new and news[j].fact.kind == "date" and news[j].fact.precision == "day":
            waiting[news[j].fact.value].append(j)
    pairs: list[tuple[float, int, int]] = []
    for i in rest_old:
        # a day only: "eind 2017" and the "2017" of another sentence are two dates, not one
        if i in taken or olds[i].fact.kind != "date" or olds[i].fact.precision != "day":
            continue
        partners = waiting.get(olds[i].fact.value)
        if partners:
            j = partners.pop()
            used_new.add(j)
            pairs.append((0.0, i, j))
    return pairs


# An end date left over pairs with one in the other letter from this score up, the best first, where
# its sentence stands in the place of the other (`_in_its_place`): "Deze inzet loopt tot 1 juli
# 2017" against "Deze inzet is verlengd tot en met 31 december 2017" scores 0.64, "De inzet van deze
# militairen wordt verlengd tot en met 31 december 2017" 0.55; the deadline of a dropped promise
# ("voor de zomer informeren over de voortzetting") against that extension less than 0.45.
MOVED_END_ACCEPT = 0.5
# The words either side of a sentence that say where it stands
_PLACE_WORDS = 5
_DIGITS = regex_cache.compile(r"\d\d*")
_BREAK = regex_cache.compile(r"\n\s*\n")
# old × new end dates left over that are scored, at most about (bands.py)
_END_BUDGET = 2_000


def moved_ends(
    olds: Sequence[Prepared],
    news: Sequence[Prepared],
    rest_old: Sequence[int],
    used_new: set[int],
    masks: Masks,
    texts: tuple[str, str],
) -> list[tuple[float, int, int]]:
    """End dates left over in reworded sentences, one moved end date each: a mission extended in
    other words ("Deze inzet loopt tot 1 juli 2017." -> "Deze inzet is verlengd tot en met 31
    december 2017.") is the change a clerk looks for first, not a date dropped and another new.

    An end date only: a start or a day something happened that stands in another sentence is
    another fact (likeness.ROLE_CHANGE). And in a sentence that took the other's place (`texts`:
    the two letters' texts): the Dutch Chinooks' "tot 1 mei 2018", dropped, and the new "Canada
    levert tot 31 juli 2019" of another paragraph are two ends of two things. Nor the deadline of a
    promise about another subject (about.py): a promise kept, and a new one, is no postponement."""
    old_ends = [i for i in rest_old if _an_end(olds[i])]
    new_ends = [j for j in range(len(news)) if j not in used_new and _an_end(news[j])]
    candidates: list[tuple[float, int, int]] = []
    for x, i in enumerate(old_ends):
        for y in near(x, len(old_ends), len(new_ends), _END_BUDGET):
            b = news[new_ends[y]]
            if other_subjects(masks(olds[i])[0], masks(b)[0]):
                continue  # the deadline of another promise: "voor de zomer informeren over de evaluatie"
            score = similarity(olds[i], b, masks)
            if score >= MOVED_END_ACCEPT and _in_its_place(olds[i].fact, b.fact, texts):
                candidates.append((score, i, new_ends[y]))
    pairs: list[tuple[float, int, int]] = []
    taken: set[int] = set()
    for score, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in taken and j not in used_new:
            taken.add(i)
            used_new.add(j)
            pairs.append((score, i, j))
    return pairs


def _an_end(p: Prepared) -> bool:
    return p.fact.kind == "date" and p.fact.unit == "deadline"


def _in_its_place(old: Fact, new: Fact, texts: tuple[str, str]) -> bool:
    """Does `new`'s sentence stand where `old`'s stood: the same words right before it, or right
    after it, digits aside ("in 2017" of a neighbour a year later is "in 2018"), and on the same
    side of a paragraph's break (a new paragraph after a kept sentence is no rewording of the
    sentence that followed it)?"""
    (before_old, after_old), (before_new, after_new) = _place(old, texts[0]), _place(new, texts[1])
    return before_old == before_new or after_old == after_new


def _place(fact: Fact, text: str) -> tuple[str, str]:
    start, end = fact.sentence_offset, fact.sentence_offset + len(fact.sentence)
    before = _BREAK.sub(" \x00 ", text[max(0, start - 20 * _PLACE_WORDS) : start]).split()[-_PLACE_WORDS:]
    after = _BREAK.sub(" \x00 ", text[end : end + 20 * _PLACE_WORDS]).split()[:_PLACE_WORDS]
    return _DIGITS.sub("#", " ".join(before).casefold()), _DIGITS.sub("#", " ".join(after).casefold())


# A commitment left over whose words nearly all stand in one left over in the other letter
# (rapidfuzz's token_set_ratio), and whose sentence states a fact that sentence states too: the
# sentence was split or joined ("Nederland stelt vanaf oktober 2016 155 militairen beschikbaar ..."
# -> "Ten behoeve van de training stelt Nederland 155 militairen beschikbaar. Deze inzet loopt ...").
# Reported as dropped, it would be the most alarming line a clerk can read, and a false one.
SPLIT_ACCEPT = 80


def split_commitments(
    olds: Sequence[Prepared], news: Sequence[Prepared], rest_old: Sequence[int], used_new: set[int], masks: Masks
) -> list[tuple[float, int, int]]:
    old_left = [i for i in rest_old if olds[i].fact.kind == "commitment"]
    new_left = [j for j in range(len(news)) if j not in used_new and news[j].fact.kind == "commitment"]
    if not old_left or not new_left:
        return []
    old_facts, new_facts = _facts_by_sentence(olds), _facts_by_sentence(news)
    candidates: list[tuple[float, int, int]] = []
    for i in old_left:
        shared = old_facts.get(olds[i].fact.sentence_offset, set())
        for j in new_left:
            if not shared & new_facts.get(news[j].fact.sentence_offset, set()):
                continue
            score = fuzz.token_set_ratio(masks(olds[i])[0], masks(news[j])[0])
            if score >= SPLIT_ACCEPT:
                candidates.append((score, i, j))
    pairs: list[tuple[float, int, int]] = []
    taken: set[int] = set()
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in taken and j not in used_new:
            taken.add(i)
            used_new.add(j)
            pairs.append((0.0, i, j))
    return pairs


def _facts_by_sentence(items: Sequence[Prepared]) -> dict[int, set[tuple[object, ...]]]:
    """Per sentence (by its offset), the attributes and values of the other facts it states."""
    out: dict[int, set[tuple[object, ...]]] = defaultdict(set)
    for p in items:
        if p.fact.kind != "commitment":
            out[p.fact.sentence_offset].add(p.sig)
    return out


def same_in_other_words(pairs: list[FactPair], old_facts: Sequence[Fact], new_facts: Sequence[Fact]) -> list[FactPair]:
    """`pairs`, a changed commitment whose sentences differ only in how they write facts that
    stand unchanged ("Ongeveer 35 militairen zullen ..." -> "Circa 35 militairen zullen ...",
    "35" -> "vijfendertig") made unchanged: the commitment says the same."""
    changed = [k for k, p in enumerate(pairs) if p.kind == "commitment" and p.status == "changed"]
    if not changed:
        return pairs
    old_by, new_by = _by_sentence(old_facts), _by_sentence(new_facts)
    out = list(pairs)
    for k in changed:
        a, b = pairs[k].old, pairs[k].new
        assert a is not None and b is not None
        if _canonical(a, old_by.get(a.sentence_offset, ())) == _canonical(b, new_by.get(b.sentence_offset, ())):
            out[k] = FactPair(a.kind, "unchanged", a, b)
    return out


def _by_sentence(facts: Sequence[Fact]) -> dict[int, list[Fact]]:
    out: dict[int, list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind != "commitment":
            out[fact.sentence_offset].append(fact)
    return out


def _canonical(commitment: Fact, facts: Sequence[Fact]) -> str:
    """The commitment's sentence with each fact in it written as what it states (its value, unit,
    role, the sense of its qualifier but for "jl." and "a.s."), whitespace and case folded."""
    text, parts, at = commitment.sentence, [], 0
    for fact in sorted(facts, key=lambda f: f.offset):
        start = fact.offset - fact.sentence_offset
        if start < at:
            continue  # overlapping facts cannot both be written out; the first stands
        # "7 december jl." says what "7 december 2016" says
        said = (fact.kind, fact.value, fact.end, fact.unit, whose(fact), qualifies(fact))
        parts += [text[at:start], f"\x00{said}\x00"]
        at = start + len(fact.text)
    parts.append(text[at:])
    return " ".join("".join(parts).casefold().split())


def split_totals(pairs: list[FactPair]) -> list[FactPair]:
    """A total split into parts, or parts joined into a total, is no change of one amount.

    "in totaal 26,5 miljoen euro" -> "6,5 miljoen euro in 2018 en 20 miljoen euro in 2019": the words
    pair 26,5 with 6,5, and "geld 6,5 miljoen (was 26,5 miljoen)" would read as a cut of 20 million.
    Where the amount of a changed pair and the new amounts added beside it in its sentence add up to
    the old one (or the other way round), the total is reported removed and the parts added.
    """
    added = [p.new for p in pairs if p.status == "added" and p.new is not None and p.kind == "money"]
    removed = [p.old for p in pairs if p.status == "removed" and p.old is not None and p.kind == "money"]
    if not added and not removed:
        return pairs
    out: list[FactPair] = []
    for pair in pairs:
        old, new = pair.old, pair.new
        if pair.status == "changed" and pair.kind == "money" and old is not None and new is not None:
            parts_new = [f for f in added if _beside(f, new)]
            parts_old = [f for f in removed if _beside(f, old)]
            if _adds_up(new, parts_new, old) or _adds_up(old, parts_old, new):
                out.append(FactPair("money", "removed", old, None))
                out.append(FactPair("money", "added", None, new))
                continue
        out.append(pair)
    return out


def _beside(fact: Fact, other: Fact) -> bool:
    return fact.sentence_offset == other.sentence_offset and fact.unit == other.unit and fact is not other


def _adds_up(first: Fact, parts: list[Fact], total: Fact) -> bool:
    if not parts or not all(isinstance(f.value, int | float) for f in (first, total, *parts)):
        return False
    whole = float(first.value) + sum(float(f.value) for f in parts)
    return abs(whole - float(total.value)) < 0.5
