"""Reading a PDF's text layer with pdfium: lines with their size, baseline and weight.

pdfium gives characters with their positions and fonts; this module groups them into the
lines a reader sees (at pdfium's line breaks, and where the baseline moves if pdfium missed
one) and measures each one by its type's size on the page. It reads only the bytes in memory,
and closes every pdfium object before returning. pdfium is not thread-safe: callers hold one
lock around it.
"""

from __future__ import annotations

import ctypes
import math
import re
import statistics
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from viewer.core import regex_cache
from viewer.core.errors import LoadError
from viewer.core.load.pdftext import MAX_HEADING_CHARS
from viewer.core.load.source import Source
from viewer.core.textnorm import collapse_spaces, plain_spaces

# A line: up to pdfium's generated line break, or up to and including the mark pdfium puts
# where it joined a line ending in a hyphen to the next one (we leave that join to pdftext).
_LINE = regex_cache.compile(r"[^\r\n\ufffe\x02]*[\ufffe\x02]|[^\r\n\ufffe\x02]+")
_BOLD_NAME = regex_cache.compile(r"bold|black|heavy|semibold|demi|zwaar|vet", re.I)
_ITALIC_NAME = regex_cache.compile(r"italic|oblique|cursief|kursiv", re.I)
_FONT_ITALIC = 0x40  # PDF font descriptor flag bit 7
_FONT_FORCE_BOLD = 0x40000  # flag bit 19
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
class Line:
    text: str
    page: int
    baseline: float  # PDF units, y grows upwards
    size: float
    right: float
    left: float
    lead: float  # width of the first word, to tell whether it would have fitted on the line before
    styled: bool  # every visible character bold or italic (only checked for short lines)
    # where a small number stands raised in the text ("2018¹" reads "20181"): a note's number,
    # if a note at the page's foot confirms it, that its text alone cannot tell after a digit
    raised: tuple[tuple[int, int], ...] = ()
    # where each word of a short line starts and ends (left, right), to find a table's columns
    # (pdf_tables.py); empty for a long line, which is running text
    words: tuple[tuple[float, float], ...] = ()


# Beside Line so that pdf_layout and pdf_typography share it without importing each other.
@dataclass(slots=True)
class Paragraph:
    """Lines between two blank lines, as pdf_layout sets them out for clean_pdf_text."""

    lines: list[Line]
    emphasis: bool

    @property
    def text(self) -> str:
        return collapse_spaces(" ".join(line.text for line in self.lines))


def read_pages(source: Source, *, max_pages: int, max_chars: int) -> list[list[Line]]:
    """Every page's lines, refusing a PDF with more pages or characters than a letter has."""
    try:
        pdf = pdfium.PdfDocument(source.data)
    except pdfium.PdfiumError as exc:
        raise LoadError(source.path, *_open_problem(exc)) from None
    try:
        count = len(pdf)
        if count > max_pages:
            raise LoadError(
                source.path,
                f"de PDF heeft {count} pagina's, de grens is {max_pages}",
                f"the PDF has {count} pages, the limit is {max_pages} (too many pages)",
            )
        pages: list[list[Line]] = []
        budget = max_chars
        for index in range(count):
            try:
                lines, budget = _read_page(pdf, index, budget)
            except pdfium.PdfiumError:
                raise LoadError(
                    source.path,
                    f"beschadigde PDF: pagina {index + 1} is niet te lezen",
                    f"corrupt PDF: page {index + 1} cannot be read",
                ) from None
            except _TooMuchText:
                raise LoadError(
                    source.path,
                    f"de PDF bevat meer dan {max_chars:,} tekens; dat is geen brief",
                    f"the PDF holds more than {max_chars:,} characters (too much text): not a letter",
                ) from None
            pages.append(lines)
        return pages
    finally:
        pdf.close()


class _TooMuchText(Exception):
    pass


def _open_problem(exc: pdfium.PdfiumError) -> tuple[str, str]:
    if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
        return (
            "de PDF is beveiligd met een wachtwoord; sla hem eerst onbeveiligd op",
            "the PDF is password-protected; save it without protection first",
        )
    if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_SECURITY:
        return "de PDF gebruikt een onbekende beveiliging", "the PDF uses an unsupported security handler"
    reason = re.search(r"PDFium: ([^)]*)", str(exc))
    detail = reason.group(1) if reason else exc
    return "beschadigde PDF: het bestand is niet te openen", f"corrupt PDF: the file cannot be opened ({detail})"


def _read_page(pdf: pdfium.PdfDocument, index: int, budget: int) -> tuple[list[Line], int]:
    """The page's lines and what is left of the character budget, checked before the work."""
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            count = textpage.count_chars()
            if count > budget:
                raise _TooMuchText
            return _join_fragments(_page_lines(textpage, index, count)), budget - max(count, 0)
        finally:
            textpage.close()
    finally:
        page.close()


