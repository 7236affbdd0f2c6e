"""Reading WordprocessingML: a .docx body as paragraphs in reading order, with what classifies them.

The text is read from the XML itself, because python-docx's `Paragraph.text` skips content
controls, tracked insertions and fields, and does not expose footnotes or endnotes. Both kinds of
note follow the paragraph that cites them ("Noot 1: ...", an endnote as Word numbers it: "Noot i:
..."), as the other formats place a letter's notes; left at the end, an endnote would be compared
with nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from viewer.core.dutch import HEAD_PARAGRAPHS, letter_date
from viewer.core.errors import LoadError
from viewer.core.load.build import note_paragraph
from viewer.core.load.docx_numbering import Numbering, number_as, numbering_root
from viewer.core.load.docx_signatures import signature_columns
from viewer.core.load.docx_styles import VAL, Styles, W, list_numbering, outline_level, styles_root, toggle_value
from viewer.core.load.letter_head import HEAD_LABEL, head_column, place_date_line
from viewer.core.load.pdftext import FOOTER
from viewer.core.textnorm import collapse_spaces

_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _R, _TBL, _TR, _TC = W + "p", W + "r", W + "tbl", W + "tr", W + "tc"
# Elements whose children are body content (paragraphs, tables) in reading order.
_BLOCK_CONTAINERS = frozenset({W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo"})
# Elements inside a paragraph whose runs are part of its text.
_RUN_CONTAINERS = frozenset(
    {
        W + "hyperlink",
        W + "ins",
        W + "moveTo",
        W + "smartTag",
        W + "sdt",
        W + "sdtContent",
        W + "fldSimple",
        W + "customXml",
        W + "dir",
        W + "bdo",
        _MC + "AlternateContent",
        _MC + "Choice",  # the Fallback holds the same content again
    }
)
_RUN_TEXT = {W + "tab": " ", W + "ptab": " ", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
_TITLE_NAMES = frozenset({"title", "titel"})
_NOTE_KINDS = frozenset({"separator", "continuationSeparator", "continuationNotice"})
# a table of more paragraphs than this, holding half the body's text or more, is the page's layout
_LAYOUT_PARAGRAPHS = 8
# ... when its text runs on: it has one column, or a cell holds this many paragraphs of running text
_FLOWING_PARAGRAPHS = 2
_RUNNING_TEXT = 100  # characters: a paragraph of running text, not a value or a label


@dataclass(frozen=True, slots=True)
class Item:
    """One paragraph-like piece of the body, with what the loader needs to classify it."""

    text: str
    level: int | None = None  # from a heading style or outline level (1 = top)
    emphasis: bool = False  # every run with text bold, or every one italic
    listed: bool = False  # a Word list paragraph (bulleted or numbered)
    title_style: bool = False
    structural: bool = False  # a table row or a footnote: never a heading, never front matter


class Reader:
    """Walks the document's XML in reading order and says what each paragraph is."""

    def __init__(self, word: Any, path: str) -> None:
        self.word = word
        self.styles = Styles(styles_root(word))
        # the labels Word prints before its list items and numbered headings ("a. ", "2.1 ")
        self.labels = Numbering(numbering_root(word), self.styles).labels(word.element.body)
        self.notes = self._read_notes(path, "footnote")
        # endnotes, by "e" and their id: a list of the notes a paragraph cites holds both kinds
        self.notes.update({f"e{k}": v for k, v in self._read_notes(path, "endnote").items()})
        self.notes_numbered = 0  # footnotes are printed numbered in the order the text cites them
        self.endnotes_numbered = 0  # endnotes too, counted apart, in Word's format for them
        self.endnote_format = _endnote_format(word) if any(k[0] == "e" for k in self.notes) else "lowerRoman"
        self._body_chars: int | None = None  # the body's text, measured when a table asks
        self._head = False  # reading the letter's head: the body's first paragraphs, before a heading
        self._head_paragraphs = 0
        # the paragraphs of an address table in the letter's head (sender, "Datum", reference)
        self.head_texts: list[str] = []
        # the place-and-date line made from that table ("Den Haag, 27 januari 2017"), as published
        self.date_line: Item | None = None

    def items(self) -> list[Item]:
        self._head, self._head_paragraphs = True, 0
        try:
            return list(self._container(self.word.element.body))
        finally:
            self._head = False  # a page header's table is read as rows, whatever it holds

    def core_title(self) -> str:
        return str(self.word.core_properties.title or "")

    def _page_parts(self, kind: str = "header|footer") -> Iterator[Any]:
        """The root elements of the document's page headers and footers."""
        for part in self.word.part.package.iter_parts():
            if re.match(rf"^/word/({kind})\d*\.xml$", str(part.partname)):
                element = getattr(part, "element", None)
                if element is not None:
                    yield element

    def footer_metadata(self) -> tuple[str | None, str | None]:
        """Dossier and number from a running footer ("Tweede Kamer, vergaderjaar ..., 27 925, nr. 597")."""
        for element in self._page_parts():
            for paragraph in element.iter(_P):
                match = FOOTER.match(collapse_spaces(self._read(paragraph).text))
                if match:
                    return match.group("dossier"), match.group("nr")
        return None, None

    def header_texts(self) -> list[str]:
        """The paragraphs and table rows of the page headers: where a ministry's letter has its
        date ("Datum", "11 september 2017"), sender and reference."""
        return [item.text for element in self._page_parts("header") for item in self._container(element)]

    def _read_notes(self, path: str, kind: str) -> dict[str, str]:
        """Footnote (or endnote) texts by id. python-docx does not expose them: parse the part with
        its (safe) parser."""
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.oxml.parser import parse_xml
        from lxml import etree

        try:
            part = self.word.part.part_related_by(RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)
        except KeyError:
            return {}
        try:
            root = getattr(part, "element", None)
            if root is None:
                root = parse_xml(part.blob)
        except etree.LxmlError as exc:
            # refuse rather than compare a letter whose footnotes silently went missing
            dutch = "voetnoten" if kind == "footnote" else "eindnoten"
            raise LoadError(
                path,
                f"beschadigd Word-document: {dutch} onleesbaar",
                f"corrupt Word document: the {kind}s cannot be read (invalid {kind}s XML: {exc})",
            ) from None
        notes: dict[str, str] = {}
        for note in root.iter(W + kind):
            note_id = note.get(W + "id")
            if note_id is None or note.get(W + "type") in _NOTE_KINDS:
                continue
            text = collapse_spaces(" ".join(self._read(p).text for p in note.iter(_P)))
            if text:
                notes[note_id] = text
        return notes

    def _container(self, element: Any) -> Iterator[Item]:
        """Paragraphs and tables, and those inside the content controls that wrap them."""
        for child in element:
            tag = child.tag
            if tag == _P:
                yield from self._paragraph(child)
            elif tag == _TBL:
                yield from self._table(child)
            elif tag in _BLOCK_CONTAINERS:
                yield from self._container(child)

    def _paragraph(self, p: Any) -> Iterator[Item]:
        read = self._read(p)
        ppr = p.find(W + "pPr")
        style_id = self._style_id(ppr)
        outline = outline_level(ppr)
        numbering = list_numbering(ppr)
        item = Item(
            text=read.text,
            level=(outline or None) if outline is not None else self.styles.level(style_id),
            emphasis=read.emphasis,
            listed=numbering if numbering is not None else self.styles.listed(style_id),
            title_style=self.styles.name(style_id).casefold() in _TITLE_NAMES,
        )
        self._head_paragraphs += 1
        if item.level is not None or self._head_paragraphs > HEAD_PARAGRAPHS:
            self._head = False
        yield item
        for box in read.boxes:  # text boxes anchored in this paragraph
            if self._head and self._head_box(box):
                yield from self._addressee(box)
            else:
                yield from self._container(box)
        yield from self._footnotes(read.notes)

    def _table(self, table: Any) -> Iterator[Item]:
        """A row per paragraph, its cells joined with " | "; a nested table is read as part of its cell.

        A table that holds most of the letter is its page layout, not a table of figures (a ministry's
        template sets the body in one cell): its cells' paragraphs are the letter's, read as such.
        """
        if self._head and not self._holds_the_letter(table) and self._letter_head(table):
            yield from self._addressee(table)
            line = place_date_line(self.head_texts)
            if line is not None and self.date_line is None:
                self.date_line = Item(line)
                yield self.date_line
            return
        if self._holds_the_letter(table):
            for row in table.iter(_TR):
                if _ancestor(row, _TBL) is not table:
                    continue
                for cell in row:
                    if cell.tag == _TC:
                        yield from self._container(cell)
            return
        rows = [
            [[self._read(p) for p in cell.iter(_P)] for cell in row.iter(_TC) if _ancestor(cell, _TR) is row]
            for row in table.iter(_TR)
            if _ancestor(row, _TBL) is table
        ]
        notes = [note for row in rows for cell in row for read in cell for note in read.notes]
        signatures = signature_columns([[[read.text for read in cell] for cell in row] for row in rows])
        if signatures is not None:  # ministers signing side by side: a signature per column
            yield from (Item(line) for line in signatures)
            yield from self._footnotes(notes)
            return
        for row in rows:
            cells: list[str] = []
            for cell in row:
                texts: list[str] = []
                for read in cell:
                    texts.append(read.text)
                    texts.extend(item.text for box in read.boxes for item in self._container(box))
                cells.append(collapse_spaces(" ".join(texts)))
            if any(cells):
                yield Item(" | ".join(cells), structural=True)
        yield from self._footnotes(notes)

    def _holds_the_letter(self, table: Any) -> bool:
        """Does `table` hold at least half the text of the body, in more than a few paragraphs, and
        is that text running text? A short letter around a table of figures has most of its text
        in the table too, but a value per cell: its rows must stay rows."""
        if self._body_chars is None:
            self._body_chars = _text_length(self.word.element.body)
        paragraphs = sum(1 for _ in table.iter(_P))
        if paragraphs < _LAYOUT_PARAGRAPHS or 2 * _text_length(table) < self._body_chars:
            return False
        return _flowing(table)

    def _letter_head(self, table: Any) -> bool:
        """Is `table` the letter's head as a ministry's template sets it: addressee, sender, "Datum"
        beside the date, reference? Then its paragraphs date the letter (as a page header's do), and
        only its addressee is the letter's text: read as rows, the sender's address and the date
        would be a paragraph the letter does not have."""
        texts = [collapse_spaces(self._read(p).text) for p in table.iter(_P)]
        labels = {found.group() for text in texts if (found := HEAD_LABEL.match(text))}
        if "Datum" not in labels or len(labels) < 2 or letter_date(texts) is None:
            return False
        self.head_texts.extend(texts)
        return True

    def _head_box(self, box: Any) -> bool:
        """Is `box`, a text box anchored in the letter's head, its sender's column or wordmark (the
        ministry, its address, "Onze referentie", "Uw brief van")? Then, as in the page header, its
        paragraphs date the letter and are none of its own: read as text, they join its opening, and
        a date there ("Uw brief van", "1 november 2019") reads as a new fact."""
        texts = [collapse_spaces(self._read(p).text) for p in box.iter(_P)]
        if not head_column(texts):
            return False
        self.head_texts.extend(texts)
        return True

    def _addressee(self, table: Any) -> Iterator[Item]:
        """The addressee in a letter's head table or box ("Aan de Voorzitter van de Tweede Kamer der
        Staten-Generaal"), its lines joined, as the letter's own paragraph; not its address."""
        for cell in table.iter(_TC) if table.tag == _TBL else (table,):
            lines = [collapse_spaces(self._read(p).text) for p in cell.iter(_P)]
            for i, text in enumerate(lines):
                if not text.startswith(("Aan de ", "Aan het ")):
                    continue
                end = i + 1
                while end < len(lines) and lines[end][:1].islower():  # "der Staten-Generaal"
                    end += 1
                yield Item(" ".join(lines[i:end]))

    def _footnotes(self, ids: Sequence[str]) -> Iterator[Item]:
        for note_id in ids:
            text = self.notes.get(note_id)
            if text is None:
                continue
            if note_id.startswith("e"):
                self.endnotes_numbered += 1
                number = number_as(self.endnotes_numbered, self.endnote_format)
            else:
                self.notes_numbered += 1
                number = str(self.notes_numbered)
            yield Item(note_paragraph(number, text), structural=True)

    def _style_id(self, ppr: Any) -> str | None:
        style = ppr.find(W + "pStyle") if ppr is not None else None
        return style.get(VAL) if style is not None else self.styles.default_paragraph

    def _read(self, p: Any) -> _Read:
        parts: list[str] = []
        read = _Read()
        style_id = self._style_id(p.find(W + "pPr"))
        flags: list[tuple[bool, bool]] = []
        for run in _runs(p):
            if self._run_flag(run, "vanish", style_id):
                continue  # hidden text: Word neither shows nor prints it
            text = self._run_text(run, read)
            parts.append(text)
            if text.strip():
                flags.append((self._run_flag(run, "b", style_id), self._run_flag(run, "i", style_id)))
        read.text = self.labels.get(p, "") + "".join(parts)
        read.emphasis = bool(flags) and (all(b for b, _ in flags) or all(i for _, i in flags))
        return read

    def _run_text(self, run: Any, read: _Read) -> str:
        out: list[str] = []
        for child in run:
            tag = child.tag
            if tag == W + "t":
                # an unresolved entity reference (the parser never expands them) reads as nothing
                out.append((child.text or "") + "".join(c.tail or "" for c in child))
            elif tag in _RUN_TEXT:
                page_break = tag == W + "br" and child.get(W + "type") in ("page", "column")
                out.append(" " if page_break else _RUN_TEXT[tag])
            elif tag == W + "footnoteReference" or tag == W + "endnoteReference":
                note_id = child.get(W + "id")
                if note_id is not None:
                    read.notes.append(note_id if tag == W + "footnoteReference" else f"e{note_id}")
            elif tag in (W + "drawing", W + "pict", _MC + "AlternateContent"):
                read.boxes.extend(_text_boxes(child))
        return "".join(out)

    def _run_flag(self, run: Any, prop: str, paragraph_style: str | None) -> bool:
        """Bold or italic as Word shows it: direct formatting, then character style, paragraph style, defaults."""
        rpr = run.find(W + "rPr")
        if rpr is not None:
            value = toggle_value(rpr.find(W + prop))
            if value is not None:
                return value
            char_style = rpr.find(W + "rStyle")
            if char_style is not None:
                value = self.styles.toggle(char_style.get(VAL), prop)
                if value is not None:
                    return value
        value = self.styles.toggle(paragraph_style, prop)
        return value if value is not None else self.styles.default_toggle(prop)


