"""Setting aside what is no amount before anything else reads the numbers: identifiers ("Resolution
1244", "1652 Park Avenue", "(202) 555-0100"), kept as facts; clock times ("2 pm") and web addresses,
dropped; and slashed shorthand ("9/11", "24/7"), which only a date rule may read ("on 12/14").
The words and shapes are in rules/identifiers.toml.
"""
from __future__ import annotations

import re
from functools import lru_cache

from factdiff.extract.spans import Claimed, Span
from factdiff.model import Kind
from factdiff.rules import Rules, alternation

# "8: 30 p.m.": some copy is tokenized with a space after the colon; with a.m./p.m. it is still a time, and
# so is a two-digit hour ("at 09: 00 on sunday") or minutes in fives ("from 5: 00 until 9: 30"); wire copy's
# 24-hour clock: "at 1400 GMT", "0930 ET"
_TIME = re.compile(r"\d{1,2}(?::\d{2}){1,2}(?:\s?[ap]\.?m\.?(?![a-z]))?"
                   r"|\d{1,2}(?:[.]\d{2}|:\x20\d{2})?\s?[ap]\.?m\.?(?![a-z])"
                   r"|(?:[01]\d|2[0-3]):\x20[0-5]\d(?![\d:])|\d:\x20[0-5][05](?![\d:])"
                   r"|(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT)(?![\w])"
                   r"|\d{1,2}\s?o['’]?clock", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)
_SLASHED = re.compile(r"(\d+)/(\d+)(?![\d/])")       # "9/11", "24/7": names and shorthand, not fractions


class IdentifierReader:
    """Where a number is part of an identifier, and how that is known."""

    def __init__(self, rules: Rules) -> None:
        ids = rules.identifiers
        cues = ids["before"]
        spaced = [c for c in cues if not c.endswith("-")]
        glued = [c for c in cues if c.endswith("-")]
        self.cue = re.compile(r"(?:(?<![\w])(?P<cue>" + alternation(spaced) + r")[\x20\u00a0]?(?:No\.?\s?)?"
                              r"|(?P<glued>(?<![\w])" + alternation(glued)
                              + r"|(?<![\w])[A-Z][A-Za-z]*[A-Z][A-Za-z]*-|(?<![\w'’-])[A-Za-z]-"
                              + r"|(?<![\w'’-])(?!(?i:" + alternation(ids["glued_words"]) + r")-)[A-Za-z]{2,3}-))\Z")
        # the word right before a number (or before its space) that may end a cue: a cheap test before
        # the search above, which is asked at every number
        self.cue_words = frozenset(spaced) | {"No", "No."}
        # "the 1500 block of", "the 1300-block of"
        self.after = re.compile(r"\d+(?=[\x20\u00a0-](?:" + alternation(ids["after"]) + r")(?![\w]))")
        # one pattern for all the shapes: the first that matches wins, as in the file's order
        self.shapes = re.compile("|".join(f"(?:{s})" for s in ids["shapes"]))
        self.street = re.compile(
            r"\d{1,5}(?![\d,.]\d)[\x20\u00a0]+(?:(?:[NSEW]\.|north|south|east|west)[\x20\u00a0]+)?"
            r"(?P<words>(?:[A-Za-z\d][\w'’.]*[\x20\u00a0]+){1,3}?)(?i:" + alternation(ids["street_suffixes"])
            + r")(?![\w])", re.IGNORECASE)
        n = rules.numbers
        self.not_street_names = {w.lower() for w in list(rules.counts["stop"]) + list(rules.unit_by_symbol)} \
            | set(rules.unit_by_word) | {w.lower() for part in ("units", "tens", "scales") for w in n.get(part, {})}

    def shape(self, text: str, a: int) -> re.Match[str] | None:
        """A phone number or other shape at the digit `a`, which may open a character or two before it:
        "+1-", "(202)", "( 202 )"."""
        opening = a - 1 if text[a - 1:a] in "+(" else a - 2 if text[a - 2:a] == "( " else a
        for at in sorted({max(0, opening), a}):
            m = self.shapes.match(text, at)
            if m:
                return m
        return None

    def at(self, text: str, a: int) -> tuple[int, int, str] | None:
        """The identifier the number at `a` is part of, as (start, end, how it is known), or None."""
        named = self.after.match(text, a)
        if named:
            return a, named.end(), "name after the number"           # "the 1500 block of"
        address = self._street(text, a)
        if address:
            return a, address.end(), "street address"                # "1652 Park Avenue"
        c = self.cue.search(text, max(0, a - 24), a) if self._may_follow_a_cue(text, a) else None
        if c is None:
            return None
        end = a                                                      # "Boeing 737", "F-35B", "Resolution 1244-A"
        while end < len(text) and (text[end].isalnum() or (text[end] in "-./" and end + 1 < len(text)
                                                            and text[end + 1].isalnum())):
            end += 1
        return c.start(), end, "name before the number"

    def _may_follow_a_cue(self, text: str, a: int) -> bool:
        j = a - 1 if text[a - 1:a] in ("\x20", "\u00a0") else a
        if text[j - 1:j] == "-":
            return True                                              # "COVID-19", "F-35B"
        i = j
        while i > 0 and a - i < 24 and not text[i - 1].isspace():
            i -= 1
        token = text[i:j]                                            # "(Resolution", "&#": a cue after a non-word
        return any(token[k:] in self.cue_words for k in range(len(token)) if k == 0 or not token[k - 1].isalnum())

    def _street(self, text: str, a: int) -> re.Match[str] | None:
        """ "1652 Park Avenue", "215 w. 34th st.": no small word, unit or number word between."""
        m = self.street.match(text, a)
        if m and not any(w.lower().rstrip(".") in self.not_street_names for w in m["words"].split()):
            return m
        return None


@lru_cache(maxsize=8)
def identifier_reader(rules: Rules) -> IdentifierReader:
    return IdentifierReader(rules)


def set_aside(text: str, anchors: list[int], rules: Rules,
              out: list[Span]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Identifiers (appended to `out`) and clock times: spans no other rule may use; and slashed
    shorthand, which no number may use but a date rule may read. Returns (masked, shorthand)."""
    reader = identifier_reader(rules)
    masked: list[tuple[int, int]] = [(u.start(), u.end()) for u in _URL.finditer(text)] if "/" in text or "@" in text \
        else []
    shorthand: list[tuple[int, int]] = []
    last = -1
    url = Claimed(masked)
    for a in anchors:
        if a < last or not text[a].isdigit() or url.inside(a):
            continue
        t = _TIME.match(text, a)
        if t:                                   # every reading of the pattern is a time of day
            masked.append((a, t.end()))
            last = t.end()
            continue
        shape = reader.shape(text, a)
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
        found = reader.at(text, a)
        if found:
            start, end, rule = found
            masked.append((start, end))
            out.append(Span(start, end, Kind.IDENTIFIER, text[start:end], None, None, None, "exact",
                            f"identifier: {rule}"))
            last = end
    masked.sort()
    return masked, shorthand
