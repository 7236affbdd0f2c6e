"""The Word style sheet: heading levels, list numbering and bold/italic, resolved through basedOn."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from viewer.core import regex_cache

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VAL = W + "val"
# Heading style names: Word's own ("heading 1"), Dutch, and those of other languages' templates.
_HEADING_NAME = regex_cache.compile(
    r"^(?:heading|kop|überschrift|titre|titolo|título|encabezado|rubrik|overskrift|otsikko|nagłówek)\s*(\d)$", re.I
)


class Styles:
    """The style sheet: names, outline levels, list numbering and bold/italic, through basedOn."""

    def __init__(self, root: Any) -> None:
        self.by_id: dict[str, Any] = {}
        self.default_paragraph: str | None = None
        self.defaults: Any = None
        if root is None:
            return
        for style in root.iter(W + "style"):
            style_id = style.get(W + "styleId")
            if style_id:
                self.by_id[style_id] = style
                if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true", "on"):
                    self.default_paragraph = style_id
        self.defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")

    def chain(self, style_id: str | None) -> Iterator[Any]:
        seen: set[str] = set()
        while style_id and style_id not in seen and len(seen) < 20:  # basedOn may loop in a bad file
            seen.add(style_id)
            style = self.by_id.get(style_id)
            if style is None:
                return
            yield style
            based = style.find(W + "basedOn")
            style_id = based.get(VAL) if based is not None else None

    def name(self, style_id: str | None) -> str:
        for style in self.chain(style_id):
            name = style.find(W + "name")
            return (name.get(VAL) or "") if name is not None else ""
        return ""

    def level(self, style_id: str | None) -> int | None:
        for style in self.chain(style_id):
            ppr = style.find(W + "pPr")
            outline = outline_level(ppr)
            if outline is not None:
                return outline or None
            name = style.find(W + "name")
            for text in (name.get(VAL) if name is not None else None, style.get(W + "styleId")):
                match = _HEADING_NAME.match(text or "")
                if match and match.group(1) != "0":
                    return int(match.group(1))
        return None

    def listed(self, style_id: str | None) -> bool:
        for style in self.chain(style_id):
            numbering = list_numbering(style.find(W + "pPr"))
            if numbering is not None:
                return numbering
        return False

    def toggle(self, style_id: str | None, prop: str) -> bool | None:
        for style in self.chain(style_id):
            value = toggle_value(style.find(f"{W}rPr/{W}{prop}"))
            if value is not None:
                return value
        return None

    def default_toggle(self, prop: str) -> bool:
        if self.defaults is None:
            return False
        return bool(toggle_value(self.defaults.find(W + prop)))


def outline_level(ppr: Any) -> int | None:
    """1-based heading level; 0 for "body text" (outline level 9); None when not set here."""
    if ppr is None:
        return None
    element = ppr.find(W + "outlineLvl")
    if element is None:
        return None
    value = element.get(VAL) or ""
    if not value.isdigit():
        return None
    level = int(value)
    return level + 1 if level < 9 else 0


def list_numbering(ppr: Any) -> bool | None:
    if ppr is None:
        return None
    num = ppr.find(f"{W}numPr/{W}numId")
    if num is None:
        return None
    return (num.get(VAL) or "0") != "0"  # numId 0 switches inherited numbering off


def toggle_value(element: Any) -> bool | None:
    if element is None:
        return None
    return (element.get(VAL) or "true").lower() not in ("0", "false", "off", "none")


def styles_root(word: Any) -> Any:
    try:
        return word.styles.element
    except (KeyError, ValueError, AttributeError):
        return None  # a document without a style sheet is plain
