"""Parse untrusted XML and HTML with lxml so that a hostile file cannot reach files, the network or memory.

A letter arrives by e-mail from anywhere. XML can declare entities that expand exponentially
("billion laughs") or pull in a local file or a URL (XXE); HTML can point at remote resources.
Both parsers here resolve no entities, load no DTD, never touch the network and keep
libxml2's default size limits (no `huge_tree`). An XML document that declares any entity is
refused outright: no letter on the publication platform needs one, so there is nothing to gain
from a partial read.
"""

from __future__ import annotations

import codecs
import re

from lxml import etree

from viewer.core import regex_cache
from viewer.core.errors import LoadError
from viewer.core.load.source import Source

ENTITIES_REFUSED = (
    "XML met entiteitsdeclaraties wordt uit veiligheid niet gelezen",
    "XML that declares entities is refused, for safety",
)

# The needles in the encodings a prolog can be written in; UTF-16 files would slip past an ASCII search.
_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
_DOCTYPE = tuple("<!DOCTYPE".encode(e) for e in _ENCODINGS)
_ENTITY = tuple("<!ENTITY".encode(e) for e in _ENCODINGS)
_SUBSET_END = tuple("]".encode(e) for e in _ENCODINGS)

# An HTML DOCTYPE with an internal subset means nothing to a browser, and libxml2's HTML parser
# would leave its tail ("]>") in the body as text.
_HTML_DOCTYPE_SUBSET = regex_cache.compile(rb"^(\xef\xbb\xbf)?\s*<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.I | re.S)
_HTML_CHARSET = regex_cache.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _declares_entities(data: bytes) -> bool:
    """True when the internal DTD subset holds an <!ENTITY: checked before libxml2 sees the file."""
    for doctype, entity, subset_end in zip(_DOCTYPE, _ENTITY, _SUBSET_END, strict=True):
        start = data.find(doctype)
        if start < 0:
            continue
        end = data.find(subset_end, start)
        if entity in data[start : len(data) if end < 0 else end]:
            return True
    return False


class _NothingOutside(etree.Resolver):
    """Answers every request for an external DTD or entity with nothing.

    The parser options already say "load nothing", but libxml2 still reaches for an external
    subset in some option combinations (lxml's collect_ids=False is one); this makes any such
    request come back empty instead of reading a local file.
    """

    def resolve(self, system_url: str, public_id: str, context: object = None) -> object:
        return self.resolve_string("", context, base_url=None)


def xml_parser() -> etree.XMLParser:
    # A fresh parser per file: lxml parsers keep state and are not safe to share between threads.
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    parser.resolvers.add(_NothingOutside())
    return parser


def parse_xml(source: Source) -> etree._Element:
    """The root element of `source`, or LoadError for hostile or malformed XML."""
    if _declares_entities(source.data):
        raise LoadError(source.path, *ENTITIES_REFUSED)
    try:
        root = etree.fromstring(source.data, xml_parser())
    except etree.XMLSyntaxError as exc:
        message = str(exc.msg or exc)
        if "entity" in message.lower() and ("amplification" in message or "loop" in message):
            raise LoadError(source.path, *ENTITIES_REFUSED) from None
        if "Excessive depth" in message:
            raise LoadError(
                source.path, "XML is te diep genest om te lezen", "the XML is too deeply nested to read"
            ) from None
        line = exc.lineno or 0
        raise LoadError(
            source.path, f"ongeldige XML op regel {line}", f"malformed XML at line {line}: {message}"
        ) from None
    # The byte check above can be fooled by an odd encoding; the parsed DTD cannot.
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):  # type: ignore[union-attr]  # missing from lxml-stubs
        raise LoadError(source.path, *ENTITIES_REFUSED)
    return root


def _html_encoding(data: bytes) -> str:
    """The page's encoding: BOM, then a <meta charset>, then UTF-8 if it decodes, else Windows-1252."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    declared = _HTML_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            return codecs.lookup(name).name
        except LookupError:
            pass
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def parse_html(source: Source) -> etree._Element:
    """The root element of an HTML page, parsed without network access; comments and PIs dropped."""
    # Decode here rather than in libxml2: Python knows every encoding name a page may declare,
    # and a stray undecodable byte becomes U+FFFD instead of failing the whole letter.
    text = source.data.decode(_html_encoding(source.data), "replace").lstrip("\ufeff")
    data = _HTML_DOCTYPE_SUBSET.sub(b"<!DOCTYPE html>", text.encode("utf-8"), count=1)
    parser = etree.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
    )
    parser.resolvers.add(_NothingOutside())
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise LoadError(source.path, "ongeldige HTML", f"malformed HTML: {exc}") from None
    # the HTML parser recovers from what it cannot read, also by dropping what lies deeper than
    # libxml2's limit: a letter cut off there would compare as if its text were gone
    if any("Excessive depth" in error.message for error in parser.error_log):
        raise LoadError(source.path, "HTML is te diep genest om te lezen", "the HTML is too deeply nested to read")
    if root is None:
        raise LoadError(source.path, "geen HTML-inhoud gevonden", "no HTML content found")
    return root
