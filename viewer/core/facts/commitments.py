"""Commitments: sentences in which the Dutch government binds itself or announces a decision.

A sentence is a commitment when one of its clauses
- binds the government to a future act: "Nederland zal ... aanbieden", "zal uw Kamer ... worden
  geïnformeerd", "zullen alle aspecten worden gewogen" (an agentless passive in the government's
  own letter is the government's act). Not with moeten/kunnen/mogen, which state a necessity or
  a possibility, not a cost forecast ("zal ... 2 miljoen euro extra kosten"), and not "gaat" that
  says what something is ("het gaat om 150 militairen", "gaat uit van");
- announces a decision: "heeft besloten", "besloot", "het besluit van het kabinet", "is voornemens";
- commits means, in any tense: "stelt ... beschikbaar", "draagt met 25 miljoen euro bij",
  "steunt ... met 10 miljoen euro", money or funds "ingezet", "uitgebreid", "gefinancierd uit";
- sets the mission's course: "de bijdrage wordt verlengd", "de inzet wordt voortgezet", "het kabinet
  verlengt ...", "Nederland zet ... voort", "Nederland biedt ... aan" (not "hierbij bied ik u ... aan",
  which offers the letter itself, nor "kan worden verlengd");
- pledges or refers to a toezegging: "een toezegging gedaan", "zoals toegezegd aan uw Kamer",
  "Zoals eerder toegezegd, ..." (nobody else named);
- reaffirms a decision, the government named: "herbevestigen wij de beëindiging van ...";
- promises the Kamer news ahead in the present tense: "Uw Kamer wordt voor de zomer geïnformeerd
  over ...", "Uw Kamer ontvangt uiterlijk 1 december een rapportage" (not "In deze brief wordt uw
  Kamer geïnformeerd" or "Uw Kamer ontvangt hierbij ...", which are this letter itself); the
  letter calls the Kamer "u" as well: "U wordt binnen enkele weken geïnformeerd";
- keeps the Kamer informed, which looks ahead without naming a time: "Wij houden uw Kamer op de
  hoogte van ...", "Uw Kamer wordt op de hoogte gehouden" (not "is ... op de hoogte gehouden").
- names the Dutch contribution as the agent of what is done now: "De training wordt door
  Nederlandse militairen verzorgd" (done_by.py; not "werd ... verzorgd").
A letter of one minister speaks as "ik", with the verb in the first person: "Ik stel ...
beschikbaar", "Ik zeg u toe ...", "Ik draag ... bij".
Whatever ISIS, the coalition, the UN, NATO or another country will do is not a Dutch commitment;
`actors.clause_actor` tells them apart (another country's minister by name: "Minister Le Drian";
a choice of subjects: "Frankrijk of Nederland zal"), and reported.py what a sentence gives as
another's word ("..., zo heeft Duitsland laten weten").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from viewer.core import regex_cache
from viewer.core.facts.binding import (
    IN_CLAUSE,
    REACH,
    forecast,
    governed_by_doubt,
    infinitive,
    not_binding,
    sends_itself,
    this_letter,
)
from viewer.core.facts.clauses import Sentence, clause_end, clause_start, mask_asides
from viewer.core.facts.committed import ASSET, MEANS, OTHERS_OWN, PERSONNEL
from viewer.core.facts.context import SentenceContext, ahead, matches_at, mentions
from viewer.core.facts.decisions import (
    INTENT,
    MISSION,
    RESIZE,
    WITHDRAW,
    by_parliament,
    intended,
    resized,
    subject_before_aside,
    theirs,
    withdrawn,
)
from viewer.core.facts.done_by import BY, done_by_dutch
from viewer.core.facts.events import befalls
from viewer.core.facts.informed import AHEAD, INFORMED, informed_ahead
from viewer.core.facts.model import Fact
from viewer.core.facts.money import mentions_money
from viewer.core.facts.requested import asked_for

_FUTURE = regex_cache.compile(r"\b(?:zal|zullen|gaat|gaan)\b")
# "gaat/gaan" as "it concerns", "assumes", "goes with", never as a future: "het gaat om", "gaat het
# vooral om", "gaat over", "gaat uit van", "gaat ervan uit", "gaat gepaard met"
_GOES = regex_cache.compile(
    r"\b(?:[Hh]et\s+gaat|gaat\s+het|(?:gaat|gaan)\s+(?:om|over|uit\s+van|er\s*van\s+uit|gepaard))\b"
)
_PASSIVE = regex_cache.compile(r"\b(?:worden|wordt)\b")
_DECISION = regex_cache.compile(r"\b(?:besloten|besloot|besluit|voornemens)\b")
# An offer made: "Nederland heeft zich bereid verklaard een tweede fregat te leveren", the government named
_WILLING = regex_cache.compile(r"\bbereid\b")
# ... not refused ("Wij zijn niet bereid ..."), nor on a condition ("Indien de regering hiertoe bereid is")
_NOT_WILLING = regex_cache.compile(
    r"\b(?:niet(?!\s+alleen\b)|geen|geenszins|allerminst|nauwelijks|onvoldoende|evenmin|allesbehalve|nooit)\b"
)
_CONDITION = regex_cache.compile(r"^\W*(?:indien|als|mits|wanneer|zodra|tenzij|of)\b", re.IGNORECASE)
_AVAILABLE = regex_cache.compile(
    r"\bbeschikbaar\s+(?:(?:te\s+)?stellen|gesteld|worden\s+gesteld)\b"
    rf"|\bstel(?:t|len|de|den)?\b(?!\s+vast\b)(?=(?:(?!\bbeschikbaar\b){IN_CLAUSE}){{0,{REACH}}}\bbeschikbaar\b)"
)
# ... and "trekt ... uit" (money set aside for it: "Het kabinet trekt hiervoor 12 miljoen euro uit")
_CONTRIBUTE = regex_cache.compile(
    rf"\b(?:draag|draagt|dragen|droeg|droegen)\b(?={IN_CLAUSE}{{0,{REACH}}}?\bbij\b)|\bbij(?:gedragen|draagt|dragen)\b"
    rf"|\b(?:trek|trekt|trekken|trok)\b(?={IN_CLAUSE}{{0,{REACH}}}?\buit\b)"
)
_SUPPORT = regex_cache.compile(r"\b(?:steunt|steunen|steunde|steunden)\b")
# A contribution raised or lowered: "Nederland verhoogt zijn bijdrage aan het Trust Fund tot 2 miljoen euro"
_RAISE = regex_cache.compile(r"\b(?:verhoogt|verhogen|verlaagt|verlagen|verdubbelt|verdubbelen)\b")
_PLEDGE = regex_cache.compile(
    rf"\b(?:toezeggingen|toezegging|toegezegd|toezeggen)\b|\bzeg(?:t|gen|de|den)?\b(?={IN_CLAUSE}{{0,{REACH}}}?\btoe\b)"
)
_PLEDGE_TO_PARLIAMENT = regex_cache.compile(r"\b(?:toezeggingen|toezegging|toegezegd)\s+aan\s+(?:uw|de)\s+Kamer\b")
# "De toezegging om de inzet te evalueren wordt hiermee ingelost": a toezegging kept, which a clerk
# strikes off the list of open ones
_PLEDGE_KEPT = regex_cache.compile(r"\b(?:ingelost|inlost|inlossen|nagekomen|nakomt|nakomen|uitgevoerd|afgedaan)\b")
# "Zoals (eerder) toegezegd, wordt u ... geïnformeerd": a toezegging referred to, nobody else named
_AS_PLEDGED = regex_cache.compile(r"\b[Zz]oals\s+(?:(?:eerder|reeds|al|ook)\s+)?toegezegd\b")
_ALLOCATE = regex_cache.compile(
    rf"\b(?:is|zijn|werd|werden|wordt|worden|heeft|hebben|had|hadden)\b{IN_CLAUSE}{{0,{REACH}}}?"
    r"\b(?:ingezet|uitgebreid|geïnvesteerd|gefinancierd|toegekend|vrijgemaakt|gereserveerd|verstrekt|uitgetrokken|gedekt"
    r"|verhoogd|verlaagd|verdubbeld)\b"
)
# The course of the mission set: "wordt verlengd", "worden voortgezet" (agentless, in the government's
# own letter), "het kabinet verlengt ...", "Nederland zet ... voort", "Nederland biedt ... aan", and
# what it sends: "Nederland levert ...", "zendt ... uit", "stuurt ... naar" (not "levert ... op",
# which yields, nor "stuurt ... aan", which directs); and news sent with a time ahead: "Het kabinet
# stuurt uw Kamer voor de zomer een brief", "Ik stuur uw Kamer voor 1 juli de evaluatie", "Het
# kabinet informeert uw Kamer voor de zomer over de evaluatie". The
# infinitives and the forms in -de are left out: "het voorkomen en beëindigen van schendingen" and
# "de verlengde inzet" name no decision.
# ... and taking part in the mission, or going on with it: "Nederland neemt ook in 2017 deel aan de
# coalitie", "Nederland blijft bijdragen aan de training" (the government named); not "neemt deel
# aan consultaties", nor "blijft erop gericht om ... te leveren"
_COURSE = regex_cache.compile(
    rf"\b(?P<passive>wordt|worden)\b{IN_CLAUSE}{{0,{REACH}}}?\b(?:verlengd|voortgezet|gecontinueerd|hervat|beëindigd)\b"
    # ... or set now, to a time it runs to: "Deze inzet is verlengd tot en met 31 december 2017", "Het
    # kabinet heeft de inzet verlengd tot 1 juli" (not "De missie is vorig jaar verlengd", the past)
    rf"|\b(?P<perfect>is|zijn|heeft|hebben)\b{IN_CLAUSE}{{0,{REACH}}}?\b(?:verlengd|voortgezet)\s+(?=tot\b)"
    r"|\b(?:verlengt|continueert|hervat|hervatten|beëindigt|aangeboden)\b"
    rf"|\b(?:zet|zetten|zette)\b{IN_CLAUSE}{{0,{REACH}}}?\bvoort\b"
    r"|\b(?:stuurt|stuur|zendt|informeert|informeren|informeer)\s+(?:ik\s+|wij\s+|we\s+|het\s+kabinet\s+|de\s+regering\s+|"
    r"de\s+[Mm]inisters?\s+(?:van\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+)?)?(?P<kamer>(?:uw|de)\s+Kamer|u)\b"
    rf"|\blevert\b(?!{IN_CLAUSE}{{0,{REACH}}}?\bop\s*(?:[.,;:!?)]|$))|\bzendt\b{IN_CLAUSE}{{0,{REACH}}}?\buit\b"
    # ... and "stuurt" people or a ship, where to or not: "Na de aanslag stuurt Nederland 30 militairen"
    rf"|\bstuurt\b{IN_CLAUSE}{{0,{REACH}}}?\b(?:naar|militairen|trainers|mariniers|troepen|instructeurs|fregat)\b"
    rf"|\b(?:biedt|bood|boden)\b{IN_CLAUSE}{{0,{REACH}}}?\baan\b(?=\s*(?:[.,;:!?)]|$)|\s+om\b)"
    rf"|\b(?:neemt|nemen)\b{IN_CLAUSE}{{0,{REACH}}}?\bdeel\s+aan\s+(?:(?:de|het)\s+)?(?:[\w\-]+\s+){{0,2}}?"
    r"[\w\-]*(?:coalitie|missie|operatie|inzet|strijd|campagne)\b"
    rf"|\b(?:blijft|blijven)\b{IN_CLAUSE}{{0,{REACH}}}?\b(?<!te\s)(?:deelnemen|bijdragen|leveren|steunen|trainen|inzetten)\b"
    # a task taken on: "Nederland neemt vanaf 1 mei 2017 het commando van de taakgroep op zich"
    rf"|\b(?:neemt|nemen)\b{IN_CLAUSE}{{0,{REACH}}}?\bop\s+zich\b"
)
# "herbevestigen wij de beëindiging van de F-16-inzet": a decision taken before, confirmed again
_CONFIRM = regex_cache.compile(r"\b(?:her)?bevestig(?:en|t|de|den)\b")
# A contingent committed, as "stelt ... beschikbaar" commits it: "Defensie zet maximaal 80 militairen
# extra in". Not a posting described ("Daarnaast wordt nog één stafofficier ingezet", "heeft
# Nederland een medewerker gedetacheerd"): the gold set counts those as troop facts only.
_DEPLOY = regex_cache.compile(rf"\b(?:zet|zetten|zette)\b(?={IN_CLAUSE}{{0,{REACH}}}?\bin\b)")
_STANCE = regex_cache.compile(r"\bzich\b|\bin\s+op\b")
# Every rule above starts from one of these words.
_HINT_WORDS = (
    *("zal", "zullen", "gaat", "gaan", "beslo", "besluit", "voornemens", "beschikbaar", "draag", "dragen"),
    *("droeg", "bijgedragen", "bijdraagt", "steun", "toezeg", "toegezegd", "zeg", "bevestig", "ingezet"),
    *("uitgebreid", "geïnvesteerd", "gefinancierd", "toegekend", "vrijgemaakt", "gereserveerd", "verstrekt"),
    *("uitgetrokken", "gedekt", "trek", "trok", "geïnformeerd", "ontvangt", "hoogte", "kennis"),
    *("verleng", "voort", "continue", "hervat", "beëindig", "biedt", "bood", "boden", "aangeboden"),
    *("levert", "zendt", "stuur", "informe", "neemt", "nemen", "blijf", "zet", "bereid"),
    *("verhoogt", "verhogen", "verlaagt", "verlagen", "verdubbel", "verhoogd", "verlaagd"),
    *("breid", "bouw", "verklein", "reserve", "investe", "financier", "committe", "maakt", "maken", "terug"),
    "afgebouwd",
    *("streeft", "streven", "streefde", "intentie", "plan"),
    "door",
)


def _future(s: Sentence, m: re.Match[str]) -> bool:
    text = s.text
    start, end = s.clause(m.start())
    after = text[m.end() : end]
    if not_binding(after) or forecast(s) or governed_by_doubt(s, m.start()):
        return False
    if text[m.start()] == "g" and _GOES.search(text, start, end):
        return False  # "het gaat om 150 militairen" says what something is, not what will be done
    actor = s.actor(start, end)
    if actor == "dutch":  # not the Kamer's own plans ("De Kamer zal op 12 april debatteren")
        return not by_parliament(s, m, start, end)
    return actor is None and bool(_PASSIVE.search(after)) and not befalls(text[start:end])


def _decision(s: Sentence, m: re.Match[str]) -> bool:
    """A decision: the government's unless it is named as another's, or the Kamer takes it."""
    if theirs(s.text, m):
        return False
    start, end = s.clause(m.start())
    actor = s.actor(start, end)
    before = subject_before_aside(s.text, start) if actor is None else None
    if before is not None:
        start, actor = before[0], s.actor(*before)
    return not by_parliament(s, m, start, end) and actor != "foreign"


def _by_government(s: Sentence, m: re.Match[str]) -> bool:
    """A decision or a means made available: the government's unless someone else is named."""
    start, end = s.clause(m.start())
    return s.actor(start, end) != "foreign"


