"""The comparison on paper: HTML for Qt's rich-text engine, which the viewer prints (gui/printing.py).

The report of html_report.py is for browsers. Qt's QTextDocument reads only a subset of HTML
and CSS: no <del>/<ins>, no <details>, no generated content. So this page says the same with
what it does read: changed words in spans with an inline background and a strike-through or an
underline (colour is never the only cue, as on screen), a missing section as a grey cell that
says so in words, and sections without changes by their heading only, to save paper. The parts
both pages share (counts, facts table, section titles, marking) come from html_report.py.
"""

from __future__ import annotations

from collections.abc import Collection
from html import escape

from viewer import APP_NAME, __version__
from viewer.core.comparison import Comparison, SectionPair
from viewer.core.document import Document, Section, Span
from viewer.core.export.html_report import (
    Wrap,
    counts,
    facts_table,
    review_count,
    section_body,
    section_flags,
    section_marks,
    section_title,
)
from viewer.core.export.html_style import BLUE, ORANGE, blend
from viewer.core.export.words import letter_name, words

DELETED: Wrap = (f'<span style="background-color: {blend(BLUE)}; text-decoration: line-through;">', "</span>")
INSERTED: Wrap = (f'<span style="background-color: {blend(ORANGE)}; text-decoration: underline;">', "</span>")
MISSING_STYLE = "background-color: #E4E4E4; color: #5A5A5A;"
MUTED = "color: #5A5A5A;"
_TABLE = 'table width="100%" cellspacing="0" cellpadding="5"'


def _cell(doc: Document, section: Section | None, marks: list[Span], side: str, t: dict[str, str]) -> str:
    if section is None:
        note = escape(t["not_in_old" if side == "old" else "not_in_new"])
        return f'<td class="{side} missing" width="50%" style="{MISSING_STYLE}"><i>— {note} —</i></td>'
    body = section_body(doc, section, marks, DELETED if side == "old" else INSERTED)
    return f'<td class="{side}" data-section="{section.index}" width="50%" valign="top">{body}</td>'


def _section(pair: SectionPair, comparison: Comparison, t: dict[str, str]) -> str:
    title = section_title(pair, t)
    if pair.status == "same" and not section_flags(pair):
        return title  # the heading only: the text is the same in both letters
    old_marks, new_marks = section_marks(pair)
    cells = _cell(comparison.old, pair.old, old_marks, "old", t) + _cell(comparison.new, pair.new, new_marks, "new", t)
    return f'{title}<{_TABLE} class="pair" border="1" style="border-color: #C8C8C8;"><tr>{cells}</tr></table>'


def _legend(t: dict[str, str]) -> str:
    return (
        f"<h2>{escape(t['legend'])}</h2><p>"
        f"{DELETED[0]}{escape(t['example_deleted'])}{DELETED[1]} {escape(t['legend_deleted'])}<br>"
        f"{INSERTED[0]}{escape(t['example_inserted'])}{INSERTED[1]} {escape(t['legend_inserted'])}<br>"
        f'<span style="{MISSING_STYLE}">&#160;&#160;&#160;&#160;&#160;&#160;</span> '
        f"{escape(t['legend_missing_print'])}<br>"
        f'<span style="{MUTED}">{escape(t["legend_same_print"])}</span></p>'
    )


def render_print_html(comparison: Comparison, lang: str = "nl", reviewed: Collection[str] | None = None) -> str:
    """The page to print, in `lang`; with `reviewed` the facts table says which facts were ticked off."""
    t = words(lang)
    title = escape(f"{t['title']}: {letter_name(comparison.old, lang)} → {letter_name(comparison.new, lang)}")
    heads = "".join(
        f'<th width="50%" align="left">{escape(t[side + "_letter"])}: {escape(letter_name(doc, lang))}</th>'
        for side, doc in (("old", comparison.old), ("new", comparison.new))
    )
    sections = "\n".join(_section(pair, comparison, t) for pair in comparison.sections)
    nothing = ""
    if all(p.status == "same" and not section_flags(p) for p in comparison.sections):
        nothing = f"<p>{escape(t['no_changes'])}</p>"
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>\n'
        f"<h1>{title}</h1>\n{counts(comparison, t)}{review_count(comparison, t, reviewed)}\n"
        f"{_legend(t)}\n"
        f"{facts_table(comparison, t, reviewed, (DELETED, INSERTED), links=False)}\n"
        f"<h2>{escape(t['text'])}</h2>{nothing}<{_TABLE}><tr>{heads}</tr></table>\n{sections}\n"
        f'<p style="{MUTED}">{escape(t["made_by"])} {escape(APP_NAME)} {escape(__version__)}</p>\n'
        "</body></html>\n"
    )
