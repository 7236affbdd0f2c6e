"""Who acts in a clause: the Dutch government, someone else, or nobody named.

A commitment binds the Dutch government, so "Nederland zal ..." is one and "De coalitie zal ..."
is not. Dutch word order puts the subject right before or right after the finite verb, and
everything else in a clause hangs off a preposition ("tegen ISIS", "in Irak", "met andere
coalitiepartners"); so the first actor not governed by a preposition is taken as the subject.
When every actor is governed by one, the first organisation or person named still tells whose
business the clause is ("Voor iedere inzet van Nederlandse trainers zullen ..."). Place names
only count as subjects: "in Irak" says where, not who.
"""

from __future__ import annotations

import re
from itertools import chain, pairwise
from typing import Literal

from viewer.core import countries, ministers, regex_cache

Actor = Literal["dutch", "foreign"]

# "de minister van Defensie van Mali", "de ministers van Buitenlandse Zaken van de Verenigde Staten":
# a minister of another country
_OF_ANOTHER_COUNTRY = r"\s+van(?:\s+\w+){1,3}?\s+van\s+(?:het\s+)?(?:de\s+)?(?!Nederland)[A-Z]"
# ... and "de leiding van MINUSMA", "de ambassadeur van Mali", "de Secretaris-Generaal van de NAVO": whoever
# leads or speaks for another country or organisation
# (not the Netherlands' own bodies: "het besluit van de Ministerraad", "het aanbod van Defensie", "het
# verzoek van de Kamer")
_DUTCH_BODIES = r"Nederland|Ministerraad|Defensie|Kamer|Tweede\s+Kamer|Staten-Generaal|Koninklijke|Kabinet"
_OF_ANOTHER = rf"\s+van\s+(?:het\s+)?(?:de\s+)?(?!(?:{_DUTCH_BODIES})\b)[A-Z]"
# ... or whose pledge or decision it is: "De toezegging van de VS wordt hiermee ingelost", "De Raad van
# de EU heeft besloten"
_LEADERS = (
    r"[Ll]eiding|[Bb]evelhebber|[Cc]ommandant|[Aa]mbassadeur|[Gg]ouverneur|[Ww]oordvoerder|[Ss]ecretaris-[Gg]eneraal|"
    r"[Tt]oezegging|[Bb]esluit|[Bb]eslissing|[Vv]oorstel|[Aa]anbod|[Vv]erzoek|Raad"
)
# A minister named: "Minister Koenders", "minister Jeanine Hennis-Plasschaert", "de minister J.A. Hennis"
# is the Netherlands' (ministers.py); by any other name another country's: "Minister Le Drian", "minister
# Mattis", "minister von der Leyen". Not a place after "de minister" ("Tijdens het zomerreces bezocht de
# minister Irak"), nor a ministry's short name ("de minister BHOS").
_FIRST_NAMES = r"(?:[A-Z][\w.\-’']*\s+){0,3}?"
_PARTICLES = rf"(?:(?:{'|'.join(ministers.PARTICLES)})\s+){{0,2}}"
_DUTCH_MINISTER = rf"{_FIRST_NAMES}{_PARTICLES}(?:{countries.alternatives(ministers.SURNAMES)})\b"
_NOT_A_NAME = (
    rf"(?:{countries.alternatives((*countries.COUNTRIES, *countries.ORGANISATIONS))}|Nederland|President|Defensie|"
    r"Financiën|BHOS|BH&OS|BZ|BuZa|BZK|VWS|OCW|EZK?|IenW|JenV|VenJ|SZW|LNV|LVVN|AZ|OS)(?![\w\-])"
)
# A name not on that list is taken for another country's only where the sentence says so: the list
# ends with the cabinets written into it, and a later cabinet's minister by name is the government's
# until the sentence gives the minister a country ("minister Mattis van de VS", "minister Le Drian
# (Frankrijk)"), makes the promise another country's act ("zegde toe dat Frankrijk ..."), or the name
# has a particle Dutch has not ("von der Leyen", "Le Drian").
_ABROAD = rf"(?:{countries.alternatives(countries.COUNTRIES)}|VS|Verenigde\s+Staten)\b"
_GIVEN_A_COUNTRY = (
    rf"(?=[^.;]{{0,40}}?(?:\b(?:van|uit)\s+(?:de\s+)?{_ABROAD}|\(\s*{_ABROAD}\s*\))"
    rf"|[^.;]{{0,160}}?\bdat\s+(?:de\s+)?{_ABROAD})"
)
_NOT_DUTCH_PARTICLE = r"(?:von|Von|Le|La|Di|Da|Del|El)\s+(?:der\s+)?[A-Z]"
_NAMED_ABROAD = rf"\s+(?!{_DUTCH_MINISTER})(?!{_NOT_A_NAME})(?:{_NOT_DUTCH_PARTICLE}|[A-Z]{_GIVEN_A_COUNTRY})"
_PERSONNEL_WORDS = (
    *("militairen", "personeel", "trainers", "trainingsteams", "trainingsteam", "instructeurs", "stafofficieren"),
    "stafofficier",
)


