"""Comparison: claims -> findings a fact-checker would sign, each naming the rule that decided it.

Numbers are intervals (the stated precision, widened or bounded by qualifiers); dates are
intervals at their stated precision; statuses are rungs of a ladder compared source against
source for the same actor and action; a flipped direction ("rose" against "fell") contradicts;
two parties asserting opposite things are a dispute, not the sources contradicting each other.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from factdiff.align import (CONTRADICTION_THRESHOLD, DATE_CONTRADICTION_THRESHOLD, NUMERIC, Claim,
                            same_but_for_fact, status_similarity)
from factdiff.entities import EntityIndex
from factdiff.model import Fact, Finding, FindingType, Kind, json_value

INF = math.inf

RULE_NUMBERS = "numbers compared as intervals (stated precision, qualifiers, units)"
RULE_UNITS = "same figure, different units"
RULE_DATES = "dates compared as intervals at their stated precision"
RULE_STATUS = "status ladder: same actor and action, different rungs"
RULE_DIRECTION = "direction of change: one source says up, the other down"
RULE_GAP = "stated by some sources, not mentioned by the others"
RULE_DISPUTE = "opposite claims attributed to different parties"
RULE_SAME = "same value"
RULE_SCORES = "scores compared as tallies (a 5-4 vote is 4-5 against)"


@dataclass(frozen=True)
class Verdict:
    agree: bool | None          # None: not comparable
    rule: str
    why: str


# ---------------------------------------------------------------------- values

def interval(f: Fact, factor: float = 1.0) -> tuple[float, float] | None:
    """The interval a numeric statement allows, in base units (None when it states none)."""
    def num(v: object) -> float | None:
        return float(v) * factor if isinstance(v, (Decimal, int, float)) else None
    v, lo, hi = num(f.value), num(f.low), num(f.high)
    q = str(f.qualifier)
    if q == "range" and lo is not None and hi is not None:
        return (lo, hi)
    if q == "at_most" and hi is not None:
        return (-INF, hi)
    if q == "at_least" and lo is not None:
        return (lo, INF)
    if q == "approx" and lo is not None and hi is not None:
        return (min(lo, hi), max(lo, hi))
    if v is None:
        return None
    p = f.extra.get("precision")
    # "75 million" allows 74.5 to 75.5 million, "34.4" allows 34.35 to 34.45
    half = float(p) * factor / 2 if isinstance(p, (Decimal, int, float)) else 0.0
    return (v - half, v + half)


def show(f: Fact) -> str:
    """A value as a reader says it: "up to 75000000 USD", "246 missile", "1999-06"."""
    if f.kind == Kind.STATUS:
        notes = list(f.extra.get("hedges") or [])
        d = f.extra.get("date")
        if d:
            notes.append(str(d["text"]))
        return f"{f.value} ({'; '.join(notes)})" if notes else str(f.value)
    if f.kind == Kind.CHANGE:
        return f"{f.subject} {f.value}"
    if f.kind == Kind.DATE:
        return str(f.value or (f"{f.low}..{f.high}" if f.low else f.text))
    unit = f" {f.unit}" if f.unit else ""
    v, lo, hi = _readable(f.value), _readable(f.low), _readable(f.high)
    q = str(f.qualifier)
    if q == "range":
        return f"{lo}–{hi}{unit}"
    if q == "at_most":
        return f"at most {hi}{unit}"
    if q == "at_least":
        return f"at least {lo}{unit}"
    if q == "approx":
        return f"about {v}{unit}"
    return f"{v}{unit}"


def _readable(v: object) -> object:
    """A value as a report shows it: 0.6666666666666666 as 0.6667, 75000000 as 75,000,000."""
    j = json_value(v) if isinstance(v, Decimal) or v is None or isinstance(v, str) else v
    if isinstance(j, (int, float)) and not isinstance(j, bool) and abs(j) >= 10000 and float(j).is_integer():
        return f"{int(j):,}"
    if isinstance(j, float) and len(repr(j)) > 8:
        return float(f"{j:.4g}")
    return j


def compare_pair(a: Fact, b: Fact, unit_info: dict[str, tuple[str, float]]) -> Verdict:
    """Do two aligned facts agree, contradict, or not compare?"""
    if a.kind == Kind.DATE:
        pa, pb = a.extra.get("preposition"), b.extra.get("preposition")
        if pa and pb and pa != pb:
            return Verdict(None, RULE_DATES, f"“{pa} …” and “{pb} …” give the dates different roles")
        if a.low and a.high and b.low and b.high:
            overlap = str(a.low) <= str(b.high) and str(b.low) <= str(a.high)
            return Verdict(overlap, RULE_DATES, f"{show(a)} and {show(b)} {'overlap' if overlap else 'do not overlap'}")
        same = a.text.lower() == b.text.lower()
        return Verdict(True if same else None, RULE_DATES, "same wording" if same else "unresolved date")
    if a.kind == Kind.IDENTIFIER:
        return Verdict(True, RULE_SAME, f"both name {a.value}")
    if a.kind == Kind.SCORE:                 # "5-4" and "4-5" tell one split
        same = sorted(str(a.value).split("-")) == sorted(str(b.value).split("-"))
        return Verdict(same, RULE_SCORES, f"{a.value} and {b.value} {'are one tally' if same else 'cannot both be true'}")
    if a.kind == Kind.CHANGE:
        same = a.value == b.value
        return Verdict(same, RULE_DIRECTION if not same else RULE_SAME,
                       f"{a.subject}: {'both say ' + str(a.value) if same else f'one says {a.value}, the other {b.value}'}")
    if a.kind in NUMERIC:
        da, db = a.extra.get("direction"), b.extra.get("direction")
        if da and db and da != db:
            return Verdict(False, RULE_DIRECTION, f"one says {da}, the other {db}")
        ca, cb = a.extra.get("change"), b.extra.get("change")
        if ca and cb and ca != cb:
            return Verdict(None, RULE_NUMBERS, "one states a level, the other a change")
        fa = fb = 1.0
        if a.kind in (Kind.QUANTITY, Kind.PERCENT) and a.unit != b.unit:
            ia, ib = unit_info.get(a.unit or ""), unit_info.get(b.unit or "")
            if not ia or not ib or ia[0] != ib[0] or ia[0] == "temperature":
                return Verdict(None, RULE_NUMBERS, "units cannot be converted")
            fa, fb = ia[1], ib[1]
            # "2 miles" against "2 kilometers": rounding could make both true, but the same figure in two
            # units half again apart is the classic unit slip ("8 tons" / "8 tonnes" is only a usage)
            if a.value is not None and a.value == b.value and max(fa, fb) > 1.5 * min(fa, fb):
                return Verdict(False, RULE_UNITS, f"the same figure in different units: {show(a)} is not {show(b)}")
        ia_, ib_ = interval(a, fa), interval(b, fb)
        if ia_ is None or ib_ is None:
            return Verdict(None, RULE_NUMBERS, "no value to compare")
        # intervals of stated precision meet at their edges ("5" is 4.5..5.5, "6" is 5.5..6.5): touching
        # is not overlapping, unless both are points
        if ia_[0] == ia_[1] and ib_[0] == ib_[1]:
            overlap = ia_[0] == ib_[0]
        else:
            overlap = ia_[0] < ib_[1] and ib_[0] < ia_[1] or (ia_ == ib_)
        return Verdict(overlap, RULE_NUMBERS, f"{show(a)} and {show(b)} {'are consistent' if overlap else 'cannot both be true'}")
    return Verdict(None, RULE_NUMBERS, "not comparable")


def can_contradict(a: Fact, b: Fact, claim: Claim) -> bool:
    """Differing values contradict only when the two facts surely measure one thing: matched to
    each other (not only through a third fact), with a word of what they measure in common
    ("21 people wounded" / "20 people wounded", not "nine killed" / "six wounded"), in contexts
    that agree well. A bare number ("he was 15") clashes only in the same sentence otherwise,
    and so nearly does a date (news dates many events)."""
    sim = claim.pair_score(a, b)
    if a.kind == Kind.CHANGE:
        return sim >= 0.9
    # "climbed to 102 million" / "dropped to 102 million", "rose 77.68 points" / "fell 77.68 points": one
    # figure, close contexts, opposite ways (the verb that differs is the word they would share)
    turned = a.value == b.value and a.extra.get("direction") != b.extra.get("direction")
    if Kind.NUMBER in (a.kind, b.kind):
        return same_but_for_fact(a, b) or (turned and sim >= CONTRADICTION_THRESHOLD)
    if turned and a.extra.get("direction") and b.extra.get("direction") and (
            same_but_for_fact(a, b) or sim >= CONTRADICTION_THRESHOLD):
        return True
    if not claim.measured_alike(a, b):
        return False
    return sim >= (DATE_CONTRADICTION_THRESHOLD if a.kind == Kind.DATE else CONTRADICTION_THRESHOLD)


# ---------------------------------------------------------------------- findings

def describe(f: Fact, quote: bool = False) -> str:
    """What a fact is about, in a few words: its subject, else the content words before it. With `quote`
    (a gap or an agreement, where every source states the same) the fact's own words lead:
    "date: late 1990s (resolution oversight civilian administration Kosovo)"."""
    if f.kind in (Kind.STATUS, Kind.CHANGE) and f.subject:
        return f.subject if f.kind == Kind.STATUS else f"change: {f.subject}"
    if f.kind == Kind.COUNT and f.subject:
        return f.subject
    if f.kind == Kind.IDENTIFIER:
        return str(f.value)
    rel = f.sentence.find(f.text)
    left = re.findall(r"[A-Za-z][\w’'-]+", f.sentence[:max(rel, 0)])
    keep = [w for w in left if w.lower() not in _DESCRIBE_STOP][-5:]
    what = " ".join(keep) if keep else f.text
    label = {"money": f"amount ({f.unit})", "percent": "share", "quantity": f"quantity ({f.unit})",
             "date": "date", "number": "number", "count": f"count of {f.unit}"}.get(str(f.kind), str(f.kind))
    if quote:
        return f"{label}: {f.text}" + (f" ({what})" if keep else "")
    return f"{label}: {what}"


_DESCRIBE_STOP = frozenset("""a an the of to in on at for by with from and or but as is are was were be been has have
had that this these those it its their his her they he she we said says would could will may might also than
about over under more less up down after before into during since while which who what when where up""".split())


def _source_label(f: Fact, labels: dict[str, str]) -> str:
    """ "S2", or "S2 (according to Mr. Bush)" when the source reports someone's claim."""
    label = labels.get(f.source, f.source)
    a = f.extra.get("attribution") or {}
    if a.get("speaker") and a.get("cue") != "source line":
        return f"{label} (according to {a['speaker']})"
    return label


