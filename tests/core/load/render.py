"""Render a loaded letter back into the formats the publication platform serves.

The loaders are tested by rendering the text version of a letter the way the platform
publishes it (official XML; an HTML page with site chrome around `div#broodtekst`) and checking
that loading the rendering gives the same Document as the text. The shapes follow the
platform: `officiele-publicatie/metadata` + `kamerstuk` with `kamerstukkop`, `dossier`,
`stuk/stuknr/ondernummer`, `stuk/titel` and the body under `algemeen/vrije-tekst/tekst`.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from lxml import etree

from viewer.core.document import Document

KOPOPMAAK_BY_LEVEL = {1: "vet", 2: "vetcur", 3: "cur"}
DOSSIER_TITLE = "Bestrijding internationaal terrorisme"
# "De Minister van Defensie, J.A. Hennis-Plasschaert": function up to its comma, then the name.
SIGNATURE = re.compile(r"^((?:De|Het) (?:Minister|Staatssecretaris|Minister-President)\b[^,]*,)\s+(\S.*)$")
LIST_ITEM = re.compile(r"^(\d{1,2}\))\s+(.*)$")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Items:
    numbers: tuple[str, ...]  # as printed: "1)"
    texts: tuple[str, ...]


@dataclass(frozen=True)
class Signature:
    function: str  # with its comma, as printed
    name: str


Piece = Heading | Para | Items | Signature


def pieces(doc: Document) -> list[Piece]:
    """The letter's body as the platform marks it up: headings, paragraphs, numbered lists, signatures."""
    flat: list[Piece] = []
    for section in doc.sections:
        if section.level > 0:
            flat.append(Heading(section.level, section.heading))
        flat.extend(Para(p.text) for p in section.paragraphs)
    # The signatures close the letter: trailing paragraphs shaped "function, name".
    signatures: list[Piece] = []
    while flat and isinstance(last := flat[-1], Para) and (match := SIGNATURE.match(last.text)):
        signatures.insert(0, Signature(match.group(1), match.group(2)))
        flat.pop()
    out: list[Piece] = []
    for piece in flat:
        match = LIST_ITEM.match(piece.text) if isinstance(piece, Para) else None
        if match and out and isinstance(out[-1], Items):
            last = out[-1]
            out[-1] = Items((*last.numbers, match.group(1)), (*last.texts, match.group(2)))
        elif match:
            out.append(Items((match.group(1),), (match.group(2),)))
        else:
            out.append(piece)
    return out + signatures


def _publication_date(doc: Document) -> dt.date:
    # The platform publishes a letter a few days after its date; DCTERMS.issued is that later day.
    assert doc.meta.date is not None
    return doc.meta.date + dt.timedelta(days=4)


def _digits(dossier: str) -> str:
    return dossier.replace(" ", "")


