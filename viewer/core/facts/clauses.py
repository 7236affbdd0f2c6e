"""A sentence under test for commitments: its clauses, and what several rule matches in a clause
would otherwise work out again (its actor, whether it names money).

A check asks about the clause around its match and costs about as much as the clause is long. A
"sentence" of pages (a table copied from a PDF) can hold thousands of matches of one rule in one
clause, and checking every one made a 50 KB clause repeating "Uw Kamer wordt geïnformeerd" take 8 s. So a rule
is tried at most `TRIES` times in a clause: no clause of a letter repeats one rule's words that
often, and a rule that failed that often in a clause is taken to fail there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from viewer.core import regex_cache
from viewer.core.facts.actors import Actor, clause_actor, joins_actors
from viewer.core.facts.money import mentions_money
from viewer.core.facts.reported import reported_by_others, within
from viewer.core.facts.requested import asked_for

# A clause break: "[,;:]\s" or "\s[–—-]\s". Matched from its punctuation, so that the regex
# engine can skip ahead to the few characters that may start one (see `breaks`).
_BREAK_MARK = regex_cache.compile(r"[,;:–—-](?:(?<=[,;:])|(?<=\s[–—-]))\s")
_DASHES = frozenset("–—-")
TRIES = 8


def breaks(text: str) -> list[tuple[int, int]]:
    r"""The spans `re.finditer(r"[,;:]\s|\s[–—-]\s", text)` gives.

    A dash's break starts at the whitespace before it; where that whitespace closes the break
    before, the leftmost-first scan of that pattern has no break there either.
    """
    out: list[tuple[int, int]] = []
    last = 0
    for m in _BREAK_MARK.finditer(text):
        start, end = m.span()
        if text[start] in _DASHES:
            start -= 1
            if start < last:
                continue
        out.append((start, end))
        last = end
    return out


# A short aside between two commas that opens with an adverbial word and holds no verb of its own:
# "De bijdrage wordt, zoals eerder aangekondigd, verlengd", "Het kabinet stelt, in overleg met de
# partners, 10 miljoen euro beschikbaar". Its commas split no clause: the verb and its particle,
# the actor and the amount stand in the one clause around it.
_ASIDE_OPENERS = (
    *("zoals", "indien", "waar", "in", "via", "met", "mede", "rekening", "naar", "onder", "voor", "na"),
    *("net", "evenals", "gezien", "gelet", "conform", "overeenkomstig", "bovendien", "daarnaast", "tevens"),
    *("echter", "uiteraard", "overigens", "eventueel", "zo", "samen", "binnen", "vanuit", "namelijk", "immers"),
    *("vooralsnog", "opnieuw", "wederom", "alsnog", "zeker", "desgewenst", "vanzelfsprekend"),
)
_ASIDE = regex_cache.compile(rf",(?=\s+(?:{'|'.join(_ASIDE_OPENERS)})\b)([^,;:.()]{{1,80}}),(?=\s)")
_VERB_IN_ASIDE = regex_cache.compile(
    r"\b(?:zal|zullen|is|zijn|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|moet|moeten|"
    r"was|waren|blijft|blijven|gaat|gaan|wil|willen)\b"
)


# An aside right after the sentence's subject, which names or describes it: "Duitsland, als lead
# nation in het noorden, levert ...", "Frankrijk, dat de operatie Barkhane leidt, levert ...", "De
# Verenigde Staten, de grootste troepenleverancier, zullen ...". The subject is whose act the clause
# after it tells of: the aside goes, commas and all (it may hold a verb of its own).
_APPOSITION = regex_cache.compile(
    r"\W*(?!(?:In|Op|Voor|Na|Bij|Met|Door|Tijdens|Sinds|Vanaf|Tot|Uit|Over|Onder|Naast|Zoals|Als|Ook|Nu)\b)"
    r"(?:[A-Z][\w\-’']*|[Dd]e|[Hh]et)(?:\s+[\w\-’']+){0,3}?(,\s+(?:als|dat|die|de|het|een|waarvan|waar)\b"
    r"[^,;:.()]{1,80},)(?=\s)"
)


def mask_asides(text: str) -> str:
    """`text` with the commas around each short aside turned into spaces, and an apposition after
    the subject blanked whole (same length, so every position stays where it was)."""
    if text.count(", ") < 2:
        return text  # mostly: no pair of commas to look at
    out = None
    for m in _ASIDE.finditer(text):
        if _VERB_IN_ASIDE.search(m.group(1)):
            continue
        if out is None:
            out = list(text)
        out[m.start()] = " "
        out[m.end() - 1] = " "
    apposition = _APPOSITION.match(text)
    if apposition is not None and not _VERB_IN_ASIDE.search(text, 0, apposition.start(1)):
        out = list(text) if out is None else out
        out[apposition.start(1) : apposition.end(1)] = " " * (apposition.end(1) - apposition.start(1))
    return text if out is None else "".join(out)


Span = tuple[int, int]
Check = Callable[["Sentence", re.Match[str]], bool]

# A subordinate clause opens with one of these: "Het kabinet verwacht dat ISIS Mosul zal verliezen",
# "Het kabinet verwelkomt dat de NAVO heeft besloten ...". A rule that matches in it asks who acts
# there, not in the clause that governs it. Left out: "als" ("Nederland treedt als lead nation op
# en zal ...") and "indien", "zodra", which open short asides too ("wordt, indien nodig, verlengd").
_SUBORDINATOR = regex_cache.compile(
    r"\b(?:[Dd]at|[Oo]f|[Oo]mdat|[Zz]odat|[Dd]oordat|[Nn]adat|[Vv]oordat|[Ww]anneer|[Tt]erwijl|[Hh]oewel|"
    r"[Tt]enzij|[Oo]pdat)\b"
)
# Every subordinator holds one of these: looked up first (in C), most clauses have none
_SUBORDINATOR_PARTS = ("dat", "Dat", "of", "Of", "anneer", "erwijl", "oewel", "enzij")


def _opens(text: str, start: int, end: int) -> list[int]:
    """Where a subordinate clause opens in `text[start:end]`: the end of each subordinator; not an
    "of" between two actors, which offers a choice of subjects ("Frankrijk of Nederland zal")."""
    if not any(text.find(part, start, end) >= 0 for part in _SUBORDINATOR_PARTS):
        return []
    return [
        m.end()
        for m in _SUBORDINATOR.finditer(text, start, end)
        if not (m.group() == "of" and joins_actors(text, m.start()))
    ]


def clause_breaks(text: str) -> list[Span]:
    """The breaks between the clauses of `text`: `breaks`, but an aside between two dashes with no
    other break inside ("Nederland draagt – via het UNDP – 10 miljoen euro bij") is part of the
    clause around it, which goes on after it."""
    found = breaks(text)
    out: list[Span] = []
    k = 0
    while k < len(found):
        start, _ = found[k]
        if text[start + 1] in _DASHES and k + 1 < len(found) and text[found[k + 1][0] + 1] in _DASHES:
            k += 2  # a pair of dashes, nothing between them: an aside, not two breaks
            continue
        out.append(found[k])
        k += 1
    return out


class Sentence:
    """One sentence under test, with its clause breaks and what its clauses were found to hold."""

    __slots__ = (
        *("_actors", "_break_ends", "_breaks", "_failed", "_governed_by", "_money", "_reported", "_subordinates"),
        *("flags", "text"),
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: list[Span] | None = None
        self._break_ends: list[int] = []
        self._actors: dict[Span, Actor | None] = {}
        self._governed_by: dict[int, int] = {}  # a subordinate clause's start: its governing clause's
        self._subordinates: dict[int, list[int]] = {}  # per clause (by its start): where each subordinate opens
        self._money: dict[Span, bool] = {}
        self._reported: list[Span] | None = None  # what the sentence gives as another's word
        self._failed: dict[tuple[int, int], int] = {}  # (rule, clause start): checks that failed
        self.flags: dict[str, bool] = {}  # what a rule worked out for the whole sentence, by name

    def clause(self, at: int) -> Span:
        """The clause around `at`: from the last break before it to the next one after it, and
        from the last subordinator before `at` in that stretch ("dat", "of", "omdat", ...).

        `at` is where a rule matched, a letter, and no break holds a letter; so every break of the
        sentence lies wholly before or after `at`.
        """
        start, end = self.between_breaks(at)
        opens = self._subordinates.get(start)
        if opens is None:  # once per clause: a clause of pages has thousands of matches to ask about
            opens = self._subordinates[start] = _opens(self.text, start, end)
        k = bisect_right(opens, at)
        if not k:
            return start, end
        self._governed_by[opens[k - 1]] = start
        return opens[k - 1], end

    def governing(self, at: int) -> str:
        """What governs the subordinate clause around `at` ("Het kabinet verwacht dat"), or ""."""
        start, _ = self.between_breaks(at)
        return self.text[start : self.clause(at)[0]]

    def between_breaks(self, at: int) -> Span:
        """The clause around `at` with what governs it: from the last break before it to the next."""
        if self._breaks is None:
            self._breaks = clause_breaks(self.text)
            self._break_ends = [end for _, end in self._breaks]
        k = bisect_right(self._break_ends, at)  # the breaks before `at` end at or before it
        start = self._breaks[k - 1][1] if k else 0
        end = self._breaks[k][0] if k < len(self._breaks) else len(self.text)
        return start, end

    def actor(self, start: int, end: int) -> Actor | None:
        """Who acts in `text[start:end]`; in a subordinate clause that names nobody ("Frankrijk
        zegt toe dat het 5 miljoen euro bijdraagt"), who acts in the clause governing it; in what the
        sentence reports as another's word ("..., aldus Frankrijk"), that other."""
        key = (start, end)
        if key not in self._actors:
            if self._reported is None:
                self._reported = reported_by_others(self.text)
            if self._reported and within(self._reported, start):
                self._actors[key] = "foreign"  # "..., zo heeft Duitsland laten weten": Germany's news
                return "foreign"
            actor = clause_actor(self.text[start:end])
            governing = self._governed_by.get(start)
            if actor is None and governing is not None:
                actor = clause_actor(self.text[governing:start])
            self._actors[key] = actor
        return self._actors[key]

    def money(self, start: int, end: int) -> bool:
        key = (start, end)
        if key not in self._money:
            self._money[key] = mentions_money(self.text, start, end)
        return self._money[key]

    def check(self, rule: int, check: Check, m: re.Match[str]) -> bool:
        """`check(self, m)`, unless rule number `rule` failed `TRIES` times in this clause already."""
        key = (rule, self.between_breaks(m.start())[0])  # subordinate clauses share their clause's tries
        failed = self._failed.get(key, 0)
        if failed >= TRIES:
            return False
        if check(self, m) and not asked_for(self.text, m.start()):
            return True  # (what the Kamer asks or a question quotes binds nobody: requested.py)
        self._failed[key] = failed + 1
        return False


# The bounds the commitment rules' patterns see (their `_IN`): a clause ends at ";" or at a comma
# before a space, not at a comma inside a number ("26,5 miljoen euro").
def _is_separator(text: str, at: int) -> bool:
    """Does the "," or ";" at `at` end a clause (`_IN`): not a comma inside a number ("26,5")?"""
    return text[at] == ";" or at + 1 >= len(text) or text[at + 1].isspace()


def clause_end(text: str, at: int) -> int:
    """Where the clause holding `at` ends: at the next "," or ";" that ends a clause (the bound is
    seen by look-aheads as the text's end, and no match of a rule reaches past it), or the end."""
    end = at
    while True:
        ends = [e for e in (text.find(",", end), text.find(";", end)) if e >= 0]
        if not ends:
            return len(text)
        end = min(ends)
        if _is_separator(text, end):
            return end
        end += 1


def clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` starts: after the last "," or ";" before it that ends a clause."""
    start = at
    while True:
        start = max(text.rfind(",", 0, start), text.rfind(";", 0, start))
        if start < 0 or _is_separator(text, start):
            return start + 1
