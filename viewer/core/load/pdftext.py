"""Turn text as it comes out of a PDF into headings and paragraphs.

Shared by the copied-text loader and the PDF loader. The artefacts it repairs are those of
the published Kamerstuk PDFs: a running footer between pages, a page's first line starting
with a space (and possibly being a heading with no blank line before it), words broken
over lines with a hyphen, and headings that are short lines set apart by blank lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from viewer.core import regex_cache
from viewer.core.closing import SIGNER_NAME, SIGNER_TITLE
from viewer.core.dutch import MONTH_NAMES
from viewer.core.load.build import Block, heading, para
from viewer.core.load.hyphens import dictionary, join_broken_lines
from viewer.core.load.notes import closed_before_mark, find_notes, mark, place_notes, unmarked
from viewer.core.load.raised_digits import raised_digits
from viewer.core.load.section_numbers import after_number, counts_on, section_number
from viewer.core.load.tables import is_row
from viewer.core.sentences import ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, closes_before
from viewer.core.textnorm import plain_spaces

FOOTER = regex_cache.compile(
    r"^\s*(?P<kamer>Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4},\s*"
    r"(?P<dossier>\d{1,3}(?: \d{3})*(?: \([A-Z0-9-]+\))?),\s*nr\.\s*(?P<nr>\d+[A-Z]?)\s*(?P<page>\d+)?\s*$"
)
PAGE_NUMBER = regex_cache.compile(r"^\s*\d{1,3}\s*$")
TITLE_START = regex_cache.compile(r"^\s*Nr\.\s*(?P<nr>\d+[A-Z]?)\s+(?P<title>.*)$")
KOP_LINES = regex_cache.compile(
    r"^\s*(Tweede Kamer der Staten-Generaal|Eerste Kamer der Staten-Generaal|Vergaderjaar \d{4}\s*[–-]\s*\d{4})\s*$"
)
DOSSIER_LINE = regex_cache.compile(r"^\s*(?P<dossier>\d{2,3} \d{3})(?:\s+(?P<title>.+))?$")
LIST_ITEM = regex_cache.compile(r"^\s*(\d{1,2}|[a-z])[).]\s")
# a bullet or a dash before a list's item ("• ongeveer 120 trainers", "– een C-130-transportvliegtuig");
# a dash also opens an aside in running text ("– zoals eerder gemeld –"), which a wrap may put first
_BULLET = regex_cache.compile(r"^\s*[•·▪◦∙]\s")
_DASH = regex_cache.compile(r"^\s*[-–—]\s")
CLOSING = ".,;:!?"
# the lines of a letter's head, also of one as a ministry sends it ("Betreft ...", "Ons kenmerk ...",
# the address "Postbus 20018")
NOT_A_HEADING = regex_cache.compile(
    r"^(Aan de |Den Haag|'s-Gravenhage|’s-Gravenhage|Datum\b|Onderwerp\b|Kenmerk\b|Betreft\b|Ons kenmerk\b"
    r"|Uw kenmerk\b|Uw brief\b|Onze referentie\b|Uw referentie\b|Postbus\b|Contactpersoon\b"
    # a signature on one line, as a paragraph per line gives it ("De Minister van Defensie, J.A. Hennis")
    r"|De (?:Minister|Staatssecretaris|Minister-President)\b[^,]*,)",
    re.I,
)
MAX_HEADING_CHARS = 90
# a signature's line, and the signer's name under it as closing.py reads it ("J.A. Hennis-Plasschaert",
# "H.G.J. Bruins Slot", "drs. C.A. van der Maat"); a function may hold commas of its own ("De Minister van
# Landbouw, Natuur en Voedselkwaliteit,"), as closing.py allows
_SIGNATURE = regex_cache.compile(r"^De (?:Minister|Staatssecretaris|Minister-President)\b[^.;:]{0,120},$")
_SIGNER = regex_cache.compile(rf"^{SIGNER_TITLE}{SIGNER_NAME}$")
MAX_HEADING_WORDS = 12
_DAY = rf"\b\d{{1,2}}\s+(?:{MONTH_NAMES})\b"
# a line that states a period or a deadline, a label and its days ("Inzetperiode 1 januari 2017 t/m 31
# december 2017", "Looptijd: 1 januari – 30 juni 2017", "Uiterlijk 1 maart 2017 ontvangt uw Kamer ..."): facts
# to be read, which a heading's words are not. A heading may name its days ("Verlenging tot en met 31
# december 2018", "Inzet van 1 januari tot 1 juli 2018", "NAVO-top Warschau 8-9 juli 2016").
_PERIOD_LABEL = r"(?:[\w-]*periode|looptijd|duur|mandaat|termijn)"
_DATED_LINE = (
    rf"\s*{_PERIOD_LABEL}\s*:?\s+(?:van\s+)?{_DAY}(?:\s+\d{{4}})?\s*(?:t/m|tot en met|tot|[–-])\s*{_DAY}"
    rf"|\s*uiterlijk\s+{_DAY}"
)


@cache
def _dated_line() -> re.Pattern[str]:
    return regex_cache.compile(_DATED_LINE, re.IGNORECASE)  # compiled when a line with a digit is first judged


def dated_line(text: str) -> bool:
    """Does the line state a period or a deadline (see above)? Only a line with a digit can."""
    return any(c.isdigit() for c in text) and _dated_line().match(text) is not None


@dataclass
class PdfText:
    """What the clean-up found: body blocks and the metadata printed around them."""

    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    dossier: str | None = None
    number: str | None = None


@dataclass
class _Line:
    text: str
    page_start: bool = False  # first line of a page in the source
    page_break_before: bool = False  # a footer or page number stood just before it
    in_list: bool = False  # one of a run of numbered lines with no blank line between: a list's item


def _lines(raw: Sequence[str], out: PdfText) -> list[_Line | None]:
    """Lines with footers removed; None marks a blank line (a paragraph break)."""
    lines: list[_Line | None] = []
    pending_break = False
    for text in raw:
        text = text.replace("\f", " ").rstrip()
        footer = FOOTER.match(text)
        if footer:
            out.dossier = out.dossier or footer.group("dossier")
            out.number = out.number or footer.group("nr")
            pending_break = True
            while lines and lines[-1] is None:
                lines.pop()
            continue
        if PAGE_NUMBER.match(text) and (pending_break or not lines or lines[-1] is None):
            pending_break = True
            while lines and lines[-1] is None:
                lines.pop()
            continue
        if not text.strip():
            if not pending_break:
                lines.append(None)
            continue
        page_start = text.startswith(" ") and not text.startswith("  ")
        lines.append(_Line(text, page_start=page_start or pending_break, page_break_before=pending_break))
        pending_break = False
    return lines


def _is_heading_text(text: str, numbered: bool = False) -> bool:
    """Does `text` read like a heading? With `numbered`, where the lines around it show it heads a
    section, a section number may go first ("1. Achtergrond", "2.1 Luchtoperaties"); otherwise
    "1. Achtergrond" is a list's item. A note's number set apart after its end is no part of it: a
    sentence that cites a note ("... begin 2019 toegaan.³") is no heading."""
    text = unmarked(text).strip()
    if not text or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    if numbered and section_number(text) is not None:
        text = after_number(text)
    if text[-1] in CLOSING or LIST_ITEM.match(text) or NOT_A_HEADING.match(text) or closed_before_mark(text):
        return False
    if " | " in text:
        return False  # a table's row, as the loaders set one out ("Erbil | ongeveer 60")
    if dated_line(text):
        return False
    first = text[0]
    if not (first.isupper() or (first == "(" and len(text) > 1 and text[1].isalpha())):
        return False
    return any(c.isalpha() for c in text)


# Abbreviations end in a full stop but not a sentence ("(Kamerstuk 27 925, nr." goes on with "596)"):
# the sentence splitter's list. Those that often close a sentence as well ("in juni jl. De operatie",
# "met de VS. Nederland") end one unless the next line starts with a number or in lower case.
def ends_sentence(text: str, following: str = "") -> bool:
    """Does the line close its sentence (`following`, the line after it, if there is one)?"""
    text = unmarked(text).rstrip()
    if not text.rstrip("»”’\"')").endswith((".", "?", "!", ":")):
        return False
    raw = text.split()[-1].lstrip("([«\"'“‘").rstrip(".")
    last = raw.casefold()
    if last in SENTENCE_FINAL_ABBREVIATIONS:
        next_start = following.strip()[:1]
        # "op 19 augustus jl." goes on with "(Kamerstuk ...)" as with a number or a word in lower case
        return closes_before(raw, following.strip()) and not (
            next_start.isdigit() or next_start.islower() or next_start == "("
        )
    return last not in ABBREVIATIONS


# the share of a text's lines shorter than a full line (most lines of running text fill it)
_FULL_LINE_RANK = 0.9
# how much of a full line a line and the next word must fill, at most, to be sure the next word would
# have fitted: copied text counts characters, and a line of wide ones holds fewer of them
_SURELY_FITS = 0.85


def _full_line(lines: Sequence[_Line | None]) -> int:
    """The length of a full line of the text, in characters."""
    lengths = sorted(len(line.text.strip()) for line in lines if line is not None)
    return lengths[int(len(lengths) * _FULL_LINE_RANK)] if lengths else 0


def _ended_early(text: str, following: str, full_line: int) -> bool:
    """Did the line end where the next line's first word would still have fitted on it? Then
    the line was ended on purpose (a heading, a paragraph's end), not wrapped."""
    words = following.split()
    return bool(words) and len(text.strip()) + 1 + len(words[0]) <= full_line * _SURELY_FITS


def _heading_at_page_foot(before: list[_Line] | None, current: list[_Line], line: _Line, full_line: int) -> bool:
    """Is `current` a heading on the last line of a page (after the block `before`), `line` the first
    of the next? The footer between them took the blank line after the heading with it; a numbered
    one ("2. Militaire bijdrage") heads a section where the lines around it show so."""
    return (
        len(current) == 1
        and _is_heading_text(current[0].text, _heads_section(before, current[0], line.text))
        and not line.text.strip()[:1].islower()
        and _ended_early(current[0].text, line.text, full_line)
    )


def _marked_item(text: str) -> bool:
    """Does the line start with a list's mark: a number, a letter, a bullet or a dash?"""
    return any(mark.match(text) for mark in (LIST_ITEM, _BULLET, _DASH))


def _starts_item(current: Sequence[_Line], line: _Line) -> bool:
    """Does `line` start a list's item, a paragraph of its own, within the lines `current`? A numbered
    line or a bullet always does; a dash where the line before closed ("... in Noord-Irak;", "De inzet
    omvatte:") or the lines before are an item already, not inside a sentence, where it opens an aside."""
    if LIST_ITEM.match(line.text) or _BULLET.match(line.text):
        return True
    if not _DASH.match(line.text):
        return False
    return current[-1].text.rstrip()[-1:] in ".;:!?" or _marked_item(current[0].text)


def _signature_ends(current: Sequence[_Line], line: _Line) -> bool:
    """Does a signature end before `line`? A signer's name under its signature's line ends the
    paragraph, and a signature's line ("De Minister van Defensie,") starts one after a name or a
    closed sentence; also across a page break, where two signatures ran into one paragraph ("De
    Minister van Defensie, J.A. Hennis-Plasschaert De Minister van Veiligheid en Justitie, ...")."""
    last = current[-1].text.strip()
    if len(current) >= 2 and _SIGNER.match(last) and _SIGNATURE.match(current[-2].text.strip()):
        return True
    return _SIGNATURE.match(line.text.strip()) is not None and (_SIGNER.match(last) is not None or ends_sentence(last))


def _raw_blocks(lines: list[_Line | None]) -> list[list[_Line]]:
    """Group lines into blocks at blank lines, and split off page-start headings and headings
    at a page's foot."""
    full_line = _full_line(lines)
    blocks: list[list[_Line]] = []
    current: list[_Line] = []
    for i, line in enumerate(lines):
        if line is None:
            if current:
                blocks.append(current)
                current = []
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            line.page_start
            and current
            and ends_sentence(current[-1].text, line.text)
            and _is_heading_text(line.text)
            and nxt is None
        ):
            blocks.append(current)
            current = []
        if (
            line.page_break_before
            and current
            and ends_sentence(current[-1].text, line.text)
            and not line.text.strip()[:1].islower()
        ):
            # The page break fell between two paragraphs: a new page starts a new paragraph
            # only when the last one closed its sentence.
            blocks.append(current)
            current = []
        if current and _signature_ends(current, line):
            blocks.append(current)
            current = []
        if line.page_break_before and _heading_at_page_foot(blocks[-1] if blocks else None, current, line, full_line):
            blocks.append(current)
            current = []
        if current and (is_row(line.text) or is_row(current[-1].text)):
            blocks.append(current)  # a table's row is a paragraph of its own, also across a page break
            current = []
        if current and _starts_item(current, line):
            line.in_list = True
            if _marked_item(current[0].text):
                current[0].in_list = True
            blocks.append(current)  # each item is a paragraph of its own
            current = []
        current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _numbered_heading(blocks: Sequence[list[_Line]], k: int) -> bool:
    """May block `k`, one line, be a numbered heading ("1. Achtergrond", "2.1 Luchtoperaties")? Not
    when it is a list's item: one of a run of numbered lines (in one block, or a line each, as a
    paragraph per line gives them: "1. Foo" / "2. Bar"), or after a lead-in ending in ":". A heading
    heads something: a paragraph, or its first subheading ("2. Inzet" / "2.1 Luchtoperaties"); and
    a list's items count on from each other, a heading does not from the list before it ("2. Inzet"
    after the items "1. ..." and "2. ...")."""
    if len(blocks[k]) != 1 or k + 1 >= len(blocks):
        return False
    return _heads_section(blocks[k - 1] if k else None, blocks[k][0], blocks[k + 1][0].text)