def _endnote_format(word: Any) -> str:
    """How Word numbers the endnotes: the document's setting ("lowerRoman" unless it says otherwise)."""
    for root in (word.settings.element, word.element.body):
        for pr in root.iter(W + "endnotePr"):
            fmt = pr.find(W + "numFmt")
            if fmt is not None and fmt.get(VAL):
                return str(fmt.get(VAL))
    return "lowerRoman"


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
        if tag == W + "txbxContent":
            yield child
        else:
            yield from _text_boxes(child)


def _flowing(table: Any) -> bool:
    """Does `table` frame running text: a single column (a frame around the letter), or a cell
    with several paragraphs of running text (the letter's body beside a column of sender and date)?
    A table of figures has several columns, each cell a value or a label."""
    rows = [row for row in table.iter(_TR) if _ancestor(row, _TBL) is table]
    cells = [[cell for cell in row.iter(_TC) if _ancestor(cell, _TR) is row] for row in rows]
    if max((len(row) for row in cells), default=0) <= 1:
        return True
    return any(
        sum(1 for p in cell.iter(_P) if _text_length(p) >= _RUNNING_TEXT) >= _FLOWING_PARAGRAPHS
        for row in cells
        for cell in row
    )


def _text_length(element: Any) -> int:
    return sum(len(t.text or "") for t in element.iter(W + "t"))


def _ancestor(element: Any, tag: str) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent
