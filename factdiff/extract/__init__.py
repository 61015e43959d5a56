"""Extraction: a document's text -> its numeric, dated and identifier facts.

Order matters and is deliberate: identifiers and clock times are set aside first
("Resolution 1244" is no count, "2 pm" no picometre), then dates claim their spans
("June 1999"), then what is left of the numbers is read as money, percent, quantity,
count or a bare number, and neighbouring ones are joined into ranges.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from factdiff.extract.anchors import find_anchors
from factdiff.extract.date_spans import find_dates
from factdiff.extract.dates import UNRESOLVED, span
from factdiff.extract.identifiers import set_aside
from factdiff.extract.spans import Claimed, Span, lower_same_length
from factdiff.extract.measures import (RATIO_JOIN, Measure, compound_units, elliptical_counts, join_ranges, measure_reader,
                                       shared_units)
from factdiff.extract.numbers import Mention, NumberParser, number_parser
from factdiff.model import Document, Fact, Kind
from factdiff.rules import Rules, cached_rules

__all__ = ["extract_facts", "Span"]


# "5G network", "4K video", "13F filing", "3D printer": digits and a glued capital before a lower-case word
_GLUED_CODE = re.compile(r"\d+[A-Z](?=\s+[a-z]{3,})(?!\s+(?:in|on|at|and|or|to|with|by|for|as|from|than|yesterday|"
                         r"today|now|then|last|this|next|was|is|were|are|will|would|outside|inside|overnight)\b)")
_PLUS_BEFORE_WORD = re.compile(r"\+(?=[\x20\u00a0]+[A-Za-z])")   # "200+ people", not "9.8 +/- 0.1" or "2+2"
_CODE_AFTER = re.compile(r"[A-Za-z]+\d")          # "06F6", "4K2": the digits are part of a code
_ORDINAL = re.compile(r"\d+(?:,\d{3})*(?:st|nd|rd|th)(?![a-z])", re.IGNORECASE)    # "the 1,639th victim"
_SIGN = "-−"


def extract_facts(doc: Document, rules: Rules | None = None, doc_date: str | None = None,
                  prefix: str = "") -> list[Fact]:
    """Every number, date and identifier fact in `doc`, in text order, with ids `{prefix}F1`...

    `doc_date` (ISO) anchors relative dates when given; else the document's own date; else none.
    """
    rules = rules or cached_rules()
    from factdiff.extract.claims import annotate
    spans = find_spans(doc.text, rules, _anchor_date(doc_date or doc.date))
    return annotate(doc, spans, rules, prefix)


def _anchor_date(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def find_spans(text: str, rules: Rules, anchor: dt.date | None) -> list[Span]:
    """All fact spans in `text`, non-overlapping, in text order."""
    lower = lower_same_length(text)
    anchors = find_anchors(rules, lower)
    out: list[Span] = []
    masked, shorthand = set_aside(text, anchors, rules, out)
    # a date may start where slashed shorthand does ("on 12/14"), not inside it ("by 1/3 last year")
    inner = [(s + 1, e) for s, e in shorthand]
    dates = find_dates(text, anchors, rules, anchor, Claimed(masked + inner))
    out.extend(dates)
    taken = Claimed(masked + shorthand + [(d.start, d.end) for d in dates])
    out.extend(_find_measures(text, anchors, rules, taken))
    out.sort(key=lambda s: (s.start, s.end))
    return out


# ---------------------------------------------------------------------------- dates

def _find_measures(text: str, anchors: list[int], rules: Rules, taken: Claimed) -> list[Span]:
    parser = number_parser(rules)
    reader = measure_reader(rules)
    measures: list[Measure] = []
    last = -1
    for a in anchors:
        if a < last or taken.inside(a):
            continue
        if _ORDINAL.match(text, a):
            continue                              # "the 21st", "4th": ranks, not amounts
        plural = reader.plural_of_a_number(text, a)        # "hundreds of people": before "hundred" is read as 100
        m = _mention_at(text, a, parser) if plural is None else None
        if m is None:
            one = plural or reader.a_unit(text, a)         # "more than a year", "about an hour"
            if one is not None and not taken.overlaps(one.start, one.end):
                measures.append(one)
                last = one.end
            continue
        if taken.overlaps(m.start, m.end):
            m = _trim_to(m, text, parser, taken)
            if m is None:
                continue
        if _CODE_AFTER.match(text, m.end) or _GLUED_CODE.match(text, m.start):
            last = m.end
            continue
        last = m.end
        if _in_a_name(text, m.start) or reader.in_idiom(text, m.start, m.end) or (m.words and (
                reader.is_ordinal(text, m) or reader.a_period_named(text, m))):
            continue
        if m.weak and not _ratio_ahead(text, m.end, parser):     # "one in six workers" is a proportion
            ms_w = reader.money(text, m) or reader.percent(text, m) or reader.quantity(text, m)
            if ms_w is None:
                continue
        plus = _PLUS_BEFORE_WORD.match(text, m.end)
        if plus:                                  # "200+ people", "10+ years": what comes after the plus is
            m = replace(m, end=m.end + 1)         # what is counted or measured, at least that many
        half = reader.unit_and_a_half(text, m)
        if half is None and reader.half_of_a_noun(text, m):
            continue
        after_each = bool(measures) and measures[-1].end >= m.start - 24

        def read(t: str, m: Mention = m) -> Measure:
            return (half or reader.money(t, m) or reader.percent(t, m) or reader.percent_before(t, m, after_each)
                    or reader.quantity(t, m) or reader.age(t, m) or reader.tens(t, m) or reader.count(t, m)
                    or Measure(m.start, m.end, Kind.NUMBER, m.value, None, None, None, "exact", "number",
                               precision=m.precision, scale=m.scale, num_start=m.start, num_end=m.end))
        ms = read(text)
        if taken.overlaps(ms.start, ms.end):
            cut = taken.next_start(m.end - 1)
            if ms.kind == Kind.COUNT and ms.start == m.start and not taken.overlaps(m.start, m.end) \
                    and not taken.inside(ms.end - 1):
                ms = replace(ms, end=m.end)       # "four F-35B jets": the count is the number, the name its own
            elif cut is not None and not taken.overlaps(ms.start, cut):
                ms = read(text[:cut])             # "$3.9 billion a year ago": the amount, not a rate of it
            if taken.overlaps(ms.start, ms.end):
                ms = Measure(m.start, m.end, Kind.NUMBER, m.value, None, None, None, "exact", "number",
                             precision=m.precision, scale=m.scale, num_start=m.start, num_end=m.end)
        if ms.kind == Kind.NUMBER and ms.end == m.end and text[m.end:m.end + 1].isalpha():
            continue                              # "2pac", "4chan", "11alive": digits glued to a name
        if plus and ms.end > m.end:
            ms = replace(ms, qualifier="at_least", low=ms.value, high=None, core_start=ms.start,
                         rule=ms.rule + " + qualifier")
        elif plus:
            ms = replace(ms, end=m.end - 1, num_end=m.end - 1)   # "200+" alone: the plus is read as a qualifier
        ms = reader.qualify(text, ms)
        if taken.overlaps(ms.start, ms.end):
            continue
        last = max(last, ms.end)
        measures.append(ms)
    measures = join_ranges(text, compound_units(text, measures, reader), reader)
    return [_span_of(ms) for ms in elliptical_counts(text, shared_units(text, measures))]


def _span_of(ms: Measure) -> Span:
    """What a measure passes on; a score's two sides (kept in low and high) become its value."""
    if ms.kind == Kind.SCORE:                     # the tally as written: "5-4"
        return Span(ms.start, ms.end, ms.kind, f"{ms.low}-{ms.high}", None, None, ms.unit, ms.qualifier, ms.rule,
                    ms.subject, ms.precision)
    return Span(ms.start, ms.end, ms.kind, ms.value, ms.low, ms.high, ms.unit, ms.qualifier, ms.rule, ms.subject,
                ms.precision)