def status_position(facts: list[Fact]) -> Fact | None:
    """A source's strongest claim on an action by a named actor: the furthest rung it states."""
    named = [f for f in facts if f.extra.get("actor")]
    if not named:
        return None
    stated = [f for f in named if f.extra.get("claimed", True)]
    if not stated:
        return None                               # "if the Senate passes the bill", "will veto": nothing is claimed

    def strength(f: Fact) -> tuple[int, int, int]:
        rung = int(f.extra.get("rung", 0))
        terminal = 5 if rung == 0 else rung       # rejected / withdrawn end the ladder
        return (0 if f.extra.get("negated") else 1, terminal, -f.start)
    return max(stated, key=strength)


def _progression_note(lo: Fact, hi: Fact) -> str:
    """A proposal or review may later be decided either way: say so when the dates allow it."""
    if lo.extra.get("negated") or hi.extra.get("negated"):
        return ""
    rungs = sorted((int(lo.extra.get("rung", 0)), int(hi.extra.get("rung", 0))))
    if rungs[0] == 0:                      # a branch (rejected, withdrawn) against a rung
        if rungs[1] != 1:
            return ""
        lo, hi = (lo, hi) if int(lo.extra.get("rung", 0)) == 1 else (hi, lo)
    dl, dh = lo.extra.get("date"), hi.extra.get("date")
    if dl and dh and dl.get("low") and dh.get("high") and str(dl["low"]) > str(dh["high"]):
        return " The dates rule out a progression: the lower rung is dated after the higher one."
    when_lo = f" ({dl['text']})" if dl else ""
    when_hi = f" ({dh['text']})" if dh else " (undated)"
    return (f" The dates allow a progression over time: “{lo.text}”{when_lo} may have preceded "
            f"“{hi.text}”{when_hi}.")