def _not_a_new(word: str) -> str:
    """`word` not after "een", "een nieuw(e)"; the look-behind after the first letter, where
    `_by_first_letter` expects a word to begin."""
    first = word[0]
    behind = "".join(f"(?<![Ee]en\\s{new}{first})" for new in ("", "nieuw\\s", "nieuwe\\s"))
    return f"{first}{behind}{word[1:]}"


_CIVIL = (
    r"bedrijven|bedrijf|ondernemers?|ondernemingen|NGO['’]?s|NGO|ngo['’]?s|ngo|organisaties?|pensioenfondsen|"
    r"pensioenfonds|burgers|banken|bank|universiteiten|universiteit|kennisinstellingen|hulporganisaties?|"
    r"maatschappelijke|particuliere|investeerders|scheepswerf|werven|industrie|defensie-industrie|media"
)
_DUTCH = (
    # "regering": the government the letter speaks for; not "de regering van Irak", "regering-Assad",
    # nor "een (nieuwe) regering", "een nieuw kabinet", which is another country's to be formed
    # ("Nederlandse bedrijven", "een Nederlandse NGO": the country's firms and citizens, not its government)
    rf"Nederland|Nederlandse(?!\s+(?:[a-z]+\s+)?(?:{_CIVIL})\b)|Nederlands|"
    rf"{_not_a_new('kabinet')}|{_not_a_new('regering')}(?!-)(?!\s+van\b)(?!\s+in\b)(?!\s+te\b)|[Ww]ij|[Ww]e|[Ii]k|"
    rf"[Mm]inisters?(?!{_OF_ANOTHER_COUNTRY}|{_NAMED_ABROAD})|"
    r"Minister-President|Defensie|"
    # the ministries, armed services and ships of the Netherlands: "Het ministerie van Buitenlandse Zaken
    # stelt ... beschikbaar", "De Koninklijke Marine zal ... inzetten", "Zr.Ms. De Ruyter zal ... deelnemen"
    # (each a whole alternative: `_by_first_letter` splits at every "|")
    rf"[Mm]inisterie(?!{_OF_ANOTHER_COUNTRY})|"
    r"Koninklijke\s+Marine|Koninklijke\s+Landmacht|Koninklijke\s+Luchtmacht|Koninklijke\s+Marechaussee|"
    r"Marine|Landmacht|Luchtmacht|Marechaussee|Korps\s+Mariniers|Nationale\s+Politie|CLSK|CZSK|CLAS|KMar|CDS|"
    r"[Cc]ommandant\s+der\s+[Ss]trijdkrachten|Zr\.\s?Ms\.|Hr\.\s?Ms\.|"
    # ... and the letter's own personnel, unless someone else's (`_owned_by_others`)
    r"[Uu]w\s+Kamer|[Dd]e\s+Kamer|voortgangsrapportage|" + "|".join(_PERSONNEL_WORDS)
)
_FOREIGN = (
    r"ISIS|ISIL|Daesh|coalitie|coalitiepartners?|partners|VN|UN|VS|NAVO|NATO|EU|IMF|Wereldbank|WFP|UNDP|OCHA|"
    r"UNHCR|Interpol|CENTCOM|regime|oppositie|oppositiegroepen|Peshmerga|KAR|KDP|PUK|holding\s+force|"
    r"strijdkrachten|eenheden|milities|terreurorganisatie|werkgroep|Pooled\s+Funds?|[a-z]*organisaties|"
    r"De\s+Mistura|Assad|premier|president|mensen|ontheemden|vluchtelingen|terugkeerders|strijders|"
    r"Veiligheidsraad|Verenigde\s+Naties|Europese\s+Unie|tegenstander|regering-[A-Z][\w\-]*|"
    # the EU's councils of ministers, though Dutch ministers sit in them
    r"Raad\s+Buitenlandse\s+Zaken|Raad\s+Algemene\s+Zaken|RBZ|Raad(?!\s+van\b)|"
    rf"[Mm]inisters?(?={_OF_ANOTHER_COUNTRY}|{_NAMED_ABROAD})|[Mm]inisterie(?={_OF_ANOTHER_COUNTRY})|"
    + "|".join(f"{leader}(?={_OF_ANOTHER})" for leader in _LEADERS.split("|"))
    + "|"
    + countries.alternatives(countries.PEOPLES)
)
# Countries (and the seats of government a letter on Iraq names), and missions and organisations: a
# subject only, as "in Irak" says where and "aan MINUSMA" what the contribution is for
_PLACE = countries.alternatives((*countries.COUNTRIES, *countries.ORGANISATIONS))
# Any other nationality ("Iraakse", "Belgische", "Turkse", "Canadese") names a foreign actor.
# ("Buitenlandse Zaken", "Binnenlandse Zaken" are ministries, no nationality)
NATIONALITY = r"(?!Nederlandse\b|Diverse\b|Buitenlandse\b|Binnenlandse\b)[A-Z][a-zë]+(?:se|sche)"
# "organisaties" with any lower-case prefix: the one alternative that may start with any letter.
_ORGANISATIONS = "[a-z]*organisaties"


