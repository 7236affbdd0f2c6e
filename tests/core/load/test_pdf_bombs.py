"""A PDF whose content unpacks to far more than it weighs is refused before pdfium parses it.

pdfium unpacks and parses a page's whole content stream when it loads the page: a 1 MB file whose
content inflated to 1 GB took 2 GB of memory, and under a memory limit the process died silently.
"""

from __future__ import annotations

import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from viewer.core.errors import LoadError
from viewer.core.load import load_document, pdf_guard

ROOT = Path(__file__).resolve().parents[3]
# a line of drawing operators: what a page's content is made of
_OPS = b"0 0 m 100 100 l S 1 0 0 1 0 0 cm BT /F1 10 Tf (x) Tj ET\n"


def _deflate(data_size: int, layers: int = 1) -> bytes:
    """`_OPS` repeated to `data_size` bytes, Flate-compressed `layers` times, without holding it all."""
    packer = zlib.compressobj(9)
    block = _OPS * (1024 * 1024 // len(_OPS))
    parts = [packer.compress(block) for _ in range(data_size // len(block))]
    packed = b"".join([*parts, packer.flush()])
    for _ in range(layers - 1):
        packed = zlib.compress(packed, 9)
    return packed


def write_pdf(path: Path, streams: list[bytes], *, layers: int = 1) -> Path:
    """A PDF of one page per stream, each its Flate-compressed content (a font for its text)."""
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
        objects.append(f"<< /Length {len(stream)} /Filter {filters} >>\nstream\n".encode() + stream + b"\nendstream")
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


def test_a_content_stream_that_unpacks_to_64_mb_is_refused(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "bom.pdf", [_deflate(64 * 1024 * 1024)])
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(LoadError) as error:
        load_document(path)
    assert "decompressiebom" in str(error.value) and "decompression bomb" in error.value.message("en")


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
