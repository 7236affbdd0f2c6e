"""Refusing a .docx that python-docx should never see, and opening the rest.

Before python-docx sees the bytes, the zip's directory is checked: a file that unpacks to
far more than it weighs (a zip bomb) is refused, and so is an encrypted or legacy Word file.
"""

from __future__ import annotations

import zipfile
import zlib
from io import BytesIO
from typing import Any

from viewer.core.errors import LoadError
from viewer.core.load.source import Source

MAX_UNPACKED = 200 * 1024 * 1024  # all parts together, uncompressed
MAX_RATIO = 100  # Word's XML compresses some 5 to 20 times; a bomb thousands of times
RATIO_FLOOR = 1024 * 1024  # below this size a high ratio cannot hurt
MAX_PARTS = 10_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole_problem(data: bytes) -> tuple[str, str]:
    """What an OLE compound file (the pre-2007 Office container) that came as a letter is.

    Word stores a password-protected .docx in this container too, as an EncryptedPackage
    stream; an old .doc has a WordDocument stream. Stream names are UTF-16 in the directory.
    """
    if "EncryptedPackage".encode("utf-16-le") in data:
        return (
            "het Word-document is beveiligd met een wachtwoord; sla het op zonder wachtwoord",
            "the Word document is encrypted (password-protected); save it without a password",
        )
    if "WordDocument".encode("utf-16-le") in data:
        return (
            "dit is een oud Word-document (.doc); sla het op als .docx",
            "this is an old Word document (legacy .doc format); save it as .docx",
        )
    return (
        "dit is een Office-bestand in het oude binaire formaat, geen .docx",
        "this is an Office file in the old binary format (OLE compound file), not a .docx",
    )


def check_zip(source: Source) -> None:
    """Refuse a zip that is corrupt, not Word, encrypted, or unpacks to far more than it weighs.

    Only the central directory is read. Its sizes can be trusted for this: zipfile stops
    decompressing a member at its declared size and then fails on the checksum, so a
    member that lies about its size cannot unpack to more than it declares.
    """
    try:
        with zipfile.ZipFile(BytesIO(source.data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        raise LoadError(
            source.path,
            "beschadigd Word-document: geen geldig zip-archief",
            "corrupt Word document: not a valid zip archive (corrupt docx)",
        ) from None
    if len(infos) > MAX_PARTS:
        raise LoadError(
            source.path,
            f"Word-document met {len(infos)} onderdelen: geen brief",
            f"a Word document with {len(infos)} parts (too many zip entries): not a letter",
        )
    if "word/document.xml" not in {info.filename for info in infos}:
        raise LoadError(
            source.path,
            "geen Word-document: word/document.xml ontbreekt",
            "not a Word document (.docx): word/document.xml is missing",
        )
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise LoadError(
                source.path,
                "het Word-document bevat versleutelde onderdelen",
                "the Word document holds encrypted parts",
            )
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise LoadError(
                source.path,
                f"onderdeel {info.filename} pakt {ratio} keer groter uit dan het is: "
                "mogelijk een zip-bom, niet geopend",
                f"part {info.filename} unpacks to {ratio} times its size: possibly a zip bomb, not opened",
            )
    if total > MAX_UNPACKED:
        raise LoadError(
            source.path,
            f"het Word-document pakt uit tot {total / 1e6:.0f} MB, de grens is {MAX_UNPACKED / 1e6:.0f} MB: "
            "mogelijk een zip-bom, niet geopend",
            f"the Word document unpacks to {total / 1e6:.0f} MB, the limit is {MAX_UNPACKED / 1e6:.0f} MB: "
            "possibly a zip bomb, not opened",
        )


# The main part's content type of a macro-enabled document, a template and a macro-enabled template:
# the same WordprocessingML as a .docx, which python-docx refuses by its content type alone.
_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAINS = (
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
# Strict Open XML ("Strict" in Word's Save As) names the same elements in other namespaces.
_STRICT = b"http://purl.oclc.org/ooxml/"
_TRANSITIONAL = (
    (
        b"http://purl.oclc.org/ooxml/wordprocessingml/main",
        b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    ),
    (b"http://purl.oclc.org/ooxml/officeDocument/math", b"http://schemas.openxmlformats.org/officeDocument/2006/math"),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
        b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/customProperties",
        b"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
        b"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    ),
    (
        b"http://purl.oclc.org/ooxml/officeDocument/sharedTypes",
        b"http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
    ),
    (
        b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
        b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    ),
    (b"http://purl.oclc.org/ooxml/drawingml/picture", b"http://schemas.openxmlformats.org/drawingml/2006/picture"),
    (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
)


def as_transitional(data: bytes) -> bytes:
    """The package as a transitional .docx: a .docm, .dotx or .dotm with the document's content
    type, a Strict Open XML document with the transitional namespaces. Others come back as they are.

    Only the XML parts are rewritten, in memory; check_zip has bounded what they unpack to.
    """
    with zipfile.ZipFile(BytesIO(data)) as archive:
        types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in archive.namelist() else b""
        other_main = any(main in types for main in _OTHER_MAINS)
        strict = _STRICT in archive.read("word/document.xml")
        if not (other_main or strict):
            return data
        out = BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as copy:
            for info in archive.infolist():
                member = archive.read(info)
                if info.filename == "[Content_Types].xml":
                    for main in _OTHER_MAINS:
                        member = member.replace(main, _MAIN)
                if strict and info.filename.endswith((".xml", ".rels")):
                    for old, new in _TRANSITIONAL:
                        member = member.replace(old, new)
                copy.writestr(info.filename, member)
    return out.getvalue()


def open_word(source: Source) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        return docx.Document(BytesIO(as_transitional(source.data)))
    except etree.XMLSyntaxError as exc:
        raise LoadError(
            source.path, "beschadigd Word-document: ongeldige XML", f"corrupt Word document: invalid XML ({exc})"
        ) from None
    # python-docx reports a broken package in many ways: a missing part (KeyError), a main
    # part of the wrong type (ValueError), a damaged member (BadZipFile, zlib.error), ...
    except (
        PackageNotFoundError,
        KeyError,
        ValueError,
        AttributeError,
        IndexError,
        TypeError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        OSError,
        NotImplementedError,
        etree.LxmlError,
    ) as exc:
        raise LoadError(
            source.path, "beschadigd Word-document", f"corrupt Word document (corrupt docx: {type(exc).__name__})"
        ) from None
