"""The facts a committee clerk looks for in a letter, and how they moved between two letters.

    facts = extract_facts(document)
    pairs = pair_facts(old_doc, new_doc, old_facts, new_facts, section_pairs)

Troop numbers, money, dates and commitments; `python -m viewer.core.facts.evaluate` measures
the extractor against the hand-made gold annotations of letter nr. 597.

The extractor and the pairing load on first use: code that only holds facts (the viewer,
unpickling a comparison) needs the model, not the rules and number parsers behind them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from viewer.core.facts.model import FACT_KINDS, Fact, FactKind, FactPair, PairStatus, fact_to_json

if TYPE_CHECKING:
    from viewer.core.facts.extract import extract_facts
    from viewer.core.facts.pairing import pair_facts


def __getattr__(name: str) -> object:
    if name == "extract_facts":
        from viewer.core.facts.extract import extract_facts

        return extract_facts
    if name == "pair_facts":
        from viewer.core.facts.pairing import pair_facts

        return pair_facts
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["FACT_KINDS", "Fact", "FactKind", "FactPair", "PairStatus", "extract_facts", "fact_to_json", "pair_facts"]
