"""Troop numbers: head counts of personnel sent or deployed ("155 militairen", "ongeveer twintig
trainers", "drie Nederlandse en drie Belgische SOF-operators", "één stafofficier"), and a part of
one counted without its noun ("155 militairen, waarvan 50 in Jordanië"; "Vijftig van hen ..." after
a sentence that counts them, whose noun extract.py gives it).

Only nouns for military or seconded personnel count; refugees, victims, inhabitants, flights,
brigades, teams and detachments never do, so they are simply not in the noun list.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence

from viewer.core import regex_cache
from viewer.core.dutch import MONTH_NAMES
from viewer.core.facts.context import QUALIFIER, SentenceContext, ahead, back, changed_to, lazy_pattern, mentions
from viewer.core.facts.model import Fact
from viewer.core.facts.no_contingent import no_contingent
from viewer.core.facts.numbers import NOT_AFTER, SPACED_THOUSANDS, WORD_NUMBER, parse_number, plain

_HEADS = (
    # "militair adviseur" and "militair personeel" before "militair", which would end the noun early
    "militair\\s+adviseurs|militair\\s+adviseur|militair\\s+personeel|militairen|militair|"
    "trainers|trainer|instructeurs|instructeur|officieren|officier|operators|operator|"
    "adviseurs|adviseur|mariniers|commando['’]s|vliegers|piloten|medewerkers|medewerker|functionarissen|"
    "functionaris|specialisten|mentoren|planners|kolonels|kolonel|generaals|generaal|majoors|majoor|"
    "kapiteins|kapitein|luitenants|luitenant|personeelsleden|manschappen|"
    "bemanningsleden|liaison\\s+officers?|stafleden|beveiligers|verbindingsofficieren|experts|expert|"
    "deskundigen|medici|technici|monteurs|monteur|man|"
    # police and medical staff a mission sends ("vier politie-instructeurs", "twee marechaussees")
    "marechaussees|marechaussee|verpleegkundigen|verpleegkundige|chirurgen|chirurg|"
    # and soldiers, infantry, engineers and divers a partner sends ("Duitsland levert 450 soldaten")
    "soldaten|infanteristen|genisten|duikers|"
    # observers and analysts a mission is sent ("twaalf militaire waarnemers bij UNTSO", "14 militaire
    # observatoren", "vier inlichtingenanalisten"): people sent out, as trainers are (qa15 #4)
    "waarnemers|waarnemer|observatoren|observator|analisten|analist"
)
# ... and those whose compounds are mostly no staff a mission sends ("dubbelagenten", "reisagenten",
# "dierenartsen", "arts-assistenten"): only these forms
_WHOLE_HEADS = (
    r"(?:politieagenten|politieagent|agenten|agent|legerartsen|legerarts|artsen|arts|politiemensen)(?![\w\-])"
)
# Compounds: "stafofficieren", "liaisonofficieren" (a lower-case prefix), "politie-instructeurs" (and
# a hyphen) and "SOF-operators", "SOF-trainers" (an acronym and a hyphen). "Peshmerga-militairen"
# (trainees) has neither form.
# ... and a type of aircraft or ship: "F-16-vliegers", "NH90-piloten", "C-130-bemanningsleden"
NOUN = (
    rf"(?:(?:[A-Z]{{2,6}}-|[A-Z]{{1,3}}-?\d{{2,3}}-|[a-z]+-)?[a-z]*(?:{_HEADS})|{_WHOLE_HEADS}"
    # ... or a named type's aircrew: "6 Chinook-vliegers", "Apache-piloten" (not "Peshmerga-militairen")
    r"|[A-Z][a-z]+-(?:vliegers|piloten|bemanningsleden))"
)
# Nationality adjectives end in -se/-sche ("Nederlandse", "Belgische", "Duitse", "Britse").
NATIONALITY = r"[A-Z][a-zë]+(?:se|sche)"
_ADJECTIVE = (
    r"(?:extra|additionele|aanvullende|militaire|civiele|ervaren|eigen|nieuwe|ondersteunende|medische|"
    r"logistieke|technische|operationele|gedetacheerde|uitgezonden|ingezette|gestationeerde)"
)
# one adjective, or two joined: "twintig militaire en civiele experts"
_OTHER_ADJECTIVE = rf"{_ADJECTIVE}(?:\s+en\s+{_ADJECTIVE})?"
# "en" and "een" are made of number morphemes too, but are a conjunction and an article here. A
# thousands dot needs groups of three ("1.200 militairen"); "een twintigtal" is about twenty.
COUNT = rf"(?:\d{{1,3}}(?:\.\d{{3}})+|{SPACED_THOUSANDS}|\d+|(?!(?:e?en|ën)\b){WORD_NUMBER}(?:tal)?)"
# Local forces a coalition trains are trainees, not deployed personnel.
_LOCAL = frozenset({"Iraakse", "Koerdische", "Syrische", "Libische", "Afghaanse", "Malinese"})
_ONE_WORD_END = r"(?![\w\-])"

# "vijf tot tien stafofficieren", "twee à drie instructeurs", "100-150 militairen", "tussen de 100 en
# 150 militairen", "circa 130 tot 150 militairen": a range, counted as its top, approximate
_RANGE_FROM = (
    rf"(?:(?i:tussen)\s+(?:de\s+)?(?P<between>(?i:{COUNT})){_ONE_WORD_END}\s+en\s+"
    rf"|(?P<low>(?i:{COUNT})){_ONE_WORD_END}\s+(?:tot|à|a)\s+|(?P<dlow>\d+)\s?[-–]\s?(?=\d))"
)
_SINGLE = regex_cache.compile(
    rf"{NOT_AFTER}(?:(?P<qual>(?i:{QUALIFIER}))\s+)?(?:{_RANGE_FROM})?(?P<num>(?i:{COUNT})){_ONE_WORD_END}"
    rf"(?:\s+(?P<mod>{NATIONALITY}))?(?:\s+{_OTHER_ADJECTIVE})?\s+(?P<noun>{NOUN})\b"
)
# "drie Nederlandse en drie Belgische SOF-operators": two counts share the noun.
_COORDINATED = regex_cache.compile(
    rf"{NOT_AFTER}(?:(?P<q1>(?i:{QUALIFIER}))\s+)?(?P<n1>(?i:{COUNT})){_ONE_WORD_END}\s+(?P<m1>{NATIONALITY})"
    rf"\s+en\s+(?:(?P<q2>{QUALIFIER})\s+)?(?P<n2>{COUNT}){_ONE_WORD_END}\s+(?P<m2>{NATIONALITY})"
    rf"(?:\s+{_OTHER_ADJECTIVE})?\s+(?P<noun>{NOUN})\b"
)
# "drie Nederlandse, twee Belgische en vier Deense trainers": the counts listed before a coordinated
# pair share its noun too
_LISTED_BEFORE = lazy_pattern(
    rf"{NOT_AFTER}(?:(?P<q>(?i:{QUALIFIER}))\s+)?(?P<n>(?i:{COUNT})){_ONE_WORD_END}\s+(?P<m>{NATIONALITY})\s*,\s*$"
)
# "Het aantal militairen in het detachement wordt teruggebracht van 150 naar 35", "Het aantal
# Nederlandse trainers stijgt naar circa 170": the noun first, its counts further on, each read with
# it. Not a count followed by a noun of its own ("tot 50 militairen" is read as one) or a unit ("tot
# 1 januari", "naar 30 procent"); a year is no head count either ("blijft tot 2017 gelijk").
_UNIT_AFTER = rf"(?:{NATIONALITY}\s+)?{NOUN}\b|(?i:{MONTH_NAMES})\b|procent\b|%|km\b|jaar\b|maanden\b|weken\b|dagen\b"


def _head_count(qual: str, num: str) -> str:
    return rf"(?:(?P<{qual}>(?i:{QUALIFIER}))\s+)?(?P<{num}>(?i:{COUNT})){_ONE_WORD_END}(?!\s*(?:{_UNIT_AFTER}))"


_NUMBER_OF = lazy_pattern(
    rf"\b[Hh]et\s+(?:totale\s+)?aantal\s+(?:{_OTHER_ADJECTIVE}\s+)?(?:(?P<mod>{NATIONALITY})\s+)?(?:{_OTHER_ADJECTIVE}\s+)?"
    rf"(?P<noun>{NOUN})\b"
    rf"[^.;:]{{0,120}}?\s(?:van\s+{_head_count('q1', 'n1')}\s+)?"
    rf"(?:naar|tot|bedraagt|bedroeg|blijft|bleef|telt|telde)\s+{_head_count('q2', 'n2')}"
)
_NUMBER_OF_RUNS, _NUMBER_OF_REACH = 4, 400  # "het totale aantal Nederlandse militairen": its start; its end at most


# "een" is nearly always an article. It counts one person only where a person is sent or placed:
# "heeft Nederland een stafofficier geplaatst", "een medewerker gedetacheerd", "Nederland plaatst
# een militair adviseur", "stuurt ook een kolonel".
_ONE_PLACED = regex_cache.compile(
    rf"\b[Ee]en\s+(?:(?P<mod>{NATIONALITY})\s+)?(?P<noun>{NOUN})\b(?P<rest>(?:\s+[^\s,.;:()]+){{0,4}})"
)
# "155 militairen, waarvan 50 in Jordanië", "circa 150 militairen in Irak, van wie ongeveer dertig
# in Bagdad": a part of the count before, its noun left out. At most four words lie between, and the
# part is followed by what may follow a left-out noun (a preposition, punctuation); a noun after it
# is a count of its own, and "waarvan 30 procent" or "waarvan 2 miljoen euro" are no head count.
_PART_OF = regex_cache.compile(
    rf"(?:\s+[^\s,;.:()]+){{0,4}}?(?:\s*,\s*|\s*\(\s*|\s+)(?:waarvan|van\s+wie|onder\s+wie)\s+"
    rf"(?:(?P<qual>(?i:{QUALIFIER}))\s+)?(?P<num>(?i:{COUNT})){_ONE_WORD_END}"
    rf"(?=\s*(?:[,.;:)]|$)|\s+(?:in|op|bij|naar|voor|als|uit|vanuit|rond|aan|te)\b)"
)
# "30 militairen in Erbil en 20 in Bagdad": a count beside it in another place (named), its noun left out
_PLACES = r"(?:in|op|bij|naar|te|voor)"
_BESIDE = regex_cache.compile(
    rf"\s+{_PLACES}\s+(?:[^\s,;.:()]+\s+){{0,2}}?[^\s,;.:()]+\s*,?\s+en\s+"
    rf"(?:(?P<qual>(?i:{QUALIFIER}))\s+)?(?P<num>(?i:{COUNT})){_ONE_WORD_END}(?=\s+{_PLACES}\s+[A-Z])"
)
# "Vijftig van hen worden in Jordanië geplaatst": a part of the people a sentence before counted.
# Read here without its noun (`unit` None); extract.py gives it the noun of the count it refers to.
_OF_THEM = regex_cache.compile(
    rf"{NOT_AFTER}(?:(?P<qual>(?i:{QUALIFIER}))\s+)?(?P<num>(?i:{COUNT})){_ONE_WORD_END}\s+van\s+hen\b"
)
OF_THEM = "van hen"  # the scan's keyword for it
# A cheap first look (a literal alternation, which the regex engine scans fast): most sentences
# name no personnel at all and need none of the patterns above.
_HINT_WORDS = (
    "militair",
    "trainer",
    "instructeur",
    "officier",
    "operator",
    "adviseur",
    "marinier",
    "commando",
    "vlieger",
    "piloten",
    "medewerker",
    "functionaris",
    "specialist",
    "mentor",
    "planner",
    "kolonel",
    "generaal",
    "majoor",
    "kapitein",
    "luitenant",
    "personeel",
    "manschap",
    "bemanningsle",
    "liaison",
    "stafled",
    "beveiliger",
    "expert",
    "deskundig",
    "medici",
    "technici",
    "monteur",
    "man",  # "honderd man personeel" (and "mandaat", which the noun pattern then passes over)
    *("marechaussee", "agent", "verpleegkundig", "arts", "chirurg", "soldat", "infanterist", "genist", "duiker"),
    "politiemensen",
    *("waarnemer", "observator", "analist"),
    OF_THEM,
)
KEYWORDS = _HINT_WORDS  # see scan.py
_PLACED = regex_cache.compile(
    r"\b(?:geplaatst|gedetacheerd|ingezet|uitgezonden|gestationeerd|aangesteld|toegevoegd|beschikbaar)\b"
)
# ... or with the verb before: at most two words between it and "een"
_SENDS = regex_cache.compile(r"\b(?:plaatst|plaatsen|stuurt|sturen|zendt|zenden|detacheert|detacheren)\b")
_SENT_BEFORE = regex_cache.compile(rf"(?:{_SENDS.pattern})(?:\s+[^\s,.;:()]+){{0,2}}\s+$")
_SENT_RUNS = 4  # runs of whitespace at most in a match of _SENT_BEFORE


def _count(word: str) -> int | None:
    if word.casefold() == "een":  # only by _ONE_PLACED
        return None
    if word[-3:].casefold() == "tal" and not word[:1].isdigit():
        word = word[:-3]  # "twintigtal": about twenty (approximate: see `_about`)
    value = parse_number(word)
    if value is None or value != value.to_integral_value() or value <= 0:
        return None
    result = plain(value)
    return result if isinstance(result, int) else None


def _after_comma(text: str, at: int) -> bool:
    """Is the last character before `at` that is not a space a comma ("drie Nederlandse, twee ...")?"""
    k = at - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == ","


def _year_like(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _about(word: str) -> bool:
    """Is the count a round figure of about so many ("een twintigtal")?"""
    return word[-3:].casefold() == "tal"


class _Taken:
    """The spans already read as counts. They never overlap one another, so sorted by start a new
    span can only overlap its neighbours: a "sentence" of pages (a table copied from a PDF) holds
    thousands of counts, and checking each against all the others took most of a minute."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def fresh(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start)
        return (k == 0 or self.ends[k - 1] <= start) and (k == len(self.starts) or self.starts[k] >= end)

    def add(self, start: int, end: int) -> None:
        k = bisect_right(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)


