"""Whose decision a sentence tells of, and the decisions that change a contribution's size.

- A decision named as someone else's is theirs, whatever the government thinks of it: "Het kabinet
  verwelkomt het besluit van Duitsland om ...", "Nederland verwelkomt de toezegging van de VS om ...".
- The Kamer and its committees decide and debate for themselves: "Uw Kamer heeft besloten een
  rondetafelgesprek te houden", "De vaste commissie voor Defensie zal ... debatteren" (but "Uw Kamer zal
  worden geïnformeerd" is the government's promise to it).
- Decisions worded with the verbs of a contribution's size or end, the government named (or, for a
  withdrawal in the passive, nobody else): "Het kabinet trekt de F-16's terug", "Nederland breidt de
  bijdrage uit met een C-130", "Nederland bouwt de bijdrage in 2019 af", "Het kabinet maakt hiervoor
  5 miljoen euro vrij", "Het kabinet reserveert 3 miljoen euro", "Nederland committeert zich aan ...";
  and intentions announced: "Het kabinet streeft ernaar ...", "heeft de intentie", "is van plan".
"""

from __future__ import annotations

import re

from viewer.core import regex_cache
from viewer.core.facts.actors import NATIONALITY, governed, owned_by_others
from viewer.core.facts.binding import IN_CLAUSE, REACH, governed_by_doubt, infinitive, not_binding, this_letter
from viewer.core.facts.clauses import Sentence
from viewer.core.facts.committed import ASSET, MEANS, PERSONNEL

# a decision or pledge by its noun: whose it is may follow ("het besluit van Duitsland")
_DECISION_NOUNS = frozenset({"besluit", "toezegging", "toezeggingen"})
# The Kamer or one of its committees as the subject: the words before the clause's verb name it and no
# member of the government
_PARLIAMENT = regex_cache.compile(r"\b(?:Kamer|Kamerleden|[Cc]ommissie|fracties?)\b")
_GOVERNMENT = regex_cache.compile(r"\b(?:kabinet|regering|Nederland|[Mm]inisters?|[Ww]ij|[Ww]e|[Ii]k)\b")
# the government as the subject right after the finite verb: "Na het debat zal het kabinet ..."
_GOVERNMENT_AFTER = regex_cache.compile(
    r"(?:\s+\w+){0,2}?\s+(?:het\s+|de\s+)?(?:kabinet|regering|Nederland|[Mm]inisters?|wij|we|ik)\b"
)
# the Kamer in a clause of its own before the main verb: "Zoals de Kamer ...", "die de Kamer stelde"
_IN_ITS_OWN_CLAUSE = regex_cache.compile(r"\b(?:[Zz]oals|die|dat|waar|waarom|[Cc]onform|[Oo]vereenkomstig)\b")
_FINITE = regex_cache.compile(
    r"\b(?:heeft|hebben|had|hadden|zal|zullen|besloot|besloten|besluit|is|zijn|wordt|worden|werd|werden)\b"
)


# "het Duitse besluit", "het Amerikaanse voornemen": another country's by its adjective
_FOREIGN_ADJECTIVE = regex_cache.compile(rf"\b{NATIONALITY}\s+$")


def theirs(text: str, m: re.Match[str]) -> bool:
    """Is the decision or pledge noun at `m` named as another's ("het besluit van de VS", "het
    Duitse besluit")?"""
    if m.group() not in _DECISION_NOUNS:
        return False
    return (
        owned_by_others(text, m.end()) or _FOREIGN_ADJECTIVE.search(text, max(0, m.start() - 20), m.start()) is not None
    )


# The subject and auxiliary before an aside: "De NAVO heeft, op verzoek van Nederland, besloten ..."
_ASIDE_REACH = 300
_BEFORE_ASIDE = regex_cache.compile(r"([^,;]*\b(?:heeft|hebben|had|hadden|is|zijn|was|waren))\s*,[^,;]*,\s*$")


