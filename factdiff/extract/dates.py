"""Dates: the spans the rules in rules/dates.toml find, resolved to intervals.

Partial and relative dates ("January", "last week", "two days ago") are resolved against the
document's date, preferring the past as news is written; with no document date they stay
unresolved (value, low and high None). Nothing here reads the clock.
"""
from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable

from factdiff.extract.measures import word_before
from factdiff.extract.tense import DateTense
from factdiff.rules import Rules, alternation

Date = dt.date


@dataclass(frozen=True, slots=True)
class DateReading:
    """What a date span means: an interval at a stated precision (None bounds = unresolved)."""

    value: str | None
    low: Date | None
    high: Date | None
    qualifier: str = "exact"

    @property
    def resolved(self) -> bool:
        return self.low is not None and self.high is not None


UNRESOLVED = DateReading(None, None, None)

Producer = Callable[[re.Match[str], "DateContext"], DateReading | None]
_PRODUCERS: dict[str, Producer] = {}


def production(name: str) -> Callable[[Producer], Producer]:
    """Register a date producer under the name rules/dates.toml uses in `produce`."""
    def deco(fn: Producer) -> Producer:
        _PRODUCERS[name] = fn
        return fn
    return deco


def producer(name: str) -> Producer | None:
    return _PRODUCERS.get(name)


@dataclass(frozen=True, slots=True)
class DateContext:
    rules: Rules
    anchor: Date | None       # the document date, or None
    text: str                 # the original text (case matters for "May" vs "may")
    future: bool = False      # the sentence speaks of the future ("will be held on June 5")
    # the tense of the date being read, asked only of a date without a year (it costs a look at the sentence's
    # words): "gives Congress until Feb. 8", told on January 23, is the coming one
    tense: DateTense | None = None


# ---------------------------------------------------------------- interval helpers

def month_end(y: int, m: int) -> Date:
    return Date(y, m, calendar.monthrange(y, m)[1])


def day(d: Date, qualifier: str = "exact") -> DateReading:
    return DateReading(d.isoformat(), d, d, qualifier)


def month(y: int, m: int) -> DateReading:
    return DateReading(f"{y:04d}-{m:02d}", Date(y, m, 1), month_end(y, m))


def year(y: int) -> DateReading:
    return DateReading(f"{y:04d}", Date(y, 1, 1), Date(y, 12, 31))


def span(lo: Date, hi: Date, qualifier: str = "range") -> DateReading | None:
    if hi < lo:
        return None
    return DateReading(None, lo, hi, qualifier)


def add_months(d: Date, n: int) -> Date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return Date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def safe_date(y: int, m: int, d: int) -> Date | None:
    try:
        return Date(y, m, d)
    except ValueError:
        return None


def month_number(ctx: DateContext, m: re.Match[str], group: str) -> int | None:
    name = m.group(group)
    if name is None:
        return None
    key = name.lower().rstrip(".")
    months: dict[str, int] = ctx.rules.calendar["months"]
    if key not in months:
        return None
    with_number = any(m.groupdict().get(g) for g in ("d", "y", "dw"))
    if key in ctx.rules.calendar["ambiguous"]["months"] and not name[0].isupper() and (
            not with_number and not _month_in_lower_case(ctx, m.start(group), m.end(group))
            or with_number and _measured_after(ctx, m.end())):
        return None           # "you may", "a march", "march 20 miles"; "on may 5", "14 nov" are dates
    return months[key]


# lower-cased copy: "an aneurysm in march but", "since may." (not "what is in may surprise you")
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[,.;:)]|\Z|(?:but|and|or|when|while|that|of|to|after|before|as|for|with|the|at|on|"
                             r"in|amid|because|last|this|next)(?![\w]))")


def _introduced(ctx: DateContext, start: int, lower_case: bool = False) -> bool:
    """A word that introduces a date right before `start` ("in May", "since may", "mid-March")."""
    before = ctx.text[max(0, start - 12):start].replace("-", " ").split()
    ambiguous = ctx.rules.calendar["ambiguous"]
    word = before[-1].lower() if before else ""
    return word in ambiguous["introduced_by"] and not (lower_case and word in ambiguous["not_in_lower_case"])


def _month_in_lower_case(ctx: DateContext, start: int, end: int) -> bool:
    return _introduced(ctx, start, lower_case=True) and _CLAUSE_GOES_ON.match(ctx.text, end) is not None


