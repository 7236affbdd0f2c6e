"""The Dutch contribution's own acts, told in the present passive with it as the agent: "De training
wordt door Nederlandse militairen verzorgd", "De taakgroep wordt door Nederland geleid".

As "De inzet wordt door Nederland voortgezet" sets the mission's course, these say what the
contribution does now, which a clerk follows from letter to letter. Not told of the past ("werd
door Nederlandse militairen verzorgd", "is door Nederland geleverd"), which describes; not with a
modal verb ("kan door Nederland worden geleverd"); not with another agent ("door de VS").
"""

from __future__ import annotations

import re

from viewer.core import regex_cache
from viewer.core.facts.actors import agent, dutch_after
from viewer.core.facts.binding import governed_by_doubt, not_binding, this_letter
from viewer.core.facts.clauses import Sentence

# what a contribution does for a mission: trains, leads, delivers, guards, staffs (not "ondersteund",
# which a stance says as well: "Het besluit wordt door Nederland ondersteund")
_DONE = regex_cache.compile(
    r"\b(?:verzorgd|gegeven|geleverd|uitgevoerd|geleid|getraind|opgeleid|bemand|beveiligd|begeleid|"
    r"gecoördineerd|georganiseerd|ingevuld|verleend)\b"
)
# The rule starts from its agent's "door": one keyword, where a participle of each act would be a
# dozen for the scan to look for (scan.py), most of them in sentences that name no agent at all.
BY = regex_cache.compile(r"\bdoor\b")
_PRESENT_PASSIVE = regex_cache.compile(r"\b(?:wordt|worden)\b")


def done_by_dutch(s: Sentence, m: re.Match[str]) -> bool:
    if not (dutch_after(s.text, m.start()) and _acts_in_passive(s)):
        return False  # mostly: "door de oorlog", "door middel van"
    start, end = s.clause(m.start())
    clause = s.text[start:end]
    if _DONE.search(clause) is None or _PRESENT_PASSIVE.search(clause) is None:
        return False  # "door de oorlog", "werd ... verzorgd"
    if not_binding(clause) or this_letter(s) or governed_by_doubt(s, m.start()):
        return False  # "kan door Nederland worden geleverd"
    # the government's business (not what another reports), and its people or itself the agent
    return s.actor(start, end) == "dutch" and agent(clause) == "dutch"


def _acts_in_passive(s: Sentence) -> bool:
    """Does the sentence hold a passive and one of the acts at all (once per sentence: a "sentence"
    of pages holds a "door" in many clauses)?"""
    found = s.flags.get("done by")
    if found is None:
        text = s.text
        passive = "wordt" in text or "worden" in text
        found = s.flags["done by"] = passive and _DONE.search(text) is not None
    return found
