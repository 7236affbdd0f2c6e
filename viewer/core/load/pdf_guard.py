"""Refusing a PDF whose streams unpack to far more than a letter's pages hold (a decompression bomb).

pdfium unpacks and parses a page's whole content stream when it loads the page, with no limit of
its own: a 1 MB file whose content stream inflates to 1 GB took 2 GB of memory, and under a memory
limit the process died with no message at all. Nothing pdfium offers tells the size before that, so
the file's Flate streams are measured here first, by unpacking them in small pieces and counting,
never holding more than a piece, and stopping at the limit. LZW-packed streams likewise (a 6 KB
file whose stream was LZW- and then Flate-packed took pdfium 20 s and 7 GB). A stream first written
out in hex, ASCII85 or run-length code and then packed is unpacked through those filters too;
run-length code alone pdfium bounds itself (a stream of 512 MB in it took 35 MB).

A letter's page holds some tens of kilobytes of content; the sample letter's fifteen pages and their
fonts unpack to 1.6 MB in all, a page with a detailed vector map (an annex) to some 30 MB. Images are
left out: pdfium does not decode them to read the text. What the stream's dictionary says is read
as pdfium reads it (pdf_dict.py): words in a string or a comment, or the dictionary of an object
that is not this stream's, say nothing about it. Encrypted streams (which do not unpack) are not
measured, nor what comes out of a filter not named here (images' filters).
"""

from __future__ import annotations

import base64
import binascii
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator

from viewer.core import regex_cache
from viewer.core.errors import LoadError
from viewer.core.load.pdf_dict import Objects, StreamHead, read_head
from viewer.core.load.source import Source

_MB = 1024 * 1024
# one stream of page content (or a form's) beyond this is no letter's page: a page of a detailed
# vector map unpacks to some 30 MB, and pdfium reads one at 4 to 5 times its size in memory
MAX_STREAM = 64 * _MB
# all streams together, fonts included: pdfium keeps a page's content only while reading that page,
# so this bounds the time spent more than the memory
MAX_TOTAL = 192 * _MB
_PIECE = 256 * 1024
# The keyword that opens a stream's data ("endstream" closes it): like pdfium, after the word
# "stream" skip the rest of its line, ended by CR LF, LF or CR alone.
_STREAM = regex_cache.compile(rb"(?<![A-Za-z0-9])stream(?![A-Za-z0-9])[^\r\n]*(?:\r\n|\r|\n)")

Decoder = Callable[[Iterable[bytes], int], Iterator[bytes]]


def check_inflation(source: Source) -> None:
    """Raise LoadError when a stream of the PDF unpacks to more than MAX_STREAM, or all to more than
    MAX_TOTAL."""
    data = source.data
    total = 0
    objects: Objects = {}
    for match in _STREAM.finditer(data):
        head = read_head(data, match.start(), objects)
        if head.image:
            continue
        chains = [chain for chain in (_decoders(names) for names in head.filters) if chain]
        if not chains:
            continue
        end = data.find(b"endstream", match.end())
        body = memoryview(data)[match.end() : end if end >= 0 else len(data)]
        cap = MAX_TOTAL - total if head.font else min(MAX_STREAM, MAX_TOTAL - total)
        size = max(_unpacked_size(body, chain, cap) for chain in chains)
        if size > cap:
            _refuse(source, head, cap)
        total += size


def _refuse(source: Source, head: StreamHead, cap: int) -> None:
    # Said as it is: the file unpacks to more than this program opens. A real letter may get there
    # (pages of maps); a bomb always does. The limit is there for the bombs, which say nothing else.
    if cap == MAX_STREAM and not head.font:
        limit, dutch, english = MAX_STREAM, "in één stroom", "in one stream"
    else:
        limit, dutch, english = MAX_TOTAL, "in alle stromen samen", "in all streams together"
    raise LoadError(
        source.path,
        f"de PDF pakt uit tot meer dan {limit // _MB} MB aan pagina-inhoud {dutch}, meer dan dit "
        "programma opent (een grens tegen decompressiebommen); niet geopend",
        f"the PDF unpacks to more than {limit // _MB} MB of page content {english}, more than this "
        "program opens (a limit against decompression bombs); not opened",
    )


def _decoders(names: tuple[bytes, ...]) -> list[Decoder]:
    """The filters of `names`, in order, up to the first one not measured here; none when neither
    Flate nor LZW is among them (hex and ASCII85 only shrink what they are given, and run-length
    code alone pdfium bounds)."""
    chain: list[Decoder] = []
    for name in names:
        decoder = _DECODERS.get(name)
        if decoder is None:
            break  # another filter: what comes out of it is not measured here
        chain.append(decoder)
    return chain if _inflate in chain or _unlzw in chain else []


