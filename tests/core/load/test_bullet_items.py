"""A list's items after a bullet or a dash ("• ongeveer 120 trainers", "– een C-130"), in PDF and copied text.

Only "1." and "a)" started an item: the PDF gives a list's lines with no gap between them, so each
item after the first was glued to the one before ("... in Noord-Irak; • ongeveer 120 ...") and the
section read as changed. A dash that opens an aside in a sentence, put first on its line by the
wrap, stays in its paragraph.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from viewer.core.document import Document
from viewer.core.load import load_document

from render_binary import render_pdf_html

_LEAD_IN = "Het kabinet heeft besloten de volgende bijdragen te leveren:"
_AFTER = "De inzet van de F-16’s wordt daarbij niet hervat."


def _items(mark: str) -> list[str]:
    return [
        f"{mark} een advise & assist-team van ongeveer 20 militairen in Noord-Irak;",
        f"{mark} ongeveer 120 trainers in Erbil en Bagdad;",
        f"{mark} een C-130-transportvliegtuig op 48-uurs afroep.",
    ]


def _paragraphs(doc: Document) -> list[str]:
    return [p.text for s in doc.sections for p in s.paragraphs]


@pytest.mark.parametrize("mark", ["•", "–", "-"])
def test_pdf_items_after_a_bullet_or_a_dash(tmp_path: Path, mark: str) -> None:
    # the list set as one block, a line per item: no gap tells the items apart
    items = "<br>".join(html.escape(item) for item in _items(mark))
    markup = f"<html><body><p>{html.escape(_LEAD_IN)}</p><p>{items}</p><p>{html.escape(_AFTER)}</p></body></html>"
    doc = load_document(render_pdf_html(markup, tmp_path / "lijst.pdf"))
    assert _paragraphs(doc) == [_LEAD_IN, *_items(mark), _AFTER]


@pytest.mark.parametrize("mark", ["•", "–", "-"])
def test_copied_text_items_after_a_bullet_or_a_dash(tmp_path: Path, mark: str) -> None:
    lines = [_LEAD_IN, *_items(mark), "", _AFTER]
    path = tmp_path / "lijst.txt"
    path.write_text("\n".join(f"{line} " for line in lines), encoding="utf-8")
    assert _paragraphs(load_document(path)) == [_LEAD_IN, *_items(mark), _AFTER]


def test_a_dash_that_opens_an_aside_stays_in_its_sentence(tmp_path: Path) -> None:
    lines = [
        "Het kabinet heeft besloten de bijdrage aan de coalitie te verlengen",
        "– zoals uw Kamer eerder is gemeld – tot en met 31 december 2017.",
        "",
        _AFTER,
    ]
    path = tmp_path / "terzijde.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert _paragraphs(load_document(path)) == [" ".join(lines[:2]), _AFTER]
