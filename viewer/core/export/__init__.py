"""Turning a Comparison into something to hand on: the contract's JSON, the readable summary, the facts as
CSV and a self-contained HTML report (`formats.render` picks one by name)."""