def subject_before_aside(text: str, start: int) -> tuple[int, int] | None:
    """The span of the clause before an aside that ends at `start`, when it holds the subject and
    its auxiliary verb; None if there is no such clause."""
    # (a few hundred characters back at most: a "sentence" of pages, a table copied from a PDF, must
    # not be searched from every position)
    m = _BEFORE_ASIDE.search(text, max(0, start - _ASIDE_REACH), start)
    return m.span(1) if m is not None else None


# What the Kamer is given rather than does: "De Kamer zal ... een eindevaluatie ontvangen"
_GIVEN = regex_cache.compile(r"\b(?:ontvangt|ontvangen|krijgt|krijgen|toegestuurd|geïnformeerd|wordt|worden)\b")
# "het besluit", "dit besluit": the noun, whose subject may be anyone ("De Kamer is geïnformeerd over het besluit")
_ARTICLE = regex_cache.compile(r"\b(?:het|dit|dat|een|zijn|haar|hun|ons|dergelijk)\s+(?:[\w\-]+\s+)?$")


def by_parliament(s: Sentence, m: re.Match[str], start: int, end: int) -> bool:
    """Does the Kamer take the decision at `m`, or act as the verb at `m` says, itself ("Uw Kamer heeft
    besloten", "De Kamer zal op 12 april debatteren"), rather than receive what the government sends?"""
    if m.group() == "besluit" and _ARTICLE.search(s.text, max(start, m.start() - 40), m.start()) is not None:
        return False
    clause = s.text[start:end]
    return parliament_acts(clause) and _GIVEN.search(clause) is None


def parliament_acts(clause: str) -> bool:
    """Is the subject of `clause` the Kamer or one of its committees ("Uw Kamer heeft besloten")?

    Not the Kamer named before the verb as a preposition's object ("Na het debat met de Kamer zal het
    kabinet ...", "Op verzoek van uw Kamer zal ik ...") or in a clause of its own ("Zoals de Kamer heeft
    gevraagd zal ...", "De vragen die de Kamer stelde zal ik ..."), with the government the subject
    after the verb."""
    verb = _FINITE.search(clause)
    subject = clause[: verb.start()] if verb is not None else clause
    if verb is not None and _GOVERNMENT_AFTER.match(clause, verb.end()):
        return False  # "... zal het kabinet", "... heeft het kabinet besloten": the government's
    kamer = _PARLIAMENT.search(subject)
    if kamer is None or _GOVERNMENT.search(subject) is not None:
        return False
    return not governed(subject, kamer.start()) and _IN_ITS_OWN_CLAUSE.search(subject, 0, kamer.start()) is None


# "breidt ... uit", "bouwt ... af", "verkleint", "reserveert", "investeert", "financiert",
# "committeert zich", "maakt ... vrij": matches start at the verb
RESIZE = regex_cache.compile(
    rf"\b(?:breidt|breiden|breidde|breidden)\b(?={IN_CLAUSE}{{0,{REACH}}}?\buit\b)"
    rf"|\b(?:bouwt|bouwen|bouwde|bouwden)\b(?={IN_CLAUSE}{{0,{REACH}}}?\baf\b)"
    r"|\b(?:verkleint|verkleinen|verkleinde|verkleinden)\b"
    # the passive: "De bijdrage wordt in 2019 afgebouwd", "wordt verkleind tot 100 militairen"
    r"|\b(?:afgebouwd|verkleind)\b"
    r"|\b(?:reserveert|reserveren|reserveerde|reserveerden|investeert|investeren|investeerde|investeerden)\b"
    r"|\b(?:financiert|financieren|financierde|financierden)\b"
    r"|\b(?:committeert|committeren|committeerde|committeerden)\b"
    rf"|\b(?:maakt|maken|maakte|maakten)\b(?={IN_CLAUSE}{{0,{REACH}}}?\bvrij\b)"
)
# ... and a withdrawal, at its particle: "trekt ... terug", "haalt ... terug", "worden teruggetrokken"
WITHDRAW = regex_cache.compile(r"\bterug(?:getrokken|gehaald)?\b")
_WITHDRAWING = regex_cache.compile(
    r"\b(?:trek|trekt|trekken|trok|trokken|haal|haalt|halen|haalde|haalden)\b|\bterug(?:getrokken|gehaald)\b"
)
_PASSIVE = regex_cache.compile(r"\b(?:wordt|worden)\b")
_PARTICIPLES = frozenset({"afgebouwd", "verkleind"})
# ... and an intention announced, at its noun or verb: "streeft ernaar", "heeft de intentie", "is van plan"
INTENT = regex_cache.compile(r"\b(?:streeft|streven|streefde|streefden)\s+er\s*naar\b|\bintentie\b|\bplan\b")
# (not "was van plan": a plan of before, perhaps given up)
_OF_PLAN = regex_cache.compile(r"\b(?:is|zijn)\s+(?:\S+\s+){0,3}?van\s+$")
# what a change of size or a withdrawal is of: people, a ship or unit, means, or the mission itself
MISSION = regex_cache.compile(
    r"\b(?:missie|inzet|deelname|operatie|coalitie|taakgroep|trainingsmissie|bijdrage|contingent|aanwezigheid|"
    # and the people themselves, counted or not: "trekt de militairen terug", "breidt het aantal trainers uit"
    r"militairen|trainers|troepen|personeel|mariniers|eenheden|eenheid|instructeurs|adviseurs|stafofficieren)\b"
)
_FUNDS_VERBS = ("reserve", "investe", "financier", "maak", "make")