_Matches = Iterable[re.Match[str]]


def _troops(
    ctx: SentenceContext,
    coordinated: _Matches,
    single: _Matches,
    one_placed: _Matches,
    of_them: _Matches,
    number_of: _Matches = (),
) -> list[Fact]:
    text = ctx.text
    facts: list[Fact] = []
    taken = _Taken()
    for m in coordinated:
        n1, n2 = _count(m.group("n1")), _count(m.group("n2"))
        if n1 is None or n2 is None or m.group("m1") in _LOCAL or m.group("m2") in _LOCAL:
            continue
        noun = m.group("noun")
        first_end = m.end("m1")
        second_start = m.start("q2") if m.group("q2") else m.start("n2")
        q1, q2 = m.group("q1"), m.group("q2")
        at = m.start()
        while _after_comma(text, at) and (listed := _LISTED_BEFORE().search(text, back(text, at, 6), at)):
            n = _count(listed.group("n"))
            if n is None or listed.group("m") in _LOCAL or not taken.fresh(listed.start(), at):
                break
            q = listed.group("q")
            facts.append(
                ctx.fact(
                    "troops", listed.start(), listed.end("m"), n, noun, bool(q), qualifier=q, modifier=listed.group("m")
                )
            )
            taken.add(listed.start(), at)
            at = listed.start()
        approx1, approx2 = bool(q1) or _about(m.group("n1")), bool(q2) or _about(m.group("n2"))
        facts.append(ctx.fact("troops", m.start(), first_end, n1, noun, approx1, qualifier=q1, modifier=m.group("m1")))
        facts.append(ctx.fact("troops", second_start, m.end(), n2, noun, approx2, qualifier=q2, modifier=m.group("m2")))
        taken.add(m.start(), m.end())
    for m in single:
        count = _count(m.group("num"))
        mod = m.group("mod")
        if count is None or mod in _LOCAL or not taken.fresh(m.start(), m.end()):
            continue
        qual = m.group("qual")
        start = m.start()
        if qual and qual.casefold() == "tot" and changed_to(text, start):
            qual, start = None, m.start("num")  # "teruggebracht tot 50 militairen": to 50, not up to
        low_text = m.group("low") or m.group("between") or m.group("dlow")
        if low_text is not None:
            low = _count(low_text)
            if low is None or low >= count:
                continue  # "een tot twee" reads as an article; "tien tot vijf" is no range
            qual = m.group(0)[: m.start("num") - m.start()].strip()  # "vijf tot", "tussen de 100 en"
        approximate = bool(qual) or _about(m.group("num"))
        facts.append(
            ctx.fact("troops", start, m.end(), count, m.group("noun"), approximate, qualifier=qual, modifier=mod)
        )
        taken.add(m.start(), m.end())
    for m in one_placed:
        mod = m.group("mod")
        if mod in _LOCAL or not taken.fresh(m.start(), m.end("noun")):
            continue
        start = m.start()
        if not (_PLACED.search(m.group("rest")) or _SENT_BEFORE.search(text, back(text, start, _SENT_RUNS), start)):
            continue
        facts.append(ctx.fact("troops", m.start(), m.end("noun"), 1, m.group("noun"), False, modifier=mod))
    for m in of_them:
        count = _count(m.group("num"))
        if count is None or not taken.fresh(m.start(), m.end("num")):
            continue
        qual = m.group("qual")
        facts.append(ctx.fact("troops", m.start(), m.end("num"), count, None, bool(qual), qualifier=qual))
    for m in number_of:
        if m.group("mod") in _LOCAL:
            continue
        for qual_group, num_group in (("q1", "n1"), ("q2", "n2")):
            word = m.group(num_group)
            count = None if word is None or _year_like(word) else _count(word)
            start = m.start(qual_group) if m.group(qual_group) else m.start(num_group)
            if count is None or not taken.fresh(start, m.end(num_group)):
                continue
            qual = m.group(qual_group)
            approximate = bool(qual) or _about(word)
            noun, mod = m.group("noun"), m.group("mod")
            facts.append(
                ctx.fact("troops", start, m.end(num_group), count, noun, approximate, qualifier=qual, modifier=mod)
            )
            taken.add(start, m.end(num_group))
    if not facts:
        return facts
    base = ctx.base
    facts = [f for f in facts if not no_contingent(text, f.offset - base, f.offset - base + len(f.text))]
    return _with_parts(ctx, facts, taken) if facts else facts


