"""The facts a committee clerk looks for in a letter, and how they moved between two letters.

    facts = extract_facts(document)
    pairs = pair_facts(old_doc, new_doc, old_facts, new_facts, section_pairs)

Troop numbers, money, dates and commitments; `python -m viewer.core.facts.evaluate` measures
the extractor against the hand-made gold annotations of letter nr. 597.
"""

from viewer.core.facts.extract import extract_facts
from viewer.core.facts.model import FACT_KINDS, Fact, FactKind, FactPair, PairStatus, fact_to_json
from viewer.core.facts.pairing import pair_facts

__all__ = ["FACT_KINDS", "Fact", "FactKind", "FactPair", "PairStatus", "extract_facts", "fact_to_json", "pair_facts"]
