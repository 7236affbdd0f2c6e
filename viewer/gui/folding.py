"""Text as a reader's search compares it: case, accents and the shapes of quotes and dashes ignored.

A clerk types "geinformeerd", "syrie" or "F-16's" on a keyboard that has no ï, ë or ’; the letters
print "geïnformeerd", "Syrië" and "F-16’s". `folded` serves a search that only asks whether words
occur (the facts table); `FoldedText` also says where each folded character came from, so that the
find bar can mark the text as printed.
"""

from __future__ import annotations

import re
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


# white space other than a paragraph's end: a phrase searched for stays within one paragraph
SPACES = r"[^\S\n\u2029]+"


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
        """The original ranges (start, end) of every occurrence of `words`, folded alike, left to right.

        Spaces in `words` match any run of spaces within a paragraph, and spaces around them are
        left out: a clerk who types "ISIS  coalitie" (two spaces, or a space the copied text lacks
        at the start) means the words, and the letters set their spaces as the PDF gave them."""
        parts = folded(words).split()
        if not parts:
            return []
        if len(parts) == 1:
            return self._find_plain(parts[0])
        pattern = re.compile(SPACES.join(re.escape(part) for part in parts))
        return [(self.starts[m.start()], self.ends[m.end() - 1]) for m in pattern.finditer(self.text)]

    def _find_plain(self, needle: str) -> list[tuple[int, int]]:
        found = []
        at = self.text.find(needle)
        while at >= 0:
            last = at + len(needle) - 1
            found.append((self.starts[at], self.ends[last]))
            at = self.text.find(needle, last + 1)
        return found
