"""Reading an input file safely and deciding its format from its content.

The file is opened read-only, read once into memory (so it is never locked for longer
than the read) and never written to.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from io import BytesIO
from typing import BinaryIO

from viewer.core import regex_cache
from viewer.core.document import Format
from viewer.core.errors import LoadError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DEFAULT_SIZE_LIMIT = 50 * 1024 * 1024
SIZE_LIMIT_ENV = "BRIEFVERGELIJKER_MAX_BYTES"


# the highest BRIEFVERGELIJKER_MAX_BYTES taken: a letter is read whole into memory, twice over
# while it is decoded, so a limit beyond a few hundred MB only trades a clear message for a crash
MAX_SIZE_LIMIT = 1024 * 1024 * 1024
_CHUNK = 1024 * 1024


def _size(n: int) -> str:
    """A size as the README states the limit: in MB of 1024 × 1024 bytes ("50 MB", "52.4 MB")."""
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f}".removesuffix(".0") + " MB"
    if n >= 1024:
        return f"{n / 1024:.1f}".removesuffix(".0") + " kB"
    return f"{n} bytes"


# a size as an administrator types it: bytes ("52428800"), or with a unit of 1024, 1024² or 1024³
# bytes, with or without "B" and "i", in any case, with a decimal comma or point ("100MB", "100 M",
# "1,5 GB", "512 KiB")
_SIZE = regex_cache.compile(r"(?P<number>\d+(?:[.,]\d+)?)\s*(?:(?P<unit>[kmg])i?b?|b)?", re.IGNORECASE)
_UNITS = {"k": 1024, "m": 1024**2, "g": 1024**3}
# what size_limit gives for a setting it cannot read: no limit at all, so _check_limit refuses it
_UNUSABLE = 0


def parse_size(text: str) -> int | None:
    """The bytes a size stands for, or None when it is no size: a fraction of a byte, a negative or
    exponent notation are not ("0.01", "-5", "1e1")."""
    found = _SIZE.fullmatch(text.strip())
    if found is None:
        return None
    # exact, and without a float's infinity: "999…9K" of 400 digits is a size, only far too large
    number = Decimal(found.group("number").replace(",", "."))
    unit = found.group("unit")
    if unit is None:
        return int(number) if number == number.to_integral_value() else None
    return round(number * _UNITS[unit.lower()])


def size_limit() -> int:
    raw = os.environ.get(SIZE_LIMIT_ENV)
    if raw is None or not raw.strip():
        return DEFAULT_SIZE_LIMIT
    limit = parse_size(raw)
    return _UNUSABLE if limit is None else limit


def _check_limit(name: str, limit: int) -> None:
    if 0 < limit <= MAX_SIZE_LIMIT:
        return
    raw = os.environ.get(SIZE_LIMIT_ENV, str(limit))
    raise LoadError(
        name,
        f"{SIZE_LIMIT_ENV}={raw} is geen bruikbare grens: geef een aantal bytes of een grootte als "
        f"100MB of 0,5 GB, tot {_size(MAX_SIZE_LIMIT)}",
        f"{SIZE_LIMIT_ENV}={raw} is not a usable limit: give a number of bytes or a size such as 100MB "
        f"or 0.5 GB, up to {_size(MAX_SIZE_LIMIT)}",
    )


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    data: bytes


def read_source(path: str | os.PathLike[str], limit: int | None = None) -> Source:
    name = os.fspath(path)
    limit = size_limit() if limit is None else limit
    _check_limit(name, limit)
    try:
        # stat, not os.path.exists: that says "missing" also when a folder on the way may not be entered
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise LoadError(name, "dit is een map, geen bestand", "this is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            # a named pipe would block the read until someone writes to it; a device never ends
            raise LoadError(
                name,
                "geen gewoon bestand maar een pipe, apparaat of socket",
                "not a regular file but a pipe, device or socket",
            )
        if info.st_size > limit:
            raise LoadError(
                name,
                f"bestand is te groot: {_size(info.st_size)}, de grens is {_size(limit)}",
                f"the file is too large: {_size(info.st_size)}, the limit is {_size(limit)}",
            )
        with open(name, "rb") as handle:
            data = _read_up_to(handle, limit + 1)
    except FileNotFoundError:
        raise LoadError(name, "bestand niet gevonden", "file not found") from None
    except PermissionError:
        raise LoadError(name, "geen leesrechten", "permission denied: the file may not be read") from None
    except OSError as exc:
        raise LoadError(
            name, f"kan niet gelezen worden ({exc.strerror or exc})", f"cannot be read ({exc.strerror or exc})"
        ) from None
    if len(data) > limit:
        raise LoadError(
            name,
            f"bestand is te groot, de grens is {_size(limit)}",
            f"the file is too large, the limit is {_size(limit)}",
        )
    if not data.strip():
        raise LoadError(name, "bestand is leeg", "the file is empty")
    return Source(name, data)


def _read_up_to(handle: BinaryIO, most: int) -> bytes:
    """At most `most` bytes, in chunks: `read(most)` reserves all of `most` at once, whatever the
    file holds (a file that grew since its size was read still stops at the limit)."""
    chunks: list[bytes] = []
    total = 0
    while total < most:
        chunk = handle.read(min(_CHUNK, most - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


_XML_START = regex_cache.compile(rb"^(\xef\xbb\xbf)?\s*<\?xml", re.I)
_HTML_HINT = regex_cache.compile(rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.I)


def _strip_bom_and_space(data: bytes) -> bytes:
    head = data[:4096]
    for bom in (b"\xef\xbb\xbf",):
        if head.startswith(bom):
            head = head[len(bom) :]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        with contextlib.suppress(UnicodeDecodeError):
            head = data[:8192].decode("utf-16").encode("utf-8", "replace")
    return head.lstrip()


def sniff(source: Source) -> Format:
    """The format, decided by content; the extension only breaks ties between HTML and XML."""
    data = source.data
    if data.startswith(b"%PDF-") or data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, ValueError, OSError):
            raise LoadError(
                source.path,
                "beschadigd zip-bestand: geen geldig Word-document",
                "corrupt zip file: not a valid Word document",
            ) from None
        if "word/document.xml" in names:
            return "docx"
        raise LoadError(
            source.path,
            "onbekend formaat: een zip-archief maar geen Word-document",
            "unknown format: a zip archive but not a Word document (.docx)",
        )
    head = _strip_bom_and_space(data)
    ext = os.path.splitext(source.path)[1].lower()
    if head.startswith(b"<"):
        html_hint = _HTML_HINT.search(head[:4096])
        if html_hint or (ext in (".html", ".htm", ".xhtml") and not head.startswith(b"<?xml")):
            return "html"
        return "xml"
    if data.startswith(OLE_MAGIC):
        # an old .doc, or a .docx saved with a password (Word wraps it in an OLE file)
        from viewer.core.load.docx import ole_problem  # lazy: docx imports this module

        raise LoadError(source.path, *ole_problem(data))
    if _looks_binary(data):
        raise LoadError(
            source.path,
            "onbekend formaat: binair bestand, geen tekst, XML, HTML, PDF of Word",
            "unknown format: a binary file, not text, XML, HTML, PDF or Word",
        )
    # text, whatever the name says: a letter saved as "brief.html" from a text editor is still text
    return "text"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return False  # UTF-16 and UTF-32 text (the BOMs; UTF-32 LE's starts as UTF-16 LE's) is full of NUL bytes
    if b"\x00" in sample:
        return not _looks_utf16(sample)
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.05


def _looks_utf16(sample: bytes) -> bool:
    """BOM-less UTF-16 text: NULs almost only on one parity (the high byte of Latin letters)."""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    return max(even, odd) > half * 0.6 and min(even, odd) < half * 0.02
