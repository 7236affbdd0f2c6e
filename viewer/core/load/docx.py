"""Letters as Word (.docx): paragraphs, heading styles, lists, tables and footnotes.

python-docx opens the package and resolves its parts; the text is read from the XML itself,
because python-docx's `Paragraph.text` skips content controls, tracked insertions and
fields, and does not expose footnotes. Headings come from heading styles or outline levels
when the document uses them; otherwise a paragraph set entirely in bold or italic that reads
like a heading is one; a document with neither is treated as copied text.

Before python-docx sees the bytes, the zip's directory is checked: a file that unpacks to
far more than it weighs (a zip bomb) is refused, and so is an encrypted or legacy Word file.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from viewer.core.document import Document, Metadata
from viewer.core.errors import LoadError
from viewer.core.load.build import Block, build_document, heading, para
from viewer.core.load.pdftext import (
    DOSSIER_LINE,
    FOOTER,
    KOP_LINES,
    TITLE_START,
    _is_heading_text,  # the plain-text heading rule, shared on purpose
    clean_pdf_text,
)
from viewer.core.load.source import Source
from viewer.core.textnorm import collapse_spaces

MAX_UNPACKED = 200 * 1024 * 1024  # all parts together, uncompressed
MAX_RATIO = 100  # Word's XML compresses some 5 to 20 times; a bomb thousands of times
RATIO_FLOOR = 1024 * 1024  # below this size a high ratio cannot hurt
MAX_PARTS = 10_000
MAX_PASTED_LINE = 110  # a line of a printed page, in characters
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _R, _TBL, _TR, _TC = _W + "p", _W + "r", _W + "tbl", _W + "tr", _W + "tc"
_VAL = _W + "val"
# Elements whose children are body content (paragraphs, tables) in reading order.
_BLOCK_CONTAINERS = frozenset({_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "moveTo"})
# Elements inside a paragraph whose runs are part of its text.
_RUN_CONTAINERS = frozenset(
    {
        _W + "hyperlink",
        _W + "ins",
        _W + "moveTo",
        _W + "smartTag",
        _W + "sdt",
        _W + "sdtContent",
        _W + "fldSimple",
        _W + "customXml",
        _W + "dir",
        _W + "bdo",
        _MC + "AlternateContent",
        _MC + "Choice",  # the Fallback holds the same content again
    }
)
_RUN_TEXT = {_W + "tab": " ", _W + "ptab": " ", _W + "br": "\n", _W + "cr": "\n", _W + "noBreakHyphen": "-"}
# Heading style names: Word's own ("heading 1"), Dutch, and those of other languages' templates.
_HEADING_NAME = re.compile(
    r"^(?:heading|kop|überschrift|titre|titolo|título|encabezado|rubrik|overskrift|otsikko|nagłówek)\s*(\d)$", re.I
)
_TITLE_NAMES = frozenset({"title", "titel"})
_NOTE_KINDS = frozenset({"separator", "continuationSeparator", "continuationNotice"})


def load_docx(source: Source) -> Document:
    if source.data.startswith(OLE_MAGIC):
        raise LoadError(source.path, ole_problem(source.data))
    check_zip(source)
    reader = _Reader(_open(source), source.path)
    items = reader.items()
    if any(item.level is not None for item in items) or any(_bold_heading(item) for item in items):
        front = _take_front_matter(items)
        blocks, title, dossier, number = _blocks(front.rest), front.title, front.dossier, front.number
    else:
        # Neither heading styles nor typeset headings: the rules for copied text decide.
        cleaned = clean_pdf_text(_as_lines(items))
        blocks, title, dossier, number = cleaned.blocks, cleaned.title, cleaned.dossier, cleaned.number
    if not any(block.text.strip() for block in blocks):
        raise LoadError(source.path, "geen tekst gevonden in het Word-document (no text)")
    footer_dossier, footer_number = reader.footer_metadata()
    meta = Metadata(
        path=source.path,
        format="docx",
        # the document properties' title last: it is often a template's or a file name
        title=title or collapse_spaces(reader.core_title()) or None,
        dossier=dossier or footer_dossier,
        number=number or footer_number,
    )
    return build_document(meta, blocks)


# --- refusing what python-docx should never see ---------------------------------------------


def ole_problem(data: bytes) -> str:
    """What an OLE compound file (the pre-2007 Office container) that came as a letter is.

    Word stores a password-protected .docx in this container too, as an EncryptedPackage
    stream; an old .doc has a WordDocument stream. Stream names are UTF-16 in the directory.
    """
    if "EncryptedPackage".encode("utf-16-le") in data:
        return (
            "het Word-document is beveiligd met een wachtwoord; sla het op zonder wachtwoord "
            "(encrypted/password-protected document)"
        )
    if "WordDocument".encode("utf-16-le") in data:
        return "dit is een oud Word-document (.doc); sla het op als .docx (legacy .doc format)"
    return "dit is een Office-bestand in het oude binaire formaat, geen .docx (OLE compound file)"


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
        raise LoadError(source.path, "beschadigd Word-document: geen geldig zip-archief (corrupt docx)") from None
    if len(infos) > MAX_PARTS:
        raise LoadError(source.path, f"Word-document met {len(infos)} onderdelen: geen brief (too many zip entries)")
    if "word/document.xml" not in {info.filename for info in infos}:
        raise LoadError(source.path, "geen Word-document: word/document.xml ontbreekt (not a .docx)")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise LoadError(source.path, "het Word-document bevat versleutelde onderdelen (encrypted zip entries)")
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise LoadError(
                source.path,
                f"onderdeel {info.filename} pakt {ratio} keer groter uit dan het is: "
                "mogelijk een zip-bom, niet geopend (suspicious compression ratio, zip bomb?)",
            )
    if total > MAX_UNPACKED:
        raise LoadError(
            source.path,
            f"het Word-document pakt uit tot {total / 1e6:.0f} MB, de grens is {MAX_UNPACKED / 1e6:.0f} MB: "
            "mogelijk een zip-bom, niet geopend (unpacks too large, zip bomb?)",
        )


def _open(source: Source) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        return docx.Document(BytesIO(source.data))
    except etree.XMLSyntaxError as exc:
        raise LoadError(source.path, f"beschadigd Word-document: ongeldige XML (invalid XML: {exc})") from None
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
        raise LoadError(source.path, f"beschadigd Word-document (corrupt docx: {type(exc).__name__})") from None


# --- reading the body ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Item:
    """One paragraph-like piece of the body, with what the loader needs to classify it."""

    text: str
    level: int | None = None  # from a heading style or outline level (1 = top)
    emphasis: bool = False  # every run with text bold, or every one italic
    listed: bool = False  # a Word list paragraph (bulleted or numbered)
    title_style: bool = False
    structural: bool = False  # a table row or a footnote: never a heading, never front matter


class _Styles:
    """The style sheet: names, outline levels, list numbering and bold/italic, through basedOn."""

    def __init__(self, root: Any) -> None:
        self.by_id: dict[str, Any] = {}
        self.default_paragraph: str | None = None
        self.defaults: Any = None
        if root is None:
            return
        for style in root.iter(_W + "style"):
            style_id = style.get(_W + "styleId")
            if style_id:
                self.by_id[style_id] = style
                if style.get(_W + "type") == "paragraph" and style.get(_W + "default") in ("1", "true", "on"):
                    self.default_paragraph = style_id
        self.defaults = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")

    def chain(self, style_id: str | None) -> Iterator[Any]:
        seen: set[str] = set()
        while style_id and style_id not in seen and len(seen) < 20:  # basedOn may loop in a bad file
            seen.add(style_id)
            style = self.by_id.get(style_id)
            if style is None:
                return
            yield style
            based = style.find(_W + "basedOn")
            style_id = based.get(_VAL) if based is not None else None

    def name(self, style_id: str | None) -> str:
        for style in self.chain(style_id):
            name = style.find(_W + "name")
            return (name.get(_VAL) or "") if name is not None else ""
        return ""

    def level(self, style_id: str | None) -> int | None:
        for style in self.chain(style_id):
            ppr = style.find(_W + "pPr")
            outline = _outline_level(ppr)
            if outline is not None:
                return outline or None
            name = style.find(_W + "name")
            for text in (name.get(_VAL) if name is not None else None, style.get(_W + "styleId")):
                match = _HEADING_NAME.match(text or "")
                if match and match.group(1) != "0":
                    return int(match.group(1))
        return None

    def listed(self, style_id: str | None) -> bool:
        for style in self.chain(style_id):
            numbering = _numbering(style.find(_W + "pPr"))
            if numbering is not None:
                return numbering
        return False

    def toggle(self, style_id: str | None, prop: str) -> bool | None:
        for style in self.chain(style_id):
            value = _toggle(style.find(f"{_W}rPr/{_W}{prop}"))
            if value is not None:
                return value
        return None

    def default_toggle(self, prop: str) -> bool:
        if self.defaults is None:
            return False
        return bool(_toggle(self.defaults.find(_W + prop)))


def _outline_level(ppr: Any) -> int | None:
    """1-based heading level; 0 for "body text" (outline level 9); None when not set here."""
    if ppr is None:
        return None
    element = ppr.find(_W + "outlineLvl")
    if element is None:
        return None
    value = element.get(_VAL) or ""
    if not value.isdigit():
        return None
    level = int(value)
    return level + 1 if level < 9 else 0


def _numbering(ppr: Any) -> bool | None:
    if ppr is None:
        return None
    num = ppr.find(f"{_W}numPr/{_W}numId")
    if num is None:
        return None
    return (num.get(_VAL) or "0") != "0"  # numId 0 switches inherited numbering off


def _toggle(element: Any) -> bool | None:
    if element is None:
        return None
    return (element.get(_VAL) or "true").lower() not in ("0", "false", "off", "none")


class _Reader:
    """Walks the document's XML in reading order and says what each paragraph is."""

    def __init__(self, word: Any, path: str) -> None:
        self.word = word
        self.styles = _Styles(_styles_root(word))
        self.notes = self._read_footnotes(path)
        self.notes_numbered = 0  # footnotes are printed numbered in the order the text cites them

    def items(self) -> list[_Item]:
        return list(self._container(self.word.element.body))

    def core_title(self) -> str:
        return str(self.word.core_properties.title or "")

    def footer_metadata(self) -> tuple[str | None, str | None]:
        """Dossier and number from a running footer ("Tweede Kamer, vergaderjaar ..., 27 925, nr. 597")."""
        for part in self.word.part.package.iter_parts():
            if not re.match(r"^/word/(header|footer)\d*\.xml$", str(part.partname)):
                continue
            element = getattr(part, "element", None)
            if element is None:
                continue
            for paragraph in element.iter(_P):
                match = FOOTER.match(collapse_spaces(self._read(paragraph).text))
                if match:
                    return match.group("dossier"), match.group("nr")
        return None, None

    def _read_footnotes(self, path: str) -> dict[str, str]:
        """Footnote texts by id. python-docx does not expose them: parse the part with its (safe) parser."""
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.oxml.parser import parse_xml
        from lxml import etree

        try:
            part = self.word.part.part_related_by(RT.FOOTNOTES)
        except KeyError:
            return {}
        try:
            root = getattr(part, "element", None)
            if root is None:
                root = parse_xml(part.blob)
        except etree.LxmlError as exc:
            # refuse rather than compare a letter whose footnotes silently went missing
            raise LoadError(
                path, f"beschadigd Word-document: voetnoten onleesbaar (invalid footnotes XML: {exc})"
            ) from None
        notes: dict[str, str] = {}
        for note in root.iter(_W + "footnote"):
            note_id = note.get(_W + "id")
            if note_id is None or note.get(_W + "type") in _NOTE_KINDS:
                continue
            text = collapse_spaces(" ".join(self._read(p).text for p in note.iter(_P)))
            if text:
                notes[note_id] = text
        return notes

    def _container(self, element: Any) -> Iterator[_Item]:
        """Paragraphs and tables, and those inside the content controls that wrap them."""
        for child in element:
            tag = child.tag
            if tag == _P:
                yield from self._paragraph(child)
            elif tag == _TBL:
                yield from self._table(child)
            elif tag in _BLOCK_CONTAINERS:
                yield from self._container(child)

    def _paragraph(self, p: Any) -> Iterator[_Item]:
        read = self._read(p)
        ppr = p.find(_W + "pPr")
        style_id = self._style_id(ppr)
        outline = _outline_level(ppr)
        numbering = _numbering(ppr)
        yield _Item(
            text=read.text,
            level=(outline or None) if outline is not None else self.styles.level(style_id),
            emphasis=read.emphasis,
            listed=numbering if numbering is not None else self.styles.listed(style_id),
            title_style=self.styles.name(style_id).casefold() in _TITLE_NAMES,
        )
        for box in read.boxes:  # text boxes anchored in this paragraph
            yield from self._container(box)
        yield from self._footnotes(read.notes)

    def _table(self, table: Any) -> Iterator[_Item]:
        """A row per paragraph, its cells joined with " | "; a nested table is read as part of its cell."""
        notes: list[str] = []
        for row in table.iter(_TR):
            if _ancestor(row, _TBL) is not table:
                continue
            cells: list[str] = []
            for cell in row.iter(_TC):
                if _ancestor(cell, _TR) is not row:
                    continue
                texts: list[str] = []
                for p in cell.iter(_P):
                    read = self._read(p)
                    texts.append(read.text)
                    texts.extend(item.text for box in read.boxes for item in self._container(box))
                    notes.extend(read.notes)
                cells.append(collapse_spaces(" ".join(texts)))
            if any(cells):
                yield _Item(" | ".join(cells), structural=True)
        yield from self._footnotes(notes)

    def _footnotes(self, ids: Sequence[str]) -> Iterator[_Item]:
        for note_id in ids:
            text = self.notes.get(note_id)
            if text is not None:
                self.notes_numbered += 1
                yield _Item(f"{self.notes_numbered} {text}", structural=True)

    def _style_id(self, ppr: Any) -> str | None:
        style = ppr.find(_W + "pStyle") if ppr is not None else None
        return style.get(_VAL) if style is not None else self.styles.default_paragraph

    def _read(self, p: Any) -> _Read:
        parts: list[str] = []
        read = _Read()
        style_id = self._style_id(p.find(_W + "pPr"))
        flags: list[tuple[bool, bool]] = []
        for run in _runs(p):
            text = self._run_text(run, read)
            parts.append(text)
            if text.strip():
                flags.append((self._run_flag(run, "b", style_id), self._run_flag(run, "i", style_id)))
        read.text = "".join(parts)
        read.emphasis = bool(flags) and (all(b for b, _ in flags) or all(i for _, i in flags))
        return read

    def _run_text(self, run: Any, read: _Read) -> str:
        out: list[str] = []
        for child in run:
            tag = child.tag
            if tag == _W + "t":
                # an unresolved entity reference (the parser never expands them) reads as nothing
                out.append((child.text or "") + "".join(c.tail or "" for c in child))
            elif tag in _RUN_TEXT:
                page_break = tag == _W + "br" and child.get(_W + "type") in ("page", "column")
                out.append(" " if page_break else _RUN_TEXT[tag])
            elif tag == _W + "footnoteReference":
                note_id = child.get(_W + "id")
                if note_id is not None:
                    read.notes.append(note_id)
            elif tag in (_W + "drawing", _W + "pict", _MC + "AlternateContent"):
                read.boxes.extend(_text_boxes(child))
        return "".join(out)

    def _run_flag(self, run: Any, prop: str, paragraph_style: str | None) -> bool:
        """Bold or italic as Word shows it: direct formatting, then character style, paragraph style, defaults."""
        rpr = run.find(_W + "rPr")
        if rpr is not None:
            value = _toggle(rpr.find(_W + prop))
            if value is not None:
                return value
            char_style = rpr.find(_W + "rStyle")
            if char_style is not None:
                value = self.styles.toggle(char_style.get(_VAL), prop)
                if value is not None:
                    return value
        value = self.styles.toggle(paragraph_style, prop)
        return value if value is not None else self.styles.default_toggle(prop)


