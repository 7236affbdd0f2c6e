"""The comparison as one HTML page a committee member can open or print without the viewer.

One self-contained file: the style inline, no script, nothing fetched, so it opens from an
e-mail attachment or a USB stick, offline, and shows what the viewer shows: the facts that
changed, then both letters side by side, section by section, the changed words marked. Every
word of both letters is in it once; sections without changes are folded away, not left out.
Everything taken from a letter is escaped: a letter is data, never markup.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from html import escape

from viewer import APP_NAME, __version__
from viewer.core.comparison import Comparison, SectionPair
from viewer.core.document import Document, Section, Span
from viewer.core.export.html_style import STYLE
from viewer.core.export.words import (
    fact_status,
    language_of,
    letter_name,
    letter_years,
    pair_labels,
    where,
    with_its_day,
    words,
)
from viewer.core.facts.model import Fact, FactPair
from viewer.core.review import pair_key

FACT_STATUSES = ("unchanged", "changed", "added", "removed")
# The changed stretches of each letter, sorted by start.
_Marks = tuple[list[Span], list[Span]]
# how a changed stretch of each letter is wrapped: the markup that opens it and closes it
Wrap = tuple[str, str]
DELETED: Wrap = ("<del>", "</del>")
INSERTED: Wrap = ("<ins>", "</ins>")
SECTION_COUNTS = ("same", "changed", "added", "removed", "renamed", "moved")


def marked(text: str, span: Span, marks: Iterable[Span], wrap: Wrap) -> str:
    """`text[span]`, escaped, with the parts that `marks` cover wrapped in `wrap`.

    A change can run over several paragraphs, or from a heading into the text: each piece of
    the letter takes only its own part of it. `marks` must be sorted by start.
    """
    out: list[str] = []
    pos = span.start
    for mark in marks:
        start, end = max(mark.start, pos), min(mark.end, span.end)
        if start >= end:  # before this piece, after it, or an empty anchor
            continue
        out.append(escape(text[pos:start]))
        out.append(f"{wrap[0]}{escape(text[start:end])}{wrap[1]}")
        pos = end
    out.append(escape(text[pos : span.end]))
    return "".join(out)


def section_body(doc: Document, section: Section, marks: list[Span], wrap: Wrap, heading_attributes: str = "") -> str:
    """A section's heading (an <h4>) and paragraphs, escaped, with the stretches `marks` cover wrapped."""
    parts: list[str] = []
    if section.heading_span is not None:
        parts.append(f"<h4{heading_attributes}>{marked(doc.text, section.heading_span, marks, wrap)}</h4>")
    for paragraph in section.paragraphs:
        tag = '<p class="noot">' if paragraph.is_note else "<p>"  # a footnote, set smaller
        parts.append(f"{tag}{marked(doc.text, paragraph.span, marks, wrap)}</p>")
    return "".join(parts)


def _cell(doc: Document, section: Section | None, marks: list[Span], side: str, t: dict[str, str]) -> str:
    if section is None:
        # empty on purpose: the note comes from the style sheet, so the cell holds no words the
        # letter does not have
        note = escape(t["not_in_old" if side == "old" else "not_in_new"])
        return f'<td class="{side} missing" data-note="{note}" title="{note}"></td>'
    body = section_body(
        doc, section, marks, DELETED if side == "old" else INSERTED, f' class="heading level-{section.level}"'
    )
    return f'<td class="{side}" data-section="{section.index}">{body}</td>'


def section_flags(pair: SectionPair) -> list[str]:
    return [flag for flag, on in (("renamed", pair.renamed), ("moved", pair.moved)) if on]


def section_title(pair: SectionPair, t: dict[str, str]) -> str:
    """The section's place, its status and its word counts, as the summary prints them."""
    if pair.old and pair.new and pair.renamed:
        path = f"{where(pair.old.path, t)} → {where(pair.new.path, t)}"
    else:
        section = pair.new or pair.old
        path = where(section.path, t) if section else ""
    status = [t[flag] for flag in (pair.status, *section_flags(pair))]
    sizes = f"+{pair.inserted_words} −{pair.deleted_words} {t['words']}"
    return (
        f'<h3><span class="path">{escape(path)}</span> <span class="status">{escape(", ".join(status))}</span>'
        f' <span class="counts">({escape(sizes)})</span></h3>'
    )


def section_marks(pair: SectionPair) -> _Marks:
    """The pair's changed stretches in the old letter and in the new one, each sorted."""
    return (
        sorted((c.old for c in pair.changes if len(c.old)), key=lambda s: s.start),
        sorted((c.new for c in pair.changes if len(c.new)), key=lambda s: s.start),
    )


