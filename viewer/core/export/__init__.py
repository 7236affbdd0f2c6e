"""Turning a Comparison into something to hand on: the contract's JSON, the readable summary."""