def _bound(s: Sentence, at: int, start: int, end: int) -> bool:
    if infinitive(s.text, at):
        return False  # "om de bijdrage te verkleinen": an intent, whose another word says
    return not (not_binding(s.text[start:end]) or governed_by_doubt(s, at) or this_letter(s))


def resized(s: Sentence, m: re.Match[str]) -> bool:
    start, end = s.clause(m.start())
    if not _bound(s, m.start(), start, end):
        return False
    clause = s.text[start:end]
    actor = s.actor(start, end)
    passive = m.group() in _PARTICIPLES and _PASSIVE.search(clause) is not None
    if not (actor == "dutch" or (actor is None and passive)):
        return False
    if m.group().startswith(_FUNDS_VERBS):  # money set aside, or spent on something
        return s.money(start, end) or MEANS.search(clause) is not None
    if m.group().startswith("committe"):
        return MISSION.search(clause) is not None or s.money(start, end)
    return _of_the_mission(s, clause, start, end)


def withdrawn(s: Sentence, m: re.Match[str]) -> bool:
    if s.text.startswith("te ", m.end() + 1):
        return False  # "om de helikopters terug te trekken": an intent, whose another word says
    start, end = s.clause(m.start())
    clause = s.text[start:end]
    if _WITHDRAWING.search(clause) is None or not _bound(s, m.start(), start, end):
        return False
    if not _of_the_mission(s, clause, start, end):
        return False  # "trekt zich terug uit de missie"; not "uit het overleg", "komt erop terug"
    actor = s.actor(start, end)
    return actor == "dutch" or (actor is None and _PASSIVE.search(clause) is not None)


def _of_the_mission(s: Sentence, clause: str, start: int, end: int) -> bool:
    return (
        MISSION.search(clause) is not None
        or PERSONNEL().search(s.text, start, end) is not None
        or ASSET().search(s.text, start, end) is not None
        or MEANS.search(clause) is not None
    )


def intended(s: Sentence, m: re.Match[str]) -> bool:
    if m.group() == "plan" and _OF_PLAN.search(s.text, 0, m.start()) is None:
        return False  # "het plan van de coalitie" names a plan; "is van plan" announces one
    start, end = s.clause(m.start())
    if (
        m.group() == "intentie"
        and "heeft" not in s.text[start : m.start()]
        and "hebben" not in s.text[start : m.start()]
    ):
        return False  # "met de intentie", "de intentie van de VS"
    if parliament_acts(s.text[start:end]):
        return False  # "Uw Kamer is van plan een werkbezoek te brengen"
    return _bound(s, m.start(), start, end) and s.actor(start, end) == "dutch"