def _section(number: int, pair: SectionPair, comparison: Comparison, t: dict[str, str]) -> str:
    old_marks, new_marks = section_marks(pair)
    row = (
        '<table class="pair"><tr>'
        + _cell(comparison.old, pair.old, old_marks, "old", t)
        + _cell(comparison.new, pair.new, new_marks, "new", t)
        + "</tr></table>"
    )
    classes = " ".join(["section", pair.status, *section_flags(pair)])
    title = section_title(pair, t)
    if pair.status == "same" and not section_flags(pair):
        return f'<details class="{classes}" id="section-{number}"><summary>{title}</summary>{row}</details>'
    return f'<section class="{classes}" id="section-{number}">{title}{row}</section>'


def _anchors(comparison: Comparison) -> dict[tuple[str, int], str]:
    """Where each letter's section is in the report, so a fact can link to it."""
    anchors: dict[tuple[str, int], str] = {}
    for number, pair in enumerate(comparison.sections):
        for side, section in (("old", pair.old), ("new", pair.new)):
            if section is not None:
                anchors[(side, section.index)] = f"#section-{number}"
    return anchors


def all_marks(comparison: Comparison) -> _Marks:
    changes = [c for pair in comparison.sections for c in pair.changes]
    return (
        sorted((c.old for c in changes if len(c.old)), key=lambda s: s.start),
        sorted((c.new for c in changes if len(c.new)), key=lambda s: s.start),
    )


def fact_text(fact: Fact | None, doc: Document, marks: list[Span], wrap: Wrap, changed: bool) -> str:
    """A fact's words; in a changed pair with the changed words marked, so that in two long
    commitment sentences the reader sees at once what differs ("155" against "180")."""
    if fact is None:
        return ""
    span = Span(fact.offset, fact.offset + len(fact.text))
    if not changed or doc.text[span.start : span.end] != fact.text:
        return escape(fact.label)
    # the words marked, then what `label` adds to them (the noun of a shared count)
    return marked(doc.text, span, marks, wrap) + escape(fact.label[len(fact.text) :])


def _fact_row(
    pair: FactPair,
    anchors: dict[tuple[str, int], str] | None,
    t: dict[str, str],
    reviewed: Collection[str] | None,
    comparison: Comparison,
    marks: _Marks,
    wraps: tuple[Wrap, Wrap],
) -> str:
    side, fact = ("new", pair.new) if pair.new else ("old", pair.old)
    assert fact is not None  # a pair has a fact on one side at least
    changed = pair.status == "changed"
    years = letter_years(comparison.old, comparison.new)
    old = fact_text(pair.old, comparison.old, marks[0], wraps[0], changed)
    new = fact_text(pair.new, comparison.new, marks[1], wraps[1], changed)
    if changed and pair.old and pair.new and pair.kind != "commitment":
        # the same words on both sides ("29 april jl." a year apart, "1 juli 2017" from "tot" to
        # "vanaf"): what differs follows them
        labels = pair_labels(pair.old, pair.new, language_of(t), years)
        old += escape(labels[0][len(pair.old.label) :])
        new += escape(labels[1][len(pair.new.label) :])
    elif not changed:
        # a date whose words do not say its day or year ("juli", "4 september jl."): that follows them
        lang = language_of(t)
        old += escape(with_its_day(pair.old, lang, years[0])[len(pair.old.label) :]) if pair.old else ""
        new += escape(with_its_day(pair.new, lang, years[1])[len(pair.new.label) :]) if pair.new else ""

    place = escape(where(fact.section, t))
    anchor = anchors.get((side, fact.section_index)) if anchors is not None else None
    if anchor:
        place = f'<a href="{anchor}">{place}</a>'
    return (
        f'<tr class="fact {pair.status}"><td class="kind">{escape(t[pair.kind])}</td>'
        f'<td class="fact-status">{escape(fact_status(pair.status, t))}</td>'
        f'<td class="old">{old}</td><td class="new">{new}</td>'
        f'<td class="where">{place}</td>{_review_cell(pair, t, reviewed)}</tr>'
    )


def _review_cell(pair: FactPair, t: dict[str, str], reviewed: Collection[str] | None) -> str:
    if reviewed is None:
        return ""
    if pair_key(pair) in reviewed:
        return f'<td class="reviewed yes">✓ {escape(t["yes"])}</td>'
    return f'<td class="reviewed no">{escape(t["no"])}</td>'


