"""Where a fact may start: one pass over the lower-cased text finds digits and the words
that numbers and dates are made of; every rule is then tried only at those places.

One compiled scan keeps extraction linear and fast (a regex alternation tried at every
character of a long article would not be); the words come from the lexicons in rules/.
"""
from __future__ import annotations

import re
from functools import lru_cache

from factdiff.extract.numbers import number_parser
from factdiff.rules import Rules, trie_alternation

# words that may stand before an anchor and belong to the date ("the end of 1989", "last week")
DATE_LEADS = frozenset("""the in between from early late mid end beginning start middle of last next this
past previous coming following upcoming current earlier later first second third fourth final 1st 2nd 3rd
4th latter fiscal calendar year week day since a an several few couple good new""".split())


@lru_cache(maxsize=8)
def anchor_pattern(rules: Rules) -> re.Pattern[str]:
    num = number_parser(rules)
    cal = rules.calendar
    words: set[str] = set(num.start_words) - {"a", "an"}
    words |= set(num.fractions) | set(rules.numbers["ordinals"])
    words |= set(cal["months"]) | set(cal["weekdays"]) | set(cal["seasons"]) | set(cal.get("decade_words", {}))
    words |= {w.split(" ")[0] for w in cal["relative_days"]} - {"the", "this", "last"}
    words |= {w.split(" ")[-1] for w in cal["holidays"]} | {w.split(" ")[0] for w in cal["holidays"]} - {"the", "new", "good"}
    words |= {"week", "weeks", "month", "months", "year", "years", "quarter", "quarters", "decade", "century",
              "weekend", "fortnight", "q1", "q2", "q3", "q4", "fy"}
    words = {w for w in words if w.isascii() and re.fullmatch(r"[a-z0-9'’.]+", w)}
    fractions = "".join(rules.numbers["unicode_fractions"])
    return re.compile(r"(?<![\w.])\.?\d|[" + fractions + r"]|(?<![a-z0-9])" + trie_alternation(words) + r"(?![a-z])")


def find_anchors(rules: Rules, lower: str) -> list[int]:
    """Start offsets of every digit run and number or date word in the lower-cased text."""
    return [m.start() for m in anchor_pattern(rules).finditer(lower)]


_WORD_BEFORE = re.compile(r"([A-Za-z0-9]+)[\s-]+\Z")


def lead_starts(text: str, pos: int, limit: int = 3) -> list[int]:
    """Starts of up to `limit` date lead words right before `pos` ("the end of" 1989)."""
    out: list[int] = []
    cur = pos
    for _ in range(limit):
        m = _WORD_BEFORE.search(text, max(0, cur - 24), cur)
        if not m or m.group(1).lower() not in DATE_LEADS:
            break
        cur = m.start(1)
        out.append(cur)
    return out
