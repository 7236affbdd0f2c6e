"""The signature that closes a letter: "De Minister van Defensie, J.A. Hennis-Plasschaert".

It stands after the last section's text, so it belongs to whichever section comes last. When a later
letter moves that section, the signature moves to another: the comparison would show the ministers'
names dropped from one section and added to another, words that never changed. `closing` finds the
signature, so that the comparison can leave it out where it changed place (compare.py).
"""

from __future__ import annotations

from viewer.core import regex_cache
from viewer.core.document import Document, Span

# the signer's name: initials and a surname, its prefixes in lower case ("J.A. Hennis-Plasschaert",
# "M. van der Steur"), the surname of one or two words ("H.G.J. Bruins Slot"); a title may go first
# ("drs. C.A. van der Maat"). The text loaders read the name under a signature's line by it too.
SIGNER_TITLE = r"(?:(?:drs|dr|mr|ir|prof)\.\s+)?"
SIGNER_NAME = (
    r"(?:[A-Z][a-z]?\.\s?){1,6}(?:(?:van|de|der|den|ter|ten|te|in|het|'t)\s+)*[A-Z][\w’'\-]+"
    r"(?:\s[A-Z][\w’'\-]+)?"
)
# "De Minister van Buitenlandse Zaken, A.G. Koenders", "De Staatssecretaris van Defensie, drs. B.
# Visser", or the name alone on a line of its own
_SIGNED = regex_cache.compile(
    rf"[Dd]e\s+(?:Minister|Staatssecretaris|Minister-President)\b[^.;:]{{0,120}},\s+{SIGNER_TITLE}{SIGNER_NAME}"
)
_SIGNER = regex_cache.compile(SIGNER_NAME)
# the signature's line without the name, as Word and the platform's HTML set it: a paragraph of its own
_SIGNATURE_LINE = regex_cache.compile(r"[Dd]e\s+(?:Minister|Staatssecretaris|Minister-President)\b[^.;:]{0,120},")
_TITLE = regex_cache.compile(SIGNER_TITLE)


def signature_line(text: str) -> bool:
    """Is `text` a signature's line without the name ("De Minister van Defensie,")?"""
    return _SIGNATURE_LINE.fullmatch(text.strip()) is not None


def signs(line: str, name: str) -> bool:
    """Is `name` the signer's name under the signature's line `line` ("De Minister van Defensie," and
    "J.A. Hennis-Plasschaert")? The two are one paragraph in copied text and the XML."""
    if _SIGNATURE_LINE.fullmatch(line) is None:
        return False
    title = _TITLE.match(name)
    return _SIGNER.fullmatch(name, title.end() if title else 0) is not None


def closing(document: Document) -> tuple[int, tuple[Span, ...]] | None:
    """The section that holds the letter's closing signature, and the spans of its paragraphs; None
    when the letter ends in no signature."""
    for section in reversed(document.sections):
        if not section.paragraphs:
            continue
        spans: list[Span] = []
        for paragraph in reversed(section.paragraphs):
            text = paragraph.text.strip()
            if _SIGNED.fullmatch(text) is None and _SIGNER.fullmatch(text) is None:
                break
            spans.append(paragraph.span)
        return (section.index, tuple(reversed(spans))) if spans else None
    return None
