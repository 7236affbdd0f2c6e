"""What happens in the world rather than what the government does: elections held, a city freed.

A letter's agentless passive is the government's own act ("de inzet zal worden voortgezet", "zullen
alle aspecten worden gewogen"), except where the act is one no government of another country
performs: "De verkiezingen in Irak zullen in mei 2018 worden gehouden", "Mosul zal worden bevrijd",
"Een nieuwe regering zal worden geformeerd". Those forecast events; they bind nobody.
"""

from __future__ import annotations

from viewer.core import regex_cache

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


def befalls(clause: str) -> bool:
    """Does `clause`, an agentless passive, tell of an event rather than of an act of government?"""
    if _BEFALLS.search(clause) is not None or _FORMED.search(clause) is not None:
        return True
    return _HELD.search(clause) is not None and _KEPT.search(clause) is None
