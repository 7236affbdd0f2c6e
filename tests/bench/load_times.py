"""Load time of the sample letter in each format: `python tests/bench/load_times.py`.

Renders resources/samples/kst-27925-597.txt into XML, HTML, DOCX and PDF with the test
renderers, then prints the median of N loads per format next to the text baseline.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "core" / "load"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from viewer.core.load import load_document  # noqa: E402

from render import render_html, render_xml  # noqa: E402
from render_binary import render_docx, render_pdf  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "kst-27925-597.txt"


def median_ms(path: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        load_document(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(repeat: int = 20) -> None:
    doc = load_document(SAMPLE)
    with tempfile.TemporaryDirectory() as folder:
        paths = {"text": SAMPLE}
        paths["xml"] = Path(folder, "kst.xml")
        paths["xml"].write_bytes(render_xml(doc))
        paths["html"] = Path(folder, "kst.html")
        paths["html"].write_bytes(render_html(doc))
        paths["docx"] = render_docx(doc, Path(folder, "kst.docx"))
        paths["pdf"] = render_pdf(doc, Path(folder, "kst.pdf"))
        base = median_ms(SAMPLE, repeat)
        print(f"load time of nr. 597 ({doc.words} words), median of {repeat} loads:")
        for fmt, path in paths.items():
            ms = median_ms(path, repeat)
            print(f"  {fmt:<5} {path.stat().st_size / 1024:7.1f} KiB  {ms:7.1f} ms   ({ms / base:4.1f} × text)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
