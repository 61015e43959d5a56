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
from functools import lru_cache

from factdiff.extract.anchors import find_anchors
from factdiff.extract.date_spans import find_dates
from factdiff.extract.dates import UNRESOLVED, span
from factdiff.extract.spans import Claimed, Span, lower_same_length
from factdiff.extract.measures import RATIO_JOIN, Measure, elliptical_counts, join_ranges, measure_reader, shared_units
from factdiff.extract.numbers import Mention, NumberParser, number_parser
from factdiff.model import Document, Fact, Kind
from factdiff.rules import Rules, alternation, cached_rules

__all__ = ["extract_facts", "Span"]


class _Street:
    """ "1652 Park Avenue", "215 w. 34th st.": a number before a street's name (rules/identifiers.toml)."""

    def __init__(self, rules: Rules) -> None:
        self.pattern = re.compile(
            r"\d{1,5}(?![\d,.]\d)[\x20\u00a0]+(?:(?:[NSEW]\.|north|south|east|west)[\x20\u00a0]+)?"
            r"(?P<words>(?:[A-Za-z\d][\w'’.]*[\x20\u00a0]+){1,3}?)(?i:" + alternation(rules.identifiers["street_suffixes"])
            + r")(?![\w])", re.IGNORECASE)
        n = rules.numbers
        self.not_names = {w.lower() for w in list(rules.counts["stop"]) + list(rules.unit_by_symbol)} | set(
            rules.unit_by_word) | {
            w.lower() for part in ("units", "tens", "scales") for w in n.get(part, {})}

    def match(self, text: str, at: int) -> re.Match[str] | None:
        m = self.pattern.match(text, at)
        if m and not any(w.lower().rstrip(".") in self.not_names for w in m["words"].split()):
            return m
        return None


@lru_cache(maxsize=8)
def _street(rules: Rules) -> _Street:
    return _Street(rules)


@lru_cache(maxsize=8)
def _identifier_patterns(rules: Rules) -> tuple[re.Pattern[str], re.Pattern[str], list[re.Pattern[str]]]:
    cues = rules.identifiers["before"]
    spaced = [c for c in cues if not c.endswith("-")]
    glued = [c for c in cues if c.endswith("-")]
    cue = re.compile(r"(?:(?<![\w])(?P<cue>" + alternation(spaced) + r")[\x20\u00a0]?(?:No\.?\s?)?"
                     r"|(?P<glued>(?<![\w])" + alternation(glued) + r"|(?<![\w])[A-Z][A-Za-z]*[A-Z][A-Za-z]*-|(?<![\w'’-])[A-Za-z]-))\Z")
    # "the 1500 block of", "the 1300-block of"
    after = re.compile(r"\d+(?=[\x20\u00a0-](?:" + alternation(rules.identifiers["after"]) + r")(?![\w]))")
    shapes = [re.compile(s) for s in rules.identifiers["shapes"]]
    return cue, after, shapes


# "8: 30 p.m.": some copy is tokenized with a space after the colon; with a.m./p.m. it is still a time
_TIME = re.compile(r"\d{1,2}(?::\d{2}){1,2}(?:\s?[ap]\.?m\.?(?![a-z]))?"
                   r"|\d{1,2}(?:[.]\d{2}|:\x20\d{2})?\s?[ap]\.?m\.?(?![a-z])"
                   r"|\d{1,2}\s?o['’]?clock", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)
_SLASHED = re.compile(r"(\d+)/(\d+)(?![\d/])")       # "9/11", "24/7": names and shorthand, not fractions
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
    masked, shorthand = _set_aside(text, anchors, rules, out)
    # a date may start where slashed shorthand does ("on 12/14"), not inside it ("by 1/3 last year")
    inner = [(s + 1, e) for s, e in shorthand]
    dates = find_dates(text, anchors, rules, anchor, Claimed(masked + inner))
    out.extend(dates)
    taken = Claimed(masked + shorthand + [(d.start, d.end) for d in dates])
    out.extend(_find_measures(text, anchors, rules, taken))
    out.sort(key=lambda s: (s.start, s.end))
    return out


