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
def anchor_pattern(rules: Rules) -> tuple[re.Pattern[str], re.Pattern[str]]:
    num = number_parser(rules)
    cal = rules.calendar
    words: set[str] = set(num.start_words) - {"a", "an"}
    words |= set(num.fractions) | set(rules.numbers["ordinals"])
    words |= set(cal["months"]) | set(cal["weekdays"]) | set(cal["seasons"]) | set(cal.get("decade_words", {}))
    words |= {w.split(" ")[i] for w in cal["relative_days"] for i in (0, -1)} - {"the", "this", "last"}   # "this morning"
    words |= {w.split(" ")[-1] for w in cal["holidays"]} | {w.split(" ")[0] for w in cal["holidays"]} - {"the", "new", "good"}
    words |= {"week", "weeks", "month", "months", "year", "years", "quarter", "quarters", "decade", "century",
              "weekend", "fortnight", "q1", "q2", "q3", "q4", "fy", "h1", "h2", "1h", "2h"}
    words |= {w.lower() for w in rules.units["_one_unit"]["words"]}          # "about an hour", "less than a mile"
    words |= {w.lower() for w in rules.numbers["vague_plurals"]}            # "hundreds of people"
    words = {w for w in words if w.isascii() and re.fullmatch(r"[a-z0-9'’.]+", w)}
    fractions = "".join(rules.numbers["unicode_fractions"])
    # Two scans. The digit scan opens with a set of characters, which the regex engine skips to at
    # C speed (a pattern opening with a look-behind is tried at every character), so its look-behind
    # comes after the first character: a digit or ".5" not glued to a word or number before it, nor
    # a group of three after a digit and comma ("200,000 years ago" has no start at 000; "nos. 22,24" has two)
    digits = re.compile(r"[\d." + fractions + r"](?:(?<=[" + fractions + r"])"
                        r"|(?<![\w.].)(?!(?<=\d,.)\d\d(?!\d))(?:(?<=\d)|(?=\d)))")
    words_ = re.compile(r"(?<![a-z0-9])" + trie_alternation(words) + r"(?![a-z])")
    return digits, words_


def find_anchors(rules: Rules, lower: str) -> list[int]:
    """Start offsets of every digit run and number or date word in the lower-cased text."""
    digits, words = anchor_pattern(rules)
    found = [m.start() for m in digits.finditer(lower)]
    found_words = [m.start() for m in words.finditer(lower)]
    if not found or not found_words:
        return found or found_words
    return sorted(set(found).union(found_words))         # "1st" is found by both


_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def lead_starts(text: str, pos: int, limit: int = 4) -> list[int]:
    """Starts of up to `limit` date lead words right before `pos` ("the end of the" year), each word
    with the spaces or hyphens after it within 24 characters. Asked at every anchor: a plain scan
    back costs less than a regex search of the window."""
    out: list[int] = []
    cur = pos
    for _ in range(limit):
        j = cur
        while j > 0 and cur - j < 24 and (text[j - 1].isspace() or text[j - 1] == "-"):
            j -= 1
        i = j
        while i > 0 and cur - i < 24 and text[i - 1] in _ASCII_ALNUM:
            i -= 1
        if i == j or j == cur or text[i:j].lower() not in DATE_LEADS:
            break
        cur = i
        out.append(cur)
    return out
