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
from viewer.core.facts.actors import agent
from viewer.core.facts.binding import governed_by_doubt, not_binding, this_letter
from viewer.core.facts.clauses import Sentence

# what a contribution does for a mission: trains, leads, delivers, guards, staffs (not "ondersteund",
# which a stance says as well: "Het besluit wordt door Nederland ondersteund")
DONE_WORDS = (
    *("verzorgd", "gegeven", "geleverd", "uitgevoerd", "geleid", "getraind", "opgeleid", "bemand"),
    *("beveiligd", "begeleid", "gecoördineerd", "georganiseerd", "ingevuld", "verleend"),
)
DONE = regex_cache.compile(rf"\b(?:{'|'.join(DONE_WORDS)})\b")
_PRESENT_PASSIVE = regex_cache.compile(r"\b(?:wordt|worden)\b")


def done_by_dutch(s: Sentence, m: re.Match[str]) -> bool:
    start, end = s.clause(m.start())
    clause = s.text[start:end]
    if _PRESENT_PASSIVE.search(clause) is None or not_binding(clause):
        return False  # "werd ... verzorgd", "kan ... worden geleverd"
    if this_letter(s) or governed_by_doubt(s, m.start()):
        return False
    # the government's business (not what another reports), and its people or itself the agent
    return s.actor(start, end) == "dutch" and agent(clause) == "dutch"
