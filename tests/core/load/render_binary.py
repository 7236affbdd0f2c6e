"""Render a loaded Document back into a real Word file and a real PDF, for round-trip tests.

The point of these renderings is the promise that the same letter in any format gives the
same Document: load the text version, render it, load the rendering, compare.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from viewer.core.document import Document

if TYPE_CHECKING:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QTextLine

HeadingMarkup = Literal["styles", "bold", "plain"]


def vergaderjaar(date: dt.date | None) -> str:
    """The parliamentary year a date falls in: it starts on the third Tuesday of September."""
    if date is None:
        return "2015–2016"
    first = dt.date(date.year, 9, 1)
    prinsjesdag = first + dt.timedelta(days=(1 - first.weekday()) % 7 + 14)
    start = date.year if date >= prinsjesdag else date.year - 1
    return f"{start}–{start + 1}"


def running_footer(doc: Document) -> str:
    meta = doc.meta
    return f"Tweede Kamer, vergaderjaar {vergaderjaar(meta.date)}, {meta.dossier}, nr. {meta.number}"


def title_line(doc: Document) -> str | None:
    meta = doc.meta
    if not meta.title:
        return None
    return f"Nr. {meta.number} {meta.title}" if meta.number else meta.title


# --- Word -----------------------------------------------------------------------------------


def render_docx(doc: Document, path: str | os.PathLike[str], *, headings: HeadingMarkup = "styles") -> Path:
    """A .docx of `doc`: headings in Heading 1..n styles, or as bold plain paragraphs, or plain.

    The title goes in the core properties and in a "Nr. 597 BRIEF VAN ..." first paragraph,
    the running footer ("Tweede Kamer, vergaderjaar ..., 27 925, nr. 597") in the page footer.
    """
    import docx

    word = docx.Document()
    word.core_properties.title = doc.meta.title or ""
    title = title_line(doc)
    if title:
        run = word.add_paragraph().add_run(title)
        run.bold = headings != "plain"
    for section in doc.sections:
        if section.level > 0:
            if headings == "styles":
                word.add_paragraph(section.heading, style=f"Heading {section.level}")
            else:
                run = word.add_paragraph().add_run(section.heading)
                run.bold = headings == "bold"
        for paragraph in section.paragraphs:
            word.add_paragraph(paragraph.text)
    if doc.meta.dossier and doc.meta.number:
        word.sections[0].footer.paragraphs[0].text = running_footer(doc)
    out = Path(path)
    word.save(str(out))
    return out


def add_footnotes(path: Path, notes: dict[int, str], kind: str = "footnote") -> None:
    """Give a saved docx the footnotes (or, with `kind` "endnote", the endnotes) `notes` (id: text),
    for the footnoteReference (endnoteReference) runs its text has."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = [
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>',
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:t>---</w:t></w:r></w:p></w:{kind}>',
    ]
    parts += [
        f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r>'
        f"</w:p></w:{kind}>"
        for i, text in notes.items()
    ]
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:{kind}s xmlns:w="{w}">{"".join(parts)}</w:{kind}s>'
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    add_footnotes_part(members, xml.encode(), kind)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def add_footnotes_part(members: dict[str, bytes], footnotes: bytes, kind: str = "footnote") -> None:
    """Put `footnotes` into a docx package's members as its footnotes (or endnotes) part, registered
    as Word does (python-docx cannot write notes)."""
    members[f"word/{kind}s.xml"] = footnotes
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>",
        f'<Override PartName="/word/{kind}s.xml" ContentType="application/'
        f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"/></Types>'.encode(),
    )
    members["word/_rels/document.xml.rels"] = members["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rId{kind}s" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/{kind}s" Target="{kind}s.xml"/></Relationships>'.encode(),
    )


def render_docx_lines(text: str, path: str | os.PathLike[str]) -> Path:
    """Copied PDF text pasted into Word: one paragraph per line, empty paragraphs between."""
    import docx

    word = docx.Document()
    for line in text.split("\n"):
        word.add_paragraph(line)
    out = Path(path)
    word.save(str(out))
    return out


# --- PDF ------------------------------------------------------------------------------------

A4_POINTS = (595.0, 842.0)
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 72.0, 72.0, 64.0, 80.0


_APP: list[object] = []  # the one Qt application; dropping the last reference would destroy it


def _qt_app() -> object:
    # The platform must be chosen before Qt starts: tests/core needs no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication, not just a QGuiApplication: the GUI tests run later in the same process
    # and reuse whatever application exists; widgets abort under a QGuiApplication.
    from PySide6.QtWidgets import QApplication

    if not _APP:
        _APP.append(QApplication.instance() or QApplication([]))
    return _APP[0]