def _contribution(s: Sentence, m: re.Match[str]) -> bool:
    """Money contributed ("draagt 10 miljoen euro bij", "trekt ... uit"), the government's unless
    someone else is named; or people ("draagt zes stafofficieren bij"), the government named."""
    start, end = s.clause(m.start())
    if s.money(start, end):
        return s.actor(start, end) != "foreign"
    # people only with "draagt ... bij": "waar zij bijdragen aan trainingen" says what they do there
    people = s.text[m.start()] in "dD" and PERSONNEL().search(s.text, start, end) is not None
    return people and s.actor(start, end) == "dutch"


def _willing(s: Sentence, m: re.Match[str]) -> bool:
    start, end = s.clause(m.start())
    before = s.text[start : m.start()]
    if _NOT_WILLING.search(before) or _CONDITION.search(before) or governed_by_doubt(s, m.start()):
        return False
    return s.actor(start, end) == "dutch"


def _raise(s: Sentence, m: re.Match[str]) -> bool:
    if infinitive(s.text, m.start()):
        return False  # "het besluit van de VS om de bijdrage te verhogen"
    start, end = s.clause(m.start())
    clause = s.text[start:end]
    if not_binding(clause) or governed_by_doubt(s, m.start()):
        return False
    means = s.money(start, end) or MEANS.search(clause) or PERSONNEL().search(clause)
    return bool(means) and s.actor(start, end) == "dutch"


