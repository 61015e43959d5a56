"""Find numbers as news copy writes them and parse them exactly.

"1,234.5", "816 000", "twenty-four", "a dozen", "half a million", "$1.2bn" (the "1.2bn"
part), "3 hundred and 21", "2 1/2", "½". A number is a run of number tokens that the
grammar below accepts; the run ends at the last token the grammar could use, so
"4000 3 hundred" is two numbers and "the one you mentioned" is none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from factdiff.rules import Rules, alternation

ZERO = Decimal(0)
ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class Mention:
    """A number found in the text: its span, exact value and the place of its last stated digit."""

    start: int
    end: int
    value: Decimal
    precision: Decimal          # 1 for "246", 1_000_000 for "75 million", 0.1 for "74.6"
    words: bool                 # written (at least partly) in words
    scale: Decimal | None       # the scale word or abbreviation, if any ("million", "bn")
    plain_digits: bool          # digits only, no separators, no scale: "2019", "246"
    weak: bool = False          # "one" alone: a fact only with a unit or currency ("one year old")


# digits as written: grouped thousands (comma, non-breaking or thin space, or a plain space
# between groups of exactly three), Indian lakh grouping, European "1.111,11", decimals,
# mixed fractions "2 1/2", plain fractions "3/4", exponents "4e14", "2.48×10⁻⁵"
_DIGITS = r"""
  (?P<mixed>\d+)\s+(?P<mnum>\d+)/(?P<mden>\d+)(?![\d/])
