"""The comparison model: plain typed Python, never Qt."""