@dataclass
class _Read:
    """What one paragraph holds: its text, cited footnotes, text boxes, and whether it is all bold or all italic."""

    text: str = ""
    notes: list[str] = field(default_factory=list)
    boxes: list[Any] = field(default_factory=list)
    emphasis: bool = False


def _runs(element: Any) -> Iterator[Any]:
    for child in element:
        tag = child.tag
        if tag == _R:
            yield child
        elif tag in _RUN_CONTAINERS:
            yield from _runs(child)


def _text_boxes(element: Any) -> Iterator[Any]:
    """The w:txbxContent under a drawing, each once: skip the VML fallback copy of the same box."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag == _MC + "Fallback":
            continue
        if tag == _W + "txbxContent":
            yield child
        else:
            yield from _text_boxes(child)


def _ancestor(element: Any, tag: str) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


def _styles_root(word: Any) -> Any:
    try:
        return word.styles.element
    except (KeyError, ValueError, AttributeError):
        return None  # a document without a style sheet is plain


# --- from items to blocks -------------------------------------------------------------------


def _bold_heading(item: _Item) -> bool:
    """A paragraph set entirely in bold or italic that reads like a heading, in a document without heading styles."""
    return item.emphasis and not item.listed and not item.structural and _is_heading_text(collapse_spaces(item.text))


@dataclass
class _Front:
    rest: list[_Item]
    title: str | None = None
    dossier: str | None = None
    number: str | None = None


def _take_front_matter(items: list[_Item]) -> _Front:
    """The kamerstuk header, dossier line and the "Nr. 597 BRIEF VAN ..." title go to metadata.

    The same patterns as for copied text; a title may run on over paragraphs in capitals,
    and a paragraph in the Title style before the body is the title too.
    """
    front = _Front(rest=[])
    i = 0
    while i < len(items):
        item = items[i]
        text = collapse_spaces(item.text)
        if item.structural:
            break
        if not text:  # Word letters often open with a few empty paragraphs
            i += 1
            continue
        if KOP_LINES.match(text):
            i += 1
            continue
        dossier = DOSSIER_LINE.match(text)
        if dossier and not front.number and not front.dossier and i < 5:
            front.dossier = dossier.group("dossier")
            i += 1
            continue
        title = TITLE_START.match(text)
        if title and not front.title:
            front.number = title.group("nr")
            parts = [title.group("title")]
            i += 1
            while i < len(items) and _capitals(items[i].text) and items[i].level is None and not items[i].structural:
                parts.append(items[i].text)
                i += 1
            front.title = collapse_spaces(" ".join(parts)) or None
            continue
        if item.title_style and not front.title:
            front.title = text
            i += 1
            continue
        break
    front.rest = items[i:]
    return front


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _blocks(items: Sequence[_Item]) -> list[Block]:
    styled = any(item.level is not None for item in items)
    out: list[Block] = []
    for item in items:
        text = item.text
        if styled and item.level is not None and not item.structural:
            out.append(heading(text, item.level))
        elif not styled and _bold_heading(item):
            out.append(heading(text))  # nesting is inferred, as for copied text
        else:
            out.append(para(text))
    return out


def _as_lines(items: Sequence[_Item]) -> list[str]:
    """A plain document as copied text, for clean_pdf_text.

    Text pasted from a PDF has a paragraph per printed line (short ones) with empty
    paragraphs between the real paragraphs; there the empty ones are the only separators.
    A document typed in Word has a paragraph per paragraph, each one a block of its own.
    Line breaks inside a paragraph stay lines.
    """
    lengths = sorted(len(item.text.strip()) for item in items if item.text.strip())
    empty = len(items) - len(lengths)
    pasted = bool(lengths) and empty >= 0.05 * len(items) and lengths[len(lengths) // 2] <= MAX_PASTED_LINE
    lines: list[str] = []
    for item in items:
        lines.extend(item.text.split("\n"))
        if not pasted or item.structural:
            lines.append("")
    return lines
