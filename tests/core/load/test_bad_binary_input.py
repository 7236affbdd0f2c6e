"""Broken, hostile and unreadable Word and PDF files: every one gives a LoadError that names the file."""

from __future__ import annotations

import hashlib
import io
import struct
import time
import zipfile
from pathlib import Path

import docx
import pypdfium2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core.document import Document
from viewer.core.errors import LoadError
from viewer.core.load import load_document
from viewer.core.load import pdf as pdf_loader
from viewer.core.load.docx import OLE_MAGIC, load_docx
from viewer.core.load.pdf import load_pdf
from viewer.core.load.source import Source

from render_binary import add_footnotes_part


def _refused(path: Path, *fragments: str) -> LoadError:
    """Load `path` expecting a LoadError whose one-line message names the file and the problem."""
    with pytest.raises(LoadError) as caught:
        load_document(path)
    dutch, english = str(caught.value), caught.value.message("en")
    for line in (dutch, english):
        assert line.startswith(f"{path}: ") and "\n" not in line
    message = f"{dutch} | {english}"  # a fragment may be in either language
    for fragment in fragments:
        assert fragment in message
    return caught.value


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- Word -----------------------------------------------------------------------------------


def _docx_bytes() -> bytes:
    word = docx.Document()
    word.add_paragraph("Essentie", style="Heading 1")
    word.add_paragraph("Nederland levert 155 militairen aan de coalitie tegen ISIS.")
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_valid_docx_used_below_loads(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "goed.docx", _docx_bytes()))
    assert [s.heading for s in doc.sections] == ["Essentie"]


def test_truncated_docx(tmp_path: Path) -> None:
    data = _docx_bytes()[:2000]
    _refused(_write(tmp_path, "kapot.docx", data), "zip")
    with pytest.raises(LoadError, match=r"beschadigd Word-document") as caught:
        load_docx(Source("kapot.docx", data))
    assert "corrupt docx" in caught.value.message("en")


def test_zip_without_word_document(tmp_path: Path) -> None:
    data = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    _refused(_write(tmp_path, "rekenblad.docx", data), "Word")
    with pytest.raises(LoadError, match=r"word/document\.xml ontbreekt"):
        load_docx(Source("rekenblad.docx", data))


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "[Content_Types].xml"])
def test_invalid_xml_inside(tmp_path: Path, part: str) -> None:
    members = _members(_docx_bytes())
    members[part] = members[part][:200]  # cut off mid-element
    _refused(_write(tmp_path, "ongeldig.docx", _zip(members)), "beschadigd Word-document")


def test_unreadable_footnotes_refuse_the_letter(tmp_path: Path) -> None:
    # a letter whose footnotes silently went missing would compare wrongly: refuse it
    members = _members(_docx_bytes())
    add_footnotes_part(members, b"<w:footnotes xmlns:w='x'><w:footnote")
    _refused(_write(tmp_path, "voetnoten.docx", _zip(members)), "voetnoten onleesbaar")


def _streamed_zip(name: str, size: int, chunk: bytes = b" " * (1 << 20)) -> bytes:
    """A valid .docx whose `name` member unpacks to `size` bytes of spaces, written without holding them."""
    members = _members(_docx_bytes())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            if member != name:
                archive.writestr(member, data)
        with archive.open(name, "w", force_zip64=True) as out:
            out.write(members.get(name, b""))
            for _ in range(size // len(chunk)):
                out.write(chunk)
    return buffer.getvalue()


def test_zip_bomb_refused_before_unpacking(tmp_path: Path) -> None:
    data = _streamed_zip("word/document.xml", 201 * 1024 * 1024)
    assert len(data) < 2 * 1024 * 1024  # a bomb: small on disk
    start = time.perf_counter()
    _refused(_write(tmp_path, "bom.docx", data), "zip-bom")
    assert time.perf_counter() - start < 2.0


def test_extreme_compression_refused_below_the_size_limit(tmp_path: Path) -> None:
    data = _streamed_zip("word/media/image1.png", 20 * 1024 * 1024)
    _refused(_write(tmp_path, "ratio.docx", data), "zip-bom", "word/media/image1.png")


def _patch_entry(data: bytes, name: str, *, size: int | None = None, flags: int | None = None) -> bytes:
    """Rewrite a member's declared size or flags in both its local header and the central directory."""
    out = bytearray(data)
    encoded = name.encode()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        local = archive.getinfo(name).header_offset
    central = struct.unpack_from("<I", data, data.rindex(b"PK\x05\x06") + 16)[0]
    while True:  # walk the central directory to the record of `name`
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, central + 28)
        if data[central + 46 : central + 46 + name_length] == encoded:
            break
        central += 46 + name_length + extra_length + comment_length
    if size is not None:
        struct.pack_into("<I", out, local + 22, size)
        struct.pack_into("<I", out, central + 24, size)
    if flags is not None:
        struct.pack_into("<H", out, local + 6, flags)
        struct.pack_into("<H", out, central + 8, flags)
    return bytes(out)