def compare_claims(claims: list[Claim], labels: dict[str, str], entities: EntityIndex,
                   unit_info: dict[str, tuple[str, float]], all_sources: list[str]) -> list[Finding]:
    """Findings for every claim: contradictions, disputes, gaps and agreements."""
    out: list[Finding] = []
    for claim in claims:
        if claim.kind == Kind.STATUS:
            out.extend(_status_findings(claim, labels, entities, all_sources))
        else:
            out.extend(_value_findings(claim, labels, unit_info, all_sources))
    return out


def _gap(facts: list[Fact], labels: dict[str, str], all_sources: list[str], subject: str) -> Finding:
    have = sorted({labels[f.source] for f in facts})
    missing = [labels[s] for s in all_sources if labels[s] not in have]
    shown = "; ".join(f"{_source_label(f, labels)} says {show(f)} (\"{f.text}\")" for f in facts[:3])
    return Finding(FindingType.GAP, tuple(f.id for f in facts), subject,
                   f"{shown}; not mentioned by {', '.join(missing)}", 0.9, RULE_GAP)


def _disputed(a: Fact, b: Fact) -> bool:
    pa = (a.extra.get("attribution") or {}).get("party")
    pb = (b.extra.get("attribution") or {}).get("party")
    return bool(pa and pb and pa != pb)


