"""Build the Comparison of two letters: align sections, diff their words, pair their facts."""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core.align import SectionMatch, align_sections, align_sentences
from viewer.core.closing import closing
from viewer.core.comparison import Change, Comparison, SectionPair
from viewer.core.document import Document, Section, Span
from viewer.core.facts.extract import Memo, extract_facts
from viewer.core.facts.pairing import pair_facts
from viewer.core.sentences import Sentence, section_sentences
from viewer.core.textdiff import WordDiffer, count_words, tokenize, word_count


def _heading_unit(section: Section) -> list[Sentence]:
    if section.heading_span is None:
        return []
    return [Sentence(section.heading, section.heading_span, section.index)]


def _unit_pairs(
    old: Section, new: Section, old_out: _Spans = (), new_out: _Spans = ()
) -> list[tuple[Sentence | None, Sentence | None]]:
    """The headings pair with each other whatever their wording; the body's sentences align, but for
    those within `old_out` and `new_out` (a signature that changed place)."""
    old_head, new_head = _heading_unit(old), _heading_unit(new)
    heads: list[tuple[Sentence | None, Sentence | None]] = []
    if old_head or new_head:
        heads.append((old_head[0] if old_head else None, new_head[0] if new_head else None))
    old_body = [s for s in section_sentences(old) if not _within(s.span, old_out)]
    new_body = [s for s in section_sentences(new) if not _within(s.span, new_out)]
    return heads + align_sentences(old_body, new_body)


_Spans = tuple[Span, ...]


def _within(span: Span, spans: _Spans) -> bool:
    return any(outer.start <= span.start < outer.end for outer in spans)


def _whole(section: Section, inserted: bool, anchor: int) -> SectionPair:
    span = section.span
    words = count_words(section.heading) + sum(count_words(p.text) for p in section.paragraphs)
    empty = Span(anchor, anchor)
    change = Change(
        empty if inserted else span, span if inserted else empty, 0 if inserted else words, words if inserted else 0
    )
    return SectionPair(
        status="added" if inserted else "removed",
        old=None if inserted else section,
        new=section if inserted else None,
        renamed=False,
        moved=False,
        similarity=0.0,
        inserted_words=words if inserted else 0,
        deleted_words=0 if inserted else words,
        changes=(change,),
    )


def _diff_pair(
    old: Section, new: Section, match: SectionMatch, differ: WordDiffer, old_out: _Spans = (), new_out: _Spans = ()
) -> SectionPair:
    changes: list[Change] = []
    equal = inserted = deleted = old_total = new_total = 0
    old_pos, new_pos = old.span.start, new.span.start
    for a, b in _unit_pairs(old, new, old_out, new_out):
        if a and b and a.text == b.text:
            # the common case: an unchanged sentence needs no tokens and no diff
            n = count_words(a.text)
            equal += n
            old_total += n
            new_total += n
            old_pos, new_pos = a.span.end, b.span.end
            continue
        old_tokens = tokenize(a.text, a.span.start) if a else []
        new_tokens = tokenize(b.text, b.span.start) if b else []
        old_anchor = a.span.start if a else old_pos
        new_anchor = b.span.start if b else new_pos
        found, same = differ.diff(old_tokens, new_tokens, old_anchor, new_anchor)
        changes.extend(found)
        equal += same
        inserted += sum(c.inserted_words for c in found)
        deleted += sum(c.deleted_words for c in found)
        old_total += word_count(old_tokens)
        new_total += word_count(new_tokens)
        if a:
            old_pos = a.span.end
        if b:
            new_pos = b.span.end
    total = old_total + new_total
    similarity = 1.0 if total == 0 else round(2 * equal / total, 4)
    return SectionPair(
        status="changed" if changes else "same",
        old=old,
        new=new,
        renamed=match.renamed,
        moved=match.moved,
        similarity=similarity,
        inserted_words=inserted,
        deleted_words=deleted,
        changes=tuple(changes),
    )


def _moved_signature(
    old: Document, new: Document, matches: Sequence[SectionMatch]
) -> tuple[tuple[int, _Spans], tuple[int, _Spans]] | None:
    """Each letter's signature (its section and paragraphs) when they stand in sections that do not
    pair with each other; None otherwise, and the signature is compared as any text is."""
    old_closing, new_closing = closing(old), closing(new)
    if old_closing is None or new_closing is None:
        return None
    if any(m.old == old_closing[0] and m.new == new_closing[0] for m in matches):
        return None
    return old_closing, new_closing


def compare_sections(old: Document, new: Document) -> tuple[SectionPair, ...]:
    differ = WordDiffer()
    pairs: list[SectionPair] = []
    old_pos = new_pos = 0
    matches = align_sections(old, new)
    moved = _moved_signature(old, new, matches)
    for match in matches:
        o = old.sections[match.old] if match.old is not None else None
        n = new.sections[match.new] if match.new is not None else None
        if o and n:
            old_out = moved[0][1] if moved and o.index == moved[0][0] else ()
            new_out = moved[1][1] if moved and n.index == moved[1][0] else ()
            pair = _diff_pair(o, n, match, differ, old_out, new_out)
        elif n:
            pair = _whole(n, inserted=True, anchor=old_pos)
        else:
            assert o is not None
            pair = _whole(o, inserted=False, anchor=new_pos)
        old_pos = o.span.end if o else old_pos
        new_pos = n.span.end if n else new_pos
        pairs.append(pair)
    return tuple(pairs)


def compare_documents(old: Document, new: Document) -> Comparison:
    sections = compare_sections(old, new)
    section_pairs = [(p.old.index if p.old else None, p.new.index if p.new else None) for p in sections]
    memo: Memo = {}  # the new letter reuses what the old one's identical sentences yielded
    facts = pair_facts(old, new, extract_facts(old, memo), extract_facts(new, memo), section_pairs)
    return Comparison(old=old, new=new, sections=sections, facts=tuple(facts))
