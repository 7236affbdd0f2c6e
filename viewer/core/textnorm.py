"""Small text normalisations shared by loaders, alignment and fact extraction."""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "‛": "'", "´": "'", "`": "'", "“": '"', "”": '"', "„": '"'})
_TRAILING = re.compile(r"[\s.:;,!?]+$")


def collapse_spaces(text: str) -> str:
    """One space for every run of whitespace (line breaks, tabs, no-break spaces), trimmed."""
    return _SPACE.sub(" ", text).strip()


def fold_heading(text: str) -> str:
    """A heading's comparable form: case, quote style, whitespace and trailing punctuation folded."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return _TRAILING.sub("", collapse_spaces(text)).casefold()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
