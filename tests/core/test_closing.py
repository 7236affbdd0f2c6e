"""The ministers' signature closes the letter whatever section comes last: moving that section moves no
signature words, and a signature changed where it stands is a change."""

from __future__ import annotations

from pathlib import Path

from viewer.core.closing import closing
from viewer.core.compare import compare_documents
from viewer.core.load import load_document

_HEAD = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 9 september 2016\n\n"
_SIGNED = "De Minister van Defensie,\nJ.A. Hennis-Plasschaert\n\nDe Minister van Buitenlandse Zaken,\nA.G. Koenders\n"
_MILITARY = "Militaire aspecten\n\nNederland levert 150 militairen aan de missie.\n\n"
_MONEY = "Financiën\n\nDe kosten bedragen 17,8 miljoen euro in 2017.\n\n"


def _letter(tmp_path: Path, name: str, body: str, signed: str = _SIGNED):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(_HEAD + body + signed, encoding="utf-8")
    return load_document(path)


def test_the_sample_closes_with_three_signatures(sample_doc) -> None:  # type: ignore[no-untyped-def]
    found = closing(sample_doc)
    assert found is not None
    section, spans = found
    assert section == sample_doc.sections[-1].index and len(spans) == 3
    assert sample_doc.text[spans[0].start : spans[0].end] == "De Minister van Buitenlandse Zaken, A.G. Koenders"


def test_the_last_section_moved_moves_no_signature_words(tmp_path: Path) -> None:
    old = _letter(tmp_path, "oud.txt", _MILITARY + _MONEY)
    new = _letter(tmp_path, "nieuw.txt", _MONEY.replace("17,8", "16,4") + _MILITARY)
    comparison = compare_documents(old, new)
    counts = {p.new.heading: (p.inserted_words, p.deleted_words) for p in comparison.sections if p.new}
    # only the edited figure: the signature's 9 words stood under "Financiën" and now under the other
    assert counts == {"": (0, 0), "Financiën": (1, 1), "Militaire aspecten": (0, 0)}


def test_a_signature_changed_where_it_stands_is_a_change(tmp_path: Path) -> None:
    old = _letter(tmp_path, "oud.txt", _MILITARY + _MONEY)
    new = _letter(tmp_path, "nieuw.txt", _MILITARY + _MONEY, _SIGNED.replace("A.G. Koenders", "H. Zijlstra"))
    comparison = compare_documents(old, new)
    [last] = [p for p in comparison.sections if p.new and p.new.heading == "Financiën"]
    assert last.status == "changed" and last.inserted_words == 2
