"""The facts a clerk looks for, and how a fact of one letter pairs with one of the next.

A fact points back into `Document.text` by `offset`, so the viewer can highlight it; its
`section` path and `sentence` travel with it so a report can stand on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
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
    def label(self) -> str:
        """The fact as a reader needs it outside its sentence: its words, and for a count that
        shares its noun with the next ("drie Nederlandse en drie Belgische SOF-operators" gives
        "drie Nederlandse") the noun counted, after an ellipsis."""
        if self.kind == "troops" and self.unit and self.unit.casefold() not in self.text.casefold():
            return f"{self.text} … {self.unit}"
        return self.text

    @property
    def precision(self) -> str | None:
        """Day, month or year: how much of a date the letter gives; None for other kinds."""
        if self.kind != "date" or not isinstance(self.value, str):
            return None
        return {10: "day", 7: "month", 4: "year"}.get(len(self.value))


# The frozen dataclass's __init__ sets each of the 13 fields with `object.__setattr__`; setting the
# slots directly builds the same object in half the time, and extraction builds one per fact of
# both letters.
_SLOT_SETTERS: tuple[Callable[[Fact, object], None], ...] = tuple(
    Fact.__dict__[name].__set__ for name in Fact.__slots__
)
assert Fact.__slots__ == tuple(f.name for f in fields(Fact))  # the order of the arguments below
assert not hasattr(Fact, "__post_init__")  # nothing else for `new_fact` to do
(
    _kind,
    _text,
    _value,
    _unit,
    _approximate,
    _section,
    _section_index,
    _sentence,
    _offset,
    _qualifier,
    _modifier,
    _end,
    _sentence_offset,
) = _SLOT_SETTERS
_new = object.__new__


def new_fact(
    kind: FactKind,
    text: str,
    value: int | float | str,
    unit: str | None,
    approximate: bool,
    section: tuple[str, ...],
    section_index: int,
    sentence: str,
    offset: int,
    qualifier: str | None,
    modifier: str | None,
    end: str | None,
    sentence_offset: int,
) -> Fact:
    """`Fact(...)` with every field given, by position."""
    fact: Fact = _new(Fact)
    _kind(fact, kind)
    _text(fact, text)
    _value(fact, value)
    _unit(fact, unit)
    _approximate(fact, approximate)
    _section(fact, section)
    _section_index(fact, section_index)
    _sentence(fact, sentence)
    _offset(fact, offset)
    _qualifier(fact, qualifier)
    _modifier(fact, modifier)
    _end(fact, end)
    _sentence_offset(fact, sentence_offset)
    return fact


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