def _with_parts(ctx: SentenceContext, facts: list[Fact], taken: _Taken) -> list[Fact]:
    """`facts` and, after each, the part of it a relative clause counts (`_PART_OF`), no more than
    the whole, or the count beside it in another place (`_BESIDE`): with the noun and nationality
    of the count before."""
    text, base = ctx.text, ctx.base
    out: list[Fact] = []
    for fact in facts:
        out.append(fact)
        if fact.unit is None:
            continue  # "vijftig van hen": its noun is not known here
        after = fact.offset - base + len(fact.text)
        m = _PART_OF.match(text, after)
        beside = m is None
        if beside:
            m = _BESIDE.match(text, after)
        if m is None or not taken.fresh(m.start("num"), m.end("num")):
            continue
        count = _count(m.group("num"))
        if count is None or not isinstance(fact.value, int) or (count >= fact.value and not beside):
            continue
        qual = m.group("qual")
        start = m.start("qual") if qual else m.start("num")
        part = ctx.fact(
            "troops", start, m.end("num"), count, fact.unit, bool(qual), qualifier=qual, modifier=fact.modifier
        )
        out.append(part)
        taken.add(start, m.end("num"))
    return out


def find_troops(ctx: SentenceContext) -> list[Fact]:
    text = ctx.text
    if not mentions(text, _HINT_WORDS):
        return []
    number_of = _NUMBER_OF().finditer(text) if "aantal" in text else ()
    return _troops(
        ctx,
        _COORDINATED.finditer(text),
        _SINGLE.finditer(text),
        _ONE_PLACED.finditer(text),
        _OF_THEM.finditer(text),
        number_of,
    )