def _top_level(alternatives: str) -> list[str]:
    """The alternatives of an alternation, split at each "|" outside parentheses."""
    out, depth, start = [], 0, 0
    for at, char in enumerate(alternatives):
        if char == "(" and alternatives[at - 1 : at] != "\\":
            depth += 1
        elif char == ")" and alternatives[at - 1 : at] != "\\":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(alternatives[start:at])
            start = at + 1
    out.append(alternatives[start:])
    return out


def _by_first_letter(alternatives: str) -> str:
    """The same alternation, its alternatives grouped by first letter in their order:
    "N(?:ederland|ederlandse|ederlands)|k(?:abinet)|...".

    At the start of a word the regex engine then rules out a dozen groups by their first letter
    rather than a hundred alternatives one by one; where it matches, it matches what the plain
    alternation would, as only the alternatives of one letter can.
    """
    groups: dict[str, list[str]] = {}
    for alternative in _top_level(alternatives):
        if alternative.startswith("["):  # "[Ww]ij": under either letter
            letters, rest = alternative[1 : alternative.index("]")], alternative[alternative.index("]") + 1 :]
        else:
            letters, rest = alternative[0], alternative[1:]
        assert letters.isalpha(), alternative  # a plain word, or a class of letters first
        assert rest.count("(") == rest.count(")"), alternative  # no "|" inside a group
        for letter in letters:
            groups.setdefault(letter, []).append(rest)
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


