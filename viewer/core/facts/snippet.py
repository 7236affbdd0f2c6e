"""Where two versions of a long fact differ, in a few words: "… 2016 155 militairen beschikbaar …".

A changed commitment is a sentence of thirty words of which one changed; a table cell shows its
first few words, which are the same on both sides. The snippet shows the changed words instead,
with a little of what stands around them.
"""

from __future__ import annotations

from difflib import SequenceMatcher

ELLIPSIS = "…"
CONTEXT = 2  # words kept on either side of the change
MOST = 14  # words a snippet shows from the first change on, at most


def _cut(words: list[str], start: int, end: int) -> str:
    lo, hi = max(0, start - CONTEXT), min(len(words), end + CONTEXT)
    hi = min(hi, lo + MOST + 2 * CONTEXT)
    text = " ".join(words[lo:hi])
    return f"{ELLIPSIS if lo > 0 else ''}{text}{ELLIPSIS if hi < len(words) else ''}"


def change_snippets(old: str, new: str) -> tuple[str, str]:
    """The stretch of `old` and of `new` that differs, with context; the texts whole if equal."""
    a, b = old.split(), new.split()
    changes = [op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not changes:
        return old, new
    first, last = changes[0], changes[-1]
    return _cut(a, first[1], last[2]), _cut(b, first[3], last[4])
