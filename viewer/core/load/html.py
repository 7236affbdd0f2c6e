"""Letters as an HTML page of the publication platform (or any page that holds one letter).

The letter sits in `#broodtekst`; without it the page's <main>, then its <body>, stripped of
site chrome (navigation, header, footer, search, cookie notices). Headings are h1-h6 and
elements whose class says tussenkop/kop, ranked like the XML (see xml.py); metadata comes from
the platform's <meta> tags and the elements printing the dossier and document number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from lxml import etree

from viewer.core.document import Document
from viewer.core.errors import LoadError
from viewer.core.load.build import build_document
from viewer.core.load.hardened import parse_html
from viewer.core.load.source import Source
from viewer.core.load.xml import (
    KOPOPMAAK,
    FrontMatter,
    Item,
    Rank,
    clean_number,
    combine_styles,
    levels_to_blocks,
    looks_like_heading,
    note_paragraph,
    resolve_metadata,
    sole_emphasis,
)
from viewer.core.textnorm import collapse_spaces

_HEADING_TAG = re.compile(r"^h([1-6])$")
# Headings marked by class rank below h1-h6: the platform uses them inside the letter's body.
_CLASS_HEADING_TAG_RANK = 7
_UNSTYLED = len(KOPOPMAAK) + 1

_INLINE = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "br",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
        "wbr",
    }
)
_BLOCKS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tr",
        "td",
        "th",
        "ul",
    }
)
# Never part of a letter: scripts and styles, embedded objects, forms and the page's chrome.
_SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "meta",
        "link",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "input",
        "select",
        "textarea",
        "label",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "img",
        "picture",
        "video",
        "audio",
        "map",
        "dialog",
    }
)
# id/class words that mark site chrome rather than the letter.
_CHROME = ("nav", "menu", "breadcrumb", "kruimel", "footer", "search", "zoek", "cookie", "skiplink", "sidebar")
# Printed front matter: read into Metadata, not part of the body (as in the XML and the text).
_META_CLASSES = frozenset(
    {"stuktitel", "dossiertitel", "dossiernummer", "stuknummer", "kamerstukkop", "kameraanduiding", "vergaderjaar"}
)
_NOTE_CLASSES = frozenset({"noot", "voetnoot", "footnote"})
_NOTE_CHROME = frozenset({"note-close"})  # the platform's "X Noot" close button inside a note
_NUMBERED = re.compile(r"^\s*\(?(\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]\s")


def _plain(element: etree._Element) -> str:
    """All text inside, collapsed; for short printed values (numbers, titles)."""
    return collapse_spaces("".join(t for t in element.itertext() if isinstance(t, str)))


def _tag(element: etree._Element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _classes(element: etree._Element) -> set[str]:
    """Class names, also split at - and _ ("tussenkop_vet" says tussenkop and vet)."""
    words: set[str] = set()
    for name in (element.get("class") or "").lower().split():
        words.add(name)
        words.update(re.split(r"[-_]", name))
    return words


def _is_chrome(element: etree._Element) -> bool:
    tag = _tag(element)
    if tag in _SKIP_TAGS or element.get("role") in ("navigation", "search", "banner", "contentinfo"):
        return True
    names = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    return any(word.startswith(_CHROME) for word in re.split(r"[^a-z0-9]+", names) if word)


def _style_of(element: etree._Element) -> str | None:
    tag = _tag(element)
    classes = _classes(element)
    inner = combine_styles(c for c in classes if c in KOPOPMAAK)
    if inner:
        return inner
    if tag in ("strong", "b"):
        return "vet"
    if tag in ("em", "i"):
        return "cur"
    return None


def _heading_rank(element: etree._Element) -> Rank | None:
    """(tag rank, style rank) for a heading element; h-tags rank above class-marked headings."""
    tag = _tag(element)
    classes = _classes(element)
    style = combine_styles(c for c in classes if c in KOPOPMAAK) or sole_emphasis(element, _style_of)
    match = _HEADING_TAG.match(tag)
    if match:
        return (int(match.group(1)), KOPOPMAAK.get(style or "", 0))
    if classes & {"tussenkop", "kop"} or any(re.fullmatch(r"(tussen|divisie)kop\d*", c) for c in classes):
        return (_CLASS_HEADING_TAG_RANK, KOPOPMAAK.get(style or "", _UNSTYLED))
    return None


def _find_letter(root: etree._Element) -> etree._Element:
    for element in root.iter():
        if element.get("id") == "broodtekst":
            return element
    for element in root.iter():
        if _tag(element) == "main" or element.get("role") == "main":
            return element
    body = next((e for e in root.iter() if _tag(e) == "body"), None)
    return body if body is not None else root


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
            while node is not None and not (_classes(node) & _NOTE_CLASSES):
                node = node.getparent()
            if node is not None:
                notes[anchor] = node
        return notes

    def _cited_note(self, element: etree._Element) -> etree._Element | None:
        href = element.get("href") or ""
        if _tag(element) != "a" or not href.startswith("#"):
            return None
        return self.notes_by_id.get(href[1:])

    def note_text(self, note: etree._Element) -> str:
        number = ""
        for element in note.iter():
            if _classes(element) & {"nootnum", "noot-nr", "nootnr"}:
                number = _plain(element)
                break
        parts: list[str] = []
        self._note_parts(note, parts, number_seen=[False])
        return note_paragraph(number, "".join(parts))

    def _note_parts(self, element: etree._Element, parts: list[str], number_seen: list[bool]) -> None:
        parts.append(element.text or "")
        for child in element:
            classes = _classes(child) if isinstance(child.tag, str) else set()
            if not isinstance(child.tag, str) or classes & _NOTE_CHROME or _tag(child) in _SKIP_TAGS:
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
            tag = _tag(child)
            note = self._cited_note(child) if tag == "a" else None
            if not tag or tag in _SKIP_TAGS:
                pass
            elif note is not None:
                # The footnote marker leaves the sentence; the note follows the paragraph.
                if note not in self.used_notes:
                    self.used_notes.add(note)
                    notes.append(self.note_text(note))
            elif tag in _INLINE and tag != "br":
                parts.append(self.inline(child, notes))
            else:
                parts += [" ", self.inline(child, notes), " "]
            parts.append(child.tail or "")
        return "".join(parts)

    # -- blocks ----------------------------------------------------------------------------------

    def block(self, element: etree._Element) -> None:
        tag = _tag(element)
        if not tag or _is_chrome(element) or _classes(element) & _META_CLASSES or element in self.used_notes:
            return
        rank = _heading_rank(element)
        notes: list[str] = []
        if rank is not None:
            self.add_heading(self.inline(element, notes), rank, notes)
        elif tag in ("ul", "ol"):
            self.list(element)
        elif tag == "li":
            self.li(element, None)
        elif tag == "table":
            self.table(element)
        elif tag == "p" or next(element.iterdescendants(*_BLOCKS), None) is None:
            text = self.inline(element, notes)
            style = sole_emphasis(element, _style_of)
            if style in KOPOPMAAK and looks_like_heading(text):
                # A paragraph wholly in bold or italic is how many letters set a heading.
                self.add_heading(text, (_CLASS_HEADING_TAG_RANK, KOPOPMAAK[style or ""]), notes)
            else:
                self.add_para(text, notes)
        else:
            self.container(element)

    def container(self, element: etree._Element) -> None:
        run = [element.text or ""]
        notes: list[str] = []
        for child in element:
            tag = _tag(child)
            if not tag or _is_chrome(child):
                pass
            elif tag in _INLINE and _heading_rank(child) is None and not (_classes(child) & _META_CLASSES):
                run.append(self.inline(child, notes))
            else:
                self.add_para("".join(run), notes)
                run, notes = [], []
                self.block(child)
            run.append(child.tail or "")
        self.add_para("".join(run), notes)

    def list(self, element: etree._Element) -> None:
        ordered = _tag(element) == "ol"
        number = _int(element.get("start"), 1)
        kind = element.get("type") or "1"
        for child in self._children(element):
            if _tag(child) == "li":
                number = _int(child.get("value"), number)
                self.li(child, _marker(number, kind) if ordered else None)
                number += 1
            else:
                self.block(child)

    def _children(self, element: etree._Element) -> Iterator[etree._Element]:
        return (c for c in element if _tag(c) and not _is_chrome(c))

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
            tag = _tag(child)
            if not tag or _is_chrome(child):
                pass
            elif tag in ("ul", "ol", "table") or _heading_rank(child) is not None:
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
            owner = next((a for a in row.iterancestors() if _tag(a) == "table"), None)
            if owner is not element:
                continue  # a table inside a cell is read as part of that cell
            notes = []
            cells = [collapse_spaces(self.inline(c, notes)) for c in row if _tag(c) in ("td", "th")]
            self.add_para(" | ".join(cells) if any(cells) else "", notes)


def _nest_under_h_tags(items: Sequence[Item]) -> None:
    """h1-h6 play the XML's divisie: their ranks present map to levels 1..n, and a class-marked
    heading (tussenkop) sits below the h-heading before it, as a tussenkop sits below its divisie."""
    tag_ranks = sorted({i.rank for i in items if i.rank is not None and i.rank[0] < _CLASS_HEADING_TAG_RANK})
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
        if _tag(element) == "meta":
            front.add_meta(element.get("name"), element.get("content"))
            continue
        classes = _classes(element)
        if "dossiernummer" in classes and not front.dossier:
            front.dossier = _plain(element) or None
        elif "stuknummer" in classes and not front.number:
            front.number = clean_number(_plain(element))
        elif "stuktitel" in classes and not front.title:
            # The title as printed, without the "Nr. 597" it starts with.
            parts = [element.text or ""]
            for child in element:
                if isinstance(child.tag, str) and "stuknummer" not in _classes(child):
                    parts.append(_plain(child))
                parts.append(child.tail or "")
            front.title = collapse_spaces("".join(parts)) or None
    return front


def load_html(source: Source) -> Document:
    root = parse_html(source)
    front = _front_matter(root)
    walker = _Walker(root)
    walker.container(_find_letter(root))
    _nest_under_h_tags(walker.items)
    blocks = levels_to_blocks(walker.items)
    if not blocks:
        raise LoadError(source.path, "geen tekst gevonden in de HTML (no text in HTML)")
    return build_document(resolve_metadata(source.path, "html", front, blocks), blocks)