def _set_aside(text: str, anchors: list[int], rules: Rules,
               out: list[Span]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Identifiers (kept as facts) and clock times (dropped): spans no other rule may use; and slashed
    shorthand ("9/11", "24/7"), which no number may use but a date rule may read ("on 12/14")."""
    cue, after, shapes = _identifier_patterns(rules)
    masked: list[tuple[int, int]] = [(u.start(), u.end()) for u in _URL.finditer(text)] if "/" in text or "@" in text \
        else []
    shorthand: list[tuple[int, int]] = []
    last = -1
    url = Claimed(masked)
    for a in anchors:
        if a < last or not text[a].isdigit() or url.inside(a):
            continue
        t = _TIME.match(text, a)
        if t and (":" in t.group(0) or re.search(r"[ap]\.?m|clock", t.group(0), re.I)):
            masked.append((a, t.end()))
            last = t.end()
            continue
        # a shape may open a character or two before the digit: "+1-", "(202)", "( 202 )"
        opening = a - 1 if text[a - 1:a] in "+(" else a - 2 if text[a - 2:a] == "( " else a
        shape = next((m for at in sorted({max(0, opening), a}) for s in shapes if (m := s.match(text, at))), None)
        if shape:
            masked.append((shape.start(), shape.end()))
            out.append(Span(shape.start(), shape.end(), Kind.IDENTIFIER, shape.group(0), None, None, None,
                            "exact", "identifier: shape"))
            last = shape.end()
            continue
        sl = _SLASHED.match(text, a)
        if sl and (int(sl.group(2)) > 10 and int(sl.group(2)) not in (16, 32, 64, 100) or
                   int(sl.group(1)) >= int(sl.group(2))) and text[a - 1:a] != "/":
            shorthand.append((a, sl.end()))
            last = sl.end()
            continue
        found = _identifier_at(text, a, after, _street(rules), cue)
        if found:
            start, end, rule = found
            masked.append((start, end))
            out.append(Span(start, end, Kind.IDENTIFIER, text[start:end], None, None, None, "exact",
                            f"identifier: {rule}"))
            last = end
    masked.sort()
    return masked, shorthand


def _identifier_at(text: str, a: int, after: re.Pattern[str], street: _Street,
                   cue: re.Pattern[str]) -> tuple[int, int, str] | None:
    """The identifier the number at `a` is part of, as (start, end, how it is known), or None."""
    named = after.match(text, a)
    if named:
        return a, named.end(), "name after the number"           # "the 1500 block of"
    address = street.match(text, a)
    if address:
        return a, address.end(), "street address"                # "1652 Park Avenue"
    c = cue.search(text, max(0, a - 24), a)
    if c is None:
        return None
    end = a                                                      # "Boeing 737", "F-35B", "Resolution 1244-A"
    while end < len(text) and (text[end].isalnum() or (text[end] in "-./" and end + 1 < len(text)
                                                        and text[end + 1].isalnum())):
        end += 1
    return c.start(), end, "name before the number"


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
        m = _mention_at(text, a, parser)
        if m is None:
            one = reader.a_unit(text, a)          # "more than a year", "about an hour"
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
        if _in_a_name(text, m.start) or reader.in_idiom(text, m.start, m.end) or (m.words and
                                                                                  reader.is_ordinal(text, m)):
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
        ms = (half or reader.money(text, m) or reader.percent(text, m)
              or reader.percent_before(text, m, bool(measures) and measures[-1].end >= m.start - 24)
              or reader.quantity(text, m) or reader.age(text, m) or reader.tens(text, m)
              or reader.count(text, m) or Measure(m.start, m.end, Kind.NUMBER, m.value, None, None, None,
                                                  "exact", "number", precision=m.precision, scale=m.scale,
                                                  num_start=m.start, num_end=m.end))
        if taken.overlaps(ms.start, ms.end):
            if ms.kind == Kind.COUNT and ms.start == m.start and not taken.overlaps(m.start, m.end) \
                    and not taken.inside(ms.end - 1):
                ms = replace(ms, end=m.end)       # "four F-35B jets": the count is the number, the name its own
            else:
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
    return [_span_of(ms) for ms in elliptical_counts(text, shared_units(text, join_ranges(text, measures, reader)))]


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
