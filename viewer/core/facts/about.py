"""What a commitment to inform the Kamer is about: the words after "over" in "Het kabinet zal uw
Kamer voor 1 december informeren over de inzet van deze teams".

Two such promises share their frame ("Het kabinet zal uw Kamer voor ... informeren over ..."), and
scored by their sentences alone a promise kept by the letter between and a new one on another
subject read as one promise postponed: "voor 1 december 2016 informeren over de inzet van deze
teams" -> "voor de zomer informeren over de evaluatie van de trainingsmissie" (0.79). What they are
about tells them apart: promises about things that share no word are two promises.
"""

from __future__ import annotations

from functools import lru_cache

from viewer.core import regex_cache

# "informeren over de inzet van ...", "geïnformeerd over ...", "Over de voortzetting ... zal het
# kabinet ... informeren": the words after "over", up to the end of the clause
_OVER = regex_cache.compile(r"(?<![\w\-])over\s+([^.;:]+)")
_WORD = regex_cache.compile(r"[^\W\d_]{4,}")
# words of four letters or more that say nothing of a subject
_NO_SUBJECT = frozenset(
    {
        "deze",
        "dit",
        "door",
        "naar",
        "voor",
        "over",
        "zijn",
        "haar",
        "hun",
        "onze",
        "wordt",
        "worden",
        "zal",
        "zullen",
        "kamer",
        "kabinet",
        "informeren",
        "geïnformeerd",
        "nader",
        "nadere",
        "verdere",
        "stand",
        "zaken",
        "tijdens",
        "zoals",
        "uiterlijk",
        "zomer",
    }
)
# fewer words than this after "over" say too little to tell two subjects apart; one is enough:
# "over de kosten", "over de voortgang", "over de risico's" are the commonest subjects, and with two
# a promise on the costs dropped and one on the risks new read as one promise changed (qa15 #3)
_FEWEST = 1


@lru_cache(maxsize=4096)
def subject(sentence: str) -> frozenset[str] | None:
    """The words that say what `sentence` (case folded) informs about, or None where it names no
    subject "over ..." (a word of four letters or more that says something of it)."""
    found = _OVER.search(sentence)
    if found is None:
        return None
    words = frozenset(w for w in _WORD.findall(found.group(1)) if w not in _NO_SUBJECT)
    return words if len(words) >= _FEWEST else None


def other_subjects(a: str, b: str) -> bool:
    """Do the case folded sentences `a` and `b` inform about subjects that share no word?"""
    said_a, said_b = subject(a), subject(b)
    return said_a is not None and said_b is not None and not said_a & said_b
