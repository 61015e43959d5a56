"""Direction of change on numeric facts: "rose to 5%", "fell by 3,000", "a 5% increase".

A direction word from rules/directions.toml standing close before the number in its clause
(at most four words, no clause break between) gives the fact `direction` up or down, and
`change`: "to" for the new level, "by" for the amount of change, null when unsaid.
"""
from __future__ import annotations

import re
from functools import lru_cache

from factdiff.rules import Rules, alternation


class DirectionReader:
    def __init__(self, rules: Rules) -> None:
        d = rules.directions
        self.word = {w: "up" for w in d["up"]} | {w: "down" for w in d["down"]}
        alt = alternation(self.word)
        # "rose 3% to 5.2%", "fell by 3,000", "cut spending by $416 billion", "up from 4%"
        self.before = re.compile(r"(?<![\w])(?P<w>" + alt + r")(?P<mid>(?:\s+(?!and\b|but\b)[\w'’$%.,-]+){0,4}?)"
                                 r"\s+(?:(?P<prep>to|by|from|at|of)\s+)?(?:(?:about|around|nearly|almost|some|roughly|"
                                 r"more\s+than|less\s+than|over|under|up\s+to)\s+)?\Z", re.IGNORECASE)
        self.after = re.compile(r"\s+(?P<w>increase|rise|gain|jump|surge|growth|drop|decline|decrease|fall|cut|"
                                r"reduction|loss|slump)(?![\w])", re.IGNORECASE)
        self._after_dir = {"increase": "up", "rise": "up", "gain": "up", "jump": "up", "surge": "up", "growth": "up",
                           "drop": "down", "decline": "down", "decrease": "down", "fall": "down", "cut": "down",
                           "reduction": "down", "loss": "down", "slump": "down"}

    def read(self, text: str, start: int, end: int, sent_start: int) -> tuple[str, str | None] | None:
        """(direction, "to" | "by" | None) for the fact at start..end, or None."""
        window_start = max(sent_start, start - 60)
        m = self.before.search(text, window_start, start)
        if m and not re.search(r"[;:]|,\s", m.group("mid") or ""):
            prep = (m.group("prep") or "").lower()
            change = "to" if prep in ("to", "at") else "by" if prep == "by" else None
            if prep == "from":
                return None                  # "fell from 5%": the old level, no claim on the fact
            return self.word[m.group("w").lower()], change
        a = self.after.match(text, end)
        if a:
            return self._after_dir[a.group("w").lower()], "by"
        return None


@lru_cache(maxsize=8)
def direction_reader(rules: Rules) -> DirectionReader:
    return DirectionReader(rules)
