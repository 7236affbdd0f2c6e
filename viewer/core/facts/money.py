"""Money: "26,5 miljoen euro", "€ 10,3 miljoen", "3,6 miljard dollar", "(400.000 euro)",
"ongeveer 2 miljoen euro", "M€ 26,5", coordinated amounts that share a currency ("van 28 tot circa
45 dollar" gives 28 and 45 dollars; "5, 8 en 10 miljoen euro" three amounts), and amounts after one
that leave its currency out ("10 miljoen euro, waarvan 4 miljoen voor Mosul")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal

from viewer.core import regex_cache
from viewer.core.facts.context import QUALIFIER, SentenceContext, ahead, back, changed_to, mentions
from viewer.core.facts.model import Fact
from viewer.core.facts.numbers import (
    DIGITS,
    HALF,
    NOT_AFTER,
    NOT_BEFORE,
    SCALE,
    WORD_NUMBER,
    parse_number,
    plain,
    scale_of,
)

_CURRENCY_WORDS: dict[str, str] = {
    "us dollar": "USD",
    "us dollars": "USD",
    "euro": "EUR",
    "euro's": "EUR",
    "eur": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "us-dollar": "USD",
    "us-dollars": "USD",
    "amerikaanse dollar": "USD",
    "amerikaanse dollars": "USD",
    "usd": "USD",
    "pond": "GBP",
    "britse pond": "GBP",
    "gbp": "GBP",
}
_CURRENCY_SIGNS: dict[str, str] = {
    **{"€": "EUR", "$": "USD", "£": "GBP", "EUR": "EUR", "USD": "USD", "GBP": "GBP"},
    **{"US$": "USD", "M€": "EUR", "M$": "USD"},
}
# "M€ 26,5": millions, as budget tables print them
_SIGN_SCALES = {"M€": 1_000_000, "M$": 1_000_000}
_WORD = r"(?:amerikaanse\s+dollars?|britse\s+pond|us[\s\-]dollars?|euro['’]s|euro|dollars|dollar|pond|EUR|USD|GBP)"
_SIGN = r"(?:US\$|M€|M\$|€|\$|£|EUR|USD|GBP)"
# A code before its amount ("EUR 12 miljoen") is no currency after the number before it: "in 2017
# EUR 12 miljoen" is 12 million euros in 2017, not 2017 euros
_NOT_A_LEADING_CODE = r"(?!(?<=EUR|USD|GBP)\s*\d)"
# "750.000,- euro", "€ 750.000,-": a whole amount with its cents dashed out
_DASHED = r"(?:,[-–]{1,2})?"
# A word number only with a scale ("twee miljoen euro"); "een"/"één" likewise ("een miljard dollar"),
# and a half ("een half miljoen euro", "anderhalf miljoen euro").
_AMOUNT = rf"(?:{DIGITS}|(?i:{HALF}|{WORD_NUMBER})(?=\s+{SCALE}))"

_MONEY = regex_cache.compile(
    rf"{NOT_AFTER}(?:(?P<qual>(?i:{QUALIFIER}))\s+)?"
    # ("€ 2-3 miljoen": a range in one, its two ends in the scale that follows)
    rf"(?:(?P<sign>{_SIGN})\s*(?P<n1>{_AMOUNT})(?:\s*[-–]\s*(?P<upto>{DIGITS}))?{NOT_BEFORE}(?:\s+(?P<s1>{SCALE}))?"
    rf"|(?P<n2>{_AMOUNT}){NOT_BEFORE}{_DASHED}(?:\s+(?P<s2>{SCALE}))?\s+(?P<word>(?i:{_WORD}))\b{_NOT_A_LEADING_CODE})"
)
# A cheap first look: no currency, no money.
_HINT_WORDS = ("euro", "dollar", "pond", "eur", "usd", "gbp", "€", "$", "£")
KEYWORDS = ("eur", "dollar", "pond", "usd", "gbp", "€", "$", "£")  # see scan.py
# The bare first amount of "van 28 tot circa 45 dollar", "tussen 5 en 10 miljoen euro", "van 21 naar
# 26,5 miljoen euro"; and before it, the others of a list ("5, 8 en 10 miljoen euro").
_LEADING = regex_cache.compile(rf"{NOT_AFTER}(?P<num>{DIGITS})\s+(?:tot(?:\s+en\s+met)?|en|à|naar|–|-)\s+$")
_LISTED = regex_cache.compile(rf"{NOT_AFTER}(?P<num>{DIGITS})\s*,\s*$")
# The other end of a range after an amount with its sign but no scale, which takes that end's scale:
# "€ 10 tot € 15 miljoen", "€ 2 tot 3 miljoen", "tussen € 10 en € 15 miljoen", "€ 1,5 à € 2 miljard"
_RANGE_END = regex_cache.compile(
    rf"\s+(?:tot(?:\s+en\s+met)?|en|à|naar)\s+(?:(?i:{QUALIFIER})\s+)?(?:{_SIGN}\s*)?(?:{DIGITS}){NOT_BEFORE}"
    rf"\s+(?P<scale>{SCALE})"
)


def _code(m: re.Match[str]) -> str:
    if m.group("sign"):
        return _CURRENCY_SIGNS[m.group("sign")]
    # "euro’s" is printed with a curly apostrophe as often as with a straight one
    word = " ".join(m.group("word").casefold().replace("’", "'").split())
    return _CURRENCY_WORDS.get(word, "EUR" if word.startswith("euro") else "USD" if "dollar" in word else "XXX")


def _bare(amount: Decimal) -> bool:
    """Is `amount` a bare number of a range that takes the other end's scale ("€ 2 tot 3 miljoen"),
    not one that has its size already ("€ 500.000 tot € 1 miljoen")?"""
    return amount < 1000


def _year_like(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2099


# Runs of whitespace at most in a match of `_LEADING` ("28 tot en met "), from the start of a
# `_MONEY` match to its currency ("om en nabij 2 miljoen Amerikaanse dollar"), and from its
# currency to its end ("€ 10 miljoen", "€ 1 500 000").
_LEADING_RUNS, _MONEY_RUNS, _AFTER_RUNS = 4, 6, 4


def _leading(text: str, end: int) -> re.Match[str] | None:
    """`_LEADING.search(text, 0, end)`, looking at the last few words only."""
    if end == 0 or not text[end - 1].isspace():
        return None
    return _LEADING.search(text, back(text, end, _LEADING_RUNS), end)


_PER_ONE_BEFORE = regex_cache.compile(r"[x×]\s*$")
_UNIT_SIZES = (1, 1000, 1_000_000)


def _money(ctx: SentenceContext, matches: Iterable[re.Match[str]]) -> list[Fact]:
    text = ctx.text
    facts: list[Fact] = []
    for m in matches:
        amount = parse_number(m.group("n1") or m.group("n2"))
        if amount is None or (amount in _UNIT_SIZES and _PER_ONE_BEFORE.search(text, max(0, m.start() - 4), m.start())):
            continue  # "Bedragen x € 1.000": a table's unit (table_money.py), no amount; "3 x € 500" is one
        scale = scale_of(m.group("s1") or m.group("s2"))
        if m.group("sign") in _SIGN_SCALES and not m.group("s1"):
            scale = _SIGN_SCALES[m.group("sign")]
        elif m.group("sign") and not m.group("s1") and _bare(amount):
            end = _RANGE_END.match(text, m.end())
            scale = scale_of(end.group("scale")) if end is not None else scale
        qual = m.group("qual")
        start = m.start()
        if qual and qual.casefold() == "tot" and (_leading(text, m.end("qual") + 1) or changed_to(text, m.start())):
            # "28 tot 45 dollar": "tot" joins a range here, it does not cap the amount; nor after
            # a verb of change ("verhoogd tot 26,5 miljoen euro")
            qual, start = None, m.start("sign") if m.group("sign") else m.start("n2")
        lead = _leading(text, start)
        firsts: list[Fact] = []
        while lead and not (_year_like(lead.group("num")) and scale == 1):
            first = parse_number(lead.group("num"))
            if first is None:
                break
            own = scale if _bare(first) else 1  # "500.000 tot 1 miljoen euro": the first has its size
            firsts.append(ctx.fact("money", lead.start("num"), lead.end("num"), plain(first * own), _code(m), False))
            lead = _LISTED.search(text, back(text, lead.start("num"), 2), lead.start("num"))
        facts.extend(reversed(firsts))
        if m.group("upto"):  # "€ 2-3 miljoen": "€ 2" and "3 miljoen", as "2 tot 3 miljoen euro" gives
            low = plain(amount * Decimal(scale))
            facts.append(ctx.fact("money", start, m.end("n1"), low, _code(m), bool(qual), qualifier=qual))
            start, amount, qual = m.start("upto"), parse_number(m.group("upto")) or amount, None
        value = plain(amount * Decimal(scale))
        facts.append(ctx.fact("money", start, m.end(), value, _code(m), bool(qual), qualifier=qual))
    return _with_unnamed(ctx, facts) if facts else facts


# "10 miljoen euro, waarvan 4 miljoen voor Mosul", "... en voor 2017 8 miljoen": an amount with its
# scale but no currency, after one with a currency in the sentence, is in that currency. Only before
# what may follow a left-out currency: "8 miljoen inwoners" counts people.
_UNNAMED = regex_cache.compile(
    rf"{NOT_AFTER}(?:(?P<qual>(?i:{QUALIFIER}))\s+)?(?P<num>{DIGITS}|(?i:{HALF}|{WORD_NUMBER})(?=\s+m))"
    rf"{NOT_BEFORE}\s+(?P<scale>miljoen|miljard|mln\.?|mld\.?|mrd\.?)"
    r"(?=\s*(?:[,;:)]|\.?$|\.\s)|\s+(?:voor|aan|in|naar|bij|per|van|uit|op|via|ten|ter|beschikbaar|extra|meer|"
    r"minder|is|was|wordt|werd|worden|werden|zijn|waren|bestemd|gereserveerd|en|of)\b)"
)


_SCALE_WORDS = ("miljoen", "miljard", "mln", "mld", "mrd")


def _unnamed_matches(text: str, start: int) -> Iterator[re.Match[str]]:
    """`_UNNAMED.finditer(text, start)`, not run where no scale word follows `start` (every match
    holds one): most sentences with money name no other amount after their first."""
    if any(text.find(word, start) >= 0 for word in _SCALE_WORDS):
        yield from _UNNAMED.finditer(text, start)


def _with_unnamed(ctx: SentenceContext, facts: list[Fact]) -> list[Fact]:
    """`facts` and the amounts after them that leave their currency out (`_UNNAMED`)."""
    text, base = ctx.text, ctx.base
    # the amounts read with their currency, by where they start (they never overlap one another): a
    # "sentence" of pages, a table copied from a PDF, holds thousands, each looked up by bisection
    spans = sorted((f.offset - base, f.offset - base + len(f.text), f.unit or "") for f in facts)
    starts = [s for s, _, _ in spans]
    ends = {e for _, e, _ in spans}
    out = list(facts)
    for m in _unnamed_matches(text, spans[0][1]):
        start = m.start("qual") if m.group("qual") else m.start("num")
        at = bisect_right(starts, m.end() - 1)  # the spans that start before this match ends
        if at and spans[at - 1][1] > start:
            continue  # read already, with its currency
        amount = parse_number(m.group("num"))
        if amount is None:
            continue
        currency = next(unit for s, e, unit in reversed(spans[:at]) if e <= start)
        qual = m.group("qual")
        if qual and qual.casefold() == "tot" and m.start("qual") - 1 in ends:
            qual, start = None, m.start("num")  # "€ 2 tot 3 miljoen": the range's end, no cap
        value = plain(amount * Decimal(scale_of(m.group("scale"))))
        out.append(ctx.fact("money", start, m.end(), value, currency, bool(qual), qualifier=qual))
    return out


# What each currency `_MONEY` reads holds, case folded; and its codes, not inside a word ("Europese")
_CURRENCY_MARKS = ("euro", "dollar", "pond", "€", "$", "£")
_CODE = regex_cache.compile(r"(?<!\w)(?:eur|usd|gbp)(?![a-z])")


def _money_window(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where in `text[start:end]` a match of `_MONEY` can lie: from a few words before the first
    currency to a few after the last (as in `money_at`); None where no currency stands. The pattern
    costs about 100 ns a character wherever it runs, so it runs only there."""
    part = text[start:end].casefold()
    first, last = len(part), -1
    for mark in _CURRENCY_MARKS:
        at = part.find(mark)
        if at >= 0:
            first, last = min(first, at), max(last, part.rfind(mark))
    if "eur" in part or "usd" in part or "gbp" in part:
        for code in _CODE.finditer(part):
            first, last = min(first, code.start()), max(last, code.start())
    if last < 0:
        return None
    if len(part) != end - start:  # case folding moved the positions: all of it
        return start, end
    return max(start, back(text, start + first, _MONEY_RUNS)), min(end, ahead(text, start + last, _AFTER_RUNS))


