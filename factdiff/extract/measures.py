"""What a number measures: money, percent, a quantity with a unit, a count of a noun, or a bare number.

Each number found by numbers.py is read with the words right around it: a currency symbol or
code before it, a currency name, percent sign, unit or counted noun after it, and a qualifier
("up to", "about", "or more") on either side. All the vocabulary comes from rules/.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from factdiff.errors import RuleError
from factdiff.extract.numbers import Mention
from factdiff.model import Kind
from factdiff.rules import Rules, alternation


# after a glued one-letter symbol ("35C"), a lower-case word other than these makes it a code ("13F filing")
_CODE_WORD_AFTER = re.compile(r"\s+(?!(?:in|on|at|and|or|to|with|by|for|as|during|from|than|yesterday|today|"
                              r"tomorrow|tonight|overnight|now|then|last|this|next|degrees?|outside|inside|while|when|but|"
                              r"is|was|were|are|will|would)\b)[a-z]")
_AND_A_FRACTION = re.compile(r"\s+and\s+(?:a\s+)?(half|quarter)(?![\w])", re.IGNORECASE)
_NOUN_NEXT = re.compile(r"[\x20\u00a0]+(?!of\b|or\b|and\b|to\b|in\b|as\b|is\b|was\b)[a-z]|-[a-z]")   # or "-floor"
# "50,000 pounds ($78,400)": an amount converted beside it is money
_CONVERSION_AFTER = re.compile(r"\s*[(,;]\s*(?:about\s+|around\s+|roughly\s+|or\s+)?(?:US\s?\$|\$|€|¥|\d[\d,.]*\s*(?:dollars|euros))")
# "a man in his 50s", "in her late 60s": an age between the decade's years
# ("into their early 60s", "in his early to mid-20s"; "in their 30s and 40s": the second one too, from its own start)
_DECADE_OF_LIFE = re.compile(r"(?<![\w])in(?:to)?\s+(?:his|her|their|its)\s+(?P<listed>(?:(?:early|mid-?|late)\s*)?\d0s"
                             r"(?:\s*,\s*|\s+(?:and|or|to)\s+))?(?:(?P<from>early|mid)\s+to\s+)?"
                             r"(?P<part>early\s+|mid-?\s*|late\s+)?\Z", re.IGNORECASE)
# "Roger Stone, 66, was taken", "the suspect, 22,": a bare number set off by commas after a name or a
# person is the person's age
_APPOSITIVE_BEFORE = re.compile(r"(?<![\w])(?P<name>[A-Za-z][a-z'’.-]*[a-z.]),[\x20\u00a0]\Z")
_APPOSITIVE_AFTER = re.compile(r",[\x20\u00a0]|\.(?:\s|\Z)")     # "Roger Stone, 66, was"; "and Abigail Williams, 13."
# what may follow an age told in a clause of its own: its end, or "when", "in", "at the time"
_CLAUSE_ENDS_AFTER = re.compile(r"(?:[.,;!?)\]]|:(?!\s*\d)|\s*\Z"
                                r"|\s+(?:when|in|at\s+the\s+time|after|from|of\s+(?:cancer|complications))(?![\w]))")
# "was 18 when he learned": a person's age ("the score was 18 when rain fell" is none)
_WHEN_AFTER = re.compile(r"[\x20\u00a0]+when[\x20\u00a0]+(?:he|she|they|his|her|their|i|we)(?![\w])", re.IGNORECASE)
_LAST_WORD = re.compile(r"(\S+)[\x20\u00a0]*\Z")
_TRAILING_WORD = re.compile(r"[\w’']*\Z")
# "47-page indictment", "a two-term Republican senator": a singular noun glued by a hyphen, then the noun it describes
_COMPOUND_NOUN = re.compile(r"-(?P<noun>[a-z]+)[\x20\u00a0]+(?P<head>[A-Za-z]+)")
# "6-foot-2", "6-foot-7-inch": inches hyphened on (compound_units joins the spaced "5 feet 10 inches")
_INCHES_AFTER_FOOT = re.compile(r"-(?P<n>\d{1,2})(?:-inch(?:es)?)?(?![\d.,]\d|[\w-])", re.IGNORECASE)
_FEET_INCHES_MARKS = re.compile(r"\x20?['’′]\x20?(?P<n>\d{1,2})\x20?(?:\"|”|″|'')")
# a fraction of a percentage point, as rate stories write it: "a quarter point", "a quarter-point cut", "half a
# percentage point", "three-quarters of a point"
_POINT_SHARE = re.compile(r"(?:[\x20\u00a0-]|[\x20\u00a0]+(?:of[\x20\u00a0]+)?an?[\x20\u00a0]+)"
                          r"(?:percentage[\x20\u00a0-]+)?point(?![\w])", re.IGNORECASE)
_TENS_PLURAL = re.compile(r"['’]?s(?![\w])")
_AGE_RANGE_AFTER = re.compile(r"[\x20\u00a0]*(?P<sep>to|through|and|-|–)[\x20\u00a0]*(?P<high>\d{1,3})"
                              r"(?![\d,.]\d|[\w%])(?:[\x20\u00a0]+years?(?:[\x20\u00a0]+old)?(?![\w]))?")
_BETWEEN_BEFORE = re.compile(r"(?<![\w])between(?:[\x20\u00a0]+the)?[\x20\u00a0]+\Z", re.IGNORECASE)
_AGE_SEP = r"(?:[\x20\u00a0]*,[\x20\u00a0]*(?:and[\x20\u00a0]+)?|[\x20\u00a0]+and[\x20\u00a0]+)"
_AGE_LIST_BEFORE = re.compile(r"(?<![\w])(?i:aged|ages)[\x20\u00a0]+\d{1,3}(?:" + _AGE_SEP + r"\d{1,3})*"
                              + _AGE_SEP + r"\Z")
# "half a mile", "three quarters of an hour": the article between a fraction and its unit
_FRACTION_ARTICLE = re.compile(r"[\x20\u00a0]+(?:of[\x20\u00a0]+)?an?(?=[\x20\u00a0])", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"(?<![\w])(?P<a>(?i:an?|another))[\x20\u00a0]+\Z")
_OR_TWO = re.compile(r"[\x20\u00a0]+or[\x20\u00a0]+(two|three)(?![\w-])", re.IGNORECASE)   # "a day or two"
_VERBISH = re.compile(r"(?:ed|ly|ing)$")
_DETERMINER_BEFORE = re.compile(r"(?<![\w])(?:the|this|that|each|every|per|last|next|previous|first|second|third"
                                r"|fourth|final)\s+\Z", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of(?![\w])", re.IGNORECASE)
# "three 17-year-old boys", "two 16-year-olds", "two 10-year bonds": a measure in one hyphenated word between
# a count and its noun
_MEASURE_COMPOUND = re.compile(r"[\x20\u00a0]+\d[\d.]*(?:-[A-Za-z]+)+(?![\w-])")


_QUOTE_MARKS = frozenset("\"'’”″′")
# "per cent of 210": the percent word before the number, which ends its phrase
_PERCENT_OF = re.compile(r"(?<![\w])(?i:per[\x20\u00a0]?cents?|percents?)[\x20\u00a0]+of[\x20\u00a0]+\Z")
_PHRASE_ENDS = re.compile(r"[\x20\u00a0]*(?:[.,;:!?)]|\Z)")


@dataclass(frozen=True, slots=True)
class Measure:
    """A number read with its context; start/end cover the currency, unit and qualifier words."""

    start: int
    end: int
    kind: Kind
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str | None
    qualifier: str
    rule: str
    subject: str | None = None
    precision: Decimal = Decimal(1)
    scale: Decimal | None = None
    num_start: int = 0        # where the number itself stands
    num_end: int = 0
    core_start: int = 0       # start before a qualifier widened it


_NOUN_AND = re.compile(r"(?<![\w])[A-Za-z][a-z]+\s+and\s+\Z")


@lru_cache(maxsize=8)
def weather_before(rules: Rules) -> re.Pattern[str]:
    """A word of weather earlier in the sentence ("Highs in the mid-40s"), searched in a window before a number."""
    return re.compile(r"(?<![\w])(?i:" + alternation(rules.units["_tens"]["weather"]) + r")(?![\w])[^.!?]*\Z")


class MeasureReader:
    """Context patterns compiled from one rule set."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        sym = alternation(rules.currency_by_symbol)
        codes = alternation(rules.currency_codes)
        self.cur_before = re.compile(r"(?:(?P<sym>" + sym + r")|(?<![A-Za-z])(?P<code>" + codes + r"))[\x20\u00a0]?(?P<neg>[-−])?\Z")
        self.money_scale = re.compile(alternation(rules.numbers["money_scale_abbreviations"]) + r"(?![\w])")
        self.cur_after = re.compile(
            r"(?P<gap>[\x20\u00a0]?-?[\x20\u00a0]?)(?:(?P<name>(?i:" + alternation(rules.currency_by_name) + r"))"
            r"|(?P<code>" + codes + r")|(?P<sym>[€£$¥₽₹]))(?![\w])")
        self.needs_conversion = {n.lower() for spec in rules.currencies.values() if isinstance(spec, dict)
                                 for n in spec.get("needs_conversion", [])}
        cues = rules.currencies.get("_money_cues", {}).get("before", [])
        # "spent 20 million", "a fine of about 500": a word of paying, at most two words before the amount
        self.money_cue = re.compile(r"(?<![\w])(?i:" + alternation(cues) + r")\s+(?:[a-z]+\s+){0,2}\Z") if cues else None
        subunits = rules.currencies.get("_subunits", {})
        self.subunits = {k.lower(): (v["code"], Decimal(str(v["factor"]))) for k, v in subunits.items()}
        spaced = [k for k, v in subunits.items() if not v.get("glued")]
        glued = [k for k, v in subunits.items() if v.get("glued")]
        self.subunit_after = re.compile(r"[\x20\u00a0](?P<sub>(?i:" + alternation(spaced) + r"))(?![\w])") \
            if spaced else None
        self.subunit_not_numbers = {k.lower(): frozenset(Decimal(n) for n in v.get("not_numbers", []))
                                    for k, v in subunits.items()}
        # "50p"; not "12p-7p", "comet 209p/linear"
        self.subunit_glued = re.compile(r"(?P<sub>" + alternation(glued) + r")(?![\w/–-])") if glued else None
        scores = rules.scores
        self.score_before = re.compile(r"(?<![\w])(?i:" + alternation(scores["before"]) + r")[\x20\u00a0]+\Z")
        self.score_after = re.compile(r"[\x20\u00a0]+(?P<noun>(?i:" + alternation(scores["after"]) + r"))(?![\w])")
        self.percent_after = re.compile(
            r"[\x20\u00a0]?(?:(?P<pp>(?i:percentage[\s-]points?|%[\x20\u00a0]?points?|per\s?cent(?:age)?\s+points?|pp|ppts?))"
            r"|(?P<bp>(?i:basis\s+points?|bps))"
            r"|(?P<pc>%|(?i:per\s?cents?|percent(?:age)?s?|pct)|pc))(?![\w])")       # "1.7pc": British papers
        # a one-letter symbol must stand alone: "30 C" is a temperature, "800,000 F-Series", "40 F.B.I. agents"
        # and "PA 23456 F Block" are not; before a slash only when a unit follows it ("120 g/km")
        multi = [u for u in rules.unit_by_symbol if len(u) > 1 and u not in rules.word_symbols]
        single = [u for u in rules.unit_by_symbol if len(u) == 1]
        word_like = alternation(rules.word_symbols) if rules.word_symbols else "(?!)"
        after_word_like = alternation(rules.units.get("_word_symbols", {}).get("followed_by", [])) or "(?!)"
        self.unit_symbol = re.compile(r"[\x20\u00a0]?(?:(?P<sym>" + alternation(multi) + r")(?![\w\"°])|(?P<sym1>"
                                      + alternation(single) + r")(?:(?=/(?:" + alternation(rules.unit_by_symbol) + r"|(?i:"
                                      + alternation(rules.unit_by_word) + r"))(?:\^?2|²)?(?![\w]))"
                                      r"|(?![\w\"°/-]|[\x20\u00a0][A-Z]|\.[A-Za-z]))|(?P<symw>"
                                      + word_like + r")(?=[.,;:)]|\Z|[\x20\u00a0]+(?:" + after_word_like
                                      + r")(?![\w])))")
        # units named before the number ("magnitude 7.1"): the last words before it, then the number
        before = {w.lower(): canon for canon, spec in rules.units.items() if not canon.startswith("_")
                  for w in spec.get("before", [])}
        self.unit_before = before
        self.unit_before_cue = re.compile(r"(?<![\w])(?P<cue>(?i:" + alternation(before) + r"))[\x20\u00a0]*\Z") \
            if before else None
        self.unit_word = re.compile(r"(?:[\x20\u00a0]+|[\x20\u00a0]?[-–][\x20\u00a0]?)(?:of\s+)?(?P<word>(?i:"
                                    + alternation(rules.unit_by_word) + r"))(?![\w])")
        self.per_unit = re.compile(r"(?:/|[\x20\u00a0]+per[\x20\u00a0]+|[\x20\u00a0]+an?[\x20\u00a0]+)(?:(?P<word>(?i:"
                                   + alternation(rules.unit_by_word) + r"))|(?P<sym>" + alternation(rules.unit_by_symbol)
                                   + r")(?P<squared>\^?2|²)?)(?![\w])")      # "9.8 m/s2": per second squared
        vague = rules.numbers["vague_plurals"]
        self.vague = {k.lower(): (Decimal(v[0]), Decimal(v[1])) for k, v in vague.items()}
        plural = r"(?i:" + alternation(vague) + r")"
        # "hundreds of people", "tens of thousands of", "hundreds if not thousands of years", "dozens were hurt"
        self.vague_plural = re.compile(r"(?<![\w-])(?P<lead>" + plural + r")(?:\s+(?i:if\s+not|or\s+even|or|to)\s+(?P<lead2>"
                                       + plural + r"))?(?:\s+(?P<of>of)(?:\s+(?P<inner>(?i:thousands|millions|billions))"
                                       r"\s+of)?(?=\s+[A-Za-z$€£¥])|(?![\w-]))")
        one_unit = rules.units["_one_unit"]["words"]
        unknown = [w for w in one_unit if w.lower() not in rules.unit_by_word]
        if unknown:
            raise RuleError(f"units.toml [_one_unit]: not a unit word: {', '.join(unknown)}")
        self.one_unit = re.compile(r"[\x20\u00a0]+(?P<word>(?i:" + alternation(one_unit) + r"))(?![\w'’-])")
        self.unit_then_and = re.compile(r"(?<![\w])(?:a|an|one)\s+(?P<u>(?i:" + alternation(rules.unit_by_word)
                                        + r"))\s+and\s+\Z", re.IGNORECASE)
        self.calendar_words = {w.lower() for part in ("months", "weekdays") for w in rules.calendar.get(part, {})}
        ages = rules.units["_ages"]
        self.age_before = re.compile(r"(?<![\w])(?P<cue>" + alternation(ages["before"]) + r")[\x20\u00a0]+\Z",
                                     re.IGNORECASE)
        self.age_people = frozenset(ages["people"])
        self.age_bound = {k.lower(): v for k, v in ages["after"].items()}
        self.age_bound_after = re.compile(r"[\x20\u00a0]+(?P<b>(?i:" + alternation(self.age_bound) + r"))(?![\w])")
        self.age_before_when = re.compile(r"(?<![\w])(?i:" + alternation(ages["before_when"]) + r")[\x20\u00a0]+\Z")
        self.age_told = re.compile(r"(?<![\w])(?i:" + alternation(ages["before_clause_end"]) + r")[\x20\u00a0]+\Z")
        self.tens_parts = {k: (int(v[0]), int(v[1])) for k, v in rules.units["_tens"]["parts"].items()}
        self.tens_before = re.compile(r"(?:(?<![\w])(?P<the>the)[\x20\u00a0]+)?(?:(?<![\w])(?P<part>"
                                      + alternation(self.tens_parts) + r")[\x20\u00a0-]?)?\Z", re.IGNORECASE)
        self.weather = weather_before(rules)
        self.age_after = re.compile(r"(?i:[\s-]+olds?|\s+of\s+age|\s+yo)(?![\w])")   # "two 16-year-olds"
        words = [p for p in rules.qualifier_before if p[0].isalnum()]
        signs = [p for p in rules.qualifier_before if not p[0].isalnum()]
        self.qual_before = re.compile(r"(?:(?<![\w])(?P<q>(?i:" + alternation(words) + r"))|(?<![<>=])(?P<qs>"
                                      + alternation(signs) + r"))[\x20\u00a0]*\Z")
        not_q = rules.qualifiers.get("not_qualifiers", {}).get("before", [])
        self.not_qual_before = re.compile(r"(?<![\w])(?i:" + alternation(not_q) + r")[\x20\u00a0]*\Z") if not_q else None
        self.qual_after = re.compile(r"[\x20\u00a0]*(?P<q>(?i:" + alternation(rules.qualifier_after) + r"))(?![\w/])"
                                     r"(?!-[\x20\u00a0]*\d)")      # not the "+" of "9.8 +/- 0.1" or "9.8 +- 0.1"
        over = rules.qualifiers.get("over_a_time", {})
        self.over_more_than_after = frozenset(over.get("more_than_after", []))
        self.over_more_than_before = re.compile(r"[\x20\u00a0]+(?i:" + alternation(over.get("more_than_before", []))
                                                + r")(?![\w])") if over.get("more_than_before") else None
        # the last word of every qualifier phrase: a cheap test before the costly backward search
        self.qual_last = {p.split()[-1] for p in rules.qualifier_before}
        self.cur_last = {c[-1] for c in rules.currency_by_symbol} | {c[-1] for c in rules.currency_codes}
        counts = rules.counts
        self.stop = {w.lower() for w in counts["stop"]}
        n = rules.numbers
        self.number_words = {w.lower() for part in ("units", "tens", "scales") for w in n.get(part, {})}
        self.ordinal_words = {w.lower() for w in n.get("words", {}).get("ordinal_before_noun", [])}
        # "the twenty-sixth day", "its thirty-first birthday": a tens word hyphened to an ordinal is one ordinal
        self.tens_words = {w.lower() for w in n.get("tens", {})}
        self.ordinal_after_tens = re.compile(r"-(?i:" + alternation(w for w, v in n["ordinals"].items() if v < 10)
                                             + r")(?![\w-])")
        idioms = n.get("words", {}).get("idioms", [])
        self.idiom = re.compile(r"(?<![\w-])(?i:" + alternation(idioms) + r")(?![\w-])") if idioms else None
        self.irregular = {k.lower(): v for k, v in counts["irregular"].items()}
        self.men_singulars = frozenset(counts["men_plurals"])
        self.not_plural = {w.lower() for w in counts["not_plural"]}
        self.adjectives_in_ly = frozenset(counts["adjectives_in_ly"])
        self.compound_not = frozenset(counts["compound_not"])
        self.names_in_plural = frozenset(counts["names_in_plural"])
        self.scope_words = frozenset(counts["scope_modifiers"])
        self.change_words = frozenset(rules.directions["up"]) | frozenset(rules.directions["down"])
        self.unit_words = frozenset(rules.unit_by_word) | frozenset(rules.unit_by_symbol)    # "50-cm": a measure
        # "3 hours and 20 minutes": the unit a quantity may go on in, and how many of it make one of the larger
        self.smaller_unit = {big: (small, round(rules.unit_info[big][1] / rules.unit_info[small][1]))
                             for big, small in rules.units.get("_compound", {}).get("then", {}).items()}
        self.word = re.compile(r"[\x20\u00a0]+(?P<w>[A-Za-z][A-Za-z\d'’.-]*[A-Za-z\d]|[A-Za-z])")   # "four F-35B jets"

    def is_ordinal(self, text: str, m: Mention) -> bool:
        """ "an eighth term", "a third straight year", "the twenty-sixth day": an ordinal, not a fraction or a number."""
        last = text[m.start:m.end].split()[-1].lower()
        if last in self.tens_words and self.ordinal_after_tens.match(text, m.end):
            return True
        return last in self.ordinal_words and bool(_NOUN_NEXT.match(text, m.end))

    def a_period_named(self, text: str, m: Mention) -> bool:
        """ "for the quarter ended Sept. 30", "each half": a fraction word after a determiner names a period,
        and "quarter" with no "a" or number of its own does ("its best quarter", "a strong quarter"); unless "of"
        or a unit follows ("the quarter of voters who", "the last half century")."""
        word = text[m.start:m.end].lower()
        return (word in ("quarter", "quarters") or word == "half" and bool(
            _DETERMINER_BEFORE.search(text, max(0, m.start - 10), m.start))) and not _OF_AFTER.match(text, m.end) \
            and not self.unit_word.match(text, m.end)

    def in_idiom(self, text: str, start: int, end: int) -> bool:
        """Is the number at start..end part of an idiom ("ground zero", "square one")?"""
        if self.idiom is None:
            return False
        return any(m.start() <= start and end <= m.end()
                   for m in self.idiom.finditer(text, max(0, start - 24), min(len(text), end + 24)))

    # ------------------------------------------------------------------ money
    def money(self, text: str, m: Mention) -> Measure | None:
        b = None
        k = m.start - 1
        if k >= 0 and text[k] in "-−":
            k -= 1
        if k >= 0 and text[k] in " \u00a0":
            k -= 1
        if k >= 0 and text[k] in self.cur_last:
            b = self.cur_before.search(text, max(0, m.start - 8), m.start)
        value, end, scale, prec = m.value, m.end, m.scale, m.precision
        if b:
            code = self.rules.currency_by_symbol.get(b["sym"]) if b["sym"] else b["code"]
            if m.scale is None:           # "$75m", "£900m": "m" is a scale only after a currency
                sm = self.money_scale.match(text, m.end)
                if sm:
                    mult = Decimal(self.rules.numbers["money_scale_abbreviations"][sm.group(0)])
                    value, prec, scale, end = value * mult, prec * mult, mult, sm.end()
            if b["neg"]:
                value = -value
            after = self.cur_after.match(text, end)
            if after and after["name"] and not after["gap"].strip("\x20\u00a0"):
                end = after.end()         # "$75 million dollars": one amount
            end, rate = self._rate(text, end)
            return Measure(b.start(), end, Kind.MONEY, value, None, None, code, "exact",
                           "money: currency before the number", rate, precision=prec, scale=scale,
                           num_start=m.start, num_end=m.end)
        a = self.cur_after.match(text, m.end)
        if a:
            if a["name"]:
                name = a["name"].lower()
                name = re.sub(r"\s+", " ", name)
                if "-" in a["gap"] and name.startswith("pound"):
                    return None           # "a twenty-pound bag": a weight
                if name in self.needs_conversion and not _CONVERSION_AFTER.match(text, a.end()) and not (
                        self.money_cue and self.money_cue.search(text, max(0, m.start - 40), m.start)):
                    return None           # "weighs 800 pounds": a weight, read as a quantity
                code = self.rules.currency_by_name.get(name)
            elif a["code"]:
                code = a["code"]
            else:
                code = self.rules.currency_by_symbol.get(a["sym"])
            end, rate = self._rate(text, a.end())
            return Measure(m.start, end, Kind.MONEY, value, None, None, code, "exact",
                           "money: currency after the number", rate, precision=prec, scale=scale,
                           num_start=m.start, num_end=m.end)
        if self.subunit_after:
            s = self.subunit_after.match(text, m.end)
            if s is None and self.subunit_glued and not m.words and m.scale is None:
                s = self.subunit_glued.match(text, m.end)     # "50p", "320p a share"; not "1080p"
                if s and m.value in self.subunit_not_numbers.get(s["sub"].lower(), ()):
                    s = None
            if s:
                code, factor = self.subunits[s["sub"].lower()]
                return Measure(m.start, s.end(), Kind.MONEY, value * factor, None, None, code, "exact",
                               "money: sub-unit after the number", precision=prec * factor, scale=scale,
                               num_start=m.start, num_end=m.end)
        return None

    def unit_and_a_half(self, text: str, m: Mention) -> Measure | None:
        """ "a year and a half": the "a half" belongs to the unit before it (1.5 years)."""
        if text[m.start:m.end].lower() not in ("a half", "half"):
            return None
        b = self.unit_then_and.search(text, max(0, m.start - 40), m.start)
        if not b:
            return None
        unit = self.rules.unit_by_word[re.sub(r"\s+", " ", b["u"].lower())]
        return Measure(b.start(), m.end, Kind.QUANTITY, Decimal("1.5"), None, None, unit, "exact",
                       "quantity: a unit and a half", precision=Decimal("0.5"), num_start=b.start(), num_end=m.end)

    @staticmethod
    def half_of_a_noun(text: str, m: Mention) -> bool:
        """ "the next decade and a half", "an inning and a half": "a half" after a noun and "and" is part of
        that noun's phrase, never the number 0.5 ("a year and a half" is read whole, above)."""
        return text[m.start:m.end].lower() == "a half" and bool(_NOUN_AND.search(text, max(0, m.start - 30), m.start))

    def _rate(self, text: str, end: int) -> tuple[int, str | None]:
        """ "$80 a barrel", "$15 an hour", "$3 per gallon": a price per unit, kept as the subject."""
        per = self._per(text, end)
        return (per[0].end(), f"per {per[1]}") if per else (end, None)

    def _per(self, text: str, end: int) -> tuple[re.Match[str], str] | None:
        """ "per gallon", "/h", "an hour" right after `end`: the match and the unit it names."""
        per = self.per_unit.match(text, end)
        if not per:
            return None
        unit = self.rules.unit_by_word.get(re.sub(r"\s+", " ", (per["word"] or "").lower())) \
            or self.rules.unit_by_symbol.get(per["sym"] or "")
        return (per, unit + " squared" if per["squared"] else unit) if unit else None

    # ------------------------------------------------------------------ percent
    def percent(self, text: str, m: Mention) -> Measure | None:
        p = self.percent_after.match(text, m.end)
        if not p and m.words and 0 < m.value < 1:
            share = _POINT_SHARE.match(text, m.end)       # "a quarter point", "half a percentage point"
            if share:
                return Measure(m.start, share.end(), Kind.PERCENT, m.value, None, None, "percentage point", "exact",
                               "percent: a share of a point", precision=m.precision, num_start=m.start,
                               num_end=m.end)
        if not p:
            return None
        unit = "percentage point" if p["pp"] else "basis point" if p["bp"] else "%"
        return Measure(m.start, p.end(), Kind.PERCENT, m.value, None, None, unit, "exact",
                       "percent: sign or word after the number", precision=m.precision, scale=m.scale,
                       num_start=m.start, num_end=m.end)

    def percent_before(self, text: str, m: Mention, number_before: bool) -> Measure | None:
        """ "per cent of 210", "percent of twenty": the word first, the number ending the phrase. With a
        number before the word ("5 percent of 210 seats") or a noun after ("percent of 10 voters") the
        number after "of" is the whole the share is taken from, not the share."""
        p = _PERCENT_OF.search(text, max(0, m.start - 20), m.start)
        if not p or number_before or not _PHRASE_ENDS.match(text, m.end):
            return None
        return Measure(p.start(), m.end, Kind.PERCENT, m.value, None, None, "%", "exact",
                       "percent: word before the number", precision=m.precision, scale=m.scale,
                       num_start=m.start, num_end=m.end)

    # ------------------------------------------------------------------ quantity
    def quantity(self, text: str, m: Mention) -> Measure | None:
        marks = _FEET_INCHES_MARKS.match(text, m.end) if m.plain_digits and 2 <= m.value <= 8 else None
        if marks and int(marks["n"]) < 12:            # a height in marks: 5'2", "6 ' 4 \"" in tokenized copy
            return Measure(m.start, marks.end(), Kind.QUANTITY, m.value + Decimal(marks["n"]) / 12, None, None,
                           "foot", "exact", "quantity: feet and inches", precision=Decimal(1) / 12,
                           num_start=m.start, num_end=m.end)
        w = self.unit_word.match(text, m.end)
        if w is None and m.words and 0 < m.value < 1:                 # "half a mile", "a third of an hour"
            article = _FRACTION_ARTICLE.match(text, m.end)
            w = self.one_unit.match(text, article.end()) if article else None
        s = self.unit_symbol.match(text, m.end)
        if s and (s["sym"] or s["sym1"] or "") in _QUOTE_MARKS and text[m.end:m.end + 1] in "\x20\u00a0":
            s = None                      # 'three or four " significant " ones': a quotation opens, no inches
        elif s and s["sym1"] == '"' and text.count('"', text.rfind("\n", 0, m.start) + 1, m.start) % 2:
            s = None                      # 'a "1 in 3" chance': the mark closes a quotation opened before it
        if w and (not s or w.end() >= s.end()):
            unit = self.rules.unit_by_word[re.sub(r"\s+", " ", w["word"].lower())]
            end, rule = w.end(), "quantity: unit word after the number"
        elif s and s["sym1"] and s["sym1"].isupper() and s.start("sym1") == m.end and m.value > 0 and m.plain_digits \
                and _CODE_WORD_AFTER.match(text, s.end()):
            return None                   # "13F filing": a glued letter names a thing
        elif s and s["sym1"] == "s" and s.start("sym1") == m.end and m.plain_digits and m.value % 10 == 0:
            return None                   # "in their 80s", "the 70s": decades of life or of a century, not seconds
        elif s:
            unit = self.rules.unit_by_symbol[s["sym"] or s["sym1"] or s["symw"]]
            end, rule = s.end(), "quantity: unit symbol after the number"
        else:
            cue = self.unit_before_cue.search(text, max(0, m.start - 16), m.start) if self.unit_before_cue else None
            if cue is None:
                return None
            return Measure(cue.start(), m.end, Kind.QUANTITY, m.value, None, None,
                           self.unit_before[cue["cue"].lower()], "exact", "quantity: unit word before the number",
                           precision=m.precision, scale=m.scale, num_start=m.start, num_end=m.end)
        subject = None
        value, precision = m.value, m.precision
        more = _AND_A_FRACTION.match(text, end)
        if more:                          # "one hour and a half", "a year and a quarter"
            value, end = value + (Decimal("0.5") if more.group(1).lower() == "half" else Decimal("0.25")), more.end()
        per = self._per(text, end)
        if per and per[1] != unit:
            # "55 miles per hour", "100 miles an hour"; but "3 pounds a bag" is no rate of weight
            by_article = per[0].group(0).strip().split()[0] in ("a", "an")
            if not by_article or self.rules.unit_info.get(per[1], ("", 0))[0] == "time":
                unit, end = f"{unit} per {per[1]}", per[0].end()
        if unit == "foot" and m.plain_digits:
            inches = _INCHES_AFTER_FOOT.match(text, end)   # a height: "6-foot-2", "6-foot-7-inch"
            if inches and int(inches["n"]) < 12:
                value, precision = value + Decimal(inches["n"]) / 12, Decimal(1) / 12     # stated to the inch
                end, rule = inches.end(), "quantity: feet and inches"
        if unit in ("year", "month", "week", "day"):
            age = self.age_after.match(text, end)
            if age:
                end, subject, rule = age.end(), "age", "quantity: age"
            bounded = self._bounded_age(text, m, m.start, end, value, precision) if unit == "year" else None
            if bounded:                   # "must be 18 years or older"
                return bounded
        return Measure(m.start, end, Kind.QUANTITY, value, None, None, unit, "exact", rule, subject,
                       precision=precision, scale=m.scale, num_start=m.start, num_end=m.end)

    def age(self, text: str, m: Mention) -> Measure | None:
        """ "aged 87", "a man of age 87", "Roger Stone, 66, was": an age in years."""
        if m.value <= 0 or m.value > 119:
            return None
        b = self.age_before.search(text, max(0, m.start - 10), m.start)
        turned = b is not None and b["cue"].lower().startswith("turn")     # a verb: the age is the number alone
        cued = b is not None and not (turned and self.count(text, m))      # not "turned 200 people away"
        told = m.plain_digits and (_CLAUSE_ENDS_AFTER.match(text, m.end) is not None
                                   and self.age_told.search(text, max(0, m.start - 12), m.start) is not None
                                   or _WHEN_AFTER.match(text, m.end) is not None
                                   and self.age_before_when.search(text, max(0, m.start - 6), m.start) is not None)
        # "He was 84.", "Rick turley was 18 when he learned"
        if b is not None and cued and not turned:
            # "aged 18 to 25", "between the ages of 12 and 16"; "two children, ages 10 and 13" are two ages
            r = _AGE_RANGE_AFTER.match(text, m.end)
            if r and m.value < int(r["high"]) <= 119 and (
                    r["sep"] != "and" or _BETWEEN_BEFORE.search(text, max(0, b.start() - 12), b.start())):
                return Measure(b.start(), r.end(), Kind.QUANTITY, None, m.value, Decimal(r["high"]), "year", "range",
                               "quantity: age range", "age", precision=m.precision, num_start=m.start, num_end=m.end)
        bounded = self._bounded_age(text, m, b.start() if b and cued and not turned else m.start, m.end, m.value,
                                    m.precision) if m.plain_digits else None
        if bounded:                                           # "people 65 and older"
            return bounded
        listed = _AGE_LIST_BEFORE.search(text, max(0, m.start - 40), m.start) if m.plain_digits else None
        if listed:                                            # the 13 and 14 of "ages 11, 13 and 14"
            return Measure(m.start, m.end, Kind.QUANTITY, m.value, None, None, "year", "exact",
                           "quantity: age in a list", "age", precision=m.precision, num_start=m.start, num_end=m.end)
        if cued or told:
            return Measure(b.start() if b and cued and not turned else m.start, m.end, Kind.QUANTITY, m.value, None,
                           None, "year", "exact", "quantity: age", "age", precision=m.precision, scale=m.scale,
                           num_start=m.start, num_end=m.end)
        decade = _DECADE_OF_LIFE.search(text, max(0, m.start - 50), m.start)
        plural = _TENS_PLURAL.match(text, m.end)                         # "60s", "20's"
        if decade and plural and m.plain_digits and m.value % 10 == 0 and 10 <= m.value <= 110:
            part = (decade["part"] or "").lower().rstrip("- ")          # "in her late 60s": 67..69
            lo, hi = self.tens_parts.get(part, (0, 9))                  # the shares of a ten, as for temperatures
            if decade["from"]:                                          # "early to mid-20s": 20..26
                lo = self.tens_parts[decade["from"].lower()][0]
            start = decade.end("listed") if decade["listed"] else decade.start()
            return Measure(start, plural.end(), Kind.QUANTITY, None, m.value + lo, m.value + hi, "year",
                           "range", "quantity: age as a decade of life", "age", precision=m.precision,
                           num_start=m.start, num_end=m.end)
        n = _APPOSITIVE_BEFORE.search(text, max(0, m.start - 30), m.start)
        name = n["name"] if n else ""
        after = _APPOSITIVE_AFTER.match(text, m.end) if n else None
        if after and after[0].startswith(".") and ";" in text[max(0, m.start - 60):m.start]:
            after = None                      # "Sonia Sotomayor, 68; Elena Kagan, 63.": a tally of votes, listed
        if n and m.plain_digits and after and (
                name[0].isupper() and name.lower().rstrip(".") not in self.calendar_words
                or name.lower() in self.age_people
                or self._lower_case_name(text, name, m)):
            return Measure(m.start, m.end, Kind.QUANTITY, m.value, None, None, "year", "exact",
                           "quantity: age after a name", "age", precision=m.precision, num_start=m.start,
                           num_end=m.end)
        return None

    def _bounded_age(self, text: str, m: Mention, start: int, end: int, value: Decimal,
                     precision: Decimal) -> Measure | None:
        """An age with "or older", "and younger" right after `end` (units.toml [_ages] after), from `start`."""
        bound = self.age_bound_after.match(text, end)
        if bound is None:
            return None
        q = self.age_bound[re.sub(r"\s+", " ", bound["b"].lower())]
        return Measure(start, bound.end(), Kind.QUANTITY, value, value if q == "at_least" else None,
                       value if q == "at_most" else None, "year", q, "quantity: age with a bound", "age",
                       precision=precision, scale=m.scale, num_start=m.start, num_end=m.end)

    def a_unit(self, text: str, at: int) -> Measure | None:
        """ "more than a year", "about an hour", "less than a mile": one of a unit with a qualifier (units.toml
        [_one_unit]); "a day or two", "another month or two": one or two of it. Without either "a year" is no
        fact ("once a year", "a year later")."""
        article = _ARTICLE_BEFORE.search(text, max(0, at - 10), at)
        unit = self.one_unit.match(text, article.end() - 1) if article else None
        if unit is None or article is None or unit.start("word") != at or _AND_A_FRACTION.match(text, unit.end()):
            return None                          # "about a week and a half" is read from its "a half"
        name = self.rules.unit_by_word[unit["word"].lower()]
        more = _OR_TWO.match(text, unit.end())
        if more:
            return Measure(article.start("a"), more.end(), Kind.QUANTITY, None, Decimal(1),
                           Decimal(2 if more[1].lower() == "two" else 3), name, "range", "quantity: a unit or two",
                           precision=Decimal(1), num_start=article.start("a"), num_end=more.end())
        if article["a"].lower() == "another":
            return None
        one = Measure(article.start("a"), unit.end(), Kind.QUANTITY, Decimal(1), None, None, name, "exact",
                      "quantity: one of a unit", precision=Decimal(1), num_start=article.start("a"), num_end=unit.end())
        qualified = self.qualify(text, one)
        return qualified if qualified.qualifier != "exact" else None

    def plural_of_a_number(self, text: str, at: int) -> Measure | None:
        """ "hundreds of people", "tens of thousands of protesters", "millions of dollars": a range of the
        count, amount or quantity that follows (rules/numbers.toml [vague_plurals])."""
        v = self.vague_plural.match(text, at)
        if v is None or not v["of"] and (v["lead"].lower() == "tens" or word_before(text, at) == "the"):
            return None                 # "tens" alone is no number in news; "highs in the hundreds" are no 200..999
        low, high = self.vague[v["lead"].lower()]
        if v["lead2"]:
            high = max(high, self.vague[v["lead2"].lower()][1])   # "hundreds if not thousands of years"
        if v["inner"]:
            if v["lead"].lower() not in ("tens", "hundreds"):
                return None                                   # "thousands of millions": no such use in news
            scale = self.rules.numbers["scales"][v["inner"].lower()[:-1]]
            low, high = low * scale, (high + 1) * scale - 1
        m = Mention(v.start(), v.end(), low, low, True, None, False)
        read = (self.money(text, m) or self.quantity(text, m) or self.count(text, m)) if v["of"] else None
        read = read or Measure(m.start, v.end("inner") if v["inner"] else v.end("lead2") if v["lead2"] else v.end("lead"),
                               Kind.NUMBER, None, None, None, None, "exact", "number")   # "hundreds of them", "dozens"
        return replace(read, value=None, low=low, high=high, qualifier="range", precision=low,
                       rule=read.rule + " (a plural of a number word)", num_start=m.start, num_end=m.end)

    def _lower_case_name(self, text: str, name: str, m: Mention) -> bool:
        """Copy in lower case: "christopher giles, 23, was" (a word, not a number, follows the age)."""
        return len(name) > 2 and name.isalpha() and name.islower() and name not in self.stop \
            and name not in self.number_words and name not in self.calendar_words and 0 < m.value <= 110 \
            and (text[m.end + 2:m.end + 3].isalpha() or text[m.end:m.end + 1] == ".")

    def tens(self, text: str, m: Mention) -> Measure | None:
        """ "highs in the mid-40s", "the upper 80s": a round number in the plural spans its ten."""
        if not (m.plain_digits and 10 <= m.value <= 90 and m.value % 10 == 0 and text[m.end:m.end + 1] == "s"
                and not text[m.end + 1:m.end + 2].isalnum()):
            return None
        b = self.tens_before.search(text, max(0, m.start - 12), m.start)
        if not b or not (b["the"] or b["part"]):
            return None
        lo, hi = self.tens_parts.get((b["part"] or "").lower(), (0, 9))
        start = b.start("part") if b["part"] else m.start
        if self.weather.search(text, max(0, start - 80), start):
            return Measure(start, m.end + 1, Kind.QUANTITY, None, m.value + lo, m.value + hi, "degree", "range",
                           "quantity: temperatures in tens", precision=m.precision, num_start=m.start,
                           num_end=m.end)
        return Measure(start, m.end + 1, Kind.NUMBER, None, m.value + lo, m.value + hi, None, "range",
                       "number: a round number in the plural", precision=m.precision, num_start=m.start,
                       num_end=m.end)

    # ------------------------------------------------------------------ count
    def count(self, text: str, m: Mention) -> Measure | None:
        """A number followed by a plural noun within four words: "246 Javelin missiles"."""
        compound = _COMPOUND_NOUN.match(text, m.end)
        if compound and m.value > 1:
            noun = compound["noun"]
            if noun not in self.compound_not and noun not in self.number_words and not noun.endswith("ed") \
                    and not self._plural(noun) and noun not in self.stop and noun not in self.unit_words:
                end = compound.end("noun")
                return Measure(m.start, end, Kind.COUNT, m.value, None, None, noun, "exact",
                               "count: number-noun before a noun", text[m.end + 1:compound.end()],
                               precision=m.precision, scale=m.scale, num_start=m.start, num_end=m.end)
        pos = m.end
        measured = _MEASURE_COMPOUND.match(text, pos) if m.value >= 1 else None
        if measured:                              # the count is the number alone: the measure is a fact of its own
            last = measured[0].rsplit("-", 1)[-1]
            if last.lower() == "olds":            # "two 16-year-olds"
                phrase = measured[0].strip()
                return Measure(m.start, m.end, Kind.COUNT, m.value, None, None, self.singular(phrase.lower()),
                               "exact", "count: plural noun after the number", phrase, precision=m.precision,
                               scale=m.scale, num_start=m.start, num_end=m.end)
            pos = measured.end()
        words: list[tuple[str, int]] = []
        for _ in range(4):
            wm = self.word.match(text, pos)
            if not wm:
                break
            word = wm["w"].rstrip(".")
            low = word.lower()
            if low in self.stop or low in self.number_words:
                break                             # "96-3 two years later": another number, not a noun phrase
            words.append((word, wm.start("w") + len(word)))
            if self._plural(low) and len(words) > 1 and f"{words[-2][0].lower()} {low}" in self.names_in_plural:
                pos = wm.end()
                continue                          # "3.6 million United States military veterans"
            if self._plural(low) and m.value != 1:
                nxt = self.word.match(text, wm.end())
                if nxt and self._plural(nxt["w"].lower()) and nxt["w"].lower() not in self.stop:
                    word, low = nxt["w"].rstrip("."), nxt["w"].rstrip(".").lower()   # "seven crew members"
                    words.append((word, nxt.start("w") + len(word)))
                phrase = text[m.end:words[-1][1]].strip()
                return Measure(m.start, m.end if measured else words[-1][1], Kind.COUNT, m.value, None, None,
                               self.singular(low), "exact", "count: plural noun after the number", phrase,
                               precision=m.precision, scale=m.scale, num_start=m.start, num_end=m.end)
            if m.value == 1 and word.islower() and not _VERBISH.search(low) and len(words) == 1 \
                    and low not in self.scope_words:          # "1 other": no noun yet
                if not self._plural(low):
                    return Measure(m.start, m.end if measured else words[-1][1], Kind.COUNT, m.value, None, None,
                                   low, "exact", "count: noun after one", word, precision=m.precision, scale=m.scale,
                                   num_start=m.start, num_end=m.end)
            if _VERBISH.search(low) and word.islower() and low not in self.adjectives_in_ly:
                nxt = self.word.match(text, wm.end())   # "652 likely presidential election voters": an adjective
                if low.endswith("ly") or not (
                        nxt and self._plural(nxt["w"].lower()) and nxt["w"].lower() not in self.stop):
                    break   # "246 killed", "24 recently": a verb or adverb, no noun to count; "three armed
                            # men", "3.2 billion monthly users": an adjective before the noun
            pos = wm.end() + (1 if "." in word and text[wm.end():wm.end() + 1] == "." else 0)   # "U.S. troops"
        return None

    def _plural(self, w: str) -> bool:
        if w in self.irregular:
            return self.irregular[w] != w or w in ("police", "personnel", "staff", "cattle", "livestock",
                                                   "militia", "infantry", "crew", "sheep", "fish",
                                                   "aircraft", "species", "series", "offspring")
        if w in self.not_plural or len(w) < 3 or "." in w:
            return False                      # "U.S.": an abbreviation, no plural
        if w.endswith("men") and w[:-3] + "man" in self.men_singulars:
            return True                       # "two u.s. airmen", "three gunmen"
        return w.endswith("s") and not re.search(r"(?:ss|us|is|'s|’s)$", w)

    def singular(self, w: str) -> str:
        """ "missiles" -> "missile", "people" -> "person".

        >>> from factdiff.rules import cached_rules
        >>> [measure_reader(cached_rules()).singular(w) for w in ("missiles", "launchers", "casualties", "people", "buses")]
        ['missile', 'launcher', 'casualty', 'person', 'bus']
        """
        if w in self.irregular:
            return str(self.irregular[w])
        if w.endswith("men") and w[:-3] + "man" in self.men_singulars:
            return w[:-3] + "man"
        if len(w) > 4 and w.endswith("ies"):
            return w[:-3] + "y"
        if len(w) > 4 and re.search(r"(?:ches|shes|xes|sses|zes|uses)$", w):
            return w[:-2]
        if w.endswith("s") and not w.endswith("ss"):
            return w[:-1]
        return w

    # ------------------------------------------------------------------ qualifiers
    def score(self, text: str, a: Measure, b: Measure) -> Measure | None:
        """"a 5-4 decision", "voted 52-48", "by a vote of 219 to 212": one tally, its sides kept in low and
        high as written (winner first); not two numbers, and not a range, which rises."""
        votes_first = a.kind == Kind.COUNT and a.unit == "vote" and b.kind == Kind.NUMBER \
            and text[a.end:b.start] == " to "                   # "passed by 330 votes to 286"
        if a.kind != Kind.NUMBER and not votes_first or b.kind not in (Kind.NUMBER, Kind.COUNT) or a.value is None \
                or b.value is None or a.value < b.value or a.qualifier != "exact" or b.qualifier != "exact":
            return None
        if votes_first:
            return Measure(a.start, b.end, Kind.SCORE, None, a.value, b.value, None, "exact", "score: N votes to M",
                           "votes", num_start=a.num_start, num_end=b.num_end)
        sides = (text[a.num_start:a.num_end], text[b.num_start:b.num_end])
        if any(not x.isdigit() or len(x) > 3 or (len(x) > 1 and x[0] == "0") for x in sides):
            return None                      # "0207-4", "1,000": a phone number, an amount
        if text[a.num_start - 1:a.num_start] in ("-", "/") or re.match(r"[-/.:]\d", text[b.num_end:b.num_end + 2]):
            return None                      # "9-1-1", "3-2-1", "4-3.5"
        gap = text[a.end:b.start]
        noun = self.score_after.match(text, b.num_end) if b.kind == Kind.NUMBER else None
        if gap not in ("-", "–", "-to-") and not (gap == " to " and (noun or self.score_before.search(
                text, max(0, a.start - 24), a.start))):
            return None
        subject = b.subject if b.kind == Kind.COUNT else noun.group("noun").lower() if noun else None
        return Measure(a.start, b.end, Kind.SCORE, None, a.value, b.value, b.unit, "exact", "score: N-M", subject,
                       num_start=a.num_start, num_end=b.num_end)

    def qualify(self, text: str, ms: Measure) -> Measure:
        """Widen `ms` with a qualifier before or after it and set its interval."""
        q, start, end = "exact", ms.start, ms.end
        last = _LAST_WORD.search(text, max(0, ms.start - 24), ms.start)
        b = None
        if last and (last.group(1).lower() in self.qual_last or last.group(1)[-1:] in "<>=~≈≤≥"):
            b = self.qual_before.search(text, max(0, ms.start - 40), ms.start)
            if b and b["qs"] == "~" and b.start("qs") > 0 and text[b.start("qs") - 1].isdigit():
                b = None                     # "20~100": a range, not "about 100"
            if b and self.not_qual_before and self.not_qual_before.search(text, max(0, ms.start - 40), ms.start):
                b = None
        if b and (b["q"] or "").lower() == "over" and self._over_a_span_of_time(text, ms, b.start("q")):
            b = None
        if b:
            phrase = b["q"] or b["qs"]
            q, start = self.rules.qualifier_before[re.sub(r"\s+", " ", phrase.lower())], b.start("q" if b["q"] else "qs")
        a = self.qual_after.match(text, ms.end)
        if a:
            qa = self.rules.qualifier_after[re.sub(r"\s+", " ", a["q"].lower())]
            # "about 500 or more": the bound the words after it set is the sharper claim
            if q == "exact" or qa == q or (q == "approx" and qa in ("at_least", "at_most")):
                if q != qa and q != "exact":
                    start = ms.start
                q, end = qa, a.end()
        if q == "exact" and start == ms.start and end == ms.end:
            return ms
        ms = replace(ms, core_start=ms.start)
        v = ms.value
        assert v is not None
        if q == "at_most":
            return replace(ms, start=start, end=end, qualifier=q, high=v, low=None, rule=ms.rule + " + qualifier")
        if q == "at_least":
            return replace(ms, start=start, end=end, qualifier=q, low=v, high=None, rule=ms.rule + " + qualifier")
        if q == "approx":
            w = self.rules.approx_width
            lo, hi = v * (1 - w), v * (1 + w)
            return replace(ms, start=start, end=end, qualifier=q, low=min(lo, hi), high=max(lo, hi),
                           rule=ms.rule + " + qualifier")
        return replace(ms, start=start, end=end, rule=ms.rule + " + qualifier")

    def _over_a_span_of_time(self, text: str, ms: Measure, over: int) -> bool:
        """ "$1.5 trillion over 10 years": "over" a span of time after an amount or a noun is the span it runs
        over, not "more than" (rules/qualifiers.toml [over_a_time])."""
        if ms.kind != Kind.QUANTITY or ms.subject == "age" or self.rules.unit_info.get(ms.unit or "", ("",))[0] != "time":
            return False
        before = _LAST_WORD.search(text, max(0, over - 24), over)
        if before is None or before.group(1)[-1] in ".,;:!?\"“”'‘’([—–-":
            return False                     # "Over 10 years, the fund grew": the sentence or a clause opens with it
        word = _TRAILING_WORD.search(before.group(1))       # 'china."for over fifty years': the word after a quote
        if word is not None and word.group().lower() in self.over_more_than_after:
            return False
        return not (self.over_more_than_before and self.over_more_than_before.match(text, ms.end))


