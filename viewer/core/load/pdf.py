"""Letters as PDF: the text layer laid out into lines, then the same clean-up as copied text.

pdfium gives characters with their positions and fonts. This module turns them into the lines
a reader sees, drops running footers and page numbers, and writes a blank line wherever the
gap between two lines is clearly larger than the line pitch, because PDF text has no blank
lines and `clean_pdf_text` needs them to find paragraphs and headings. Bold, italic or larger
type then confirms or overrules its guesses about which lines are headings.

The loader only ever sees the bytes in memory (`Source.data`): pdfium never opens the file,
so it can never stay locked, and every pdfium object is closed before returning.
"""

from __future__ import annotations

import ctypes
import re
import statistics
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from viewer.core.document import Document, Metadata
from viewer.core.errors import LoadError
from viewer.core.load.build import Block, build_document, heading, para
from viewer.core.load.pdftext import (
    CLOSING,
    FOOTER,
    LIST_ITEM,
    MAX_HEADING_CHARS,
    MAX_HEADING_WORDS,
    NOT_A_HEADING,
    PAGE_NUMBER,
    clean_pdf_text,
)
from viewer.core.load.source import Source
from viewer.core.textnorm import collapse_spaces

MAX_PAGES = 2000
MAX_CHARS = 4_000_000  # some 2000 pages of dense text; more is not a letter

# pdfium keeps global state and is not thread-safe: one PDF at a time, whoever calls.
_PDFIUM = threading.Lock()

# A line: up to pdfium's generated line break, or up to and including the mark pdfium puts
# where it joined a line ending in a hyphen to the next one (we leave that join to pdftext).
_LINE = re.compile(r"[^\r\n\ufffe\x02]*[\ufffe\x02]|[^\r\n\ufffe\x02]+")
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|zwaar|vet", re.I)
_ITALIC_NAME = re.compile(r"italic|oblique|cursief|kursiv", re.I)
_FONT_ITALIC = 0x40  # PDF font descriptor flag bit 7
_FONT_FORCE_BOLD = 0x40000  # flag bit 19
_LARGER = 1.15  # a line this much larger than the body type reads as a heading
_PARAGRAPH_GAP = 1.3  # a baseline distance this many times the line pitch starts a paragraph
# Characters a PDF text layer may carry that copied text never has.
_TRANSLATE = str.maketrans(
    {
        "\u2011": "-",  # no-break hyphen
        "\u00ad": None,  # soft hyphen inside a line: invisible
        "\u200b": None,
        "\u2060": None,
        "\ufeff": None,
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb06": "st",
    }
)
# marks for a hyphen at a line end: a soft hyphen, and pdfium's own for a joined line
_LINE_END_HYPHENS = ("\u00ad", "\x02", "\ufffe")


@dataclass(slots=True)
class _Line:
    text: str
    page: int
    baseline: float  # PDF units, y grows upwards
    size: float
    right: float
    lead: float  # width of the first word, to tell whether it would have fitted on the line before
    styled: bool  # every visible character bold or italic (only checked for short lines)


@dataclass(slots=True)
class _Paragraph:
    """Lines between two blank lines, as this module sets them out for clean_pdf_text."""

    lines: list[_Line]
    emphasis: bool

    @property
    def text(self) -> str:
        return collapse_spaces(" ".join(line.text for line in self.lines))


def load_pdf(source: Source) -> Document:
    with _PDFIUM:
        pages = _read_pages(source)
    pages, dossier, number = _drop_margins(pages)
    lines = [line for page in pages for line in page]
    if not any(line.text.strip() for line in lines):
        raise LoadError(
            source.path,
            "de PDF bevat geen tekst, alleen beeld (gescand?); tekstherkenning (OCR) doet dit programma niet "
            "(no text layer, needs OCR)",
        )
    paragraphs = _paragraphs(lines)
    cleaned = clean_pdf_text(_as_text(paragraphs))
    blocks = _apply_typography(cleaned.blocks, paragraphs)
    meta = Metadata(
        path=source.path,
        format="pdf",
        title=cleaned.title,
        dossier=cleaned.dossier or dossier,
        number=cleaned.number or number,
    )
    return build_document(meta, blocks)