def _heads_section(before: Sequence[_Line] | None, line: _Line, following: str) -> bool:
    """May the numbered `line`, after the block `before` and before the line `following`, head a
    section (see `_numbered_heading`)?"""
    if section_number(line.text) is None or line.in_list:
        return False
    if before is not None and (before[-1].text.rstrip().endswith(":") or counts_on(before[0].text, line.text)):
        return False
    return not counts_on(line.text, following)


def _join_lines(block: list[_Line], words: set[str]) -> str:
    """The block's lines as one text, a word broken over lines joined again (hyphens.py)."""
    return join_broken_lines([line.text for line in block], words)


def _in_capitals(texts: Sequence[str]) -> bool:
    """Words in capitals only, as a letter's title is set ("ONTWIKKELINGSSAMENWERKING")."""
    joined = "".join(texts)
    return any(c.isalpha() for c in joined) and not any(c.islower() for c in joined)


def _take_front_matter(blocks: list[list[_Line]], out: PdfText) -> list[list[_Line]]:
    """Move the kamerstuk header and the 'Nr. 597 BRIEF VAN ...' title into metadata.

    They sit among the first few blocks; anything else there (a note someone typed above the
    letter) stays body text.
    """
    rest: list[list[_Line]] = []
    for k, block in enumerate(blocks):
        texts = [line.text for line in block]
        if out.title is not None and _in_capitals(texts):
            # the title ran on in capitals, set apart where a line of it ended early
            out.title = f"{out.title} {' '.join(' '.join(texts).split())}"
            continue
        if k >= 6 or out.title is not None:
            rest.extend(blocks[k:])
            break
        if all(KOP_LINES.match(t) for t in texts):
            continue
        dossier = DOSSIER_LINE.match(texts[0])
        if dossier and len(texts) <= 2 and not out.number:
            out.dossier = out.dossier or dossier.group("dossier")
            continue
        title = TITLE_START.match(texts[0])
        if title:
            out.number = out.number or title.group("nr")
            joined = " ".join([title.group("title")] + [t.strip() for t in texts[1:]])
            out.title, rest_of_block = _title_and_text(" ".join(joined.split()))
            if rest_of_block:
                rest.append([_Line(rest_of_block)])
            continue
        rest.append(block)
    return rest


