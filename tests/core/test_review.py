"""Review marks: kept per pair of letters by their text, never lost to a bad file or a failed write."""

from __future__ import annotations

import errno
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from viewer.core.compare import compare_documents
from viewer.core.comparison import Comparison
from viewer.core.load import load_document
from viewer.core.review import FORMAT, MAX_BYTES, ReviewStore, comparison_key, pair_key

ROOT = Path(__file__).resolve().parents[2]
OLD = ROOT / "resources" / "samples" / "kst-27925-597.txt"
NEW = ROOT / "resources" / "samples" / "kst-27925-597-demo-bewerkt.txt"


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare_documents(load_document(OLD), load_document(NEW))


def _changed(comparison: Comparison) -> list:  # type: ignore[type-arg]
    return [p for p in comparison.facts if p.status != "unchanged"]


def test_marks_survive_a_new_session(comparison: Comparison, tmp_path: Path) -> None:
    store = ReviewStore(tmp_path / "review")
    marks = store.load(comparison)
    assert marks.reviewed == set() and marks.problem is None
    first, second = _changed(comparison)[:2]
    marks.set_reviewed(first, True)
    marks.set_reviewed(second, True)
    marks.set_reviewed(second, False)
    store.save(marks)
    again = ReviewStore(tmp_path / "review").load(compare_documents(load_document(OLD), load_document(NEW)))
    assert again.is_reviewed(first) and not again.is_reviewed(second)
    saved = json.loads(store.path(marks.key).read_text("utf-8"))
    assert saved["format"] == FORMAT and saved["reviewed"] == [pair_key(first)]
    assert saved["old"] == str(OLD) and saved["new"] == str(NEW)


def test_every_fact_pair_has_its_own_key(comparison: Comparison) -> None:
    keys = [pair_key(p) for p in comparison.facts]
    assert len(set(keys)) == len(keys)


def test_the_key_follows_the_texts_not_the_file_names(comparison: Comparison, tmp_path: Path) -> None:
    copy = tmp_path / "elders.txt"
    copy.write_bytes(OLD.read_bytes())
    moved = compare_documents(load_document(copy), load_document(NEW))
    assert comparison_key(moved) == comparison_key(comparison)
    # the other way round, or a letter with other words, is another comparison
    assert comparison_key(compare_documents(load_document(NEW), load_document(OLD))) != comparison_key(comparison)
    edited = tmp_path / "bewerkt.txt"
    edited.write_text(NEW.read_text("utf-8").replace("180 militairen", "181 militairen"), "utf-8")
    assert comparison_key(compare_documents(load_document(OLD), load_document(edited))) != comparison_key(comparison)


def test_the_key_does_not_run_the_two_texts_together(comparison: Comparison) -> None:
    old, new = comparison.old, comparison.new
    a = replace(comparison, old=replace(old, text="ab"), new=replace(new, text="c"))
    b = replace(comparison, old=replace(old, text="a"), new=replace(new, text="bc"))
    assert comparison_key(a) != comparison_key(b)


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"\x00\xff\xfe garbage", "geen geldige JSON"),
        (b"{not json", "geen geldige JSON"),
        (b'{"format": "iets anders", "reviewed": []}', "geen bestand met nagekeken feiten"),
        (b'{"format": "' + FORMAT.encode() + b'", "reviewed": [1, 2]}', "reviewed"),
        (b"[]", "geen bestand met nagekeken feiten"),
    ],
)
def test_an_unreadable_file_is_set_aside_and_reported(
    comparison: Comparison, tmp_path: Path, content: bytes, needle: str
) -> None:
    store = ReviewStore(tmp_path)
    path = store.path(comparison_key(comparison))
    path.write_bytes(content)
    marks = store.load(comparison)
    assert marks.reviewed == set()
    assert marks.problem is not None and needle in marks.problem.nl and str(path) in marks.problem.nl
    assert str(path) in marks.problem.en and "kept as" in marks.problem.en and "bewaard" not in marks.problem.en
    aside = path.with_name(path.name + ".onleesbaar")
    assert aside.read_bytes() == content and not path.exists()
    # the next save writes a fresh file and leaves the set-aside one alone
    marks.set_reviewed(_changed(comparison)[0], True)
    store.save(marks)
    assert aside.read_bytes() == content
    assert store.load(comparison).is_reviewed(_changed(comparison)[0])


def test_an_oversized_file_is_not_read_whole(comparison: Comparison, tmp_path: Path) -> None:
    store = ReviewStore(tmp_path)
    path = store.path(comparison_key(comparison))
    with path.open("wb") as stream:
        stream.truncate(MAX_BYTES + 10)
    marks = store.load(comparison)
    assert marks.problem is not None and "te groot" in marks.problem.nl and "too large" in marks.problem.en


def test_a_failed_save_keeps_the_marks_saved_before(
    comparison: Comparison, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ReviewStore(tmp_path / "review")
    marks = store.load(comparison)
    first = _changed(comparison)[0]
    marks.set_reviewed(first, True)
    store.save(marks)

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)  # the disk fills up while the new marks are written
    marks.set_reviewed(_changed(comparison)[1], True)
    with pytest.raises(OSError):
        store.save(marks)
    monkeypatch.undo()
    assert store.load(comparison).reviewed == {pair_key(first)}
    assert [p.name for p in store.folder.iterdir()] == [store.path(marks.key).name]  # no half-written file