def _value_findings(claim: Claim, labels: dict[str, str], unit_info: dict[str, tuple[str, float]],
                    all_sources: list[str]) -> list[Finding]:
    facts = claim.facts
    subject = describe(facts[0])
    sources = {f.source for f in facts}
    out: list[Finding] = []
    if len(sources) == 1:
        # one source states it (perhaps several times): one gap, first mention quoted
        if len(all_sources) < 2:
            return []
        return [_gap(facts[:1], labels, all_sources, describe(facts[0], quote=True))]
    conflicts, agreed = [], []
    for i, a in enumerate(facts):
        for b in facts[i + 1:]:
            if a.source == b.source:
                continue
            v = compare_pair(a, b, unit_info)
            sim = claim.pair_score(a, b)
            if v.agree is False:
                if can_contradict(a, b, claim):
                    conflicts.append((a, b, v, sim))
            elif v.agree:
                agreed.append((a, b, v))
    contradictions = []
    if conflicts:
        # one finding per claim, naming every fact in conflict
        ids = tuple(dict.fromkeys(x.id for a, b, _, _ in conflicts for x in (a, b)))
        a, b, v, sim = max(conflicts, key=lambda c: c[3])
        disputed = all(_disputed(x, y) for x, y, _, _ in conflicts)
        more = f" ({len(conflicts) - 1} more conflicting pair(s) in this claim)" if len(conflicts) > 1 else ""
        contradictions.append(Finding(FindingType.DISPUTED if disputed else FindingType.CONTRADICTION, ids, subject,
                                      f"{_source_label(a, labels)} says {show(a)}, {_source_label(b, labels)} says "
                                      f"{show(b)}: {v.why}{more}", round(0.9 * sim, 3),
                                      RULE_DISPUTE if disputed else v.rule))
    out.extend(contradictions)
    if not contradictions and agreed:
        first = agreed[0][2]
        shown = ", ".join(f"{labels[f.source]}: {show(f)}" for f in facts)
        out.append(Finding(FindingType.AGREEMENT, tuple(f.id for f in facts), subject,
                           f"{shown} ({first.why})", round(claim.score, 3), first.rule))
    missing = [s for s in all_sources if s not in sources]
    if missing and len(sources) >= 2:
        out.append(_gap(facts, labels, all_sources, subject))
    return out


