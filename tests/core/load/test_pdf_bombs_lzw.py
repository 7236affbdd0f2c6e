"""LZW and run-length packed PDF streams: measured by the bomb guard, and real letters in them read.

A 6 KB PDF whose page content was LZW- and then Flate-packed took pdfium 20 s and 7 GB of memory;
one of 1.5 MB in run-length code around a Flate bomb the same. Both passed the guard unmeasured.
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path

import pytest
from pdf_bytes import deflate, lzw, lzw_run, run_length, write_pdf

from viewer.core.errors import LoadError
from viewer.core.load import load_document, pdf_guard

_BIG = 512 * 1024 * 1024
_SAMPLE = Path(__file__).resolve().parents[3] / "resources" / "samples" / "kst-27925-597.txt"


def _refused(path: Path) -> str:
    with pytest.raises(LoadError) as error:
        load_document(path)
    return str(error.value)


@pytest.mark.parametrize(
    ("name", "pack", "filters"),
    [
        ("lzw-flate", lzw, "[/LZWDecode /FlateDecode]"),
        ("lzw-flate-short", lzw, "[/LZW /Fl]"),
        ("runlength-flate", run_length, "[/RunLengthDecode /FlateDecode]"),
        ("runlength-flate-short", run_length, "[/RL /FlateDecode]"),
    ],
)
def test_a_flate_bomb_packed_once_more_is_refused(tmp_path: Path, name: str, pack: object, filters: str) -> None:
    assert callable(pack)
    path = write_pdf(tmp_path / f"{name}.pdf", [pack(deflate(_BIG))], filters=filters)
    assert path.stat().st_size < 2 * 1024 * 1024
    assert "64 MB" in _refused(path)


def test_an_lzw_stream_that_unpacks_to_500_mb_is_refused(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "lzw.pdf", [lzw_run(ord(" "), 70)], filters="/LZWDecode")
    assert path.stat().st_size < 400 * 1024
    assert "decompressiebom" in _refused(path)


def test_an_lzw_stream_is_measured_to_the_byte(monkeypatch: pytest.MonkeyPatch) -> None:
    # 7.4 MB per table of codes: a cap of 20 MB lets two tables through and stops in the third
    two, three = lzw_run(ord(" "), 2), lzw_run(ord(" "), 3)
    measured = pdf_guard._unpacked_size(memoryview(two), pdf_guard._decoders((b"/LZWDecode",)), 20 * 1024 * 1024)
    assert measured == 2 * sum(range(1, 3838))
    capped = pdf_guard._unpacked_size(memoryview(three), pdf_guard._decoders((b"/LZWDecode",)), 20 * 1024 * 1024)
    assert 20 * 1024 * 1024 < capped < 21 * 1024 * 1024


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"a" * 20_000,
        bytes(random.Random(5).randrange(256) for _ in range(40_000)),  # fills and clears the table
        _SAMPLE.read_bytes() * 2,
    ],
    ids=["empty", "one-byte", "random", "letter"],
)
def test_lzw_unpacks_what_was_packed(data: bytes) -> None:
    unpacked = b"".join(
        pdf_guard._unlzw(iter([lzw(data)[i : i + 1000] for i in range(0, len(lzw(data)), 1000)]), 10**9)
    )
    assert unpacked == data


def test_run_length_unpacks_runs_and_literals() -> None:
    packed = bytes([2]) + b"abc" + bytes([256 - 4]) + b"x" + bytes([0]) + b"z" + b"\x80" + b"ignored"
    pieces = [packed[i : i + 2] for i in range(0, len(packed), 2)]  # a run split across pieces
    assert b"".join(pdf_guard._unrun(iter(pieces), 10**9)) == b"abc" + b"x" * 5 + b"z"


_PAGE = (
    "BT /F1 11 Tf 60 780 Td 14 TL\n"
    "(Kamerbrief over de bijdrage aan de strijd tegen ISIS) Tj T*\n"
    "(Nederland zal tot en met 31 december 2017 ongeveer 150 militairen leveren.) ' \n"
    "ET\n"
).encode("latin-1") + b"0 0 m 10 10 l S\n" * 2000  # drawing as well, so the codes widen to 12 bits


@pytest.mark.parametrize(
    ("pack", "filters"),
    [
        (lzw, "/LZWDecode"),
        (run_length, "/RunLengthDecode"),
        (lambda data: lzw(zlib.compress(data, 9)), "[/LZWDecode /FlateDecode]"),
    ],
    ids=["lzw", "runlength", "lzw-flate"],
)
def test_a_letter_in_lzw_or_run_length_reads(tmp_path: Path, pack: object, filters: str) -> None:
    assert callable(pack)
    path = write_pdf(tmp_path / "brief.pdf", [pack(_PAGE)], filters=filters)
    text = load_document(path).text
    assert "ongeveer 150 militairen" in text and "strijd tegen ISIS" in text
