"""Refusing a PDF whose streams unpack to far more than a letter's pages hold (a decompression bomb).

pdfium unpacks and parses a page's whole content stream when it loads the page, with no limit of
its own: a 1 MB file whose content stream inflates to 1 GB took 2 GB of memory, and under a memory
limit the process died with no message at all. Nothing pdfium offers tells the size before that, so
the file's Flate streams are measured here first, by inflating them in small pieces and counting,
never holding more than a piece, and stopping at the limit.

A letter's page holds some tens of kilobytes of content; the sample letter's fifteen pages and their
fonts unpack to 1.6 MB in all. Images are left out: pdfium does not decode them to read the text.
Streams under another filter, or encrypted ones (which do not inflate), are not measured.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator

from viewer.core.errors import LoadError
from viewer.core.load.source import Source

# one stream of page content (or a form's) beyond this is no letter's page
MAX_STREAM = 16 * 1024 * 1024
# all streams together, fonts included
MAX_TOTAL = 96 * 1024 * 1024
_PIECE = 256 * 1024
# the keyword that opens a stream's data ("endstream" closes it)
_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n)")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_FONT = re.compile(rb"/Length1\b|/Subtype\s*/(?:Type1C|CIDFontType0C|OpenType)\b")
_FILTERS = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_FLATE = (b"/FlateDecode", b"/Fl")
# how far before its data a stream's dictionary may start
_HEAD = 4096


def check_inflation(source: Source) -> None:
    """Raise LoadError when a stream of the PDF unpacks to more than MAX_STREAM, or all to more than
    MAX_TOTAL."""
    data = source.data
    total = 0
    for match in _STREAM.finditer(data):
        head_start = data.rfind(b"obj", max(0, match.start() - _HEAD), match.start())
        head = data[max(head_start, match.start() - _HEAD) : match.start()]
        layers = _flate_layers(head)
        if not layers or _IMAGE.search(head):
            continue
        end = data.find(b"endstream", match.end())
        body = memoryview(data)[match.end() : end if end >= 0 else len(data)]
        font = _FONT.search(head) is not None
        cap = MAX_TOTAL - total if font else min(MAX_STREAM, MAX_TOTAL - total)
        size = _inflated_size(body, layers, cap)
        if size > cap:
            limit = MAX_STREAM if cap == MAX_STREAM and not font else MAX_TOTAL
            raise LoadError(
                source.path,
                f"de PDF pakt uit tot meer dan {limit // (1024 * 1024)} MB aan pagina-inhoud: "
                "mogelijk een decompressiebom, niet geopend",
                f"the PDF unpacks to more than {limit // (1024 * 1024)} MB of page content: "
                "possibly a decompression bomb, not opened",
            )
        total += size


def _flate_layers(head: bytes) -> int:
    """How many Flate filters, in a row from the first, the stream's dictionary names."""
    found = _FILTERS.search(head)
    if found is None:
        return 0
    layers = 0
    for name in re.findall(rb"/[A-Za-z0-9]+", found.group(1)):
        if name not in _FLATE:
            break  # another filter first: what comes out of it is not measured here
        layers += 1
    return layers


def _inflated_size(body: memoryview, layers: int, cap: int) -> int:
    """What `body` unpacks to through `layers` Flate filters, counted up to just beyond `cap`."""
    pieces: Iterable[bytes] = (bytes(body[i : i + _PIECE]) for i in range(0, len(body), _PIECE))
    for _ in range(layers):
        pieces = _inflate(pieces, cap)
    size = 0
    for piece in pieces:
        size += len(piece)
        if size > cap:
            break
    return size


def _inflate(pieces: Iterable[bytes], cap: int) -> Iterator[bytes]:
    """The pieces inflated, a piece at most _PIECE long at a time, ending beyond `cap` or at the end
    of the stream; data that does not inflate (encrypted, damaged) ends it quietly: pdfium judges it."""
    inflater = zlib.decompressobj()
    produced = 0
    try:
        for piece in pieces:
            while piece:
                out = inflater.decompress(piece, _PIECE)
                piece = inflater.unconsumed_tail
                produced += len(out)
                yield out
                if produced > cap or inflater.eof:
                    return
    except zlib.error:
        return
