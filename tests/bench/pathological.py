"""Growth on letters no clerk writes but a clerk can be sent: `python tests/bench/pathological.py`.

"Never a hang" is a promise about every input up to the size limit, and a hang is nearly always an
algorithm that is quadratic (or worse) in something a normal letter keeps small: the length of a
sentence, the facts in one sentence or section, the sentences or sections that differ. Each case
below is a pair of letters built around one such thing (the new letter with one edit in the
middle, or unrelated to the old one), compared at a base size and at 4× that size, in one process.
The figure to read is the last column: time at 4× over time at 1×. About 4 is linear, about 16
quadratic; the cases are sized so that a quadratic one still finishes.

Baseline, measured in the same run: the bundled sample pair, whose figures are `python -m viewer.bench`'s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from viewer.core import dutch  # noqa: E402
from viewer.core.compare import compare_documents  # noqa: E402
from viewer.core.load import load_document  # noqa: E402

WORDS = [
    "de",
    "het",
    "een",
    "brief",
    "kabinet",
    "inzet",
    "missie",
    "trainers",
    "Irak",
    "Syrië",
    "coalitie",
    "steun",
    "bijdrage",
]
MONTHS = list(dutch.MONTHS)  # the twelve names, January first


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _edited(text: str) -> str:
    middle = text.find(" ", len(text) // 2)
    return f"{text[:middle]} ingevoegd{text[middle:]}"


# Each case: (name, size at 1× in the case's own unit, maker of (old, new) for a size)
Case = tuple[str, int, Callable[[int], tuple[str, str]]]


def _dates_in_one_sentence(n: int) -> tuple[str, str]:
    # a table of dates copied from a PDF: no full stop from one end to the other
    old = "Overzicht\n\n" + " ".join(f"{1 + k % 28} {MONTHS[k % 12]} {2014 + k % 5} tot en met" for k in range(n))
    return old, _edited(old)


def _counts_in_one_sentence(n: int) -> tuple[str, str]:
    old = "Overzicht\n\n" + ", ".join(f"{10 + k} militairen" for k in range(n)) + "."
    return old, _edited(old)


def _commitment_words_in_one_clause(n: int) -> tuple[str, str]:
    # each rule's words, over and over, in one clause no rule holds for (the coalition acts)
    unit = "de coalitie zal en draagt bij met 5 miljoen euro en steunt en wordt verlengd en biedt aan om"
    old = "Overzicht\n\n" + " ".join(unit for _ in range(n)) + "."
    return old, _edited(old)


def _subordinate_clauses(n: int) -> tuple[str, str]:
    # a forecast in a "dat"-clause over and over, no comma between: each match a clause of its own
    old = "Overzicht\n\n" + " ".join("het kabinet verwacht dat ISIS zal verliezen en" for _ in range(n)) + " meer."
    return old, _edited(old)


def _counts_and_amounts_listed(n: int) -> tuple[str, str]:
    # counts listed before a pair, amounts without their currency, periods: the forms read since session 10
    counts = ", ".join(f"{k % 9 + 1} Nederlandse" for k in range(n)) + " en twee Belgische trainers"
    amounts = "10 miljoen euro" + "".join(f", en {k} miljoen aan fonds {k}" for k in range(n))
    periods = " ".join(f"tussen 1 juli en 31 december {2000 + k % 50}" for k in range(n))
    old = f"Overzicht\n\nEr zijn {counts}. Nederland draagt {amounts} bij. Het liep {periods}."
    return old, _edited(old)


def _lines_like_footnotes(n: int) -> tuple[str, str]:
    # a word carrying a number, then a line starting with it, over and over on one page: every
    # line may be a footnote or the number citing one (notes.py)
    lines = []
    for k in range(n):
        number = k % 99 + 1
        lines += [f"De inzet in Irak{number} loopt door tot eind 2017 met steun", f"{number} Zie de brief."]
    text = "Essentie\n\n" + "\n".join(lines) + "\n"
    return text, _edited(text)


def _list_items_running_on(n: int) -> tuple[str, str]:
    # numbered items that never close their sentence: each runs on into the next (pdftext.py)
    rng = random.Random(n)
    text = "Essentie\n\n" + "\n\n".join(f"{k % 99 + 1}. {_words(rng, 8)}" for k in range(n)) + "\n"
    return text, _edited(text)


def _words_in_one_sentence(n: int) -> tuple[str, str]:
    old = "Overzicht\n\n" + _words(random.Random(n), n)
    return old, _edited(old)


def _revised(n: int, separator: str) -> tuple[str, str]:
    # the same words, three in ten replaced: similar enough to pair, different enough to search long
    rng = random.Random(n)
    words = [rng.choice(WORDS) for _ in range(n)]
    revised = [w if rng.random() > 0.3 else f"{rng.choice(WORDS)}x" for w in words]
    return f"Overzicht\n\n{separator.join(words)}.", f"Overzicht\n\n{separator.join(revised)}."


def _sentence_revised(n: int) -> tuple[str, str]:
    return _revised(n, " ")


def _sentences_revised(n: int) -> tuple[str, str]:
    return _revised(n, ". ")


def _sentences_unrelated(n: int) -> tuple[str, str]:
    rng = random.Random(n)
    old = " ".join(f"{_words(rng, 12)}." for _ in range(n))
    new = " ".join(f"{_words(rng, 12)}." for _ in range(n))
    return f"Overzicht\n\n{old}", f"Overzicht\n\n{new}"


def _facts_reworded(n: int) -> tuple[str, str]:
    rng = random.Random(n)

    def letter() -> str:
        return " ".join(
            f"{_words(rng, 6)} {1 + k % 28} {MONTHS[k % 12]} {2014 + k % 5} {_words(rng, 3)} {10 + k} militairen."
            for k in range(n)
        )

    return f"Overzicht\n\n{letter()}", f"Overzicht\n\n{letter()}"


def _sections_unrelated(n: int) -> tuple[str, str]:
    rng = random.Random(n)

    def letter() -> str:
        return "\n\n".join(f"{rng.choice(WORDS).capitalize()} {k}\n\n{_words(rng, 20)}." for k in range(n))

    return letter(), letter()


CASES: list[Case] = [
    ("dates in one sentence", 1000, _dates_in_one_sentence),
    ("counts in one sentence", 2000, _counts_in_one_sentence),
    ("words in one sentence", 20000, _words_in_one_sentence),
    ("lines like footnotes", 2000, _lines_like_footnotes),
    ("list items running on", 2000, _list_items_running_on),
    ("commitment words in a clause", 1000, _commitment_words_in_one_clause),
    ("subordinate clauses", 1000, _subordinate_clauses),
    ("counts, amounts, periods", 1000, _counts_and_amounts_listed),
    ("one sentence revised", 5000, _sentence_revised),
    ("sentences revised", 5000, _sentences_revised),
    ("sentences unrelated", 1000, _sentences_unrelated),
    ("facts reworded", 600, _facts_reworded),
    ("sections unrelated", 600, _sections_unrelated),
]


def _time(old_text: str, new_text: str, folder: Path) -> float:
    old_path, new_path = folder / "old.txt", folder / "new.txt"
    old_path.write_text(old_text, "utf-8")
    new_path.write_text(new_text, "utf-8")
    start = time.perf_counter()
    compare_documents(load_document(old_path), load_document(new_path))
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factor", type=int, default=4, help="the larger size, as a multiple of the base size")
    args = parser.parse_args(argv)
    samples = ROOT / "resources" / "samples"
    start = time.perf_counter()
    compare_documents(
        load_document(samples / "kst-27925-597.txt"), load_document(samples / "kst-27925-597-demo-bewerkt.txt")
    )
    print(f"baseline: the sample pair, loaded and compared once: {(time.perf_counter() - start) * 1000:.0f} ms")
    print(f"{'case':<24} {'size':>7} {'KB':>6} {'time':>8}   {'size':>7} {'KB':>6} {'time':>8}   {'ratio':>5}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for title, size, make in CASES:
            row = f"{title:<24}"
            times = []
            for k in (size, size * args.factor):
                old, new = make(k)
                seconds = _time(old, new, folder)
                times.append(seconds)
                row += f" {k:>7} {len(old.encode()) // 1024:>6} {seconds:>7.2f}s  "
            print(f"{row} {times[1] / times[0]:>5.1f}", flush=True)
    print(f"(at {args.factor}× a linear case takes about {args.factor}× as long, a quadratic one {args.factor**2}×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