# a title longer than this is a title with the letter run on after it (a letter on one line)
_LONGEST_TITLE = 400
_CAPITALS = regex_cache.compile(r"^[^a-z\u00df-\u00ff]*(?=\s[^\s]*[a-z\u00df-\u00ff])")


def _title_and_text(title: str) -> tuple[str | None, str]:
    """The title, and the text that ran on after it where no line break set the two apart: the
    title is in capitals ("BRIEF VAN DE MINISTERS ..."), the text after it is not."""
    if len(title) <= _LONGEST_TITLE:
        return title or None, ""
    capitals = _CAPITALS.match(title)
    if capitals is None or not capitals.group().strip():
        return None, title  # no title to tell apart: all of it is text
    return capitals.group().strip(), title[capitals.end() :].strip()


def _take_notes(raw: Sequence[str]) -> tuple[list[str], dict[int, list[str]]]:
    """The lines without the footnotes at the foot of each page, the numbers citing them set
    apart; and the notes' lines by number (notes.py). A page ends at its running footer, or where
    the next page's first line starts with a space."""
    out: list[str] = []
    notes: dict[int, list[str]] = {}
    page: list[str] = []

    def close_page() -> None:
        end = len(page)
        while end and not page[end - 1].strip():
            end -= 1
        # superscript digits ("toegaan.¹") are raised numbers, as a PDF's (raised_digits.py)
        texts, raised = raised_digits(page[:end])
        found = find_notes(texts, max(notes, default=0), raised, after_cited=True)
        if found is None:
            out.extend(page)
        else:
            out.extend(
                mark(texts[i], found.markers[i]) if i in found.markers else text
                for i, text in enumerate(page[: found.start])
            )
            notes.update(found.notes)
        page.clear()

    for text in raw:
        if FOOTER.match(text):
            close_page()
            out.append(text)
            continue
        if text.startswith(" ") and not text.startswith("  "):
            close_page()
        page.append(text)
    close_page()
    return out, notes


