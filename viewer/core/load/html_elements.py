"""What an element of an HTML page is to a letter: inline or block, site chrome, a heading and its rank.

Headings are h1-h6 and elements whose class says tussenkop/kop, ranked by their emphasis like
the XML's kopopmaak (markup.py); class names are split at - and _ ("tussenkop_vet").
"""

from __future__ import annotations

import re

from lxml import etree

from viewer.core import regex_cache
from viewer.core.load.markup import KOPOPMAAK, Rank, combine_styles, sole_emphasis
from viewer.core.textnorm import collapse_spaces

_HEADING_TAG = regex_cache.compile(r"^h([1-6])$")
# Headings marked by class rank below h1-h6: the platform uses them inside the letter's body.
CLASS_HEADING_TAG_RANK = 7
_UNSTYLED = len(KOPOPMAAK) + 1

INLINE_TAGS = frozenset(
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
BLOCK_TAGS = frozenset(
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
SKIP_TAGS = frozenset(
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
META_CLASSES = frozenset(
    {"stuktitel", "dossiertitel", "dossiernummer", "stuknummer", "kamerstukkop", "kameraanduiding", "vergaderjaar"}
)
NOTE_CLASSES = frozenset({"noot", "voetnoot", "footnote"})
NOTE_CHROME = frozenset({"note-close"})  # the platform's "X Noot" close button inside a note


def plain_text(element: etree._Element) -> str:
    """All text inside, collapsed; for short printed values (numbers, titles)."""
    return collapse_spaces("".join(t for t in element.itertext() if isinstance(t, str)))


def tag_of(element: etree._Element) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def classes_of(element: etree._Element) -> set[str]:
    """Class names, also split at - and _ ("tussenkop_vet" says tussenkop and vet)."""
    words: set[str] = set()
    for name in (element.get("class") or "").lower().split():
        words.add(name)
        words.update(re.split(r"[-_]", name))
    return words


_HIDDEN_STYLE = regex_cache.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)", re.I
)


def is_hidden(element: etree._Element) -> bool:
    """Not shown by a browser: the `hidden` attribute, or `display: none` / `visibility: hidden` set
    on the element itself (a reader never sees it, so it is no part of the letter)."""
    return element.get("hidden") is not None or bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def is_chrome(element: etree._Element) -> bool:
    """The page's furniture, or what it hides: never the letter's text."""
    tag = tag_of(element)
    if tag in SKIP_TAGS or element.get("role") in ("navigation", "search", "banner", "contentinfo"):
        return True
    if is_hidden(element):
        return True
    names = f"{element.get('id') or ''} {element.get('class') or ''}".lower()
    return any(word.startswith(_CHROME) for word in re.split(r"[^a-z0-9]+", names) if word)


def style_of(element: etree._Element) -> str | None:
    tag = tag_of(element)
    classes = classes_of(element)
    inner = combine_styles(c for c in classes if c in KOPOPMAAK)
    if inner:
        return inner
    if tag in ("strong", "b"):
        return "vet"
    if tag in ("em", "i"):
        return "cur"
    return None


def heading_rank(element: etree._Element) -> Rank | None:
    """(tag rank, style rank) for a heading element; h-tags rank above class-marked headings."""
    tag = tag_of(element)
    classes = classes_of(element)
    style = combine_styles(c for c in classes if c in KOPOPMAAK) or sole_emphasis(element, style_of)
    match = _HEADING_TAG.match(tag)
    if match:
        return (int(match.group(1)), KOPOPMAAK.get(style or "", 0))
    if classes & {"tussenkop", "kop"} or any(re.fullmatch(r"(tussen|divisie)kop\d*", c) for c in classes):
        return (CLASS_HEADING_TAG_RANK, KOPOPMAAK.get(style or "", _UNSTYLED))
    return None


def find_letter(root: etree._Element) -> etree._Element:
    for element in root.iter():
        if element.get("id") == "broodtekst":
            return element
    for element in root.iter():
        if tag_of(element) == "main" or element.get("role") == "main":
            return element
    body = next((e for e in root.iter() if tag_of(e) == "body"), None)
    return body if body is not None else root
