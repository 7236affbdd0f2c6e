"""Files a clerk may pick by mistake: every one gives a LoadError whose message names the file and
the problem, and no file is ever changed by being read. (PDF and Word damage is tested with
those loaders.)"""

from __future__ import annotations

import gzip
import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from viewer.core.document import Document
from viewer.core.errors import LoadError
from viewer.core.load import load_document
from viewer.core.load.source import SIZE_LIMIT_ENV

from render import render_html, render_xml


def load_error(path: Path, **kwargs: int) -> str:
    with pytest.raises(LoadError) as error:
        load_document(path, **kwargs)
    dutch, english = str(error.value), error.value.message("en")
    assert str(path) in dutch and str(path) in english, dutch
    assert error.value.path == str(path)
    return f"{dutch} | {english}"  # the checks look for words of either language


def test_missing_file(tmp_path: Path) -> None:
    assert "niet gevonden" in load_error(tmp_path / "bestaat-niet.txt")


@pytest.mark.parametrize("name", ["map", "map.xml"])
def test_directory(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    assert "map" in load_error(folder) and "directory" in load_error(folder)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "brief.txt"
    os.mkfifo(pipe)
    message = load_error(pipe)  # reading it would block until someone writes: it must not be read
    assert "geen gewoon bestand" in message and "not a regular file" in message


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_is_refused() -> None:
    assert "not a regular file" in load_error(Path("/dev/zero"))


@pytest.mark.parametrize(
    ("name", "content"),
    [("leeg.txt", b""), ("spaties.txt", b"  \n\t\r\n  \n"), ("leeg.xml", b""), ("spaties.html", b"\n \n")],
)
def test_empty_and_whitespace_only(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    message = load_error(path)
    assert "leeg" in message and "empty" in message


def _png() -> bytes:
    # The signature and header chunk of a real 16x16 PNG, then pixel data.
    return (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
        + bytes(random.Random(1).randrange(256) for _ in range(512))
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("ruis.bin", bytes(random.Random(597).randrange(256) for _ in range(4096)) + b"\x00" * 16),
        ("plaatje.txt", _png()),
        ("plaatje.png", _png()),
        ("archief.txt", gzip.compress(b"Den Haag, 9 september 2016\n" * 200)),
        ("archief.xml", gzip.compress(b"<kamerstuk><al>tekst</al></kamerstuk>")),
    ],
)
def test_binary_and_unknown_formats_are_detected_by_content(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert "onbekend formaat" in load_error(path)


@pytest.mark.parametrize("name", ["brief.xml", "brief.html"])
def test_markup_extension_without_markup(tmp_path: Path, name: str) -> None:
    # the format is decided by content: text under a markup name is text (test_source.py)
    path = tmp_path / name
    path.write_text("Dit is gewone tekst, geen opmaaktaal.\n", encoding="utf-8")
    doc = load_document(path)
    assert doc.meta.format == "text" and doc.text == "Dit is gewone tekst, geen opmaaktaal."


def test_file_over_the_size_limit(tmp_path: Path, sample_path: Path) -> None:
    path = tmp_path / "groot.txt"
    path.write_bytes(sample_path.read_bytes())
    message = load_error(path, size_limit=1000)
    assert "te groot" in message and "too large" in message
    assert load_document(path, size_limit=10_000_000).sections  # the same file under a higher limit loads


@pytest.mark.parametrize("kind", ["txt", "xml"])
def test_size_limit_from_the_environment(
    tmp_path: Path, sample_doc: Document, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    path = tmp_path / f"groot.{kind}"
    path.write_bytes(render_xml(sample_doc) if kind == "xml" else b"Den Haag, 9 september 2016\n" * 100)
    monkeypatch.setenv(SIZE_LIMIT_ENV, "1000")
    assert "te groot" in load_error(path)
    monkeypatch.setenv(SIZE_LIMIT_ENV, str(path.stat().st_size))
    assert load_document(path).sections  # exactly at the limit is allowed


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "geheim.txt"
    path.write_text("Den Haag, 9 september 2016\n", encoding="utf-8")
    path.chmod(0)
    try:
        message = load_error(path)
    finally:
        path.chmod(0o600)
    assert "leesrechten" in message and "permission denied" in message


@pytest.mark.parametrize(("render", "fmt"), [(render_xml, "xml"), (render_html, "html")])
def test_markup_named_txt_is_detected_by_content(
    tmp_path: Path, sample_doc: Document, render: Callable[[Document], bytes], fmt: str
) -> None:
    path = tmp_path / "kst-27925-597.txt"
    path.write_bytes(render(sample_doc))
    doc = load_document(path)
    assert doc.meta.format == fmt
    assert doc.text == sample_doc.text


def test_name_with_spaces_and_accents(tmp_path: Path) -> None:
    path = tmp_path / "brief één (kopie).txt"
    path.write_bytes(b"\x00\x01\x02" * 100)
    assert "onbekend formaat" in load_error(path)


@pytest.mark.parametrize("kind", ["txt", "xml", "html", "kapot.xml", "leeg.txt"])
def test_loading_never_modifies_the_input(tmp_path: Path, sample_path: Path, sample_doc: Document, kind: str) -> None:
    content = {
        "txt": sample_path.read_bytes(),
        "xml": render_xml(sample_doc),
        "html": render_html(sample_doc),
        "kapot.xml": b"<?xml version='1.0'?>\n<kamerstuk><al>open\n",
        "leeg.txt": b"   \n",
    }[kind]
    path = tmp_path / f"brief.{kind}"
    path.write_bytes(content)
    os.utime(path, ns=(1_473_400_000_000_000_000, 1_473_400_000_000_000_000))  # 9 September 2016
    before = path.stat()
    try:
        load_document(path)
    except LoadError:
        assert kind in ("kapot.xml", "leeg.txt")
    after = path.stat()
    assert path.read_bytes() == content
    assert after.st_mtime_ns == before.st_mtime_ns and after.st_size == before.st_size
    assert after.st_mode == before.st_mode
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no lock, backup or cache files
