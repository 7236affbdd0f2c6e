"""Letters as an HTML page of the publication platform (or any page that holds one letter).

The letter sits in `#broodtekst`; without it the page's <main>, then its <body>, stripped of
site chrome (navigation, header, footer, search, cookie notices). Headings are h1-h6 and
elements whose class says tussenkop/kop, ranked like the XML (see markup.py); metadata comes from
the platform's <meta> tags and the elements printing the dossier and document number.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from lxml import etree

from viewer.core import regex_cache
from viewer.core.document import Document
from viewer.core.errors import LoadError
from viewer.core.load.build import build_document, note_paragraph
from viewer.core.load.hardened import parse_html
from viewer.core.load.html_elements import (
    BLOCK_TAGS,
    CLASS_HEADING_TAG_RANK,
    INLINE_TAGS,
    META_CLASSES,
    NOTE_CHROME,
    NOTE_CLASSES,
    SKIP_TAGS,
    classes_of,
    find_letter,
    heading_rank,
    is_chrome,
    is_hidden,
    plain_text,
    style_of,
    tag_of,
)
from viewer.core.load.markup import (
    KOPOPMAAK,
    FrontMatter,
    Item,
    Rank,
    clean_number,
    levels_to_blocks,
    looks_like_heading,
    resolve_metadata,
    sole_emphasis,
)
from viewer.core.load.source import Source
from viewer.core.textnorm import collapse_spaces

# A list item that prints its own number gets no marker added.
_NUMBERED = regex_cache.compile(r"^\s*\(?(\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]\s")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def _roman(number: int, upper: bool) -> str:
    out = ""
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out += letters * count
    return out.upper() if upper else out


def _marker(number: int, kind: str) -> str:
    """An ordered list's number as printed in the text version: "1)", "a)", "iv)"."""
    if kind in ("a", "A") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return f"{letter.upper() if kind == 'A' else letter})"
    if kind in ("i", "I") and number >= 1:
        return f"{_roman(number, kind == 'I')})"
    return f"{number})"


def _int(text: str | None, default: int) -> int:
    try:
        return int((text or "").strip())
    except ValueError:
        return default


