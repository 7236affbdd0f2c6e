"""Benchmark of the comparison: `python -m viewer.bench` prints its figures.

Every figure comes with a baseline measured in the same run on the same machine:
- in-process: the whole comparison of the bundled pair against difflib's SequenceMatcher
  over the two letters' words (autojunk off);
- as a process: `main.py compare` from start to exit against a Python process that reads
  both files and runs that difflib baseline;
- scale: letters 10×, 30× and 100× longer (concatenated copies with edits), time per
  word against n·log n, and peak memory (tracemalloc) at 100×.
Targets are in issue #3 and #4; this script measures, it does not judge.
"""

from __future__ import annotations

import argparse
import difflib
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
OLD = SAMPLES / "kst-27925-597.txt"
NEW = SAMPLES / "kst-27925-597-demo-bewerkt.txt"

BASELINE_SCRIPT = """
import difflib, sys
old = open(sys.argv[1], encoding="utf-8").read().split()
new = open(sys.argv[2], encoding="utf-8").read().split()
difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
"""


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def difflib_baseline(old_text: str, new_text: str) -> Callable[[], object]:
    old_words, new_words = old_text.split(), new_text.split()
    return lambda: difflib.SequenceMatcher(None, old_words, new_words, autojunk=False).get_opcodes()


def in_process(repeat: int) -> None:
    from viewer.core.compare import compare_documents
    from viewer.core.facts import extract_facts, pair_facts
    from viewer.core.load import load_document
    from viewer.core.sentences import section_sentences

    old_doc, new_doc = load_document(OLD), load_document(NEW)

    def whole_comparison() -> None:
        section_sentences.cache_clear()  # every run splits sentences afresh, as a first comparison does
        compare_documents(old_doc, new_doc)

    whole = median_time(whole_comparison, repeat)
    with_load = median_time(lambda: compare_documents(load_document(OLD), load_document(NEW)), repeat)
    base = median_time(difflib_baseline(OLD.read_text("utf-8"), NEW.read_text("utf-8")), repeat)
    comparison = compare_documents(old_doc, new_doc)
    sections = [(p.old.index if p.old else None, p.new.index if p.new else None) for p in comparison.sections]

    def facts() -> None:
        # inside the whole comparison the facts find the sentences already split by the diff
        memo: dict[object, object] = {}
        pair_facts(old_doc, new_doc, extract_facts(old_doc, memo), extract_facts(new_doc, memo), sections)  # type: ignore[arg-type]

    fact_time = median_time(facts, repeat)
    # the least any extraction must do: find the rules' keywords in the old letter's sentences
    from viewer.core.facts.scan import scan

    texts = list(dict.fromkeys(s.text for section in old_doc.sections for s in section_sentences(section)))
    scan_time = median_time(lambda: scan(texts), repeat)
    # facts at 30 % of the whole means facts = 0.3 / 0.7 of the rest of the comparison
    budget = (whole - fact_time) * 0.3 / 0.7
    print(f"sample pair ({old_doc.words} vs {new_doc.words} words), median of {repeat}:")
    print(f"  whole comparison (align, diff, facts)  {whole * 1000:8.1f} ms")
    print(f"  ... including loading both letters     {with_load * 1000:8.1f} ms")
    print(
        f"  of which fact extraction + pairing     {fact_time * 1000:8.1f} ms  = {fact_time / whole:.0%} of the whole"
    )
    print(f"  ... the keyword scan alone, old letter {scan_time * 1000:8.1f} ms")
    print(f"  facts + pairing at 30 % would be       {budget * 1000:8.1f} ms")
    print(f"  baseline difflib SequenceMatcher       {base * 1000:8.1f} ms")
    print(f"  ratio whole / baseline                 {whole / base:8.2f}   (target <= 0.5)")


def as_process(repeat: int) -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}

    def cli() -> None:
        subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "compare", str(OLD), str(NEW)],
            check=True,
            stdout=subprocess.DEVNULL,
            env=env,
        )

    def base() -> None:
        subprocess.run([sys.executable, "-c", BASELINE_SCRIPT, str(OLD), str(NEW)], check=True, env=env)

    cli_time, base_time = median_time(cli, repeat), median_time(base, repeat)
    print(f"\nas a process, start to exit, median of {repeat}:")
    print(f"  main.py compare                        {cli_time * 1000:8.1f} ms")
    print(f"  baseline python + read + difflib       {base_time * 1000:8.1f} ms")
    print(f"  ratio                                  {cli_time / base_time:8.2f}   (target <= 1.5)")


def _scaled(times: int) -> tuple[str, str]:
    original = OLD.read_text("utf-8")
    revised = NEW.read_text("utf-8")
    old_parts, new_parts = [], []
    for k in range(times):
        old_parts.append(original)
        # each copy differs a little, and every third copy carries the demo's whole set of edits
        copy = revised if k % 3 == 0 else original.replace("155 militairen", f"{150 + k} militairen")
        new_parts.append(copy)
    return "\n\n".join(old_parts), "\n\n".join(new_parts)


def scale(factors: list[int]) -> None:
    from viewer.core.compare import compare_documents
    from viewer.core.load import load_document

    print("\nlonger letters (concatenated copies with edits), one run each:")
    print(f"  {'size':>6} {'words':>9} {'time':>10} {'per n·log n':>14} {'vs 1×':>8}")
    first: float | None = None
    with tempfile.TemporaryDirectory() as folder:
        for factor in [1, *factors]:
            old_text, new_text = _scaled(factor)
            old_path, new_path = Path(folder, f"old{factor}.txt"), Path(folder, f"new{factor}.txt")
            old_path.write_text(old_text, "utf-8")
            new_path.write_text(new_text, "utf-8")
            start = time.perf_counter()
            old_doc, new_doc = load_document(old_path), load_document(new_path)
            compare_documents(old_doc, new_doc)
            elapsed = time.perf_counter() - start
            del old_doc, new_doc
            peak = 0
            if factor == max(factors):
                # a second run for memory alone: tracemalloc slows Python down several times
                tracemalloc.start()
                compare_documents(load_document(old_path), load_document(new_path))
                peak = tracemalloc.get_traced_memory()[1]
                tracemalloc.stop()
            n = len(old_text.split()) + len(new_text.split())
            per = elapsed / (n * math.log2(n))
            first = first or per
            line = f"  {factor:>5}× {n:>9} {elapsed:>9.2f}s {per * 1e9:>11.1f} ns {per / first:>7.2f}"
            if peak:
                line += f"   peak memory {peak / 2**20:.0f} MB (tracemalloc; target < 300 MB)"
            print(line)
    print("  (a 'vs 1×' that stays near 1 means the time grows no faster than n·log n)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m viewer.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--scale", type=int, nargs="*", default=[10, 30, 100])
    args = parser.parse_args(argv)
    in_process(args.repeat)
    as_process(max(5, args.repeat // 2))
    if args.scale:
        scale(args.scale)
    return 0


if __name__ == "__main__":
    sys.exit(main())