def _support(s: Sentence, m: re.Match[str]) -> bool:
    # "steunt" is active: it needs a Dutch subject, and an amount to be more than a stance
    if infinitive(s.text, m.start()):
        return False
    start, end = s.clause(m.start())
    return s.money(start, end) and s.actor(start, end) == "dutch"


def _pledge(s: Sentence, m: re.Match[str]) -> bool:
    if theirs(s.text, m):
        return False  # "Nederland verwelkomt de toezegging van Duitsland om ..."
    if _PLEDGE_TO_PARLIAMENT.search(s.text):
        return True  # only the government makes toezeggingen to the Kamer
    start, end = s.clause(m.start())
    if _AS_PLEDGED.search(s.text, start, m.end()) or _PLEDGE_KEPT.search(s.text, start, end):
        # "Zoals toegezegd, ...", "De toezegging ... wordt hiermee ingelost": the letter's own
        return s.actor(start, end) != "foreign"
    if sends_itself(s, start, end):
        return False  # "Hierbij ontvangt u, mede namens de minister, de stand van zaken van de toezeggingen"
    return s.actor(start, end) == "dutch"


def _confirmation(s: Sentence, m: re.Match[str]) -> bool:
    # confirming is something anyone does ("de coalitie bevestigde"): only the government's own
    # confirmation, with the government named, reaffirms a Dutch decision
    start, end = s.clause(m.start())
    return s.actor(start, end) == "dutch"


def _allocation(s: Sentence, m: re.Match[str]) -> bool:
    start, end = s.clause(m.start())
    subject = s.text[start : m.end()]
    # the amount may follow what is financed: "Het programma wordt gefinancierd met 5 miljoen euro"
    financed = m.group().endswith("gefinancierd") and mentions_money(s.text, m.end(), end)
    means = financed or mentions_money(subject, 0, len(subject)) or MEANS.search(subject)
    grown = m.group().endswith("uitgebreid") and MISSION.search(subject) is not None  # "De inzet wordt uitgebreid"
    # a ship or unit sent at a time ahead: "Zr.Ms. Tromp wordt in het najaar ingezet" (not "wordt
    # nog één stafofficier ingezet", a posting described)
    sent = (
        m.group().startswith(("wordt", "worden"))  # not "zijn ... ingezet", which tells of the past
        and m.group().endswith("ingezet")
        and ASSET().search(subject) is not None
        and AHEAD.search(s.text, start, end) is not None
    )
    if not_binding(subject) or not (means or grown or sent):
        return False
    if governed_by_doubt(s, m.start()):
        return False
    if m.group().endswith(("verhoogd", "verlaagd", "verdubbeld")) and OTHERS_OWN.search(subject):
        return False  # "De bijdrage van de lidstaten wordt verhoogd": theirs, named or not
    return s.actor(start, m.end()) != "foreign"


def _deployment(s: Sentence, m: re.Match[str]) -> bool:
    # "Nederland zet ... in" is also a stance ("zet in op diplomatie", "zet zich in voor de
    # bescherming van koopvaardijschepen"): only with a head count or an asset, and not reflexive
    start, end = s.clause(m.start())
    if _STANCE.search(s.text, m.start(), end):
        return False
    sent = PERSONNEL().search(s.text, start, end) or ASSET().search(s.text, start, end)
    return sent is not None and s.actor(start, end) == "dutch"


def _course(s: Sentence, m: re.Match[str]) -> bool:
    """The mission's course set by the government: named, or (passive) nobody else named."""
    start, end = s.clause(m.start())
    if not_binding(s.text[start:end]) or this_letter(s) or governed_by_doubt(s, m.start()):
        return False  # "kan worden verlengd"; "hierbij bied ik u ... aan" offers this letter
    actor = s.actor(start, end)
    if m.group("kamer") is not None:  # news sent to the Kamer: a promise when a time ahead is named
        return actor != "foreign" and AHEAD.search(s.text, start, end) is not None
    agentless = m.group("passive") is not None or m.group("perfect") in ("is", "zijn")
    return actor == "dutch" or (actor is None and agentless)


_Check = Callable[[Sentence, re.Match[str]], bool]
_RULES: tuple[tuple[re.Pattern[str], _Check], ...] = (
    (_FUTURE, _future),
    (_DECISION, _decision),
    (_AVAILABLE, _by_government),
    (_CONTRIBUTE, _contribution),
    (_SUPPORT, _support),
    (_PLEDGE, _pledge),
    (_CONFIRM, _confirmation),
    (_ALLOCATE, _allocation),
    (INFORMED, informed_ahead),
    (_COURSE, _course),
    (_DEPLOY, _deployment),
    (_RAISE, _raise),
    (_WILLING, _willing),
    (RESIZE, resized),
    (WITHDRAW, withdrawn),
    (INTENT, intended),
    (BY, done_by_dutch),
)
_RULE = {pattern: i for i, (pattern, _) in enumerate(_RULES)}