def facts_table(
    comparison: Comparison,
    t: dict[str, str],
    reviewed: Collection[str] | None,
    wraps: tuple[Wrap, Wrap] = (DELETED, INSERTED),
    links: bool = True,
) -> str:
    """The facts that changed, a row each; `links` make each section a link to it in the page."""
    shown = [pair for pair in comparison.facts if pair.status != "unchanged"]
    heading = f"<h2>{escape(t['changed_facts'])}</h2>"
    if not shown:
        return f'<section id="facts">{heading}<p class="none">{escape(t["no_facts"])}</p></section>'
    anchors = _anchors(comparison) if links else None
    names = ["col_kind", "col_status", "col_old", "col_new", "col_section"]
    if reviewed is not None:
        names.append("col_reviewed")
    columns = "".join(f'<th scope="col">{escape(t[c])}</th>' for c in names)
    marks = all_marks(comparison)
    rows = "\n".join(_fact_row(pair, anchors, t, reviewed, comparison, marks, wraps) for pair in shown)
    return (
        f'<section id="facts">{heading}<table><thead><tr>{columns}</tr></thead><tbody>{rows}</tbody></table></section>'
    )


def counts(comparison: Comparison, t: dict[str, str]) -> str:
    sections = comparison.section_counts()
    facts: Counter[str] = Counter(pair.status for pair in comparison.facts)
    section_text = ", ".join(f"{sections[k]} {t[k]}" for k in SECTION_COUNTS)
    fact_text = ", ".join(f"{facts.get(k, 0)} {fact_status(k, t)}" for k in FACT_STATUSES)
    return (
        f'<p id="section-counts">{escape(t["sections"])}: {escape(section_text)}</p>'
        f'<p id="fact-counts">{escape(t["facts"])}: {escape(fact_text)}</p>'
    )


def review_count(comparison: Comparison, t: dict[str, str], reviewed: Collection[str] | None) -> str:
    if reviewed is None:
        return ""
    differences = [pair for pair in comparison.facts if pair.status != "unchanged"]
    done = sum(1 for pair in differences if pair_key(pair) in reviewed)
    said = t["reviewed_count_one" if len(differences) == 1 else "reviewed_count"]
    return f'<p id="review-count">{escape(said.format(done, len(differences)))}</p>'


def _legend(t: dict[str, str]) -> str:
    return (
        f'<section id="legend"><h2>{escape(t["legend"])}</h2><ul>'
        f"<li><del>{escape(t['example_deleted'])}</del> {escape(t['legend_deleted'])}</li>"
        f"<li><ins>{escape(t['example_inserted'])}</ins> {escape(t['legend_inserted'])}</li>"
        f'<li><span class="missing-example"></span> {escape(t["legend_missing"])}</li>'
        f'</ul><p class="note">{escape(t["legend_same"])}</p></section>'
    )


def _letters(comparison: Comparison, t: dict[str, str], lang: str) -> str:
    heads = "".join(
        f'<th scope="col" class="{side}">{escape(t[side + "_letter"])}: {escape(letter_name(doc, lang))}'
        + (f'<br><span class="meta">{escape(doc.meta.title)}</span>' if doc.meta.title else "")
        + "</th>"
        for side, doc in (("old", comparison.old), ("new", comparison.new))
    )
    sections = "\n".join(_section(n, pair, comparison, t) for n, pair in enumerate(comparison.sections))
    nothing = ""
    if all(p.status == "same" and not section_flags(p) for p in comparison.sections):
        nothing = f'<p class="none">{escape(t["no_changes"])}</p>'
    return (
        f'<section id="sections"><h2>{escape(t["text"])}</h2>{nothing}'
        f'<table class="pair columns"><tr>{heads}</tr></table>\n{sections}\n</section>'
    )


def render_html(comparison: Comparison, lang: str = "nl", reviewed: Collection[str] | None = None) -> str:
    """The whole report, a complete HTML5 document in `lang` ("nl" or "en"); with `reviewed` (see
    review.py) the facts table says which facts the clerk ticked off."""
    t = words(lang)
    lang = "en" if lang == "en" else "nl"  # the page's language is the language of its words
    title = escape(f"{t['title']}: {letter_name(comparison.old, lang)} → {letter_name(comparison.new, lang)}")
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="{escape(f"{APP_NAME} {__version__}")}">\n'
        f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f'<header><h1 id="title">{title}</h1>\n{counts(comparison, t)}'
        f"{review_count(comparison, t, reviewed)}</header>\n"
        f"{_legend(t)}\n{facts_table(comparison, t, reviewed)}\n{_letters(comparison, t, lang)}\n"
        f'<footer class="meta">{escape(t["made_by"])} {escape(APP_NAME)} {escape(__version__)}</footer>\n'
        "</body>\n</html>\n"
    )
