"""What a commitment commits: people ("80 militairen"), ships, aircraft and units ("een fregat"),
means ("de bijdrage"); and whose they are when "van" or "uit" names someone else.

The commitment rules (commitments.py) ask these of a clause: "zet ... in" commits only with people
or an asset sent, "draagt ... bij" with money or people, a raise with means.
"""

from __future__ import annotations

from viewer.core import regex_cache
from viewer.core.facts.context import lazy_pattern
from viewer.core.facts.troops import COUNT, NOUN

# a head count of people in the clause: "80 militairen", "twee stafofficieren", "maximaal vijftig man"
PERSONNEL = lazy_pattern(rf"(?<![\w.,])(?i:{COUNT})(?![\w\-])(?:\s+[^\s,.;:()]+){{0,2}}?\s+{NOUN}\b")
# ... or a ship, aircraft or unit sent: "Nederland zet in 2017 een fregat in voor Atalanta"
ASSET = lazy_pattern(
    r"\b(?:fregat|fregatten|schip|schepen|onderzeeboot|onderzeeboten|mijnenjager|mijnenjagers|patrouilleschip|"
    r"F-16['’]?s?|jachtvliegtuigen|vliegtuigen|vliegtuig|tankervliegtuig|transportvliegtuig|C-130|helikopters|"
    r"helikopter|drones?|MQ-9|detachement|detachementen|compagnie|compagnieën|eenheid|trainingsteam|team|"
    r"teams|veldhospitaal|hospitaal|tankvliegtuig|tankvliegtuigen|KDC-10|[Tt]ask\s+[Gg]roup|taakgroep|SOTG|"
    # and their compounds: "ondersteuningsschip", "boordhelikopter", "patrouillevliegtuig", "beveiligingsteams"
    r"[a-z]+(?:schip|schepen|helikopters?|vliegtuigen|vliegtuig|teams?)|"
    r"VPD['’]?s?|Vessel\s+Protection\s+Detachments?|Reapers?|Chinooks?|Apaches?|NH-90|P-3C|CH-47)\b"
    r"|\b(?:Zr|Hr)\.\s?Ms\."
)
# the means a contribution commits, named without an amount: "De bijdrage ... wordt verhoogd"
MEANS = regex_cache.compile(r"\b(?:middelen|geld|gelden|uitgaven|kosten|budget|bedrag|bijdrage|steun|pakket)\b")

# "van" or "uit" naming someone other than the government: its contribution raised is its own
OTHERS_OWN = regex_cache.compile(
    r"\b(?:van|uit)\s+(?!(?:de\s+|het\s+)?(?:Nederland|Nederlandse|kabinet|regering|Defensie|ministerie)\b)(?!\d)"
)
