"""Split a letter's paragraphs into sentences, with spans into the document's text.

Dutch government prose is full of abbreviations that end in a full stop ("jl.", "nr.",
"a.s.", "o.a.") and of initials ("A.G. Koenders"); a full stop there does not end a sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from viewer.core import regex_cache
from viewer.core.document import Document, Section, Span

ABBREVIATIONS = frozenset(
    [
        "jl",
        "a.s",
        "nr",
        "nrs",
        "blz",
        "p",
        "pp",
        "art",
        "artt",
        "bijv",
        "bv",
        "o.a",
        "e.d",
        "e.a",
        "m.b.t",
        "m.i.v",
        "t.a.v",
        "t.b.v",
        "i.v.m",
        "z.g.a.n",
        "d.w.z",
        "c.q",
        "ca",
        "mr",
        "dr",
        "drs",
        "ir",
        "prof",
        "min",
        "max",
        "ong",
        "st",
        "vs",
        "v.s",
        "n.a.v",
        "o.b.v",
        "i.o.m",
        "i.p.v",
        "etc",
        "incl",
        "excl",
        "resp",
        "vgl",
        "zgn",
        "mln",
        "mld",
        "mrd",
        "jan",
        "feb",
        "febr",
        "mrt",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "nov",
        "dec",
        "ds",
        "mw",
        "dhr",
        "hr",
        "mevr",
        "no",
        # the Navy's ships: "Zr.Ms. Tromp", "Hr. Ms. Karel Doorman"
        "zr.ms",
        "hr.ms",
        "zr",
        "ms",
    ]
)
# These often close a sentence too ("... op 29 augustus jl. Turkije stelde ...", "afgestemd met de
# VS. Nederland levert ..."): they end one when the next word starts with a capital. Not "mln.":
# "5 mln. Amerikaanse dollars", "1,2 mln. Syrische vluchtelingen" go on.
# ("De motie-Belhaj c.s. (Kamerstuk 27 925, nr. 640) verzoekt ...": "c.s." and the reference go on)
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"jl", "a.s", "etc", "e.d", "e.a", "enz", "vs", "v.s", "c.s"})
# ... but never before a currency ("5 mln. Euro"), and "vs." in lower case is versus ("Irak vs. Syrië")
_CURRENCY = regex_cache.compile(r"\s*(?:Euro|EUR|USD|US-dollar|Amerikaanse\s+dollar|Dollar|GBP|Britse\s+pond)\b")
_CURRENCY_REACH = 30


def closes_before(abbreviation: str, following: str) -> bool:
    """May the sentence-closing abbreviation `abbreviation` (as printed, without its full stop) end
    a sentence before the text `following`?"""
    return abbreviation != "vs" and _CURRENCY.match(following) is None


_CANDIDATE = regex_cache.compile(r"[.!?]+[»”\"')\]]*(?=\s+|$)")
_NEXT_START = regex_cache.compile(r"\s+[«“\"'(\[]?[A-ZÀ-Þ0-9]")
_NEXT_WORD_CAPITAL = regex_cache.compile(r"\s+[A-ZÀ-Þ][a-zà-ÿ]")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    span: Span
    section: int  # index of the section holding it


_INITIALS = regex_cache.compile(r"(?:[a-z]\.)*[a-z]")


def _is_abbreviation(text: str, end: int, next_is_start: bool) -> bool:
    start = text.rfind(" ", 0, end) + 1
    while start < end and text[start] in "(«“\"'":
        start += 1
    raw = text[start:end].rstrip(".")
    token = raw.casefold()
    if token in SENTENCE_FINAL_ABBREVIATIONS:
        if not closes_before(raw, text[end + 1 : end + 1 + _CURRENCY_REACH]):
            return True
        return not (next_is_start and _NEXT_WORD_CAPITAL.match(text, end + 1))
    if token in ABBREVIATIONS:
        return True
    # initials such as "A.G." or a single capital followed by a stop
    return len(token) <= 5 and text[start].isupper() and _INITIALS.fullmatch(token) is not None


def split_spans(text: str) -> Iterator[tuple[int, int]]:
    """Sentence boundaries inside one paragraph as (start, end) offsets."""
    start = 0
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        next_is_start = end >= len(text) or bool(_NEXT_START.match(text, end))
        if match.group().startswith(".") and _is_abbreviation(text, match.start(), next_is_start):
            continue
        if not next_is_start:
            continue
        yield start, end
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        yield start, len(text)


@lru_cache(maxsize=8192)
def section_sentences(section: Section) -> tuple[Sentence, ...]:
    """The sentences of a section's paragraphs; cached, since the diff and the facts both need them."""
    out: list[Sentence] = []
    for paragraph in section.paragraphs:
        base = paragraph.span.start
        for start, end in split_spans(paragraph.text):
            out.append(Sentence(paragraph.text[start:end], Span(base + start, base + end), section.index))
    return tuple(out)


def document_sentences(document: Document) -> list[Sentence]:
    return [s for section in document.sections for s in section_sentences(section)]
