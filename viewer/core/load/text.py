"""Letters as plain text, typically copied out of the published PDF."""

from __future__ import annotations

import codecs
from itertools import pairwise

from viewer.core import regex_cache
from viewer.core.closing import signature_line
from viewer.core.document import Document, Metadata
from viewer.core.errors import LoadError
from viewer.core.load.build import build_document, para
from viewer.core.load.cell_lines import cell_rows
from viewer.core.load.form_feeds import pages_apart
from viewer.core.load.glued_headings import split_glued_headings
from viewer.core.load.notes import closed_before_mark
from viewer.core.load.pdftext import clean_pdf_text
from viewer.core.load.side_box import sender_box_off
from viewer.core.load.side_signatures import text_signatures
from viewer.core.load.source import Source
from viewer.core.load.spaced_rows import spaced_rows
from viewer.core.load.tables import captions_as_paragraphs, tab_rows
from viewer.core.load.text_head import head_off_text
from viewer.core.load.text_tables import shaped_rows

# UTF-8 with a few bytes that are not (a "€" typed in another program and pasted in): at most this
# many such bytes, and fewer than the characters the file writes in proper UTF-8 beyond ASCII
_MAX_STRAYS = 64


def decode_text(source: Source) -> str:
    """UTF-8 (with or without BOM), UTF-32 or UTF-16 (BOM or not) or Windows-1252, in that order."""
    data = source.data
    if data.startswith(codecs.BOM_UTF8):
        return _decode(source, data[3:], "utf-8")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        # before UTF-16: UTF-32's little-endian BOM starts with UTF-16's
        return _decode(source, data, "utf-32")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(source, data, "utf-16")
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 4:
        # UTF-16 without a BOM: the NULs sit on odd (LE) or even (BE) positions
        odd = sample[1::2].count(0)
        return _decode(source, data, "utf-16-le" if odd > sample[0::2].count(0) else "utf-16-be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _utf8_with_strays(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    return _cp1252(data)


def _cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte and keeps the rest right
        return data.decode("latin-1")


def _utf8_with_strays(data: bytes) -> str | None:
    """`data` as UTF-8 whose few invalid bytes are read as Windows-1252, one by one; or None when
    the file is not UTF-8 with strays but another encoding (Windows-1252 text has hardly a valid
    UTF-8 sequence beyond ASCII, and an invalid byte at nearly every accented letter).

    Decoding all of it as Windows-1252 for one stray byte would garble every "ë" into "Ã«".
    """
    parts: list[str] = []
    pos = strays = 0
    while True:
        try:
            parts.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            bad_start, bad_end = pos + exc.start, pos + exc.end
            parts.append(data[pos:bad_start].decode("utf-8"))
            parts.append(_cp1252(data[bad_start:bad_end]))
            strays += bad_end - bad_start
            pos = bad_end
            if strays > _MAX_STRAYS:
                return None
    text = "".join(parts)
    beyond_ascii = sum(1 for c in text if ord(c) > 127) - strays
    return text if beyond_ascii > strays else None


def _decode(source: Source, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise LoadError(
            source.path,
            f"tekst is niet te lezen als {encoding} ({exc.reason})",
            f"the text cannot be read as {encoding} ({exc.reason})",
        ) from None


# a line of a printed page, in characters: copied out of a PDF, no line of the text is longer
PRINTED_LINE = 110
# the share of lines longer than a printed line that makes a file one of a paragraph per line
_LONG_SHARE = 0.2


# fewer blank lines than this share of a text's lines: no blank line sets its paragraphs apart (one
# before the notes at its end, say); in a text of at least this many lines
_BLANK_SHARE = 0.1
_FEWEST_LINES = 8

# a line that ends mid-sentence: no closing punctuation, and the next line goes on in lower case
_ENDS_CLOSED = tuple(".:;!?,)”’\"'")
# at most this share of a file's line ends may run on where each line is a paragraph (a list's
# lead-in without its colon, a heading before a lower-case line)
_RUN_ON_SHARE = 0.1


def _runs_on(line: str, following: str) -> bool:
    return not line.rstrip().endswith(_ENDS_CLOSED) and following.lstrip()[:1].islower()


def _hardly_a_blank_line(lines: list[str], filled: int) -> bool:
    """Are there hardly any blank lines between a text's lines (not counting those before and
    after it)? Copied from a PDF, a text has one between every two paragraphs."""
    at = [i for i, line in enumerate(lines) if line.strip()]
    blanks = at[-1] - at[0] + 1 - filled if at else 0
    return filled >= _FEWEST_LINES and blanks < _BLANK_SHARE * filled


def paragraph_per_line(lines: list[str]) -> bool:
    """Saved from Word as plain text ("Tekst zonder opmaak"): a paragraph per line, often with no
    blank line between them. Copied from a PDF, a text has lines no longer than a printed line,
    and most of its lines end mid-sentence. So: some lines longer than a printed line, and either
    many of them, or hardly a line that runs on into the next (a letter of short paragraphs and
    lists, where a few long lines are all its paragraphs). Or hardly a blank line between the
    lines, as where a clerk wrapped most paragraphs by hand, at some 95 characters: read as copied
    text, all of it was one paragraph (the letter lost its date)."""
    filled = [line for line in lines if line.strip()]
    if _hardly_a_blank_line(lines, len(filled)):
        return True
    long = sum(1 for line in filled if len(line.strip()) > PRINTED_LINE)
    if long == 0:
        return False
    if long >= _LONG_SHARE * len(filled):
        return True
    runs_on = sum(1 for line, following in pairwise(filled) if _runs_on(line, following))
    return runs_on <= _RUN_ON_SHARE * (len(filled) - 1)


# where a paragraph per line is wrapped by hand, a comma ends no paragraph ("... boven Irak en
# Oost-Syrië," / "waarbij de huidige ...")
_ENDS_PARAGRAPH = tuple(c for c in _ENDS_CLOSED if c != ",")
# a list item's mark: "- ", "• ", "– ", "a. ", "1. ", "1) "; each item is a paragraph of its own
_LIST_MARK = regex_cache.compile(r"\s*(?:[-•–·*]\s|(?:\d{1,2}|[a-z])[.)]\s)")
# a line wrapped by hand fills some 65 characters or more; a heading, or a list item without its
# mark ("ongeveer 130 trainers in Erbil" / "50 trainers in Bagdad"), is mostly shorter
_WRAPPED_CHARS = 60
# a sentence closed inside a line: no heading holds one
_SENTENCE_INSIDE = regex_cache.compile(r"[.!?:;][”’\"')]*\s")
# the letter's head: the addressee and the line with its place and date stand alone, whatever
# follows them (the letter must keep its date)
_ADDRESSEE = regex_cache.compile(r"\s*Aan de Voorzitter\b")
_DATE_LINE = regex_cache.compile(r"\s*(?:Den Haag|['’]s-Gravenhage),\s*\d")
# the share of a text's lines no longer than its full line; lines wrapped by hand fill it
_FULL_LINE_RANK = 0.9
# how much of a full line a line and the next word must fill, at most, for the line to have been
# ended on purpose (a heading, a paragraph's end) rather than wrapped
_ENDED_EARLY = 0.85


def _looks_like_heading(line: str, following: str) -> bool:
    """Is `line` a short line as a heading is set: a capital first, no sentence closed in it or at
    its end, and a new sentence (not a word in lower case) after it?"""
    text = line.strip()
    return (
        0 < len(text) <= _WRAPPED_CHARS
        and text[0].isupper()
        and not text.endswith(_ENDS_CLOSED)
        and _SENTENCE_INSIDE.search(text) is None
        and not following.lstrip()[:1].islower()
    )


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text was wrapped at by hand, in characters: its full line (nearly its longest),
    if that is no longer than a printed line; None where a line is a paragraph of any length."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if not lengths:
        return None
    full = lengths[int(len(lengths) * _FULL_LINE_RANK) - (len(lengths) == 1)]
    return full if full <= PRINTED_LINE else None


def _filled(line: str, following: str, width: int | None) -> bool:
    """Did `line` fill the width the text is wrapped at, so that the next line's first word would
    not have fitted on it? Then the line was wrapped, not ended on purpose."""
    words = following.split()
    return width is not None and bool(words) and len(line.strip()) + 1 + len(words[0]) > width * _ENDED_EARLY


def _ends_paragraph(line: str) -> bool:
    return line.rstrip().endswith(_ENDS_PARAGRAPH) or closed_before_mark(line)


def _wraps(line: str, following: str, after: str, running: bool, width: int | None = None) -> bool:
    """Does `line` wrap on into `following` (`after` the line after that), in a text of a paragraph
    per line? One paragraph may still be wrapped by hand (at some 65 characters): its lines end
    mid-sentence (a comma ends none: "... Oost-Syrië," / "waarbij ...") and the next goes on in
    lower case, or with a number after a line as long as a wrapped one ("... tot en met 31 december"
    / "2018 opnieuw ..."). Once wrapping, a line that ends mid-sentence goes on before a capital too
    ("... uit het Budget" / "Internationale Veiligheid (BIV)."), but never into a list's next item
    nor into a short line that looks like a heading or a signature's line: a list item has no closing
    punctuation, and ran on over the rest of its list, the next heading and its paragraph. Where most
    paragraphs are wrapped by hand (at `width`), a line that fills the width goes on before a capital
    from a paragraph's first line ("... aan de VN-missie" / "MINUSMA in Mali."). The addressee and the
    date line never run on into the next line, nor the line before them into them."""
    if not following.strip() or _LIST_MARK.match(following) or _ends_paragraph(line):
        return False
    if signature_line(following):
        return False  # a new signature: the signer's name before it ends none ("drs. C.A. van der Maat")
    if _DATE_LINE.match(line) or _DATE_LINE.match(following) or _ADDRESSEE.match(following):
        return False
    if following[:1].isspace() and (_LIST_MARK.match(line) or (running and line[:1].isspace())):
        return True  # indented under a list item's text: the item goes on ("- ... in" / "  Bagdad en Erbil")
    first = following.lstrip()[0]
    if first.islower():
        return True
    if first.isdigit():
        return running or len(line.strip()) > _WRAPPED_CHARS
    if _ADDRESSEE.match(line):
        return False  # "... der Staten-Generaal" goes on in lower case; a capital starts the next line
    if _filled(line, following, width) and (running or not _looks_like_heading(line, following)):
        return True  # the next word did not fit: a wrapped item's text goes on ("... in" / "Bagdad en Erbil")
    return running and not _looks_like_heading(following, after)


def _opens_wrapped_paragraph(lines: list[str], i: int) -> bool:
    """Is line `i` the first of a paragraph wrapped by hand up to the next blank line, in a text of
    a paragraph per line? It follows a blank line, or a line after one that did not run on into it
    (a heading right above it). The paragraph's lines run on (one of them into a word in lower case),
    the last closes it, and the first filled the width the others are wrapped at. A short first line
    without closing punctuation reads like a heading ("Sinds het begin van de inzet in oktober 2014
    hebben" / "Nederlandse F-16's ruim 2.100 vluchten ..."), but a heading does not fill the width of
    the lines under it."""
    after_blank = i == 0 or not lines[i - 1].strip()
    under_first = i == 1 or (i > 1 and not lines[i - 2].strip())  # the line above is the first of its lines
    if not (after_blank or under_first):
        return False  # (so that the lines of a paragraph are looked at twice at most, from its start)
    end = i + 1
    while end < len(lines) and lines[end].strip():
        end += 1
    run = lines[i:end]
    if len(run) < 2 or _ends_paragraph(run[0]) or not _ends_paragraph(run[-1]):
        return False
    if any(_LIST_MARK.match(line) or signature_line(line) for line in run):
        return False
    if not any(_runs_on(line, following) for line, following in pairwise(run)):
        return False
    return _filled(run[0], run[1], max(len(line.strip()) for line in run))


def _blocks_by_line(lines: list[str]) -> list[str]:
    """Each line a block of its own, as if blank lines stood between (a short line without closing
    punctuation is then a heading, a long one a paragraph); a paragraph wrapped over lines stays one."""
    out: list[str] = []
    running = False
    padded = [*lines, "", ""]
    width = _wrap_width(lines)
    for i, line in enumerate(lines):
        if not line.strip():
            running = False
            continue
        out.append(line)
        opens = not running and _opens_wrapped_paragraph(lines, i)
        running = opens or _wraps(line, padded[i + 1], padded[i + 2], running, width)
        if not running:
            out.append("")
    return out


def load_text(source: Source) -> Document:
    text = decode_text(source).replace("\r\n", "\n").replace("\r", "\n")
    # pdftotext's form feeds: running headers and footers off, the pages apart (form_feeds.py)
    lines = pages_apart(text.split("\n"))
    lines = head_off_text(lines)  # a ministry's head table: its addressee and "Den Haag, <datum>" only
    lines = sender_box_off(lines)  # later pages' sender's box beside the text, in a -layout copy
    lines = tab_rows(lines)  # a table's cells as Word saves them, tab-separated (tables.py)
    lines = text_signatures(lines)  # ministers signing side by side, lined up by spaces: a signature each
    per_line = paragraph_per_line(lines)
    lines = spaced_rows(lines)  # a table's columns lined up by spaces, as `pdftotext -layout` copies them
    lines = cell_rows(lines)  # a table copied a cell per line, down its columns or along its rows
    lines = shaped_rows(lines)  # a table's rows as copied from a PDF, or wrapped by hand (text_tables.py)
    # copied from a Word-made PDF, a heading has its paragraph right under it (glued_headings.py)
    lines = _blocks_by_line(lines) if per_line else split_glued_headings(lines)
    cleaned = clean_pdf_text(lines)
    if not cleaned.blocks:
        if not text.strip():
            raise LoadError(source.path, "geen tekst gevonden", "no text found")
        # only front matter, as the rules read it: the text is still the letter's, not nothing
        cleaned.blocks = [para(text)]
    meta = Metadata(
        path=source.path,
        format="text",
        title=cleaned.title,
        dossier=cleaned.dossier,
        number=cleaned.number,
    )
    return build_document(meta, captions_as_paragraphs(cleaned.blocks))
