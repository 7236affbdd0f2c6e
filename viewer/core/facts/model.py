"""The facts a clerk looks for, and how a fact of one letter pairs with one of the next.

A fact points back into `Document.text` by `offset`, so the viewer can highlight it; its
`section` path and `sentence` travel with it so a report can stand on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FactKind = Literal["troops", "money", "date", "commitment"]
PairStatus = Literal["unchanged", "changed", "added", "removed"]
FACT_KINDS: tuple[FactKind, ...] = ("troops", "money", "date", "commitment")

# Commitments start where their sentence starts, so a fact inside that sentence can share the
# offset; the containing sentence goes first.
KIND_ORDER: dict[str, int] = {"commitment": 0, "date": 1, "troops": 2, "money": 3}


@dataclass(frozen=True, slots=True)
class Fact:
    kind: FactKind
    # the words as printed: "ongeveer 35 militairen", "31 december 2017"; a commitment: its sentence
    text: str
    # troops: head count; money: whole currency units; date: YYYY[-MM[-DD]]; commitment: the sentence
    value: int | float | str
    # troops: counted noun; money: ISO 4217 code; date: "deadline" | "start" | None; commitment: None
    unit: str | None
    approximate: bool
    section: tuple[str, ...]
    section_index: int
    sentence: str
    offset: int  # doc.text[offset:offset + len(text)] == text
    qualifier: str | None = None  # "ongeveer", "meer dan", "eind", "jl." ... as printed, lower case
    modifier: str | None = None  # troops: nationality between number and noun ("Nederlandse", "Belgische")
    end: str | None = None  # dates: last day/month of a range or list ("9–10 mei jl." -> the 10th)
    sentence_offset: int = 0  # where `sentence` starts in Document.text

    @property
    def precision(self) -> str | None:
        """Day, month or year: how much of a date the letter gives; None for other kinds."""
        if self.kind != "date" or not isinstance(self.value, str):
            return None
        return {10: "day", 7: "month", 4: "year"}.get(len(self.value))


@dataclass(frozen=True, slots=True)
class FactPair:
    kind: FactKind
    status: PairStatus
    old: Fact | None
    new: Fact | None


def fact_to_json(fact: Fact) -> dict[str, object]:
    """Exactly the contract's `fact` object."""
    return {
        "text": fact.text,
        "value": fact.value,
        "unit": fact.unit,
        "approximate": fact.approximate,
        "section": list(fact.section),
        "sentence": fact.sentence,
        "offset": fact.offset,
    }