class _Walker:
    def __init__(self, root: etree._Element) -> None:
        self.items: list[Item] = []
        self.notes_by_id = self._notes(root)
        self.used_notes: set[etree._Element] = set()  # notes moved next to the paragraph citing them

    # -- footnotes -------------------------------------------------------------------------------

    @staticmethod
    def _notes(root: etree._Element) -> dict[str, etree._Element]:
        """Targets of in-page links that sit in a footnote: id -> the footnote element."""
        notes: dict[str, etree._Element] = {}
        for element in root.iter():
            anchor = element.get("id") if isinstance(element.tag, str) else None
            if not anchor:
                continue
            node: etree._Element | None = element
            while node is not None and not (classes_of(node) & NOTE_CLASSES):
                node = node.getparent()
            if node is not None:
                notes[anchor] = node
        return notes

    def _cited_note(self, element: etree._Element) -> etree._Element | None:
        href = element.get("href") or ""
        if tag_of(element) != "a" or not href.startswith("#"):
            return None
        return self.notes_by_id.get(href[1:])

    def note_text(self, note: etree._Element) -> str:
        number = ""
        for element in note.iter():
            if classes_of(element) & {"nootnum", "noot-nr", "nootnr"}:
                number = plain_text(element)
                break
        parts: list[str] = []
        self._note_parts(note, parts, number_seen=[False])
        return note_paragraph(number, "".join(parts))

    def _note_parts(self, element: etree._Element, parts: list[str], number_seen: list[bool]) -> None:
        parts.append(element.text or "")
        for child in element:
            classes = classes_of(child) if isinstance(child.tag, str) else set()
            if (
                not isinstance(child.tag, str)
                or classes & NOTE_CHROME
                or tag_of(child) in SKIP_TAGS
                or is_hidden(child)
            ):
                pass
            elif classes & {"nootnum", "noot-nr", "nootnr"} and not number_seen[0]:
                number_seen[0] = True  # printed as the note's number, not its text
            else:
                parts.append(" ")
                self._note_parts(child, parts, number_seen)
                parts.append(" ")
            parts.append(child.tail or "")

    # -- emitting --------------------------------------------------------------------------------

    def add_para(self, text: str, notes: Sequence[str] = ()) -> None:
        if text.strip():
            self.items.append(Item("para", text))
        self.items.extend(Item("para", note) for note in notes if note.strip())

    def add_heading(self, text: str, rank: Rank, notes: Sequence[str]) -> None:
        # An empty heading is no heading: it would only shift the levels of the ranks present.
        if text.strip():
            self.items.append(Item("heading", text, rank=rank))
        self.add_para("", notes)

    # -- inline text -----------------------------------------------------------------------------

    def inline(self, element: etree._Element, notes: list[str]) -> str:
        parts = [element.text or ""]
        for child in element:
            tag = tag_of(child)
            note = self._cited_note(child) if tag == "a" else None
            if not tag or tag in SKIP_TAGS or is_hidden(child):
                pass
            elif note is not None:
                # The footnote marker leaves the sentence; the note follows the paragraph.
                if note not in self.used_notes:
                    self.used_notes.add(note)
                    notes.append(self.note_text(note))
            elif tag in INLINE_TAGS and tag != "br":
                parts.append(self.inline(child, notes))
            else:
                parts += [" ", self.inline(child, notes), " "]
            parts.append(child.tail or "")
        return "".join(parts)

    # -- blocks ----------------------------------------------------------------------------------

    def block(self, element: etree._Element) -> None:
        tag = tag_of(element)
        if not tag or is_chrome(element) or classes_of(element) & META_CLASSES or element in self.used_notes:
            return
        rank = heading_rank(element)
        notes: list[str] = []
        if rank is not None:
            self.add_heading(self.inline(element, notes), rank, notes)
        elif tag in ("ul", "ol"):
            self.list(element)
        elif tag == "li":
            self.li(element, None)
        elif tag == "table":
            self.table(element)
        elif tag == "p" or next(element.iterdescendants(*BLOCK_TAGS), None) is None:
            text = self.inline(element, notes)
            style = sole_emphasis(element, style_of)
            if style in KOPOPMAAK and looks_like_heading(text):
                # A paragraph wholly in bold or italic is how many letters set a heading.
                self.add_heading(text, (CLASS_HEADING_TAG_RANK, KOPOPMAAK[style or ""]), notes)
            else:
                self.add_para(text, notes)
        else:
            self.container(element)

    def container(self, element: etree._Element) -> None:
        run = [element.text or ""]
        notes: list[str] = []
        for child in element:
            tag = tag_of(child)
            if not tag or is_chrome(child):
                pass
            elif tag in INLINE_TAGS and heading_rank(child) is None and not (classes_of(child) & META_CLASSES):
                run.append(self.inline(child, notes))
            else:
                self.add_para("".join(run), notes)
                run, notes = [], []
                self.block(child)
            run.append(child.tail or "")
        self.add_para("".join(run), notes)

    def list(self, element: etree._Element) -> None:
        ordered = tag_of(element) == "ol"
        number = _int(element.get("start"), 1)
        kind = element.get("type") or "1"
        for child in self._children(element):
            if tag_of(child) == "li":
                number = _int(child.get("value"), number)
                self.li(child, _marker(number, kind) if ordered else None)
                number += 1
            else:
                self.block(child)

    def _children(self, element: etree._Element) -> Iterator[etree._Element]:
        return (c for c in element if tag_of(c) and not is_chrome(c))

    def li(self, element: etree._Element, marker: str | None) -> None:
        """One paragraph per item, "1) ..." in an ordered list; nested lists and tables follow it."""
        parts = [element.text or ""]
        notes: list[str] = []
        pending = True

        def flush() -> None:
            nonlocal parts, notes, pending
            text = collapse_spaces("".join(parts))
            if pending and marker and text and not _NUMBERED.match(text):
                text = f"{marker} {text}"  # the number the page shows but does not print as text
            pending = False
            self.add_para(text, notes)
            parts, notes = [], []

        for child in element:
            tag = tag_of(child)
            if not tag or is_chrome(child):
                pass
            elif tag in ("ul", "ol", "table") or heading_rank(child) is not None:
                flush()
                self.block(child)
            else:
                parts += [" ", self.inline(child, notes), " "]
            parts.append(child.tail or "")
        flush()

    def table(self, element: etree._Element) -> None:
        """Caption, then one paragraph per row with the cells joined by ' | '."""
        for caption in element.iter("caption"):
            notes: list[str] = []
            self.add_para(self.inline(caption, notes), notes)
        for row in element.iter("tr"):
            owner = next((a for a in row.iterancestors() if tag_of(a) == "table"), None)
            if owner is not element:
                continue  # a table inside a cell is read as part of that cell
            notes = []
            cells = [collapse_spaces(self.inline(c, notes)) for c in row if tag_of(c) in ("td", "th")]
            self.add_para(" | ".join(cells) if any(cells) else "", notes)


def _nest_under_h_tags(items: Sequence[Item]) -> None:
    """h1-h6 play the XML's divisie: their ranks present map to levels 1..n, and a class-marked
    heading (tussenkop) sits below the h-heading before it, as a tussenkop sits below its divisie."""
    tag_ranks = sorted({i.rank for i in items if i.rank is not None and i.rank[0] < CLASS_HEADING_TAG_RANK})
    level_of = {rank: n + 1 for n, rank in enumerate(tag_ranks)}
    current = 0
    for item in items:
        if item.kind != "heading":
            continue
        if item.rank in level_of:
            item.structural = True
            item.depth = current = level_of[item.rank]
        else:
            item.depth = current


def _front_matter(root: etree._Element) -> FrontMatter:
    front = FrontMatter()
    for element in root.iter():
        if tag_of(element) == "meta":
            front.add_meta(element.get("name"), element.get("content"))
            continue
        classes = classes_of(element)
        if "dossiernummer" in classes and not front.dossier:
            front.dossier = plain_text(element) or None
        elif "stuknummer" in classes and not front.number:
            front.number = clean_number(plain_text(element))
        elif "stuktitel" in classes and not front.title:
            # The title as printed, without the "Nr. 597" it starts with.
            parts = [element.text or ""]
            for child in element:
                if isinstance(child.tag, str) and "stuknummer" not in classes_of(child):
                    parts.append(plain_text(child))
                parts.append(child.tail or "")
            front.title = collapse_spaces("".join(parts)) or None
    return front


def load_html(source: Source) -> Document:
    root = parse_html(source)
    front = _front_matter(root)
    walker = _Walker(root)
    walker.container(find_letter(root))
    _nest_under_h_tags(walker.items)
    blocks = levels_to_blocks(walker.items)
    if not blocks:
        raise LoadError(source.path, "geen tekst gevonden in de HTML", "no text found in the HTML")
    return build_document(resolve_metadata(source.path, "html", front, blocks), blocks)