# The scan's keywords (see scan.py), lower case like the rules, so every rule match holds one
# (and one of _HINT_WORDS). Per keyword, its rule and where a match can start relative to it:
# "bij|dragen", "bijge|dragen", "toe|zeg", "toege|zeg". The participles of _ALLOCATE start no
# match (its auxiliary verb does); they mark the stretch that rule has to search.
_AT_KEYWORD = (0,)
_ANCHORED: dict[str, tuple[int, tuple[int, ...]]] = {
    **{word: (_RULE[_FUTURE], _AT_KEYWORD) for word in ("zal", "zullen", "gaa")},
    **{word: (_RULE[_DECISION], _AT_KEYWORD) for word in ("besl", "voornemens")},
    "bereid": (_RULE[_WILLING], _AT_KEYWORD),
    "beschikbaar": (_RULE[_AVAILABLE], _AT_KEYWORD),
    **{word: (_RULE[_CONTRIBUTE], (0, -3, -5)) for word in ("draag", "dragen")},
    "droeg": (_RULE[_CONTRIBUTE], _AT_KEYWORD),
    "steun": (_RULE[_SUPPORT], _AT_KEYWORD),
    "zeg": (_RULE[_PLEDGE], (0, -3, -5)),
    "bevestig": (_RULE[_CONFIRM], (0, -3)),
    **{word: (_RULE[_ALLOCATE], _AT_KEYWORD) for word in ("ingezet", "uitgebreid", "geïnvesteerd", "gefinancierd")},
    **{word: (_RULE[_ALLOCATE], _AT_KEYWORD) for word in ("toegekend", "vrijgemaakt", "gereserveerd", "verstrekt")},
    **{word: (_RULE[_ALLOCATE], _AT_KEYWORD) for word in ("uitgetrokken", "gedekt", "verhoogd", "verlaagd")},
    "verdubbeld": (_RULE[_ALLOCATE], _AT_KEYWORD),
    **{word: (_RULE[_CONTRIBUTE], _AT_KEYWORD) for word in ("trek", "trok")},
    "geïnformeerd": (_RULE[INFORMED], _AT_KEYWORD),
    "ontvangt": (_RULE[INFORMED], _AT_KEYWORD),
    **{word: (_RULE[INFORMED], _AT_KEYWORD) for word in ("hoogte", "kennis")},  # "op de hoogte gesteld"
    # the course: each match holds one of these, and none holds a clause's "," or ";" (see `_anchored`)
    **{word: (_RULE[_COURSE], _AT_KEYWORD) for word in ("verleng", "voortgezet", "continue", "hervat", "beëindig")},
    **{word: (_RULE[_COURSE], _AT_KEYWORD) for word in ("aangeboden", "voort", "biedt", "bood", "boden")},
    **{word: (_RULE[_COURSE], _AT_KEYWORD) for word in ("levert", "zendt", "stuurt", "stuur", "informe")},
    **{word: (_RULE[_COURSE], _AT_KEYWORD) for word in ("neemt", "nemen", "blijf")},
    # also found in "ingezet" and "voortzetting", where the rule's "\bzet" fails at once
    "zet": (_RULE[_DEPLOY], _AT_KEYWORD),
    **{word: (_RULE[_RAISE], _AT_KEYWORD) for word in ("verhoogt", "verhogen", "verlaagt", "verlagen", "verdubbel")},
    **{word: (_RULE[RESIZE], _AT_KEYWORD) for word in ("breid", "bouw", "verklein", "reserve", "investe")},
    **{word: (_RULE[RESIZE], _AT_KEYWORD) for word in ("financier", "committe", "maakt", "maken", "afgebouwd")},
    "terug": (_RULE[WITHDRAW], _AT_KEYWORD),
    **{word: (_RULE[INTENT], _AT_KEYWORD) for word in ("streeft", "streven", "streefde", "intentie", "plan")},
    "door": (_RULE[BY], _AT_KEYWORD),
}
KEYWORDS = tuple(_ANCHORED)
# The rules whose matches start at their keyword and nowhere else (see `_anchored` for the others).
_MATCH_AT_KEYWORD = frozenset(range(len(_RULES))) - {_RULE[_AVAILABLE], _RULE[_ALLOCATE], _RULE[_COURSE]}


