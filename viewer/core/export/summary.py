"""The readable summary `main.py compare` prints: what changed, one line each, Dutch or English."""

from __future__ import annotations

from viewer.core.comparison import Comparison, SectionPair
from viewer.core.document import Document, Section
from viewer.core.export.words import TEXT, fact_status, letter_years, long_date, pair_labels, with_its_day
from viewer.core.export.words import where as _where
from viewer.core.facts.snippet import change_snippets

# shared with the CSV and the HTML report, so that every export calls things by the same names
_TEXT = TEXT


def _describe(doc: Document, t: dict[str, str], lang: str) -> str:
    meta = doc.meta
    parts = [meta.path]
    if meta.number:
        parts.append(f"{t['nr']} {meta.number}")
    if meta.date:
        parts.append(long_date(meta.date, lang))  # "9 september 2016", as the letters and the report
    return ", ".join(parts)


def _heading(section: Section | None, t: dict[str, str]) -> str:
    return _where(section.path, t) if section else "-"


def section_line(pair: SectionPair, t: dict[str, str]) -> str:
    flags = [t[pair.status]]
    if pair.renamed:
        flags.append(t["renamed"])
    if pair.moved:
        flags.append(t["moved"])
    status = ", ".join(flags)
    if pair.old and pair.new and pair.renamed:
        where = f"{_heading(pair.old, t)}  →  {_heading(pair.new, t)}"
    else:
        where = _heading(pair.new or pair.old, t)
    counts = f"+{pair.inserted_words} −{pair.deleted_words} {t['words']}"
    return f"  {status:<28} {where}  ({counts})"


def fact_lines(comparison: Comparison, t: dict[str, str], lang: str = "nl") -> list[str]:
    """One line per fact a clerk must see: changed (with the old value), new, dropped. A changed
    commitment shows the words that changed, not two sentences of a paragraph each."""
    lines = []
    old_year, new_year = letter_years(comparison.old, comparison.new)
    for pair in comparison.facts:
        old, new = pair.old, pair.new
        if pair.status == "changed" and old and new:
            if pair.kind == "commitment":
                was, now = change_snippets(old.label, new.label)
            else:
                was, now = pair_labels(old, new, lang, (old_year, new_year))
            what = f"{now}  ({t['was']}: {was})"
        # a date whose words do not say its day or year says it after them: "nieuw: juli (juli 2017)"
        elif pair.status == "added" and new:
            what = f"{fact_status('added', t)}: {with_its_day(new, lang, new_year)}"
        elif pair.status == "removed" and old:
            what = f"{fact_status('removed', t)}: {with_its_day(old, lang, old_year)}"
        else:
            continue
        fact = new or old
        assert fact is not None
        # what says how the fact changed ("was: ...", "nieuw: ...", "vervallen: ..."): no status column
        lines.append(f"  {t[pair.kind]:<11} {what}  [{_where(fact.section, t)}]")
    return lines


def _fact_counts(comparison: Comparison) -> dict[str, int]:
    counts = dict.fromkeys(("unchanged", "changed", "added", "removed"), 0)
    for pair in comparison.facts:
        counts[pair.status] += 1
    return counts


def render_summary(comparison: Comparison, lang: str = "nl") -> str:
    t = _TEXT.get(lang, _TEXT["nl"])
    counts = comparison.section_counts()
    lines = [
        f"{t['title']}: {_describe(comparison.old, t, lang)}  →  {_describe(comparison.new, t, lang)}",
        f"{t['sections']}: "
        + ", ".join(f"{counts[k]} {t[k]}" for k in ("same", "changed", "added", "removed", "renamed", "moved")),
        f"{t['facts']}: " + ", ".join(f"{n} {fact_status(k, t)}" for k, n in _fact_counts(comparison).items()),
    ]
    # without its own date a letter's "20 juni jl." is no day: say so, rather than drop it unseen
    for doc, which in ((comparison.old, "no_date_old"), (comparison.new, "no_date_new")):
        if doc.meta.date is None:
            lines.append(t["no_date"].format(t[which]))
    lines.append("")
    shown = [p for p in comparison.sections if p.status != "same" or p.renamed or p.moved]
    lines.extend(section_line(p, t) for p in shown)
    if not shown:
        lines.append(f"  {t['no_changes']}")
    lines.append("")
    lines.append(f"{t['facts']}:")
    fact_text = fact_lines(comparison, t, lang)
    lines.extend(fact_text or [f"  {t['no_facts']}"])
    return "\n".join(lines) + "\n"