@lru_cache(maxsize=8)
def measure_reader(rules: Rules) -> MeasureReader:
    return MeasureReader(rules)


# ---------------------------------------------------------------------- elliptical counts

_PART_OF_BEFORE = re.compile(r"(?<![\w])(?i:including|of\s+whom|of\s+which|among\s+them|of\s+them)[\x20\u00a0]+\Z")
_NO_NOUN_AFTER = re.compile(r"[\x20\u00a0]*(?:[,.;:)—–-]|\Z|(?:in|on|at|from|since|during|over|last|this|were|was|"
                            r"are|is|had|have|who|which|that)\b)")


def elliptical_counts(text: str, measures: list[Measure]) -> list[Measure]:
    """ "3,458 cases ..., including 800 in the past two weeks": a bare number after "including" (or "of
    whom") counts the noun of the count before it in the sentence."""
    out = list(measures)
    for i, ms in enumerate(out):
        if ms.kind != Kind.NUMBER or not _PART_OF_BEFORE.search(text, max(0, ms.start - 16), ms.start) \
                or not _NO_NOUN_AFTER.match(text, ms.end):
            continue
        before = next((p for p in reversed(out[:i]) if p.kind == Kind.COUNT), None)
        if before is None or ms.start - before.end > 200 or re.search(r"[.!?]\s+[A-Z]", text[before.end:ms.start]):
            continue
        out[i] = replace(ms, kind=Kind.COUNT, unit=before.unit, subject=before.subject,
                         rule="count: a part of the count before it")
    return out


