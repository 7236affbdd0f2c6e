"""The thresholds of section pairing, checked on the real letter; LIS and sentence alignment."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from viewer.core.align import ACCEPT, _heading_similarity, _pair_score, align_sentences
from viewer.core.document import Span
from viewer.core.lis import longest_increasing_subsequence
from viewer.core.sentences import Sentence


def test_no_two_different_sections_of_the_letter_would_pair(sample_doc) -> None:
    sections = sample_doc.sections
    worst = max(_pair_score(a, b) for a in sections for b in sections if a.index < b.index)
    assert worst < ACCEPT - 0.1  # a margin, so that a rewrite does not tip a pair over


def test_series_rename_pairs(sample_doc) -> None:
    f16 = next(s for s in sample_doc.sections if s.heading.startswith("Inzet van F-16"))
    older = replace(f16, heading="Inzet F-16’s en force protection")
    assert _heading_similarity(older.heading, f16.heading) > 0.85
    assert _pair_score(older, f16) > ACCEPT + 0.1


def test_heading_folding() -> None:
    assert _heading_similarity("Risico’s", "risico's.") == 1.0
    assert _heading_similarity("Irak", "Syrië") < 0.5


def test_lis_examples() -> None:
    assert longest_increasing_subsequence([]) == set()
    assert longest_increasing_subsequence([0, 1, 2]) == {0, 1, 2}
    # one section moved to the front: it is the one that moved, not the other three
    assert longest_increasing_subsequence([3, 0, 1, 2]) == {1, 2, 3}


@given(st.lists(st.integers(min_value=0, max_value=50), unique=True, max_size=30))
def test_lis_is_increasing_and_longest(values: list[int]) -> None:
    keep = sorted(longest_increasing_subsequence(values))
    chosen = [values[k] for k in keep]
    assert chosen == sorted(chosen)
    # brute-force length by dynamic programming
    best = [1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] < values[i]:
                best[i] = max(best[i], best[j] + 1)
    assert len(keep) == (max(best) if best else 0)


def _sentences(texts: list[str]) -> list[Sentence]:
    out, pos = [], 0
    for text in texts:
        out.append(Sentence(text, Span(pos, pos + len(text)), 0))
        pos += len(text) + 1
    return out


def test_sentence_alignment_pairs_edited_and_reordered_sentences() -> None:
    old = _sentences(["Een.", "Nederland stelt 155 militairen beschikbaar.", "Drie.", "Weg ermee."])
    new = _sentences(["Drie.", "Een.", "Nederland stelt 180 militairen beschikbaar.", "Nieuw hier."])
    pairs = [(a.text if a else None, b.text if b else None) for a, b in align_sentences(old, new)]
    assert ("Nederland stelt 155 militairen beschikbaar.", "Nederland stelt 180 militairen beschikbaar.") in pairs
    assert ("Weg ermee.", None) in pairs and (None, "Nieuw hier.") in pairs
    assert [b for _a, b in pairs if b] == [s.text for s in new]  # new reading order


def _aligned(tmp_path, old_text: str, new_text: str):  # type: ignore[no-untyped-def]
    """Two letters of the given sections (headings and paragraphs, blank lines between), loaded and
    aligned."""
    from viewer.core.align import align_sections
    from viewer.core.load import load_document

    head = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 28 augustus 2015\n\n"
    old_path, new_path = tmp_path / "oud.txt", tmp_path / "nieuw.txt"
    old_path.write_text(head + old_text, encoding="utf-8")
    new_path.write_text(head + new_text, encoding="utf-8")
    old, new = load_document(old_path), load_document(new_path)
    return old, new, align_sections(old, new)


def test_a_section_renamed_and_moved_with_its_text_pairs(tmp_path) -> None:
    command = (
        "De operatie staat onder bevel van een Nederlandse commandant aan boord van het fregat. De staf telt "
        "twintig officieren uit vijf landen en wisselt elk half jaar van samenstelling.\n\n"
    )
    risks = "De dreiging van piraterij in de Golf van Aden is afgenomen maar niet verdwenen.\n\n"
    intro = "Inleiding\n\nHierbij informeren wij u over de bijdrage aan Atalanta.\n\n"
    old, new, matches = _aligned(
        tmp_path,
        intro + "Commandovoering\n\n" + command + "Risico's\n\n" + risks,
        intro + "Risico's\n\n" + risks + "Bevelvoering\n\n" + command,
    )
    pairs = {
        (old.sections[m.old].heading, new.sections[m.new].heading)
        for m in matches
        if m.old is not None and m.new is not None
    }
    assert ("Commandovoering", "Bevelvoering") in pairs
    assert not [m for m in matches if m.old is None or m.new is None]
    renamed = [(old.sections[m.old].heading, new.sections[m.new].heading) for m in matches if m.renamed]
    assert renamed == [("Commandovoering", "Bevelvoering")]
    assert any(m.moved for m in matches)


def test_one_sentence_of_boilerplate_pairs_no_other_section(tmp_path) -> None:
    nothing = "Er zijn sinds de vorige voortgangsrapportage geen nieuwe ontwikkelingen te melden.\n\n"
    intro = "Inleiding\n\nHierbij informeren wij u over de bijdrage aan de strijd tegen ISIS.\n\n"
    risks = "De dreiging van ISIS voor de trainers in Erbil is afgenomen maar niet verdwenen.\n\n"
    old, new, matches = _aligned(
        tmp_path,
        intro + "Libanon\n\n" + nothing + "Risico's\n\n" + risks,
        intro + "Risico's\n\n" + risks + "Jordanië\n\n" + nothing,
    )
    assert not [m for m in matches if m.renamed]
    assert [old.sections[m.old].heading for m in matches if m.new is None] == ["Libanon"]
    assert [new.sections[m.new].heading for m in matches if m.old is None] == ["Jordanië"]