# --- reading pdfium -------------------------------------------------------------------------


def _read_pages(source: Source) -> list[list[_Line]]:
    try:
        pdf = pdfium.PdfDocument(source.data)
    except pdfium.PdfiumError as exc:
        raise LoadError(source.path, _open_problem(exc)) from None
    try:
        count = len(pdf)
        if count > MAX_PAGES:
            raise LoadError(source.path, f"de PDF heeft {count} pagina's, de grens is {MAX_PAGES} (too many pages)")
        pages: list[list[_Line]] = []
        budget = MAX_CHARS
        for index in range(count):
            try:
                lines, budget = _read_page(pdf, index, budget)
            except pdfium.PdfiumError:
                raise LoadError(
                    source.path, f"beschadigde PDF: pagina {index + 1} is niet te lezen (corrupt page)"
                ) from None
            except _TooMuchText:
                raise LoadError(
                    source.path, f"de PDF bevat meer dan {MAX_CHARS:,} tekens; dat is geen brief (too much text)"
                ) from None
            pages.append(lines)
        return pages
    finally:
        pdf.close()


class _TooMuchText(Exception):
    pass


def _open_problem(exc: pdfium.PdfiumError) -> str:
    if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
        return "de PDF is beveiligd met een wachtwoord; sla hem eerst onbeveiligd op (password-protected PDF)"
    if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_SECURITY:
        return "de PDF gebruikt een onbekende beveiliging (unsupported security handler)"
    reason = re.search(r"PDFium: ([^)]*)", str(exc))
    return f"beschadigde PDF: het bestand is niet te openen (corrupt PDF: {reason.group(1) if reason else exc})"


def _read_page(pdf: pdfium.PdfDocument, index: int, budget: int) -> tuple[list[_Line], int]:
    """The page's lines and what is left of the character budget, checked before the work."""
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            count = textpage.count_chars()
            if count > budget:
                raise _TooMuchText
            return _page_lines(textpage, index, count), budget - max(count, 0)
        finally:
            textpage.close()
    finally:
        page.close()


class _Probe:
    """pdfium's per-character queries, with the out-parameters allocated once per page."""

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.textpage = textpage
        self.left, self.right = ctypes.c_double(), ctypes.c_double()
        self.bottom, self.top = ctypes.c_double(), ctypes.c_double()
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.flags = ctypes.c_int()
        self.name = ctypes.create_string_buffer(128)

    def size(self, i: int) -> float:
        return float(pdfium_c.FPDFText_GetFontSize(self.textpage, i))

    def baseline(self, i: int) -> float:
        pdfium_c.FPDFText_GetCharOrigin(self.textpage, i, ctypes.byref(self.x), ctypes.byref(self.y))
        return self.y.value

    def box(self, i: int) -> tuple[float, float]:
        pdfium_c.FPDFText_GetCharBox(
            self.textpage,
            i,
            ctypes.byref(self.left),
            ctypes.byref(self.right),
            ctypes.byref(self.bottom),
            ctypes.byref(self.top),
        )
        return self.left.value, self.right.value

    def styled(self, i: int) -> bool:
        """Bold or italic, by weight, font flags or font name (fonts often declare no weight)."""
        if pdfium_c.FPDFText_GetFontWeight(self.textpage, i) >= 600:
            return True
        pdfium_c.FPDFText_GetFontInfo(self.textpage, i, self.name, len(self.name), ctypes.byref(self.flags))
        if self.flags.value & (_FONT_ITALIC | _FONT_FORCE_BOLD):
            return True
        name = self.name.value.decode("latin-1").partition("+")[2] or self.name.value.decode("latin-1")
        return bool(_BOLD_NAME.search(name) or _ITALIC_NAME.search(name))


