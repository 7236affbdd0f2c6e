"""Section numbers before a heading: "1. Achtergrond", "2.1 Luchtoperaties", "2.1.3 Kosten".

Numbered divisies are the normal shape of a Kamerstuk. Copied text, a paragraph per line and Word
without heading styles give them as plain lines, where "1. Achtergrond" looks like a list's item;
the number tells how deep the heading sits ("2.1" under "2."), and the lines around it whether it
heads a section or counts a list (a list's items come in a run, after a lead-in that ends in ":").
"""

from __future__ import annotations

import re

from viewer.core import regex_cache

# a number of one level ends in a full stop ("1. "), so that a footnote's line ("1 Kamerstuk ...")
# and a year are none; one of more levels may leave it out ("2.1 Luchtoperaties")
_NUMBER = regex_cache.compile(r"\s*(?P<number>\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}\.)\s+(?=\S)")


def _match(text: str) -> re.Match[str] | None:
    return _NUMBER.match(text)


def section_number(text: str) -> tuple[int, ...] | None:
    """The section number `text` starts with, as its parts ("2.1 Luchtoperaties": (2, 1)); None without one."""
    found = _match(text)
    if found is None:
        return None
    return tuple(int(part) for part in found.group("number").rstrip(".").split("."))


def after_number(text: str) -> str:
    """`text` without the section number it starts with ("Luchtoperaties")."""
    found = _match(text)
    return text[found.end() :] if found else text


def counts_on(earlier: str, later: str) -> bool:
    """Does `later` start with the number after the one `earlier` starts with ("1. Foo", "2. Bar";
    "2.1 Foo", "2.2 Bar"): the next item of a list, or the next heading of the same rank?"""
    first, second = section_number(earlier), section_number(later)
    return first is not None and second is not None and second == (*first[:-1], first[-1] + 1)