# A troop noun's head where a keyword starts it (see `troops_at`).
_HEAD_AT = regex_cache.compile(rf"(?:{_HEADS})\b|(?:agenten|agent|artsen|arts|politiemensen)(?![\w\-])")
# A count as the patterns above read it; before a noun, it must be one of the three words before it.
_COUNT_ONLY = regex_cache.compile(rf"{NOT_AFTER}(?:(?i:{COUNT}){_ONE_WORD_END}|\d+\s?[-–]\s?\d)")
# Runs of whitespace at most from a match's start to its noun: qualifier words, count,
# nationality, adjective (and for two counts: "en" and the second count, nationality, qualifier).
_SINGLE_RUNS, _COORDINATED_RUNS, _ONE_PLACED_RUNS, _COUNT_RUNS = 8, 14, 2, 4
# ... and from a noun's first word to the match's end: "militair personeel", and four words more
# for the `rest` of _ONE_PLACED.
_NOUN_RUNS, _REST_RUNS = 1, 5
# ... from a match of _OF_THEM's start to its "van" (qualifier words and count), and on to "hen"
_OF_THEM_RUNS = 4
assert _ONE_PLACED_RUNS <= _COUNT_RUNS


def _windows(text: str, heads: list[int], runs: int) -> list[tuple[int, int]]:
    """Where a pattern whose matches start at most `runs` runs of whitespace before their noun can
    match: around each head, merged where they overlap. A match lies within the window of the head
    it ends at, so `finditer` over the windows in turn finds what it finds over all of them."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted((back(text, at, runs), ahead(text, at, _NOUN_RUNS)) for at in heads):
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _over(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for lo, hi in windows:
        yield from pattern.finditer(text, lo, hi)


def troops_at(ctx: SentenceContext, anchors: Sequence[tuple[int, str]]) -> list[Fact]:
    """`find_troops` for a sentence whose troop nouns the scan found (`anchors`).

    Every match ends at a noun and starts a few words before it; a noun with no count among the
    three words before it ends neither a single nor a coordinated count, and one without "een"
    just before it no `_ONE_PLACED`. So the counts run only around nouns with a count before them,
    and `_ONE_PLACED` from the first noun that can end one of its matches; not at all when none can.
    """
    text = ctx.text
    # Every noun holds a head that starts at a keyword ("officier" starts "officieren" in
    # "verbindingsofficieren" too); a keyword inside another word ("militaire") or capitalised
    # ("Militairen": NOUN is lower case) starts none, and most sentences have no other.
    heads = sorted(at for at, _ in anchors if _HEAD_AT.match(text, at))
    of_them_at = [at for at, word in anchors if word == OF_THEM]
    if not heads and not of_them_at:
        return []
    counted: list[int] = []
    placed = -1
    for at in heads:
        lo = back(text, at, _COUNT_RUNS)  # also takes in "een" (fewer runs before the noun)
        if _COUNT_ONLY.search(text, lo, at):
            counted.append(at)
        if placed < 0 and (text.find("een", lo, at) >= 0 or text.find("Een", lo, at) >= 0):
            placed = at
    if placed >= 0 and not (_PLACED.search(text, placed) or _SENDS.search(text)):
        placed = -1  # a match of _ONE_PLACED counts only with one of these words after its noun or before it
    none: tuple[re.Match[str], ...] = ()
    coordinated: Iterable[re.Match[str]] = none
    single: Iterable[re.Match[str]] = none
    one_placed: Iterable[re.Match[str]] = none
    of_them: Iterable[re.Match[str]] = none
    if counted:
        coordinated = _over(_COORDINATED, text, _windows(text, counted, _COORDINATED_RUNS))
        single = _over(_SINGLE, text, _windows(text, counted, _SINGLE_RUNS))
    if placed >= 0:
        lo, hi = back(text, placed, _ONE_PLACED_RUNS), ahead(text, heads[-1], _REST_RUNS)
        one_placed = _ONE_PLACED.finditer(text, lo, hi)
    if of_them_at:
        of_them = _over(_OF_THEM, text, _windows(text, of_them_at, _OF_THEM_RUNS))
    # "Het aantal militairen ... van 150 naar 35": from the "het" before "aantal" before a noun
    number_of: list[tuple[int, int]] = []
    for at in heads:
        lo = back(text, at, _NUMBER_OF_RUNS)
        if text.find("aantal", lo, at) >= 0:
            number_of.append((lo, min(len(text), at + _NUMBER_OF_REACH)))
    found = _over(_NUMBER_OF(), text, _merged(number_of)) if number_of else ()
    return _troops(ctx, coordinated, single, one_placed, of_them, found)