def test_member_lying_about_its_size_cannot_unpack_more(tmp_path: Path) -> None:
    # zipfile stops at the declared size and fails on the checksum: the check on declared
    # sizes is enough, a lie only makes the file unreadable
    members = _members(_docx_bytes())
    members["word/document.xml"] += b" " * (30 * 1024 * 1024)
    data = _patch_entry(_zip(members), "word/document.xml", size=len(members["word/document.xml"]) // 1000)
    start = time.perf_counter()
    _refused(_write(tmp_path, "liegt.docx", data), "beschadigd Word-document")
    assert time.perf_counter() - start < 2.0


def test_zip_with_encrypted_members(tmp_path: Path) -> None:
    data = _patch_entry(_docx_bytes(), "word/document.xml", flags=0x1)
    _refused(_write(tmp_path, "zip-wachtwoord.docx", data), "versleutelde onderdelen")


def _ole(stream_names: list[str]) -> bytes:
    """An OLE compound file header followed by a directory sector naming `stream_names`."""
    header = OLE_MAGIC + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(512 - 34)
    entries = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") + bytes(64) for name in stream_names)
    return header + entries.ljust(512, b"\x00")


def test_password_protected_word_file(tmp_path: Path) -> None:
    # Word stores a .docx with a password as an OLE file with an EncryptedPackage stream
    data = _ole(["Root Entry", "EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"])
    _refused(_write(tmp_path, "beveiligd.docx", data), "wachtwoord")
    with pytest.raises(LoadError, match=r"wachtwoord") as caught:
        load_docx(Source("beveiligd.docx", data))
    assert "encrypted" in caught.value.message("en") and "wachtwoord" not in caught.value.message("en")


def test_legacy_doc_file(tmp_path: Path) -> None:
    data = _ole(["Root Entry", "WordDocument", "1Table"])
    _refused(_write(tmp_path, "oud.doc", data), ".doc")
    with pytest.raises(LoadError, match=r"oud Word-document \(\.doc\)"):
        load_docx(Source("oud.docx", data))


def _with_document_xml(body: str, doctype: str) -> bytes:
    members = _members(_docx_bytes())
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    members["word/document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'
    ).encode()
    return _zip(members)


def test_external_entity_never_read(tmp_path: Path) -> None:
    secret = _write(tmp_path, "geheim.txt", b"GEHEIM-WACHTWOORD-123")
    data = _with_document_xml(
        "<w:p><w:r><w:t>Voor &xxe; na</w:t></w:r></w:p>",
        f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>',
    )
    doc = load_document(_write(tmp_path, "xxe.docx", data))
    assert "GEHEIM" not in doc.text
    assert doc.text == "Voor na"


def test_entity_expansion_bomb_is_not_expanded(tmp_path: Path) -> None:
    entities = '<!ENTITY a "ISIS ISIS ISIS ISIS ISIS ISIS ISIS ISIS ISIS ISIS">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    data = _with_document_xml(
        "<w:p><w:r><w:t>&i;</w:t></w:r></w:p><w:p><w:r><w:t>Tekst.</w:t></w:r></w:p>",
        f"<!DOCTYPE w:document [{entities}]>",
    )
    path = _write(tmp_path, "lachen.docx", data)
    start = time.perf_counter()
    try:  # the parser never expands entities; libxml2 may also refuse the document outright
        assert load_document(path).text == "Tekst."
    except LoadError as exc:
        assert str(exc).startswith(f"{path}: beschadigd Word-document")
    assert time.perf_counter() - start < 2.0


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mangled_word_xml_gives_a_document_or_a_load_error(data: st.DataObject) -> None:
    members = _members(_docx_bytes())
    part = data.draw(st.sampled_from(["word/document.xml", "word/styles.xml"]))
    raw = bytearray(members[part])
    for _ in range(data.draw(st.integers(1, 8))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.sampled_from(list(b'<>/"=&;wpt x\x00\xff')))
    members[part] = bytes(raw)
    try:
        result = load_docx(Source("verminkt.docx", _zip(members)))
    except LoadError as exc:
        assert str(exc).startswith("verminkt.docx: ")
    else:
        assert isinstance(result, Document)