class _Probe:
    """pdfium's per-character queries, with the out-parameters allocated once per page.

    A letter's PDF asks pdfium some ten thousand times: the raw handle and the pointers to the
    out-parameters are made once, not on every call.
    """

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.textpage = textpage.raw
        self.left, self.right = ctypes.c_double(), ctypes.c_double()
        self.bottom, self.top = ctypes.c_double(), ctypes.c_double()
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.flags = ctypes.c_int()
        self.matrix = pdfium_c.FS_MATRIX()
        self.name = ctypes.create_string_buffer(128)
        self._box = tuple(ctypes.byref(value) for value in (self.left, self.right, self.bottom, self.top))
        self._origin = (ctypes.byref(self.x), ctypes.byref(self.y))
        self._matrix = ctypes.byref(self.matrix)

    def size(self, i: int) -> float:
        """The type size on the page: the font's size as the text and page matrices scale it.

        Not the font's own size: a PDF may set its text in a large font scaled down (Qt's
        QPdfWriter at 1200 dpi sets 10 point text as 167 point type at a scale of 0.06).
        """
        size = float(pdfium_c.FPDFText_GetFontSize(self.textpage, i))
        if pdfium_c.FPDFText_GetMatrix(self.textpage, i, self._matrix):
            size *= math.hypot(self.matrix.c, self.matrix.d)  # how far one unit up the text goes on the page
        return size

    def baseline(self, i: int) -> float:
        pdfium_c.FPDFText_GetCharOrigin(self.textpage, i, *self._origin)
        return self.y.value

    def box(self, i: int) -> tuple[float, float]:
        pdfium_c.FPDFText_GetCharBox(self.textpage, i, *self._box)
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


def _page_lines(textpage: pdfium.PdfTextPage, page: int, count: int) -> list[Line]:
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count)
    if len(text) != count:
        # get_text_range can differ in length from the character count (surrogate pairs);
        # positions must line up with character indices, so ask character by character.
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
    probe = _Probe(textpage)
    lines: list[Line] = []
    for match in _LINE.finditer(text):
        raw = match.group()
        if not raw.strip():
            continue
        first = match.start() + (len(raw) - len(raw.lstrip()))
        last = match.end() - (len(raw) - len(raw.rstrip())) - 1
        lines.extend(_measure(text, first, last, page, probe, split=True))
    return lines


# a line of a table of figures holds this many words at most (a label and its figures)
_ROW_WORDS = 9
# A baseline this many ems (the type on the page) above or below the one before starts a new line:
# a line pitch is more than an em, a raised note number less than half of one.
_NEW_LINE = 0.6


def _measure(text: str, first: int, last: int, page: int, probe: _Probe, *, split: bool) -> list[Line]:
    """The line from `first` to `last` (both visible characters); or, with `split`, the lines it
    holds if pdfium ran several together.

    pdfium starts a new line only where the next character stands lower than the font's own size,
    not its size on the page. A PDF that sets its text in a large font scaled down (Qt's QPdfWriter
    does, at its default 1200 dpi: 167 point type at a scale of 0.06) has its lines far closer than
    that, and pdfium reads a heading with the paragraphs before and after it as one line. Its first and
    last characters then stand on different baselines: only such a line is read again character
    by character, so an ordinary PDF costs nothing more.
    """
    visible = [i for i in _sample(first, last) if not text[i].isspace()]
    sizes = [probe.size(i) for i in visible]
    baselines = [probe.baseline(i) for i in visible]
    size = statistics.median(sizes)
    if split and max(baselines) - min(baselines) > _NEW_LINE * size:
        pieces = _split_at_baselines(text, first, last, _NEW_LINE * size, probe)
        if len(pieces) > 1:
            return [line for start, end in pieces for line in _measure(text, start, end, page, probe, split=False)]
    stripped = text[first : last + 1]
    short = len(stripped) <= MAX_HEADING_CHARS
    styled = short and all(probe.styled(i) for i in range(first, last + 1) if not text[i].isspace())
    word_end = first
    while word_end < last and not text[word_end + 1].isspace():
        word_end += 1
    left = probe.box(first)[0]
    baseline = statistics.median(baselines)
    # a table's row has a few words; running text more, and measuring each of its words would
    # double the time a PDF takes to read
    words = _word_edges(text, first, last, probe) if len(stripped.split()) <= _ROW_WORDS else ()
    return [
        Line(
            text=_normalise(stripped),
            page=page,
            baseline=baseline,
            size=size,
            right=probe.box(last)[1],
            left=left,
            lead=probe.box(word_end)[1] - left,
            styled=styled,
            raised=_raised_in_line(stripped, first, probe, size, baseline),
            words=words,
        )
    ]


def _word_edges(text: str, first: int, last: int, probe: _Probe) -> tuple[tuple[float, float], ...]:
    """The left and right edge of each word from `first` to `last`: two boxes a word."""
    edges: list[tuple[float, float]] = []
    i = first
    while i <= last:
        if text[i].isspace():
            i += 1
            continue
        start = i
        while i < last and not text[i + 1].isspace():
            i += 1
        edges.append((probe.box(start)[0], probe.box(i)[1]))
        i += 1
    return tuple(edges)


