"""Laying out a PDF's lines: page furniture dropped, paragraphs found from the geometry.

PDF text has no blank lines, and `clean_pdf_text` needs them to find paragraphs and headings.
Running footers and page numbers go; a blank line is written wherever the gap between two
lines is clearly larger than the line pitch, or a line ended early because its paragraph did.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from viewer.core.load.pdf_lines import Line, Paragraph
from viewer.core.load.pdf_measure import next_word_overruns, next_word_width, own_measures
from viewer.core.load.pdf_running import running_lines
from viewer.core.load.pdf_typography import is_emphasised, typeset_heading
from viewer.core.load.pdftext import FOOTER, PAGE_NUMBER, ends_sentence
from viewer.core.load.tables import is_row
from viewer.core.textnorm import collapse_spaces

_PARAGRAPH_GAP = 1.3  # a baseline distance this many times the line pitch starts a paragraph
# room (ems) beyond the next line's first word that a ragged line must leave to have ended on purpose
_WELL_SHORT = 2.0
_SAME_LEFT = 3.0  # points: lines set from one left edge start this far apart (ink, not the pen)
# a column's lines stand beside another's: at most this share of the text crosses where it starts
_CROSSING = 0.1


@dataclass
class Margins:
    """What `drop_margins` took off the pages: the dossier and number of the running footer, and
    the lines of a column beside the text (a ministry's letter prints its date there)."""

    dossier: str | None = None
    number: str | None = None
    beside: list[str] = field(default_factory=list)


def drop_margins(pages: list[list[Line]]) -> tuple[list[list[Line]], Margins]:
    """Remove running footers, page numbers, lines repeated at the top or bottom of pages, and a
    column printed beside the text."""
    margins = Margins()
    pages = _drop_column_beside(pages, margins.beside)
    running = running_lines(pages, body_size([line for page in pages for line in page]))
    pages = [[line for i, line in enumerate(lines) if (p, i) not in running] for p, lines in enumerate(pages)]
    dossier = number = None
    repeated = _repeated_margin_lines(pages)
    out: list[list[Line]] = []
    for lines in pages:
        if not lines:
            out.append([])
            continue
        top = max(line.baseline for line in lines)
        bottom = min(line.baseline for line in lines)
        kept: list[Line] = []
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
    margins.dossier, margins.number = dossier, number
    return out, margins


# how far (points) beyond the text's right edge a line must start to stand in a column beside it
_BESIDE = 6.0
# a margin's column holds a few short lines a page; more text than this share is the text itself
_BESIDE_SHARE = 0.2
# a column beside the text, set mostly (this share of its characters) in the body's type and with
# a line filling this share of the text's measure, is the text's own second column
_BODY_TYPE_SHARE = 0.8
_TEXT_MEASURE_SHARE = 0.6


def _drop_column_beside(pages: list[list[Line]], beside: list[str]) -> list[list[Line]]:
    """The pages without the lines that start right of where the text's lines end.

    A ministry prints its letters with a narrow column at the right of every page: sender,
    "Datum ...", "Onze referentie ...", "Pagina 2 van 5". Read in with the text, each page would
    put those lines in the middle of a paragraph. The text's right edge is where the lines that
    start at its left edge end (the column's lines start elsewhere, so they never set it); no line
    of the text itself starts beyond it. The dropped lines go to `beside`, in reading order.
    """
    lines = [line for page in pages for line in page]
    if not lines:
        return pages
    starts: Counter[int] = Counter()
    for line in lines:
        starts[round(line.left)] += len(line.text)
    left = starts.most_common(1)[0][0]
    ends = sorted(line.right for line in lines if abs(line.left - left) < 2)
    edge = ends[int(0.9 * (len(ends) - 1))]  # not the longest: a line may run into the margin
    far = [line for line in lines if line.left > edge + _BESIDE]
    if sum(len(line.text) for line in far) > _BESIDE_SHARE * sum(len(line.text) for line in lines):
        return pages  # as much text beside as in it: a second column of the text, not a margin's
    if far and _text_column(far, body_size(lines), edge - left):
        return pages  # the text's second column, only partly filled (the last page of a short letter)
    beside.extend(line.text for line in far)
    return [[line for line in page if line.left <= edge + _BESIDE] for page in pages]


def _text_column(far: Sequence[Line], body: float, measure: float) -> bool:
    """Do the lines beside the text read as a column of the text itself, however little of it?

    A margin's column holds short labels in small type ("Datum", "Onze referentie", "Pagina 2
    van 5"), in a column far narrower than the text's. A second column of the text, even one
    holding no more than the rest of a table, a paragraph and the signature, is set in the
    body's type, and its running lines fill much of a measure as wide as the first column's.
    """
    chars = sum(len(line.text) for line in far)
    in_body_type = sum(len(line.text) for line in far if abs(line.size - body) < 0.5)
    widest = max(line.right - line.left for line in far)
    return in_body_type >= _BODY_TYPE_SHARE * chars and widest >= _TEXT_MEASURE_SHARE * measure


def _margin_key(text: str) -> str:
    return re.sub(r"\d+", "#", collapse_spaces(text))


def _repeated_margin_lines(pages: list[list[Line]]) -> set[str]:
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


def find_paragraphs(lines: Sequence[Line]) -> list[Paragraph]:
    body = body_size(lines)
    pitch = _pitch(lines, body)
    layout = _Layout(lines, body, pitch)
    emphasised = [is_emphasised(line, body) for line in lines]
    breaks = [True] * len(lines)
    for i in range(1, len(lines)):
        prev, cur = lines[i - 1], lines[i]
        if is_row(prev.text) or is_row(cur.text):
            continue  # a table's row is a paragraph of its own (pdf_tables.py)
        if prev.page != cur.page:
            breaks[i] = layout.ends_paragraph(prev, cur)
            continue
        delta = prev.baseline - cur.baseline
        if abs(delta) < 0.3 * min(prev.size, cur.size):
            breaks[i] = False  # one visual line that pdfium split in two
            continue
        expected = pitch * max(prev.size, cur.size) / body
        if delta < 0 and layout.column(cur) > layout.column(prev):
            # up into the next column: a paragraph goes on there as it does onto the next page
            breaks[i] = layout.ends_paragraph(prev, cur)
        elif delta < 0 or delta > expected * _PARAGRAPH_GAP:
            breaks[i] = True
        else:
            # Without a gap only the line ends tell; a heading or title wrapping over lines
            # is set ragged, even in justified text.
            wrapped = emphasised[i - 1] and emphasised[i] and layout.wraps(prev, cur)
            breaks[i] = layout.ends_paragraph(prev, cur) and not wrapped
    _set_apart_headings(lines, breaks, emphasised, layout)
    paragraphs: list[Paragraph] = []
    for i, line in enumerate(lines):
        if breaks[i] or not paragraphs:
            paragraphs.append(Paragraph([line], emphasised[i]))
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

    def __init__(self, lines: Sequence[Line], body: float, pitch: float) -> None:
        self.body = body
        self.pitch = pitch
        self.starts = _column_starts(lines)
        # Each column has its own right margin: measured against the page's widest line, every
        # line of a left column would look short. A page of a few short lines (the signature)
        # must not set it, nor a line spanning the columns (a title): the median of each page's
        # longest line that stays within its column.
        page_edges: dict[tuple[int, int], float] = {}
        for line in lines:
            column = self.column(line)
            if column + 1 < len(self.starts) and line.right > self.starts[column + 1]:
                continue
            key = (line.page, column)
            page_edges[key] = max(page_edges.get(key, line.right), line.right)
        self.edges = [
            statistics.median([edge for (_, c), edge in page_edges.items() if c == column] or [0.0])
            for column in range(len(self.starts))
        ]
        # A block of smaller or larger type may have a narrower margin of its own (pdf_measure.py),
        # keyed by the line objects themselves, which find_paragraphs and its helpers pass back.
        self.own_edges = own_measures(lines, body, self.column_edge, self.same_block)
        text_lines = [line for line in lines if abs(line.size - body) < 0.5]
        full = sum(1 for line in text_lines if line.right >= self.column_edge(line) - body / 2)
        # Ragged lines end anywhere in the last part of the measure; few come within half an em of the margin.
        self.justified = len(text_lines) >= 5 and full >= 0.5 * len(text_lines)

    def column(self, line: Line) -> int:
        """Which of the columns `line` stands in: the last one starting left of it."""
        return max(0, bisect.bisect_right(self.starts, line.left + _SAME_LEFT) - 1)

    def column_edge(self, line: Line) -> float:
        """The right margin of the column `line` stands in."""
        return self.edges[self.column(line)]

    def edge(self, line: Line) -> float:
        """The right margin `line` was set to: its column's, or its block's if that is narrower."""
        return self.own_edges.get(id(line), self.column_edge(line))

    def same_block(self, prev: Line, cur: Line) -> bool:
        """`cur` is the line under `prev` in the same type, on the same page and in the same
        column, with no more space between than between a paragraph's lines."""
        step = prev.baseline - cur.baseline
        expected = self.pitch * cur.size / self.body
        return (
            prev.page == cur.page
            and self.column(prev) == self.column(cur)
            and abs(prev.size - cur.size) < 0.5
            and 0 < step <= expected * _PARAGRAPH_GAP
        )

    def wraps(self, prev: Line, cur: Line) -> bool:
        """`cur` continues `prev` because its first word did not fit on `prev`'s line."""
        return next_word_overruns(prev, cur, self.edge(prev))

    def ends_paragraph(self, prev: Line, cur: Line) -> bool:
        if self.wraps(prev, cur):
            return False
        # "nr.", "o.a." end no sentence (pdftext.py): "(Kamerstuk 27 925, nr." / "596) ..."
        if self.justified or ends_sentence(prev.text, cur.text):
            return True
        # Ragged text set without space between paragraphs: the salutation, the "Den Haag, 9
        # september 2016" line and a signature's lines close no sentence. A line that stopped well
        # short of the margin (not just short of the next word) before a capital ended on purpose:
        # a paragraph's own lines break only where the next word did not fit.
        return self.well_short(prev, cur) and _starts_sentence(cur.text)

    def well_short(self, prev: Line, cur: Line) -> bool:
        return prev.right + next_word_width(prev, cur) + _WELL_SHORT * prev.size < self.edge(prev)


def _column_starts(lines: Sequence[Line]) -> list[float]:
    """Where the columns of the text start, left to right; one start for text in one column.

    A left edge where much of the text starts begins a column when hardly any text to its left
    runs across it: an indent or a centred line lies inside the lines of its column, a second
    column beside the first (the text's, not a margin's: drop_margins took that) does not.
    """
    weights: Counter[int] = Counter()
    for line in lines:
        weights[round(line.left)] += len(line.text)
    # lines set from one edge start a point or two apart (ink, not the pen): one edge
    edges: list[tuple[int, int]] = []  # (first x, characters)
    for x in sorted(weights):
        if edges and x - edges[-1][0] <= _SAME_LEFT:
            edges[-1] = (edges[-1][0], edges[-1][1] + weights[x])
        else:
            edges.append((x, weights[x]))
    total = sum(weights.values())
    starts: list[float] = []
    for x, chars in edges:
        if starts and chars < _CROSSING * total:
            continue
        left_of = [line for line in lines if line.left < x - _SAME_LEFT]
        crossing = sum(len(line.text) for line in left_of if line.right > x)
        if not starts or crossing <= _CROSSING * sum(len(line.text) for line in left_of):
            starts.append(float(x))
    return starts or [0.0]


def body_size(lines: Sequence[Line]) -> float:
    """The size most of the text is set in, weighted by characters."""
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size, 1)] += len(line.text)
    size = weights.most_common(1)[0][0] if weights else 10.0
    return size if size > 0 else 10.0


def _pitch(lines: Sequence[Line], body: float) -> float:
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


def _starts_sentence(text: str) -> bool:
    first = text.lstrip("«“‘\"'(")[:1]
    return first.isupper()


def _set_apart_headings(lines: Sequence[Line], breaks: list[bool], emphasised: Sequence[bool], layout: _Layout) -> None:
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
            and (ends_sentence(lines[i - 1].text, lines[i].text) or not layout.wraps(lines[i - 1], lines[i]))
        )
        if not (emphasised[i] and starts and typeset_heading(lines[i].text)):
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


def as_text(paragraphs: Sequence[Paragraph]) -> list[str]:
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