def _page_lines(textpage: pdfium.PdfTextPage, page: int, count: int) -> list[_Line]:
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:
        # get_text_range can differ in length from the character count (surrogate pairs);
        # positions must line up with character indices, so ask character by character.
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
    probe = _Probe(textpage)
    lines: list[_Line] = []
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        first = match.start() + (len(raw) - len(raw.lstrip()))
        last = match.end() - (len(raw) - len(raw.rstrip())) - 1
        visible = [i for i in _sample(first, last) if not text[i].isspace()]
        sizes = [probe.size(i) for i in visible]
        baselines = [probe.baseline(i) for i in visible]
        short = len(stripped) <= MAX_HEADING_CHARS
        styled = short and all(probe.styled(i) for i in range(first, last + 1) if not text[i].isspace())
        word_end = first
        while word_end < last and not text[word_end + 1].isspace():
            word_end += 1
        lines.append(
            _Line(
                text=_normalise(stripped),
                page=page,
                baseline=statistics.median(baselines),
                size=statistics.median(sizes),
                right=probe.box(last)[1],
                lead=probe.box(word_end)[1] - probe.box(first)[0],
                styled=styled,
            )
        )
    return lines


def _sample(first: int, last: int, n: int = 5) -> list[int]:
    """A few character positions spread over a line: a superscript must not decide its size."""
    if last - first < n:
        return list(range(first, last + 1))
    step = (last - first) / (n - 1)
    return sorted({first + round(step * k) for k in range(n)})


def _normalise(text: str) -> str:
    if text.endswith(_LINE_END_HYPHENS):
        text = text[:-1] + "-"  # clean_pdf_text decides whether the word was broken
    return text.translate(_TRANSLATE)


# --- page furniture -------------------------------------------------------------------------


def _drop_margins(pages: list[list[_Line]]) -> tuple[list[list[_Line]], str | None, str | None]:
    """Remove running footers, page numbers and lines repeated at the top or bottom of pages."""
    dossier = number = None
    repeated = _repeated_margin_lines(pages)
    out: list[list[_Line]] = []
    for lines in pages:
        if not lines:
            out.append([])
            continue
        top = max(line.baseline for line in lines)
        bottom = min(line.baseline for line in lines)
        kept: list[_Line] = []
        for line in lines:
            footer = FOOTER.match(line.text)
            if footer:
                dossier = dossier or footer.group("dossier")
                number = number or footer.group("nr")
                continue
            # A bare page number must go here, not later in pdftext: standing between the last
            # line of one page and the first of the next it would hide whether a paragraph goes on.
            at_edge = line.baseline in (top, bottom)
            if at_edge and (PAGE_NUMBER.match(line.text) or _margin_key(line.text) in repeated):
                continue
            kept.append(line)
        out.append(kept)
    return out, dossier, number


def _margin_key(text: str) -> str:
    return re.sub(r"\d+", "#", collapse_spaces(text))


