"""Periods and spans: the date rules whose answer is more than a day or a month ("last week",
"the late 1990s", "the first quarter of 2019", "2014-2018", "two days ago"), resolved like dates.py's.
"""
from __future__ import annotations

import datetime as dt
import re

from factdiff.extract.dates import (SINCE_BEFORE, UNIT_DAYS, UNRESOLVED, Date, DateContext, DateReading, add_months,
                                    count_value, day_of, month, month_end, month_number, ordinal_value, part_share,
                                    production, resolve_day_year, resolve_month_year, safe_date, shift_date, span,
                                    take_part, year, year_of)
from factdiff.extract.measures import weather_before


def period_of(a: Date, per: str, shift: int) -> DateReading | None:
    if per == "week":
        monday = a - dt.timedelta(days=a.weekday()) + dt.timedelta(weeks=shift)
        iso = monday.isocalendar()
        return DateReading(f"{iso[0]}-W{iso[1]:02d}", monday, monday + dt.timedelta(days=6))
    if per == "weekend":
        sat = a - dt.timedelta(days=a.weekday()) + dt.timedelta(days=5, weeks=shift)
        return span(sat, sat + dt.timedelta(days=1))
    if per == "fortnight":                  # two calendar weeks beside this one, as "last week" is one
        monday = a - dt.timedelta(days=a.weekday())
        start = monday + dt.timedelta(days=7) if shift > 0 else monday - dt.timedelta(days=14) if shift < 0 else monday
        return span(start, start + dt.timedelta(days=13))
    if per == "month":
        first = add_months(Date(a.year, a.month, 1), shift)
        return month(first.year, first.month)
    if per == "quarter":
        q = (a.month - 1) // 3 + shift
        y, q = a.year + q // 4, q % 4
        return span(Date(y, 3 * q + 1, 1), month_end(y, 3 * q + 3))
    if per == "year":
        return year(a.year + shift)
    if per == "decade":
        d0 = a.year // 10 * 10 + 10 * shift
        return span(Date(d0, 1, 1), Date(d0 + 9, 12, 31))
    if per == "century":
        c0 = (a.year - 1) // 100 * 100 + 1 + 100 * shift
        return span(Date(c0, 1, 1), Date(c0 + 99, 12, 31))
    return None


_OF_AFTER = re.compile(r"\s+of\s", re.IGNORECASE)
# the periods that "the past ..." and "the last ..." count back from the story's date, in days or months
_ROLLING = {"week": ("week", 1), "fortnight": ("week", 2), "month": ("month", 1), "year": ("year", 1),
            "decade": ("decade", 1)}


