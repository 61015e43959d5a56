"""Finding dates: every date rule tried where a date may start, the longest reading kept, then
the compositions no single rule sees: offsets from a date ("2 weeks before Christmas"), parts of a
period ("the first week of 2021") and ranges of two dates ("Nov 18-Dec 19, 2015").
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from decimal import Decimal
from functools import lru_cache

from factdiff.extract.anchors import lead_starts
from factdiff.extract.dates import DateContext, DateReading, add_months, count_value, producer, shift_date, span
from factdiff.extract.dates import day as day_reading
from factdiff.extract.measures import MeasureReader, measure_reader, word_before
from factdiff.extract.numbers import Mention
from factdiff.extract.spans import Claimed, Span
from factdiff.extract.tense import DateTense, SentenceTense
from factdiff.model import Kind
from factdiff.rules import Rules, alternation


def find_dates(text: str, anchors: list[int], rules: Rules, anchor: dt.date | None,
                masked: Claimed) -> list[Span]:
    tense = SentenceTense(text, rules)
    date_tense = DateTense(tense)
    ctx = DateContext(rules, anchor, text, tense=date_tense)
    ctx_future = DateContext(rules, anchor, text, future=True)
    scheduled = _scheduled_before(rules)
    told = _told_reader(rules)
    found: list[Span] = []
    last = -1
    reader = measure_reader(rules)
    for a in anchors:
        if a < last or masked.inside(a):
            continue
        best: tuple[int, int, DateReading, str] | None = None
        first = a - 1 if a and text[a - 1] in "'’" else a - 2 if text[a - 2:a] in ("' ", "’ ") else a  # "the '90s"
        starts = sorted({a, first}) + lead_starts(text, first)
        for start in starts:
            future: bool | None = None           # asked once a rule matches here
            for rule in rules.date_rules_at(text, start):
                m = rule.pattern.match(text, start)
                if not m or m.end() <= a or m.end() - start <= 0:
                    continue
                if best is not None and (m.end() - start) <= (best[1] - best[0]):
                    continue
                prod = producer(rule.produce)
                if prod is None:
                    continue
                if future is None:
                    future = (tense.future(start, m.end()) or scheduled.before(text, start)
                              or scheduled.after(text, m.end())) \
                        and not told.dates_the_telling(text, start, m.end())
                date_tense.at(start, m.end())
                reading = prod(m, ctx_future if future else ctx)
                if reading is None:
                    continue
                if rule.produce == "date.bare_year" and _year_is_a_measure(text, m.start(), m.end(), reader, rules):
                    continue
                best = (start, m.end(), reading, rule.name)
        if best is None:
            continue
        s, e, r, name = best
        if found and s < found[-1].end:
            continue
        if _QUOTED_TITLE.fullmatch(text, max(0, s - 1), min(len(text), e + 2)) and text[s:e].istitle():
            continue                         # he said on “This Week”, on “Today”: a programme's title
        if text[e - 1] == "." and _letters_before(text, e - 1).lower() in _full_names(rules):
            e -= 1                           # "on 19 June.": the sentence's full stop, not an abbreviation's
        found.append(_date_span(s, e, r, f"date: {name}"))
        last = e
    dates = _parts_of_periods(text, _shift_by_offsets(text, found, rules), rules)
    return _join_date_ranges(text, _day_lists(text, dates, rules), rules, anchor)


# the whole of a quotation: “This Week”, "Today."
_QUOTED_TITLE = re.compile(r"[“\"][^“”\"]+[.,]?[”\"][^”\"]?")
_LIST_JOIN = r"(?:\s*,\s*|\s+(?:and|or|&)\s+)"
_DAY_BEFORE = re.compile(r"(?<![\w,.$])(?P<day>(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)" + _LIST_JOIN + r"\Z", re.IGNORECASE)
_DAY_AFTER = re.compile(_LIST_JOIN + r"(?P<day>(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)(?=[,.;)]|\s*\Z|\s+(?:in|at|of|to|when)\s|,?\s+\d{4})",
                        re.IGNORECASE)
_DAY_FIRST = re.compile(r"[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>[A-Za-z]+)")
_DAY_LAST = re.compile(r"(?P<month>[A-Za-z]+)\.?\s+[0-3]?\d(?:st|nd|rd|th)?")


def _day_lists(text: str, dates: list[Span], rules: Rules) -> list[Span]:
    """"on 18 and 19 June", "June 18 and 19, when": a day listed beside a dated day shares its month and
    year. After the date only before punctuation, a year or a preposition ("June 18 and 19 people")."""
    out: list[Span] = []
    months = rules.calendar["months"]
    for d in dates:
        words = text[d.start:d.end]
        single_day = d.low is None or (d.low == d.high and len(str(d.value)) == 10)
        day_first = _DAY_FIRST.match(words)
        day_last = _DAY_LAST.fullmatch(words)
        listed_before: list[Span] = []
        edge = d.start
        while single_day and day_first and day_first["month"].lower() in months:     # "the 5th, 6th and 7th of May"
            before = _DAY_BEFORE.search(text, max(0, edge - 12), edge)
            if not before or (out and out[-1].end > before.start()):
                break
            listed = _same_month(d, int(before["d"]), before.start("day"), before.end("day"))
            if listed is None:
                break
            listed_before.insert(0, listed)
            edge = before.start()
        out.extend(listed_before)
        out.append(d)
        after = _DAY_AFTER.match(text, d.end) if single_day and day_last and day_last["month"].lower() in months \
            else None
        if after:
            listed = _same_month(d, int(after["d"]), after.start("day"), after.end("day"))
            if listed:
                out.append(listed)
    return out


def _same_month(d: Span, day_: int, start: int, end: int) -> Span | None:
    if day_ < 1 or day_ > 31:
        return None
    if d.value is None:
        return Span(start, end, Kind.DATE, None, None, None, None, "exact", "date: day in a list")
    try:
        iso = dt.date.fromisoformat(str(d.value)).replace(day=day_).isoformat()
    except ValueError:
        return None
    return Span(start, end, Kind.DATE, iso, iso, iso, None, "exact", "date: day in a list")


def _letters_before(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


@lru_cache(maxsize=8)
def _full_names(rules: Rules) -> frozenset[str]:
    """Month and weekday names that are never abbreviations ("June", "Tuesday"; not "Sept", "Tue")."""
    out = set()
    for table in (rules.calendar["months"], rules.calendar["weekdays"]):
        longest: dict[int, str] = {}
        for name, n in table.items():
            if len(name) > len(longest.get(n, "")):
                longest[n] = name
        out |= set(longest.values())
    return frozenset(out)


_THAT_NEXT = re.compile(r",?\s+that(?![\w])", re.IGNORECASE)


class _Scheduled:
    """ "takes effect Jan. 1", "begins on Monday", "set the sentencing for June 28": a verb of a schedule
    right before the date, or "is the deadline" right after it (rules/calendar.toml [scheduled]). Most dates
    have none of its words near them, which a look at the words spares the pattern."""

    def __init__(self, rules: Rules) -> None:
        verbs, setting = rules.calendar["scheduled"]["verbs"], rules.calendar["scheduled"]["setting"]
        self.pattern = re.compile(r"(?<![\w])(?:(?i:" + alternation(verbs) + r")\s+(?:(?:on|in|at|from|until|through)"
                                  r"\s+)?|(?i:" + alternation(setting) + r")\s+(?:[\w'’-]+\s+){0,4}?(?:for|until|to)\s+)"
                                  r"(?:the\s+)?\Z")
        self.words = frozenset(w for phrase in verbs + setting for w in phrase.lower().split()) - _FUNCTION_WORDS
        after = rules.calendar["scheduled"].get("after", [])
        self.after_pattern = re.compile(r"[\s,]+(?i:" + alternation(after) + r")(?![\w])") if after else None

    def before(self, text: str, start: int) -> bool:
        window = max(0, start - 40)
        if _TO_BE_DONE.search(text, window, start):
            return True                          # "an interview, to be shown on Tuesday"
        if not self.words.intersection(text[window:start].lower().split()):
            return False
        return self.pattern.search(text, window, start) is not None

    def after(self, text: str, end: int) -> bool:
        return self.after_pattern is not None and self.after_pattern.match(text, end) is not None


# a passive infinitive right before the date: what is "to be shown on Tuesday" is still to come
_TO_BE_DONE = re.compile(r"(?<![\w])to\s+be\s+[a-z]+(?:ed|en|wn)\s+(?:on\s+)?\Z", re.IGNORECASE)
# words of those phrases that say nothing alone ("runs through" is known by "runs", "kicks off" by "kicks")
_FUNCTION_WORDS = frozenset({"is", "are", "in", "on", "into", "for", "to", "the", "take", "takes", "go", "goes",
                             "come", "comes", "through", "until", "off", "back"})


@lru_cache(maxsize=8)
def _scheduled_before(rules: Rules) -> _Scheduled:
    return _Scheduled(rules)


# the word before a date, and the word before that: "be" or "to" before it makes "arraigned" no past
_WORD_BEFORE_DATE = re.compile(r"(?:(?<![\w'’-])(?P<aux>[A-Za-z]+)\s+)?"
                               r"(?<![\w'’-])(?P<verb>(?!(?:on|late|early)\s)[A-Za-z]+)\s+(?:(?:on|late|early)\s+)?\Z")
_NOT_A_PAST = frozenset({"be", "been", "being", "to", "will", "would", "shall", "should", "may", "might", "can",
                         "could", "must", "get", "gets", "getting"})


class _Told:
    """A verb in the past right before a date: "said Friday", "tweeted on Friday" (rules/calendar.toml [told])."""

    def __init__(self, rules: Rules) -> None:
        told = rules.calendar["told"]
        self.irregular = frozenset(told["irregular"])
        self.not_past = frozenset(told["not_past"])

    def dates_the_telling(self, text: str, start: int, end: int) -> bool:
        """The date at start..end dates a saying, not what the sentence says is to come: a verb in the past
        right before it ("said Friday that he will"), or "that" right after it ("told HuffPost in February that
        lawmakers will add", "claims Monday that he is going to stay"); never after "to" or "will" ("scheduled
        to be arraigned Thursday", "is expected to announce Thursday that he will run")."""
        m = _WORD_BEFORE_DATE.search(text, max(0, start - 30), start)
        if m and m["aux"] and m["aux"].lower() in _NOT_A_PAST:
            return False
        if _THAT_NEXT.match(text, end):
            return True
        verb = m["verb"].lower() if m else ""
        return verb in self.irregular or (verb.endswith("ed") and verb not in self.not_past)


@lru_cache(maxsize=8)
def _told_reader(rules: Rules) -> _Told:
    return _Told(rules)


def _date_span(s: int, e: int, r: DateReading, rule: str) -> Span:
    return Span(s, e, Kind.DATE, r.value, r.low.isoformat() if r.low else None,
                r.high.isoformat() if r.high else None, None, r.qualifier if r.resolved else
                ("exact" if r.qualifier == "range" else r.qualifier), rule)


_TIME_PREPOSITION_BEFORE = re.compile(r"(?<![\w])(until|till|since|by|before|after|from|through)\s+\Z", re.IGNORECASE)


def _year_is_a_measure(text: str, s: int, e: int, reader: MeasureReader, rules: Rules) -> bool:
    """"2000 km", "$2000", "more than 2000 people": the four digits are no year."""
    m = Mention(s, e, Decimal(text[s:e]), Decimal(1), False, None, True)
    if reader.money(text, m) or reader.percent(text, m) or reader.quantity(text, m):
        return True
    q = reader.qual_before.search(text, max(0, s - 40), s)
    if q:
        p = _TIME_PREPOSITION_BEFORE.search(text, max(0, q.start() - 12), q.start())
        if p is None or p[1].lower() == "by" and word_before(text, p.start()) in reader.change_words:
            return True                     # "more than 2000 people", "rose by about 1500"; "until at least 2015"
    if reader.count(text, m):
        if 1900 <= m.value < 2100 and m.value % 50:
            return False                    # "his 2016 campaign", "GOP 2016 candidates": news writes such counts
                                            # with a comma ("2,016"); a round "2000 troops", "1950 troops" stays a count
        prev = re.search(r"([A-Za-z']+)\s+\Z", text[max(0, s - 20):s])
        return not (prev and prev.group(1).lower() in ("the", "in", "of", "since", "by", "from", "until", "'s", "its"))
    return False


_OFFSET_TEMPLATE = (r"(?<![\w])(?P<n>\d+|{COUNT_WORD}|an?|a\s+few|a\s+couple\s+of|several)\s+(?P<unit>day|week|month|year)s?"
                    r"\s+(?P<dir>before|after|from|prior\s+to)\s+\Z")


@lru_cache(maxsize=8)
def _offset_before(rules: Rules) -> re.Pattern[str]:
    return re.compile(rules.expand(_OFFSET_TEMPLATE, "extract: offsets"), re.IGNORECASE)


def _shift_by_offsets(text: str, dates: list[Span], rules: Rules) -> list[Span]:
    """"2 weeks before Christmas", "3 days after January 12th": a date moved by a stated offset."""
    out: list[Span] = []
    ctx = DateContext(rules, None, text)
    for d in dates:
        m = _offset_before(rules).search(text, max(0, d.start - 40), d.start)
        n = count_value(ctx, m["n"]) if m else None
        if m is None or n is None or not (d.value and d.low == d.high):
            out.append(d)
            continue
        sign = -1 if m["dir"].lower() in ("before", "prior to") else 1
        base = dt.date.fromisoformat(str(d.low))
        reading, _ = shift_date(base, m["unit"].lower(), sign * n)
        if reading is None or reading.low is None:
            out.append(d)
            continue
        if m["unit"].lower() in ("month", "year"):          # keep the day: "4 months from tomorrow"
            reading = day_reading(add_months(base, sign * n * (12 if m["unit"].lower() == "year" else 1)))
        out.append(_date_span(m.start(), d.end, reading, "date: offset from a date"))
    return out


_PART_TEMPLATE = (r"(?<![\w])(?:the\s+)?(?:(?P<wd>{WEEKDAY})|(?P<ord>first|last|final|second|third|fourth|fifth|"
                  r"\d{1,2}(?:st|nd|rd|th))(?:\s+(?P<n>\d+|{COUNT_WORD}))?\s+(?P<unit>day|week|month)s?)\s+of\s+\Z")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


@lru_cache(maxsize=8)
def _part_before(rules: Rules) -> re.Pattern[str]:
    return re.compile(rules.expand(_PART_TEMPLATE, "extract: parts of periods"), re.IGNORECASE)


def _parts_of_periods(text: str, dates: list[Span], rules: Rules) -> list[Span]:
    """"the first week of 2021", "the last 3 weeks of this year", "the 15th day of next month",
    "Tuesday of last week": a part of a period another date names."""
    out: list[Span] = []
    ctx = DateContext(rules, None, text)
    for d in dates:
        m = _part_before(rules).search(text, max(0, d.start - 50), d.start)
        if m is None or not (d.low and d.high):
            out.append(d)
            continue
        lo, hi = dt.date.fromisoformat(str(d.low)), dt.date.fromisoformat(str(d.high))
        part = _part_of(m, lo, hi, ctx, rules)
        if part is None:
            out.append(d)
            continue
        while out and out[-1].start >= m.start():
            out.pop()                         # "the last week" read alone before "of this month"
        out.append(_date_span(m.start(), d.end, part, "date: part of a period"))
    return out


def _part_of(m: re.Match[str], lo: dt.date, hi: dt.date, ctx: DateContext, rules: Rules) -> DateReading | None:
    from factdiff.extract.dates import add_months, day as day_reading, month as month_reading
    if m["wd"]:
        wd = rules.calendar["weekdays"].get(m["wd"].lower().rstrip("."))
        d = lo + dt.timedelta(days=(wd - lo.weekday()) % 7) if wd is not None else None
        return day_reading(d) if d and d <= hi else None
    word = m["ord"].lower()
    last = word in ("last", "final")
    k = _ORDINALS.get(word) or (int(re.sub(r"\D", "", word)) if re.sub(r"\D", "", word) else 1)
    n = count_value(ctx, m["n"]) if m["n"] else None
    unit = m["unit"].lower()
    if unit == "day":
        if n:
            return span(hi - dt.timedelta(days=n - 1), hi) if last else span(lo, lo + dt.timedelta(days=n - 1))
        d = hi if last else lo + dt.timedelta(days=k - 1)
        return day_reading(d) if d <= hi else None
    if unit == "week":
        first_monday = lo + dt.timedelta(days=(7 - lo.weekday()) % 7)
        last_sunday = hi - dt.timedelta(days=(hi.weekday() + 1) % 7)
        weeks = n or 1
        if last:
            if n is None and hi.weekday() != 6:
                # "the last week of December": the week its last Monday starts, if most of that week
                # (four days or more) is still in the period, as ISO counts a year's last week
                start = hi - dt.timedelta(days=hi.weekday())
                if (hi - start).days + 1 < 4:
                    start -= dt.timedelta(days=7)
                return span(start, start + dt.timedelta(days=6))
            return span(last_sunday - dt.timedelta(days=7 * weeks - 1), last_sunday)
        start = first_monday + dt.timedelta(weeks=(k - 1) if not n else 0)
        return span(start, start + dt.timedelta(days=7 * weeks - 1))
    if unit == "month":
        if n:
            if last:
                first = add_months(dt.date(hi.year, hi.month, 1), -(n - 1))
                return span(first, hi)
            last_m = add_months(dt.date(lo.year, lo.month, 1), n - 1)
            return span(lo, add_months(last_m, 1) - dt.timedelta(days=1))
        target = add_months(dt.date(hi.year, hi.month, 1), 0) if last else add_months(dt.date(lo.year, lo.month, 1), k - 1)
        return month_reading(target.year, target.month) if target <= hi else None
    return None


_DATE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*\Z", re.IGNORECASE)
_TO_DATE = re.compile(r"\s+(?:to|up\s+to|until|till)\s+(?:date|the\s+present(?:\s+day)?|(?:the\s+)?current\s+date)(?![\w])",
                      re.IGNORECASE)
_DATE_OPEN = re.compile(r"(?<![\w])(?P<open>between|from)\s+\Z", re.IGNORECASE)


def _borrow_year(text: str, a: Span, b: Span, rules: Rules) -> Span:
    """"Nov 18-Dec 19, 2015": the first date takes the year the second one states."""
    if re.search(r"\d{4}", text[a.start:a.end]) or not re.search(r"\d{4}", text[b.start:b.end]) or not b.low:
        return a
    months = rules.calendar["months"]
    if not (re.search(r"\d/\d", text[a.start:a.end])
            or any(w.lower() in months for w in re.findall(r"[A-Za-z]+", text[a.start:a.end]))):
        return a                            # "from next Friday to Oct 1, 2020": a day of its own, no year to take
    if a.low and a.value and len(str(a.value)) == 10:
        lo = dt.date.fromisoformat(str(a.low))
    else:                                   # unresolved (no document date): read month and day from the words
        md = re.match(r"\s*([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*\Z", text[a.start:a.end])
        mo = rules.calendar["months"].get(md.group(1).lower()) if md else None
        if md is None or mo is None:
            return a
        try:
            lo = dt.date(2000, mo, int(md.group(2)))
        except ValueError:
            return a
    blo = dt.date.fromisoformat(str(b.low))
    year = blo.year if (lo.month, lo.day) <= (blo.month, blo.day) else blo.year - 1
    try:
        moved = lo.replace(year=year)
    except ValueError:
        return a
    return Span(a.start, a.end, a.kind, moved.isoformat(), moved.isoformat(), moved.isoformat(), a.unit, a.qualifier,
                a.rule)


def _weekday_after(text: str, a: Span, b: Span, rules: Rules) -> Span:
    """"from next Monday to Friday", "Tuesday through Thursday": a bare weekday ending a range is the first
    one after the range's first day, not the one the document date alone would give."""
    wd = rules.calendar["weekdays"].get(text[b.start:b.end].lower().rstrip("."))
    if wd is None or not a.low or a.low != a.high or len(str(a.value)) != 10:
        return b
    lo = dt.date.fromisoformat(str(a.low))
    d = (lo + dt.timedelta(days=(wd - lo.weekday()) % 7 or 7)).isoformat()
    return Span(b.start, b.end, b.kind, d, d, d, b.unit, b.qualifier, b.rule)


def _join_date_ranges(text: str, dates: list[Span], rules: Rules, anchor: dt.date | None = None) -> list[Span]:
    """"between Jan 2019 and today", "from 10/1/2018 - 10/7/2018": two dates make a range; "from March
    to date", "from 2010 to the present": a date and the document's own."""
    out: list[Span] = []
    i = 0
    while i < len(dates):
        a = dates[i]
        to_date = _TO_DATE.match(text, a.end)
        opener = _DATE_OPEN.search(text, max(0, a.start - 10), a.start)
        if to_date and opener and a.low and anchor is not None and str(a.low) <= anchor.isoformat():
            out.append(Span(opener.start(), to_date.end(), Kind.DATE, None, a.low, anchor.isoformat(), None, "range",
                            "date: from a date to date"))
            i += 1
            continue
        if i + 1 < len(dates):
            b = dates[i + 1]
            gap = text[a.end:b.start]
            opener = _DATE_OPEN.search(text, max(0, a.start - 10), a.start)
            if len(gap) <= 10 and _DATE_JOIN.fullmatch(gap) and (gap.strip().lower() != "and" or opener):
                start = opener.start() if opener else a.start
                a, b = _borrow_year(text, a, b, rules), _weekday_after(text, a, b, rules)
                if a.low and b.high and str(a.low) <= str(b.high):
                    out.append(Span(start, b.end, Kind.DATE, None, a.low, b.high, None, "range", "date: range of two dates"))
                    i += 2
                    continue
                if not (a.low or b.high):
                    out.append(Span(start, b.end, Kind.DATE, None, None, None, None, "exact", "date: range of two dates"))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


# ---------------------------------------------------------------------------- numbers