# What `(?<![\w\-])(?:(?P<dutch>{_DUTCH})|(?P<foreign>{_FOREIGN}|{NATIONALITY})|(?P<place>(?:{_PLACE})(?!-)))(?![\w])`
# finds in a clause, matched from the character before each mention: `clause_actor` puts a space in
# front of the clause. Most characters are letters inside a word, and a pattern that starts with
# a class of characters lets the engine skip them, instead of trying the look-behind at each. No
# other alternative of the foreign group matches what "organisaties" does, so its place does not
# matter; "Europese Unie" stays before the nationality "Europese".
_MENTION = regex_cache.compile(
    rf"[^\w\-](?:(?P<dutch>{_by_first_letter(_DUTCH)})"
    rf"|(?P<foreign>{_by_first_letter(_FOREIGN.replace(f'|{_ORGANISATIONS}', ''))}|{_ORGANISATIONS}|{NATIONALITY})"
    # "de Irak-missie", "de Mali-strategie": a place in a compound names no one
    rf"|(?P<place>(?:{_by_first_letter(_PLACE)})(?!-)))(?![\w])"
)
_WORD_BEFORE = regex_cache.compile(r"([\w\-’']+)\W*$")
# "door" is left out on purpose: "door de Iraakse strijdkrachten" names the agent of a passive.
_PREPOSITIONS = frozenset(
    {
        *("in", "op", "aan", "van", "voor", "met", "tegen", "naar", "uit", "over", "bij", "binnen", "buiten"),
        *("tussen", "rond", "om", "onder", "na", "tijdens", "sinds", "zonder", "via", "richting", "vanuit"),
        *("tot", "per", "namens", "dankzij", "inzake", "jegens", "ten", "ter", "boven", "evenals", "naast", "zoals"),
    }
)
# ... and two words that govern as one: "Net als de bondgenoten zal Nederland", "Anders dan Nederland zal Frankrijk"
_PAIRED_PREPOSITIONS = {"als": "net", "dan": "anders"}
_NET_ALS = regex_cache.compile(r"\b[Nn]et\s+als\s+(?:\S+\s+){1,3}$")
# Where a governed mention still says whose business the clause is: opening the clause ("In de coalitie
# is besloten", "Binnen de NAVO wordt ..."; not "De inzet binnen de coalitie wordt verlengd"), or as
# whose act a noun names ("De steun van de VS", "De bijdrage van Duitsland", "Het besluit van de
# coalitie"; not "De training van Iraakse militairen", whom it trains). Not "aan MINUSMA", "tegen
# ISIS": what a contribution is for.
_AGENCY = frozenset({"in", "binnen", "bij", "onder", "namens", "uit", "via", "tijdens"})
_OPENS_CLAUSE = regex_cache.compile(
    rf"\W*(?:(?:en|maar|ook|daarnaast)\s+)?(?:{'|'.join(sorted(_AGENCY))})\s+(?:\S+\s+){{0,2}}$", re.I
)
# nouns of an act done to whom "van" names: the trained, protected, evacuated
_DONE_TO = frozenset(
    {"training", "trainingen", "opleiding", "bescherming", "ondersteuning", "begeleiding", "evacuatie", "berechting"}
    | {"kader", "verband", "verzoek"}  # "in het kader van MINUSMA", "op verzoek van de VN": what for, at whose asking
)
# ... and after these nouns a clause's organisation is still whose it is: "Het besluit binnen de NAVO",
# "De onderhandelingen binnen de EU", "Het overleg binnen de coalitie"
_DELIBERATION = frozenset(
    {"besluit", "besluitvorming", "onderhandelingen", "discussie", "discussies", "gesprekken", "overleg", "debat"}
)
_DETERMINERS = frozenset(
    {
        "de",
        "het",
        "een",
        "deze",
        "die",
        "dit",
        "dat",
        "alle",
        "zijn",
        "haar",
        "hun",
        "onze",
        "ons",
        "andere",
        "iedere",
        "elke",
    }
)


# A word in reverse: the run of word characters, hyphens and apostrophes around the first word
# character (see `_words_before`).
_WORD_REVERSED = regex_cache.compile(r"[\-’']*\w[\w\-’']*")