_DIGIT_RUN = regex_cache.compile(r"\d+")


def _raised_in_line(
    stripped: str, first: int, probe: _Probe, size: float, baseline: float
) -> tuple[tuple[int, int], ...]:
    """The spans (in the line's text as `_normalise` gives it) of the numbers of one or two digits
    set small and raised on the line (`stripped`, from the page's character `first`): a note's
    number that pdfium read as part of its line ("2018.²" as "2018.2"), not as a piece of its own.
    Only digits are looked at, and a letter has few."""
    spans: list[tuple[int, int]] = []
    for run in _DIGIT_RUN.finditer(stripped):
        up = [
            i
            for i in range(run.start(), run.end())
            if probe.size(first + i) < _RAISED_SIZE * size and probe.baseline(first + i) - baseline > _RAISED_BY * size
        ]
        # the raised digits close the run ("20181": "2018" and a raised "1"), at most two of them
        if up and len(up) <= 2 and up == list(range(run.end() - len(up), run.end())):
            start = len(_plain(stripped[: up[0]]))
            spans.append((start, start + len(up)))
    return tuple(spans)


def _split_at_baselines(text: str, first: int, last: int, step: float, probe: _Probe) -> list[tuple[int, int]]:
    """The runs of visible characters from `first` to `last` whose baselines lie within `step`
    of the character before; the spaces between runs (pdfium's, for the gap it saw) are dropped."""
    pieces: list[tuple[int, int]] = []
    start = end = first
    previous = probe.baseline(first)
    for i in range(first + 1, last + 1):
        if text[i].isspace() or text[i] in _LINE_END_HYPHENS:
            continue
        baseline = probe.baseline(i)
        if abs(baseline - previous) > step:
            pieces.append((start, end))
            start = i
        end, previous = i, baseline
    pieces.append((start, last))  # with the mark of a hyphenated line end, if pdfium left one
    return pieces


# a piece of a line starts at most this many ems after the one before it (a word space is ~0.25)
_FRAGMENT_GAP = 0.5
# closer than this the two pieces touch: no space between ("Irak" and a raised "1", then "."); a
# word space is a quarter em or more
_TOUCHING = 0.18
# a note's number is set this much smaller than its line at least, and raised by this much of an em
_RAISED_SIZE = 0.85
_RAISED_BY = 0.15


def _is_raised_number(piece: Line, main: Line) -> bool:
    """Is `piece` a number set small and raised above the line `main` (a note's number)?"""
    return (
        piece.text.isdigit()
        and len(piece.text) <= 2
        and piece.size < _RAISED_SIZE * main.size
        and piece.baseline - main.baseline > _RAISED_BY * main.size
    )


def _join_fragments(lines: list[Line]) -> list[Line]:
    """The page's lines with the pieces pdfium read as lines of their own joined into the line
    they stand on: a raised note number ("Irak", "1", ".") or a change of font on a line."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None:
            em = max(prev.size, line.size)
            gap = line.left - prev.right
            if abs(line.baseline - prev.baseline) < 0.5 * em and -_TOUCHING * em < gap < _FRAGMENT_GAP * em:
                main = prev if prev.size >= line.size else line
                text = f"{prev.text}{'' if gap < _TOUCHING * em else ' '}"
                raised = [*prev.raised, *((len(text) + a, len(text) + b) for a, b in line.raised)]
                if _is_raised_number(line, prev):
                    raised.append((len(text), len(text) + len(line.text)))
                out[-1] = Line(
                    text=text + line.text,
                    page=prev.page,
                    baseline=main.baseline,
                    size=main.size,
                    right=line.right,
                    left=prev.left,
                    lead=prev.lead,
                    styled=prev.styled and line.styled,
                    raised=tuple(raised),
                    words=_joined_words(prev, line, touching=gap < _TOUCHING * em),
                )
                continue
        out.append(line)
    return out


def _joined_words(prev: Line, line: Line, *, touching: bool) -> tuple[tuple[float, float], ...]:
    """The words of two pieces of one line; where they touch, the first piece's last word goes on
    in the second's first. Empty where either piece was too long to be measured word by word."""
    if not prev.words or not line.words:
        return ()
    if touching:
        return (*prev.words[:-1], (prev.words[-1][0], line.words[0][1]), *line.words[1:])
    return prev.words + line.words


def _sample(first: int, last: int, n: int = 5) -> list[int]:
    """A few character positions spread over a line: a superscript must not decide its size."""
    if last - first < n:
        return list(range(first, last + 1))
    step = (last - first) / (n - 1)
    return sorted({first + round(step * k) for k in range(n)})


def _normalise(text: str) -> str:
    if text.endswith(_LINE_END_HYPHENS):
        text = text[:-1] + "-"  # clean_pdf_text decides whether the word was broken
    return _plain(text)


def _plain(text: str) -> str:
    return plain_spaces(text.translate(_TRANSLATE))
