"""Load rules/*.toml: lexicons, shared sub-patterns and date rules, checked and compiled once.

The vocabulary lives in data so that a newsroom can extend it without touching code. A
pattern pulls a shared sub-pattern as {NAME} (capitals only, so regex counts like {2,4}
are left alone); the names below are generated from the lexicons.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from factdiff.errors import RuleError

_SUBPATTERN = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def alternation(phrases: list[str] | set[str] | Any) -> str:
    """A regex alternation of literal phrases, longest first; a space matches any run of spaces.

    >>> alternation(["up to", "up"])
    '(?:up\\\\s+to|up)'
    """
    items = sorted({p for p in phrases if p}, key=lambda p: (-len(p), p))
    parts = [r"\s+".join(re.escape(w) for w in p.split(" ")) if " " in p else re.escape(p) for p in items]
    return "(?:" + "|".join(parts) + ")"


def trie_alternation(phrases: list[str] | set[str] | Any) -> str:
    """The same language as `alternation`, written as a trie ("Wash(?:ington(?:\\s+Post)?)?"), so that a
    long list costs one branch per character instead of one try per phrase. The longest phrase still
    wins: each continuation is greedy. Case-sensitive use only (under IGNORECASE "US" and "us" would be
    two branches, tried in order)."""
    trie: dict[str, Any] = {}
    for p in {p for p in phrases if p}:
        node = trie
        for token in re.split(r"( )", p):
            for ch in ([token] if token == " " else token):
                node = node.setdefault(ch, {})
        node[""] = {}                                   # a phrase ends here

    def emit(node: dict[str, Any]) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + emit(trie) + ")"


@dataclass(frozen=True)
class DateRule:
    name: str
    pattern: re.Pattern[str]
    produce: str
    examples: tuple[dict[str, Any], ...]
    negatives: tuple[str, ...]
    file: str
    first_chars: frozenset[str] | None = None   # characters a match can start with, in lower case (None: any)
    first_pairs: frozenset[str] | None = None   # and its first two characters


_MOST_OPENINGS = 50_000          # more ways to begin than this: the rule is tried everywhere its first letter stands
_ASCII_SPACES = " \t\n\r\f\v"


def openings(pattern: re.Pattern[str], n: int) -> frozenset[str] | None:
    """The first `n` characters a match of `pattern` can begin with, in lower case, or None when that
    cannot be told (or a match may be shorter). Only ASCII is told: text whose first `n` characters are
    not all ASCII asks every rule that may begin with its first letter.

    Extraction skips a rule at a place whose opening is not among these: most rules are tried at most
    places, and this one look saves the regex engine's start-up each time.

    >>> sorted(openings(re.compile(r"(?:the\\s+)?[0-9]x", re.I), 2))[:3]
    ['0x', '1x', '2x']
    >>> sorted(openings(re.compile(r"(?:the\\s+)?[0-9]x", re.I), 1))[:3]
    ['0', '1', '2']
    """
    try:
        from re import _constants as C  # type: ignore[attr-defined]
        from re import _parser as P  # type: ignore[attr-defined]
        parsed = P.parse(pattern.pattern, pattern.flags)
    except Exception:                     # a Python whose private parser differs: no shortcut
        return None

    def seq(items: Any, room: int) -> set[str] | None:
        """Strings of at most `room` characters: shorter ones are whole matches of `items`."""
        done: set[str] = set()
        open_ = {""}
        for op, av in items:
            grown: set[str] = set()
            for p in open_:
                ways = one(op, av, room - len(p))
                if ways is None:
                    return None
                for w in ways:
                    (done if len(p + w) == room else grown).add(p + w)
            if len(done) + len(grown) > _MOST_OPENINGS:
                return None
            open_ = grown
            if not open_:
                break
        return done | open_

    def chars(av: Any) -> set[str] | None:
        out: set[str] = set()
        for o, a in av:
            if o is C.LITERAL:
                out.add(chr(a).lower())
            elif o is C.RANGE and a[1] - a[0] <= 300:
                out |= {chr(x).lower() for x in range(a[0], a[1] + 1)}
            elif o is C.CATEGORY and a is C.CATEGORY_DIGIT:
                out |= set("0123456789")
            elif o is C.CATEGORY and a is C.CATEGORY_SPACE:
                out |= set(_ASCII_SPACES)
            else:
                return None
        return out

    def one(op: Any, av: Any, room: int) -> set[str] | None:
        if op is C.LITERAL:
            return {chr(av).lower()}
        if op is C.IN:
            return chars(av)
        if op is C.BRANCH:
            acc: set[str] = set()
            for alt in av[1]:
                f = seq(alt, room)
                if f is None:
                    return None
                acc |= f
            return acc
        if op is C.SUBPATTERN:
            return seq(av[-1], room)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, item = av
            once = seq(item, room)
            if once is None or ("" in once and hi > room):
                return None                # an item that may match nothing, repeated without end
            if lo > room:                  # more repeats than room: only their first `room` characters count
                f = seq(list(item) * room, room)
                return None if f is None else {w for w in f if len(w) == room}
            acc = {""} if lo == 0 else set()
            for times in range(max(lo, 1), min(hi, room) + 1):
                f = seq(list(item) * times, room)
                if f is None:
                    return None
                acc |= f
            return acc
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return {""}                    # takes no characters
        return None

    found = seq(parsed, n)
    if found is None or any(len(w) < n for w in found):
        return None
    return frozenset(found)


@dataclass(eq=False)      # hashed by identity: compiled helpers are cached per rule set
class Rules:
    """Everything the extractors read from rules/, already compiled."""

    directory: str
    numbers: dict[str, Any]
    calendar: dict[str, Any]
    currencies: dict[str, Any]
    units: dict[str, Any]
    qualifiers: dict[str, Any]
    identifiers: dict[str, Any]
    counts: dict[str, Any]
    status: dict[str, Any]
    aliases: dict[str, Any]
    directions: dict[str, Any]
    attribution: dict[str, Any]
    scores: dict[str, Any]
    subpatterns: dict[str, str]
    date_rules: tuple[DateRule, ...]
    # derived lookups
    date_rules_by_char: dict[str, tuple[DateRule, ...]] = field(default_factory=dict)
    date_rules_by_pair: dict[str, tuple[DateRule, ...]] = field(default_factory=dict)
    date_rules_by_char_unpaired: dict[str, tuple[DateRule, ...]] = field(default_factory=dict)
    currency_by_symbol: dict[str, str] = field(default_factory=dict)
    currency_by_name: dict[str, str] = field(default_factory=dict)
    currency_codes: frozenset[str] = frozenset()
    unit_by_word: dict[str, str] = field(default_factory=dict)
    unit_by_symbol: dict[str, str] = field(default_factory=dict)
    word_symbols: frozenset[str] = frozenset()     # symbols that are also words ("in"): see units.toml
    unit_info: dict[str, tuple[str, float]] = field(default_factory=dict)
    qualifier_before: dict[str, str] = field(default_factory=dict)
    qualifier_after: dict[str, str] = field(default_factory=dict)
    approx_width: Decimal = Decimal("0.1")

    def date_rules_at(self, text: str, at: int) -> tuple[DateRule, ...]:
        """The date rules that may match at `at`, in file order: by the two characters there when both
        are ASCII (the rules know only ASCII openings), else by the first."""
        key = text[at:at + 2].lower()
        if len(key) == 2 and key.isascii():
            found = self.date_rules_by_pair.get(key)
            if found is not None:
                return found
            return self.date_rules_by_char_unpaired.get(key[0], self.date_rules_by_char_unpaired[""])
        return self.date_rules_by_char.get(text[at:at + 1].lower(), self.date_rules_by_char[""])

    def expand(self, pattern: str, where: str) -> str:
        """Replace every {NAME} by its sub-pattern; an unknown name is a RuleError naming `where`."""
        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in self.subpatterns:
                raise RuleError(f"{where}: unknown sub-pattern {{{name}}}")
            return "(?:" + self.subpatterns[name] + ")"
        for _ in range(4):                       # sub-patterns may use sub-patterns
            pattern = _SUBPATTERN.sub(sub, pattern)
        return pattern


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as err:
        raise RuleError(f"{path.name}: {err}") from None
    except OSError as err:
        raise RuleError(f"{path}: {err.strerror}") from None


def default_rules_dir() -> Path:
    """rules/ beside the package in a checkout, else the copy installed with it."""
    here = Path(__file__).resolve().parent
    beside = here.parent / "rules"
    if beside.is_dir():
        return beside
    return Path(str(resources.files("factdiff") / "_rules"))


def word_list(words: list[str] | dict[str, Any]) -> str:
    """A calendar or number-word list as a pattern: a trie when every word is lower case (the date
    rules try these lists at every number and month name, and a trie of hundreds of number words is
    one branch per letter), else a plain alternation (see trie_alternation on case)."""
    return trie_alternation(words) if all(w == w.lower() for w in words) else alternation(words)


def _lexicon_subpatterns(r: Rules) -> dict[str, str]:
    num, cal = r.numbers, r.calendar
    number_words = {**num["units"], **num["tens"]}
    digits = [u for u, v in num["units"].items() if 1 <= v <= 9]
    below_100 = {**number_words, **{f"{t}{sep}{u}": num["tens"][t] + num["units"][u]
                                    for t in num["tens"] for u in digits for sep in ("-", " ")}}
    simple_counts = list(below_100)
    ordinals = dict(num["ordinals"])
    day_ordinals = list(ordinals) + [f"{t}{sep}{o}" for t in ("twenty", "thirty") for sep in ("-", " ")
                                      for o in ("first", "second", "third", "fourth", "fifth", "sixth",
                                                "seventh", "eighth", "ninth")]
    months = cal["months"]
    full_months = [m for m in months if len(m) > 4 or m in ("may", "june", "july")]
    return {
        "MONTH": word_list(months),
        "MONTH_FULL": word_list(full_months),
        "WEEKDAY": word_list(cal["weekdays"]),
        "SHIFT": word_list(cal["shifts"]),
        "RELDAY": word_list(cal["relative_days"]),
        "SEASON": word_list(cal["seasons"]),
        "HOLIDAY": word_list(cal["holidays"]),
        "PART": word_list(cal["parts"]) + r"(?:\s+of)?",
        "ORDINAL_DAY": word_list(day_ordinals),
        "COUNT_WORD": word_list(simple_counts),
        "YEAR_WORDS": _year_words(num["units"], below_100),
        "DECADE_WORD": word_list(cal.get("decade_words", {})),
        "CURRENCY_SYMBOL": alternation(r.currency_by_symbol),
        "CURRENCY_NAME": alternation(r.currency_by_name),
        "CURRENCY_CODE": alternation(r.currency_codes),
        "UNIT_WORD": alternation(r.unit_by_word),
        "UNIT_SYMBOL": alternation(r.unit_by_symbol),
    }


def _year_words(units: dict[str, int], below_100: dict[str, int]) -> str:
    """A year written in words as people say it: "nineteen eighty-six", "nineteen hundred ninety
    three", "nineteen oh five", "two thousand and fifteen", "twenty twenty". A bare "two thousand"
    or "nineteen hundred" is left out: after a month it is as often a count ("in May two thousand
    people")."""
    centuries = word_list([w for w, v in units.items() if 10 <= v <= 19] + ["twenty"])
    tail = word_list([w for w, v in below_100.items() if v >= 1])
    tail_from_10 = word_list([w for w, v in below_100.items() if v >= 10])
    digit = word_list([w for w, v in units.items() if 1 <= v <= 9])
    return (rf"(?:two\s+thousand(?:\s+and)?\s+{tail}"
            rf"|{centuries}\s+(?:hundred(?:\s+and)?\s+{tail}|oh\s+{digit}|{tail_from_10}))(?![\w-])")


def _derive_lookups(r: Rules) -> None:
    _merge_countries(r.aliases)
    for code, spec in r.currencies.items():
        if code.startswith("_"):
            continue
        for s in spec.get("symbols", []):
            r.currency_by_symbol[s] = code
        for n in spec.get("names", []):
            r.currency_by_name[n.lower()] = code
    r.currency_codes = frozenset(r.currencies.get("_codes", {}).get("codes", []))
    for canon, spec in r.units.items():
        if canon.startswith("_"):
            continue
        r.unit_info[canon] = (spec.get("dimension", canon), float(spec.get("factor", 1)))
        for w in spec.get("words", []):
            r.unit_by_word[w.lower()] = canon
        for s in spec.get("symbols", []) + spec.get("word_symbols", []):
            r.unit_by_symbol[s] = canon
        r.word_symbols |= frozenset(spec.get("word_symbols", []))
    for qual, spec in r.qualifiers.items():
        if qual in ("ranges", "bounds", "not_qualifiers", "over_a_time"):
            continue
        for p in spec.get("before", []):
            r.qualifier_before[p.lower()] = qual
        for p in spec.get("after", []):
            r.qualifier_after[p.lower()] = qual
    r.approx_width = Decimal(str(r.qualifiers.get("approx", {}).get("width", 0.1)))


def _compile_date_rules(r: Rules, data: dict[str, Any], file: str) -> tuple[DateRule, ...]:
    seen: set[str] = set()
    out = []
    for i, spec in enumerate(data.get("rule", [])):
        name = spec.get("name") or f"rule #{i + 1}"
        where = f"{file}: rule '{name}'"
        if name in seen:
            raise RuleError(f"{where}: duplicate rule name")
        seen.add(name)
        for key in ("pattern", "produce"):
            if key not in spec:
                raise RuleError(f"{where}: no {key}")
        if not spec.get("examples"):
            raise RuleError(f"{where}: a rule needs examples")
        try:
            compiled = re.compile(r.expand(spec["pattern"], where), re.IGNORECASE)
        except re.error as err:
            raise RuleError(f"{where}: bad pattern: {err}") from None
        if compiled.fullmatch(""):
            raise RuleError(f"{where}: pattern matches the empty string")
        out.append(DateRule(name, compiled, spec["produce"], tuple(spec["examples"]),
                            tuple(spec.get("not", [])), file, openings(compiled, 1), openings(compiled, 2)))
    return tuple(out)


def load_rules(directory: str | Path | None = None) -> Rules:
    """Read and compile a rules directory (default: the project's rules/).

    Raises RuleError naming the file and rule when something is wrong.
    """
    d = Path(directory) if directory else default_rules_dir()
    if not d.is_dir():
        raise RuleError(f"{d}: no such rules directory")
    files = {name: _read_toml(d / f"{name}.toml") for name in
             ("numbers", "calendar", "currencies", "units", "qualifiers", "identifiers", "counts", "patterns",
              "dates", "status", "aliases", "directions", "attribution", "scores")}
    r = Rules(directory=str(d), numbers=files["numbers"], calendar=files["calendar"],
              currencies=files["currencies"], units=files["units"], qualifiers=files["qualifiers"],
              identifiers=files["identifiers"], counts=files["counts"], status=files["status"],
              aliases=files["aliases"], directions=files["directions"], attribution=files["attribution"],
              scores=files["scores"], subpatterns={}, date_rules=())
    _derive_lookups(r)
    r.subpatterns = {**{k: v for k, v in files["patterns"].items() if isinstance(v, str)},
                     **_lexicon_subpatterns(r)}
    r.date_rules = _compile_date_rules(r, files["dates"], "dates.toml")
    _index_dates(r)
    return r


def _index_by_first_char(rules: tuple[DateRule, ...]) -> dict[str, tuple[DateRule, ...]]:
    """The rules that can match at a place, by its character in lower case, in file order; "" keys the
    rules that say nothing of their first character."""
    chars = set().union(*(r.first_chars for r in rules if r.first_chars is not None))
    index = {ch: tuple(r for r in rules if r.first_chars is None or ch in r.first_chars) for ch in chars}
    index[""] = tuple(r for r in rules if r.first_chars is None)
    return index


def _index_dates(r: Rules) -> None:
    """The date rules by the first character and by the first two (see Rules.date_rules_at)."""
    rules = r.date_rules
    r.date_rules_by_char = _index_by_first_char(rules)
    unpaired = tuple(rule for rule in rules if rule.first_pairs is None)
    r.date_rules_by_char_unpaired = _index_by_first_char(unpaired)
    pairs = set().union(*(rule.first_pairs for rule in rules if rule.first_pairs is not None))
    r.date_rules_by_pair = {p: tuple(rule for rule in rules if (rule.first_pairs is None and (
        rule.first_chars is None or p[0] in rule.first_chars)) or (rule.first_pairs and p in rule.first_pairs))
        for p in pairs}


def _merge_countries(aliases: dict[str, Any]) -> None:
    """[countries] one line a state: its capitals become aliases, its adjectives demonyms, unless an
    [entity] of the same name says otherwise. "Georgia (country)" is named Georgia but matched only by
    its aliases."""
    entities = aliases.setdefault("entity", {})
    demonyms = aliases.setdefault("demonyms", {})
    for key, spec in aliases.get("countries", {}).items():
        name = re.sub(r"\s*\(.*\)$", "", key)
        if name in entities:
            continue
        words = list(spec.get("aliases", [])) + list(spec.get("capitals", []))
        entities[name] = {"type": "country", "aliases": words, "own_name": name == key}
        for d in spec.get("demonyms", []):
            demonyms.setdefault(d, name)


@lru_cache(maxsize=4)
def cached_rules(directory: str | None = None) -> Rules:
    """load_rules, once per directory and process."""
    return load_rules(directory)