def _plain_line(text: str) -> str:
    """A line with plain spaces (textnorm.plain_spaces): "Den\u00a0Haag, ..." is the date line and
    "..., 27\u00a0925, nr. 597" the running footer. A soft hyphen ending the line marks a word broken
    there: a hyphen, for the joining rules to take out."""
    if "\u00ad" in text:
        stripped = text.rstrip()
        if stripped.endswith("\u00ad"):
            text = stripped[:-1] + "-"
    return plain_spaces(text)


def _signed(last: tuple[list[str], bool], text: str) -> bool:
    """Is `text` the name under the signature line that `last` (pieces, is_heading) ends with?"""
    pieces, is_head = last
    if is_head or _SIGNER.match(text) is None:
        return False
    return _SIGNATURE.match(unmarked(pieces[-1]).strip()) is not None


def clean_pdf_text(raw_lines: Sequence[str], notes: dict[int, list[str]] | None = None) -> PdfText:
    """Headings and paragraphs of text as a PDF gives it; `notes`, the footnotes the PDF loader
    took off its pages (their numbers set apart in the lines, see notes.py)."""
    out = PdfText()
    raw_lines, found = _take_notes([_plain_line(text) for text in raw_lines])
    notes = {**(notes or {}), **found}
    lines = _lines(raw_lines, out)
    words = dictionary([line.text for line in lines if line is not None])
    blocks = _take_front_matter(_raw_blocks(lines), out)
    if out.title is not None:
        out.title = unmarked(out.title)
    # (the blocks a text is made of, is_heading): a paragraph that runs on over blocks is joined
    # once at the end, not grown block by block (a list of thousands of items would be quadratic)
    texts: list[tuple[list[str], bool]] = []
    for k, block in enumerate(blocks):
        joined = _join_lines(block, words)
        if texts and _signed(texts[-1], joined):
            # the signer's name on a line of its own is the signature's, never a heading
            texts[-1][0].append(joined)
            continue
        is_head = len(block) == 1 and _is_heading_text(joined, numbered=_numbered_heading(blocks, k))
        if texts and not is_head and not texts[-1][1]:
            pieces = texts[-1][0]
            last = unmarked(pieces[-1])
            unfinished = last and last[-1] not in CLOSING + ")»”"
            # a list's item runs on over a blank line, but never into the next item
            if (
                unfinished
                and (LIST_ITEM.match(pieces[0]) or joined[:1].islower())
                and not _marked_item(joined)
                and not is_row(joined)
                and not is_row(last)
            ):
                pieces.append(joined)
                continue
        texts.append(([joined], is_head))
    out.blocks = [heading(" ".join(t)) if h else para(" ".join(t)) for t, h in texts]
    if notes:
        joined_notes = {n: _join_lines([_Line(t) for t in note if t.strip()], words) for n, note in notes.items()}
        out.blocks = place_notes(out.blocks, joined_notes)
    return out
