"""The year an amount or a count is for, when the sentence says so: "voor 2017 21 miljoen euro",
"21 miljoen euro in 2017", "Voor 2016 betreffen de uitgaven 5,5 miljoen euro".

Pairing masks digits, so that "2017" -> "2018" elsewhere in a kept sentence does not count against
a fact. But where a later letter rolls its budget years forward ("Voor 2016 ... 5,5 miljoen euro
en voor 2017 21 miljoen euro" becomes "Voor 2017 ... 21 miljoen euro en voor 2018 18 miljoen
euro"), the masked sentences pair the amounts by their place, and report the 2017 budget as changed
from 21 to 18 million. The years tell them apart: the 2016 amount is gone, the 2017 one unchanged,
the 2018 one new (see `YearClash`). The bare years of such a sentence ("voor 2016") are dates
for their own year: 2016 gone, 2017 kept, 2018 new. A deadline or start ("tot eind 2017") is not:
it moves, and that change is what a clerk looks for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from viewer.core import regex_cache
from viewer.core.bands import near
from viewer.core.facts.model import Fact

_YEAR = regex_cache.compile(r"(?<![\w.,\-/–])((?:19|20)\d\d)(?![\w\-/–]|[.,]\d)")
# "21 miljoen euro in 2017": the year right after, behind a preposition
_YEAR_AFTER = regex_cache.compile(r"\s+(?:in|voor|over|gedurende|per)\s+((?:19|20)\d\d)(?![\w\-/–]|[.,]\d)")
# Before the fact, within a few words and not across a conjunction or a clause break: "voor 2017 21
# miljoen", "Voor 2016 betreffen de uitgaven 5,5 miljoen"; not "in 2016 en 21 miljoen"
_LOOK_BACK_WORDS = 4
_APART = regex_cache.compile(r"(?:^|\s)(?:en|of|maar)(?:\s|$)|[,;:]")
_KINDS = frozenset({"money", "troops"})
# Per year both letters name, the pairs of its facts `YearClash` asks `alike` about, at most about
# this many (bands.py): a table of dates of one year is not compared whole with the other letter's
_RIVAL_BUDGET = 400
# A sentence that opens with its year speaks of that year throughout, until it names another
_OPENING_YEAR = regex_cache.compile(r"\s*(?:Voor|In|Over|Gedurende|Tijdens|Per)\s+((?:19|20)\d\d)(?![\w\-/–]|[.,]\d)")


def year_of(fact: Fact) -> str | None:
    """The year `fact` (an amount or a count) is for, or None when the words around it name none."""
    if fact.kind == "date":
        bare = fact.precision == "year" and fact.unit is None and not fact.approximate and fact.end is None
        return str(fact.value) if bare else None
    if fact.kind not in _KINDS:
        return None
    sentence, at = fact.sentence, fact.offset - fact.sentence_offset
    end = at + len(fact.text)
    after = _YEAR_AFTER.match(sentence, end)
    if after is not None:
        return after.group(1)
    before = sentence[max(0, at - 80) : at]
    words = before.split()[-_LOOK_BACK_WORDS:]
    for k in range(len(words) - 1, -1, -1):
        year = _YEAR.fullmatch(words[k].strip("():"))  # "(2016: € 5,5 miljoen; 2017: ...)"
        if year is not None:
            between = " ".join(words[k + 1 :])
            return None if _APART.search(between) else year.group(1)
    opening = _OPENING_YEAR.match(sentence)
    if opening is not None and not _YEAR.search(sentence, opening.end(), at):
        return opening.group(1)  # "Voor 2017 zijn de uitgaven geraamd op € 60,2 miljoen"
    return None


class YearClash:
    """Which old and new facts of a section pair may not pair because they are for other years.

    Only where both letters name years for facts of a kind and share at least one of them: the
    years rolled forward, or the same years said in other words ("voor 2016 ... en voor 2017" ->
    "in 2016 ... en in 2017"). Then a fact for one year pairs only with a fact for the same year
    (or one that names none). A kept sentence that names one year in each letter ("In 2016 zijn
    130 militairen" -> "In 2017 zijn 150 militairen") shares none: its number changed, as before.

    With `alike` (old position, new position: could these two be one fact?), the years rolled only
    where a year both letters name stands in like facts, and they keep apart a fact that has such a
    like fact of its own year (that is its partner), and facts for years the other letter does not
    name at all (2016 gone, 2018 new). A year named in the other letter only in unlike sentences
    is a chance: with "Duitsland trekt zich in 2018 terug" dropped, "in 2017 werden 40 VPD's
    ingezet" -> "in 2018 werden 25 VPD's ingezet" is one changed year; with Sweden's "in 2018" in
    both letters, the Dutch contingent "in 2018 ... 250" -> "in 2019 ... 280" one changed count.
    """

    def __init__(
        self, olds: Sequence[Fact], news: Sequence[Fact], alike: Callable[[int, int], bool] | None = None
    ) -> None:
        self._years: dict[int, str | None] = {}
        old_years: dict[str, dict[str, list[int]]] = {}  # kind -> year -> positions
        new_years: dict[str, dict[str, list[int]]] = {}
        for facts, years in ((olds, old_years), (news, new_years)):
            for at, fact in enumerate(facts):
                year = year_of(fact)
                self._years[id(fact)] = year
                if year is not None:
                    years.setdefault(fact.kind, {}).setdefault(year, []).append(at)
        self._old_years, self._new_years = old_years, new_years
        rolled = {kind: old_years[kind].keys() & new_years[kind].keys() for kind in old_years.keys() & new_years.keys()}
        self._rolled = frozenset(kind for kind, shared in rolled.items() if shared)
        self._held: set[int] | None = None  # ids of the facts with a like fact of their year; None: all
        if alike is not None:
            held: set[int] = set()
            held_kinds: set[str] = set()
            for kind in self._rolled:
                for year in rolled[kind]:
                    old_at, new_at = old_years[kind][year], new_years[kind][year]
                    for x, i in enumerate(old_at):
                        for y in near(x, len(old_at), len(new_at), _RIVAL_BUDGET):
                            if alike(i, new_at[y]):
                                held.update((id(olds[i]), id(news[new_at[y]])))
                                held_kinds.add(kind)
            self._held, self._rolled = held, frozenset(held_kinds)

    def __bool__(self) -> bool:
        return bool(self._rolled)

    def apart(self, a: Fact, b: Fact) -> bool:
        """Are `a` and `b` facts for different years of a kind whose years rolled forward?"""
        if a.kind not in self._rolled:
            return False
        ya, yb = self._years.get(id(a)), self._years.get(id(b))
        if ya is None or yb is None or ya == yb:
            return False
        if self._held is None or id(a) in self._held or id(b) in self._held:
            return True  # one has its like fact of its own year in the other letter: that is its partner
        # Neither has: apart where neither year is named in the other letter at all (2016 gone, 2018
        # new), not where it is named in unlike sentences only (Sweden's "in 2018")
        return ya not in self._new_years[a.kind] and yb not in self._old_years[b.kind]
