"""Joining a block's lines into one paragraph: the same text as joining them one by one, without the
quadratic work of growing one string (a block of thousands of lines took seconds, a 50 MB one hours)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from viewer.core.load.hyphens import LONGEST_WORD, ends_in_hyphen, join_hyphen, last_word
from viewer.core.load.pdftext import _join_lines, _Line

WORDS = {"tegenoffensief", "coalitie-eenheden", "trainingsinspanningen", "programma"}


def _joined_one_by_one(lines: list[str], words: set[str]) -> str:
    """The rule, applied line by line to one growing string (how it was written first)."""
    out = ""
    for text in (line.strip() for line in lines):
        if not out:
            out = text
            continue
        if ends_in_hyphen(out):
            left, right = out.split()[-1], text.split()[0]
            if right in ("en", "of", "tot") or left.startswith("-"):
                out = f"{out} {text}"
            elif join_hyphen(left, right, words):
                out = out[:-1] + text
            else:
                out = out + text
        else:
            out = f"{out} {text}"
    return out


_TOKEN = st.sampled_from(
    [
        "tegenof-",
        "fensief",
        "coalitie-",
        "eenheden",
        "en",
        "-",
        "a-",
        "B",
        "x",
        "trainings-",
        "Building-",
        "programma",
        "C.",
    ]
)
_LINE = st.lists(_TOKEN, min_size=1, max_size=4).map(" ".join)


@given(st.lists(_LINE, min_size=1, max_size=12))
def test_the_same_text_as_joining_line_by_line(lines: list[str]) -> None:
    assert _join_lines([_Line(text) for text in lines], WORDS) == _joined_one_by_one(lines, WORDS)


def test_a_real_word_broken_over_lines_is_joined() -> None:
    block = [_Line("de Peshmerga, een tegenof-"), _Line("fensief ingezet; coalitie-"), _Line("eenheden")]
    assert _join_lines(block, WORDS) == "de Peshmerga, een tegenoffensief ingezet; coalitie-eenheden"


def test_a_word_glued_over_thousands_of_lines_is_read_back_only_so_far() -> None:
    # every line a fragment ending in a hyphen: the word before the next line is looked up, not
    # rebuilt from all the lines before it
    pieces, seps = ["ab-"] * 10_000, ["", *[""] * 9_999]
    assert len(last_word(pieces, seps)) <= LONGEST_WORD + 3
    assert last_word(["de inzet", "loopt"], ["", " "]) == "loopt"
    assert last_word(["de tegenof", "fensief"], ["", ""]) == "tegenoffensief"
