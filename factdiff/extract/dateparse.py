"""dateparser, for absolute dates written in forms of their own ("23/Sep/2020").

Only ever given a span factdiff's rules found, never a whole document, and never allowed to
fill a missing part from the clock: it must find day, month and year in the span itself.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from factdiff.extract.dates import DateReading, day


@lru_cache(maxsize=4096)
def parse_absolute(text: str, anchor: dt.date | None) -> DateReading | None:
    """The day `text` names, or None if dateparser cannot read all of it as a day."""
    data = _parser().get_date_data(text)
    if data is None or data.date_obj is None or data.period != "day":
        return None
    return day(data.date_obj.date())


@lru_cache(maxsize=1)
def _parser() -> Any:
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]
    return DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "past",
                                                      "REQUIRE_PARTS": ["day", "month", "year"],
                                                      "STRICT_PARSING": True})