# How far back `_words_before` looks first: three words of a letter fit many times over.
_LOOK_BACK = 256


def _words_before(clause: str, start: int) -> list[str]:
    r"""The (up to) three words before `start`, nearest first, case folded.

    What repeating `_WORD_BEFORE.search(clause, 0, end)` from `end = start` yields, without that
    pattern's trial at every position from the clause's start: its leftmost match is the run of
    [\w\-’'] holding the last word character before `end` (everything after that run is \W).
    Searching the reversed text finds that run first. Only where no word character is left can the
    pattern still match (a lone hyphen or apostrophe); that case is left to the pattern itself.

    The last `_LOOK_BACK` characters are reversed first, not all before `start`: a clause of pages
    (a table copied from a PDF) has thousands of mentions, and reversing up to each took minutes.
    Where those characters may not hold all three words whole, four times as many are read, and
    so on: the work stays about the length of the three words.
    """
    width = _LOOK_BACK
    while True:
        words = _reversed_words(clause, start, max(0, start - width))
        if words is not None:
            return words
        width *= 4


def _reversed_words(clause: str, start: int, lo: int) -> list[str] | None:
    """`_words_before` from the characters `clause[lo:start]`; None when they may cut a word short
    or leave one out (only when `lo` > 0)."""
    words: list[str] = []
    reverse = clause[lo:start][::-1]
    at = 0
    while len(words) < 3:
        m = _WORD_REVERSED.search(reverse, at)
        if m is not None and lo and m.end() == len(reverse):
            return None  # the word may go on before `lo`
        if m is None:
            if lo:
                return None  # what lies before `lo` decides
            rest = _WORD_BEFORE.search(clause, 0, start - at)
            while rest and len(words) < 3:
                words.append(rest.group(1).casefold())
                rest = _WORD_BEFORE.search(clause, 0, rest.start(1))
            break
        words.append(m.group()[::-1].casefold())
        at = m.end()
    return words


def _governor(clause: str, start: int) -> tuple[str, str] | None:
    """The preposition whose object the word at `start` is (allowing a determiner and an
    adjective), and the word before that preposition ("" when out of sight); or None."""
    words = _words_before(clause, start)
    for k in range(min(len(words), 3)):
        word = words[k]
        before = words[k + 1] if k + 1 < len(words) else ""
        if k == 1 and not (words[0] in _DETERMINERS or words[0].endswith("e")):
            continue  # a determiner or an adjective between
        if k == 2 and words[1] not in _DETERMINERS:
            continue  # a determiner and a word: "aan de anti-ISIS coalitie", "tegen de Iraakse regering"
        if word in _PREPOSITIONS or _PAIRED_PREPOSITIONS.get(word, "\x00") == before:
            return word, before
        if word == "als" and not before and _NET_ALS.search(clause, 0, start):
            return word, "net"  # "Net als de andere bondgenoten": "net" out of sight
    return None


def governed(clause: str, start: int) -> bool:
    """Is the word at `start` the object of a preposition ("in het kader van het akkoord")?"""
    return _governor(clause, start) is not None


def _says_whose(clause: str, start: int, governor: tuple[str, str], place: bool) -> bool:
    """Does a mention governed by `governor` still say whose business the clause is (see `_AGENCY`)?
    A `place` (a country, a mission) only as the owner: "In Afghanistan wordt de inzet verlengd" says
    where, "De bijdrage van Duitsland" whose."""
    preposition, before = governor
    if preposition in ("van", "uit"):  # whose, or from whom: "Middelen uit het Pooled Fund"
        return before not in _DONE_TO
    if place or preposition not in _AGENCY:
        return False
    return before in _DELIBERATION or _OPENS_CLAUSE.match(clause, 0, start) is not None


