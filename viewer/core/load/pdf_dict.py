"""A PDF stream's dictionary read as pdfium reads it, for pdf_guard: is the stream an image, a font,
and through which filters does it unpack?

Read with a pattern, a dictionary can be made to say what it does not: "/Subtype /Image" in a
string or a comment made a page's content stream look like an image, which is not measured. So the
dictionary is read token by token from its object's "N G obj" to the "stream" keyword: strings,
hex strings and comments are skipped whole, and only the keys of the dictionary itself count, not
those of a dictionary nested in it. An "obj" inside a string or a comment starts no dictionary that
reads to the end: a stray ")" or words after its ">>" give it away. Where several dictionaries read
to the end (one in a comment just before "stream"), the stream is an image or a font only when all
of them say so, and every filter chain one of them names is measured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core import regex_cache

_WHITE = rb"\x00\t\n\x0c\r "
_DELIMITERS = rb"()<>\[\]{}/%"
_OBJ = regex_cache.compile(rb"(?<![0-9])\d+[" + _WHITE + rb"]+\d+[" + _WHITE + rb"]+obj(?![A-Za-z0-9])")
_TOKEN = regex_cache.compile(
    rb"[" + _WHITE + rb"]+|%[^\r\n]*|<<|>>|<[^<>]*>|[\[\]{}()]"
    rb"|/[^" + _WHITE + _DELIMITERS + rb"]*|[^" + _WHITE + _DELIMITERS + rb"]+"
)
_SKIPPED = frozenset(b"%\x00\t\n\x0c\r ")  # white space (the bytes of _WHITE) and a comment
_STRING_MARK = regex_cache.compile(rb"[()\\]")
_NUMBER = regex_cache.compile(rb"[0-9]+")
_FILTERS = regex_cache.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_FONT_SUBTYPES = (b"/Type1C", b"/CIDFontType0C", b"/OpenType")
# how far before "stream" its dictionary's object starts: a letter's stay well within the first;
# the second only when none read to the end there (a dictionary padded to hide its start)
_NEAR, _FAR = 4096, 64 * 1024
_FLATE = (b"/FlateDecode",)


@dataclass(frozen=True)
class StreamHead:
    image: bool
    font: bool
    filters: list[tuple[bytes, ...]]  # each a chain of filter names, in the order they apply


Objects = dict[tuple[bytes, bytes], list[bytes]]


def read_head(data: bytes, stream: int, objects: Objects) -> StreamHead:
    """What the dictionary before the "stream" keyword at `stream` says of the stream; `objects`
    keeps the objects a /Filter referred to, each looked up once."""
    dicts: list[dict[bytes, list[bytes]]] = []
    for window in (_NEAR, _FAR):
        for found in _OBJ.finditer(data, max(0, stream - window), stream):
            tokens = _tokens(data, found.end(), stream)
            keys = _dictionary(tokens) if tokens is not None else None
            if keys is not None:
                dicts.append(keys)
        if dicts:
            break
    if not dicts:
        # no dictionary reads as this stream's: measure it as Flate, and as whatever a /Filter near names
        near = data[max(0, stream - _NEAR) : stream]
        named = {tuple(re.findall(rb"/[A-Za-z0-9]+", f.group(1))) for f in _FILTERS.finditer(near)}
        return StreamHead(image=False, font=False, filters=sorted(named | {_FLATE}))
    chains = {_names(data, keys.get(b"/Filter", []), objects) for keys in dicts}
    return StreamHead(
        image=all(_name(keys, b"/Subtype") == b"/Image" for keys in dicts),
        font=all(b"/Length1" in keys or _name(keys, b"/Subtype") in _FONT_SUBTYPES for keys in dicts),
        filters=sorted(chain for chain in chains if chain),
    )


def _name(keys: dict[bytes, list[bytes]], key: bytes) -> bytes | None:
    value = keys.get(key)
    return value[0] if value and len(value) == 1 else None


def _tokens(data: bytes, pos: int, end: int, stop: bytes | None = None) -> list[bytes] | None:
    """The tokens from `pos` to `end` (or to the word `stop`), a string as "()" and a hex string as
    "<>", without comments; None where the text does not read as PDF (a ")" with no "(")."""
    out: list[bytes] = []
    while pos < end:
        found = _TOKEN.match(data, pos, end)
        if found is None:
            return None
        token, pos = found.group(), found.end()
        if token[0] in _SKIPPED:  # white space, a comment
            continue
        if token == b")":
            return None
        if token == b"(":
            pos = _string_end(data, pos, end)
            if pos < 0:
                return None
            token = b"()"
        elif token[:1] == b"<" and token != b"<<":
            token = b"<>"
        if token == stop:
            break
        out.append(token)
    return out


def _string_end(data: bytes, pos: int, end: int) -> int:
    """Where the string whose "(" ends at `pos` closes (its nested parentheses balanced, escaped ones
    not counted), or -1."""
    depth, escaped_until = 1, pos
    for mark in _STRING_MARK.finditer(data, pos, end):
        if mark.start() < escaped_until:
            continue
        char = mark.group()
        if char == b"\\":
            escaped_until = mark.start() + 2
        elif char == b"(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return mark.end()
    return -1


def _dictionary(tokens: list[bytes]) -> dict[bytes, list[bytes]] | None:
    """The keys of the one dictionary `tokens` hold, each with its value's tokens; None unless they
    are exactly one dictionary."""
    if not tokens or tokens[0] != b"<<":
        return None
    keys: dict[bytes, list[bytes]] = {}
    i = 1
    while i < len(tokens) and tokens[i] != b">>":
        key = tokens[i]
        end = _value_end(tokens, i + 1)
        if not key.startswith(b"/") or end is None:
            return None
        keys[key] = tokens[i + 1 : end]
        i = end
    return keys if i == len(tokens) - 1 else None  # words after its ">>": not this stream's


def _value_end(tokens: list[bytes], i: int) -> int | None:
    """Where the value starting at `tokens[i]` ends: an array or dictionary to its closing bracket,
    a reference "5 0 R" after its "R", anything else after itself."""
    if i >= len(tokens) or tokens[i] in (b"]", b">>"):
        return None
    if tokens[i] in (b"[", b"<<"):
        open_ = [tokens[i]]
        j = i + 1
        while j < len(tokens) and open_:
            token = tokens[j]
            if token in (b"[", b"<<"):
                open_.append(token)
            elif token in (b"]", b">>") and (token == b"]") != (open_.pop() == b"["):
                return None  # "[ ... >>": brackets that do not pair
            j += 1
        return None if open_ else j
    if _reference(tokens, i):
        return i + 3
    return i + 1


def _reference(tokens: list[bytes], i: int) -> bool:
    return (
        i + 2 < len(tokens)
        and _NUMBER.fullmatch(tokens[i]) is not None
        and _NUMBER.fullmatch(tokens[i + 1]) is not None
        and tokens[i + 2] == b"R"
    )


def _names(data: bytes, value: list[bytes], objects: Objects, *, follow: bool = True) -> tuple[bytes, ...]:
    """The filter names a /Filter value holds: a name, an array of names, or a reference to either
    (the object's last definition, as an updated file's is the one that counts)."""
    names: list[bytes] = []
    i = 0
    while i < len(value):
        if _reference(value, i):
            if follow:
                key = (value[i], value[i + 1])
                if key not in objects:
                    objects[key] = _object(data, *key)
                names.extend(_names(data, objects[key], objects, follow=False))
            i += 3
            continue
        if value[i].startswith(b"/"):
            names.append(value[i])
        i += 1
    return tuple(names)


def _object(data: bytes, number: bytes, generation: bytes) -> list[bytes]:
    pattern = re.compile(rb"(?<![0-9])" + number + rb"\s+" + generation + rb"\s+obj(?![A-Za-z0-9])")
    found = None
    for found in pattern.finditer(data):  # noqa: B007 - the last one is wanted
        continue
    if found is None:
        return []
    return _tokens(data, found.end(), min(len(data), found.end() + _NEAR), stop=b"endobj") or []
