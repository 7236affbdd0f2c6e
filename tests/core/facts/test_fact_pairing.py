"""Pairing the facts of two letters: revised copies of nr. 597 with known edits."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.align import align_sections
from viewer.core.document import Document
from viewer.core.facts import Fact, FactPair, extract_facts, pair_facts

import revisions as rev
from factkit import facts, letter, load, news, path_pairs, summary


def _pair(old: Document, new: Document) -> list[FactPair]:
    return pair_facts(old, new, extract_facts(old), extract_facts(new), path_pairs(old, new))


def _paired_letters(old_text: str, new_text: str) -> list[FactPair]:
    """The fact pairs of two one-paragraph letters."""
    return _pair(letter(old_text), letter(new_text))


def _fact(pair: FactPair) -> Fact:
    fact = pair.new or pair.old
    assert fact is not None
    return fact


def _section(pair: FactPair) -> tuple[str, ...]:
    return _fact(pair).section


def test_letter_against_itself_is_all_unchanged(sample_doc: Document) -> None:
    pairs = _pair(sample_doc, sample_doc)
    assert len(pairs) == len(extract_facts(sample_doc))
    assert all(p.status == "unchanged" and p.old == p.new for p in pairs)


def test_planted_changes_and_nothing_else(tmp_path: Path, sample_doc: Document, sample_text: str) -> None:
    text = rev.replace(sample_text, "oktober 2016 155 militairen", "oktober 2016 180 militairen")
    text = rev.replace(text, "training tot en met 31 december 2017)", "training tot en met 30 juni 2018)")
    text = rev.replace(
        text,
        "Unie. Nederland zal, rekening houdend met andere verplichtingen, de nog \n"
        "beschikbare tankercapaciteit aanbieden aan de coalitie. De coalitie zal",
        "Unie. De coalitie zal",
    )
    text = rev.replace(
        text,
        "(Verenigde Staten). \n",
        "(Verenigde Staten). Het kabinet zal de bevelsstructuur evalueren en uw \n"
        "Kamer over de uitkomst informeren. \n",
    )
    text = rev.replace(text, "ongeveer twintig trainers", "ongeveer dertig trainers")
    # layout only: other line breaks and other hyphenation in two paragraphs full of facts
    text = rev.reflow(text, "Voor de Nederlandse missie ter bestrijding van ISIS")
    text = rev.reflow(text, "De Nederlandse inzet in de strijd tegen ISIS zal")
    new = load(tmp_path, text)
    assert new.text != sample_doc.text

    pairs = _pair(sample_doc, new)
    duur = ("Duur van de deelname",)
    found = sorted((summary(p), _section(p)) for p in news(pairs))
    training = "Nederland stelt vanaf oktober 2016 {} militairen beschikbaar ten behoeve van training tot en met {})."
    old_155, new_180 = training.format(155, "31 december 2017"), training.format(180, "30 juni 2018")
    tanker = (
        "Nederland zal, rekening houdend met andere verplichtingen, de nog beschikbare tankercapaciteit "
        "aanbieden aan de coalitie."
    )
    added = "Het kabinet zal de bevelsstructuur evalueren en uw Kamer over de uitkomst informeren."
    assert found == sorted(
        [
            (("troops", "changed", 155, 180), duur),
            (("date", "changed", "2017-12-31", "2018-06-30"), duur),
            (("commitment", "changed", old_155, new_180), duur),
            (("commitment", "removed", tanker, None), ("Militaire aspecten", "Tankervliegtuigen")),
            (("commitment", "added", None, added), ("Militaire aspecten", "Bevelsstructuur")),
            (("troops", "changed", 20, 30), ("Militaire aspecten", "Risico’s", "Mitigerende maatregelen")),
        ]
    )
    thirty = next(p for p in pairs if p.kind == "troops" and p.new and p.new.value == 30)
    assert thirty.new is not None and thirty.new.text == "ongeveer dertig trainers" and thirty.new.approximate
    deadline = next(p for p in pairs if p.kind == "date" and p.status == "changed")
    assert deadline.new is not None and deadline.new.unit == "deadline" and deadline.new.text == "30 juni 2018"
    assert len(pairs) == len(extract_facts(sample_doc)) + 1  # one removed, one added, the rest paired


def test_relative_dates_a_year_apart_change(tmp_path: Path, sample_doc: Document, sample_text: str) -> None:
    new = load(tmp_path, rev.replace(sample_text, "Den Haag, 9 september 2016", "Den Haag, 8 september 2017"))
    pairs = _pair(sample_doc, new)
    april = [summary(p) for p in pairs if p.kind == "date" and p.new and p.new.text == "29 april jl."]
    assert april == [("date", "changed", "2016-04-29", "2017-04-29")] * 3
    # absolute dates stand still; every relative one ("jl.", "dit jaar", a bare month) moved a year
    for p in pairs:
        assert p.old is not None and p.new is not None
        relative = p.kind == "date" and (p.new.qualifier in ("jl.", "a.s.") or p.new.text in ("dit jaar", "vorig jaar"))
        if relative:
            assert p.status == "changed" and int(str(p.new.value)[:4]) == int(str(p.old.value)[:4]) + 1
    assert {p.kind for p in news(pairs)} == {"date"}
    assert [p.new.text for p in news(pairs) if p.new and p.new.qualifier is None][:1] == ["8 september 2017"]


def test_same_words_different_nationality_do_not_cross(tmp_path: Path, sample_doc: Document, sample_text: str) -> None:
    new = load(
        tmp_path, rev.replace(sample_text, "drie Nederlandse en drie Belgische", "vier Nederlandse en drie Belgische")
    )
    troops = [p for p in _pair(sample_doc, new) if p.kind == "troops" and p.new and p.new.unit == "SOF-operators"]
    assert [(p.status, p.new.modifier, p.old.value if p.old else None, p.new.value) for p in troops if p.new] == [
        ("changed", "Nederlandse", 3, 4),
        ("unchanged", "Belgische", 3, 3),
    ]


def test_another_nationality_is_another_fact() -> None:
    old = letter("Tevens zijn drie Nederlandse SOF-operators in Noord-Irak ontplooid.")
    new = letter("Tevens zijn drie Belgische SOF-operators in Noord-Irak ontplooid.")
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    troops = [(p.status, _fact(p).modifier) for p in pairs if p.kind == "troops"]
    assert sorted(troops) == [("added", "Belgische"), ("removed", "Nederlandse")]


def test_equal_value_breaks_a_tie_between_equal_sentences() -> None:
    # with the digits masked both old sentences are equally like the new one; the kept count wins
    old = letter("Er zijn 35 militairen in Jordanië. Er zijn 40 militairen in Jordanië.")
    new = letter("Er zijn 40 militairen in Jordanië.")
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert sorted(summary(p) for p in pairs if p.kind == "troops") == [
        ("troops", "removed", 35, None),
        ("troops", "unchanged", 40, 40),
    ]


CITED = (
    "Met verwijzing naar de brieven van 24 september 2014, 19 juni 2015 en 29 januari 2016 "
    "(Kamerstuk 27 925, nrs. 506, 539 en 570) informeren wij u over het besluit."
)


@pytest.mark.parametrize(
    "cited_again",
    [
        # each date now with its Kamerstuk, and one more letter: the dates' contexts are all alike,
        # so the context alone paired each date with its neighbour
        "Met verwijzing naar de brieven van 24 september 2014 (Kamerstuk 27 925, nr. 506), 19 juni 2015 "
        "(Kamerstuk 27 925, nr. 539), 29 januari (Kamerstuk 27 925, nr. 570) en 9 september 2016 "
        "(Kamerstuk 27 925, nr. 597) informeren wij u over het besluit.",
        # "29 januari en 9 september 2016": the first takes the year of the second, and its
        # neighbours' words are what its old neighbour had
        "Met verwijzing naar de brieven van 24 september 2014 (Kamerstuk 27 925, nr. 506), 19 juni 2015 "
        "(Kamerstuk 27 925, nr. 539), 29 januari en 9 september 2016 (Kamerstuk 27 925, nrs. 570 en 597) "
        "informeren wij u over het besluit.",
    ],
)
def test_a_list_of_dates_cited_again_pairs_date_with_date(cited_again: str) -> None:
    old, new = letter(CITED), letter(cited_again)
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert sorted(summary(p) for p in pairs if p.kind == "date") == [
        ("date", "added", None, "2016-09-09"),
        ("date", "unchanged", "2014-09-24", "2014-09-24"),
        ("date", "unchanged", "2015-06-19", "2015-06-19"),
        ("date", "unchanged", "2016-01-29", "2016-01-29"),
    ]


def test_numbers_that_shift_within_a_kept_sentence_are_two_changes() -> None:
    # the old 180 is not the new 180: each number changed in its own place
    old = letter("Nederland levert 155 militairen voor de training en 180 militairen voor de beveiliging.")
    new = letter("Nederland levert 180 militairen voor de training en 200 militairen voor de beveiliging.")
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert sorted(summary(p) for p in pairs if p.kind == "troops") == [
        ("troops", "changed", 155, 180),
        ("troops", "changed", 180, 200),
    ]


def test_budget_years_rolled_forward_pair_by_their_year() -> None:
    # the 2016 amount is gone, the 2017 one kept, the 2018 one new: not 5,5 -> 21 and 21 -> 18
    old = letter("Voor 2016 is 5,5 miljoen euro geraamd en voor 2017 21 miljoen euro.")
    new = letter("Voor 2017 is 21 miljoen euro geraamd en voor 2018 18 miljoen euro.")
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert sorted(summary(p) for p in pairs if p.kind in ("money", "date")) == [
        ("date", "added", None, "2018"),
        ("date", "removed", "2016", None),
        ("date", "unchanged", "2017", "2017"),
        ("money", "added", None, 18e6),
        ("money", "removed", 5.5e6, None),
        ("money", "unchanged", 21e6, 21e6),
    ]


def test_one_year_in_each_letter_is_a_change_of_its_number() -> None:
    # no year in common: the sentence's number changed, as a clerk reads it
    old = letter("In 2016 zijn 130 militairen ingezet in Irak.")
    new = letter("In 2017 zijn 150 militairen ingezet in Irak.")
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert sorted(summary(p) for p in pairs) == [
        ("date", "changed", "2016", "2017"),
        ("troops", "changed", 130, 150),
    ]


def test_a_deadline_moved_beside_kept_years_is_a_change() -> None:
    # a deadline is not a year of its own: it moves, and that is the change
    old = letter("In 2016 en 2017 wordt de inzet verlengd tot eind 2017.")
    new = letter("In 2017 en 2018 wordt de inzet verlengd tot eind 2018.")
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    deadlines = [summary(p) for p in pairs if p.kind == "date" and (p.old or p.new).unit == "deadline"]
    assert deadlines == [("date", "changed", "2017", "2018")]


def test_a_date_cited_again_in_a_reworded_sentence_stays_unchanged() -> None:
    # an earlier progress letter cites two letters, a later decision letter three, in other words
    old = letter(
        "In deze brief informeren wij u, met verwijzing naar de brieven van 24 september 2014 (Kamerstuk "
        "27 925, nr. 506) en 19 juni 2015 (Kamerstuk 27 925, nr. 539), over de voortgang van de inzet."
    )
    new = letter(
        "In overeenstemming met artikel 100 van de Grondwet, en met verwijzing naar de brieven van 24 september "
        "2014, 19 juni 2015 en 29 januari 2016 (Kamerstuk 27 925, nrs. 506, 539 en 570), informeren wij u."
    )
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert sorted(summary(p) for p in pairs if p.kind == "date") == [
        ("date", "added", None, "2016-01-29"),
        ("date", "unchanged", "2014-09-24", "2014-09-24"),
        ("date", "unchanged", "2015-06-19", "2015-06-19"),
    ]


def test_a_shifted_period_is_two_changes_not_one_date_kept() -> None:
    # the new start equals the old end, but a start is not an end: both dates changed
    old = letter("De inzet loopt met ingang van 1 juli 2017 tot en met 1 januari 2018 in Irak.")
    new = letter("De inzet loopt met ingang van 1 januari 2018 tot en met 1 juli 2018 in Irak.")
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert sorted(summary(p) for p in pairs if p.kind == "date") == [
        ("date", "changed", "2017-07-01", "2018-01-01"),
        ("date", "changed", "2018-01-01", "2018-07-01"),
    ]


def test_a_span_of_years_moved_on_is_one_change() -> None:
    # a span is one period: moved on by a year it is one changed date, not two years kept and lost
    pairs = _paired_letters(
        "In de periode 2016-2018 draagt Nederland 40 miljoen euro bij.",
        "In de periode 2017-2019 draagt Nederland 40 miljoen euro bij.",
    )
    [date] = [p for p in pairs if p.kind == "date"]
    assert date.status == "changed" and date.old is not None and date.new is not None
    assert (date.old.text, date.old.end, date.new.text, date.new.end) == ("2016-2018", "2018", "2017-2019", "2019")
    # the end alone moved: still a change
    [later] = [p for p in _paired_letters("Voor 2017-2018 is dat zo.", "Voor 2017-2019 is dat zo.") if p.kind == "date"]
    assert later.status == "changed"


@pytest.mark.parametrize(
    ("old_text", "new_text", "status"),
    [
        ("Een voortgangsrapportage volgt begin 2017.", "Een voortgangsrapportage volgt eind 2017.", "changed"),
        ("Er zijn ongeveer 35 militairen in Jordanië.", "Er zijn maximaal 35 militairen in Jordanië.", "changed"),
        (
            "De evaluatie volgt in het eerste kwartaal van 2018.",
            "De evaluatie volgt in het tweede kwartaal van 2018.",
            "changed",
        ),
        ("De missie loopt eind dit jaar af.", "De missie loopt begin volgend jaar af.", "changed"),
        ("De missie loopt eind dit jaar af.", "De missie loopt begin dit jaar af.", "changed"),
        # "jl." only says where the day lies: the same day printed in full is the same fact
        ("Op 29 april jl. besloot de NAVO dit.", "Op 29 april 2016 besloot de NAVO dit.", "unchanged"),
        # words that say the same of a number state the same fact
        ("Er zijn ongeveer 35 militairen in Jordanië.", "Er zijn circa 35 militairen in Jordanië.", "unchanged"),
        ("Er zijn ruim 100 militairen in Irak.", "Er zijn meer dan 100 militairen in Irak.", "unchanged"),
        ("Er zijn maximaal 50 trainers in Erbil.", "Er zijn hooguit 50 trainers in Erbil.", "unchanged"),
        ("Er zijn ruim 100 militairen in Irak.", "Er zijn bijna 100 militairen in Irak.", "changed"),
    ],
)
def test_a_qualifier_that_changes_what_a_fact_says_is_a_change(old_text: str, new_text: str, status: str) -> None:
    old, new = letter(old_text), letter(new_text)
    pairs = [
        p for p in pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)]) if p.kind != "commitment"
    ]
    assert [p.status for p in pairs] == [status]


def test_facts_of_removed_and_added_sections(tmp_path: Path, sample_doc: Document, sample_text: str) -> None:
    text, _ = rev.cut_section(sample_text, "Bevelsstructuur", "(Na)zorg")
    text = rev.insert_before(
        text,
        "Financiën",
        "Libanon en Jordanië \n\nNederland stelt in 2017 12 miljoen euro beschikbaar voor onderwijs. \n",
    )
    new = load(tmp_path, text)
    pairs = _pair(sample_doc, new)
    assert sorted(summary(p) for p in news(pairs)) == sorted(
        [
            ("date", "removed", "2015-06-19", None),
            ("commitment", "added", None, "Nederland stelt in 2017 12 miljoen euro beschikbaar voor onderwijs."),
            ("date", "added", None, "2017"),
            ("money", "added", None, 12e6),
        ]
    )


def test_order_follows_the_section_pairs_and_positions(tmp_path: Path, sample_doc: Document, sample_text: str) -> None:
    pledge = (
        "Nederland heeft op 4 februari jl. tijdens de Syrië-conferentie in Londen \n"
        "een toezegging gedaan van 75 miljoen euro aan extra humanitaire hulp. \n"
    )
    new = load(tmp_path, rev.replace(sample_text, pledge, ""))
    pairs = _pair(sample_doc, new)
    order = {idx: k for k, idx in enumerate(n for _, n in path_pairs(sample_doc, new) if n is not None)}
    keys = [(order[p.new.section_index], p.new.offset) for p in pairs if p.new]
    assert keys == sorted(keys)
    removed = [k for k, p in enumerate(pairs) if p.status == "removed"]
    assert [summary(pairs[k])[:2] for k in removed] == [
        ("commitment", "removed"),
        ("date", "removed"),
        ("money", "removed"),
    ]
    # they stand where they stood: after the last kept fact before them, before the next one
    before, after = pairs[removed[0] - 1], pairs[removed[-1] + 1]
    assert before.new is not None and before.new.text == "21 juni jl."
    assert after.new is not None and after.new.text.startswith("Hiervan is 25 miljoen euro ingezet")


def test_sentence_moved_to_another_section_is_not_news(tmp_path: Path, sample_doc: Document, sample_text: str) -> None:
    text = rev.replace(sample_text, "Nederland \nsteunt de airdrops met 3,3 miljoen euro. ", "")
    text = rev.replace(
        text, "het BIV. \n\nNationale", "het BIV. Nederland steunt de airdrops met \n3,3 miljoen euro. \n\nNationale"
    )
    new = load(tmp_path, text)
    pairs = _pair(sample_doc, new)
    assert news(pairs) == []
    moved = [p for p in pairs if p.new and p.new.text.startswith("Nederland steunt de airdrops")]
    assert moved and moved[0].old is not None and moved[0].old.section == ("Humanitaire hulp", "Syrië")
    assert moved[0].new is not None and moved[0].new.section == ("Financiën",)


def test_unrelated_facts_do_not_pair() -> None:
    old = letter("Nederland stelt 155 militairen beschikbaar voor de training in Irak.")
    new = letter("De force protection in Jordanië telt voortaan 35 militairen uit Nederland.")
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert sorted(summary(p) for p in pairs if p.kind == "troops") == [
        ("troops", "added", None, 35),
        ("troops", "removed", 155, None),
    ]


def test_a_reworded_commitment_pairs_as_changed() -> None:
    old_text = (
        "Het kabinet is voornemens de inzet van trainers verder te laten aansluiten bij de behoefte van de coalitie."
    )
    new_text = "Het kabinet heeft besloten de inzet van trainers aan te laten sluiten bij de behoefte van de coalitie."
    old, new = letter(old_text), letter(new_text)
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert [summary(p) for p in pairs] == [("commitment", "changed", old_text, new_text)]


def test_distinct_commitments_in_one_section_do_not_pair() -> None:
    old = letter("De additionele uitgaven voor de totale militaire bijdrage worden gefinancierd uit het BIV.")
    new = letter(
        "De specifiek aan deze missie gerelateerde additionele uitgaven voor nazorg worden gefinancierd uit de "
        "bestaande voorziening voor nazorg in het BIV."
    )
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert sorted(p.status for p in pairs) == ["added", "removed"]


def test_demo_pair_with_the_section_alignment(sample_doc: Document) -> None:
    new = letter_from_demo()
    section_pairs = [(m.old, m.new) for m in align_sections(sample_doc, new)]
    pairs = pair_facts(sample_doc, new, extract_facts(sample_doc), extract_facts(new), section_pairs)
    found = sorted(summary(p) for p in news(pairs))
    tanker = (
        "Tot slot zal Nederland de nog beschikbare tankercapaciteit "
        "voor air-to-air refueling aanbieden aan de coalitie."
    )
    assert ("troops", "changed", 155, 180) in found
    assert ("date", "changed", "2017-07-01", "2018-01-01") in found
    assert ("commitment", "removed", tanker, None) in found
    assert ("money", "added", None, 12e6) in found
    assert ("date", "removed", "2015-06-19", None) in found  # Bevelsstructuur dropped
    assert ("date", "added", None, "2017-07-01") in found  # "voor 1 juli 2017" in the new section
    # the renamed and the moved section change no fact
    renamed = [p for p in pairs if p.new and p.new.section[-1] == "Force protection Belgische F-16’s"]
    moved = [p for p in pairs if p.new and p.new.section[-1] == "Regionale ontwikkelingen"]
    assert renamed and moved and all(p.status == "unchanged" for p in renamed + moved)


def letter_from_demo() -> Document:
    from viewer.core.load import load_document

    return load_document(rev.SAMPLES / rev.DEMO_NAME)


def test_added_commitment_with_facts_inside(tmp_path: Path) -> None:
    found = facts("Het kabinet zal uw Kamer voor 1 juli 2017 informeren over de besteding.")
    assert [(f.kind, f.value) for f in found] == [
        ("commitment", "Het kabinet zal uw Kamer voor 1 juli 2017 informeren over de besteding."),
        ("date", "2017-07-01"),
    ]
    assert found[1].unit == "deadline"


def test_a_commitment_put_in_the_present_tense_is_changed_not_dropped(
    tmp_path: Path, sample_doc: Document, sample_text: str
) -> None:
    # a later letter states as done what nr. 597 promised: "zal ... worden voortgezet" becomes
    # "wordt ... voortgezet", "zal Nederland ... aanbieden" becomes "biedt Nederland ... aan"
    text = rev.replace(
        sample_text,
        "Ook zal de door Nederland verzorgde force \n"
        "protection voor het Belgische F-16 detachement worden voortgezet met \n"
        "ongeveer 35 militairen. Tot slot zal Nederland de nog beschikbare \n"
        "tankercapaciteit voor air-to-air refueling aanbieden aan de coalitie.",
        "Ook wordt de door Nederland verzorgde force \n"
        "protection voor het Belgische F-16 detachement voortgezet met \n"
        "ongeveer 40 militairen. Tot slot biedt Nederland de nog beschikbare \n"
        "tankercapaciteit voor air-to-air refueling aan de coalitie aan.",
    )
    changed = [(p.kind, p.status, _section(p)) for p in news(_pair(sample_doc, load(tmp_path, text)))]
    assert changed == [
        ("commitment", "changed", ("Essentie",)),
        ("troops", "changed", ("Essentie",)),
        ("commitment", "changed", ("Essentie",)),
    ]


def test_eind_and_het_einde_van_are_the_same_date() -> None:
    pairs = _paired_letters("De missie loopt tot eind 2017.", "De missie loopt tot het einde van 2017.")
    assert [summary(p) for p in pairs] == [("date", "unchanged", "2017", "2017")]


def test_a_part_counted_without_its_noun_changes_on_its_own() -> None:
    pairs = _paired_letters(
        "Nederland levert circa 150 militairen, waarvan 50 in Jordanië.",
        "Nederland levert circa 150 militairen, waarvan 60 in Jordanië.",
    )
    assert [summary(p) for p in pairs if p.kind == "troops"] == [
        ("troops", "unchanged", 150, 150),
        ("troops", "changed", 50, 60),
    ]


def test_a_part_of_them_changes_on_its_own() -> None:
    pairs = _paired_letters(
        "Nederland levert circa 150 militairen. Vijftig van hen worden in Jordanië geplaatst.",
        "Nederland levert circa 150 militairen. Zestig van hen worden in Jordanië geplaatst.",
    )
    assert [
        (p.status, p.old.value if p.old else None, p.new.value if p.new else None, p.new.unit if p.new else None)
        for p in pairs
        if p.kind == "troops"
    ] == [("unchanged", 150, 150, "militairen"), ("changed", 50, 60, "militairen")]


def test_a_split_sentence_keeps_its_commitment_and_its_date() -> None:
    # the commitment was split in two, not dropped; its date stands in the other half, unchanged
    old = letter(
        "Nederland stelt vanaf oktober 2016 155 militairen beschikbaar ten behoeve van training tot en met "
        "31 december 2017."
    )
    new = letter(
        "Ten behoeve van de training stelt Nederland 155 militairen beschikbaar. Deze inzet loopt vanaf "
        "oktober 2016 tot en met 31 december 2017."
    )
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert sorted(p.status for p in pairs if p.kind == "commitment") == ["changed"]
    assert all(p.status == "unchanged" for p in pairs if p.kind != "commitment")


def test_a_short_commitment_inside_a_long_one_pairs_only_with_a_fact_in_common() -> None:
    # all words of the old sentence stand in the new one, but no fact ties them: not taken as a split
    old = letter("Nederland zal de trainingsmissie voortzetten.")
    new = letter(
        "Na overleg met de partners in de coalitie en de Iraakse regering heeft het kabinet besloten "
        "dat Nederland de trainingsmissie zal voortzetten en uitbreiden."
    )
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert sorted(p.status for p in pairs if p.kind == "commitment") == ["added", "removed"]


@pytest.mark.parametrize(
    ("old_text", "new_text"),
    [
        # the same years in other words: no year pairs with another
        (
            "Voor 2016 betreffen de uitgaven 5,5 miljoen euro en voor 2017 21 miljoen euro.",
            "Hiervan valt 5,5 miljoen euro in 2016 en 21 miljoen euro in 2017.",
        ),
    ],
)
def test_budget_years_said_again_in_other_words_are_unchanged(old_text: str, new_text: str) -> None:
    pairs = _paired_letters(old_text, new_text)
    assert [summary(p) for p in pairs if p.status != "unchanged" and p.kind != "commitment"] == []


def test_budget_years_rolled_forward_as_year_labels_pair_by_their_year() -> None:
    old = letter("De uitgaven (2016: € 5,5 miljoen; 2017: € 21 miljoen) worden gedekt uit het BIV.")
    new = letter("De uitgaven (2017: € 21 miljoen; 2018: € 18 miljoen) worden gedekt uit het BIV.")
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert sorted(summary(p) for p in pairs if p.kind == "money") == [
        ("money", "added", None, 18e6),
        ("money", "removed", 5.5e6, None),
        ("money", "unchanged", 21e6, 21e6),
    ]


@pytest.mark.parametrize(
    ("old_text", "new_text", "status"),
    [
        # a commitment that writes its unchanged facts in other words says the same
        (
            "Ongeveer 35 militairen zullen in Jordanië blijven.",
            "Circa 35 militairen zullen in Jordanië blijven.",
            "unchanged",
        ),
        ("Nederland zal 35 militairen leveren.", "Nederland zal vijfendertig militairen leveren.", "unchanged"),
        # ... but not one whose fact changed, or whose other words did
        ("Nederland zal 35 militairen leveren.", "Nederland zal 40 militairen leveren.", "changed"),
        ("Nederland zal 35 militairen leveren.", "Nederland zal 35 militairen leveren aan de NAVO.", "changed"),
    ],
)
def test_a_commitment_in_other_words_for_the_same_facts(old_text: str, new_text: str, status: str) -> None:
    pairs = _paired_letters(old_text, new_text)
    assert [p.status for p in pairs if p.kind == "commitment"] == [status]


@pytest.mark.parametrize(
    ("old_text", "new_text", "status"),
    [
        ("Nederland stelt 3 helikopters beschikbaar.", "Nederland stelt drie helikopters beschikbaar.", "unchanged"),
        ("Nederland zal 2 keer per jaar rapporteren.", "Nederland zal twee keer per jaar rapporteren.", "unchanged"),
        ("Nederland stelt 1.000 tenten beschikbaar.", "Nederland stelt duizend tenten beschikbaar.", "unchanged"),
        ("Nederland stelt 3 helikopters beschikbaar.", "Nederland stelt vier helikopters beschikbaar.", "changed"),
    ],
)
def test_a_number_written_out_leaves_a_commitment_as_it_was(old_text: str, new_text: str, status: str) -> None:
    old, new = letter(old_text), letter(new_text)
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert [p.status for p in pairs if p.kind == "commitment"] == [status]


def test_a_dutch_letters_count_is_of_dutch_people_named_or_not() -> None:
    old = letter("Nederland levert 155 militairen aan de coalitie.")
    new = letter("Nederland levert 155 Nederlandse militairen aan de coalitie.")
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert [p.status for p in pairs if p.kind == "troops"] == ["unchanged"]


@pytest.mark.parametrize(
    ("old_text", "new_text"),
    [
        (
            "De kosten bedragen in totaal 26,5 miljoen euro.",
            "De kosten bedragen 6,5 miljoen euro in 2018 en 20 miljoen euro in 2019.",
        ),
        (
            "De kosten bedragen 6,5 miljoen euro in 2018 en 20 miljoen euro in 2019.",
            "De kosten bedragen in totaal 26,5 miljoen euro.",
        ),
    ],
)
def test_a_total_split_into_parts_is_no_cut(old_text: str, new_text: str) -> None:
    old, new = letter(old_text), letter(new_text)
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    money = [(p.status, (p.old or p.new).value) for p in pairs if p.kind == "money"]  # type: ignore[union-attr]
    assert "changed" not in [status for status, _ in money]
    assert ("removed", 26_500_000 if "totaal" in old_text else 6_500_000) in money


def test_an_amount_cut_beside_another_is_still_a_change() -> None:
    old = letter("De kosten bedragen 26,5 miljoen euro in 2018 en 20 miljoen euro in 2019.")
    new = letter("De kosten bedragen 6,5 miljoen euro in 2018 en 20 miljoen euro in 2019.")
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    assert [p.status for p in pairs if p.kind == "money"] == ["changed", "unchanged"]


def test_a_second_group_added_beside_a_count_is_new() -> None:
    old = letter("Nederland levert 250 militairen aan de missie.")
    new = letter("Nederland levert 250 Nederlandse militairen en 20 Belgische militairen aan de missie.")
    pairs = pair_facts(old, new, extract_facts(old), extract_facts(new), [(0, 0)])
    troops = [(p.status, _fact(p).value, _fact(p).modifier) for p in pairs if p.kind == "troops"]
    assert sorted(troops) == [("added", 20, "Belgische"), ("unchanged", 250, "Nederlandse")]
