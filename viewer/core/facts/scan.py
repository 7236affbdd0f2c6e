"""Where in a batch of sentences each kind of fact can be: keyword anchors, found for all at once.

Every pattern of the extractors holds one of a few keywords: a month name or a year, a currency, a
troop noun, "zal" or another verb of a commitment rule (`KEYWORDS` in each extractor). Python's
regex engine tries a pattern at every position of a text, and with alternations and look-behinds
that costs 50-150 ns a character; checking ~70 keywords sentence by sentence costs about as much.
So the sentences are case-folded, joined, and scanned once per *anchor character*: a pattern that
starts with one literal character lets the engine skip ahead in C to that character, and each
occurrence then checks the keywords anchored on it. Thirteen fairly rare letters and digits and the
three currency signs anchor all but four keywords, which are looked up with `str.find`. A scan
matches the anchor character alone and checks the rest of its keywords by look-around, so
overlapping keywords are all found.

The sentences come back per kind, each with its anchors of that kind (`Anchors`), positions in the
sentence; a sentence without any is in none. Apart come the sentences whose case folding changes
their length (positions would not map back) or that hold a dotless "ı", which the regex engine's
IGNORECASE equates with "i" but case folding does not: the caller runs the plain per-sentence
extractors on those.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from itertools import accumulate

from viewer.core import regex_cache
from viewer.core.facts import commitments, dates, money, troops

# A sentence's (position, keyword) hits of one kind; and per kind (indexed by COMMITMENT ...
# MONEY), the sentences that have any, by their index in the batch.
Anchors = list[tuple[int, str]]
Found = tuple[dict[int, Anchors], dict[int, Anchors], dict[int, Anchors], dict[int, Anchors]]
COMMITMENT, DATE, TROOPS, MONEY = range(4)

_KEYWORDS = (commitments.KEYWORDS, dates.KEYWORDS, troops.KEYWORDS, money.KEYWORDS)
# Anchor characters, preferred first: a keyword is anchored on the first of these it holds. Chosen
# by timing the scans over nr. 597 (0.7 ms for all, against 2.1 ms for a `str.find` loop per
# keyword): rare enough to skip most of the text, common enough in the keywords that few scans do.
_PREFERENCE = "€$£92zfpkbumgljw"


def _fits_both(a: str, ia: int, b: str, ib: int) -> bool:
    """Can `a` anchored at `ia` and `b` anchored at `ib` both hold one occurrence of the anchor?"""
    before = a[:ia].endswith(b[:ib]) or b[:ib].endswith(a[:ia])
    return before and (a[ia:].startswith(b[ib:]) or b[ib:].startswith(a[ia:]))


_Scan = tuple[re.Pattern[str], list[tuple[int, str, int]]]


def _compile() -> tuple[list[_Scan], list[tuple[int, str]]]:
    """The scans, each with per group number (kind, keyword, anchor offset); and the keywords
    (kind, keyword) left to `str.find`.

    A scan reports one keyword per occurrence of its character, so two keywords that can hold the
    same occurrence ("eur" in "adviseur") get different anchors.
    """
    by_char: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
    finds: list[tuple[int, str]] = []
    for kind, words in enumerate(_KEYWORDS):
        for word in words:
            for ch in _PREFERENCE:
                at = word.find(ch)
                if at >= 0 and not any(_fits_both(word, at, w, i) for _, w, i in by_char[ch]):
                    by_char[ch].append((kind, word, at))
                    break
            else:
                finds.append((kind, word))
    scans: list[_Scan] = []
    for ch, entries in by_char.items():
        # a literal right after the anchor lets the engine rule an alternative out at a glance
        entries.sort(key=lambda e: e[2] == len(e[1]) - 1)
        alternatives = []
        for _, word, at in entries:
            after = re.escape(word[at + 1 :])
            before = f"(?<={re.escape(word)})" if at else ""
            alternatives.append(f"{after}{before}()")
        pattern = regex_cache.compile(f"{re.escape(ch)}(?={'|'.join(alternatives)})")
        scans.append((pattern, [(0, "", 0), *entries]))  # group numbers count from 1
    return scans, finds


_SCANS, _FINDS = _compile()


def scan(texts: Sequence[str]) -> tuple[Found, list[int]]:
    """Per kind, the texts with anchors of that kind (by index) and the anchors; and the texts the
    anchors cannot stand for (see the module doc), which are left out of the former."""
    folded = [t.casefold() for t in texts]
    joined = "\n".join(folded)  # no keyword holds a newline, so none runs across two sentences
    starts = [0, *accumulate(len(f) + 1 for f in folded)]
    found: Found = ({}, {}, {}, {})
    for pattern, entries in _SCANS:
        for m in pattern.finditer(joined):
            kind, word, offset = entries[m.lastindex]  # type: ignore[index]
            at = m.start() - offset
            i = bisect_right(starts, at) - 1
            anchors = found[kind].get(i)
            if anchors is None:
                anchors = found[kind][i] = []
            anchors.append((at - starts[i], word))
    for kind, word in _FINDS:
        at = joined.find(word)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            anchors = found[kind].get(i)
            if anchors is None:
                anchors = found[kind][i] = []
            anchors.append((at - starts[i], word))
            at = joined.find(word, at + 1)
    odd: list[int] = []
    dotless = "ı" in joined
    if dotless or len(joined) != sum(map(len, texts)) + len(texts) - 1:
        for i, (text, fold) in enumerate(zip(texts, folded, strict=True)):
            if len(fold) != len(text) or (dotless and "ı" in fold):
                odd.append(i)
                for by_text in found:
                    by_text.pop(i, None)
    return found, odd