def _repeated_margin_lines(pages: list[list[_Line]]) -> set[str]:
    """Text (digits folded) that stands first or last on most pages: a running head or foot."""
    filled = [lines for lines in pages if lines]
    if len(filled) < 3:
        return set()
    seen: Counter[str] = Counter()
    for lines in filled:
        top = max(lines, key=lambda line: line.baseline)
        bottom = min(lines, key=lambda line: line.baseline)
        seen.update({_margin_key(top.text), _margin_key(bottom.text)})
    return {key for key, n in seen.items() if n >= max(3, len(filled) // 2 + 1)}


# --- paragraphs from geometry ---------------------------------------------------------------


def _paragraphs(lines: Sequence[_Line]) -> list[_Paragraph]:
    body = _body_size(lines)
    pitch = _pitch(lines, body)
    layout = _Layout(lines, body)
    emphasised = [_emphasised(line, body) for line in lines]
    breaks = [True] * len(lines)
    for i in range(1, len(lines)):
        prev, cur = lines[i - 1], lines[i]
        if prev.page != cur.page:
            breaks[i] = layout.ends_paragraph(prev, cur)
            continue
        delta = prev.baseline - cur.baseline
        if abs(delta) < 0.3 * min(prev.size, cur.size):
            breaks[i] = False  # one visual line that pdfium split in two
            continue
        expected = pitch * max(prev.size, cur.size) / body
        if delta < 0 or delta > expected * _PARAGRAPH_GAP:  # upwards: a new column
            breaks[i] = True
        else:
            # Without a gap only the line ends tell; a heading or title wrapping over lines
            # is set ragged, even in justified text.
            wrapped = emphasised[i - 1] and emphasised[i] and layout.wraps(prev, cur)
            breaks[i] = layout.ends_paragraph(prev, cur) and not wrapped
    _set_apart_headings(lines, breaks, emphasised, layout)
    paragraphs: list[_Paragraph] = []
    for i, line in enumerate(lines):
        if breaks[i] or not paragraphs:
            paragraphs.append(_Paragraph([line], emphasised[i]))
        else:
            paragraphs[-1].lines.append(line)
            paragraphs[-1].emphasis = paragraphs[-1].emphasis and emphasised[i]
    return paragraphs


class _Layout:
    """Where lines end, and so whether a line ended because its paragraph did.

    A line ends early on purpose when the next line's first word would have fitted after it:
    that marks the end of a paragraph, of a title line or of a heading, where no gap shows it
    (at a page break, or in a letter set without space between paragraphs). In justified
    text that is all it takes; in ragged text the line must also close a sentence, because
    a deliberate line break inside a paragraph (an address, a signature) looks the same.
    """

    def __init__(self, lines: Sequence[_Line], body: float) -> None:
        self.body = body
        page_edges: dict[int, float] = {}
        for line in lines:
            page_edges[line.page] = max(page_edges.get(line.page, line.right), line.right)
        # the right margin: a page of a few short lines (the signature) must not set it
        self.edge = statistics.median(page_edges.values()) if page_edges else 0.0
        text_lines = [line for line in lines if abs(line.size - body) < 0.5]
        full = sum(1 for line in text_lines if line.right >= self.edge - body / 2)
        # Ragged lines end anywhere in the last part of the measure; few come within half an em of the margin.
        self.justified = len(text_lines) >= 5 and full >= 0.5 * len(text_lines)

    def wraps(self, prev: _Line, cur: _Line) -> bool:
        """`cur` continues `prev` because its first word did not fit on `prev`'s line.

        Character boxes are ink, narrower than the advance a typesetter counts: besides a
        space (about a third of an em) allow another half em before calling it room.
        """
        return prev.right + cur.lead + 0.85 * cur.size > self.edge

    def ends_paragraph(self, prev: _Line, cur: _Line) -> bool:
        if self.wraps(prev, cur):
            return False
        return self.justified or _ends_sentence(prev.text)


def _body_size(lines: Sequence[_Line]) -> float:
    """The size most of the text is set in, weighted by characters."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size, 1)] += len(line.text)
    size = weights.most_common(1)[0][0] if weights else 10.0
    return size if size > 0 else 10.0


def _pitch(lines: Sequence[_Line], body: float) -> float:
    """The distance between the baselines of two lines of one paragraph of body text.

    Not the median distance: in a short letter of one-line paragraphs most distances
    include a paragraph gap. Lines are never closer than this, so take a low percentile.
    """
    deltas = sorted(
        prev.baseline - cur.baseline
        for prev, cur in pairwise(lines)
        if prev.page == cur.page
        and abs(prev.size - body) < 0.5
        and abs(cur.size - body) < 0.5
        and prev.baseline - cur.baseline >= 0.9 * body
    )
    return deltas[len(deltas) // 10] if deltas else body * 1.2


def _ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip("»”’\"')").endswith((".", "?", "!", ":"))


def _emphasised(line: _Line, body: float) -> bool:
    return line.styled or line.size >= body * _LARGER


def _typeset_heading(text: str) -> bool:
    """A line the typography marks as a heading still has to read like one: short, no closing punctuation."""
    text = text.strip()
    if not text or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    if text[-1] in CLOSING or NOT_A_HEADING.match(text):
        return False
    return any(c.isalpha() for c in text)


def _set_apart_headings(
    lines: Sequence[_Line], breaks: list[bool], emphasised: Sequence[bool], layout: _Layout
) -> None:
    """A run of emphasised lines that starts a paragraph is a heading: end the paragraph after it.

    This finds headings that the body text follows without a gap, for instance at the top
    of a page. A heading may wrap over a few lines of the same size; two headings set one
    under the other are two, because the second would have fitted after the first.
    """
    i = 0
    while i < len(lines):
        # A heading starts a paragraph, or follows a plain line that closed a sentence or
        # ended before the margin (the first word of a larger heading may not fit after it).
        starts = breaks[i] or (
            i > 0
            and not emphasised[i - 1]
            and (_ends_sentence(lines[i - 1].text) or not layout.wraps(lines[i - 1], lines[i]))
        )
        if not (emphasised[i] and starts and _typeset_heading(lines[i].text)):
            i += 1
            continue
        j = i + 1
        while (
            j < len(lines)
            and j - i < 3
            and not breaks[j]
            and emphasised[j]
            and abs(lines[j].size - lines[i].size) < 0.5
            and layout.wraps(lines[j - 1], lines[j])
        ):
            j += 1
        breaks[i] = True
        if j < len(lines):
            breaks[j] = True
        i = j


def _as_text(paragraphs: Sequence[_Paragraph]) -> list[str]:
    """Lines as copied text has them: a blank line between paragraphs, a space opening each page."""
    out: list[str] = []
    page = -1
    for paragraph in paragraphs:
        if out:
            out.append("")
        for line in paragraph.lines:
            if line.page != page:
                page = line.page
                out.append(" " + line.text)  # pdftext reads a single leading space as a page start
            else:
                out.append(line.text)
    return out


# --- typography overrules the text rules ----------------------------------------------------


def _apply_typography(blocks: Sequence[Block], paragraphs: Sequence[_Paragraph]) -> list[Block]:
    """Headings by the type they are set in, where the PDF shows it.

    clean_pdf_text judges a line by its words only. An emphasised single-line paragraph that
    reads like a heading is one even if those rules disagree (a numbered "1. Inleiding",
    which they take for a list item and join to the next paragraph); and when the letter
    sets its headings apart by type, a plain line is not a heading however short it is (a
    one-line paragraph, a name under the signature). Blocks are matched to the paragraphs
    they came from by their text, in order.
    """
    single = [(p.text, p.emphasis and _typeset_heading(p.text)) for p in paragraphs if len(p.lines) == 1 or p.emphasis]
    typeset = sum(1 for _, is_heading in single if is_heading)
    plain = sum(1 for text, is_heading in single if not is_heading and _typeset_heading(text))
    by_type = typeset >= 2 and typeset >= plain
    out: list[Block] = []
    k = 0
    for block in blocks:
        text = collapse_spaces(block.text)
        j, rest = _match(text, single, k)
        if j is None:
            out.append(block)
            continue
        k = j + 1
        if single[j][1]:
            out.append(heading(single[j][0]))
            if rest:
                out.append(para(rest))
        elif block.kind == "heading" and by_type:
            out.append(para(block.text))
        else:
            out.append(block)
    return out


def _match(text: str, single: Sequence[tuple[str, bool]], start: int) -> tuple[int | None, str]:
    """The paragraph a block came from, and what clean_pdf_text joined to it from the next one."""
    for j in range(start, len(single)):
        candidate, is_heading = single[j]
        if candidate == text:
            return j, ""
        if is_heading and LIST_ITEM.match(candidate) and text.startswith(candidate + " "):
            return j, text[len(candidate) + 1 :]
    return None, ""