# Between two mentions joined as one phrase: "in Irak en Syrië", "met Duitsland en België", "aan EUTM Mali"
_JOINED = regex_cache.compile(r"\s+(?:(?:en|of)\s+)?")
# ... and subjects listed: "Duitsland en Nederland zullen", "Frankrijk, Duitsland en Nederland",
# "Zowel Duitsland als Nederland zal" (not "Frankrijk of Nederland zal", where nothing is decided)
_LISTED = regex_cache.compile(r"\s*,\s*|\s+(?:en|als|alsook)\s+(?:(?:het|de)\s+)?")
# ... the Netherlands named: a bare "trainers" or "personeel" may be anyone's ("De Peshmerga en
# trainers van de coalitie zullen ...")
_NAMED_DUTCH = regex_cache.compile(r"(?i:nederland|nederlandse|kabinet|regering|wij|we|ik|minister)")


def clause_actor(clause: str) -> Actor | None:
    """The actor of a clause, or None when it names nobody. A mention joined to a governed one by
    "en" or "of" is governed too: "in Irak en Syrië" says where, as "in Irak" does. Of subjects
    listed together, the Netherlands among them makes it the government's business."""
    fallback: Actor | None = None
    governed_until = -1  # the end of the last governed mention (positions in " " + clause)
    spaced = " " + clause
    agent = _agent(clause, spaced)
    if agent is not None:
        return agent
    for m in _MENTION.finditer(spaced):
        group = m.lastgroup
        kind: Actor = "dutch" if group == "dutch" else "foreign"
        joined = governed_until >= 0 and _JOINED.fullmatch(clause, governed_until - 1, m.start()) is not None
        governor = None if joined else _governor(clause, m.start())
        personnel = group == "dutch" and m.group()[1:].casefold() in _PERSONNEL_WORDS
        if personnel and (fallback == "foreign" or _owned_by_others(spaced, m.end())):
            # "De troepenmacht van de VN zal worden uitgebreid tot 15.000 militairen", "Het aantal
            # militairen van de VS", "militairen uit andere landen": theirs
            continue
        if not joined and governor is None:  # in the clause, the mention starts here
            if kind == "dutch" and _either_or(clause, spaced, m):
                return "foreign"  # "Nederland of Frankrijk zal de leiding nemen": not bound
            return "dutch" if kind == "foreign" and _listed_with_dutch(clause, spaced, m) else kind
        governed_until = m.end()
        if fallback is None and kind == "dutch":
            fallback = kind
        elif fallback is None and governor is not None and _says_whose(clause, m.start(), governor, group == "place"):
            # "De bijdrage van België en Nederland": theirs and ours, so ours
            fallback = "dutch" if _listed_with_dutch(clause, spaced, m) else kind
    return fallback


_OWNER = regex_cache.compile(r"\s+(?:van|uit)\s+(?:(?:het|de)\s+)?")
# The agent of a passive, whoever else the clause names first: "Het Afghaanse programma wordt door
# Nederland voortgezet", "De trainingen worden verzorgd door de Verenigde Staten"
_BY = regex_cache.compile(r"\sdoor\s+(?:(?:het|de)\s+)?")
_PASSIVE_VERB = regex_cache.compile(r"\b(?:wordt|worden|werd|werden)\b")


def dutch_after(text: str, at: int) -> bool:
    """Does the Netherlands or one of its own stand right after `at` ("door Nederlandse militairen",
    "door het Korps Mariniers"), an article between or not?"""
    by = _BY.match(text, at - 1) if at > 0 else None  # `_BY` holds the space before "door"
    named = _MENTION.match(text, by.end() - 1) if by is not None else None
    return named is not None and named.lastgroup == "dutch"


def agent(clause: str) -> Actor | None:
    """Who does what the passive `clause` tells of, named after "door"; None if nobody is."""
    return _agent(clause, " " + clause)


