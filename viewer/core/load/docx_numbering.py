"""The numbers and bullets Word generates for its lists and numbered headings, as Word prints them.

A paragraph in a Word list holds only its text: the label ("a.", "2.1", "•") is made by Word from
numbering.xml when it shows the page. The other formats print it as part of the paragraph ("a. lucht-
steun ...", the heading "1. Gronden voor deelname"), so the loader makes it as Word does: the level of
the paragraph's list (numId and ilvl, from the paragraph or its style), that level's format and text
("%1.%2"), and the counters of the list's levels, counted through the document in reading order.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from viewer.core.load.docx_styles import VAL, Styles, W, toggle_value

_LEVELS = 9  # Word's lists have levels 0 to 8
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# A bullet in a symbol font is stored as the font's code, often moved to the private use area
# (U+F000 + code): the character it shows, as the publication's XML and text give a bullet item.
_SYMBOL_BULLETS = {
    0xB7: "•",  # Symbol's bullet, Word's default
    0x2D: "–",  # Symbol's minus sign: LibreOffice stores a dash item ("–") so
    0xA7: "▪",  # Wingdings' small square
    0x6E: "■",  # Wingdings' black square
    0x71: "❑",  # Wingdings' shadowed square
    0x76: "❖",  # Wingdings' diamond of four
    0xD8: "➢",  # Wingdings' arrowhead
    0xFC: "✓",  # Wingdings' check mark
}
_SYMBOL_FONTS = frozenset({"symbol", "wingdings", "wingdings 2", "wingdings 3", "webdings"})
_PRIVATE_USE = range(0xF000, 0xF100)
_WORD_MAX = 32767  # the highest number Word starts a list at


@dataclass(frozen=True, slots=True)
class _Level:
    """One level of a list as numbering.xml defines it."""

    fmt: str = "decimal"  # numFmt: decimal, lowerLetter, upperRoman, bullet, none, ...
    text: str = ""  # lvlText: the label, with %1 ... %9 for the levels' numbers
    start: int = 1
    # lvlRestart: the level restarts when a level above this one (1-based) is used; None is the
    # level just above it, 0 is never
    restart: int | None = None
    legal: bool = False  # isLgl: every level's number in decimal ("1.1" under "I.")
    font: str = ""  # the label's font: a bullet's character depends on it
    suffix: str = "tab"  # what follows the label: a tab, a space or nothing
    hidden: bool = False  # the label is set hidden: Word neither shows nor prints it
    style: str | None = None  # the paragraph style that takes this level ("Heading2")


class Numbering:
    """The labels of a document's numbered paragraphs (numbering.xml and the style sheet)."""

    def __init__(self, root: Any, styles: Styles) -> None:
        self.styles = styles
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.links: dict[str, str] = {}  # an abstractNum defined by a numbering style: the style's id
        self.nums: dict[str, str] = {}  # numId -> abstractNumId
        self.overrides: dict[str, dict[int, _Level]] = {}  # numId -> its levels that override the list's
        self.restarts: dict[str, set[int]] = {}  # numId -> the levels it starts anew (startOverride)
        self.restarted: set[tuple[str, int]] = set()  # the nums and levels that did
        # each list's counters (by abstractNum): the number each level is at, None where it is not
        # used since it restarted
        self.lists: dict[str, list[int | None]] = {}
        self.style_numbering: dict[str | None, tuple[str | None, int | None]] = {}
        if root is None:
            return
        for abstract in root.iter(W + "abstractNum"):
            abstract_id = abstract.get(W + "abstractNumId")
            if abstract_id is None:
                continue
            self.abstract[abstract_id] = {n: level for n, level in _levels(abstract)}
            link = abstract.find(W + "numStyleLink")
            if link is not None and link.get(VAL):
                self.links[abstract_id] = str(link.get(VAL))
        for num in root.iter(W + "num"):
            num_id, abstract_ref = num.get(W + "numId"), num.find(W + "abstractNumId")
            if num_id is None or abstract_ref is None or abstract_ref.get(VAL) is None:
                continue
            self.nums[num_id] = str(abstract_ref.get(VAL))
            for override in num.iter(W + "lvlOverride"):
                n = _int(override.get(W + "ilvl"))
                if n is None or not 0 <= n < _LEVELS:
                    continue
                start = override.find(W + "startOverride")
                definition = override.find(W + "lvl")
                if definition is not None:
                    self.overrides.setdefault(num_id, {})[n] = _level(definition)
                if start is not None:
                    level = self._level(num_id, n)
                    self.overrides.setdefault(num_id, {})[n] = replace(level, start=_int(start.get(VAL)) or 0)
                    self.restarts.setdefault(num_id, set()).add(n)

    def labels(self, body: Any) -> dict[Any, str]:
        """The label of every numbered paragraph of `body`, counted in reading order."""
        if not self.nums:
            return {}
        out: dict[Any, str] = {}
        for p in _paragraphs(body):
            label = self.label(p)
            if label:
                out[p] = label
        return out

    def label(self, p: Any) -> str:
        """The label Word prints before paragraph `p`, with what follows it ("a. ", "2.1 "), and
        advance its list; "" for a paragraph that is not numbered."""
        ppr = p.find(W + "pPr")
        style_id = self._style_id(ppr)
        num_id, n = self._numbering(ppr, style_id)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id = self._abstract_id(num_id)
        if n is None:  # the level linked to the paragraph's style ("Heading2" on level 1), or the first
            linked = self.abstract.get(abstract_id, {}).items()
            n = next((k for k, level in linked if level.style is not None and level.style == style_id), 0)
        if not 0 <= n < _LEVELS:
            return ""
        # the nums of one abstractNum number one list, as Word does; a num that sets a level's start
        # (startOverride) starts that level anew where the num is first used at it, then goes on
        counts = self.lists.setdefault(abstract_id, [None] * _LEVELS)
        level, current = self._level(num_id, n), counts[n]
        if n in self.restarts.get(num_id, ()) and (num_id, n) not in self.restarted:
            self.restarted.add((num_id, n))
            current = None
        counts[n] = level.start if current is None else current + 1
        for deeper in range(n + 1, _LEVELS):
            restart = self._level(num_id, deeper).restart
            if restart is None or n < restart:
                counts[deeper] = None
        if level.hidden:
            return ""
        text = self._text(num_id, level, counts)
        if not text.strip():
            return ""
        return text + ("" if level.suffix == "nothing" else " ")

    def _text(self, num_id: str, level: _Level, counts: list[int | None]) -> str:
        if level.fmt == "bullet":
            return "".join(_bullet(c, level.font) for c in level.text)
        out: list[str] = []
        text, i = level.text, 0
        while i < len(text):
            if text[i] == "%" and i + 1 < len(text) and text[i + 1] in "123456789":
                k = int(text[i + 1]) - 1
                shown = self._level(num_id, k)
                count = counts[k] if counts[k] is not None else shown.start
                out.append(number_as(count or 0, "decimal" if level.legal else shown.fmt))
                i += 2
            else:
                out.append(text[i])
                i += 1
        return "".join(out)

    def _level(self, num_id: str, n: int) -> _Level:
        override = self.overrides.get(num_id, {}).get(n)
        if override is not None:
            return override
        return self.abstract.get(self._abstract_id(num_id), {}).get(n, _Level())

    def _abstract_id(self, num_id: str) -> str:
        """The abstractNum that defines a num's levels; through a numbering style when it links to one."""
        abstract_id = self.nums.get(num_id, "")
        link = self.links.get(abstract_id)
        if link is not None and not self.abstract.get(abstract_id):
            linked_num, _ = self._style_numbering(link)
            if linked_num is not None and self.nums.get(linked_num, abstract_id) != abstract_id:
                return self.nums[linked_num]
        return abstract_id

    def _numbering(self, ppr: Any, style_id: str | None) -> tuple[str | None, int | None]:
        """numId and ilvl: the paragraph's own, else its style's."""
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        num_id = _val(num_pr, "numId")
        n = _int(_val(num_pr, "ilvl"))
        if num_id is None:
            num_id, style_level = self._style_numbering(style_id)
            n = n if n is not None else style_level
        return num_id, n

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        if style_id not in self.style_numbering:
            found: tuple[str | None, int | None] = (None, None)
            for style in self.styles.chain(style_id):
                num_pr = style.find(f"{W}pPr/{W}numPr")
                num_id = _val(num_pr, "numId")
                if num_id is not None:
                    found = (num_id, _int(_val(num_pr, "ilvl")))
                    break
            self.style_numbering[style_id] = found
        return self.style_numbering[style_id]

    def _style_id(self, ppr: Any) -> str | None:
        style = ppr.find(W + "pStyle") if ppr is not None else None
        return style.get(VAL) if style is not None else self.styles.default_paragraph


