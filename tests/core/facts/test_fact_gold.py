"""The extractor against the hand-made gold annotations of nr. 597, and the contract's shape."""

from __future__ import annotations

import json
import time
from pathlib import Path

import jsonschema
import pytest

from viewer.core.document import Document
from viewer.core.facts import FACT_KINDS, Fact, extract_facts, fact_to_json, pair_facts
from viewer.core.facts.evaluate import GOLD, load_gold, main, score

ROOT = Path(__file__).resolve().parents[3]
SCHEMA = ROOT / "resources" / "contract" / "comparison.schema.json"
TARGETS = {"troops": 0.95, "money": 0.95, "date": 0.95, "commitment": 0.85}


@pytest.fixture(scope="module")
def sample_facts(sample_doc: Document) -> list[Fact]:
    return extract_facts(sample_doc)


def test_gold_file_is_well_formed(sample_doc: Document) -> None:
    gold = load_gold()
    assert {g["kind"] for g in gold} == set(FACT_KINDS)
    paths = {list(s.path).__repr__(): s for s in sample_doc.sections}
    for entry in gold:
        assert set(entry) >= {"kind", "text", "value", "unit", "approximate", "section"}
        section = paths[repr(entry["section"])]
        assert entry["text"] in sample_doc.text[section.span.start : section.span.end], entry
    header = json.loads(GOLD.read_text(encoding="utf-8"))
    assert header["conventions"] and "reconciliations" in header


@pytest.mark.parametrize("kind", FACT_KINDS)
def test_precision_and_recall_on_the_gold_set(sample_facts: list[Fact], kind: str) -> None:
    result = score(sample_facts, load_gold())[kind]
    assert result.precision >= TARGETS[kind], [f.text for f in result.false_positives]
    assert result.recall >= TARGETS[kind], [g["text"] for g in result.false_negatives]


def test_score_notices_a_wrong_value(sample_facts: list[Fact]) -> None:
    gold = [dict(g) for g in load_gold()]
    for g in gold:
        if g["text"] == "155 militairen":
            g["value"] = 180
    result = score(sample_facts, gold)["troops"]
    assert len(result.false_negatives) == 1 and len(result.false_positives) == 1


def test_facts_point_into_the_text_in_reading_order(sample_doc: Document, sample_facts: list[Fact]) -> None:
    offsets = [f.offset for f in sample_facts]
    assert offsets == sorted(offsets)
    for fact in sample_facts:
        assert sample_doc.text[fact.offset : fact.offset + len(fact.text)] == fact.text
        assert sample_doc.text[fact.sentence_offset : fact.sentence_offset + len(fact.sentence)] == fact.sentence
        section = sample_doc.sections[fact.section_index]
        assert section.path == fact.section and section.span.contains(fact.offset)


def test_fact_json_is_the_contract_fact(sample_facts: list[Fact]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    fact_schema = {"$defs": schema["$defs"], **schema["$defs"]["fact"]}
    for fact in sample_facts:
        data = fact_to_json(fact)
        assert set(data) == {"text", "value", "unit", "approximate", "section", "sentence", "offset"}
        jsonschema.validate(data, fact_schema)
        json.dumps(data)  # plain JSON values only
    pair_schema = {"$defs": schema["$defs"], **schema["$defs"]["factPair"]}
    pair = {"kind": "troops", "status": "added", "old": None, "new": fact_to_json(sample_facts[0])}
    jsonschema.validate(pair, pair_schema)


def test_extraction_and_pairing_are_fast(sample_doc: Document) -> None:
    pairs = [(s.index, s.index) for s in sample_doc.sections]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        old, new = extract_facts(sample_doc), extract_facts(sample_doc)
        pair_facts(sample_doc, sample_doc, old, new, pairs)
        best = min(best, time.perf_counter() - start)
    assert best < 0.1


def test_evaluate_prints_scores_and_time(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["kind", "gold", "found", "prec", "recall", "F1"]
    assert "troops" in out and "commitment" in out and " ms" in out
