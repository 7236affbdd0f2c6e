"""Letters as PDF: the text layer laid out into lines, then the same clean-up as copied text.

pdfium gives characters with their positions and fonts; pdf_lines.py turns them into the lines
a reader sees. pdf_layout.py drops running footers and page numbers, and writes a blank line
wherever the gap between two lines is clearly larger than the line pitch, because PDF text has
no blank lines and `clean_pdf_text` needs them to find paragraphs and headings. Bold, italic or
larger type then confirms or overrules its guesses about which lines are headings
(pdf_typography.py).

The loader only ever sees the bytes in memory (`Source.data`): pdfium never opens the file,
so it can never stay locked, and every pdfium object is closed before returning.
"""

from __future__ import annotations

import threading

from viewer.core.document import Document, Metadata
from viewer.core.errors import LoadError
from viewer.core.load.build import build_document, dated_from
from viewer.core.load.pdf_guard import check_inflation
from viewer.core.load.pdf_head import head_off
from viewer.core.load.pdf_layout import as_text, drop_margins, find_paragraphs
from viewer.core.load.pdf_lines import read_pages
from viewer.core.load.pdf_notes import take_notes
from viewer.core.load.pdf_signatures import signatures_apart
from viewer.core.load.pdf_tables import rows_set_out
from viewer.core.load.pdf_typography import apply_typography
from viewer.core.load.pdftext import clean_pdf_text
from viewer.core.load.source import Source
from viewer.core.load.tables import captions_as_paragraphs

MAX_PAGES = 2000
MAX_CHARS = 4_000_000  # some 2000 pages of dense text; more is not a letter

# pdfium keeps global state and is not thread-safe: one PDF at a time, whoever calls.
_PDFIUM = threading.Lock()


def load_pdf(source: Source) -> Document:
    check_inflation(source)  # before pdfium, which unpacks a page's content whatever its size
    with _PDFIUM:
        pages = read_pages(source, max_pages=MAX_PAGES, max_chars=MAX_CHARS)
    pages, margins = drop_margins(pages)
    pages = head_off(pages)  # a ministry's head table on page 1: its addressee and "Den Haag, <datum>" only
    pages, notes = take_notes(pages)
    pages = rows_set_out(pages)  # a table's lines as its rows, before the rows could read as headings
    lines = [line for page in pages for line in page]
    if not any(line.text.strip() for line in lines):
        raise LoadError(
            source.path,
            "de PDF bevat geen tekst, alleen beeld (gescand?); tekstherkenning (OCR) doet dit programma niet",
            "the PDF holds no text, only images (scanned?); it needs text recognition (OCR), "
            "which this program does not do",
        )
    paragraphs = signatures_apart(find_paragraphs(lines))  # ministers signing side by side: a signature each
    cleaned = clean_pdf_text(as_text(paragraphs), notes)
    blocks = captions_as_paragraphs(apply_typography(cleaned.blocks, paragraphs))
    meta = Metadata(
        path=source.path,
        format="pdf",
        title=cleaned.title,
        dossier=cleaned.dossier or margins.dossier,
        number=cleaned.number or margins.number,
    )
    # no date in the text: a ministry's letter may print it only in the column beside it
    return dated_from(build_document(meta, blocks), margins.beside)
