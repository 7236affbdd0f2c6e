"""A PDF whose content unpacks to far more than it weighs is refused before pdfium parses it.

pdfium unpacks and parses a page's whole content stream when it loads the page: a 1 MB file whose
content inflated to 1 GB took 2 GB of memory, and under a memory limit the process died silently.
"""

from __future__ import annotations

import base64
import binascii
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from pdf_bytes import deflate as _deflate
from pdf_bytes import write_pdf

from viewer.core.errors import LoadError
from viewer.core.load import load_document, pdf_guard

ROOT = Path(__file__).resolve().parents[3]


def test_a_content_stream_that_unpacks_to_128_mb_is_refused(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "bom.pdf", [_deflate(128 * 1024 * 1024)])
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(LoadError) as error:
        load_document(path)
    # said as it is: more than the program opens, the limit there against bombs
    assert "pakt uit tot meer dan 64 MB aan pagina-inhoud in één stroom" in str(error.value)
    assert "decompressiebom" in str(error.value) and "decompression bomb" in error.value.message("en")


def test_a_page_with_a_detailed_map_loads(tmp_path: Path) -> None:
    # an annex's vector map: its page's content unpacks to some 30 MB, and was refused at 16 MB
    path = write_pdf(tmp_path / "kaart.pdf", [_deflate(30 * 1024 * 1024)])
    start = time.perf_counter()
    assert load_document(path).meta.format == "pdf"
    assert time.perf_counter() - start < 30


_BIG = 128 * 1024 * 1024


def _hex(data: bytes) -> bytes:
    return binascii.hexlify(data) + b">"


def _a85(data: bytes) -> bytes:
    return base64.a85encode(data, adobe=True)[2:]  # without the "<~" pdfium does not want


@pytest.mark.parametrize(
    ("name", "encode", "options"),
    [
        # the Flate data written out in hex or ASCII85 first: it was not measured at all
        ("hex", _hex, {"filters": "[/ASCIIHexDecode /FlateDecode]"}),
        ("hex-short", _hex, {"filters": "[/AHx /Fl]"}),
        ("ascii85", _a85, {"filters": "[/ASCII85Decode /FlateDecode]"}),
        # "stream" ended by a CR alone: the stream was not found
        ("cr", None, {"eol": b"\r"}),
        ("space-cr-lf", None, {"eol": b" \r\n"}),
        # "/Subtype /Image" in a string, a comment or a nested dictionary: taken for an image
        ("image-in-string", None, {"extra": " /Note (/Subtype /Image)"}),
        ("image-in-string-with-obj", None, {"extra": " /Note (1 0 obj << /Subtype /Image >>)"}),
        ("image-in-nested-dictionary", None, {"extra": " /Note << /Subtype /Image >>"}),
        ("image-in-comment", None, {"extra": " % 9 0 obj << /Subtype /Image >>\n"}),
        # a filter named in a string before the real one, or through a reference
        ("filter-in-string", None, {"filters": "/FlateDecode", "extra": " /Note (/Filter /ASCIIHexDecode)"}),
        ("filter-by-reference", None, {"filters": "6 0 R", "objects_after": (b"/FlateDecode",)}),
    ],
)
def test_a_bomb_in_disguise_is_refused(tmp_path: Path, name: str, encode: object, options: dict[str, object]) -> None:
    # each of these got 1 GB unpacked past the guard, 7 s and 2 GB of memory
    packed = _deflate(_BIG)
    stream = encode(packed) if callable(encode) else packed
    path = write_pdf(tmp_path / f"{name}.pdf", [stream], **options)  # type: ignore[arg-type]
    with pytest.raises(LoadError) as error:
        load_document(path)
    assert "64 MB" in str(error.value)


def test_a_comment_before_stream_with_an_image_dictionary_is_no_image(tmp_path: Path) -> None:
    # a comment holding "N 0 obj << /Subtype /Image >>" just before "stream" reads as a dictionary
    # to the end; the stream's own dictionary does too, and it says otherwise
    path = write_pdf(tmp_path / "kommentaar.pdf", [_deflate(_BIG)], extra=" >>\n% 9 0 obj << /Subtype /Image")
    with pytest.raises(LoadError):
        load_document(path)


def test_a_real_image_is_not_measured(tmp_path: Path) -> None:
    # an image pdfium does not decode to read the text, however large it unpacks
    image = zlib.compress(bytes(100 * 1024 * 1024), 9)
    path = write_pdf(
        tmp_path / "beeld.pdf",
        [_deflate(1024 * 1024)],
        objects_after=(
            f"<< /Type /XObject /Subtype /Image /Width 10240 /Height 10240 /ColorSpace /DeviceGray "
            f"/BitsPerComponent 8 /Length {len(image)} /Filter /FlateDecode "
            "/Name (kaart (1) \\) [2]) >>\nstream\n".encode()
            + image
            + b"\nendstream",
        ),
    )
    assert load_document(path).meta.format == "pdf"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory read from /proc")
def test_a_bomb_is_refused_without_the_memory_it_asks_for(tmp_path: Path) -> None:
    # measured in a process of its own: the memory pdfium takes is not Python's to count
    path = write_pdf(tmp_path / "bom.pdf", [_deflate(256 * 1024 * 1024)])
    # VmHWM, the peak of this program's memory: ru_maxrss would count the test run's own, which a
    # forked child starts out with
    code = (
        "import re, sys\n"
        "from viewer.cli import main\n"
        f"status = main(['outline', {str(path)!r}])\n"
        "status_file = open('/proc/self/status').read()\n"
        "print(status, re.search(r'VmHWM:\\s*(\\d+)', status_file).group(1))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    status, peak_kb = result.stdout.split()
    assert status == "3" and "decompressiebom" in result.stderr and result.stderr.count("\n") == 1
    assert int(peak_kb) < 200 * 1024, f"peak {int(peak_kb) // 1024} MB"


def test_flate_over_flate_is_measured_to_the_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_guard, "MAX_STREAM", 1024 * 1024)
    path = write_pdf(tmp_path / "dubbel.pdf", [_deflate(4 * 1024 * 1024, layers=2)], layers=2)
    with pytest.raises(LoadError):
        load_document(path)


def test_many_pages_together_over_the_total_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_guard, "MAX_STREAM", 2 * 1024 * 1024)
    monkeypatch.setattr(pdf_guard, "MAX_TOTAL", 5 * 1024 * 1024)
    path = write_pdf(tmp_path / "veel.pdf", [_deflate(1024 * 1024)] * 6)
    with pytest.raises(LoadError) as error:
        load_document(path)
    assert "5 MB" in str(error.value)


def test_a_page_of_ordinary_size_loads(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "gewoon.pdf", [_deflate(1024 * 1024)] * 2)
    assert load_document(path).meta.format == "pdf"
