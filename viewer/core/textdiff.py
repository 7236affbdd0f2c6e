"""Word-level differences between two runs of text, with spans into each document.

diff-match-patch diffs characters; to diff words we use its line-mode trick on words: map
every distinct word to one character, diff those strings, map back, and let the semantic
clean-up merge the small coincidental equalities a reader would not call "unchanged".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.core import regex_cache
from viewer.core.bounded_diff import BoundedDiffer
from viewer.core.comparison import Change
from viewer.core.document import Span

# A word keeps its inner hyphens, apostrophes, decimal commas and dots ("F-16’s",
# "coalitie-eenheden", "26,5", "1.200"); other punctuation is a token of its own, so that a
# changed full stop does not turn the whole word into a change. "|" is no token: the loaders join
# a table's cells with it, where a PDF or copied text sets them apart with space alone.
_WORD = r"\w+(?:[-‐’'.,/&]\w+)*"
_TOKEN = regex_cache.compile(rf"(?P<word>{_WORD})|[^\w\s|]")
_WORDS = regex_cache.compile(_WORD)
# Characters for words: far away from whitespace and from anything diff-match-patch's
# lossless clean-up treats as a boundary (it inspects the characters it diffs).
_CHAR_BASE = 0x10000

EQUAL, INSERT, DELETE = 0, 1, -1


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    is_word: bool


def tokenize(text: str, base: int = 0) -> list[Token]:
    return [Token(m.group(), base + m.start(), base + m.end(), m.lastgroup == "word") for m in _TOKEN.finditer(text)]


def word_count(tokens: Sequence[Token]) -> int:
    return sum(1 for t in tokens if t.is_word)


def count_words(text: str) -> int:
    """Words in `text` as the diff counts them (punctuation is not a word)."""
    return len(_WORDS.findall(text))


class WordDiffer:
    """Diffs token sequences; one instance shares its word-to-character table across a comparison."""

    def __init__(self) -> None:
        self._chars: dict[str, str] = {}
        self._dmp = BoundedDiffer()

    def _encode(self, tokens: Sequence[Token]) -> str:
        chars = self._chars
        out = []
        for token in tokens:
            char = chars.get(token.text)
            if char is None:
                char = chr(_CHAR_BASE + len(chars))
                chars[token.text] = char
            out.append(char)
        return "".join(out)

    def diff(
        self, old: Sequence[Token], new: Sequence[Token], old_anchor: int, new_anchor: int
    ) -> tuple[list[Change], int]:
        """Changes between `old` and `new`, and the number of equal words.

        The anchors are the offsets to use for an empty span before the first token.
        """
        a, b = self._encode(old), self._encode(new)
        if a == b:
            return [], word_count(old)
        diffs = self._dmp.diff(a, b)
        self._dmp.diff_cleanupSemantic(diffs)
        changes: list[Change] = []
        equal_words = 0
        i = j = 0
        pending_del: list[Token] = []
        pending_ins: list[Token] = []
        old_pos, new_pos = old_anchor, new_anchor

        def flush() -> None:
            if not pending_del and not pending_ins:
                return
            old_span = Span(pending_del[0].start, pending_del[-1].end) if pending_del else Span(old_pos, old_pos)
            new_span = Span(pending_ins[0].start, pending_ins[-1].end) if pending_ins else Span(new_pos, new_pos)
            changes.append(Change(old_span, new_span, word_count(pending_del), word_count(pending_ins)))
            pending_del.clear()
            pending_ins.clear()

        for op, chunk in diffs:
            n = len(chunk)
            if op == EQUAL:
                flush()
                equal_words += word_count(old[i : i + n])
                i += n
                j += n
                old_pos, new_pos = old[i - 1].end, new[j - 1].end
            elif op == DELETE:
                pending_del.extend(old[i : i + n])
                i += n
            else:
                pending_ins.extend(new[j : j + n])
                j += n
        flush()
        return changes, equal_words
