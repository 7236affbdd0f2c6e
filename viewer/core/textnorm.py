"""Small text normalisations shared by loaders, alignment and fact extraction."""

from __future__ import annotations

import unicodedata

from viewer.core import regex_cache

_SPACE = regex_cache.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "‛": "'", "´": "'", "`": "'", "“": '"', "”": '"', "„": '"'})
_TRAILING = regex_cache.compile(r"[\s.:;,!?]+$")
# Spaces a word processor or a typesetter puts where a letter means an ordinary space ("Den Haag",
# "27 925", "€ 5 miljoen" kept on one line): the rules that read a letter's lines match a plain
# space, so the same letter with these would lose its date line or keep its running footer. A soft
# hyphen only marks where a word may break: inside a line it is invisible, and must not split a word.
_PLAIN = str.maketrans(
    {
        **dict.fromkeys(("\u00a0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005"), " "),
        **dict.fromkeys(("\u2006", "\u2007", "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000"), " "),
        "\u00ad": None,
    }
)

_UNPLAIN = regex_cache.compile("[" + "".join(chr(c) for c in _PLAIN) + "]")


def collapse_spaces(text: str) -> str:
    """One space for every run of whitespace (line breaks, tabs, no-break spaces), trimmed."""
    return _SPACE.sub(" ", text).strip()


def plain_spaces(text: str) -> str:
    """`text` with no-break, figure, thin and other Unicode spaces as plain spaces, soft hyphens dropped.

    Every loader's text passes through here (build.py, and the line rules of pdftext.py before
    them), so that a letter reads the same whichever spaces its file used.
    """
    if _UNPLAIN.search(text) is None:
        return text  # nearly every line: `str.translate` with a table would copy it at ~1 µs a line
    return text.translate(_PLAIN)


def fold_heading(text: str) -> str:
    """A heading's comparable form: case, quote style, whitespace and trailing punctuation folded."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return _TRAILING.sub("", collapse_spaces(text)).casefold()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