_NEXT_WORD = re.compile(r"\s*([a-z]+)")


def _measured_after(ctx: DateContext, end: int) -> bool:
    """The number after a lower-case month name measures something ("they march 20 miles"): a verb, not a date."""
    w = _NEXT_WORD.match(ctx.text, end)
    return w is not None and w[1] in ctx.rules.unit_by_word


def ordinal_value(ctx: DateContext, word: str | None) -> int | None:
    if not word:
        return None
    w = re.sub(r"[\s-]+", " ", word.lower())
    ords: dict[str, int] = ctx.rules.numbers["ordinals"]
    if w in ords:
        return ords[w]
    parts = w.split(" ")
    if len(parts) == 2 and parts[0] in ("twenty", "thirty") and parts[1] in ords:
        return (20 if parts[0] == "twenty" else 30) + ords[parts[1]]
    return None


def count_value(ctx: DateContext, word: str) -> int | None:
    w = re.sub(r"[\s-]+", " ", word.lower().strip())
    if w.isdigit():
        return int(w)
    if w in ("a", "an"):
        return 1
    if w in ("a few", "few", "several"):
        return 3
    if w in ("a couple of", "couple of", "couple"):
        return 2
    units: dict[str, int] = ctx.rules.numbers["units"]
    tens: dict[str, int] = ctx.rules.numbers["tens"]
    total = 0
    for p in w.split(" "):
        if p in units:
            total += units[p]
        elif p in tens:
            total += tens[p]
        else:
            return None
    return total


def day_of(ctx: DateContext, m: re.Match[str], digits: str = "d", word: str = "dw") -> int | None:
    """The day of the month a rule matched, in digits ("15th") or words ("fifteenth")."""
    g = m.groupdict()
    if g.get("dc"):
        return count_value(ctx, g["dc"])     # a cardinal in words, "twenty five January ..."
    return int(g[digits]) if g.get(digits) else ordinal_value(ctx, g.get(word))


def year_of(text: str | None, ctx: DateContext | None = None) -> int | None:
    """A year in four digits, or (given the context's number words) in words."""
    if not text or len(text) == 2:
        return None
    if text.isdigit():
        return int(text)
    return year_in_words(ctx, text) if ctx is not None else None


def year_in_words(ctx: DateContext, text: str) -> int | None:
    """ "nineteen eighty-six" 1986, "nineteen hundred ninety three" 1993, "nineteen oh five" 1905,
    "two thousand and fifteen" 2015 (the forms of the YEAR_WORDS pattern)."""
    words = re.sub(r"[\s-]+", " ", text.lower()).split()
    if words[:2] == ["two", "thousand"]:
        base, rest = 2000, words[2:]
    else:
        century = count_value(ctx, words[0])
        if century is None:
            return None
        base, rest = century * 100, words[1:]
        if rest[:1] in (["hundred"], ["oh"]):
            rest = rest[1:]
    if rest[:1] == ["and"]:
        rest = rest[1:]
    tail = count_value(ctx, " ".join(rest))
    return base + tail if tail is not None else None


def resolve_month_year(ctx: DateContext, mo: int) -> int | None:
    """The year of a month named without one: the latest one begun by the document date, or (in a
    sentence about the future) the next one not yet over."""
    if ctx.anchor is None:
        return None
    if ctx.future:
        return ctx.anchor.year if mo >= ctx.anchor.month else ctx.anchor.year + 1
    if mo != ctx.anchor.month:
        ahead = ctx.anchor.year if mo > ctx.anchor.month else ctx.anchor.year + 1
        if _shortly_ahead(ctx, Date(ahead, mo, 1)):
            return ahead                     # "the administration coming in January", told on November 30
    return ctx.anchor.year if mo <= ctx.anchor.month else ctx.anchor.year - 1


def _shortly_ahead(ctx: DateContext, d: Date) -> bool:
    """Is `d` within [tense] near_ahead_days after the story, and not told as past (by a verb or "since")?"""
    assert ctx.anchor is not None
    if not 0 < (d - ctx.anchor).days <= ctx.rules.calendar["tense"]["near_ahead_days"] or ctx.tense is None:
        return False
    start = ctx.tense.start
    return not SINCE_BEFORE.search(ctx.text, max(0, start - 8), start) and not ctx.tense.past()