| (?P<frac_num>\d+)/(?P<frac_den>\d+)(?![\d/])
| (?P<euro>\d{1,3}(?:\.\d{3})+,\d{1,2})(?![\d]|[,.]\d)
| (?P<indian>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?)(?![\d,])
| (?P<grouped>\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?![\d]|,\d)
| (?P<spaced>\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?)(?![\d])
| (?P<plainspaced>\d{1,3}(?:\x20\d{3})+)(?![\d.,]|\x20\d)
| (?P<plain>\d*\.\d+|\d+(?:\.\d+)?)(?:(?P<exp>[eE][-+−]?\d+)
      | [\x20]?[×xX·][\x20]?10(?P<x10>(?:\^|\*\*)[-+−]?\d+|[-−]\d+|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?
"""
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")
_DIGITS_RE = re.compile(_DIGITS, re.VERBOSE)
_VAGUE_BEFORE = re.compile(r"(?<![\w])(?:several|few|many|some|multiple|numerous)\s+\Z", re.IGNORECASE)
_SEPARATORS = re.compile(r"[,\u00a0\u202f\u2009\x20]")
_UNICODE_FRACTION_AFTER = re.compile(r"[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]")


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str        # num, unit, tens, hundred, scale, dozen, frac, point, and, a, of, sign, dash, comma
    value: Decimal
    start: int
    end: int
    digits: bool = False
    precision: Decimal = ONE
    text: str = ""


class NumberParser:
    """Compiled vocabulary for one rule set; `find` reads the number starting at a position."""

    def __init__(self, rules: Rules) -> None:
        n = rules.numbers
        self.units = {k: Decimal(v) for k, v in n["units"].items()}
        self.tens = {k: Decimal(v) for k, v in n["tens"].items()}
        self.scales = {k: Decimal(v) for k, v in n["scales"].items()}
        self.abbrev = {k: Decimal(v) for k, v in n["scale_abbreviations"].items()}
        self.dozens = {k: Decimal(v) for k, v in n["dozens"].items() if k != "score"}
        self.fractions = {k: Decimal(v) for k, v in n["fractions"].items()}
        self.signs = set(n["signs"])
        self.unicode_fractions = {k: Decimal(str(v)) for k, v in n["unicode_fractions"].items()}
        self.alone_not_a_fact = set(n["words"].get("alone_not_a_fact", []))
        self.hyphen_idiom = set(n["words"].get("not_a_fact_before_hyphen", []))
        self._word = re.compile(r"[A-Za-z]+")
        # abbreviations are case-sensitive ("10M" is ten million, "1m" is a metre) and
        # must end the word ("5 km" is no "5 k"); multi-letter ones may stand after a space
        multi = [a for a in self.abbrev if len(a) > 1]
        self._abbrev_glued = re.compile(alternation(self.abbrev) + r"(?![\w])")
        self._abbrev_spaced = re.compile(r"[\x20\u00a0]{1,2}(?:" + alternation(multi) + r"|k|K|M|G|B|T)(?![\w$€£%])")
        plural = n.get("millions_before_a_plural", {})
        self.plural_scale = (plural["abbreviation"], Decimal(plural["value"])) if plural else None
        not_after = plural.get("not_after", [])
        self.plural_not_after = re.compile(r"(?<![\w])(?i:" + alternation(not_after) + r")[\x20\u00a0]+\Z") \
            if not_after else None
        self.not_plural = {w.lower() for w in rules.counts.get("stop", [])}
        self.currency_names = set(rules.currency_by_name)
        # words that start a number: the anchor scanner looks for these
        self.start_words = set(self.units) | set(self.tens) | set(self.scales) | set(self.dozens) \
            | {"half", "quarter"} | self.signs | {"a", "an"}

    # ------------------------------------------------------------------ tokens
    def _tokens(self, text: str, pos: int, limit: int, most: int) -> list[_Token]:
        """Up to `most` number-ish tokens from `pos` on; stops at the first that cannot belong."""
        out: list[_Token] = []
        i = pos
        while i < limit and len(out) < most:
            j = i
            while j < limit and text[j] in " \u00a0\t":
                j += 1
            if j >= limit:
                break
            ch = text[j]
            if out and j == i and ch.isalnum() and out[-1].kind not in ("dash",) and text[i - 1].isalnum():
                break   # glued to the previous token: "10km" is no number run going on
            if ch.isdigit() or (ch == "." and j + 1 < limit and text[j + 1].isdigit()):
                tok = self._digit_token(text, j, limit)
                if tok is None:
                    break
                out.append(tok)
                i = tok.end
                continue
            if ch in self.unicode_fractions:
                out.append(_Token("num", self.unicode_fractions[ch], j, j + 1, True, Decimal("0.01"), ch))
                i = j + 1
                continue
            if ch in "-–":
                out.append(_Token("dash", ZERO, j, j + 1, text=ch))
                i = j + 1
                continue
            if ch == ",":
                if j + 1 < limit and text[j + 1].isdigit():
                    break            # "1, 234" stays three numbers in the digit tokenizer
                out.append(_Token("comma", ZERO, j, j + 1, text=ch))
                i = j + 1
                continue
            if ch == "&":
                out.append(_Token("and", ZERO, j, j + 1, text=ch))
                i = j + 1
                continue
            m = self._word.match(text, j)
            if not m:
                break
            w = m.group(0).lower()
            tok = self._word_token(w, j, m.end())
            if tok is None:
                break
            out.append(tok)
            i = m.end()
        return out

    def _word_token(self, w: str, s: int, e: int) -> _Token | None:
        if w in self.units:
            return _Token("unit", self.units[w], s, e, text=w)
        if w in self.tens:
            return _Token("tens", self.tens[w], s, e, text=w)
        if w == "hundred" or w == "hundreds":
            return _Token("hundred", Decimal(100), s, e, text=w)
        if w in self.scales:
            return _Token("scale", self.scales[w], s, e, text=w)
        if w in self.dozens:
            return _Token("dozen", self.dozens[w], s, e, text=w)
        if w in self.fractions:
            return _Token("frac", self.fractions[w], s, e, text=w)
        if w in self.signs:
            return _Token("sign", Decimal(-1), s, e, text=w)
        if w in ("and", "a", "an", "of", "point"):
            return _Token(w, ZERO, s, e, text=w)
        return None

    def _digit_token(self, text: str, j: int, limit: int) -> _Token | None:
        m = _DIGITS_RE.match(text, j, limit)
        if not m:
            return None
        g = m.lastgroup
        try:
            if m.group("mixed") is not None:
                den = Decimal(m.group("mden"))
                if den == 0:
                    return None
                val = Decimal(m.group("mixed")) + Decimal(m.group("mnum")) / den
                prec = ONE / den
            elif m.group("frac_num") is not None:
                den = Decimal(m.group("frac_den"))
                # "9/11", "24/7", "1/0": news writes few fractions with slashes, and those have
                # small denominators ("3/4", "1/2"); anything else is a name, date or score
                if den == 0 or den > 10 and den not in (16, 32, 64, 100) or Decimal(m.group("frac_num")) >= den:
                    return None
                val = Decimal(m.group("frac_num")) / den
                prec = ONE / den
            elif m.group("euro") is not None:
                raw = m.group("euro").replace(".", "").replace(",", ".")
                val, prec = Decimal(raw), _place(raw)
            else:
                raw = m.group("plain" if g in (None, "exp", "x10") else g)
                raw = _SEPARATORS.sub("", raw)
                exp = m.group("exp")
                val, prec = Decimal(raw), _place(raw)
                # "4e14", "2.48×10−5", "3 x 10^8": the power of ten scales the value and its precision
                power = exp[1:] if exp else m.group("x10").lstrip("^*") if m.group("x10") else None
                if power:
                    n = int(power.translate(_SUPERSCRIPT))
                    val, prec = val.scaleb(n), prec.scaleb(n)
        except InvalidOperation:
            return None
        end = m.end()
        if end < limit and text[end] in self.unicode_fractions:   # "2½"
            val += self.unicode_fractions[text[end]]
            end += 1
        return _Token("num", val, j, end, True, prec, text[j:end])

    # ------------------------------------------------------------------ grammar
    def find(self, text: str, pos: int, limit: int | None = None) -> Mention | None:
        """The number that starts at `pos`, or None when none does."""
        limit = len(text) if limit is None else limit
        # most numbers are one to three tokens: read a few, and more only when all were used
        raw = self._tokens(text, pos, min(limit, pos + 400), 6)
        toks = _spaced_dashes(raw)
        best = _evaluate(toks) if toks else None
        if best is not None and len(raw) == 6 and (best[1] >= len(toks) - 1 or len(toks) < len(raw)):
            toks = _spaced_dashes(self._tokens(text, pos, min(limit, pos + 400), 40))
            best = _evaluate(toks)
        if best is None:
            return None
        if toks[0].kind == "sign" and _PLUS_OR.search(text, max(0, toks[0].start - 12), toks[0].start):
            return self.find(text, toks[1].start, limit) if len(toks) > 1 else None   # "plus or minus 4 points": a
                                                                                        # margin, not a negative
        value, used, precision, scale = best
        first, last = toks[0], toks[used - 1]
        words = any(not t.digits for t in toks[:used] if t.kind not in ("sign", "dash"))
        end = last.end
        # a hyphenated scale word, as Canadian and British copy writes it: "$1-million", "2.5-billion"
        if last.kind == "num" and scale is None and used + 1 < len(toks) and toks[used].kind == "dash" \
                and toks[used + 1].kind == "scale" and toks[used].start == end and toks[used + 1].start == end + 1:
            word = toks[used + 1]
            value, precision, scale, end = value * word.value, precision * word.value, word.value, word.end
        # a glued or spaced scale abbreviation after digits: "10k", "$1.2bn", "10 bln"
        elif last.kind == "num" and scale is None:
            am = self._abbrev_glued.match(text, end) or self._abbrev_spaced.match(text, end)
            if am:
                key = am.group(0).strip()
                mult = self.abbrev.get(key)
                if mult is not None:
                    value, precision, scale = value * mult, precision * mult, mult
                    end = am.end()
            elif self._million_things(text, first.start, end):     # "23.2m viewers"
                assert self.plural_scale is not None
                mult = self.plural_scale[1]
                value, precision, scale, end = value * mult, precision * mult, mult, end + len(self.plural_scale[0])
        if first.kind in ("hundred", "scale", "dozen") and _VAGUE_BEFORE.search(text, max(0, first.start - 12), first.start):
            return None                      # "several hundred years", "a few thousand people": no number is stated
        weak = used == 1 and (first.kind == "unit" and first.text in self.alone_not_a_fact or
                              first.text in self.hyphen_idiom and text[end:end + 1] == "-"
                              and text[end + 1:end + 2].isalpha())
        plain = used == 1 and first.kind == "num" and scale is None and text[first.start:first.end].isdigit()
        return Mention(first.start, end, value, precision, words, scale, plain, weak)

    def _million_things(self, text: str, start: int, end: int) -> bool:
        """ "23.2m viewers", "13.5m kroner": "m" glued to digits before a plural noun or a currency's name."""
        if self.plural_scale is None or not text.startswith(self.plural_scale[0], end):
            return False
        after = _NEXT_WORD.match(text, end + len(self.plural_scale[0]))
        if after is None:
            return False
        word = after.group(1)
        if not (word in self.currency_names or len(word) > 3 and word.endswith("s") and not word.endswith("ss")
                and word not in self.not_plural):
            return False
        return not (self.plural_not_after and self.plural_not_after.search(text, max(0, start - 8), start))


_PLUS_OR = re.compile(r"(?<![\w])plus[\x20\u00a0]+or[\x20\u00a0]+\Z", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[\x20\u00a0]+([a-z]+)(?![\w'’-])")


def _place(raw: str) -> Decimal:
    """The place value of the last written digit: "74.6" -> 0.1, "246" -> 1, ".08" -> 0.01."""
    if "." in raw:
        return Decimal(1).scaleb(-len(raw.split(".", 1)[1]))
    return ONE


def _spaced_dashes(toks: list[_Token]) -> list[_Token]:
    """ "two-and-a-half": dashes that stand for the spaces of "two and a half" are dropped."""
    if len(toks) < 3 or not any(t.kind == "and" for t in toks):
        return toks
    kinds = [t.kind for t in toks]
    joins = {("unit", "and"), ("tens", "and"), ("and", "a"), ("and", "an"), ("a", "frac"), ("an", "frac")}
    return [t for i, t in enumerate(toks) if not (t.kind == "dash" and 0 < i < len(toks) - 1
                                                  and (kinds[i - 1], kinds[i + 1]) in joins)]


def _evaluate(toks: list[_Token]) -> tuple[Decimal, int, Decimal, Decimal | None] | None:
    """Longest prefix of `toks` that reads as one number: (value, tokens used, precision, scale)."""
    best: tuple[Decimal, int, Decimal, Decimal | None] | None = None
    st = _State()
    for i, t in enumerate(toks):
        if not st.feed(t, toks, i):
            break
        if st.complete():
            best = (st.value(), i + 1, st.precision(), st.scale)
    return best


class _State:
    """The running value of a number being read word by word."""

    def __init__(self) -> None:
        self.sign = ONE
        self.total = ZERO         # sum of completed scale groups ("two million" + ...)
        self.hundreds = ZERO      # hundreds part of the current group
        self.small = ZERO         # below-hundred part of the current group
        self.frac = ZERO          # a fraction read in the current group ("and a half")
        self.dozen = ZERO         # the dozen the current group counts in, if any ("a dozen and a half": 18)
        self.frac_of_dozen = False
        self.has_current = False
        self.last_scale = ZERO
        self.scale: Decimal | None = None
        self.prev = ""            # kind of the previous token
        self.prev_digits = False
        self.pending_num: Decimal | None = None   # numerator waiting for its denominator
        self.decimal: str | None = None            # digits after "point"
        self.dec_tens: int | None = None           # "seventy" waiting for its "-one"
        self.numerator: Decimal | None = None      # "twenty and three fifths": the "three"
        self.any = False
        self.min_place = ONE
        self.last_group_was_fraction_after_scale = False
        self.and_after_scale = False

    def _flush_decimal(self) -> None:
        self.decimal = self._decimal_digits()
        self.dec_tens = None

    def _decimal_digits(self) -> str | None:
        if self.decimal is None or self.dec_tens is None:
            return self.decimal
        return self.decimal + str(self.dec_tens)

    def current(self) -> Decimal:
        return self.hundreds + self.small + self.frac

    def complete(self) -> bool:
        return self.any and self.numerator is None and \
            self.prev not in ("and", "a", "an", "of", "point", "dash", "comma", "sign")

    def value(self) -> Decimal:
        cur = self.current()
        digits = self._decimal_digits()
        if digits:
            cur = cur + Decimal("0." + digits)
        v = self.total + cur
        if self.last_group_was_fraction_after_scale and self.hundreds == 0 and self.small == 0:
            # "one million and a half": the fraction is of the last scale
            v = self.total + self.frac * self.last_scale
        elif self.frac_of_dozen:
            v += self.frac * (self.dozen - 1)     # "a dozen and a half": half of the dozen
        return self.sign * v

    def precision(self) -> Decimal:
        digits = self._decimal_digits()
        if digits:
            return Decimal(1).scaleb(-len(digits))
        if self.frac:
            return Decimal("0.01")
        if self.hundreds == 0 and self.small == 0 and self.last_scale:
            return self.last_scale * self.min_place
        return self.min_place

    def feed(self, t: _Token, toks: list[_Token], i: int) -> bool:   # noqa: C901 - one grammar
        k, prev = t.kind, self.prev
        nxt = toks[i + 1].kind if i + 1 < len(toks) else ""
        if self.decimal is not None:                 # "point zero three", "point seventy-one"
            if k == "tens" and self.dec_tens is None:
                self.dec_tens = int(t.value)
            elif k == "unit" and self.dec_tens is not None and t.value < 10:
                self.decimal += str(self.dec_tens + int(t.value))
                self.dec_tens = None
            elif k == "unit":
                self._flush_decimal()
                self.decimal += str(int(t.value))
            elif not (k == "dash" and self.dec_tens is not None):   # "seventy-one": the dash joins
                return False
            self.prev = k
            return True
        if k == "sign":
            if self.any or prev == "sign":
                return False
            self.sign = -ONE
        elif k == "num":
            if prev == "num" or (self.any and prev not in ("and", "comma", "scale", "a")):
                if not (prev == "scale" or (prev == "and" and self.small == 0)):
                    return False
            if self.has_current and self.small != 0:
                return False
            if prev == "and" and self.hundreds == 0 and self.has_current:
                return False
            if prev == "and" and not (t.value == t.value.to_integral_value() and (
                    self.hundreds and t.value < 100 or nxt in ("scale", "hundred") and t.value < 1000)):
                return False             # "$5 million and 300,000 euros", "20 million and 1.5 million": two
                                         # amounts; digits join only as a smaller group ("3 hundred and 21",
                                         # "2 crore and 50 lakh")
            if t.value != t.value.to_integral_value() and self.any:
                if prev != "scale" and self.total == 0:
                    return False
            self.small += t.value
            self.has_current = True
            self.any = True
            self.prev_digits = True
            self.min_place = min(self.min_place, t.precision)
        elif k == "unit" and prev == "and" and self.small and self.numerator is None:
            if nxt not in ("frac", "dash"):
                return False
            self.numerator = t.value
        elif k == "unit":
            if prev == "num" and not self.hundreds:
                return False
            if self.small and not (self.small % 10 == 0 and self.small >= 20 and t.value < 10 and t.value > 0):
                return False
            if self.frac:
                return False
            if prev == "dash" and not (self.small >= 20):
                return False
            self.small += t.value
            self.has_current = True
            self.any = True
        elif k == "tens":
            if self.small or self.frac or prev == "num":
                return False
            self.small += t.value
            self.has_current = True
            self.any = True
        elif k == "hundred":
            if self.hundreds or self.frac:
                return False
            base = self.small if self.has_current else (ONE if prev in ("a", "an") or not self.any else ZERO)
            if base == 0 or (base >= 100 and not self.prev_digits):
                return False
            self.hundreds, self.small = base * 100, ZERO
            self.has_current = True
            self.any = True
        elif k == "scale":
            cur = self.current()
            if not self.has_current and not self.frac:
                if self.total and t.value > self.last_scale and prev == "scale":
                    self.total *= t.value           # "three lakh crore"
                    self.last_scale = t.value
                    self.prev = k
                    return True
                if prev in ("a", "an", "of") or (self.pending_num is not None):
                    cur = ONE if prev in ("a", "an") and not self.frac else cur
                else:
                    return False
            if self.last_scale and t.value >= self.last_scale:
                return False
            if prev == "of" and self.frac:
                cur = self.frac
            self.total += cur * t.value
            self.hundreds = self.small = self.frac = ZERO
            self.has_current = False
            self.last_scale = t.value
            if self.scale is None:
                self.scale = t.value
            self.any = True
            self.last_group_was_fraction_after_scale = False
        elif k == "dozen":
            if self.frac and prev in ("a", "an", "frac", "dash"):
                self.small, self.frac = self.frac * t.value, ZERO     # "half a dozen", "a half-dozen"
            elif self.small or self.hundreds:
                self.small = (self.small or ONE) * t.value
            elif prev in ("a", "an"):
                self.small = t.value
            else:
                return False
            self.has_current = True
            self.any = True
            self.dozen = t.value
        elif k == "frac":
            if self.numerator is not None:
                num, self.numerator = self.numerator, None
            elif prev in ("a", "an"):
                num = ONE
            elif prev in ("unit", "tens", "num") and self.small and not self.frac and prev != "dash":
                num = self.small
                self.small = ZERO
            elif prev == "dash" and self.small and self.small < 20:
                num = self.small                   # "one-eighth"
                self.small = ZERO
            elif not self.any and t.text in ("half", "quarter"):
                num = ONE                          # "half million", "quarter million"
            else:
                return False
            if t.text in ("half",) and num != 1 and prev != "a":
                return False
            if prev == "num" and num != num.to_integral_value():
                return False
            self.frac += num / t.value
            self.frac_of_dozen = bool(self.dozen) and self.small == self.dozen and prev in ("a", "an")
            self.any = True
            if self.total and not self.hundreds and self.and_after_scale:
                self.last_group_was_fraction_after_scale = True
            self.has_current = bool(self.hundreds or self.small)
        elif k in ("a", "an"):
            if prev not in ("", "and", "frac", "sign", "of") or (prev == "frac" and nxt not in ("dozen", "scale")):
                return False
            if prev == "" and nxt not in ("hundred", "scale", "dozen", "frac"):
                return False
        elif k == "of":
            if prev != "frac" or nxt not in ("a", "an"):
                return False
        elif k == "and":
            if not self.any or prev in ("and", "a", "dash", "comma"):
                return False
            if nxt not in ("unit", "tens", "num", "a", "an", "frac", "hundred"):
                return False
            self.and_after_scale = prev == "scale"
        elif k == "dash":
            if prev == "frac" and nxt == "dozen" and self.frac:
                pass                                   # "a half-dozen"
            elif prev == "unit" and nxt in ("dozen", "hundred"):
                pass                                   # "two-dozen", "three-hundred"
            elif prev not in ("tens", "unit") or nxt not in ("unit", "frac") or prev == "unit" and nxt != "frac":
                return False
        elif k == "comma":
            if prev != "scale" or nxt not in ("unit", "tens", "hundred"):
                return False
        elif k == "point":
            if not self.any or self.frac or prev not in ("unit", "tens", "hundred", "scale"):
                return False
            self.decimal = ""
        else:
            return False
        if k not in ("and",):
            self.and_after_scale = self.and_after_scale if k in ("a", "an", "frac", "unit", "tens") else False
        if k != "num":
            self.prev_digits = self.prev_digits and k in ("hundred",)
        self.prev = k
        return True


@lru_cache(maxsize=8)
def number_parser(rules: Rules) -> NumberParser:
    return NumberParser(rules)