_SHARED_JOIN = re.compile(r"[\x20\u00a0]+(?i:and|or)[\x20\u00a0]+")
_PLUS_MINUS = re.compile(r"[\x20\u00a0]*(?:±|\+/-|\+-)[\x20\u00a0]*")


def shared_units(text: str, measures: list[Measure]) -> list[Measure]:
    """ "45 and 50 mg", "three or four officers": a bare number before "and"/"or" takes the unit (or
    counted noun) of the number after it; "2,000.45 ± 0.01 pounds" is one range in the unit."""
    out: list[Measure] = []
    joined = False
    for i, a in enumerate(measures):
        b = measures[i + 1] if i + 1 < len(measures) else None
        if joined:
            joined = False
            continue                                  # the margin of the range before
        if a.kind != Kind.NUMBER or b is None or a.value is None or b.value is None or b.start != b.num_start \
                or text[a.start - 1:a.start] in ("-", "–"):      # "5-foot-11 and 215 pounds"
            out.append(a)
            continue
        if _PLUS_MINUS.fullmatch(text, a.end, b.start) and b.kind in (Kind.NUMBER, Kind.QUANTITY):
            # the value stated, and the interval its margin allows ("about 250" in so many words)
            out.append(Measure(a.start, b.end, b.kind, a.value, a.value - b.value, a.value + b.value, b.unit, "approx",
                               "range: number plus or minus a margin", b.subject, precision=a.precision,
                               num_start=a.num_start, num_end=b.num_end))
            joined = True
            continue
        if _SHARED_JOIN.fullmatch(text, a.end, b.start) and b.unit and (a.scale is None) == (b.scale is None) \
                and b.kind in (Kind.QUANTITY, Kind.PERCENT, Kind.COUNT, Kind.MONEY):
            a = replace(a, kind=b.kind, unit=b.unit, subject=b.subject,
                        rule=f"{b.rule.split(':')[0]}: unit of the next number")
        out.append(a)
    return out


