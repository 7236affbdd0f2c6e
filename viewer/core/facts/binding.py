"""Whether a clause binds the government: not with a modal verb ("kan worden verlengd"), not under
a verb of expectation ("Het kabinet verwacht dat ..."), not a cost forecast, not this letter itself.

The commitment rules (commitments.py, course_changes.py) ask these of the clause a rule matched in.
"""

from __future__ import annotations

import re

from viewer.core import regex_cache
from viewer.core.facts.clauses import Sentence
from viewer.core.facts.context import lazy_pattern

# A verb and its particle or participle ("draagt ... bij", "wordt ... verlengd") stand at most this
# many characters apart: the longest sentence of nr. 597 has 454. A bound on the reach keeps each
# match's search short in a clause of pages (a table copied from a PDF), which made it quadratic.
REACH = 400
# A character of the clause: anything but "," or ";", or a comma inside a number ("26,5 miljoen
# euro"); a clause ends at ";" or at a comma before a space (clauses.py breaks there too)
IN_CLAUSE = r"(?:[^,;]|,(?=\S))"
_NOT_BINDING = regex_cache.compile(r"\b(?:moeten|moet|kunnen|kan|mogen|mag|zouden|zou)\b")
_COST_FORECAST = regex_cache.compile(r"\b(?:kosten|bedragen)\s*[.;]?\s*$")
_THIS_LETTER = regex_cache.compile(r"\b(?:(?:in|met|bij)\s+deze\s+brief|hierbij|hiermee|hierin)\b", re.IGNORECASE)
# A future in a clause these govern is expected or asked for, not promised: "Het kabinet verwacht
# dat de kosten zullen stijgen", "hoopt dat", "acht het waarschijnlijk dat", "gaat ervan uit dat",
# "De VS hebben gevraagd of Nederland extra trainers zal leveren"
EXPECTS = lazy_pattern(
    r"\b(?:verwacht|verwachten|verwachtte|verwachtten|hoopt|hopen|hoopte|vreest|vrezen|vreesde|denkt|denken|"
    r"meent|menen|voorziet|voorzien|waarschijnlijk|aannemelijk|onzeker|twijfelt|betwijfelt|ervan\s+uit|"
    r"er\s+van\s+uit|(?:acht|achten|achtte)\s+het|verwelkomt|verwelkomen|verheugd|constateert|stelt\s+vast|"
    r"gevraagd|vraagt|vragen|vroeg|vroegen|verzocht|verzoekt|verzoeken|aangedrongen|dringt|dringen|opgeroepen|"
    r"roept|roepen|verwachting)\b"
)


def not_binding(text: str) -> bool:
    # the words' stems first: most clauses have none, and the pattern tries every position
    stems = "moe" in text or "kun" in text or "kan" in text or "mog" in text or "mag" in text or "zou" in text
    return stems and _NOT_BINDING.search(text) is not None


def forecast(s: Sentence) -> bool:
    """Does the sentence forecast a cost ("zal ... 2 miljoen euro extra kosten")?"""
    found = s.flags.get("forecast")
    if found is None:
        text = s.text
        # the pattern's words first: a search for them costs little, the pattern's own a lot
        words = "kosten" in text or "bedragen" in text
        found = s.flags["forecast"] = words and bool(_COST_FORECAST.search(text)) and s.money(0, len(text))
    return found


def this_letter(s: Sentence) -> bool:
    """Does the sentence speak of this letter itself ("in deze brief", "hierbij")?"""
    this = s.flags.get("this letter")
    if this is None:
        this = s.flags["this letter"] = _THIS_LETTER.search(s.text) is not None
    return this


# The letter sending itself: "Hierbij ontvangt u ...", "U ontvangt hierbij ...", "Hierbij bied ik u
# ... aan", "Met deze brief informeer ik uw Kamer over ...", "informeren wij u hierbij": what it sends
# ("de stand van zaken van de openstaande toezeggingen") is what it is about, nothing it binds to
_SENDING = r"(?:ontvangt|ontvang|bied|biedt|bieden|informeer|informeert|informeren|stuur|stuurt|sturen|zendt?|zenden)"
_SENDS_ITSELF = regex_cache.compile(
    rf"\b(?:hierbij|hiermee|(?:met|in|bij)\s+deze\s+brief)\s+{_SENDING}\b"
    rf"|\b{_SENDING}\s+(?:(?:ik|wij|we|het\s+kabinet|u|uw\s+Kamer)\s+){{0,2}}(?:hierbij|hiermee)\b",
    re.IGNORECASE,
)


def sends_itself(s: Sentence, start: int, end: int) -> bool:
    """Is the clause `s.text[start:end]` the letter sending itself ("Hierbij ontvangt u, mede namens
    de Minister van Buitenlandse Zaken, de stand van zaken van de toezeggingen")?"""
    return this_letter(s) and _SENDS_ITSELF.search(s.text, start, end) is not None


# A sentence that reports someone's view: "Volgens het kabinet zal Turkije ...", "Volgens de VN zal de
# missie worden verlengd"; not "Volgens planning zal ...", which is the plan
_VIEW = regex_cache.compile(
    r"\W*[Vv]olgens\s+(?!(?:de\s+|het\s+)?(?:huidige\s+|actuele\s+|eerdere\s+|nieuwe\s+)?"
    r"(?:plan|planning|afspra|schema|tijdschema|toezegging|besluit)\w*)"
)


def infinitive(text: str, at: int) -> bool:
    """Is the verb at `at` an infinitive after "te" ("om de bijdrage te verhogen"): what someone
    means to do, whose intent another word says ("besloten", "het besluit van de VS om"), not a deed?"""
    return text.endswith("te ", max(0, at - 3), at)


def governed_by_doubt(s: Sentence, at: int) -> bool:
    """Is the clause around `at` governed by a modal verb or a verb of expectation ("Het kabinet
    kan besluiten dat ...", "Het kabinet verwacht dat ISIS Mosul zal verliezen"), or is the sentence
    someone's view ("Volgens de VN zal ...")?"""
    if s.text.startswith(("Volgens", "volgens")) and _VIEW.match(s.text) is not None:
        return True
    governing = s.governing(at)
    return bool(governing) and (not_binding(governing) or EXPECTS().search(governing) is not None)