def render_xml(doc: Document) -> bytes:
    meta = doc.meta
    assert meta.dossier and meta.number and meta.title
    root = etree.Element("officiele-publicatie")
    metadata = etree.SubElement(root, "metadata")
    for name, content in (
        ("DC.identifier", f"kst-{_digits(meta.dossier)}-{meta.number}"),
        ("DC.title", f"{DOSSIER_TITLE}; Brief regering"),
        ("DC.type", "Kamerstuk"),
        ("OVERHEIDop.dossiernummer", _digits(meta.dossier)),
        ("OVERHEIDop.ondernummer", meta.number),
        ("OVERHEIDop.dossiertitel", DOSSIER_TITLE),
        ("OVERHEIDop.vergaderjaar", "2015-2016"),
        ("DCTERMS.issued", _publication_date(doc).isoformat()),
    ):
        etree.SubElement(metadata, "meta", name=name, content=content)
    kamerstuk = etree.SubElement(root, "kamerstuk")
    kop = etree.SubElement(kamerstuk, "kamerstukkop")
    etree.SubElement(kop, "tekstregel", inhoud="kameraanduiding").text = "Tweede Kamer der Staten-Generaal"
    etree.SubElement(kop, "tekstregel", inhoud="vergaderjaar").text = "Vergaderjaar 2015–2016"
    dossier = etree.SubElement(kamerstuk, "dossier")
    etree.SubElement(etree.SubElement(dossier, "dossiernummer"), "dossiernr").text = meta.dossier
    etree.SubElement(dossier, "titel").text = DOSSIER_TITLE
    stuk = etree.SubElement(kamerstuk, "stuk")
    etree.SubElement(etree.SubElement(stuk, "stuknr"), "ondernummer").text = f"Nr. {meta.number}"
    etree.SubElement(stuk, "titel").text = meta.title
    tekst = etree.SubElement(etree.SubElement(etree.SubElement(stuk, "algemeen"), "vrije-tekst"), "tekst")
    for piece in pieces(doc):
        if isinstance(piece, Heading):
            etree.SubElement(tekst, "tussenkop", kopopmaak=KOPOPMAAK_BY_LEVEL[piece.level]).text = piece.text
        elif isinstance(piece, Para):
            etree.SubElement(tekst, "al").text = piece.text
        elif isinstance(piece, Items):
            lijst = etree.SubElement(tekst, "lijst", type="expliciet")
            for number, text in zip(piece.numbers, piece.texts, strict=True):
                li = etree.SubElement(lijst, "li")
                etree.SubElement(li, "li.nr").text = number
                etree.SubElement(li, "al").text = text
        else:
            sign = etree.SubElement(tekst, "ondertekening")
            etree.SubElement(sign, "functie").text = piece.function
            etree.SubElement(etree.SubElement(sign, "naam"), "achternaam").text = piece.name
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def render_html(doc: Document) -> bytes:
    meta = doc.meta
    assert meta.dossier and meta.number and meta.title
    body: list[str] = []
    for piece in pieces(doc):
        if isinstance(piece, Heading):
            tag = f"h{piece.level + 1}"  # h1 is the page's title; the letter's headings start at h2
            body.append(f"<{tag}>{_h(piece.text)}</{tag}>")
        elif isinstance(piece, Para):
            body.append(f"<p>{_h(piece.text)}</p>")
        elif isinstance(piece, Items):
            start = piece.numbers[0].rstrip(")")
            items = "".join(f"<li>{_h(t)}</li>" for t in piece.texts)
            body.append(f'<ol start="{start}">{items}</ol>')
        else:
            body.append(
                f'<p class="ondertekening"><span class="functie">{_h(piece.function)}</span><br>'
                f'<span class="naam">{_h(piece.name)}</span></p>'
            )
    letter = "\n        ".join(body)
    identifier = f"kst-{_digits(meta.dossier)}-{meta.number}"
    page = f"""<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>Kamerstuk {_h(meta.dossier)}, nr. {_h(meta.number)} | Overheid.nl &gt; Officiële bekendmakingen</title>
  <meta name="DC.identifier" content="{identifier}">
  <meta name="DC.title" content="{_h(DOSSIER_TITLE)}; Brief regering">
  <meta name="OVERHEIDop.dossiernummer" content="{_digits(meta.dossier)}">
  <meta name="OVERHEIDop.ondernummer" content="{_h(meta.number)}">
  <meta name="DCTERMS.issued" content="{_publication_date(doc).isoformat()}">
  <link rel="stylesheet" href="https://zoek.officielebekendmakingen.nl/css/site.css">
  <script src="https://zoek.officielebekendmakingen.nl/js/site.js"></script>
  <style>.stuk {{ font-family: serif; }}</style>
</head>
<body>
  <a class="skiplink" href="#content">Direct naar de inhoud</a>
  <header class="site-header">
    <div class="logo">Overheid.nl Officiële bekendmakingen</div>
    <nav class="navigation" aria-label="Hoofdmenu">
      <ul><li><a href="/">Startpagina</a></li><li><a href="/uitgebreidzoeken">Uitgebreid zoeken</a></li></ul>
    </nav>
  </header>
  <div class="breadcrumb"><ol><li><a href="/">Home</a></li><li>Resultaten</li><li>{identifier}</li></ol></div>
  <form class="search-form" role="search" action="/resultaten">
    <label for="q">Zoekterm</label><input id="q" name="q" value="artikel 100"><button>Zoeken</button>
  </form>
  <main id="content">
    <div class="row">
      <aside class="sidebar"><h2>Downloads</h2><ul><li>PDF (266 kB)</li><li>XML</li></ul></aside>
      <div id="broodtekst" class="stuk">
        <p class="dossiernummer">{_h(meta.dossier)}</p>
        <h1 class="dossiertitel">{_h(DOSSIER_TITLE)}</h1>
        <h1 class="stuktitel"><span class="stuknummer">Nr. {_h(meta.number)}</span> {_h(meta.title)}</h1>
        <!-- platform comment: rendered from {identifier}.xml -->
        {letter}
      </div>
    </div>
  </main>
  <div id="cookie-notice">Deze website gebruikt functionele cookies. <button>Akkoord</button></div>
  <footer class="site-footer"><p>Over deze website · Toegankelijkheid · Privacy</p></footer>
  <script>window.analytics = "Analysetekst die nooit in de brief mag komen";</script>
</body>
</html>
"""
    return page.encode("utf-8")


CHROME_WORDS = (
    "Direct naar de inhoud",
    "Startpagina",
    "Uitgebreid zoeken",
    "Resultaten",
    "Zoekterm",
    "Zoeken",
    "Downloads",
    "cookies",
    "Toegankelijkheid",
    "Analysetekst",
    "platform comment",
    "Officiële bekendmakingen",
    DOSSIER_TITLE,
)


def structure(doc: Document) -> list[tuple[int, str, tuple[str, ...], tuple[str, ...]]]:
    """Everything a comparison sees of a Document's body: level, heading, path, paragraphs."""
    return [(s.level, s.heading, s.path, tuple(p.text for p in s.paragraphs)) for s in doc.sections]
