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


def test_a_second_unreadable_file_never_overwrites_the_first_set_aside(comparison: Comparison, tmp_path: Path) -> None:
    store = ReviewStore(tmp_path)
    path = store.path(comparison_key(comparison))
    for broken in (b"{eerste", b"{tweede", b"{derde"):
        path.write_bytes(broken)
        marks = store.load(comparison)
        assert marks.problem is not None
    first = path.with_name(path.name + ".onleesbaar")
    kept = [first, first.with_name(first.name + ".2"), first.with_name(first.name + ".3")]
    assert [p.read_bytes() for p in kept] == [b"{eerste", b"{tweede", b"{derde"]
    assert marks.problem is not None and kept[2].name in marks.problem.nl  # the name it was kept under


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


def _mirror_of(pair, swapped: Comparison):  # type: ignore[no-untyped-def]
    """The pair of the swapped comparison with the same facts on exchanged sides."""
    return next(p for p in swapped.facts if p.kind == pair.kind and (p.old, p.new) == (pair.new, pair.old))


def test_the_marks_follow_the_letters_swapped(comparison: Comparison, tmp_path: Path) -> None:
    store = ReviewStore(tmp_path / "review")
    marks = store.load(comparison)
    ticked = _changed(comparison)[:3]
    for pair in ticked:
        marks.set_reviewed(pair, True)
    store.save(marks)
    swapped = compare_documents(load_document(NEW), load_document(OLD))
    mirrored = store.load(swapped)
    assert mirrored.problem is None
    shown = [p for p in swapped.facts if mirrored.is_reviewed(p)]
    assert shown == sorted((_mirror_of(p, swapped) for p in ticked), key=swapped.facts.index)
    # what the reports are given: the keys of the pairs as the swapped comparison has them
    assert mirrored.reviewed_keys(swapped.facts) == {pair_key(p) for p in shown}
    # ticked off the other way round: one file, read again in the first order
    fourth = _mirror_of(_changed(comparison)[3], swapped)
    mirrored.set_reviewed(fourth, True)
    mirrored.set_reviewed(shown[0], False)
    store.save(mirrored)
    assert [p.name for p in store.folder.iterdir()] == [store.path(comparison_key(comparison)).name]
    again = store.load(comparison)
    assert {p for p in comparison.facts if again.is_reviewed(p)} == {*ticked[1:], _changed(comparison)[3]}
    saved = json.loads(store.path(comparison_key(comparison)).read_text("utf-8"))
    assert saved["old"] == str(OLD) and saved["new"] == str(NEW)  # the file keeps its own order


def test_a_read_only_store_reads_the_marks_and_changes_nothing(comparison: Comparison, tmp_path: Path) -> None:
    store = ReviewStore(tmp_path)
    marks = store.load(comparison)
    marks.set_reviewed(_changed(comparison)[0], True)
    store.save(marks)
    reader = ReviewStore(tmp_path, read_only=True)
    assert reader.load(comparison).is_reviewed(_changed(comparison)[0])
    with pytest.raises(OSError):
        reader.save(marks)
    path = store.path(comparison_key(comparison))
    path.write_bytes(b"{kapot")
    broken = reader.load(comparison)
    assert broken.problem is not None and "bewaard" not in broken.problem.nl and path.read_bytes() == b"{kapot"


def test_two_windows_on_the_same_letters_keep_each_others_marks(comparison: Comparison, tmp_path: Path) -> None:
    """Two windows opened on the same pair each save their marks: neither loses the other's ticks
    (a tester's fourteenth round: the second save wrote over the first)."""
    store = ReviewStore(tmp_path / "review")
    first, second, third = _changed(comparison)[:3]
    setup = store.load(comparison)
    setup.set_reviewed(third, True)
    store.save(setup)
    a, b = store.load(comparison), store.load(comparison)  # both windows read the file as it was
    b.set_reviewed(first, True)
    assert store.save(b) is False  # nothing new on disk for b
    a.set_reviewed(second, True)
    a.set_reviewed(third, False)  # a unticks what both read
    assert store.save(a) is True  # b's tick came in
    assert a.is_reviewed(first) and a.is_reviewed(second) and not a.is_reviewed(third)
    again = store.load(comparison)
    assert {pair_key(p) for p in (first, second)} == again.reviewed
    # b saves again after a tick of its own: a's untick and tick stay
    b.set_reviewed(_changed(comparison)[3], True)
    store.save(b)
    assert store.load(comparison).reviewed == {pair_key(p) for p in (first, second, _changed(comparison)[3])}


def test_a_window_whose_file_went_keeps_its_own_marks(comparison: Comparison, tmp_path: Path) -> None:
    store = ReviewStore(tmp_path / "review")
    first, second = _changed(comparison)[:2]
    marks = store.load(comparison)
    marks.set_reviewed(first, True)
    store.save(marks)
    loaded = store.load(comparison)
    store.path(marks.key).unlink()  # removed by hand meanwhile
    loaded.set_reviewed(second, True)
    store.save(loaded)
    assert store.load(comparison).reviewed == {pair_key(first), pair_key(second)}