def _unpacked_size(body: memoryview, chain: list[Decoder], cap: int) -> int:
    """What `body` unpacks to through the filters of `chain`, counted up to just beyond `cap`."""
    pieces: Iterable[bytes] = (bytes(body[i : i + _PIECE]) for i in range(0, len(body), _PIECE))
    for decode in chain:
        pieces = decode(pieces, cap)
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


_CLEAR, _END = 256, 257


def _unlzw(pieces: Iterable[bytes], cap: int) -> Iterator[bytes]:
    """LZWDecode as PDF writes it (9- to 12-bit codes, 256 clears the table, 257 ends, the code
    width growing one code early); a code that cannot be (damaged data) ends it quietly."""
    table = [bytes([i]) for i in range(256)] + [b"", b""]
    width, bits, held = 9, 0, 0
    previous = b""
    produced = 0
    for piece in pieces:
        out = bytearray()
        for byte in piece:
            bits = (bits << 8) | byte
            held += 8
            while held >= width:
                held -= width
                code = bits >> held
                bits &= (1 << held) - 1
                if code < 256 or _END < code < len(table):
                    entry = table[code]
                    if previous and len(table) < 4096:
                        table.append(previous + entry[:1])
                elif code == len(table) and previous:
                    entry = previous + previous[:1]
                    table.append(entry)
                elif code == _CLEAR:
                    del table[_END + 1 :]
                    width, previous = 9, b""
                    continue
                else:  # the end, or damaged
                    yield bytes(out)
                    return
                out += entry
                previous = entry
                if len(table) + 1 >= 1 << width and width < 12:
                    width += 1
            if len(out) >= _PIECE:
                produced += len(out)
                yield bytes(out)
                out = bytearray()
                if produced > cap:
                    return
        produced += len(out)
        yield bytes(out)
        if produced > cap:
            return


def _unrun(pieces: Iterable[bytes], cap: int) -> Iterator[bytes]:
    """RunLengthDecode: a length byte, then that many and one bytes as they are (0-127) or one byte
    257 less that many times (129-255); 128 ends."""
    pending = b""
    for piece in pieces:
        data = pending + piece
        out = bytearray()
        at = 0
        while at < len(data):
            length = data[at]
            if length == 128:
                yield bytes(out)
                return
            need = length + 2 if length < 128 else 2
            if at + need > len(data):
                break
            out += data[at + 1 : at + need] if length < 128 else data[at + 1 : at + 2] * (257 - length)
            at += need
        pending = data[at:]
        yield bytes(out)


_NOT_HEX = regex_cache.compile(rb"[^0-9A-Fa-f]+")


def _unhex(pieces: Iterable[bytes], cap: int) -> Iterator[bytes]:
    """ASCIIHexDecode: pairs of hex digits up to ">", anything else skipped (as pdfium does)."""
    odd = b""
    for piece in pieces:
        end = piece.find(b">")
        digits = odd + _NOT_HEX.sub(b"", piece if end < 0 else piece[:end])
        odd = digits[len(digits) // 2 * 2 :]
        yield binascii.unhexlify(digits[: len(digits) // 2 * 2])
        if end >= 0:
            break
    if odd:
        yield binascii.unhexlify(odd + b"0")


_NOT_A85 = regex_cache.compile(rb"[^!-u]+")


def _un85(pieces: Iterable[bytes], cap: int) -> Iterator[bytes]:
    """ASCII85Decode: groups of five characters "!" to "u", "z" for four zero bytes, up to "~"."""
    rest = b""
    for piece in pieces:
        end = piece.find(b"~")
        chars = rest + _NOT_A85.sub(b"", (piece if end < 0 else piece[:end]).replace(b"z", b"!!!!!"))
        whole = len(chars) // 5 * 5
        rest = chars[whole:]
        yield _a85(chars[:whole])
        if end >= 0:
            break
    if rest:  # a last, short group: padded with "u", as many bytes as it has characters less one
        yield _a85(rest + b"u" * (5 - len(rest)))[: len(rest) - 1]


def _a85(groups: bytes) -> bytes:
    try:
        return base64.a85decode(groups)
    except (ValueError, struct.error):
        # a group beyond 2**32 (malformed): pdfium's sum overflows and goes on, so the rest still
        # counts; group by group, with its overflow
        out = bytearray()
        for i in range(0, len(groups), 5):
            value = 0
            for char in groups[i : i + 5]:
                value = (value * 85 + char - 33) & 0xFFFFFFFF
            out += value.to_bytes(4, "big")
        return bytes(out)


_DECODERS: dict[bytes, Decoder] = {
    b"/FlateDecode": _inflate,
    b"/Fl": _inflate,
    b"/ASCIIHexDecode": _unhex,
    b"/AHx": _unhex,
    b"/ASCII85Decode": _un85,
    b"/A85": _un85,
    b"/LZWDecode": _unlzw,
    b"/LZW": _unlzw,
    b"/RunLengthDecode": _unrun,
    b"/RL": _unrun,
}
