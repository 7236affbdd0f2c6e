"""Letters as Word (.docx): paragraphs, heading styles, lists, tables, footnotes and endnotes.

python-docx opens the package and resolves its parts; the text is read from the XML itself
(docx_reader.py). Headings come from heading styles or outline levels when the document uses
them; otherwise a paragraph set entirely in bold or italic that reads like a heading is one
(docx_blocks.py); a document with neither is treated as copied text.

Before python-docx sees the bytes, the zip's directory is checked (docx_package.py): a file
that unpacks to far more than it weighs (a zip bomb) is refused, and so is an encrypted or
legacy Word file.
"""

from __future__ import annotations

from viewer.core.document import Document, Metadata
from viewer.core.dutch import HEAD_PARAGRAPHS, parse_place_date
from viewer.core.errors import LoadError
from viewer.core.load.build import build_document, dated_from, para
from viewer.core.load.docx_blocks import MAX_PASTED_LINE, as_blocks, as_lines, bold_heading, take_front_matter
from viewer.core.load.docx_package import (
    MAX_PARTS,
    MAX_RATIO,
    MAX_UNPACKED,
    OLE_MAGIC,
    RATIO_FLOOR,
    check_zip,
    ole_problem,
    open_word,
)
from viewer.core.load.docx_reader import Item, Reader
from viewer.core.load.pdftext import clean_pdf_text
from viewer.core.load.source import Source
from viewer.core.load.tables import captions_as_paragraphs
from viewer.core.textnorm import collapse_spaces

# source.py and the tests import the package checks from here, where they used to live.
__all__ = [
    "MAX_PARTS",
    "MAX_PASTED_LINE",
    "MAX_RATIO",
    "MAX_UNPACKED",
    "OLE_MAGIC",
    "RATIO_FLOOR",
    "check_zip",
    "load_docx",
    "ole_problem",
]


def without_a_second_date_line(items: list[Item], made: Item | None) -> list[Item]:
    """`items` without the place-and-date line made from the head table (`made`) when the letter
    has its own under the head, as some templates do."""
    if made is None:
        return items
    own = [item for item in items[:HEAD_PARAGRAPHS] if item is not made and parse_place_date(item.text)]
    return [item for item in items if item is not made] if own else items


def load_docx(source: Source) -> Document:
    if source.data.startswith(OLE_MAGIC):
        raise LoadError(source.path, *ole_problem(source.data))
    check_zip(source)
    reader = Reader(open_word(source), source.path)
    items = without_a_second_date_line(reader.items(), reader.date_line)
    if any(item.level is not None for item in items) or any(bold_heading(item) for item in items):
        front = take_front_matter(items)
        # a bold or italic table title is a paragraph, as the XML has it (a styled heading stays one)
        blocks = captions_as_paragraphs(as_blocks(front.rest))
        title, dossier, number = front.title, front.dossier, front.number
    else:
        # Neither heading styles nor typeset headings: the rules for copied text decide.
        cleaned = clean_pdf_text(as_lines(items))
        blocks, title, dossier, number = cleaned.blocks, cleaned.title, cleaned.dossier, cleaned.number
        # a table's row is short and closes no sentence, but it is never a heading
        rows = {collapse_spaces(item.text) for item in items if item.structural}
        blocks = [para(b.text) if b.kind == "heading" and collapse_spaces(b.text) in rows else b for b in blocks]
    if not any(block.text.strip() for block in blocks):
        raise LoadError(source.path, "geen tekst gevonden in het Word-document", "no text found in the Word document")
    footer_dossier, footer_number = reader.footer_metadata()
    meta = Metadata(
        path=source.path,
        format="docx",
        # the document properties' title last: it is often a template's or a file name
        title=title or collapse_spaces(reader.core_title()) or None,
        dossier=dossier or footer_dossier,
        number=number or footer_number,
    )
    # no date in the text: a ministry's letter may print it only in its page header
    # or only in the table of its head, beside the sender's address
    return dated_from(build_document(meta, blocks), [*reader.head_texts, *reader.header_texts()])