def is_commitment(sentence: str) -> bool:
    if not mentions(sentence, _HINT_WORDS):
        return False
    sentence = mask_asides(sentence)
    s = Sentence(sentence)
    return any(
        s.check(rule, check, m) for rule, (pattern, check) in enumerate(_RULES) for m in pattern.finditer(sentence)
    )


# keywords that every rule match holds as a whole word (`\bvoort\b`, `\b(?:biedt|bood|boden)\b`)
_WHOLE_WORDS = frozenset({"voort", "biedt", "bood", "boden", "levert", "zendt", "stuurt", "stuur", "trok", "door"})
# Keywords whose rule needs another word after them: "neemt ... deel", "blijft ... bijdragen". A
# sentence without that word ("Nederland blijft betrokken", "maatregelen nemen") has no match there,
# and the rule's pattern need not run over its clauses.
_NEEDS_AFTER: dict[str, tuple[str, ...]] = {"neemt": ("deel", "zich"), "nemen": ("deel", "zich")}
_NEEDS_AFTER.update({"maakt": ("vrij",), "maken": ("vrij",), "breid": ("uit",)})
_NEEDS_AFTER["blijf"] = ("deelnemen", "bijdragen", "leveren", "steunen", "trainen", "inzetten")


# ... and "door", which names the agent of a passive only: a sentence without "wordt" or "worden"
# ("door de oorlog", "door middel van") has no act of the Dutch contribution there (done_by.py)
_NEEDS_ANYWHERE: dict[str, tuple[str, ...]] = {"door": ("wordt", "worden")}


