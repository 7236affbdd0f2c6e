"""Whose word a sentence reports: "De helikopters worden teruggetrokken, zo heeft Duitsland laten
weten", "..., aldus Frankrijk", "..., meldt de VN", "..., zo maakte de NAVO bekend".

What such a sentence tells is the reporter's news: another country's plans, not a Dutch commitment,
though its clauses name nobody (an agentless passive in the letter is otherwise the government's).
The report covers the statement around its reporting clause, between two ";".
A reporter named at the start ("Duitsland heeft laten weten dat ...") governs its subordinate clause
already (see clauses.py), and "Volgens de VN ..." is someone's view (binding.py).
"""

from __future__ import annotations

import sys
from bisect import bisect_left, bisect_right

from viewer.core import regex_cache
from viewer.core.facts.actors import clause_actor

Span = tuple[int, int]

# A clause that opens with the words of a report: "zo heeft X laten weten", "zo maakte X bekend",
# "aldus X", "meldt X", "liet X weten", "verklaarde X"
_OPENS_REPORT = regex_cache.compile(
    r"[,;:]\s+(?:(?P<zo>zo|liet|lieten|laat)|aldus|meldt|meldde|meldden|verklaart|verklaarde|verklaarden)\s"
)
# ... and, after "zo", "liet" or "laat", the verb that makes it a report, not "zo heeft het kabinet besloten"
_REPORTS = regex_cache.compile(
    r"\b(?:weten|bekend|bekendgemaakt|bekendmaken|gemeld|meldt|meldde|meldden|melden|verklaard|verklaarde|"
    r"verklaarden|verklaart|meegedeeld|medegedeeld|mee|aangekondigd)\b"
)
# how far a reporting clause may run: "zo heeft de Amerikaanse minister van Defensie laten weten"
_REACH = 200


def reported_by_others(text: str) -> list[Span]:
    """The stretches of `text` that a reporting clause naming someone other than the government
    gives as that one's word: the statement around the reporting clause, between two ";" (in
    order, apart)."""
    if "," not in text and ";" not in text and ":" not in text:
        return []
    spans: list[Span] = []
    statements: list[int] | None = None  # where each ";" stands, looked up once
    for m in _OPENS_REPORT.finditer(text):
        end = _clause_end(text, m.end())
        clause = text[m.start() + 1 : end]
        if m.group("zo") is not None and _REPORTS.search(clause) is None:
            continue  # "zo heeft het kabinet besloten", "laat ... zien": no report
        if clause_actor(clause) != "foreign":
            continue  # "..., aldus de minister": the government's own word
        if statements is None:
            statements = [at for at, char in enumerate(text) if char == ";"]
        k = bisect_left(statements, m.start())  # the ";" before the report, and the one after it
        span = (statements[k - 1] + 1 if k else 0, statements[k] if k < len(statements) else len(text))
        if not spans or spans[-1] != span:  # (two reports in one statement: one stretch)
            spans.append(span)
    return spans


def within(spans: list[Span], at: int) -> bool:
    """Does one of `spans` (in order, apart, as `reported_by_others` gives them) hold `at`?"""
    k = bisect_right(spans, (at, sys.maxsize))  # the spans that start at or before `at`
    return k > 0 and at < spans[k - 1][1]


def _clause_end(text: str, at: int) -> int:
    """Where the clause from `at` ends: at the next "," or ";", or `_REACH` characters on."""
    ends = [e for e in (text.find(",", at, at + _REACH), text.find(";", at, at + _REACH)) if e >= 0]
    return min(ends) if ends else min(len(text), at + _REACH)
