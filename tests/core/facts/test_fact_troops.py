"""Troop numbers in the real letter and in sentences made for the purpose."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.core.document import Document
from viewer.core.facts import extract_facts

from factkit import facts, load

# Every troop number of nr. 597, in reading order: (text, value, unit, approximate, modifier).
SAMPLE_TROOPS = [
    ("ongeveer 35 militairen", 35, "militairen", True, None),
    ("een medewerker", 1, "medewerker", False, None),
    ("twee stafofficieren", 2, "stafofficieren", False, None),
    ("drie Nederlandse", 3, "SOF-operators", False, "Nederlandse"),
    ("drie Belgische SOF-operators", 3, "SOF-operators", False, "Belgische"),
    ("Ongeveer 35 militairen", 35, "militairen", True, None),
    ("één stafofficier", 1, "stafofficier", False, None),
    ("een stafofficier", 1, "stafofficier", False, None),
    ("ongeveer twintig trainers", 20, "trainers", True, None),
    ("155 militairen", 155, "militairen", False, None),
    ("ongeveer 35 militairen", 35, "militairen", True, None),
]


def test_every_troop_number_of_the_letter(sample_doc: Document) -> None:
    troops = [f for f in extract_facts(sample_doc) if f.kind == "troops"]
    assert [(f.text, f.value, f.unit, f.approximate, f.modifier) for f in troops] == SAMPLE_TROOPS


def test_troop_facts_point_into_the_text(sample_doc: Document) -> None:
    for fact in extract_facts(sample_doc):
        if fact.kind == "troops":
            assert sample_doc.text[fact.offset : fact.offset + len(fact.text)] == fact.text
            assert fact.text in fact.sentence


def test_155_in_duur_van_de_deelname(sample_doc: Document) -> None:
    fact = next(f for f in extract_facts(sample_doc) if f.text == "155 militairen")
    assert fact.section == ("Duur van de deelname",)
    assert fact.sentence.startswith("Nederland stelt vanaf oktober 2016 155 militairen beschikbaar")
    assert fact.qualifier is None


def test_coordinated_count_is_two_facts_each_with_its_own_qualifier() -> None:
    found = facts("Er zijn ongeveer vier Nederlandse en maximaal drie Belgische SOF-operators ontplooid.", "troops")
    assert [(f.text, f.value, f.unit, f.approximate, f.qualifier, f.modifier) for f in found] == [
        ("ongeveer vier Nederlandse", 4, "SOF-operators", True, "ongeveer", "Nederlandse"),
        ("maximaal drie Belgische SOF-operators", 3, "SOF-operators", True, "maximaal", "Belgische"),
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "approximate"),
    [
        ("Nederland levert honderdvijfenvijftig militairen.", 155, "militairen", False),
        ("Het team telt twintig trainers.", 20, "trainers", False),
        ("Er worden circa 12 instructeurs ingezet.", 12, "instructeurs", True),
        ("Er zijn ruim 40 adviseurs actief.", 40, "adviseurs", True),
        ("Er gaan meer dan 100 militairen heen.", 100, "militairen", True),
        ("Nederland zendt tot 150 militairen uit.", 150, "militairen", True),
        ("Daarnaast worden twee liaison officers geplaatst.", 2, "liaison officers", False),
        ("Nederland plaatst drie extra stafofficieren.", 3, "stafofficieren", False),
        ("Er zijn 25 Nederlandse militaire trainers.", 25, "trainers", False),
        ("Nederland heeft een kolonel uitgezonden naar Bagdad.", 1, "kolonel", False),
        # forms of later letters and the press, written for these tests
        ("Ook gaan er ruim tachtig man personeel mee naar Jordanië.", 80, "man", True),
        ("Het detachement telt 45 man.", 45, "man", False),
        ("Nederland stuurt zo'n vijftien militaire en civiele experts naar Erbil.", 15, "experts", True),
        ("Nederland stuurt zo’n vijftien deskundigen.", 15, "deskundigen", True),
        ("De missie wordt gesteund met hooguit tien adviseurs.", 10, "adviseurs", True),
        # "militair adviseur" is a title of its own; "militair" alone would cut it short
        ("Er komen twee militair adviseurs bij.", 2, "militair adviseurs", False),
        ("Het gaat om vijftig militair personeel.", 50, "militair personeel", False),
        # an adjective of the task between count and noun
        ("Daarbij komen 10 ondersteunende militairen.", 10, "militairen", False),
        ("Nederland levert 12 medische specialisten.", 12, "specialisten", False),
        ("Er gaan ongeveer 8 logistieke medewerkers mee.", 8, "medewerkers", True),
        # a thousands dot; a round figure of about so many; more qualifiers
        ("Nederland levert 1.200 militairen aan de missie.", 1200, "militairen", False),
        ("Nederland levert een twintigtal militairen.", 20, "militairen", True),
        ("Nederland levert max. 50 militairen.", 50, "militairen", True),
        ("Nederland levert naar schatting 50 militairen.", 50, "militairen", True),
        ("Nederland levert tenminste 50 militairen.", 50, "militairen", True),
        ("Er gaan ongeveer 40 medici mee.", 40, "medici", True),
        ("Er gaan twintig technici mee.", 20, "technici", False),
        # after a verb of change "tot" is where it ends, not a cap
        ("Het detachement wordt teruggebracht tot 50 militairen.", 50, "militairen", False),
        # police and medical staff a mission sends
        ("Daarnaast levert Nederland vier politie-instructeurs.", 4, "politie-instructeurs", False),
        ("Nederland stuurt twee marechaussees naar Bamako.", 2, "marechaussees", False),
        ("Nederland levert ongeveer 25 politieagenten.", 25, "politieagenten", True),
        ("Het hospitaal telt 15 verpleegkundigen.", 15, "verpleegkundigen", False),
        ("Er gaan 4 artsen en een chirurg mee.", 4, "artsen", False),
    ],
)
def test_counts_in_digits_and_words(sentence: str, value: int, unit: str, approximate: bool) -> None:
    found = facts(sentence, "troops")
    assert [(f.value, f.unit, f.approximate) for f in found] == [(value, unit, approximate)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Meer dan 85.000 mensen zijn Fallujah ontvlucht.",
        "Sinds 2014 zijn meer dan 1.200 slachtoffers gevallen.",
        "Er werden ruim 2.100 vluchten uitgevoerd waarbij meer dan 1.800 wapens zijn ingezet.",
        "Sinds het begin van de inzet zijn zeven detachementen ingezet.",
        "De verwachting is dat twee brigades Peshmerga zullen zijn getraind.",
        "Hiermee ontstaan vier flexibele teams.",
        "De coalitie bestaat uit 67 partners.",
        "Zo worden 300.000 inwoners van hulp verstoken.",
        "Het verwachte aantal ontheemden is 800.000.",
        "Het team, onder leiding van een Canadese generaal, zal adviseren.",
        "De Nederlandse kolonel is begonnen met zijn werkzaamheden.",
        "Een stafofficier van de coalitie adviseert.",
        "De coalitie traint 500 Iraakse militairen.",
        "De F-16 vliegers oefenen minder.",
        "Kamerstuk 27 925, nr. 590 en artikel 100 van de Grondwet.",
        "Het mandaat van de missie loopt tot 2019.",
        "De coalitie telt twintig Iraakse experts en de man van de VN.",
        # the wounded and the dead are no troop numbers
        "Vier militairen zijn gewond geraakt bij een ongeval.",
        "Sinds 2014 zijn 50 Nederlandse militairen in Irak gewond geraakt.",
        "Bij de aanslag kwamen twee militairen om het leven.",
        # compounds of "agent" and "arts" that are no staff a mission sends
        "Er zijn 12 dubbelagenten actief in de regio.",
        "De stad telt 30 huisartsen en 4 dierenartsen.",
        "Er werken 150 arts-assistenten in het hospitaal.",
        "Er zijn 40 handelsagenten actief.",
    ],
)
def test_counts_that_are_not_troops(sentence: str) -> None:
    assert facts(sentence, "troops") == []


@pytest.mark.parametrize(
    ("sentence", "text", "value", "qualifier"),
    [
        (
            "Nederland wil vijf tot tien stafofficieren naar Bagdad sturen.",
            "vijf tot tien stafofficieren",
            10,
            "vijf tot",
        ),
        ("Er gaan twee à drie instructeurs mee.", "twee à drie instructeurs", 3, "twee à"),
        ("Nederland levert 5 tot 10 militairen.", "5 tot 10 militairen", 10, "5 tot"),
        (
            "Nederland levert tussen de 100 en 150 militairen.",
            "tussen de 100 en 150 militairen",
            150,
            "tussen de 100 en",
        ),
        ("Tussen drie en vijf instructeurs gaan mee.", "Tussen drie en vijf instructeurs", 5, "tussen drie en"),
        ("Nederland levert 100-150 militairen.", "100-150 militairen", 150, "100-"),
        ("Nederland levert 130 – 150 militairen.", "130 – 150 militairen", 150, "130 –"),
        # a qualifier before the range stays with it
        ("Nederland levert circa 130 tot 150 militairen.", "circa 130 tot 150 militairen", 150, "circa 130 tot"),
    ],
)
def test_a_range_is_counted_at_its_top_and_approximate(sentence: str, text: str, value: int, qualifier: str) -> None:
    [fact] = facts(sentence, "troops")
    assert (fact.text, fact.value, fact.qualifier, fact.approximate) == (text, value, qualifier, True)


def test_hundreds_in_words() -> None:
    [fact] = facts("Ongeveer driehonderd Nederlandse militairen zijn actief voor de missie.", "troops")
    assert (fact.value, fact.unit, fact.approximate, fact.modifier) == (300, "militairen", True, "Nederlandse")


def test_a_count_sharing_its_noun_names_the_noun_when_shown_alone() -> None:
    first, second = facts("Er zijn drie Nederlandse en twee Belgische SOF-operators ingezet.", "troops")
    # the words as printed stay the words as printed (the contract's `text`) ...
    assert (first.text, second.text) == ("drie Nederlandse", "twee Belgische SOF-operators")
    # ... and a table, a summary line or a report names what was counted
    assert first.label == "drie Nederlandse … SOF-operators"
    assert second.label == second.text
    (single,) = facts("Nederland levert 155 militairen.", "troops")
    assert single.label == "155 militairen"


@given(
    st.lists(st.tuples(st.integers(0, 200), st.integers(1, 12)), max_size=40), st.integers(0, 200), st.integers(1, 12)
)
def test_a_count_overlaps_a_taken_one_exactly_when_it_shares_a_character(
    spans: list[tuple[int, int]], start: int, length: int
) -> None:
    # the taken counts are looked up by their neighbours (a "sentence" of pages holds thousands);
    # checked here against asking every one of them
    from viewer.core.facts.troops import _Taken

    taken, kept = _Taken(), []
    for a, n in spans:  # taken as the extractor takes them: only what overlaps nothing taken before
        if all(a + n <= b or a >= e for b, e in kept):
            kept.append((a, a + n))
            taken.add(a, a + n)
    end = start + length
    assert taken.fresh(start, end) == all(end <= b or start >= e for b, e in kept)


def test_thousands_of_counts_in_one_sentence_are_all_read() -> None:
    text = ", ".join(f"{10 + k} militairen" for k in range(3000)) + "."
    counts = [f.value for f in facts(text, "troops")]
    assert counts == [10 + k for k in range(3000)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het gaat om circa 150 militairen, waarvan 50 in Jordanië.",
            [("circa 150 militairen", 150, "militairen", None), ("50", 50, "militairen", None)],
        ),
        (
            "Nederland levert 155 Nederlandse militairen in Irak, van wie ongeveer dertig in Bagdad.",
            [
                ("155 Nederlandse militairen", 155, "militairen", "Nederlandse"),
                ("ongeveer dertig", 30, "militairen", "Nederlandse"),
            ],
        ),
        (
            "Er zijn 40 trainers, onder wie tien voor de Peshmerga.",
            [("40 trainers", 40, "trainers", None), ("tien", 10, "trainers", None)],
        ),
        # a noun after the part makes it a count of its own; a percentage, money or more than the whole is no part
        (
            "Er zijn 130 militairen, waaronder 20 trainers.",
            [("130 militairen", 130, "militairen", None), ("20 trainers", 20, "trainers", None)],
        ),
        ("Er zijn 155 militairen, waarvan 30 procent vrouw.", [("155 militairen", 155, "militairen", None)]),
        ("Er zijn 155 militairen, waarvan 2 miljoen euro kosten.", [("155 militairen", 155, "militairen", None)]),
        ("De bijdrage telt 200 militairen, waarvan 2016 in totaal.", [("200 militairen", 200, "militairen", None)]),
    ],
)
def test_a_part_counted_without_its_noun_takes_the_noun_of_the_whole(
    sentence: str, expected: list[tuple[str, int, str, str | None]]
) -> None:
    found = facts(sentence, "troops")
    assert [(f.text, f.value, f.unit, f.modifier) for f in found] == expected


def test_a_part_shows_its_noun_when_shown_alone() -> None:
    [_, part] = facts("Het gaat om circa 150 militairen, waarvan 50 in Jordanië.", "troops")
    assert part.label == "50 … militairen"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nederland plaatst een militair adviseur in Bagdad.", [("een militair adviseur", 1)]),
        ("Nederland stuurt ook een kolonel naar Tampa.", [("een kolonel", 1)]),
        ("Wij detacheren daarnaast een medewerker bij de VN.", [("een medewerker", 1)]),
        ("Nederland stelt een stafofficier beschikbaar.", [("een stafofficier", 1)]),
        # the article of something else sent, or a local soldier, counts nobody
        ("Nederland stuurt een brief aan een generaal.", []),
        ("Nederland plaatst een Iraakse militair.", []),
        ("Een kolonel leidt de missie.", []),
    ],
)
def test_one_person_sent_with_the_verb_before_or_after(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.text, f.value) for f in facts(sentence, "troops")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nederland levert circa 150 militairen. Vijftig van hen worden in Jordanië geplaatst.",
            [("circa 150 militairen", 150, "militairen", None), ("Vijftig", 50, "militairen", None)],
        ),
        (
            "Er zijn 40 Nederlandse trainers. Ongeveer twintig van hen gaan naar Erbil.",
            [
                ("40 Nederlandse trainers", 40, "trainers", "Nederlandse"),
                ("Ongeveer twintig", 20, "trainers", "Nederlandse"),
            ],
        ),
        # a part counted after the whole is no whole itself
        (
            "Het gaat om circa 150 militairen, waarvan 40 in Jordanië. Zestig van hen gaan naar Bagdad.",
            [
                ("circa 150 militairen", 150, "militairen", None),
                ("40", 40, "militairen", None),
                ("Zestig", 60, "militairen", None),
            ],
        ),
        # other people counted in between: "hen" may be them, and the part counts no one for sure
        (
            "Nederland levert 150 militairen die 5000 Peshmerga trainen. Vijftig van hen gaan naar Erbil.",
            [("150 militairen", 150, "militairen", None)],
        ),
        (
            "Er zijn 150 militairen, die 300 Iraakse militairen opleiden. Vijftig van hen gaan naar Erbil.",
            [("150 militairen", 150, "militairen", None)],
        ),
        # ... but things counted in between are not people
        (
            "Er zijn 150 militairen in drie provincies sinds 2015. Vijftig van hen gaan naar Erbil.",
            [("150 militairen", 150, "militairen", None), ("Vijftig", 50, "militairen", None)],
        ),
        # nothing counted right before, or fewer than the part: no one the letter names
        ("Vijftig van hen worden in Jordanië geplaatst.", []),
        ("Er zijn 155 militairen. Tweehonderd van hen blijven.", [("155 militairen", 155, "militairen", None)]),
        (
            "Er zijn 155 militairen. Het weer is goed. Vijftig van hen blijven.",
            [("155 militairen", 155, "militairen", None)],
        ),
    ],
)
def test_a_part_of_them_takes_the_noun_of_the_count_just_before(
    text: str, expected: list[tuple[str, int, str, str | None]]
) -> None:
    assert [(f.text, f.value, f.unit, f.modifier) for f in facts(text, "troops")] == expected


def test_a_part_of_them_in_another_section_refers_to_nothing(tmp_path: Path) -> None:
    doc = load(
        tmp_path,
        "Aan de Voorzitter.\n\nInzet\n\nEr zijn 155 militairen.\n\nFinanciën\n\nVijftig van hen kosten geld.\n",
    )
    assert [s.heading for s in doc.sections] == ["", "Inzet", "Financiën"]
    assert [f.text for f in extract_facts(doc) if f.kind == "troops"] == ["155 militairen"]


def test_counts_listed_before_a_pair_share_its_noun() -> None:
    found = facts("Er zijn drie Nederlandse, twee Belgische en vier Deense trainers.", "troops")
    assert [(f.value, f.unit, f.modifier) for f in found] == [
        (3, "trainers", "Nederlandse"),
        (2, "trainers", "Belgische"),
        (4, "trainers", "Deense"),
    ]


def test_a_part_in_brackets_is_a_part() -> None:
    found = facts("Nederland levert 35 militairen (waarvan 10 in Bagdad).", "troops")
    assert [(f.text, f.value, f.unit) for f in found] == [("35 militairen", 35, "militairen"), ("10", 10, "militairen")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Het aantal militairen in het FPME-detachement wordt teruggebracht van 150 naar 35.",
            [("150", 150, "militairen", False), ("35", 35, "militairen", False)],
        ),
        (
            "Het aantal trainers wordt verhoogd van 50 naar 80.",
            [("50", 50, "trainers", False), ("80", 80, "trainers", False)],
        ),
        ("Het aantal Nederlandse militairen in Irak stijgt naar circa 170.", [("circa 170", 170, "militairen", True)]),
        ("Het aantal militairen bedraagt circa 155.", [("circa 155", 155, "militairen", True)]),
        # no head counts: a year, a share, trainees, a count with a noun of its own (read as one)
        ("Het aantal militairen blijft tot 2017 gelijk.", []),
        ("Het aantal militairen daalt naar 30 procent.", []),
        ("Het aantal Iraakse militairen stijgt naar 10.000.", []),
        ("Het aantal militairen wordt teruggebracht tot 50 militairen.", [("50 militairen", 50, "militairen", False)]),
    ],
)
def test_a_number_of_personnel_named_before_its_counts(
    sentence: str, expected: list[tuple[str, int, str, bool]]
) -> None:
    found = facts(sentence, "troops")
    assert [(f.text, f.value, f.unit, f.approximate) for f in found] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nederland levert 30 militairen in Erbil en 20 in Bagdad.", [(30, "militairen"), (20, "militairen")]),
        ("Nederland stuurt 30 trainers naar Erbil en 2 naar Bagdad.", [(30, "trainers"), (2, "trainers")]),
        ("Er zijn 30 militairen in Erbil en 20 in totaal.", [(30, "militairen")]),
    ],
)
def test_a_count_beside_another_in_another_place_shares_its_noun(
    sentence: str, expected: list[tuple[int, str]]
) -> None:
    assert [(f.value, f.unit) for f in facts(sentence, "troops")] == expected
