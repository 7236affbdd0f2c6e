"""A ministry's letter head on a PDF's first page: the addressee and "Den Haag, <datum>" for it.

The head table of a ministry's Word letter, made into a PDF, prints the addressee, the Kamer's
address, "Datum", "Betreft" and "Ons kenmerk" beside their values, and maybe the sender's column
at the right (printed_head.py says what is the head and what of it stays). Read as text, it added
some fifteen words to the letter's opening and the sender's address made sections of its own
(qa15 D3, D4). Run on the first page before its notes are taken, so that the head's lines never
count as the page's text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from viewer.core.load.pdf_lines import Line
from viewer.core.load.printed_head import HeadLine, find_head
from viewer.core.textnorm import collapse_spaces

# ems right of the text's left edge where a line is set in: a wrapped value in the head's value
# column, or the sender's column (a paragraph's first-line indent is one or two)
_SET_IN = 3.0


def _left_edge(lines: list[Line]) -> float:
    """Where most of the page's text starts."""
    starts: Counter[int] = Counter()
    for line in lines:
        starts[round(line.left)] += len(line.text)
    return float(starts.most_common(1)[0][0])


def head_off(pages: list[list[Line]]) -> list[list[Line]]:
    """The pages with the first page's letter head replaced by its addressee and a line "Den Haag,
    28 juni 2019"; as they are when the first page opens with no such head."""
    if not pages or not pages[0]:
        return pages
    first = pages[0]
    left = _left_edge(first)
    # top down, and left to right on one baseline (the sender's column beside the addressee)
    order = sorted(range(len(first)), key=lambda i: (-round(first[i].baseline), first[i].left))
    heads = [HeadLine(collapse_spaces(first[i].text), first[i].left > left + _SET_IN * first[i].size) for i in order]
    head = find_head(heads)
    if head is None:
        return pages
    dropped = {order[k] for k in range(head.end)}
    top = first[order[0]]
    made: list[Line] = []
    if head.addressee is not None and head.addressee_at is not None:
        made.append(replace(first[order[head.addressee_at]], text=head.addressee, words=(), raised=()))
    # where the "Datum" line stood, at the text's left edge: apart from the addressee and the text
    datum = next((first[i] for i in order[: head.end] if first[i].text.startswith("Datum")), top)
    made.append(replace(datum, text=head.date_line, left=left, words=(), raised=(), styled=False))
    rest = [line for i, line in enumerate(first) if i not in dropped]
    return [made + rest, *pages[1:]]