# --- PDF ------------------------------------------------------------------------------------


def _pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF from numbered objects (1..n, the first the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def _stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(content), extra) + content + b"\nendstream"


def _text_pdf(text: bytes = b"Den Haag, 9 september 2016") -> bytes:
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
            b"/Contents 4 0 R >>",
            _stream(b"BT /F1 12 Tf 72 700 Td (" + text + b") Tj ET"),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def test_minimal_pdf_used_below_loads(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path, "klein.pdf", _text_pdf()))
    assert doc.text == "Den Haag, 9 september 2016"
    assert doc.meta.date is not None


def test_garbage_after_the_pdf_header(tmp_path: Path) -> None:
    _refused(_write(tmp_path, "rommel.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 64), "beschadigde PDF")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9])
def test_truncated_pdf(tmp_path: Path, sample_doc: Document, keep: float) -> None:
    from render_binary import render_pdf

    data = render_pdf(sample_doc, tmp_path / "heel.pdf").read_bytes()
    _refused(_write(tmp_path, "half.pdf", data[: int(len(data) * keep)]), "beschadigde PDF")


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _encrypted_pdf(user: bytes, owner: bytes) -> bytes:
    """A PDF with the standard security handler (revision 2, 40-bit RC4), as the PDF reference gives it."""
    file_id = b"briefvergelijker"
    permissions = -44
    o_entry = _rc4(hashlib.md5((owner + _PAD)[:32]).digest()[:5], (user + _PAD)[:32])
    key = hashlib.md5((user + _PAD)[:32] + o_entry + struct.pack("<i", permissions) + file_id).digest()[:5]
    u_entry = _rc4(key, _PAD)
    content = b"BT /F1 12 Tf 72 700 Td (Geheime brief) Tj ET"
    object_key = hashlib.md5(key + struct.pack("<i", 4)[:3] + b"\x00\x00").digest()[:10]
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
            b"/Contents 4 0 R >>",
            _stream(_rc4(object_key, content)),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
            % (o_entry.hex().encode(), u_entry.hex().encode(), permissions),
        ],
        trailer=b"/Encrypt 6 0 R /ID [<%s> <%s>]" % (file_id.hex().encode(), file_id.hex().encode()),
    )


def test_password_protected_pdf(tmp_path: Path) -> None:
    data = _encrypted_pdf(b"geheim", b"eigenaar")
    # the fixture is a real encrypted PDF: with the password pdfium reads it
    with pypdfium2.PdfDocument(data, password="geheim") as pdf:
        assert "Geheime brief" in pdf[0].get_textpage().get_text_range()
    _refused(_write(tmp_path, "beveiligd.pdf", data), "wachtwoord", "password-protected")


def test_scanned_pdf_without_text_layer(tmp_path: Path) -> None:
    image = bytes([0, 255, 255, 0])
    data = _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> "
            b"/Contents 4 0 R >>",
            _stream(b"q 451 0 0 700 72 70 cm /Im1 Do Q"),
            _stream(
                image, b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8"
            ),
        ]
    )
    _refused(_write(tmp_path, "scan.pdf", data), "geen tekst", "OCR")


def _pages_pdf(count: int) -> bytes:
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(count))
    pages = [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> >>"
        for _ in range(count)
    ]
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            *pages,
        ]
    )


def test_thousands_of_pages_refused_at_once(tmp_path: Path) -> None:
    path = _write(tmp_path, "dik.pdf", _pages_pdf(pdf_loader.MAX_PAGES + 1))
    start = time.perf_counter()
    _refused(path, "2001 pagina's", "too many pages")
    assert time.perf_counter() - start < 2.0


def test_too_much_text_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_loader, "MAX_CHARS", 10)
    _refused(_write(tmp_path, "veel.pdf", _text_pdf()), "tekens", "too much text")


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.data())
def test_mangled_pdf_gives_a_document_or_a_load_error(data: st.DataObject) -> None:
    raw = bytearray(_text_pdf())
    for _ in range(data.draw(st.integers(1, 8))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    try:
        result = load_pdf(Source("verminkt.pdf", bytes(raw)))
    except LoadError as exc:
        assert str(exc).startswith("verminkt.pdf: ")
    else:
        assert isinstance(result, Document)
