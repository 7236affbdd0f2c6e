"""The shortcuts the extractors take for speed give what the plain patterns give."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.document import Section, Span
from viewer.core.facts import actors, date_roles
from viewer.core.facts.clauses import breaks
from viewer.core.facts.context import SentenceContext
from viewer.core.facts.extract import _batch, sentence_facts
from viewer.core.facts.model import Fact, new_fact
from viewer.core.sentences import Sentence

from factkit import facts

FACT_WORDS = [
    *("Nederland", "zal", "zullen", "gaat", "155", "militairen", "militaire", "Militairen", "tot", "en", "met", "31"),
    *("december", "2017", "eind", "2016", "€", "EUR", "10,3", "miljoen", "euro’s", "euro", "Europese", "adviseur"),
    *("dollar", "ongeveer", "twintig", "trainers", "jl.", "a.s.", "29", "april", "mei", "ıſ", "İ", "ß", "drie"),
    *("Nederlandse", "Belgische", "SOF-operators", "het", "kabinet", "besloten", "beschikbaar", "stelt", "steunt"),
    *("steun", "draagt", "bij", "toezegging", "is", "ingezet", "middelen", "moet", "kosten", "coalitie", "Iraakse"),
    *("een", "stafofficier", "geplaatst", "vanaf", "in", "voor", "vóór", "sinds", "dit", "jaar", "najaar", "van"),
    *("verbindingsofficieren", "militair", "personeel", "(", ")", ",", ";", "–", "-", "2.100", "26,5", "miljard"),
    *("besloot", "herbevestigen", "bevestigt", "bevestigde", "wij", "NAVO"),
    *("31-12-2017", "1/7/2017", "2017-07-01", "9-9-", "-2016", "of", "USD", "£", "GBP"),
    *("wordt", "verlengd", "verlengt", "voortgezet", "zet", "voort", "voortgang", "biedt", "aan", "om", "hierbij"),
    *("kan", "hervat", "aangeboden", "bood", ".", "Frankrijk", "adviseurs", "adviseur"),
    *("het", "de", "af", "op", "eindigt", "start", "einde", "periode", "najaar", "t/m"),
    *("waarvan", "van", "wie", "onder", "procent", "50", "Bagdad", "om", "over", "uit", "Het", "gaan"),
    *("plaatst", "stuurt", "detacheren", "kolonel", "generaal", "brief", "ook", "hen", "Vijftig", "van hen"),
    *("levert", "zendt", "naar", "aanlevert", "ontvangt", "Kamer", "uw", "zomer", "binnenkort", "op", "op."),
    *("stuur", "bestuur", "ik", "voor"),
    *("u", "U", "Zoals", "toegezegd", "binnen", "weken", "geïnformeerd", "juli", "1", "werd", "ingezet", "Defensie"),
    *("zoals", "indien", "nodig", "samen", ", zoals eerder,", ", in overleg,"),
    *("Ik", "zeg", "toe", "stel", "draag", "draagvlak", "trek", "trekt", "houden", "houdt", "gehouden", "hoogte"),
    *("de hoogte", "gesteld", "gebracht", "inhoud", "Uw Kamer"),
    *("tussen", "Tussen", "100-150", "100 -", "130–150", "à", "1 tot", "oktober 2016", "van 1 januari tot"),
    *("dat", "of", "verwacht", "hoopt", "gevraagd", "regering", "regering van", "boven", "Irak en Syrië"),
    *("gaat ervan uit", "1.200", "twintigtal", "max.", "naar schatting", "tenminste", "medici", "gewond"),
    *("(waarvan", "M€", "US$", "US dollar", "750.000,-", "verhoogd", "teruggebracht", "naar", "2017 EUR", "5,"),
    *("Deense", "Nederlandse,", "Het aantal", "het totale aantal", "van 150", "naar 35", "bedraagt", "procent"),
    *("waarvan 4 miljoen", "miljoen", "8 miljoen inwoners", "12 miljoen.", "voor Mosul"),
    *("periode", "helft van", "eerste", "volgend jaar", "najaar van", "vorig jaar", "– 31 december", "31"),
    *("neemt", "deel", "aan de coalitie", "blijft", "deelnemen", "te leveren", "ingelost", "nemen"),
    *("de zomer", "het voorjaar", "het najaar", "na", "zomer", "van 2017"),
    *("het einde van het jaar", "het jaar", "in 2016 tot en met juli", "1 januari 2017 –", "31 december 2017"),
    *("door", "verzorgd", "geleid", "Minister", "Mattis", "Koenders", "aldus", ", zo heeft Duitsland laten weten"),
    *("3 nov", "sept", "nov.", "vredesakkoord", "uitgevoerd", "Hierbij ontvangt u", ", mede namens de minister,"),
    *("toezeggingen", "Frankrijk of Nederland", "of België", "dec 2017"),
]
SENTENCE = st.lists(st.sampled_from(FACT_WORDS), min_size=1, max_size=30).map(" ".join)
SECTION = Section(0, "Financiën", 1, ("Financiën",), None, (), None, Span(0, 0))


@settings(max_examples=300, deadline=None)
@given(SENTENCE, st.sampled_from([dt.date(2016, 9, 9), None]))
def test_anchored_extractors_find_what_the_plain_ones_find(text: str, date: dt.date | None) -> None:
    # a letter's sentences go through the keyword scan and the anchored extractors; a sentence
    # whose case folding changes its length goes through the plain ones
    sentence = Sentence(text, Span(7, 7 + len(text)), 0)
    known: dict[str, tuple[Fact, ...]] = {}
    _batch({text: (sentence, SECTION)}, date, known)
    assert list(known[text]) == sentence_facts(SentenceContext(sentence, SECTION, date))


@pytest.mark.parametrize("text", ["10,3 dec 2017", "€ 10,3 dec 2017", "9, 10 en 11 mei 2017", "10,3 december 2017"])
def test_a_decimal_before_a_month_is_no_list_of_days(text: str) -> None:
    # found by the property test above: "10,3 dec 2017" read as the days 10 and 3 by the plain
    # patterns, as no date by the anchored ones; a comma between days has a space after it
    test_anchored_extractors_find_what_the_plain_ones_find.hypothesis.inner_test(text, dt.date(2016, 9, 9))
    days = [f.text for f in facts(text, "date") if f.precision == "day"]
    assert days == (["9, 10 en 11 mei 2017"] if text.startswith("9,") else [])


CLAUSE_PIECES = [",", ";", ":", "-", "–", "—", " ", "  ", "\n", "\u00a0", "\t", "a", "Wij", " - ", ", "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CLAUSE_PIECES), max_size=16).map("".join))
def test_clause_breaks_are_the_patterns(text: str) -> None:
    assert breaks(text) == [m.span() for m in re.finditer(r"[,;:]\s|\s[–—-]\s", text)]


MENTION_PIECES = [
    *("Nederland", "Nederlands", "Nederlandse", "Diverse", "Franse", "Belgische", "Europese", "Unie", "Verenigde"),
    *("Staten", "Naties", "De", "de", "Kamer", "uw", "Uw", "Mistura", "wij", "We", "Minister-President", "minister"),
    *(
        "Saoedi-Arabië",
        "Syrië-conferentie",
        "Irak-missie",
        "MINUSMA",
        "EUTM",
        "Mali",
        "hulporganisaties",
        "organisaties",
        "ISIS-strijders",
        "VN-",
        "Irak",
    ),
    *("coalitiepartners", "holding", "force", "Pooled", "Funds", "militairen", "in", "van", "’", "'", "_", "1"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(MENTION_PIECES), st.sampled_from([" ", "", "-", "(", ", ", "\n"]))))
def test_mentions_are_the_patterns(pieces: list[tuple[str, str]]) -> None:
    clause = "".join(word + sep for word, sep in pieces)
    plain = re.compile(
        rf"(?<![\w\-])(?:(?P<dutch>{actors._DUTCH})|(?P<foreign>{actors._FOREIGN}|{actors.NATIONALITY})"
        rf"|(?P<place>(?:{actors._PLACE})(?!-)))(?![\w])"
    )
    found = [(m.start(), m.lastgroup) for m in actors._MENTION.finditer(" " + clause)]
    assert found == [(m.start(), m.lastgroup) for m in plain.finditer(clause)]


TAIL_PIECES = ["met", "ingang", "van", "donderdag", "tot", "en", "t/m", "vóór", "voor", "sinds", "per", "Met", "x"]
TAIL_PIECES += ["het", "de", "De", "af", "op", "loopt", "eindigt", "start", "begint", "hetzelfde", "eİndigt", "begınt"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TAIL_PIECES), st.sampled_from([" ", "  ", "   ", "\t", "\n", "-"]))))
def test_role_before_a_date_is_the_patterns(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in pieces)
    for pattern in (date_roles.PREPOSITION, date_roles._DEADLINE, date_roles._START, date_roles._BEFORE):
        found = date_roles.ends(pattern, text, len(text), date_roles.last_word(text, len(text)))
        assert found == (pattern.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TAIL_PIECES), st.sampled_from([" ", "  ", "\t", "\n", "-", "/"]))))
def test_a_role_is_looked_for_wherever_its_pattern_ends(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + sep for word, sep in pieces)
    may = date_roles._role_may_end(text, len(text), date_roles.last_word(text, len(text)))
    assert may or not (date_roles._START.search(text) or date_roles._DEADLINE.search(text))


def test_new_fact_is_the_dataclass() -> None:
    args = ("money", "€ 5 miljoen", 5_000_000, "EUR", True, ("Financiën",), 3, "Zo’n € 5 miljoen.", 40, "zo’n", None)
    built = new_fact(*args, None, 36)
    assert built == Fact(*args, None, 36) and repr(built) == repr(Fact(*args, None, 36))
    assert hash(built) == hash(Fact(*args, None, 36))
