"""What happens in the world rather than what the government does: elections held, a city freed.

A letter's agentless passive is the government's own act ("de inzet zal worden voortgezet", "zullen
alle aspecten worden gewogen"), except where the act is one no government of another country
performs: "De verkiezingen in Irak zullen in mei 2018 worden gehouden", "Mosul zal worden bevrijd",
"Een nieuwe regering zal worden geformeerd". Those forecast events; they bind nobody. So does an
agreement or law carried out with nobody named: "Het vredesakkoord zal worden uitgevoerd" is for its
parties to do, whoever they are (a plan, in a government's letter, is its own).
"""

from __future__ import annotations

import re

from viewer.core import regex_cache
from viewer.core.facts.actors import governed

# what is done to a place, an enemy or a country's institutions in a war or an election; not words
# a government's own acts share ("er zal een standpunt worden ingenomen", "er zal worden gekozen voor",
# "een werkgroep zal worden gevormd", "doelen zullen worden aangevallen" by Dutch aircraft)
_BEFALLS = regex_cache.compile(
    r"\b(?:bevrijd|heroverd|veroverd|verslagen|verdreven|omsingeld|belegerd|geformeerd|verkozen|beëdigd)\b"
)
# "gehouden" is an event when something is held (elections, a summit, a conference), not when the
# Kamer is kept informed or something is taken into account, kept up or watched
_HELD = regex_cache.compile(r"\bgehouden\b")
_KEPT = regex_cache.compile(r"\b(?:hoogte|rekening|stand|toezicht|oog|vinger|pols|gang|vast)\b")


# another country's government formed: "Na de verkiezingen zal een nieuwe regering worden gevormd"
_FORMED = regex_cache.compile(r"\b(?:regering|kabinet|eenheidsregering)\b[^,;]{0,80}?\bgevormd\b")


# an agreement or law, compounds too ("vredesakkoord"), carried out (not a plan: "Het actieplan zal
# worden uitgevoerd" in a government's letter is its own): "Het akkoord
# van Algiers zal worden uitgevoerd", "De resolutie zal worden geïmplementeerd". Not a decision or a
# motion, which the government carries out itself ("Het besluit zal worden uitgevoerd")
_CARRIED_OUT = regex_cache.compile(r"\b(?:uitgevoerd|geïmplementeerd|nageleefd)\b")
_COVENANT = regex_cache.compile(r"(?:akkoord|overeenkomst|verdrag|wet|resolutie)(?:en|ten|nen|s)?\b", re.IGNORECASE)
_WORD_CHARACTERS = regex_cache.compile(r"[\w\-]*$")


def befalls(clause: str) -> bool:
    """Does `clause`, an agentless passive, tell of an event rather than of an act of government?"""
    if _BEFALLS.search(clause) is not None or _FORMED.search(clause) is not None:
        return True
    if _HELD.search(clause) is not None and _KEPT.search(clause) is None:
        return True
    carried_out = _CARRIED_OUT.search(clause)
    return carried_out is not None and _covenant_carried_out(clause, carried_out.start())


def _covenant_carried_out(clause: str, end: int) -> bool:
    """Does an agreement or law stand first before `end`, as the subject, not the object of
    a preposition ("De training in het kader van het vredesakkoord zal worden uitgevoerd")?"""
    m = _COVENANT.search(clause, 0, end)
    if m is None:
        return False
    # the start of its word ("vredesakkoord"), a few characters back at most
    head = _WORD_CHARACTERS.search(clause, max(0, m.start() - 40), m.start())
    return not governed(clause, m.start() - (len(head.group()) if head is not None else 0))
