"""Pair the sections of two letters, then the sentences inside a pair of sections.

Sections pair by heading path first (exact after folding case, quotes, whitespace and
trailing punctuation), then the rest by heading and content similarity together (renamed
sections); the pairs that broke the common order are the moved ones.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz, process

from viewer.core.bands import near
from viewer.core.bounded_diff import BoundedDiffer
from viewer.core.document import Document, Section
from viewer.core.lis import longest_increasing_subsequence
from viewer.core.sentences import Sentence
from viewer.core.textnorm import fold_heading

# Tuned on real text (tests/core/test_align.py): the series' rename "Inzet F-16’s en force
# protection" → "Inzet van F-16’s / Force Protection" scores 0.90 on the heading; unrelated
# sections of nr. 597 share at most 0.26 of their words in order (character-level ratios are
# useless here: any two Dutch texts share half their letters), and two namesakes under
# different parents ("Syrië" political vs humanitarian) stay below ACCEPT.
HEADING_WEIGHT = 0.35
ACCEPT = 0.6
MIN_HEADING = 0.45
MIN_CONTENT_ALONE = 0.7
HEADING_ONLY_ACCEPT = 0.8
# A section's text, the same word for word, pairs it wherever it went under another heading once it
# has this many words; boilerplate of one sentence ("Er zijn geen nieuwe ontwikkelingen te melden.") has fewer
SAME_TEXT_WORDS = 25
CONTENT_WORDS = 600  # enough of a section to recognise it, bounded to keep scoring cheap
# Section pairs scored by content (a few hundred a second at most) and headings compared to find a
# moved section anywhere, before each keeps to a band (bands.py). A letter has some dozens of sections.
SECTION_BUDGET = 20_000
HEADING_BUDGET = 1_000_000
SENTENCE_ACCEPT = 60.0  # rapidfuzz ratio (0-100) for two sentences to be "the same sentence, edited"
# Sentence pairs scored per pair of sections before the scoring keeps to a band (bands.py); rapidfuzz
# scores about a million pairs of typical sentences a second.
SENTENCE_BUDGET = 250_000
# A sentence is compared by at most this many characters, its start and its end: one without a
# full stop for pages (a table copied from a PDF) would cost the square of its length per pair.
# nr. 597's longest sentence has 454 characters.
SENTENCE_GIST = 1000

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SectionMatch:
    old: int | None
    new: int | None
    renamed: bool = False
    moved: bool = False


def _path_key(section: Section) -> tuple[str, ...]:
    return tuple(fold_heading(h) for h in section.path)


def _heading_similarity(a: str, b: str) -> float:
    fa, fb = fold_heading(a), fold_heading(b)
    if fa == fb:
        return 1.0
    return max(fuzz.ratio(fa, fb), fuzz.token_sort_ratio(fa, fb)) / 100.0


def _content(section: Section) -> list[str]:
    return section.body.casefold().split()[:CONTENT_WORDS]


def _pair_score(old: Section, new: Section) -> float:
    hs = _heading_similarity(old.heading, new.heading)
    a, b = _content(old), _content(new)
    if not a or not b:
        # a parent heading with no text of its own: only its heading can speak for it
        return hs if hs >= HEADING_ONLY_ACCEPT and not (a or b) else 0.0
    cs = fuzz.ratio(a, b) / 100.0
    if hs < MIN_HEADING and cs < MIN_CONTENT_ALONE:
        return 0.0
    return HEADING_WEIGHT * hs + (1 - HEADING_WEIGHT) * cs


def _exact_pairs(old: Sequence[Section], new: Sequence[Section]) -> dict[int, int]:
    by_path: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for s in new:
        by_path[_path_key(s)].append(s.index)
    for queue in by_path.values():
        queue.reverse()
    pairs: dict[int, int] = {}
    for s in old:
        queue = by_path.get(_path_key(s), [])
        if queue:
            pairs[s.index] = queue.pop()
    return pairs


def _candidates(
    old_left: list[int], new_left: list[int], pairs: dict[int, int], old: Document, new: Document
) -> set[tuple[int, int]]:
    """Pairs worth scoring: the new sections in the gap where an old one stood, and any look-alike heading."""
    cands: set[tuple[int, int]] = set()
    if not old_left or not new_left:
        return cands
    paired_old = sorted(pairs)

    new_sorted = sorted(new_left)
    gaps: dict[tuple[int, int], list[int]] = defaultdict(list)  # the old sections of each gap, in order
    for o in sorted(old_left):
        k = bisect_left(paired_old, o)
        lo = pairs[paired_old[k - 1]] if k else -1
        hi = pairs[paired_old[k]] if k < len(paired_old) else len(new.sections)
        gaps[(min(lo, hi), max(lo, hi))].append(o)
    for (lo, hi), olds in gaps.items():
        news = new_sorted[bisect_left(new_sorted, lo) : bisect_left(new_sorted, hi + 1)]
        for x, o in enumerate(olds):
            for y in near(x, len(olds), len(news), SECTION_BUDGET):
                cands.add((o, news[y]))
    # a section renamed and moved at once keeps its text: the same words anywhere pair it; not a
    # sentence any section may hold ("Er zijn geen nieuwe ontwikkelingen te melden.")
    new_by_text: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for n in new_left:
        words = _content(new.sections[n])
        if len(words) >= SAME_TEXT_WORDS:
            new_by_text[tuple(words)].append(n)
    for o in old_left:
        for n in new_by_text.get(tuple(_content(old.sections[o])), ()):
            cands.add((o, n))
    old_heads = [fold_heading(old.sections[o].heading) for o in old_left]
    new_heads = [fold_heading(new.sections[n].heading) for n in new_left]
    for i, head in enumerate(old_heads):
        band = near(i, len(old_heads), len(new_heads), HEADING_BUDGET)
        for _choice, _score, j in process.extract(
            head, new_heads[band.start : band.stop], scorer=fuzz.ratio, score_cutoff=80, limit=None
        ):
            cands.add((old_left[i], new_left[band.start + j]))
    return cands


def align_sections(old: Document, new: Document) -> list[SectionMatch]:
    """Section pairs in output order: the new letter's reading order, removed sections where they stood."""
    pairs = _exact_pairs(old.sections, new.sections)
    taken_new = set(pairs.values())
    old_left = [s.index for s in old.sections if s.index not in pairs]
    new_left = [s.index for s in new.sections if s.index not in taken_new]
    scored = []
    for o, n in _candidates(old_left, new_left, pairs, old, new):
        score = _pair_score(old.sections[o], new.sections[n])
        if score >= ACCEPT:
            scored.append((score, o, n))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    for _score, o, n in scored:
        if o not in pairs and n not in taken_new:
            pairs[o] = n
            taken_new.add(n)

    ordered = sorted(pairs.items())
    kept = longest_increasing_subsequence([n for _o, n in ordered])
    moved = {ordered[k][0] for k in range(len(ordered)) if k not in kept}
    matches = {
        o: SectionMatch(
            o,
            n,
            renamed=old.sections[o].heading != new.sections[n].heading,
            moved=o in moved,
        )
        for o, n in pairs.items()
    }
    return _in_output_order(old, new, matches)