@production("date.shifted_period")
def _shifted_period(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    word, per = m["shift"].lower(), m["per"].lower()
    rolling = per in _ROLLING and (word == "past" or (word == "last" and m["the"] is not None))
    if word == "last" and _OF_AFTER.match(ctx.text, m.end()):
        return None                          # "the last year of his term": counted within something else
    if ctx.anchor is None or m["the"] and word in ctx.rules.calendar["narrative_shifts"]["words"]:
        return UNRESOLVED                    # "The following month, Comey testified": a month after a told one
    if rolling:                              # "over the past decade": the ten years up to the story
        unit, n = _ROLLING[per]
        return rolling_span(ctx.anchor, unit, n, future=False)
    shift = int(ctx.rules.calendar["shifts"][word])
    if per == "weekend" and shift == 0 and ctx.anchor.weekday() <= 2 and not ctx.future \
            and ctx.tense is not None and ctx.tense.past():
        shift = -1                           # "became a candidate this weekend", told on a Monday
    return period_of(ctx.anchor, per, shift)


@production("date.period_after_next")
def _period_after_next(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    if ctx.anchor is None:
        return UNRESOLVED
    return period_of(ctx.anchor, m["per"].lower(), 2 if m["rel"].lower().startswith("after") else -2)


@production("date.offset")
def _offset(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    n = count_value(ctx, m["n"])
    if n is None:
        return None
    direction = m["dir"].lower()
    if direction in ("earlier", "before", "later"):
        return None                          # "two days earlier": relative to another event
    if ctx.anchor is None:
        return UNRESOLVED
    sign = -1 if direction == "ago" else 1
    return shift_date(ctx.anchor, m["unit"].lower(), sign * n)[0]


# a superlative, an ordinal or a tally before "in two years": "the first rate rise in two years", "the second
# time in two days", "three times in a week" count over the span up to now
_SUPERLATIVE_BEFORE = re.compile(r"(?<![\w])(?:first|last|only|highest|lowest|largest|biggest|smallest|most|least|"
                                 r"fewest|best|worst|strongest|weakest|[a-z]{3,}est|second|third|fourth|fifth|"
                                 r"times)(?![\w])[^.;,]{0,40}\Z",
                                 re.IGNORECASE)


@production("date.offset_in")
def _offset_in(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    if not ctx.future:
        return None                          # "14 inches of rain in 48 hours": a duration, not a date
    if _SUPERLATIVE_BEFORE.search(ctx.text, max(0, m.start() - 50), m.start()):
        return None                          # "the first rate rise in two years": since then, not a date
    n = count_value(ctx, m["n"])
    if n is None:
        return None
    if ctx.anchor is None:
        return UNRESOLVED
    first = shift_date(ctx.anchor, m["unit"].lower(), n)[0]
    if m["n2"] and first is not None:                # "in a day or two": from the first to the second
        last = shift_date(ctx.anchor, m["unit"].lower(), count_value(ctx, m["n2"]) or n)[0]
        return span(first.low, last.high) if last is not None and first.low and last.high else first
    return first


@production("date.span_from_anchor")
def _span_from_anchor(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    n = count_value(ctx, m["n"])
    if n is None or n == 0 or (n != 1 and m.group(0)[-1] not in "sS"):
        return None                          # "he turns 74 next month": a number, then "next month"
    if ctx.anchor is None:
        return UNRESOLVED
    a = ctx.anchor
    unit = m["unit"].lower()
    future = m["shift"].lower() in ("next", "coming", "following", "upcoming")
    if unit == "quarter":
        q0 = (a.month - 1) // 3
        if future:
            first = Date(a.year, 3 * q0 + 1, 1)
            return span(add_months(first, 3), month_end(*year_month_of(add_months(first, 3 * n + 2))))
        first = add_months(Date(a.year, 3 * q0 + 1, 1), -3 * n)
        last = add_months(Date(a.year, 3 * q0 + 1, 1), -1)
        return span(first, month_end(last.year, last.month))
    if m.groupdict().get("biz"):
        days: list[Date] = []
        d = a
        while len(days) < n:
            d = d + dt.timedelta(days=1 if future else -1)
            if d.weekday() < 5:
                days.append(d)
        return span(min(days), max(days))
    return rolling_span(a, unit, n, future)


def rolling_span(a: Date, unit: str, n: int, future: bool) -> DateReading | None:
    """The n days, weeks, months, years or decades after the anchor day, or up to the day before it."""
    if future:
        start = a + dt.timedelta(days=1)
        end = shift_date(a, unit, n)[1] if unit not in ("year", "decade") else \
            safe_date(a.year + n * (10 if unit == "decade" else 1), a.month, a.day) or a
        if unit in UNIT_DAYS:
            end = a + dt.timedelta(days=UNIT_DAYS[unit] * n)
        return span(start, end)
    end = a - dt.timedelta(days=1)
    if unit in UNIT_DAYS:
        return span(a - dt.timedelta(days=UNIT_DAYS[unit] * n), end)
    if unit == "month":
        return span(add_months(a, -n), end)
    yrs = n * (10 if unit == "decade" else 1)
    return span(safe_date(a.year - yrs, a.month, a.day) or Date(a.year - yrs, a.month, 28), end)


def year_month_of(d: Date) -> tuple[int, int]:
    return d.year, d.month


@production("date.earlier_later")
def _earlier_later(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    if ctx.anchor is None:
        return UNRESOLVED
    a = ctx.anchor
    period = period_of(a, m["per"].lower(), 0)
    if period is None or period.low is None or period.high is None:
        return None
    if m["rel"].lower() == "earlier":
        return span(period.low, max(period.low, a - dt.timedelta(days=1)))
    if m["per"].lower() == "year":      # "later in the year": the second half, or what is left
        start = max(a + dt.timedelta(days=1), Date(a.year, 7, 1)) if a.month < 7 else a + dt.timedelta(days=1)
        return span(start, period.high)
    return span(min(period.high, a + dt.timedelta(days=1)), period.high)


def _years_or_part(ctx: DateContext, m: re.Match[str], lo: Date, hi: Date) -> DateReading:
    """A span of years ("the 1990s"), or the early / mid / late share of it the rule matched."""
    part = part_share(ctx, m["part"])
    if part:
        lo, hi = take_part(lo, hi, part, "year")
        return DateReading(None, lo, hi, "approx")
    return DateReading(None, lo, hi, "range")


@production("date.decade")
def _decade(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    said = m.group(0).lower()
    if m["dec"] and ("'" in said or "’" in said) and not m["part"] and not said.startswith("the"):
        return None          # "2010's memorable moments" is the year's, not the decade's ("the 1990's" is)
    if m["dec3"] and not _plain_decade(m, ctx):
        return None
    if m["dec"]:
        y0 = int(m["dec"])
    elif m["dec3"]:
        y0 = 1900 + int(m["dec3"])
    else:
        two = int(m["dec2"])
        y0 = 1900 + two if two >= 30 else 2000 + two
    width = 100 if y0 % 100 == 0 and m["dec"] and y0 % 1000 != 0 else 10   # "the 1800s"
    lo, hi = Date(y0, 1, 1), Date(y0 + width - 1, 12, 31)
    return _years_or_part(ctx, m, lo, hi)


_THE_BEFORE = re.compile(r"(?<![\w])the\s+(?:[3-9]0s(?:\s*,\s*|\s+(?:and|or|to|through)\s+))?\Z", re.IGNORECASE)


def _plain_decade(m: re.Match[str], ctx: DateContext) -> bool:
    """ "back in the 60s", "the 70s and 80s": a decade without its apostrophe, after "the" and not about weather."""
    if not (m.group(0).lower().startswith("the") or _THE_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())):
        return False
    return not weather_before(ctx.rules).search(ctx.text, max(0, m.start() - 80), m.start())


@production("date.iso_week")
def _iso_week(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    w = int(m["w"])
    if m["y"]:
        y = int(m["y"])
    elif ctx.anchor is None:
        return UNRESOLVED
    else:
        y = ctx.anchor.isocalendar()[0]
    try:
        monday = Date.fromisocalendar(y, w, 1)
    except ValueError:
        return None
    return DateReading(f"{y}-W{w:02d}", monday, monday + dt.timedelta(days=6))


@production("date.decade_word")
def _decade_word(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    before = ctx.text[max(0, m.start() - 12):m.start()].lower().split()
    if before and before[-1] in ("their", "his", "her", "my", "our", "your", "its", "mid"):
        return None                          # "in their twenties": an age
    y0 = int(ctx.rules.calendar["decade_words"][m["dw"].lower()])
    lo, hi = Date(y0, 1, 1), Date(y0 + 9, 12, 31)
    return _years_or_part(ctx, m, lo, hi)


# "21st Century Fox", "the 21st Century Cures Act": "Century" with a capital, then a name's next word
_NAME_GOES_ON = re.compile(r"[\x20\u00a0]+[A-Z]")


@production("date.century")
def _century(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    c = int(m["c"]) if m["c"] else ordinal_value(ctx, m["cw"])
    if not c or c > 21 or ctx.text[m.end() - 7:m.end()] == "Century" and _NAME_GOES_ON.match(ctx.text, m.end()):
        return None
    # as news counts them: the 21st century is the 2000s (not 2001-2100), the 19th the 1800s
    lo, hi = Date(max(1, (c - 1) * 100), 1, 1), Date((c - 1) * 100 + 99, 12, 31)
    return _years_or_part(ctx, m, lo, hi)


@production("date.part_of_period")
def _part_of_period(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    part = part_share(ctx, m["part"])
    if part is None:
        return None
    if m["m"]:
        mo = month_number(ctx, m, "m")
        if mo is None:
            return None
        y = year_of(m["y"]) or resolve_month_year(ctx, mo)
        if y is None:
            return UNRESOLVED
        lo, hi = take_part(Date(y, mo, 1), month_end(y, mo), part, "day")
    elif m["y2"]:
        y = int(m["y2"])
        lo, hi = take_part(Date(y, 1, 1), Date(y, 12, 31), part, "month")
    else:
        shift = m["shift"].lower()
        if ctx.anchor is None or (shift == "the" and not ctx.future
                                  and not SINCE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())):
            return UNRESOLVED                # "By the end of the year, 40 had died": which year is the story's;
                                             # "since the start of the year" runs up to the story: its year
        period = period_of(ctx.anchor, m["per"].lower(), 0 if shift == "the" else
                           int(ctx.rules.calendar["shifts"][shift]))
        if period is None or period.low is None or period.high is None:
            return None
        lo, hi = take_part(period.low, period.high, part, "month" if m["per"].lower() == "year" else "day")
    return DateReading(None, lo, hi, "approx")


_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
                  "4th": 4, "final": 4, "last": 4}


@production("date.quarter")
def _quarter(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    g = m.groupdict()
    q = _QUARTER_WORDS.get((g.get("q") or "").lower()) or int(g.get("qn") or g.get("qn2") or 0)
    if not q:
        return None
    ytxt = g.get("y") or g.get("y2")
    if ytxt:
        y = int(ytxt)
    elif ctx.anchor is None:
        return UNRESOLVED
    elif g.get("shift"):
        y = ctx.anchor.year + int(ctx.rules.calendar["shifts"][g["shift"].lower()])
    else:
        # "the third quarter": the latest such quarter that has begun by the document date
        y = ctx.anchor.year if 3 * q - 2 <= ctx.anchor.month else ctx.anchor.year - 1
    return DateReading(f"{y}-Q{q}", Date(y, 3 * q - 2, 1), month_end(y, 3 * q))


@production("date.half")
def _half(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    said = (m["h"] or m.groupdict().get("hh") or "").lower()
    h = 1 if said in ("first", "1st", "1") else 2
    if m["y"]:
        y = int(m["y"])
    elif ctx.anchor is None:
        return UNRESOLVED
    else:
        y = ctx.anchor.year + int(ctx.rules.calendar["shifts"][m["shift"].lower()])
    return span(Date(y, 6 * h - 5, 1), month_end(y, 6 * h))


@production("date.year_range")
def _year_range(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    y1 = int(m["y"])
    y2txt = m["y2"]
    y2 = int(y2txt) if len(y2txt) == 4 else y1 // 100 * 100 + int(y2txt)
    if " and " in m.group(0).lower() and not m["open"]:
        return None                       # "2015 and 2016": two years, not a range
    if y2 <= y1 or y2 - y1 > 200:
        return None
    return span(Date(y1, 1, 1), Date(y2, 12, 31))


@production("date.months_to")
def _months_to(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    """ "the three months to September", "the year to June": the months that end with the named one."""
    mo = month_number(ctx, m, "m")
    n = 12 if m["unit2"] else count_value(ctx, m["n"])
    if mo is None or not n or n > 36:
        return None
    y = year_of(m["y"]) or resolve_month_year(ctx, mo)
    if y is None:
        return UNRESOLVED
    return span(add_months(Date(y, mo, 1), 1 - n), month_end(y, mo))


@production("date.month_range")
def _month_range(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    m1, m2 = month_number(ctx, m, "m"), month_number(ctx, m, "m2")
    if m1 is None or m2 is None:
        return None
    if " and " in m.group(0).lower() and not m["open"]:
        return None
    y = year_of(m["y"])
    if y is None:
        y = resolve_month_year(ctx, m1)
        if y is None:
            return UNRESOLVED
        if ctx.future and ctx.anchor and y > ctx.anchor.year and month_end(y - 1 + (m2 < m1), m2) >= ctx.anchor:
            y -= 1                          # "will run from August to October", said in September: this year's
    y1 = y - 1 if m2 < m1 and m["y"] else y
    y2 = y + 1 if m2 < m1 and not m["y"] else y
    return span(Date(y1, m1, 1), month_end(y2, m2))


@production("date.day_range")
def _day_range(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    mo = month_number(ctx, m, "m")
    if mo is None:
        return None
    d1, d2 = day_of(ctx, m), day_of(ctx, m, "d2", "dw2")
    if not d1 or not d2:
        return None
    if re.search(r"\sand\s", m.group(0), re.IGNORECASE):
        return None                         # "June 18 and 19": two days, a list (date_spans._day_lists)
    y = year_of(m["y"]) or resolve_day_year(ctx, mo, d2 if ctx.future else d1)   # future: the range not yet over
    if y is None:
        return UNRESOLVED
    a, b = safe_date(y, mo, d1), safe_date(y, mo, d2)
    if a is None or b is None:
        return None
    return span(a, b)


@production("date.day_range_before_month")
def _day_range_before_month(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    mo = month_number(ctx, m, "m")
    if mo is None:
        return None
    d1, d2 = day_of(ctx, m), day_of(ctx, m, "d2", "dw2")
    if not d1 or not d2 or d2 <= d1:
        return None
    if " and " in m.group(0).lower() and not m["open"]:
        return None
    y = year_of(m["y"]) or resolve_day_year(ctx, mo, d2 if ctx.future else d1)
    if y is None:
        return UNRESOLVED
    a, b = safe_date(y, mo, d1), safe_date(y, mo, d2)
    return span(a, b) if a and b else None


@production("date.week_of")
def _week_of(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    mo = month_number(ctx, m, "m")
    if mo is None:
        return None
    dnum = int(m["d"])
    y = year_of(m["y"]) or resolve_day_year(ctx, mo, dnum)
    if y is None:
        return UNRESOLVED
    d = safe_date(y, mo, dnum)
    if d is None:
        return None
    return span(d, d + dt.timedelta(days=6))


@production("date.year")
def _year(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    return year(int(m["y"]))


@production("date.bare_year")
def _bare_year(m: re.Match[str], ctx: DateContext) -> DateReading | None:
    y = int(m["y"])
    if y < 1500:
        return None                       # "1244": more likely an identifier or a count
    return year(y)