_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def _html_text(text: str) -> str:
    # Qt may break a line after the hyphen of "lange-termijn"; whether such a break was a
    # real hyphen is the copied-text clean-up's guess (tested with the text loader), not a
    # fact a PDF can carry. A no-break hyphen keeps these words whole; the loader reads it as "-".
    return html.escape(_WORD_HYPHEN.sub("\u2011", text))


def document_html(doc: Document, *, justify: bool = True, bold_headings: bool = False, spacing: bool = True) -> str:
    """The letter as simple HTML: a title paragraph, <h2>..<h4> headings (or bold <p>), <p> paragraphs.

    Without `spacing` no gap separates paragraphs or follows a heading, as in letters set
    with the next paragraph straight below the last.
    """
    align = "justify" if justify else "left"
    after, before = ("8px", "10px") if spacing else ("0", "0")
    parts = [
        "<html><head><style>",
        f"p {{ margin-top: 0; margin-bottom: {after}; }}",
        f"h2 {{ font-size: 13pt; margin-top: {before}; margin-bottom: 0; }}",
        f"h3 {{ font-size: 11pt; margin-top: {before}; margin-bottom: 0; }}",
        f"h4 {{ font-size: 10pt; font-style: italic; margin-top: {before}; margin-bottom: 0; }}",
        "</style></head><body>",
    ]
    title = title_line(doc)
    if title:
        parts.append(f"<p><b>{_html_text(title)}</b></p>")
    for section in doc.sections:
        if section.level > 0:
            text = _html_text(section.heading)
            if bold_headings:
                parts.append(f"<p><b>{text}</b></p>")
            else:
                tag = f"h{min(section.level + 1, 6)}"
                parts.append(f"<{tag}>{text}</{tag}>")
        for paragraph in section.paragraphs:
            parts.append(f"<p align='{align}'>{_html_text(paragraph.text)}</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


# the right-hand column of a letter as a ministry prints it, its text per page (index, count)
Column = Callable[[int, int], list[str]]
COLUMN_WIDTH = 130.0
# a page's footnotes, as lines, for the text of that page
Notes = Callable[[str], list[str]]


def render_pdf(
    doc: Document,
    path: str | os.PathLike[str],
    *,
    justify: bool = True,
    bold_headings: bool = False,
    spacing: bool = True,
    footer: bool = True,
    column: Column | None = None,
    columns: int = 1,
    resolution: int = 72,
) -> Path:
    """A real A4 PDF of `doc` with a text layer, typeset by Qt, with the running footer on every page
    (and, with `column`, a ministry's column beside the text; with `columns` 2, the text in two
    columns, as a journal sets it). At a `resolution` above 72 dpi Qt writes the text as QPdfWriter
    does by default (1200): in a font that many times larger, scaled down to the page."""
    markup = document_html(doc, justify=justify, bold_headings=bold_headings, spacing=spacing)
    running = running_footer(doc) if footer and doc.meta.dossier and doc.meta.number else None
    return _typeset(markup, Path(path), running, column, columns=columns, resolution=resolution)


def ministry_column(page: int, pages: int) -> list[str]:
    """The column a ministry prints at the right of each page of its letters."""
    head = ["Ministerie van Defensie", "Plein 4", "Postbus 20701", "2500 ES Den Haag"] if page == 0 else []
    return [*head, "Datum", "9 september 2016", "Onze referentie", "BS2016021234", f"Pagina {page + 1} van {pages}"]


def render_pdf_html(
    markup: str,
    path: str | os.PathLike[str],
    *,
    footer: str | None = None,
    column: Column | None = None,
    notes: Notes | None = None,
    resolution: int = 72,
    columns: int = 1,
) -> Path:
    """Typeset Qt rich text on A4 pages into a PDF; `footer` and the page number close every page.

    With `footer=""` only the page number stands under each page; with None nothing does. With a
    `column`, the body is narrower and the column's lines stand in small type at the right of
    every page's top, as in a ministry's letter ("Datum ...", "Onze referentie ...", "Pagina 2 van 5").
    With `notes`, the lines it gives for a page's text stand in small type at the page's foot,
    above the footer: its footnotes (the markup raises their numbers with <sup>). `resolution` as
    for `render_pdf`; `columns` as there.
    """
    return _typeset(markup, Path(path), footer, column, notes, resolution=resolution, columns=columns)


def print_pdf(markup: str, path: str | os.PathLike[str], *, resolution: int) -> Path:
    """Qt rich text printed as a program built on Qt saves a document as PDF: QTextDocument.print_
    onto a QPdfWriter at `resolution` dpi (1200 unless the program sets it), in Qt's own page
    layout, with the page number Qt puts under each page.

    Qt also prints, clipped away, the line just above each page (see `_typeset`), so the text
    layer repeats a line at some page breaks, another one at each resolution.
    """
    _qt_app()
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument

    out = Path(path)
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(resolution)
    text = QTextDocument()
    text.setDefaultFont(QFont("DejaVu Sans", 10))
    text.setHtml(markup)
    text.print_(writer)
    return out


def _typeset(
    markup: str,
    out: Path,
    footer: str | None,
    column: Column | None = None,
    notes: Notes | None = None,
    *,
    columns: int = 1,
    resolution: int = 72,
) -> Path:
    _qt_app()
    from PySide6.QtCore import QMarginsF, QPointF, QSizeF
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(resolution)  # at 72 dpi one device pixel is one PDF point
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    # the layout is in device pixels: every length in points times `unit` (fonts in points scale themselves)
    unit = resolution / 72
    page_height = A4_POINTS[1] * unit
    left, top, bottom = MARGIN_LEFT * unit, MARGIN_TOP * unit, MARGIN_BOTTOM * unit
    body_width = (A4_POINTS[0] - MARGIN_LEFT - MARGIN_RIGHT - (COLUMN_WIDTH if column else 0)) * unit
    # the text's columns side by side, a gap between; each is a page of the QTextDocument
    column_gap = 20.0 * unit
    column_width = (body_width - column_gap * (columns - 1)) / columns
    body_height = (A4_POINTS[1] - MARGIN_TOP - MARGIN_BOTTOM) * unit

    text = QTextDocument()
    text.documentLayout().setPaintDevice(writer)
    text.setDefaultFont(QFont("DejaVu Serif", 10))
    text.setDocumentMargin(0)
    text.setHtml(markup)
    text.setPageSize(QSizeF(column_width, body_height))  # lays out page by page, never splitting a line

    # Draw line by line, each on its own page. QTextDocument.print() and the layout's draw()
    # also draw, clipped away, the line just above a page (an off-by-one in Qt's culling);
    # a PDF keeps clipped text in its text layer, so that line would be extracted twice.
    column_count = text.pageCount()  # also forces the layout of every block, which Qt does lazily
    page_count = -(-column_count // columns)
    pages: dict[int, list[tuple[QTextLine, QPointF]]] = {}
    page_texts: dict[int, str] = {}
    block = text.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            page = int((origin.y() + line.y() + 0.5) // body_height)
            pages.setdefault(page, []).append((line, QPointF(origin.x(), origin.y() - page * body_height)))
            words = block.text()[line.textStart() : line.textStart() + line.textLength()]
            page_texts[page] = f"{page_texts.get(page, '')} {words}"
        block = block.next()

    painter = QPainter(writer)
    try:
        for index in range(page_count):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(left, top)
            for place in range(columns):
                painter.save()
                painter.translate(place * (column_width + column_gap), 0)
                for line, position in pages.get(index * columns + place, []):
                    line.draw(painter, position)
                painter.restore()
            painter.restore()
            if column is not None:
                # typeset as the text is (drawText's glyphs, in another font, made pdfium read
                # the next pages' lines one character at a time)
                beside = QTextDocument()
                beside.documentLayout().setPaintDevice(writer)
                beside.setDefaultFont(QFont("DejaVu Serif", 7))
                beside.setDocumentMargin(0)
                beside.setPlainText("\n".join(column(index, page_count)))
                beside.setTextWidth((COLUMN_WIDTH - 20) * unit)
                painter.save()
                painter.translate(left + body_width + 20 * unit, top)
                beside.drawContents(painter)
                painter.restore()
            if notes is not None:
                painter.save()
                painter.setFont(QFont("DejaVu Serif", 7))
                for row, words in enumerate(notes(page_texts.get(index, ""))):
                    painter.drawText(QPointF(left, page_height - bottom + (12 + 9 * row) * unit), words)
                painter.restore()
            if footer is not None:
                painter.setFont(QFont("DejaVu Serif", 8))
                painter.drawText(QPointF(left, page_height - 40 * unit), f"{footer} {index + 1}".strip())
    finally:
        painter.end()
        pages.clear()
    return out