# The most common forms of `_MONEY` alone ("€ 5", "26,5 miljoen euro"): a match of this is one of
# it, and this pattern, without qualifiers and numbers in words, is tried several times faster.
_PLAIN_MONEY = regex_cache.compile(
    rf"{NOT_AFTER}(?:{_SIGN}\s*(?:{DIGITS}){NOT_BEFORE}"
    rf"|(?:{DIGITS}){NOT_BEFORE}{_DASHED}(?:\s+{SCALE})?\s+(?i:{_WORD})\b{_NOT_A_LEADING_CODE})"
)


def mentions_money(text: str, start: int, end: int) -> bool:
    """Does `text[start:end]` state an amount of money, as `find_money` reads one ("EUR 12
    miljoen", "twee miljoen euro", "£ 5")?"""
    window = _money_window(text, start, end)
    if window is None:
        return False
    return _PLAIN_MONEY.search(text, *window) is not None or _MONEY.search(text, *window) is not None


def find_money(ctx: SentenceContext) -> list[Fact]:
    text = ctx.text
    if not mentions(text, _HINT_WORDS):
        return []
    return _money(ctx, _MONEY.finditer(text))


def _currency_at(text: str, at: int, word: str) -> bool:
    """Can the scan's keyword at `at` be the currency of a match? "eur" mostly stands in words
    ("Europese", "adviseur"): as a currency it is the sign "EUR", or a whole word "eur", "euro",
    "euro's" after whitespace, as `_MONEY` has it. Every other keyword may be."""
    if word != "eur" or text.startswith("EUR", at):
        return True
    if not (at and text[at - 1].isspace()):
        return False
    after = at + 3
    if text[after : after + 1] in ("o", "O"):
        after += 1  # "euro": "euro's" has a non-word character after "euro" too
    if after == len(text):
        return True
    char = text[after]
    return not (char.isalnum() or char == "_")  # the regex's \b: a non-word character follows


def money_at(ctx: SentenceContext, anchors: Sequence[tuple[int, str]]) -> list[Fact]:
    """`find_money` for a sentence whose currencies the scan found: every match holds one, a few
    words from its start and its end, so the pattern runs from a few words before the first to a
    few words after the last."""
    text = ctx.text
    found = [at for at, word in anchors if _currency_at(text, at, word)]
    if not found:
        return []
    first, last = min(found), max(found)
    return _money(ctx, _MONEY.finditer(text, back(text, first, _MONEY_RUNS), ahead(text, last, _AFTER_RUNS)))