def _same_sentence_status(by_source: dict[str, list[Fact]], labels: dict[str, str], subject: str) -> list[Finding]:
    """The same sentence in two sources with a different status ("approved" / "rejected", "signed" /
    "did not sign"): a contradiction even when no actor is named."""
    out = []
    names = sorted(by_source)
    for i, sa in enumerate(names):
        for sb in names[i + 1:]:
            for a in by_source[sa]:
                for b in by_source[sb]:
                    if a.value != b.value and same_but_for_fact(a, b):
                        out.append(Finding(FindingType.CONTRADICTION, (a.id, b.id), subject,
                                           f"{labels[a.source]}: {show(a)}, “{a.text}”; {labels[b.source]}: {show(b)}, "
                                           f"“{b.text}”, in the same sentence otherwise.", 0.9, RULE_STATUS))
    return out[:1]


def _status_findings(claim: Claim, labels: dict[str, str], entities: EntityIndex,
                     all_sources: list[str]) -> list[Finding]:
    by_source: dict[str, list[Fact]] = {}
    for f in claim.facts:
        by_source.setdefault(f.source, []).append(f)
    positions = {s: status_position(fs) for s, fs in by_source.items()}
    stated = {s: p for s, p in positions.items() if p is not None}
    first = next(iter(stated.values()), claim.facts[0])
    subject = describe(first)
    if len(by_source) == 1:
        return [_gap([first], labels, all_sources, subject)] if len(all_sources) > 1 else []
    out: list[Finding] = []
    names = sorted(stated)
    contradictions = []
    for i, sa in enumerate(names):
        for sb in names[i + 1:]:
            a, b = stated[sa], stated[sb]
            # the same sentence in both, with the status changed, is the pair to quote (an article that
            # says "approved" twice is contradicted where the other source says "rejected" instead)
            a, b = next(((x, y) for x in by_source[sa] for y in by_source[sb]
                         if x.value != y.value and x.extra.get("actor") and x.extra.get("claimed", True)
                         and y.extra.get("claimed", True) and same_but_for_fact(x, y)), (a, b))
            if not entities.related(a.extra.get("actor"), b.extra.get("actor")):
                continue                   # one body's claim is no contradiction of another's
            if a.value == b.value:
                continue
            lo, hi = sorted((a, b), key=lambda f: int(f.extra.get("rung", 0)))
            note = _progression_note(lo, hi)
            why = (f"{labels[a.source]}: {show(a)}, “{a.text}”; {labels[b.source]}: {show(b)}, “{b.text}”. "
                   f"Different rungs of the status ladder for the same actor ({a.extra.get('actor')}) and "
                   f"action.{note}")
            sim = status_similarity(a, b, entities)
            disputed = _disputed(a, b)
            contradictions.append(Finding(FindingType.DISPUTED if disputed else FindingType.CONTRADICTION,
                                          (a.id, b.id), subject, why, round(0.6 + 0.35 * sim, 3),
                                          RULE_DISPUTE if disputed else RULE_STATUS))
    if not contradictions:
        contradictions.extend(_same_sentence_status(by_source, labels, subject))
    out.extend(contradictions)
    if not contradictions and len(stated) >= 2:
        shown = ", ".join(f"{labels[s]}: {show(p)}" for s, p in sorted(stated.items()))
        out.append(Finding(FindingType.AGREEMENT, tuple(p.id for _, p in sorted(stated.items())), subject,
                           shown, round(claim.score, 3), "status ladder: same rung"))
    missing = [s for s in all_sources if s not in by_source]
    if missing:
        out.append(_gap([first], labels, all_sources, subject))
    return out