def _ratio_ahead(text: str, end: int, parser: NumberParser) -> bool:
    """ "one in six", "one out of a hundred": a number opens a proportion."""
    r = RATIO_JOIN.match(text, end)
    return r is not None and parser.find(text, r.end(), min(len(text), r.end() + 40)) is not None


_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?:;\"“‘'(\[—–\n-])[\x20\u00a0\t]*\Z")


def _in_a_name(text: str, start: int) -> bool:
    """A number word with a capital inside a sentence is part of a name: "Six Flags", "Robert Half",
    "Three Mile Island" (at a sentence's start, "Two Democrats" is a count)."""
    if not text[start].isupper():
        return False
    return not _OPENS_SENTENCE.search(text, max(0, start - 8), start)


def _trim_to(m: Mention, text: str, parser: NumberParser, taken: Claimed) -> Mention | None:
    """A number that runs into a date ("five 1990s"): re-read it only up to the date."""
    limit = taken.next_start(m.start)
    if limit is None or limit <= m.start:
        return None
    return parser.find(text, m.start, limit)


_A_BEFORE = re.compile(r"(?<![\w])(an?)[\x20\u00a0]+\Z", re.IGNORECASE)


def _mention_at(text: str, a: int, parser: NumberParser) -> Mention | None:
    before = _A_BEFORE.search(text, max(0, a - 4), a)
    m = None
    if before:
        m = parser.find(text, before.start(1))
    if m is None:
        m = parser.find(text, a)
    if m is None:
        return None
    # a sign right before digits: "-5 degrees", "<-30"; not "1000-5000" (a range)
    s = m.start
    if s > 0 and text[s - 1] in _SIGN and text[s].isdigit() and (s < 2 or not text[s - 2].isalnum()):
        m = replace(m, start=s - 1, value=-m.value)
    return m


def extract_text(text: str, doc_date: str | None = None, rules: Rules | None = None) -> list[Span]:
    """Spans only, for callers that have no Document (benchmarks)."""
    return find_spans(text, rules or cached_rules(), _anchor_date(doc_date))


__all__ += ["extract_text", "UNRESOLVED", "span"]
