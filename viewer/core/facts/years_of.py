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

"dit jaar", "volgend jaar", "vorig jaar" name a year too, counted from the letter's own date: in
two letters a year apart the same words "Volgend jaar worden de uitgaven geraamd op 23 miljoen
euro" are an estimate for 2018 in one and for 2019 in the other. The date such words state stays
with its sentence ("volgend jaar (2019) (was: volgend jaar (2018))"); the amount goes by its year.
With "respectievelijk" the n-th amount is for the n-th year named before it ("voor 2019 en 2020
... respectievelijk 20 en 10 miljoen euro").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from viewer.core import regex_cache
from viewer.core.bands import near
from viewer.core.facts.date_words import DEICTIC_YEAR
from viewer.core.facts.likeness import threshold
from viewer.core.facts.model import Fact
from viewer.core.facts.numbers import WORD_NUMBER

_YEAR = regex_cache.compile(r"(?<![\w.,\-/–])((?:19|20)\d\d)(?![\w\-/–]|[.,]\d)")
# "21 miljoen euro in 2017": the year right after, behind a preposition
_YEAR_AFTER = regex_cache.compile(r"\s+(?:in|voor|over|gedurende|per)\s+((?:19|20)\d\d)(?![\w\-/–]|[.,]\d)")
# Before the fact, within a few words and not across a conjunction or a clause break: "voor 2017 21
# miljoen", "Voor 2016 betreffen de uitgaven 5,5 miljoen"; not "in 2016 en 21 miljoen"
_LOOK_BACK_WORDS = 4
# Characters either side of a fact that are read for its year (the year a sentence opens with aside)
_REACH = 200
_APART = regex_cache.compile(r"(?:^|\s)(?:en|of|maar)(?:\s|$)|[,;:]")
_KINDS = frozenset({"money", "troops"})
# Per year both letters name, the pairs of its facts `YearClash` asks `alike` about, at most about
# this many (bands.py): a table of dates of one year is not compared whole with the other letter's
_RIVAL_BUDGET = 400
# The one fact of a kind for a year in each letter pairs from this score up (see `YearClash`): the
# year agrees, so less of the sentence has to. "De uitgaven voor 2017 worden geraamd op 21 miljoen
# euro" against "In 2017 bedroegen de uitgaven 19 miljoen euro" scores 0.50, the 2017 dates of those
# sentences 0.55; the 2018 of a dropped "Duitsland trekt zich in 2018 terug" against the VPD
# sentence's "in 2018 werden 25 VPD's ingezet" 0.41.
MATE_ACCEPT = 0.5
# ... and from this score up where another year of the kind in these sections pairs with its like
# fact already: the budget goes by year here, so the one 2016 amount of each letter is the 2016
# budget, in whatever words. "Voor 2016 betreffen de uitgaven 5,5 miljoen euro, voor 2017 21 miljoen
# euro en voor 2018 22 miljoen euro" against "De uitgaven in 2016 bedroegen 5,8 miljoen euro"
# scores 0.49, its 2017 and 2018 amounts 0.72 and 0.78 against theirs.
CONFIRMED_MATE_ACCEPT = 0.4
# A sentence that opens with its year speaks of that year throughout, until it names another
_OPENING_YEAR = regex_cache.compile(r"\s*(?:Voor|In|Over|Gedurende|Tijdens|Per)\s+((?:19|20)\d\d)(?![\w\-/–]|[.,]\d)")
# Within the sentence, a year behind a preposition speaks of its clause from there on: "Ook voor 2020
# worden de uitgaven geraamd op 41 miljoen euro", "De kosten stijgen; voor 2020 worden ...", "de
# raming voor 2017 is verhoogd tot 24,5 miljoen euro"
_CLAUSE_YEAR = regex_cache.compile(
    r"(?<![\w\-])(?i:voor|in|over|gedurende|tijdens)\s+((?:19|20)\d\d)(?![\w\-/–]|[.,]\d)"
)
# ... up to where another clause begins: "voor 2019 39 miljoen euro en 41 miljoen euro in totaal"
_CLAUSE_BREAK = regex_cache.compile(r"[;:]|(?:^|\s)(?:en|maar|terwijl)(?:\s|$)")
_HARD_BREAK = regex_cache.compile(r"[;:]|(?:^|\s)(?:maar|terwijl)(?:\s|$)")
# ... but an "en" followed by no more than a preposition's object before the amount joins amounts of
# one clause: "in 2019 aan UNDP 4 miljoen euro en aan UNMAS 6 miljoen euro" gives both to UNDP's year
# (qa15 #5); "en de inzet kost 41 miljoen euro" is a clause of its own
_LAST_AND = regex_cache.compile(r".*(?:^|\s)en\s", re.DOTALL)
_JOINED_AMOUNT = regex_cache.compile(r"(?:(?:aan|voor|bij|naar|via|op)\s+(?:[^\s,;:]+\s+){1,3}?)?")
# ... unless it is a total: "39 miljoen euro en 41 miljoen euro in totaal"
_TOTAL = regex_cache.compile(r"(?i:totaal)\b")
_TOTAL_AFTER = 20  # characters after the amount read for "in totaal"
# A sum up to a deadline is for no one year: "De uitgaven voor de verlenging tot en met eind 2018 zijn
# geraamd op 92 miljoen euro" are those of 2017 and 2018 together (qa15 #6)
_UP_TO = regex_cache.compile(
    r"(?:(?i:tot\s+en\s+met|t/m|tot)|(?i:tot\s+(?:en\s+met\s+)?)?(?:het\s+)?(?:eind|einde|ultimo)(?:\s+van)?)\s*$"
)
# "dit jaar", "volgend jaar", "het afgelopen jaar": the letter's year, the next, the last ("het komende
# half jaar" is no year)
_SHIFT = {**DEICTIC_YEAR, "afgelopen": -1}
_RELATIVE_YEAR = regex_cache.compile(rf"(?<![\w\-])(?:(?i:het)\s+)?((?i:{'|'.join(_SHIFT)}))\s+jaar(?![\w\-])")
_RESPECTIVELY = regex_cache.compile(r"(?i:respectievelijk)\b")
_PREPOSITION_REACH = 12  # characters before a year read for its preposition ("gedurende 2019")
# what joins the years of a list: "2019 en 2020", "2018, 2019 en 2020", "2019 en voor 2020"
_LIST_GLUE = regex_cache.compile(r"\s*(?:,|en|of)?\s*(?:(?:voor|in)\s+)?")
# a number a "respectievelijk" list counts: "20 en 10 miljoen euro", "€ 1,5 miljoen en € 2 miljoen",
# "twintig en tien"; not the article "een"/"en"
_LISTED_NUMBER = regex_cache.compile(
    rf"(?<![\w.,\-])(?:\d+(?:[.,]\d+)*|(?!(?:e?en|ën)\b)(?i:{WORD_NUMBER}))(?![\w\-]|[.,]\d)"
)


def year_of(fact: Fact, letter_year: int | None = None) -> str | None:
    """The year `fact` (an amount or a count) is for, or None when the words around it name none;
    "dit jaar", "volgend jaar" ... counted from `letter_year`, the year of the fact's letter."""
    if fact.kind == "date":
        # "dit jaar" (2017) and "dit jaar" (2018) a year later are the same words of one sentence
        bare = fact.precision == "year" and fact.unit is None and not fact.approximate and fact.end is None
        return str(fact.value) if bare and str(fact.value) in fact.text else None
    if fact.kind not in _KINDS:
        return None
    if fact.kind == "money" and fact.modifier is not None and _YEAR.fullmatch(fact.modifier):
        return fact.modifier  # a table's cell: its column's year (table_money.py)
    sentence, at = fact.sentence, fact.offset - fact.sentence_offset
    end = at + len(fact.text)
    # the words within reach, year words written as years: a "sentence" of pages (a table copied
    # from a PDF) is not read whole for each of its figures
    start = max(0, at - _REACH)
    head, tail = sentence[start:at], sentence[end : end + _REACH]
    if letter_year is not None:
        head, tail = _in_years(head, letter_year, start == 0), _in_years(tail, letter_year, False)
    near_by, at_near = head + fact.text + tail, len(head)
    listed = _respective_year(near_by, at_near)
    if listed is not None:
        return listed
    after = _YEAR_AFTER.match(near_by, at_near + len(fact.text))
    if after is not None:
        return after.group(1)
    before = near_by[max(0, at_near - 80) : at_near]
    words = before.split()[-_LOOK_BACK_WORDS:]
    for k in range(len(words) - 1, -1, -1):
        year = _YEAR.fullmatch(words[k].strip("():"))  # "(2016: € 5,5 miljoen; 2017: ...)"
        if year is not None:
            between = " ".join(words[k + 1 :])
            if _APART.search(between) or _UP_TO.search(before, 0, before.rfind(year.group(1))):
                return None  # another clause's year, or a deadline ("tot en met eind 2018")
            return year.group(1)
    clause = _clause_year(near_by, at_near, at_near + len(fact.text))
    if clause is not None:
        return clause
    if start == 0:  # "Volgend jaar worden de uitgaven geraamd op ...": as "In 2018 worden ..."
        sentence, at = near_by, at_near
    opening = _OPENING_YEAR.match(sentence)
    if opening is not None and not _YEAR.search(sentence, opening.end(), at):
        return opening.group(1)  # "Voor 2017 zijn de uitgaven geraamd op € 60,2 miljoen"
    return None


def _clause_year(text: str, at: int, end: int) -> str | None:
    """The year named behind a preposition last before `at` (the fact running to `end`) in `text`,
    where no other year and no other clause stand between it and `at`."""
    last = max(_CLAUSE_YEAR.finditer(text, 0, at), key=lambda m: m.start(), default=None)
    if last is None:
        return None
    between = text[last.end() : at]
    if _YEAR.search(between) or _HARD_BREAK.search(between):
        return None
    if not _CLAUSE_BREAK.search(between):
        return last.group(1)
    # an "en" between: the year still speaks for an amount joined to one before it
    joined = _LAST_AND.match(between)
    if joined is None or not _JOINED_AMOUNT.fullmatch(between, joined.end()):
        return None
    if _TOTAL.search(between) or _TOTAL.search(text, end, end + _TOTAL_AFTER):
        return None
    return last.group(1)


def _in_years(text: str, letter_year: int, opens: bool) -> str:
    """`text` with "dit jaar", "volgend jaar" ... written as the years they name. Opening the
    sentence, "Volgend jaar worden de uitgaven geraamd op ..." says what "In 2018 worden ..." says."""

    def year(m: re.Match[str]) -> str:
        named = str(letter_year + _SHIFT[m.group(1).casefold()])
        return f"In {named}" if opens and not text[: m.start()].strip() else named

    return _RELATIVE_YEAR.sub(year, text)


def _respective_year(sentence: str, at: int) -> str | None:
    """With "respectievelijk" before the fact, the year it is for: the n-th of the years listed before
    "respectievelijk" for the n-th number after it; None without such a list."""
    said = None
    for found in _RESPECTIVELY.finditer(sentence, 0, at):
        said = found  # the last before the fact
    if said is None:
        return None
    years = list(_YEAR.finditer(sentence, 0, said.start()))
    listed = years[-1:]
    for year in reversed(years[:-1]):  # the last run of years, back from the last
        if not _LIST_GLUE.fullmatch(sentence, year.end(), listed[0].start()):
            break
        listed.insert(0, year)
    if len(listed) == 1:
        # one year for all the amounts listed: "in 2019 aan UNDP en UNMAS respectievelijk 4 miljoen euro
        # en 6 miljoen euro" (qa15 #5); behind a preposition, in the clause
        year = listed[0]
        behind = _CLAUSE_YEAR.search(sentence, max(0, year.start() - _PREPOSITION_REACH), year.end())
        between = sentence[year.end() : said.start()]
        said_for = behind is not None and behind.end() == year.end()
        return year.group(1) if said_for and not _HARD_BREAK.search(between) else None
    n = len(_LISTED_NUMBER.findall(sentence, said.end(), at))
    return listed[n].group(1) if n < len(listed) else None


def _left_mates(
    kind: str, left: list[tuple[float, int, int]], held: set[int], olds: Sequence[Fact], news: Sequence[Fact]
) -> list[tuple[str, float, int, int]]:
    """Of a year's old and new facts that pair with no like fact of it (`held`: ids of those that
    do), each pair (score, old, new) `left` that is the best for both, as (kind, score, old, new).

    "De uitgaven bedragen dit jaar 31 miljoen euro" is the 2019 amount of "Volgend jaar zijn de
    uitgaven geraamd op 31 miljoen euro" a year before, as when it is the only 2019 amount in each
    letter, also beside the nazorg's "Voor 2019 is daarnaast 4 miljoen euro gereserveerd": with more
    amounts for a year the budget paired by sentence, 28 million (2018) with 31 (2019) (qa15 #2)."""
    mates: list[tuple[str, float, int, int]] = []
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    for got, i, j in sorted(left, key=lambda c: (-c[0], c[1], c[2])):
        if i in taken_old or j in taken_new:
            continue
        taken_old.add(i)
        taken_new.add(j)
        if id(olds[i]) not in held and id(news[j]) not in held:
            mates.append((kind, got, i, j))
    return mates


class YearClash:
    """Which old and new facts of a section pair may not pair because they are for other years.

    Only where both letters name years for facts of a kind and share at least one of them: the
    years rolled forward, or the same years said in other words ("voor 2016 ... en voor 2017" ->
    "in 2016 ... en in 2017"). Then a fact for one year pairs only with a fact for the same year
    (or one that names none). A kept sentence that names one year in each letter ("In 2016 zijn
    130 militairen" -> "In 2017 zijn 150 militairen") shares none: its number changed, as before.

    With `score` (old position, new position: how alike are these two, likeness.py), the years
    rolled only where a year both letters name stands in like facts, and they keep apart a fact
    that has such a like fact of its own year (that is its partner), and facts for years the other
    letter does not name at all (2016 gone, 2018 new). A year named in the other letter only in
    unlike sentences is a chance: with "Duitsland trekt zich in 2018 terug" dropped, "in 2017
    werden 40 VPD's ingezet" -> "in 2018 werden 25 VPD's ingezet" is one changed year; with
    Sweden's "in 2018" in both letters, the Dutch contingent "in 2018 ... 250" -> "in 2019 ... 280"
    one changed count.

    The one fact of a kind for a year in each letter is like enough from `MATE_ACCEPT` up: "De
    uitgaven voor 2017 worden geraamd op 21 miljoen euro" and, a year later, "In 2017 bedroegen de
    uitgaven 19 miljoen euro" are the 2017 amount, changed (`mates`), not 21 million for 2019.
    """

    def __init__(
        self,
        olds: Sequence[Fact],
        news: Sequence[Fact],
        score: Callable[[int, int], float] | None = None,
        letter_years: tuple[int | None, int | None] = (None, None),
    ) -> None:
        self._years: dict[int, str | None] = {}
        old_years: dict[str, dict[str, list[int]]] = {}  # kind -> year -> positions
        new_years: dict[str, dict[str, list[int]]] = {}
        for facts, years, letter_year in ((olds, old_years, letter_years[0]), (news, new_years, letter_years[1])):
            for at, fact in enumerate(facts):
                year = year_of(fact, letter_year)
                self._years[id(fact)] = year
                if year is not None:
                    years.setdefault(fact.kind, {}).setdefault(year, []).append(at)
        self._old_years, self._new_years = old_years, new_years
        rolled = {kind: old_years[kind].keys() & new_years[kind].keys() for kind in old_years.keys() & new_years.keys()}
        self._rolled = frozenset(kind for kind, shared in rolled.items() if shared)
        self._held: set[int] | None = None  # ids of the facts with a like fact of their year; None: all
        self.mates: list[tuple[float, int, int]] = []  # (score, old, new): the one fact of its year in each
        # (old sentence, new sentence) of like facts of one year: their other facts go by year too
        self._linked: set[tuple[str, str]] = set()
        if score is not None:
            held: set[int] = set()
            held_kinds: set[str] = set()
            doubtful: list[tuple[str, float, int, int]] = []  # mates below MATE_ACCEPT
            for kind in self._rolled:
                for year in rolled[kind]:
                    old_at, new_at = old_years[kind][year], new_years[kind][year]
                    if len(old_at) == len(new_at) == 1 and olds[old_at[0]].unit == news[new_at[0]].unit:
                        got = score(old_at[0], new_at[0])
                        if got >= threshold(kind):
                            self._linked.add((olds[old_at[0]].sentence, news[new_at[0]].sentence))
                        if got >= min(MATE_ACCEPT, threshold(kind)):
                            held.update((id(olds[old_at[0]]), id(news[new_at[0]])))
                            held_kinds.add(kind)
                            self.mates.append((got, old_at[0], new_at[0]))
                        elif got >= CONFIRMED_MATE_ACCEPT:
                            doubtful.append((kind, got, old_at[0], new_at[0]))
                        continue
                    left: list[tuple[float, int, int]] = []  # pairs of the year below the threshold
                    for x, i in enumerate(old_at):
                        for y in near(x, len(old_at), len(new_at), _RIVAL_BUDGET):
                            got = score(i, new_at[y])
                            if got >= threshold(kind):
                                held.update((id(olds[i]), id(news[new_at[y]])))
                                held_kinds.add(kind)
                                self._linked.add((olds[i].sentence, news[new_at[y]].sentence))
                            elif got >= CONFIRMED_MATE_ACCEPT and olds[i].unit == news[new_at[y]].unit:
                                left.append((got, i, new_at[y]))
                    doubtful.extend(_left_mates(kind, left, held, olds, news))
            for kind, got, i, j in doubtful:
                if got >= MATE_ACCEPT:
                    held_kinds.add(kind)
                if kind in held_kinds:
                    held.update((id(olds[i]), id(news[j])))
                    self.mates.append((got, i, j))
            self._held, self._rolled = held, frozenset(held_kinds)

    def __bool__(self) -> bool:
        return bool(self._rolled)

    def year(self, fact: Fact) -> str | None:
        """The year `fact` is for, as `year_of` read it with its letter's year."""
        return self._years.get(id(fact))

    def apart(self, a: Fact, b: Fact) -> bool:
        """Are `a` and `b` facts for different years of a kind whose years rolled forward?"""
        if a.kind not in self._rolled:
            return False
        ya, yb = self._years.get(id(a)), self._years.get(id(b))
        if ya is None or yb is None or ya == yb:
            return False
        if self._held is None or id(a) in self._held or id(b) in self._held:
            return True  # one has its like fact of its own year in the other letter: that is its partner
        if (a.sentence, b.sentence) in self._linked:
            # the years of these sentences rolled: "in 2018 en 2019 respectievelijk 10 en 12 miljoen"
            # -> "in 2019 en 2020 ... 12 en 12": 2019's 12 pairs with 2019's, the 2018 amount is gone
            # and the 2020 one new, though 2020 is named in the old letter (the nazorg's) (qa15 #2)
            return True
        # Neither has: apart where neither year is named in the other letter at all (2016 gone, 2018
        # new), not where it is named in unlike sentences only (Sweden's "in 2018")
        return ya not in self._new_years[a.kind] and yb not in self._old_years[b.kind]
