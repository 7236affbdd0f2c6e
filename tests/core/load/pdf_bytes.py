"""PDFs made byte by byte for the decompression-bomb tests: one page per content stream, packed
with the filters a test names, and the packers pdfium reads (Flate, LZW, run-length code)."""

from __future__ import annotations

import zlib
from pathlib import Path

# a line of drawing operators: what a page's content is made of
_OPS = b"0 0 m 100 100 l S 1 0 0 1 0 0 cm BT /F1 10 Tf (x) Tj ET\n"


def deflate(data_size: int, layers: int = 1) -> bytes:
    """`_OPS` repeated to `data_size` bytes, Flate-compressed `layers` times, without holding it all."""
    packer = zlib.compressobj(9)
    block = _OPS * (1024 * 1024 // len(_OPS))
    parts = [packer.compress(block) for _ in range(data_size // len(block))]
    packed = b"".join([*parts, packer.flush()])
    for _ in range(layers - 1):
        packed = zlib.compress(packed, 9)
    return packed


def write_pdf(
    path: Path,
    streams: list[bytes],
    *,
    layers: int = 1,
    filters: str | None = None,
    extra: str = "",
    eol: bytes = b"\n",
    objects_after: tuple[bytes, ...] = (),
) -> Path:
    """A PDF of one page per stream, each its Flate-compressed content (a font for its text).

    `filters` replaces the /Filter value, `extra` goes into each stream's dictionary, `eol` ends the
    "stream" keyword's line; `objects_after` follow the pages' (numbered on from them)."""
    if filters is None:
        filters = "/FlateDecode" if layers == 1 else "[" + " ".join(["/FlateDecode"] * layers) + "]"
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(f"{4 + 2 * i} 0 R".encode() for i in range(len(streams)))
        + f"] /Count {len(streams)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, stream in enumerate(streams):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {5 + 2 * i} 0 R >>".encode()
        )
        head = f"<< /Length {len(stream)} /Filter {filters}{extra} >>\nstream".encode()
        objects.append(head + eol + stream + b"\nendstream")
    objects.extend(objects_after)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


class _Bits:
    """Codes of varying width written most significant bit first, as LZWDecode reads them."""

    def __init__(self) -> None:
        self.out = bytearray()
        self.bits = 0
        self.held = 0

    def put(self, code: int, width: int) -> None:
        self.bits = (self.bits << width) | code
        self.held += width
        while self.held >= 8:
            self.held -= 8
            self.out.append((self.bits >> self.held) & 0xFF)
        self.bits &= (1 << self.held) - 1

    def end(self) -> bytes:
        if self.held:
            self.out.append((self.bits << (8 - self.held)) & 0xFF)
        return bytes(self.out)


def lzw(data: bytes) -> bytes:
    """`data` LZW-packed as PDF has it (EarlyChange 1): 9- to 12-bit codes, 256 clears the table
    (here when it is nearly full), 257 ends."""
    out = _Bits()
    table = {bytes([i]): i for i in range(256)}
    next_code, width = 258, 9
    out.put(256, width)
    word = b""
    for byte in data:
        longer = word + bytes([byte])
        if longer in table:
            word = longer
            continue
        out.put(table[word], width)
        table[longer] = next_code
        next_code += 1
        if next_code >= 1 << width:  # the reader adds its entries a code later, and widens one early
            width += 1
        if next_code >= 4094:
            out.put(256, width)
            table = {bytes([i]): i for i in range(256)}
            next_code, width = 258, 9
        word = bytes([byte])
    if word:
        out.put(table[word], width)
    out.put(257, width)
    return out.end()


def lzw_run(byte: int, tables: int) -> bytes:
    """`byte` repeated, LZW-packed as an encoder would: each code one byte longer than the one
    before, until the table is full and cleared; about 7.4 MB per table, in some 5 KB."""
    out = _Bits()
    width = 9
    for _ in range(tables):
        out.put(256, width)
        width = 9
        out.put(byte, width)
        for code in range(258, 4094):
            out.put(code, width)
            if code + 2 >= 1 << width:
                width += 1
    out.put(257, 12)
    return out.end()


def run_length(data: bytes) -> bytes:
    """`data` in RunLengthDecode's literal runs (a length byte, then up to 128 bytes), ended."""
    runs = (bytes([len(data[i : i + 128]) - 1]) + data[i : i + 128] for i in range(0, len(data), 128))
    return b"".join(runs) + b"\x80"