def _in_output_order(old: Document, new: Document, matches: dict[int, SectionMatch]) -> list[SectionMatch]:
    by_new = {m.new: m for m in matches.values()}
    # each removed section follows the nearest paired section before it in the old letter
    after: dict[int | None, list[int]] = defaultdict(list)
    anchor: int | None = None
    for s in old.sections:
        if s.index in matches:
            anchor = s.index
        else:
            after[anchor].append(s.index)
    out: list[SectionMatch] = [SectionMatch(o, None) for o in after[None]]
    for s in new.sections:
        match = by_new.get(s.index)
        if match is None:
            out.append(SectionMatch(None, s.index))
            continue
        out.append(match)
        out.extend(SectionMatch(o, None) for o in after[match.old])
    return out


def _gist(text: str) -> str:
    if len(text) <= SENTENCE_GIST:
        return text
    half = SENTENCE_GIST // 2
    return f"{text[:half]} {text[-half:]}"


def align_sentences(old: Sequence[Sentence], new: Sequence[Sentence]) -> list[tuple[Sentence | None, Sentence | None]]:
    """Sentence pairs in the new order; unchanged ones by sequence, edited ones by similarity (order may differ)."""
    table: dict[str, str] = {}

    def encode(items: Sequence[Sentence]) -> str:
        return "".join(table.setdefault(" ".join(s.text.split()), chr(0x10000 + len(table))) for s in items)

    a, b = encode(old), encode(new)
    partner_of_new: dict[int, int] = {}
    if a == b:
        partner_of_new = {k: k for k in range(len(new))}
    else:
        i = j = 0
        for op, chunk in BoundedDiffer().diff(a, b):
            n = len(chunk)
            if op == 0:
                for k in range(n):
                    partner_of_new[j + k] = i + k
                i += n
                j += n
            elif op == -1:
                i += n
            else:
                j += n
        paired = set(partner_of_new.values())
        old_left = [k for k in range(len(old)) if k not in paired]
        new_left = [k for k in range(len(new)) if k not in partner_of_new]
        if old_left and new_left:
            choices = [_gist(new[k].text) for k in new_left]
            n_left, m_left = len(old_left), len(new_left)
            scored = []
            for x, k in enumerate(old_left):
                band = near(x, n_left, m_left, SENTENCE_BUDGET)
                for _c, score, y in process.extract(
                    _gist(old[k].text),
                    choices[band.start : band.stop],
                    scorer=fuzz.ratio,
                    score_cutoff=SENTENCE_ACCEPT,
                    limit=None,
                ):
                    scored.append((float(score), x, band.start + y))
            scored.sort(key=lambda t: (-t[0], t[1], t[2]))
            used_old: set[int] = set()
            for _s, x, y in scored:
                o, n = old_left[x], new_left[y]
                if o in used_old or n in partner_of_new:
                    continue
                partner_of_new[n] = o
                used_old.add(o)
    return _merge_in_order(old, new, partner_of_new)


def _merge_in_order(
    old: Sequence[T], new: Sequence[T], partner_of_new: dict[int, int]
) -> list[tuple[T | None, T | None]]:
    paired_old = set(partner_of_new.values())
    after: dict[int | None, list[int]] = defaultdict(list)
    anchor: int | None = None
    for k in range(len(old)):
        if k in paired_old:
            anchor = k
        else:
            after[anchor].append(k)
    out: list[tuple[T | None, T | None]] = [(old[k], None) for k in after[None]]
    for n in range(len(new)):
        o = partner_of_new.get(n)
        if o is None:
            out.append((None, new[n]))
            continue
        out.append((old[o], new[n]))
        out.extend((old[k], None) for k in after[o])
    return out