def resolve_day_year(ctx: DateContext, mo: int, d: int) -> int | None:
    if ctx.anchor is None:
        return None
    cand = safe_date(ctx.anchor.year, mo, d)
    if ctx.future:
        return ctx.anchor.year if cand is not None and cand >= ctx.anchor - dt.timedelta(days=1) else ctx.anchor.year + 1
    if cand is not None and ctx.anchor < cand <= ctx.anchor + dt.timedelta(days=7):
        return ctx.anchor.year
    ahead = cand if cand is not None and cand > ctx.anchor else safe_date(ctx.anchor.year + 1, mo, d)
    if ahead is not None and _shortly_ahead(ctx, ahead):
        return ahead.year                    # "keep the government open until Feb. 15", told on January 25
    return ctx.anchor.year if cand is not None and cand <= ctx.anchor else ctx.anchor.year - 1


def part_share(ctx: DateContext, word: str | None) -> tuple[float, float] | None:
    if not word:
        return None
    w = re.sub(r"[\s-]+", " ", word.lower()).strip()
    w = re.sub(r"\s+of$", "", w) if w not in ctx.rules.calendar["parts"] else w
    parts: dict[str, list[float]] = ctx.rules.calendar["parts"]
    for key in (w, w + " of"):
        if key in parts:
            lo, hi = parts[key]
            return float(lo), float(hi)
    return None


def take_part(lo: Date, hi: Date, frac: tuple[float, float], unit: str) -> tuple[Date, Date]:
    """The share `frac` of the period lo..hi, counted in whole years, months or days."""
    if unit == "year":
        n = hi.year - lo.year + 1
        a, b = math.floor(frac[0] * n), math.ceil(frac[1] * n) - 1
        return Date(lo.year + a, 1, 1), Date(lo.year + max(a, b), 12, 31)
    if unit == "month":
        n = (hi.year - lo.year) * 12 + hi.month - lo.month + 1
        a, b = math.floor(frac[0] * n), math.ceil(frac[1] * n) - 1
        first = add_months(Date(lo.year, lo.month, 1), a)
        last = add_months(Date(lo.year, lo.month, 1), max(a, b))
        return first, month_end(last.year, last.month)
    n = (hi - lo).days + 1
    a, b = math.floor(frac[0] * n), math.ceil(frac[1] * n) - 1
    return lo + dt.timedelta(days=a), lo + dt.timedelta(days=max(a, b))


# ---------------------------------------------------------------- producers

