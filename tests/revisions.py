"""Make revised copies of the real letter with known edits, as a later letter in the series would.

Edits work on the raw text as copied from the PDF (lines, footers, hyphenation and all), so the
loaders see the same artefacts as in the real file.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"
SAMPLE_597 = SAMPLES / "kst-27925-597.txt"
DEMO_NAME = "kst-27925-597-demo-bewerkt.txt"
DEMO_FIRST_LINE = (
    "DEMONSTRATIEKOPIE: bewerkte versie van Kamerstuk 27 925, nr. 597, gemaakt voor de demonstratie; "
    "geen officieel document"
)


def original() -> str:
    return SAMPLE_597.read_text(encoding="utf-8")


def replace(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"edit target not unique or missing: {old!r}"
    return text.replace(old, new)


def _heading_line(lines: list[str], heading: str, nth: int = 0) -> int:
    hits = [i for i, line in enumerate(lines) if line.strip() == heading]
    assert len(hits) > nth, f"heading not found: {heading!r}"
    return hits[nth]


def cut_section(text: str, heading: str, next_heading: str, nth: int = 0) -> tuple[str, str]:
    """Remove a section (its heading up to `next_heading`); return the text and the cut lines."""
    lines = text.split("\n")
    start = _heading_line(lines, heading, nth)
    end = next(i for i in range(start + 1, len(lines)) if lines[i].strip() == next_heading)
    cut = "\n".join(lines[start:end])
    return "\n".join(lines[:start] + lines[end:]), cut


def insert_before(text: str, heading: str, block: str, nth: int = 0) -> str:
    lines = text.split("\n")
    at = _heading_line(lines, heading, nth)
    return "\n".join([*lines[:at], *block.rstrip("\n").split("\n"), "", *lines[at:]])


def move_section(text: str, heading: str, next_heading: str, before: str, nth: int = 0) -> str:
    text, cut = cut_section(text, heading, next_heading, nth)
    return insert_before(text, before, cut.rstrip("\n"), nth)


def reflow(text: str, first_words: str, width: int = 52) -> str:
    """Re-break one paragraph at another width, hyphenating long words at line ends: no real change."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(first_words))
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    joined = ""
    for line in lines[start:end]:
        piece = line.strip()
        joined = (
            joined[:-1] + piece if joined.endswith("-") and line.rstrip() == line.rstrip(" ") else f"{joined} {piece}"
        )
    wrapped = textwrap.wrap(joined.strip(), width)
    out: list[str] = []
    for k, line in enumerate(wrapped):
        nxt = wrapped[k + 1].split() if k + 1 < len(wrapped) else []
        if nxt and len(nxt[0]) > 9 and nxt[0].isalpha() and nxt[0].islower():
            # break the next line's first word over the line end the way the PDF does: "gevechts-" + "locaties"
            cut = len(nxt[0]) // 2
            out.append(f"{line} {nxt[0][:cut]}-")
            wrapped[k + 1] = nxt[0][cut:] + wrapped[k + 1][len(nxt[0]) :]
        else:
            out.append(line + " ")
    return "\n".join(lines[:start] + out + lines[end:])


def demo_revision() -> str:
    """The bundled demonstration pair's new letter; its edits are listed in the .md beside it."""
    text = original()
    text = replace(
        text, "Nederland stelt vanaf oktober 2016 155 militairen", "Nederland stelt vanaf oktober 2016 180 militairen"
    )
    text = replace(
        text,
        "detachement tot \n1 juli 2017. Het personeel",
        "detachement tot \n1 januari 2018. Het personeel",
    )
    text = replace(text, "Inzet van F-16’s / Force Protection \n", "Force protection Belgische F-16’s \n")
    text = move_section(text, "Regionale ontwikkelingen", "Samenhang", before="Irak")
    text, _ = cut_section(text, "Bevelsstructuur", "(Na)zorg")
    text = insert_before(
        text,
        "Financiën",
        "Libanon en Jordanië \n\n"
        "De opvang van vluchtelingen uit Syrië en Irak zet de buurlanden onder grote \n"
        "druk. Nederland stelt in 2017 12 miljoen euro beschikbaar voor onderwijs \n"
        "en werk voor vluchtelingen en gastgemeenschappen in Libanon en Jordanië. \n"
        "Het kabinet zal uw Kamer voor 1 juli 2017 informeren over de besteding. \n",
    )
    text = replace(
        text,
        "ongeveer 35 militairen. Tot slot zal Nederland de nog beschikbare \n"
        "tankercapaciteit voor air-to-air refueling aanbieden aan de coalitie. \n",
        "ongeveer 35 militairen. \n",
    )
    text = reflow(text, "De ring van instabiliteit aan de buitengrenzen")
    return f"{DEMO_FIRST_LINE}\n\n{text}"


if __name__ == "__main__":
    (SAMPLES / DEMO_NAME).write_text(demo_revision(), encoding="utf-8")
    print(SAMPLES / DEMO_NAME)
