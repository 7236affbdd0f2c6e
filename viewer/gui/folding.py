"""Text as a reader's search compares it: case, accents and the shapes of quotes and dashes ignored.

A clerk types "geinformeerd", "syrie" or "F-16's" on a keyboard that has no ï, ë or ’; the letters
print "geïnformeerd", "Syrië" and "F-16’s". `folded` serves a search that only asks whether words
occur (the facts table); `FoldedText` also says where each folded character came from, so that the
find bar can mark the text as printed.
"""

from __future__ import annotations

import unicodedata
from array import array
from functools import lru_cache

# Shapes of one character that a keyboard types as one: quotes and apostrophes, hyphens and dashes.
# (´ and ` are taken here: decomposed, they would become a space and a dropped accent.)
_LIKE = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`´ʼ", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
    }
)


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character folded: lower case, without accents, quotes and dashes in their plain shape;
    "" for a character that is only an accent, several for a ligature ("ﬁ", "ĳ") or "ß"."""
    decomposed = unicodedata.normalize("NFKD", ch.translate(_LIKE).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def folded(text: str) -> str:
    """Text as a search compares it ("Syrië" and "syrie" fold alike)."""
    if text.isascii():
        return text.lower().replace("`", "'")
    return "".join(fold_char(ch) for ch in text)


class FoldedText:
    """A text folded, with for each folded character the range of the original it came from.

    The ranges count UTF-16 code units, as QTextDocument positions do (a character beyond the Basic
    Multilingual Plane counts two). An accent standing on its own after its letter (decomposed text)
    joins that letter's range, so that a match marks the letter with its accent.
    """

    def __init__(self, text: str) -> None:
        parts: list[str] = []
        self.starts = array("l")
        self.ends = array("l")
        position = 0
        for ch in text:
            width = 2 if ord(ch) > 0xFFFF else 1
            fold = fold_char(ch)
            if fold:
                parts.append(fold)
                for _ in fold:
                    self.starts.append(position)
                    self.ends.append(position + width)
            elif self.ends:
                self.ends[-1] = position + width
            position += width
        self.text = "".join(parts)

    def find_all(self, words: str) -> list[tuple[int, int]]:
        """The original ranges (start, end) of every occurrence of `words`, folded alike, left to right."""
        needle = folded(words)
        if not needle:
            return []
        found = []
        at = self.text.find(needle)
        while at >= 0:
            last = at + len(needle) - 1
            found.append((self.starts[at], self.ends[last]))
            at = self.text.find(needle, last + 1)
        return found
