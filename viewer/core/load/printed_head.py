"""A ministry's letter head as a PDF prints it or a copy of that PDF reads: where it ends, what stays.

A ministry's Word template sets the letter's head in a table: the addressee with the Kamer's
address ("Aan de Voorzitter van de Tweede Kamer / der Staten-Generaal / Postbus 20018 / 2500 EA
DEN HAAG"), then "Datum", "Betreft", "Ons kenmerk" beside their values, and often the sender's
column at the right (the ministry, its address, "Onze referentie", "Bijlage(n)"). The Word loader
keeps the addressee and makes the published letter's "Den Haag, 28 juni 2019" from the head
(letter_head.py). Printed, the same head read as the letter's opening: its address, labels and
values added some fifteen words, and the place-and-date line was missing (qa15 D3, D4).

This module reads the head from its lines, top down, however they came (pdf_head.py gives a PDF's
first page, text_head.py a copy's first lines): labels and their values, a wrapped value or the
sender's column set in from the text's left edge, and the short lines of the addresses between
them. The head ends with the last label's value and the set-in lines right under it; the first
line of running text (long, or a sentence) ends the search. Only a head with a "Datum" holding a
date and one more label of a letter's head ("Betreft", "Ons kenmerk", ...) is one: a published
letter's opening ("Aan de Voorzitter ..." then "Den Haag, 28 juni 2019") has no labels at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.core import regex_cache
from viewer.core.load.letter_head import HEAD_LABEL, place_date_line

# a head holds few lines: addressee, its address, three or four labels and the sender's column
MOST_LINES = 40
# characters: a line of the head's addresses is short; running text's lines are longer
_SHORT = 50
# labels that say nothing of a letter's head on their own: an address or an addressee also has them
_NOT_HEAD_ONLY = frozenset({"Datum", "Postbus", "Aan de ", "Aan het "})
_ADDRESSEE = ("Aan de ", "Aan het ")
# the addressee's next line: "der Staten-Generaal", not the sender's "www.defensie.nl"
_LOWER_WORD = regex_cache.compile(r"[a-z]+ ")


@dataclass(frozen=True, slots=True)
class HeadLine:
    """A line of the page's top as the head is read from it."""

    text: str  # a label with its value ("Datum 28 juni 2019"), a bare label, an address line
    indented: bool = False  # set in well right of the text's left edge: a wrapped value, the sender's column
    beside: tuple[str, ...] = ()  # what a copy with its layout kept prints beside it (the sender's column)


@dataclass(frozen=True, slots=True)
class Head:
    end: int  # the head is the lines before this one
    addressee: str | None  # "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    addressee_at: int | None  # the line the addressee starts on
    date_line: str  # "Den Haag, 28 juni 2019"


def _bare(text: str, label: str) -> bool:
    """Is `text` the label alone ("Datum", "Ons kenmerk:", "Bijlage(n)"), its value on the next line?"""
    return text[len(label) :].strip() in ("", ":", "(n)", "(n):")


def _running(text: str) -> bool:
    """Does `text` read as running text rather than a line of an address: long, or a sentence?"""
    return len(text) > _SHORT or (text.endswith((".", "!", "?", ":", ";")) and len(text.split()) > 3)


def find_head(lines: Sequence[HeadLine]) -> Head | None:
    """The letter's head at the top of `lines`, or None when they open with none."""
    end = 0
    pending = False  # a bare label's value is on the next line
    labels: set[str] = set()
    for i, line in enumerate(lines[:MOST_LINES]):
        label = HEAD_LABEL.match(line.text)
        if label:
            labels.add(label.group())
            pending = _bare(line.text, label.group())
            end = i + 1
        elif pending or (end == i and end and (line.indented or line.text[:1].islower())):
            # a bare label's value, a wrapped value, the sender's column set in under the head
            pending = False
            end = i + 1
        elif not line.indented and _running(line.text):
            break  # the letter's first paragraph
    if "Datum" not in labels or not labels - _NOT_HEAD_ONLY or end >= len(lines):
        return None
    head = lines[:end]
    # the left-hand column first: "Datum" and the date under it, not the sender's column beside
    texts = [line.text for line in head] + [text for line in head for text in line.beside]
    date_line = place_date_line(texts)
    if date_line is None:
        return None
    at = next((i for i, line in enumerate(head) if line.text.startswith(_ADDRESSEE) and not line.indented), None)
    return Head(end, None if at is None else _addressee(head, at), at, date_line)


def _addressee(head: Sequence[HeadLine], start: int) -> str:
    """The addressee's lines joined: "Aan de Voorzitter van de Tweede Kamer", then the next line of
    the left-hand column that starts in lower case ("der Staten-Generaal"; a copy may have read the
    sender's column in between), and any lower-case lines right under that."""
    parts = [head[start].text]
    i = start + 1
    while i < len(head) and not head[i].text.startswith("Datum"):
        line = head[i]
        if not line.indented and _LOWER_WORD.match(line.text):
            parts.append(line.text)
        elif len(parts) > 1:
            break
        i += 1
    return " ".join(parts)