def _idle(text: str, at: int, word: str) -> bool:
    """Can no rule's match hold the keyword `word` at `at`, or none pass its rule's check?
    (Asides masked or not: masking turns commas into spaces, and no word here holds one.)"""
    if word in _WHOLE_WORDS and not _whole(text, at, len(word)):
        return True  # "voort" in "voortgang", "bood" in "boodschap": no rule's whole word
    anywhere = _NEEDS_ANYWHERE.get(word)
    if anywhere is not None and all(other not in text for other in anywhere):
        return True
    needs = _NEEDS_AFTER.get(word)
    return needs is not None and all(text.find(after, at) < 0 for after in needs)


def _whole(text: str, at: int, length: int) -> bool:
    """Is text[at:at + length] a whole word, as the regex engine's \b bounds one?"""
    end = at + length
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = end < len(text) and (text[end].isalnum() or text[end] == "_")
    return not (before or after)


def _anchored(text: str, anchors: Sequence[tuple[int, str]]) -> bool:
    """`is_commitment`, trying each rule only where one of its keywords allows a match to start.

    `anchors` are all keywords of the sentence, so they hold every match of every rule; the hint
    words need no second look (a sentence without them has no rule match either).
    """
    if len(anchors) == 1 and _idle(text, *anchors[0]):
        return False  # mostly: one keyword, no rule's match there (before the asides are masked)
    text = mask_asides(text)
    if len(anchors) == 1:  # mostly: one keyword, where its rule's match can start
        at, word = anchors[0]
        rule, offsets = _ANCHORED[word]
        if offsets is _AT_KEYWORD and rule in _MATCH_AT_KEYWORD:
            pattern, check = _RULES[rule]
            m = pattern.match(text, at)
            return m is not None and check(Sentence(text), m) and not asked_for(text, m.start())
    starts: dict[int, list[int]] = {}
    for at, word in anchors:
        if _idle(text, at, word):
            continue
        rule, offsets = _ANCHORED[word]
        found = starts.get(rule)
        if found is None:
            found = starts[rule] = []
        if offsets is _AT_KEYWORD:
            found.append(at)
        else:
            found.extend(at + offset for offset in offsets if at + offset >= 0)
    available = starts.get(_RULE[_AVAILABLE])
    if available:  # "stelt ... beschikbaar" starts at the verb, somewhere before "beschikbaar"
        last = max(available)
        at = text.find("stel")
        while 0 <= at < last:
            available.append(at)
            at = text.find("stel", at + 1)
    s: Sentence | None = None
    for rule in sorted(starts) if len(starts) > 1 else starts:
        pattern, check = _RULES[rule]
        positions = starts[rule]
        matches: Iterable[re.Match[str]]
        if pattern is _ALLOCATE or pattern is _COURSE:
            # a match holds no clause's "," or ";" and one of the keywords: it lies in the clauses around them.
            # One of _ALLOCATE ends in the word of its participle; one of _COURSE runs on to its
            # particle ("zet ... voort", "biedt ... aan"), up to the end of that clause
            first, last = min(positions), max(positions)
            lo = clause_start(text, first)
            hi = ahead(text, last, 0) if pattern is _ALLOCATE else clause_end(text, last)
            matches = pattern.finditer(text, lo, hi)
        elif len(positions) == 1:  # mostly: one keyword, where the match can start
            m = pattern.match(text, positions[0])
            if m is None:
                continue
            matches = (m,)
        else:
            matches = matches_at(pattern, text, positions)
        for m in matches:
            if s is None:
                s = Sentence(text)
            if s.check(rule, check, m):
                return True
    return False


def find_commitments(ctx: SentenceContext) -> list[Fact]:
    text = ctx.text
    if not is_commitment(text):
        return []
    return [ctx.fact("commitment", 0, len(text), " ".join(text.split()), None, False)]


def commitments_at(ctx: SentenceContext, anchors: Sequence[tuple[int, str]]) -> list[Fact]:
    """`find_commitments` for a sentence whose keyword anchors the scan found."""
    text = ctx.text
    if not _anchored(text, anchors):
        return []
    return [ctx.fact("commitment", 0, len(text), " ".join(text.split()), None, False)]
