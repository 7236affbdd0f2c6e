"""The place-and-date line of a letter whose head a ministry's template sets in a table.

The published letter (the official XML and HTML, and the PDF made from them) opens with "Den Haag,
27 januari 2017"; the ministry's own Word file states the same date in its head, "Datum" beside
"27 januari 2017", and its place in the sender's address ("Postbus 20061 2500 EB Den Haag"). Read
without that line, the two letters differ by it and its date fact: the letter's date read as
dropped. The line is made from the head in the published form, the date in the head's own words.

A template may set the sender's column (the ministry, its address, "Onze referentie") in a text box
anchored in the body's first paragraph instead of the page header: `head_column` tells it apart from
a box of the letter's own text, so that it dates the letter as a header would, and is no paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable

from viewer.core import regex_cache
from viewer.core.dutch import parse_place_date

# the labels and address lines of a letter's head, as a ministry's template tables them
HEAD_LABEL = regex_cache.compile(
    r"^(?:Datum|Onze referentie|Uw referentie|Ons kenmerk|Uw kenmerk|Kenmerk|Betreft|Onderwerp|Uw brief"
    r"|Contactpersoon|Bijlage(?:n|\(n\))?|Postbus|Aan de |Aan het )\b"
)
# the sender's name as a template's wordmark or column prints it
_SENDER = regex_cache.compile(r"^(?:Ministerie (?:van|voor)|Rijksoverheid\b)")
_HEAD_LINE = 80  # characters: a head's line is a label, a value or an address line, never running text

# a Dutch postcode and the place after it: "2500 EB Den Haag", "2500 EA  DEN HAAG"
_POSTCODE_PLACE = regex_cache.compile(r"\b\d{4}\s?[A-Z]{2}\s+([A-Za-z'’][\w'’ -]*?)\s*$")
_DEFAULT_PLACE = "Den Haag"  # where the government writes from when the head names no place


def _place(lines: list[str]) -> str:
    """The sender's place: the first address in the head (the return address or the sender's
    column comes before the addressee's in a template), in its usual capitals."""
    for line in lines:
        match = _POSTCODE_PLACE.search(line)
        if match:
            place = match.group(1)
            return " ".join(part.capitalize() for part in place.split()) if place.isupper() else place
    return _DEFAULT_PLACE


def place_date_line(texts: Iterable[str]) -> str | None:
    """ "Den Haag, 27 januari 2017" from a head's paragraphs ("Datum" then "27 januari 2017", or
    "Datum: 27 januari 2017" in one), or None when the head states no date."""
    lines = [line.strip() for text in texts for line in text.splitlines() if line.strip()]
    label = False
    for line in lines:
        value = line[len("Datum") :].lstrip(" :|") if line.startswith("Datum") else (line if label else "")
        label = line == "Datum"
        if value and parse_place_date(f"Datum {value}") is not None:
            return f"{_place(lines)}, {value}"
    return None


def head_column(lines: Iterable[str]) -> bool:
    """Are `lines` (a text box's paragraphs) a sender's column or wordmark: short lines, holding a
    head's label ("Onze referentie", "Uw brief van"), an address ("2500 EB Den Haag") or only the
    sender's name ("Ministerie van Defensie")? A box of the letter's text ("In het kader: 26,5
    miljoen euro") holds none of these, or runs on."""
    texts = [line.strip() for line in lines if line.strip()]
    if not texts or any(len(text) > _HEAD_LINE for text in texts):
        return False
    if any(HEAD_LABEL.match(text) or _POSTCODE_PLACE.search(text) for text in texts):
        return True
    return all(_SENDER.match(text) for text in texts)