def _levels(abstract: Any) -> Iterator[tuple[int, _Level]]:
    for lvl in abstract.findall(W + "lvl"):
        n = _int(lvl.get(W + "ilvl"))
        if n is not None and 0 <= n < _LEVELS:
            yield n, _level(lvl)


def _level(lvl: Any) -> _Level:
    fonts = lvl.find(f"{W}rPr/{W}rFonts")
    hidden = lvl.find(f"{W}rPr/{W}vanish")
    start = _int(_val(lvl, "start"))
    return _Level(
        fmt=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        start=start if start is not None else 0,
        restart=_int(_val(lvl, "lvlRestart")),
        legal=bool(toggle_value(lvl.find(W + "isLgl"))),
        font=(fonts.get(W + "ascii") or fonts.get(W + "hAnsi") or "") if fonts is not None else "",
        suffix=_val(lvl, "suff") or "tab",
        hidden=bool(toggle_value(hidden)),
        style=_val(lvl, "pStyle"),
    )


def numbering_root(word: Any) -> Any:
    """numbering.xml as python-docx parsed it; None when the document numbers nothing."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        return getattr(word.part.part_related_by(RT.NUMBERING), "element", None)
    except (KeyError, ValueError, AttributeError):
        return None


def _paragraphs(body: Any) -> Iterator[Any]:
    """The paragraphs of `body` in reading order, those in tables and text boxes included; not the
    copy of a text box kept for older readers (markup compatibility's Fallback)."""
    for p in body.iter(W + "p"):
        if next(p.iterancestors(_MC_FALLBACK), None) is None:
            yield p


def _bullet(char: str, font: str) -> str:
    code = ord(char)
    if code in _PRIVATE_USE:
        return _SYMBOL_BULLETS.get(code - 0xF000, "•")  # some symbol font's bullet: a bullet still
    if font.casefold() in _SYMBOL_FONTS and code < 0x100:
        return _SYMBOL_BULLETS.get(code, "•")
    return char


_ROMAN: tuple[tuple[int, str], ...] = (
    *((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl")),
    *((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")),
)


def number_as(n: int, fmt: str) -> str:
    """The number `n` as Word prints it in the format `fmt` (numFmt's values): a list's, a note's."""
    if fmt == "none":
        return ""
    if not 0 < n <= _WORD_MAX:  # beyond what Word counts to (a bad file's start): no letter string of millions
        return str(n)
    if fmt in ("lowerRoman", "upperRoman"):
        out = []
        for value, letters in _ROMAN:
            count, n = divmod(n, value)
            out.append(letters * count)
        roman = "".join(out)
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt in ("lowerLetter", "upperLetter"):  # a ... z, then aa ... zz, as Word goes on
        letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt == "decimalZero" and n < 10:
        return f"0{n}"
    return str(n)


def _val(element: Any, name: str) -> str | None:
    child = element.find(W + name) if element is not None else None
    value = child.get(VAL) if child is not None else None
    return str(value) if value is not None else None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
