"""Letters in the official XML of the publication platform (officiele-publicatie / kamerstuk).

The XML marks what the copied text only suggests: headings (`tussenkop`, `divisie/kop`) with
their typographic rank, list items with their printed number, footnotes, tables and the
signatures. This loader turns that into the same blocks the text loader finds, so that the
text and the XML of one letter give the same Document.

The rules shared with the HTML of the same platform (heading ranks, footnote paragraphs,
where metadata comes from) live in markup.py, as the HTML is rendered from this XML.

Footnotes: a `noot` is taken out of its sentence and follows the paragraph that holds it as a
paragraph of its own ("Noot 1: ..."). Left inline, the note would split a sentence in two and
shift every sentence and fact after it; dropped, a changed footnote would go unnoticed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from lxml import etree

from viewer.core.document import Document
from viewer.core.errors import LoadError
from viewer.core.load.build import build_document, note_paragraph
from viewer.core.load.hardened import parse_xml
from viewer.core.load.markup import (
    KOPOPMAAK,
    MAX_HEADING_CHARS,
    MAX_HEADING_WORDS,
    FrontMatter,
    Item,
    Rank,
    clean_number,
    combine_styles,
    format_dossier,
    iso_date,
    levels_to_blocks,
    looks_like_heading,
    resolve_metadata,
    sole_emphasis,
)
from viewer.core.load.source import Source
from viewer.core.textnorm import collapse_spaces

# The shared rules were defined here before markup.py held them; their old import path still works.
__all__ = [
    "KOPOPMAAK",
    "MAX_HEADING_CHARS",
    "MAX_HEADING_WORDS",
    "FrontMatter",
    "Item",
    "Rank",
    "clean_number",
    "combine_styles",
    "format_dossier",
    "iso_date",
    "levels_to_blocks",
    "load_xml",
    "looks_like_heading",
    "note_paragraph",
    "resolve_metadata",
    "sole_emphasis",
]

# Inline markup: its text belongs to the sentence around it.
_INLINE = frozenset({"nadruk", "extref", "intref", "dossierref", "sup", "inf", "sub", "br", "redactie", "afkorting"})
# Parts of a line that print with a space between them (name parts, heading number and title).
_SPACED = frozenset({"br", "voornaam", "achternaam", "naam", "functie", "label", "nr", "titel", "li.nr", "entry"})
# Elements that hold blocks: an unknown element containing one of these is walked, not flattened.
_BLOCKS = frozenset(
    {
        "al",
        "al-groep",
        "tussenkop",
        "kop",
        "divisie",
        "lijst",
        "li",
        "table",
        "ondertekening",
        "tekst",
        "vrije-tekst",
        "box",
        "plaatje",
        "illustratie",
        "datumtekst",
        "slotformulering",
    }
)
# Front matter (read into Metadata), pictures and the printed table of contents (it repeats the headings).
_SKIP = frozenset(
    {
        "metadata",
        "meta",
        "kamerstukkop",
        "dossier",
        "stuknr",
        "plaatje",
        "illustratie",
        "officiele-inhoudsopgave",
        "colspec",
        "spanspec",
    }
)
_SKIP_INLINE = frozenset({"noot.nr", "plaatje", "illustratie"})


def _nadruk_style(element: etree._Element) -> str | None:
    return element.get("type") if element.tag == "nadruk" else None


def _strip_namespaces(root: etree._Element) -> None:
    # The platform's XML has no namespace, but a re-saved copy may; the walker matches local names.
    for element in root.iter():
        tag = element.tag
        if isinstance(tag, str) and tag.startswith("{"):
            element.tag = tag.split("}", 1)[1]


def _text_of(element: etree._Element | None) -> str | None:
    if element is None:
        return None
    return collapse_spaces(_Walker().inline(element, [])) or None


def _front_matter(root: etree._Element) -> FrontMatter:
    front = FrontMatter()
    for meta in root.iter("meta"):
        front.add_meta(meta.get("name"), meta.get("content"))
    dossier = root.find(".//dossier/dossiernummer")
    if dossier is not None:
        front.dossier = _text_of(dossier.find("dossiernr")) or _text_of(dossier)
    number = root.find(".//stuk/stuknr")
    if number is not None:
        front.number = clean_number(_text_of(number.find("ondernummer")) or _text_of(number))
    front.title = _text_of(root.find(".//stuk/titel"))
    for datum in root.iterfind(".//datumtekst//datum[@isodatum]"):
        front.date = iso_date(datum.get("isodatum"))
        if front.date:
            break
    return front


class _Walker:
    """Depth-first over the body, emitting Items in reading order."""

    def __init__(self) -> None:
        self.items: list[Item] = []
        self.depth = 0  # headed divisies around the current element

    # -- emitting ------------------------------------------------------------------------------

    def add_para(self, text: str, notes: Sequence[str] = ()) -> None:
        if text.strip():
            self.items.append(Item("para", text, depth=self.depth))
        for note in notes:
            self.items.append(Item("para", note, depth=self.depth))

    def add_heading(self, text: str, rank: Rank | None, notes: Sequence[str], *, structural: bool = False) -> bool:
        if not text.strip():
            self.add_para("", notes)
            return False
        self.items.append(Item("heading", text, rank=rank, depth=self.depth, structural=structural))
        self.add_para("", notes)
        return True

    # -- inline text ---------------------------------------------------------------------------

    def inline(self, element: etree._Element, notes: list[str]) -> str:
        """The element's text with inline markup flattened; footnotes go to `notes`."""
        parts = [element.text or ""]
        for child in element:
            tag = child.tag
            if isinstance(tag, str):  # entity references and the like carry no text of ours
                if tag == "noot":
                    notes.append(self.note(child))
                elif tag in _SKIP_INLINE:
                    pass
                elif tag in _SPACED or tag in _BLOCKS:
                    parts += [" ", self.inline(child, notes), " "]
                else:
                    parts.append(self.inline(child, notes))
            parts.append(child.tail or "")
        return "".join(parts)

    def note(self, noot: etree._Element) -> str:
        nested: list[str] = []
        text = self.inline(noot, nested)
        return " ".join([note_paragraph(_text_of(noot.find("noot.nr")) or "", text), *nested])

    # -- blocks --------------------------------------------------------------------------------

    def block(self, element: etree._Element) -> None:
        tag = element.tag
        parent = element.getparent()
        if tag in _SKIP or (tag == "titel" and parent is not None and parent.tag == "stuk"):
            return
        handler = self._handlers.get(tag)
        if handler is not None:
            handler(self, element)
        elif element.find("kop") is not None:
            self.section(element)
        elif tag == "kop":
            self.section_heading(element)  # a kop outside a divisie heads what follows it
        elif next(element.iterdescendants(*_BLOCKS), None) is not None:
            self.container(element)
        else:
            notes: list[str] = []
            self.add_para(self.inline(element, notes), notes)  # unknown: keep its text

    def container(self, element: etree._Element, skip: etree._Element | None = None) -> None:
        """Walk the children; loose text and inline markup between blocks form paragraphs."""
        run = [element.text or ""]
        notes: list[str] = []
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or child is skip:
                pass
            elif tag in _INLINE:
                run.append(self.inline(child, notes))
            elif tag == "noot":
                notes.append(self.note(child))
            else:
                self.add_para("".join(run), notes)
                run, notes = [], []
                self.block(child)
            run.append(child.tail or "")
        self.add_para("".join(run), notes)

    def al(self, element: etree._Element) -> None:
        notes: list[str] = []
        text = self.inline(element, notes)
        style = sole_emphasis(element, _nadruk_style)
        if style in KOPOPMAAK and looks_like_heading(text):
            # A paragraph set wholly in bold or italic is how many letters mark a heading.
            self.add_heading(text, (KOPOPMAAK[style or ""],), notes)
        else:
            self.add_para(text, notes)

    def tussenkop(self, element: etree._Element) -> None:
        notes: list[str] = []
        text = self.inline(element, notes)
        style = element.get("kopopmaak") or sole_emphasis(element, _nadruk_style)
        rank = KOPOPMAAK.get(style or "")
        self.add_heading(text, (rank,) if rank else None, notes)

    def section_heading(self, kop: etree._Element) -> bool:
        """The kop's "nr titel" as a heading one level below the enclosing divisie."""
        notes: list[str] = []
        self.depth += 1
        added = self.add_heading(self.inline(kop, notes), None, notes, structural=True)
        self.depth -= 1
        return added

    def section(self, element: etree._Element) -> None:
        """A divisie (or any element led by a kop): its heading's level is its nesting depth."""
        kop = element.find("kop")
        added = kop is not None and self.section_heading(kop)
        self.depth += added
        self.container(element, skip=kop)
        self.depth -= added

    def li(self, element: etree._Element) -> None:
        """One paragraph per item, led by its number as printed ("1) ..."); nested blocks follow it."""
        number = _text_of(element.find("li.nr")) or ""
        parts = [element.text or ""]
        notes: list[str] = []
        pending = True  # the item's own paragraph is still to be written

        def flush() -> None:
            nonlocal parts, notes, pending
            text = collapse_spaces("".join(parts))
            if pending:
                text = f"{number} {text}".strip()
                pending = False
            self.add_para(text, notes)
            parts, notes = [], []

        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag == "li.nr":
                pass
            elif tag == "noot":
                notes.append(self.note(child))
            elif tag == "al" or tag in _INLINE:
                parts += [" ", self.inline(child, notes), " "]
            else:
                flush()
                self.block(child)
            parts.append(child.tail or "")
        if pending or collapse_spaces("".join(parts)) or notes:
            flush()

    def table(self, element: etree._Element) -> None:
        """CALS table: the title, then one paragraph per row with the cells joined by ' | '."""
        for title in element.findall("title"):
            notes: list[str] = []
            self.add_para(self.inline(title, notes), notes)
        for row in element.iter("row"):
            if any(a.tag == "entrytbl" for a in row.iterancestors()):
                continue  # a table inside a cell is read as part of that cell
            notes = []
            cells = [
                collapse_spaces(self.inline(cell, notes))
                for cell in row
                if isinstance(cell.tag, str) and cell.tag in ("entry", "entrytbl")
            ]
            self.add_para(" | ".join(cells) if any(cells) else "", notes)

    def ondertekening(self, element: etree._Element) -> None:
        """'functie' + 'naam' -> "De Minister van Defensie, J.A. Hennis-Plasschaert", as in the text."""
        functie: str | None = None
        notes: list[str] = []
        run = [element.text or ""]
        for child in element:
            tag = child.tag
            if not isinstance(tag, str):
                pass
            elif tag == "functie":
                if functie:
                    self.add_para(functie, notes)
                    notes = []
                functie = collapse_spaces(self.inline(child, notes))
            elif tag == "naam":
                name = collapse_spaces(self.inline(child, notes))
                self.add_para(f"{functie} {name}" if functie else name, notes)
                functie, notes = None, []
            else:
                if functie:
                    self.add_para(functie, notes)
                    functie, notes = None, []
                self.block(child)
            run.append(child.tail or "")
        self.add_para(functie or "", notes)
        self.add_para("".join(run))

    def noot(self, element: etree._Element) -> None:
        self.add_para(self.note(element))

    _handlers: ClassVar[dict[str, Callable[[_Walker, etree._Element], None]]] = {
        "al": al,
        "tussenkop": tussenkop,
        "li": li,
        "table": table,
        "ondertekening": ondertekening,
        "noot": noot,
    }


def load_xml(source: Source) -> Document:
    root = parse_xml(source)
    _strip_namespaces(root)
    front = _front_matter(root)
    walker = _Walker()
    walker.block(root)
    blocks = levels_to_blocks(walker.items)
    if not blocks:
        raise LoadError(source.path, "geen tekst gevonden in de XML", "no text found in the XML")
    return build_document(resolve_metadata(source.path, "xml", front, blocks), blocks)
