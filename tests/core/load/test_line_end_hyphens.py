"""A hyphen at a line's end in text copied from a PDF: a word broken there is joined again, a hyphen
that belongs to the words stays ("air-to-air", "Building-programma", "F-16")."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.load import load_document

# every line of nr. 597 that ends in a hyphen: the part before, the part after, and the word as the
# loader read it before the rules for hyphens of the words came in (checked by eye: a word broken
# there is joined, a compound's hyphen kept)
SAMPLE_BREAKS = [
    ("(zieken-", "huizen,", "(ziekenhuizen,"),
    ("AWACS-", "radarvliegtuigen", "AWACS-radarvliegtuigen"),
    ("Communica-", "tions", "Communications"),
    ("Coordi-", "nation", "Coordination"),
    ("Counterter-", "rorism", "Counterterrorism"),
    ("Neder-", "landse", "Nederlandse"),
    ("Reconnais-", "sance", "Reconnaissance"),
    ("Wereldvoedsel-", "programma", "Wereldvoedselprogramma"),
    ("autori-", "teiten", "autoriteiten"),
    ("bataljons-", "staven,", "bataljonsstaven,"),
    ("belem-", "meren.", "belemmeren."),
    ("bijvoor-", "beeld", "bijvoorbeeld"),
    ("bovenge-", "noemde", "bovengenoemde"),
    ("coalitie-", "partners", "coalitiepartners"),
    ("coalitiebijeen-", "komsten", "coalitiebijeenkomsten"),
    ("coalitiewerk-", "groepen", "coalitiewerkgroepen"),
    ("dreigings-", "niveau", "dreigingsniveau"),
    ("fighters-", "werkgroep.", "fighters-werkgroep."),
    ("gemeen-", "schap", "gemeenschap"),
    ("geïntensi-", "veerd,", "geïntensiveerd,"),
    ("humani-", "taire", "humanitaire"),
    ("ingeze-", "tenen", "ingezetenen"),
    ("leider-", "schapsrol", "leiderschapsrol"),
    ("luchtcam-", "pagne", "luchtcampagne"),
    ("mensenrechten-", "schendingen", "mensenrechtenschendingen"),
    ("onder-", "vonden.", "ondervonden."),
    ("ongehin-", "derde", "ongehinderde"),
    ("onvol-", "doende", "onvoldoende"),
    ("oppostie-", "gebied", "oppostiegebied"),
    ("organi-", "saties", "organisaties"),
    ("overreali-", "satie", "overrealisatie"),
    ("samen-", "brengen", "samenbrengen"),
    ("stabilisa-", "tiewerkzaamheden", "stabilisatiewerkzaamheden"),
    ("stafoffi-", "cieren", "stafofficieren"),
    ("stafper-", "soneel", "stafpersoneel"),
    ("strate-", "gische", "strategische"),
    ("strategiebe-", "paling", "strategiebepaling"),
    ("strijd-", "groepen", "strijdgroepen"),
    ("succes-", "volle", "succesvolle"),
    ("tegenof-", "fensief", "tegenoffensief"),
    ("terroris-", "tische", "terroristische"),
    ("toekom-", "stige", "toekomstige"),
    ("trainingscurri-", "culum", "trainingscurriculum"),
    ("trainingsin-", "spanningen", "trainingsinspanningen"),
    ("trainingsin-", "spanningen.", "trainingsinspanningen."),
    ("vertegen-", "woordigers", "vertegenwoordigers"),
    ("voortgangsrap-", "portage", "voortgangsrapportage"),
    ("voortzet-", "tingsvermogen", "voortzettingsvermogen"),
    ("wisse-", "lingen", "wisselingen"),
    ("zelfmoordaan-", "slagen.", "zelfmoordaanslagen."),
]


def test_the_sample_s_own_line_end_hyphens_come_out_as_the_letter_has_them(sample_text: str, sample_doc) -> None:  # type: ignore[no-untyped-def]
    lines = [line.rstrip() for line in sample_text.split("\n")]
    ending = [line.split()[-1] for line in lines if line.endswith("-") and line[-2:-1].isalpha()]
    assert sorted(set(ending)) == sorted({left for left, _, _ in SAMPLE_BREAKS})
    for left, right, word in SAMPLE_BREAKS:
        other = left + right if word == left[:-1] + right else left[:-1] + right
        assert word in sample_doc.text
        assert other not in sample_doc.text


def test_a_hyphen_of_the_words_stays_at_a_line_s_end(tmp_path: Path, sample_text: str, sample_doc) -> None:  # type: ignore[no-untyped-def]
    moved = sample_text.replace("voor air-to-air refueling", "voor air-\nto-air refueling")
    assert moved.count("\n") == sample_text.count("\n") + 1
    path = tmp_path / "afbrekingen.txt"
    path.write_text(moved, encoding="utf-8")
    doc = load_document(path)
    assert "tankercapaciteit voor air-to-air refueling" in doc.text
    comparison = compare_documents(sample_doc, doc)
    assert [p.status for p in comparison.sections] == ["same"] * len(sample_doc.sections)
    assert all(pair.status == "unchanged" for pair in comparison.facts)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("de Peshmerga-", "strijders rukten op", "de Peshmerga-strijders rukten op"),
        ("de ISIS-", "strijders rukten op", "de ISIS-strijders rukten op"),
        ("vier F-", "16’s vlogen", "vier F-16’s vlogen"),
        ("een MQ-", "9 vloog", "een MQ-9 vloog"),
        ("een mid-", "air-refueling", "een mid-air-refueling"),
        # no other "Building-" in the letter: taken for a word broken over lines (a known limit)
        ("de Defense Capacity Building-", "strijders", "de Defense Capacity Buildingstrijders"),
        # a hyphen its vowels explain is no name's ("Defensie-inzet"): "Defensie-" + "personeel" joins
        ("de Defensie-", "personeel rukte", "de Defensiepersoneel rukte"),
        ("de EU Trainings-", "missie rukte", "de EU Trainingsmissie rukte"),
        ("naar Noord-", "oost-Syrië rukte", "naar Noordoost-Syrië rukte"),
        ("een tegenof-", "fensief volgde", "een tegenoffensief volgde"),
        ("het Wereldvoedsel-", "strijders", "het Wereldvoedselstrijders"),
        ("Wereldvoedsel-", "strijders", "Wereldvoedselstrijders"),
        # Dutch words with a capital, broken by the typesetter: joined again
        ("zo. Daar-", "naast rukten", "zo. Daarnaast rukten"),
        ("de Kamer-", "brief rukten", "de Kamerbrief rukten"),
        ("de Nederlandse Defensie-", "organisatie rukte", "de Nederlandse Defensieorganisatie rukte"),
        ("het Global Counter-", "strijders", "het Global Counterstrijders"),
        # a number, a quote before the hyphen: kept, and no space after it
        ("geen 48-", "uurpauze rukte", "geen 48-uurpauze rukte"),
        ("de «track II»-", "sporen rukten", "de «track II»-sporen rukten"),
        ("de jaren 2015-", "2016 rukten", "de jaren 2015-2016 rukten"),
        # a word that has a hyphen already: a syllable broken off joins again
        ("de ISIS-strij-", "ders rukten", "de ISIS-strijders rukten"),
        ("de anti-ISIS-coa-", "litie rukte", "de anti-ISIS-coalitie rukte"),
        ("de oud-com-", "mandant rukte", "de oud-commandant rukte"),
        # ... but a part the word repeats is a word, not a syllable, however seldom the letter writes it
        ("voor air-to-air-", "refueling rukten", "voor air-to-air-refueling rukten"),
        # a country's name before a word keeps its hyphen, as the government writes it ("Syrië-conferentie");
        # a name made an adjective is one word
        ("de Syrië-", "conferentie rukte", "de Syrië-conferentie rukte"),
        ("de Irak-", "missie rukte", "de Irak-missie rukte"),
        ("de Nederland-", "se eenheden rukten", "de Nederlandse eenheden rukten"),
        ("de Mali-", "nese eenheden rukten", "de Malinese eenheden rukten"),
        ("de Japan-", "ners rukten", "de Japanners rukten"),
        # English words joined into Dutch ones; but an English pair joined by "&" keeps the hyphen
        ("de surveillance-", "vliegtuigen rukten", "de surveillancevliegtuigen rukten"),
        ("de liaison-", "officieren rukten", "de liaisonofficieren rukten"),
        ("advise & assist-", "teams rukten", "advise & assist-teams rukten"),
        # a dash standing apart is no hyphen of a word
        ("de inzet -", "zo bleek rukte", "de inzet - zo bleek rukte"),
    ],
)
def test_a_line_end_hyphen_in_a_letter(tmp_path: Path, before: str, after: str, expected: str) -> None:
    # the letter writes "Peshmerga-" with a hyphen elsewhere (not for its vowels, as "Defensie-inzet")
    path = tmp_path / "brief.txt"
    path.write_text(
        "Inleiding\n\nDe Peshmerga-commandanten hielden stand met de Defensie-inzet en de strijders\n"
        f"hielpen hen daarbij. Toen {before}\n{after} in de ochtend naar het noorden.\n",
        encoding="utf-8",
    )
    assert f"Toen {expected} in de ochtend" in load_document(path).text


# the tester's paragraph, its lines broken at the hyphens of its compounds, and the same paragraph whole
BROKEN = [
    "De regering zegt geen 48-",
    "uurpauze toe en ook binnen diverse «track II»-",
    "sporen zet Nederland zich in. Op de Syrië-",
    "conferentie in Londen deed Nederland een toezegging. Advise & assist-",
    "teams worden ingezet voor air-to-air-",
    "refueling. Een 48-uurpauze is iets anders dan track II-processen.",
    # the letter itself is the dictionary: it writes these words so elsewhere
    "Na de Syrië-conferentie volgen assist-teams en air-to-air refueling.",
]
WHOLE = " ".join(BROKEN).replace("- ", "-")


def test_compounds_broken_at_their_hyphen_read_as_written_whole(tmp_path: Path) -> None:
    broken, whole = tmp_path / "a.txt", tmp_path / "b.txt"
    broken.write_text("\n".join(["Den Haag, 9 september 2016", "", "Essentie", "", *BROKEN, ""]), encoding="utf-8")
    whole.write_text("\n".join(["Den Haag, 9 september 2016", "", "Essentie", "", WHOLE, ""]), encoding="utf-8")
    doc = load_document(broken)
    assert [p.text for s in doc.sections for p in s.paragraphs][-1] == WHOLE
    comparison = compare_documents(load_document(whole), doc)
    assert {pair.status for pair in comparison.sections} == {"same"}
    assert {pair.status for pair in comparison.facts} <= {"unchanged"}