def _agent(clause: str, spaced: str) -> Actor | None:
    """Who does what a passive clause tells of, named after "door"; None if nobody is."""
    if "door" not in clause:
        return None
    for by in _BY.finditer(spaced):
        named = _MENTION.match(spaced, by.end() - 1)  # a mention's match starts at the character before it
        if named is not None and _PASSIVE_VERB.search(clause) is not None:
            if named.lastgroup != "dutch":
                return "foreign"
            personnel = named.group()[1:].casefold() in _PERSONNEL_WORDS
            return "foreign" if personnel and _owned_by_others(spaced, named.end()) else "dutch"
    return None


def _owned_by_others(spaced: str, end: int) -> bool:
    """Does "van" or "uit" after the personnel ending at `end` name others ("van de VS", "uit
    andere landen")? Not "militairen van het FPME detachement", a unit of the letter's own."""
    owner = _OWNER.match(spaced, end)
    if owner is None:
        return False
    if spaced.startswith("andere", owner.end()):
        return True
    named = _MENTION.match(spaced, owner.end() - 1)  # a mention's match starts at the character before it
    return named is not None and named.lastgroup != "dutch"


def owned_by_others(text: str, end: int) -> bool:
    """Does "van" or "uit" after the noun ending at `end` name someone other than the government
    ("het besluit van Duitsland", "de toezegging van de VS")?"""
    spaced = " " + text
    if not _owned_by_others(spaced, end + 1):
        return False
    owner = _OWNER.match(spaced, end + 1)
    named = _MENTION.match(spaced, owner.end() - 1) if owner is not None else None
    # "het besluit van Duitsland en Nederland": ours too
    return named is None or not _listed_with_dutch(text, spaced, named)


# Subjects given as a choice: "Nederland of Frankrijk zal", "Nederland, België of Frankrijk zal"
_CHOICE = regex_cache.compile(r"\s*,\s*|\s+(?P<of>of)\s+(?:(?:het|de)\s+)?")


def _either_or(clause: str, spaced: str, subject: re.Match[str]) -> bool:
    """Is `subject` (a mention in `spaced`, the clause after a space) one of a choice of subjects
    ("... of ...") that names someone else: nobody has bound themselves yet?"""
    if _CHOICE.match(clause, subject.end() - 1) is None:
        return False  # mostly: no other subject right after it
    choice = others = False
    for before, after in pairwise(chain((subject,), _MENTION.finditer(spaced, subject.end()))):
        link = _CHOICE.fullmatch(clause, before.end() - 1, after.start())
        if link is None:
            break
        choice = choice or link.group("of") is not None
        others = others or after.lastgroup != "dutch"
    return choice and others


# A mention can end this many characters back from an "of" it is joined by ("Verenigde Arabische Emiraten")
_MENTION_LENGTH = 40


def joins_actors(text: str, at: int) -> bool:
    """Does the "of" at `text[at:at + 2]` join two actors ("Frankrijk of Nederland zal", "de VS of
    de NAVO"), rather than open a subordinate clause ("De VS vragen of Nederland ... zal leveren")?"""
    after = _CHOICE.match(text, at - 1)
    if after is None or after.group("of") is None or _MENTION.match(text, after.end() - 1) is None:
        return False
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    lo = max(0, end - _MENTION_LENGTH)
    # from the character before, so that a mention there starts as in the clause (`_MENTION`)
    window = text[lo - 1 : end] if lo else " " + text[:end]
    return any(m.end() == len(window) for m in _MENTION.finditer(window))


def _listed_with_dutch(clause: str, spaced: str, subject: re.Match[str]) -> bool:
    """Is `subject` (a mention in `spaced`, the clause after a space) one of a list of subjects
    that names the Netherlands?"""
    for before, after in pairwise(chain((subject,), _MENTION.finditer(spaced, subject.end()))):
        link = _LISTED.fullmatch(clause, before.end() - 1, after.start())
        if link is None and before is subject:  # "Het besluit van Duitsland en Nederland": its owners
            link = _OWNER.fullmatch(spaced, before.end(), after.start() + 1)
        if link is None:
            return False
        if after.lastgroup == "dutch" and _NAMED_DUTCH.match(after.group().strip()):
            return True
    return False
