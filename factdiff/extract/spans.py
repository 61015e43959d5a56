"""What extraction passes between its steps: a found span, and the spans already claimed."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal

from factdiff.model import Kind


# a form of "be" (and an adverb) right before a verb: "was confirmed", "will be dropped" (passive), "was
# a spokeswoman" (what someone is)
BE_BEFORE = re.compile(r"(?<![\w])(?:be|been|being|was|were|is|are)\s+(?:\w+ly\s+)?\Z", re.IGNORECASE)
# the abbreviated titles news puts before a name ("Mr. Trump", "Sen. Graham")
TITLE_ABBREVIATION = r"(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen)\."
# what may open a sentence before its first real word: quotation marks and a linking word ("But he also said",
# "“And they ...", "Also on Thursday,")
SENTENCE_LEAD = r"[\s“\"]*(?:(?:But|And|Yet|So|Still|Later|Then|Also)\s+)?"
# a dateline opening a story's first sentence: "KANSAS CITY, Mo. — ", "WASHINGTON -- "
DATELINE_LEAD = re.compile(r"[\s“\"]*[A-Z][A-Z.'’ -]{1,30}(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s+(?:--|[—–―])\s+")
# the words that open a subordinate clause before its subject ("While the ministry has said little", "as the death
# toll climbed")
SUBORDINATORS = r"While|Although|Though|Even\s+though|Whereas|As|Because|If|When|Since|After|Before|Despite|Until|Unless"
# a clause that is a noun, its subject before the verb at the end: "what Republicans propose", "at what Hutchinson
# said"
FREE_RELATIVE = re.compile(r"(?<![\w])[Ww]hat\s+(?:[\w’'.-]+\s+){1,3}\Z")
# a sentence that opens on "he" or "she": "He said", "But she also signed"
PRONOUN_OPENS = re.compile(SENTENCE_LEAD + r"(?:He|She)\s")
# an aside between dashes: "-- who killed 3 people and injured 23 --", "Mattis — the first Cabinet official in
# 40 years to resign — was leaving"
DASH_ASIDE = re.compile(r"(?:--|[—–―])[^—–―]{1,200}?(?:--|[—–―])")
# a party and home state after a name: "R-Calif.", "D-N.M.", "I-Vt."
PARTY_STATE = r"[A-Z][-–][A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?"


@dataclass(frozen=True, slots=True)
class Span:
    """A found fact before it gets its id and sentence."""

    start: int
    end: int
    kind: Kind
    value: Decimal | str | None
    low: Decimal | str | None
    high: Decimal | str | None
    unit: str | None
    qualifier: str
    rule: str
    subject: str | None = None
    precision: Decimal | None = None


class Claimed:
    """Sorted, non-overlapping spans already claimed; look-ups by bisection keep hostile text linear."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def inside(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_right(self.starts, s) - 1
        if i >= 0 and s < self.ends[i]:
            return True
        return i + 1 < len(self.starts) and self.starts[i + 1] < e

    def next_start(self, pos: int) -> int | None:
        i = bisect_right(self.starts, pos)
        return self.starts[i] if i < len(self.starts) else None


def lower_same_length(text: str) -> str:
    """The text in lower case, each character where it was (patterns run on it give offsets into text)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    # "İ".lower() is two characters: lower ASCII only so offsets stay put
    return text.translate({c: c + 32 for c in range(65, 91)})
