"""The changed words of two long facts, with a little context."""

from __future__ import annotations

from viewer.core.facts.snippet import change_snippets

OLD = (
    "Nederland stelt vanaf oktober 2016 155 militairen beschikbaar ten behoeve van training "
    "tot en met 31 december 2017."
)


def test_one_changed_word_with_two_words_either_side() -> None:
    new = OLD.replace("155", "180")
    assert change_snippets(OLD, new) == (
        "…oktober 2016 155 militairen beschikbaar…",
        "…oktober 2016 180 militairen beschikbaar…",
    )


def test_changes_apart_are_shown_from_the_first_to_the_last() -> None:
    new = OLD.replace("155", "180").replace("2017.", "2018.")
    old_part, new_part = change_snippets(OLD, new)
    assert old_part.startswith("…oktober 2016 155") and old_part.endswith("december 2017.")
    assert new_part.startswith("…oktober 2016 180") and new_part.endswith("december 2018.")


def test_a_change_at_the_start_has_no_leading_ellipsis() -> None:
    old_part, new_part = change_snippets(OLD, "Het kabinet " + OLD[len("Nederland ") :])
    assert old_part == "Nederland stelt vanaf…" and new_part == "Het kabinet stelt vanaf…"


def test_words_added_at_the_end_and_equal_texts() -> None:
    old_part, new_part = change_snippets(
        "Wij zullen de Kamer informeren.", "Wij zullen de Kamer voor 1 juli informeren."
    )
    assert old_part == "…de Kamer informeren." and new_part == "…de Kamer voor 1 juli informeren."
    assert change_snippets("Zelfde zin.", "Zelfde  zin.") == ("Zelfde zin.", "Zelfde  zin.")


def test_a_long_run_of_changes_is_cut_short() -> None:
    old = " ".join(f"a{i}" for i in range(60))
    new = " ".join(f"b{i}" for i in range(60))
    old_part, _ = change_snippets(old, new)
    assert old_part.startswith("a0 a1") and old_part.endswith("…")
    assert len(old_part.split()) <= 18