# ---------------------------------------------------------------------- quantities in two units

_UNITS_JOIN = re.compile(r"(?:[\x20\u00a0]*,)?[\x20\u00a0]+(?:(?i:and)[\x20\u00a0]+)?")


def compound_units(text: str, measures: list[Measure], reader: MeasureReader) -> list[Measure]:
    """ "3 hours and 20 minutes", "2 hours, 1 minute and 39 seconds", "7 pounds 4 ounces": one quantity in the
    larger unit (rules/units.toml [_compound]), so that it is not read as two."""
    out: list[Measure] = []
    tail: tuple[str, int] | None = None           # the unit the last quantity went on in, and its share of one
    for b in measures:
        a = out[-1] if out else None
        step = reader.smaller_unit.get(tail[0] if tail else a.unit or "") if a else None
        if a is None or step is None or not _goes_on_in(text, a, b, step, tail is None):
            out.append(b)
            tail = None
            continue
        assert a.value is not None and b.value is not None          # asked by _goes_on_in
        share = (tail[1] if tail else 1) * step[1]
        value = a.value + b.value / share
        low, high = a.low, a.high
        if a.qualifier == "approx" and a.low is not None and a.high is not None and a.value:
            width = (a.high - a.low) / (2 * a.value)
            low, high = value * (1 - width), value * (1 + width)
        low = value if a.qualifier == "at_least" else low
        high = value if a.qualifier == "at_most" else high
        out[-1] = replace(a, end=b.end, value=value, low=low, high=high, subject=b.subject or a.subject,
                          rule="quantity: in two units", precision=Decimal(1) / share, num_end=b.num_end)
        tail = (step[0], share)
    return out


def _goes_on_in(text: str, a: Measure, b: Measure, step: tuple[str, int], first: bool) -> bool:
    """Whether quantity b goes on quantity a in the next smaller unit (`step`: that unit, and how many of it
    make one of a's)."""
    if a.kind != Kind.QUANTITY or b.kind != Kind.QUANTITY or b.unit != step[0] or b.qualifier != "exact" \
            or b.start != b.num_start or a.value is None or b.value is None or not 0 <= b.value < step[1] \
            or a.qualifier not in ("exact", "approx", "at_least", "at_most"):
        return False
    gap = text[a.end:b.start]
    if first and (a.value != a.value.to_integral_value() or ("," in gap and "and" in gap.lower())):
        return False        # "for two hours, and 30 minutes later he left": a comma and "and" join only a list of three
    return _UNITS_JOIN.fullmatch(gap) is not None


# ---------------------------------------------------------------------- ranges

_RANGE_JOIN = re.compile(r"[\x20\u00a0]*-?[\x20\u00a0]*(?:-|–|—|~|(?i:to|through|thru|and|until|till))[\x20\u00a0]*\Z")
_RANGE_OPEN = re.compile(r"(?<![\w])(?P<open>(?i:between|from))[\x20\u00a0]+(?:the[\x20\u00a0]+)?\Z")
_BOUND_JOIN = re.compile(r"[\x20\u00a0]*(?:,|(?i:and|but|,\s*and|or))[\x20\u00a0]*\Z")


def join_ranges(text: str, measures: list[Measure], reader: MeasureReader) -> list[Measure]:
    """"between 20 and 30", "20-30 million", "$350 to $680", "more than 10 and less than 40"; and the
    pairs that are no range: "a 5-4 decision" (a score), "one in five" (a proportion)."""
    out: list[Measure] = []
    i = 0
    while i < len(measures):
        a = measures[i]
        if i + 1 < len(measures):
            b = measures[i + 1]
            joined = reader.score(text, a, b) or _join_ratio(text, a, b) \
                or _join_pair(text, a, b, reader.change_words) or _join_bounds(text, a, b)
            if joined:
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# "one in five", "three out of four", "a one-in-three chance", "1-in-3": a proportion (also asked of a lone "one"
# before it is dropped)
RATIO_JOIN = re.compile(r"(?:[\x20\u00a0]+(?i:in|out[\x20\u00a0]+of)[\x20\u00a0]+|-(?i:in|out-of)-)")


def _join_ratio(text: str, a: Measure, b: Measure) -> Measure | None:
    """"one in five Americans", "2 in 5 or more", "three out of four": a proportion (0.2, 0.4, 0.75)."""
    if a.kind != Kind.NUMBER or b.kind not in (Kind.NUMBER, Kind.COUNT) or not RATIO_JOIN.fullmatch(text, a.end, b.start):
        return None
    if a.value is None or b.value is None or a.value <= 0 or a.value >= b.value \
            or a.value != a.value.to_integral_value() or b.value != b.value.to_integral_value():
        return None
    quals = {a.qualifier, b.qualifier} - {"exact"}
    if len(quals) > 1 or quals - {"at_least", "at_most", "approx"}:
        return None
    q = quals.pop() if quals else "exact"
    ratio = a.value / b.value
    lo: Decimal | None
    hi: Decimal | None
    if q == "approx":                        # "nearly one in seven": the width of "about" around the share
        w = (a.high - a.low) / (2 * a.value) if a.high is not None and a.low is not None and a.value else Decimal(0)
        lo, hi = ratio * (1 - w), ratio * (1 + w)
    else:
        lo, hi = (ratio if q == "at_least" else None), (ratio if q == "at_most" else None)
    return Measure(a.start, b.end, Kind.NUMBER, ratio, lo, hi, None, q, "number: a proportion, N in M",
                   b.subject if b.kind == Kind.COUNT else None, precision=Decimal(0), num_start=a.num_start,
                   num_end=b.num_end)


_UP_TO = re.compile(r"(?i:up[\x20\u00a0]+to)[\x20\u00a0]*")


def word_before(text: str, pos: int) -> str:
    """The word (any run of non-spaces) before the spaces before `pos`, in lower case."""
    w = _LAST_WORD.search(text, max(0, pos - 24), pos)
    return w[1].lower() if w else ""


def _join_pair(text: str, a: Measure, b: Measure, change_words: frozenset[str] = frozenset()) -> Measure | None:
    gap = text[a.end:b.start]
    if b.qualifier == "at_most" and not gap.strip() and _UP_TO.fullmatch(text, b.start, b.core_start) \
            and a.qualifier == "exact" and a.value is not None and b.high is not None and a.value < b.high \
            and a.kind in (Kind.NUMBER, b.kind):
        # "15 up to 20 years": the lower number opens a range that "up to" closes
        return Measure(a.start, b.end, b.kind, None, _scaled_like(a, b, b.high), b.high, b.unit or a.unit, "range",
                       "range: number up to number", b.subject or a.subject,
                       precision=min(a.precision, b.precision), scale=b.scale, num_start=a.num_start,
                       num_end=b.num_end)
    if len(gap) > 12 or not _RANGE_JOIN.fullmatch(gap):
        return None
    if a.qualifier not in ("exact", "approx") or b.qualifier != "exact" or a.value is None or b.value is None:
        return None
    if gap.strip() in ("-", "–", "—") and not (text[a.num_end - 1].isalnum() and text[b.num_start].isdigit()
                                              and (text[a.num_start].isdigit() or text[a.num_start] in "-−")):
        return None                             # "three-nought-four" is no range
    opener = _RANGE_OPEN.search(text, max(0, a.start - 12), a.start)
    word = gap.strip().lower()
    if word == "and" and not (opener and opener["open"].lower() == "between"):
        return None
    if a.kind not in (Kind.NUMBER, b.kind) or (a.kind == b.kind and a.unit and b.unit and a.unit != b.unit):
        return None
    lo, hi = _scaled_like(a, b, b.value), b.value
    if word in ("-", "–", "—", "~", "to") and not opener and lo >= hi and not (lo < 0 or hi < 0):
        return None                             # "3-2": a score, "2 to 1": odds
    if word == "to" and not opener and 0 < lo and hi > 5 * lo and (
            word_before(text, a.start) == "by" or word_before(text, a.start) in change_words):
        return None                             # "rose by 65,000 to 1.36 million", "fell 3 cents to $12.45": the
                                                # change, then the level
    if lo > hi:
        lo, hi = hi, lo
    # "about 10-15 exabytes": the range starts at the number, not at "about"
    start = opener.start("open") if opener else a.core_start if a.qualifier == "approx" else a.start
    return Measure(start, b.end, b.kind, None, lo, hi, b.unit or a.unit, "range",
                   f"range: {a.rule.split(':')[0]} {word} {b.rule.split(':')[0]}",
                   b.subject or a.subject, precision=min(a.precision, b.precision), scale=b.scale,
                   num_start=a.num_start, num_end=b.num_end)


def _scaled_like(a: Measure, b: Measure, b_value: Decimal) -> Decimal:
    """The range's lower end, scaled like the upper one when written without it: "20-30 million" starts at 20 million."""
    lo = a.value if a.value is not None else Decimal(0)
    if a.scale is None and b.scale is not None and a.kind == Kind.NUMBER and abs(lo) < abs(b_value / b.scale) * 10:
        return lo * b.scale
    return lo


def _join_bounds(text: str, a: Measure, b: Measure) -> Measure | None:
    """"larger than 10 and smaller than 20": a lower and an upper bound make a range."""
    if {a.qualifier, b.qualifier} != {"at_least", "at_most"}:
        return None
    gap = text[a.end:b.start]
    if len(gap) > 8 or not _BOUND_JOIN.fullmatch(gap):
        return None
    lo_m, hi_m = (a, b) if a.qualifier == "at_least" else (b, a)
    if lo_m.low is None or hi_m.high is None or lo_m.low >= hi_m.high:
        return None
    if a.kind != b.kind and Kind.NUMBER not in (a.kind, b.kind):
        return None
    return Measure(a.start, b.end, b.kind if b.kind != Kind.NUMBER else a.kind, None, lo_m.low, hi_m.high,
                   b.unit or a.unit, "range", "range: lower and upper bound", b.subject or a.subject,
                   precision=min(a.precision, b.precision), num_start=a.num_start, num_end=b.num_end)
