"""Whether a date in a sentence speaks of the future or the past: the sentence's words of the future, and the
nearest word of tense to the date (rules/calendar.toml [tense]). Dates without a year are resolved by it."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from factdiff.rules import Rules

_FUTURE = re.compile(r"(?<![\w])(?:will|shall|won['’]t|going\s+to|plans?\s+to|planning\s+to|(?:is|are)\s+set\s+to|"
                     r"scheduled|upcoming|(?:is|are)\s+expected\s+to|(?:is|are)\s+due\s+to|"
                     r"(?:is|are)\s+heading\s+(?:to|for|back))(?![\w])|['’]ll(?![\w])",
                     re.IGNORECASE)
# one of these is in every match of _FUTURE: a plain look for them first spares most sentences the regex
_FUTURE_WORDS = ("will", "shall", "won", "going", "plan", "set", "scheduled", "upcoming", "expected", "due", "'ll", "’ll",
                 "heading")
_SENTENCE_START = re.compile(r"[.!?\n][\"”’')\]]*\s+(?=\S)")


class SentenceTense:
    """Whether a date speaks of the future ("It will happen on January 15"), asked by its offsets: its sentence
    must, and the nearest word of tense to it must not be a verb in the past (rules/calendar.toml [tense])."""

    def __init__(self, text: str, rules: Rules) -> None:
        self.text = text
        self.bounds: list[int] = []          # sentence starts, found on the first question only
        self.memo: dict[int, bool] = {}
        self.words = tense_words(rules)

    def future(self, pos: int, end: int) -> bool:
        i, s, e = self._sentence(pos)
        if i not in self.memo:
            sentence = self.text[s:e].lower()
            self.memo[i] = any(w in sentence for w in _FUTURE_WORDS) and bool(_FUTURE.search(self.text, s, e))
        return self.memo[i] and not self.words.past_nearest(self.text, s, e, pos, end)

    def past(self, pos: int, end: int) -> bool:
        """Whether the nearest word of tense to the date at pos..end is a verb in the past."""
        _, s, e = self._sentence(pos)
        return self.words.past_nearest(self.text, s, e, pos, end)

    def _sentence(self, pos: int) -> tuple[int, int, int]:
        if not self.bounds:
            self.bounds = [0] + [m.end() for m in _SENTENCE_START.finditer(self.text)]
        i = bisect_right(self.bounds, pos) - 1
        return i, self.bounds[i], self.bounds[i + 1] if i + 1 < len(self.bounds) else len(self.text)


_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


class TenseWords:
    def __init__(self, rules: Rules) -> None:
        tense, told = rules.calendar["tense"], rules.calendar["told"]
        self.past = frozenset(tense["past"]) | frozenset(told["irregular"])
        self.not_past = frozenset(told["not_past"])
        self.ahead = frozenset(tense["ahead"])
        self.ahead_before_to = frozenset(tense["ahead_before_to"])
        self.not_past_after = frozenset(tense["not_past_after"])

    def past_nearest(self, text: str, s: int, e: int, pos: int, end: int) -> bool:
        """Whether the nearest word of tense before pos in its clause (else after end, up to a quotation) in
        the sentence s..e is a verb in the past, and not one in a condition ("if their tax cuts were not
        extended at the end of the year")."""
        s, e = max(s, pos - _REACH), min(e, end + _REACH)      # a clause runs no longer: the look stays linear
        clause = max(s, *(text.rfind(c, s, pos) + 1 for c in _CLAUSE_MARKS))
        before = _words(text, clause, pos)
        for i in range(len(before) - 1, -1, -1):
            tense = self._tense(before, i)
            if tense is not None:
                return tense and not any(w in ("if", "unless") for w in before[:i])
        quote = min([q for q in (text.find(c, end, e) for c in _QUOTE_MARKS) if q >= 0] or [e])
        after = _words(text, end, quote)
        for i in range(len(after)):
            tense = self._tense(after, i)
            if tense is not None:
                return tense
        return False

    def _tense(self, words: list[str], i: int) -> bool | None:
        """True: a verb in the past; False: a word of the future (or one that leaves it open); None: neither."""
        w, next_word = words[i], words[i + 1] if i + 1 < len(words) else ""
        if w in self.ahead or w.endswith("'ll") or (w in self.ahead_before_to and next_word in ("to", "for")):
            return False
        if next_word == "by" or (i and words[i - 1] in self.not_past_after):
            return None                       # "areas ravaged by the storm", "to be held": no verb of its own
        if w in self.past or (w.endswith("ed") and len(w) > 3 and w not in self.not_past):
            return True
        return None


_REACH = 250        # characters looked at before and after a date for its nearest word of tense
# where a clause opens, for the look back from a date; the look after it stops at a quotation
_CLAUSE_MARKS = (",", ";", ":", "(", ")", "“", "”", '"', "—")
_QUOTE_MARKS = ("“", '"')


def _words(text: str, start: int, end: int) -> list[str]:
    return [w.replace("’", "'").lower() for w in _WORD.findall(text, start, end)]


@lru_cache(maxsize=8)
def tense_words(rules: Rules) -> TenseWords:
    return TenseWords(rules)


class DateTense:
    """The tense of the date being read (the extractor sets it with `at` before each reading), for the readings
    that place a date without a year: "the governor became a candidate this weekend"."""

    def __init__(self, tense: SentenceTense) -> None:
        self.tense, self.start, self.end = tense, 0, 0

    def at(self, start: int, end: int) -> None:
        self.start, self.end = start, end

    def past(self) -> bool:
        """Whether the nearest word of tense to the date is a verb in the past."""
        return self.tense.past(self.start, self.end)