@production("date.ymd")
def _ymd(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    d = safe_date(int(m["y"]), int(m["mm"]), int(m["d"]))
    return day(d) if d else None


@production("date.year_month")
def _year_month(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    return month(int(m["y"]), int(m["mm"]))


@production("date.numeric")
def _numeric(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    a, b, ytxt = int(m["a"]), int(m["b"]), m["y"]
    y = int(ytxt)
    if len(ytxt) == 2:                      # "5/3/18": at most 20 years after the document
        base = ctx.anchor.year if ctx.anchor else 2000
        y = 2000 + y if 2000 + y <= base + 20 else 1900 + y
    if m["sep"] == "." or a > 12:           # "23.04.2022", "23/4/2022": day first
        a, b = b, a
    d = safe_date(y, a, b)
    return day(d) if d else None


@lru_cache(maxsize=8)
def _dates_a_slashed_day(rules: Rules) -> re.Pattern[str]:
    """A word right before a slashed day that makes it a date (calendar.toml [shorthand] dated_after)."""
    words = rules.calendar.get("shorthand", {}).get("dated_after", [])
    return re.compile(r"(?<![\w])(?:" + alternation(words) + r")\s+\Z" if words else r"(?!)", re.IGNORECASE)


def _slashed_day(a: int, b: int) -> tuple[int, int] | None:
    """(month, day) of "12/14" or, when the first number cannot be a month, of "22/04"."""
    mo, d = (b, a) if a > 12 else (a, b)
    return (mo, d) if mo <= 12 and safe_date(2000, mo, d) else None


def _year_for(ctx: DateContext, shift: str | None, mo: int, d: int) -> int | None:
    if ctx.anchor is None:
        return None
    if shift == "this":
        return ctx.anchor.year
    if shift in ("next", "last"):
        return resolve_day_year(replace(ctx, future=shift == "next"), mo, d)
    return resolve_day_year(ctx, mo, d)


@production("date.month_slash_day")
def _month_slash_day(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    start = m.start("a")
    written = ctx.text[start:m.end("b")]
    stated = m["y"] or m["y1"]
    if not (stated or m["a2"] or m["shift"] or m["wd"]):
        for event in ctx.rules.calendar.get("events", []):
            if written in event.get("written", ()):
                return day(Date(*event["day"]))       # "since 9/11", "9/11 families": wherever it stands
    if not (stated or m["shift"] or m["wd"] or _dates_a_slashed_day(ctx.rules).search(ctx.text, max(0, start - 10),
                                                                                          start)):
        return None
    if written in ctx.rules.calendar.get("shorthand", {}).get("slashed", ()):
        return None
    first = _slashed_day(int(m["a"]), int(m["b"]))
    last = _slashed_day(int(m["a2"]), int(m["b2"])) if m["a2"] else first
    if first is None or last is None:
        return None
    shift = m["shift"].lower() if m["shift"] else None
    y = int(stated) if stated else _year_for(ctx, shift, *last)
    if y is None:
        return UNRESOLVED
    if m["y1"] and m["y"]:                  # "10/1/2018-10/7/2018": each day its own year
        begin, end = safe_date(int(m["y1"]), *first), safe_date(y, *last)
    elif m["y1"]:                           # "12/20/2018-1/5": the end is the first such day after the start
        begin, end = safe_date(y, *first), safe_date(y if first <= last else y + 1, *last)
    else:                                   # "from 10/25 to 01/25": the start is the last such day before the end
        begin, end = safe_date(y if first <= last else y - 1, *first), safe_date(y, *last)
    if begin is None or end is None:        # 2/29 in a year with no such day
        return None
    if m["a2"]:
        return span(begin, end)
    if m["wd"]:                             # "Thursday 29/03": the year nearest this one whose 29 March is a Thursday
        wd = ctx.rules.calendar["weekdays"].get(m["wd"].lower().rstrip("."))
        for cand in (y, y - 1, y + 1):
            moved = safe_date(cand, *first)
            if moved and moved.weekday() == wd:
                return day(moved)
    return day(begin)


@production("date.dateparser")
def _with_dateparser(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    # an absolute date in a written form of its own ("23/Sep/2020"): dateparser reads it
    from factdiff.extract.dateparse import parse_absolute
    return parse_absolute(m.group(0), ctx.anchor)


@production("date.month_day")
def _month_day(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    mo = month_number(ctx, m, "m")
    if mo is None:
        return None
    dnum = day_of(ctx, m)
    if not dnum or dnum > 31:
        return None
    y = year_of(m["y"], ctx)
    if y is None:
        y = _event_year(ctx, mo, dnum, m.end()) or resolve_day_year(ctx, mo, dnum)
        if y is None:
            return UNRESOLVED if safe_date(2000, mo, dnum) else None
        if not ctx.future and ctx.anchor is not None and _vote_beside(ctx, m.start(), m.end()):
            y = nearest_year(ctx.anchor, lambda yy: safe_date(yy, mo, dnum))   # "the Dec. 12 election"
        if m["wd"]:
            y = _year_of_weekday(ctx, m["wd"], y, mo, dnum)
    d = safe_date(y, mo, dnum)
    return day(d) if d else None


def nearest_year(anchor: Date, date_in: Callable[[int], Date | None]) -> int:
    """Of last year, this year and next, the year whose date (`date_in(year)`) lies nearest the anchor; the
    earlier one on a tie; a year with no such date is never nearest."""
    def distance(y: int) -> tuple[int, int]:
        d = date_in(y)
        return (abs((d - anchor).days) if d else 10**6, y)
    return min((anchor.year - 1, anchor.year, anchor.year + 1), key=distance)


def _year_of_weekday(ctx: DateContext, weekday: str, y: int, mo: int, d: int) -> int:
    """ "Thursday 12 December" in a November 2019 story: 2019's, the one that falls on a Thursday."""
    wd = ctx.rules.calendar["weekdays"].get(weekday.lower().rstrip("."))
    first = safe_date(y, mo, d)
    if wd is None or first is None or first.weekday() == int(wd) or ctx.anchor is None:
        return y
    anchor = ctx.anchor
    fits = [(abs((c - anchor).days), c.year) for c in (safe_date(y - 1, mo, d), safe_date(y + 1, mo, d))
            if c is not None and c.weekday() == int(wd) and abs((c - anchor).days) <= 366]
    return min(fits)[1] if fits else y


_WORDS_AFTER_DAY = re.compile(r"[\s,]*([a-z]+(?:\s+[a-z]+)?)")     # "Sept. 11[ attacks]", "Sept. 11[, families]"


def _event_year(ctx: DateContext, mo: int, d: int, end: int) -> int | None:
    """The year of the event a yearless day names, when a word for the event follows ("the Sept. 11 attacks")."""
    after = _WORDS_AFTER_DAY.match(ctx.text, end, end + 40)
    if after is None:
        return None
    words = after.group(1).lower()
    for event in ctx.rules.calendar.get("events", []):
        year, month_no, day_no = event["day"]
        if (month_no, day_no) == (mo, d) and any(words == n or words.startswith(n + " ") for n in event["nouns"]):
            return int(year)
    return None


@production("date.month_year")
def _month_year(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    mo = month_number(ctx, m, "m")
    if mo is None:
        return None
    y = year_of(m["y"], ctx)
    return month(y, mo) if y is not None else None


@production("date.month")
def _month(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    mo = month_number(ctx, m, "m")
    if mo is None:
        return None
    name = m.group("m")
    if name.lower() in ctx.rules.calendar["ambiguous"]["months"]:
        if not _introduced(ctx, m.start()):
            return None                      # "May" alone: a month only after a word that introduces a date
    after = _WORD_AFTER.match(ctx.text, m.end())
    if after and after[1].lower() in ctx.rules.calendar["ambiguous"]["names_before"] and not _introduced(ctx, m.start()):
        return None                          # "august says", "robin and april told julian": a person
    if ctx.anchor is not None and not ctx.future and _campaign_ahead(ctx, m.start("m")):
        # "is up for re-election in November" in a January story: the coming November
        return month(ctx.anchor.year + (mo < ctx.anchor.month), mo)
    if ctx.anchor is not None and not ctx.future and _vote_beside(ctx, m.start("m"), m.end()):
        # "the November election", "a primary in April": the vote nearest the story, held or to come
        return month(nearest_year(ctx.anchor, lambda yy: Date(yy, mo, 15)), mo)
    y = resolve_month_year(ctx, mo)
    return month(y, mo) if y is not None else UNRESOLVED


def _vote_beside(ctx: DateContext, start: int, end: int) -> bool:
    """A word of a vote right after the month or right before "in" and it, or held on it: "the November
    election", "the June primary", "re-election in November", "the runoff is set for Dec. 6"
    (rules/calendar.toml [scheduled] votes)."""
    votes = ctx.rules.calendar["scheduled"]["votes"]
    after = _WORD_AFTER.match(ctx.text, end)
    before = _WORD_IN_BEFORE.search(ctx.text, max(0, start - 24), start)
    return bool(after and after[1].lower() in votes or before and before[1].lower() in votes
                or _held_before(ctx.rules).search(ctx.text, max(0, start - 48), start))


_WORD_AFTER = re.compile(r"\s+([A-Za-z-]+)")
SINCE_BEFORE = re.compile(r"(?<![\w])since\s+\Z", re.IGNORECASE)
_WORD_IN_BEFORE = re.compile(r"([A-Za-z-]+)\s+(?:in|on|this|next)\s+\Z")


def _campaign_ahead(ctx: DateContext, start: int) -> bool:
    """A word of a campaign under way earlier in the clause (at most 60 characters back) than the month at
    `start`, which "since" does not introduce (calendar.toml [scheduled] campaign_ahead)."""
    if SINCE_BEFORE.search(ctx.text, max(0, start - 8), start):
        return False
    lo = max(0, start - 60)
    cut = max(ctx.text.rfind(c, lo, start) for c in ".;!?")
    return _campaign_words(ctx.rules).search(ctx.text, cut + 1 if cut >= 0 else lo, start) is not None


@lru_cache(maxsize=8)
def _campaign_words(rules: Rules) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?i:" + alternation(rules.calendar["scheduled"]["campaign_ahead"]) + r")(?![\w-])")


@lru_cache(maxsize=8)
def _held_before(rules: Rules) -> re.Pattern[str]:
    """ "the primary would be held on", "the runoff is set for": a vote, then the day it is held on."""
    return re.compile(r"(?<![\w-])(?i:" + alternation(rules.calendar["scheduled"]["votes"]) + r")\s+(?:[a-z]+\s+){0,3}"
                      r"(?:held|scheduled|set|slated)\s+(?:for|on|in)\s+\Z")


@production("date.shift_month")
def _shift_month(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    mo = month_number(ctx, m, "m")
    if mo is None:
        return None
    if ctx.anchor is None:
        return UNRESOLVED
    y, now = ctx.anchor.year, ctx.anchor.month
    shift = m.group("shift").lower()
    if shift in ("last", "past"):
        y = y if mo < now else y - 1
    elif shift in ("next", "coming"):
        y = y if mo > now else y + 1
    return month(y, mo)


def _weekday_date(ctx: DateContext, wd: int, shift: str | None) -> Date | None:
    a = ctx.anchor
    assert a is not None
    monday = a - dt.timedelta(days=a.weekday())
    if shift in ("next", "following", "coming", "upcoming"):
        if shift in ("coming", "upcoming"):
            ahead = (wd - a.weekday()) % 7 or 7
            return a + dt.timedelta(days=ahead)
        return monday + dt.timedelta(days=7 + wd)
    if shift in ("last", "previous"):
        return monday - dt.timedelta(days=7 - wd)
    if shift == "past":                     # "this past Wednesday": the most recent one
        return a - dt.timedelta(days=(a.weekday() - wd) % 7 or 7)
    if shift in ("this", "current"):
        return monday + dt.timedelta(days=wd)
    if ctx.future:                          # "the vote will be held on Friday": the next one, or today
        return a + dt.timedelta(days=(wd - a.weekday()) % 7)
    back = (a.weekday() - wd) % 7          # bare "on Friday": the most recent one
    return a - dt.timedelta(days=back)


# a title in quotation marks ending in a weekday: "Fox News Sunday", “Face the Nation Sunday”
_TITLE_BEFORE = re.compile(r"[“\"][A-Z][\w’'.&-]*\s+(?:(?:[A-Z][\w’'.&-]*|the|of|and|on|in|at|for|to|a|an)\s+){0,5}\Z")


def _programme_after(ctx: DateContext, end: int, today: bool = False) -> bool:
    """ "the today show", "saturday night live": the day begins a programme's name (calendar.toml [day_names])."""
    after = ctx.text[end:end + 24].lower()
    names = ctx.rules.calendar["day_names"]
    return any(after.startswith(" " + w) and not after[len(w) + 1:len(w) + 2].isalpha()
               for w in names["programme_after"] + (names["programme_after_today"] if today else []))


def _day_name(ctx: DateContext, s: int, e: int) -> bool:
    """The day at s..e ends the name of an event or a programme, not a day written in."""
    if _programme_after(ctx, e):
        return True
    before = ctx.text[max(0, s - 40):s]
    if _TITLE_BEFORE.search(before) and re.match(r"[.,]?[”\"]", ctx.text[e:e + 2]):
        return True
    words = before.split()[-2:]
    return any(" ".join(words[i:] + [ctx.text[s:e]]).lower() in ctx.rules.calendar.get("day_names", {}).get("names", ())
               for i in range(len(words)))


@production("date.weekday")
def _weekday(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    name = m["wd"].lower().rstrip(".")
    has_day = bool(m["d"] or m.groupdict().get("d2") or m["dw"])
    if name in ctx.rules.calendar["ambiguous"]["weekdays"] and not has_day:
        return None                       # "Sun", "Sat" alone are words
    if not m["wd"][0].isupper() and name in ctx.rules.calendar["ambiguous"]["weekdays"] and not has_day:
        return None
    if not has_day and not m["shift"] and _day_name(ctx, m.start("wd"), m.end("wd")):
        return None
    if not has_day and not m["shift"] and word_before(ctx.text, m.start()) == "every":
        return None                       # "every Sunday": a habit, no one day
    if m["shift"] and m["shift"].lower() in ctx.rules.calendar.get("prepositional_shifts", {}).get("words", ()) and \
            re.match(r"[’']s(?![\w])", ctx.text[m.end("wd"):m.end("wd") + 3]):
        return None                       # "following Tuesday's primaries": after them; the weekday alone is read
    wd = ctx.rules.calendar["weekdays"][name]
    shift = m["shift"].lower() if m["shift"] else None
    if ctx.anchor is None or shift in ctx.rules.calendar["narrative_shifts"]["words"] \
            and word_before(ctx.text, m.start()) == "the":
        return UNRESOLVED                 # "the following Tuesday": after a day the story tells of
    dnum = day_of(ctx, m) or day_of(ctx, m, "d2")
    if dnum:
        # "Wed 13th": the nearest month (back from the document date) whose 13th is a Wednesday
        y, mo = ctx.anchor.year, ctx.anchor.month
        for _ in range(14):
            d = safe_date(y, mo, dnum)
            if d and d.weekday() == wd and d <= ctx.anchor + dt.timedelta(days=31):
                return day(d)
            mo -= 1
            if mo == 0:
                y, mo = y - 1, 12
        return None
    if shift is None and not ctx.future and _AHEAD_OF.search(ctx.text, max(0, m.start() - 48), m.start()):
        # "campaigning ahead of Thursday's debate" in a Tuesday story: the nearer Thursday, this week's
        back, ahead = (ctx.anchor.weekday() - wd) % 7, (wd - ctx.anchor.weekday()) % 7
        return day(ctx.anchor + dt.timedelta(days=ahead if ahead < back else -back))
    d = _weekday_date(ctx, wd, shift)
    return day(d) if d else None


# a day after these is the one nearest the story, before or after it: what comes "ahead of" it is near it
_AHEAD_OF = re.compile(r"(?<![\w])(?:ahead\s+of|in\s+advance\s+of|before|as\s+soon\s+as|as\s+early\s+as)(?![\w])"
                       r"[^.;!?]{0,40}\Z", re.IGNORECASE)


_CAPITAL_BEFORE = re.compile(r"(?:[A-Z][\w.&’'-]*|the)\s+\Z")
_OWNED_BEFORE = re.compile(r"(?<![\w])(?:the|a|his|her|their|its|our|my|your)\s+\Z", re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r"\x20(?:Show|Starring|Program|Programme)(?![\w])")


@production("date.relative_day")
def _relative_day(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    key = re.sub(r"\s+", " ", m["rel"].lower())
    offset = ctx.rules.calendar["relative_days"].get(key)
    if offset is None:
        return None
    start = m.start("rel")
    if _programme_after(ctx, m.end("rel"), today=True) or _day_name(ctx, start, m.end("rel")):
        return None                      # "the today show", "cbs this morning"
    if key.startswith("last ") and _OWNED_BEFORE.search(ctx.text, max(0, start - 8), start):
        return None                      # "on the last night of their holiday", "her last night in Paris"
    if ctx.text[start].isupper() and (_CAPITAL_BEFORE.search(ctx.text, max(0, start - 30), start)
                                      or _CAPITAL_AFTER.match(ctx.text, m.end("rel"))
                                      or ctx.text[start - 1:start] in ("“", '"')
                                      and ctx.text[m.end("rel"):m.end("rel") + 1] in ("”", '"')):
        return None                      # "USA Today", "the Today show", "“Tonight Show Starring”", NBC's
                                         # “Today” show: a name
    if ctx.anchor is None:
        return UNRESOLVED
    return day(ctx.anchor + dt.timedelta(days=offset))


@production("date.the_weekend")
def _the_weekend(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    if ctx.anchor is None:
        return UNRESOLVED
    wd = ctx.anchor.weekday()
    if wd >= 5:
        saturday = ctx.anchor - dt.timedelta(days=wd - 5)          # the weekend under way
    elif wd == 4 or ctx.future:
        saturday = ctx.anchor + dt.timedelta(days=5 - wd)          # the coming one
    else:
        saturday = ctx.anchor - dt.timedelta(days=wd + 2)          # the one just past
    return span(saturday, saturday + dt.timedelta(days=1), "exact")


def _holiday_date(ctx: DateContext, name: str, y: int) -> Date | None:
    spec = ctx.rules.calendar["holidays"][re.sub(r"\s+", " ", name.lower())]
    if "fixed" in spec:
        return safe_date(y, *spec["fixed"])
    if "nth" in spec:
        mo, wd, n = spec["nth"]
        if n > 0:
            first = Date(y, mo, 1)
            return first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        last = month_end(y, mo)
        return last - dt.timedelta(days=(last.weekday() - wd) % 7)
    from dateutil.easter import easter  # type: ignore[import-untyped]  # installed with dateparser and pandas
    sunday: dt.date = easter(y)
    return sunday + dt.timedelta(days=int(spec["easter"]))


@production("date.season_or_holiday")
def _season_or_holiday(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    shift_word = m["shift"].lower() if m["shift"] else None
    y = year_of(m["y"])
    if m["season"]:
        if y is None and shift_word is None:
            return None                   # "in the summer": too vague to be a fact
        first, last = ctx.rules.calendar["seasons"][m["season"].lower()]
        if y is None:
            if ctx.anchor is None:
                return UNRESOLVED
            shift = ctx.rules.calendar["shifts"][shift_word]
            y = ctx.anchor.year + int(shift)
            if shift < 0 and ctx.anchor.month < first:
                y += 0
        end_y = y + 1 if last < first else y
        return span(Date(y, first, 1), month_end(end_y, last), "exact")
    name = m["hol"]
    if y is None:
        if ctx.anchor is None:
            return UNRESOLVED
        shift = int(ctx.rules.calendar["shifts"][shift_word]) if shift_word else 0
        this = _holiday_date(ctx, name, ctx.anchor.year)
        assert this is not None
        if shift_word is None and ctx.future:
            y = ctx.anchor.year if this >= ctx.anchor else ctx.anchor.year + 1
        elif shift_word is None:
            # a holiday comes round each year: the one nearest the story ("a deal by Christmas" in mid-December
            # is this Christmas, "over Christmas" in January the last one)
            y = nearest_year(ctx.anchor, lambda yy: _holiday_date(ctx, name, yy))
            nearest = _holiday_date(ctx, name, y)
            if nearest is not None and (nearest - ctx.anchor).days > ctx.rules.calendar["tense"]["holiday_near_days"] \
                    and ctx.tense is not None and ctx.tense.past():
                # "the shop closed on Christmas Eve", told in October: the one before the story (told in
                # December, "told his caucus a deal by Christmas was impossible" is still this one)
                y = ctx.anchor.year if this <= ctx.anchor else ctx.anchor.year - 1
        elif shift_word in ("last", "past", "previous"):
            y = ctx.anchor.year if this <= ctx.anchor else ctx.anchor.year - 1
            if shift_word:
                y = y if this < ctx.anchor else y
        elif shift > 0:
            y = ctx.anchor.year if this > ctx.anchor else ctx.anchor.year + 1
        else:
            y = ctx.anchor.year
    d = _holiday_date(ctx, name, y)
    if d is not None and (m["wkend"] or m["wkend_of"]):
        # the holiday and the Saturday and Sunday beside it: Labor Day (a Monday) -> Sat..Mon,
        # Thanksgiving (a Thursday) -> Thu..Sun
        wd = d.weekday()
        saturday = d - dt.timedelta(days=2 if wd == 0 else 1) if wd in (0, 6) else d + dt.timedelta(days=5 - wd)
        return span(min(d, saturday), max(d, saturday + dt.timedelta(days=1)), "exact")
    return day(d) if d else None


UNIT_DAYS = {"day": 1, "week": 7}


def shift_date(a: Date, unit: str, n: int) -> tuple[DateReading | None, Date]:
    if unit in UNIT_DAYS:
        d = a + dt.timedelta(days=UNIT_DAYS[unit] * n)
        return day(d), d
    if unit == "month":
        d = add_months(a, n)
        return month(d.year, d.month), d
    if unit in ("year", "decade"):
        yy = a.year + n * (10 if unit == "decade" else 1)
        return year(yy), Date(yy, 1, 1)
    if unit in ("minute", "hour"):
        return day(a), a
    return None, a


def check_producers(rules: Rules) -> list[str]:
    """Names used in rules/dates.toml that no function here produces (for the rule loader's tests)."""
    return [f"{r.file}: rule '{r.name}': unknown produce '{r.produce}'"
            for r in rules.date_rules if r.produce not in _PRODUCERS]


# the producers of periods and spans live in periods.py; importing it registers them
from factdiff.extract import periods as _periods  # noqa: E402,F401
