"""Alignment: which facts of different sources speak of the same thing.

Facts are only ever paired within a block of compatible facts (same kind and unit family:
money with money of the same currency, counts of the same noun, quantities of one
dimension, dates with dates), so cost grows with the facts per block, not all pairs. Within
a block a pair is scored by the words around each fact, the canonical entities of their
sentences and (for statuses) actor and action. Pairs are made one-to-one between each two
sources, best first, and joined across sources into claims (one row per claim, one column
per source). Status claims are grouped by action instead: one source may state several
rungs of one action, and they are compared source against source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from rapidfuzz import fuzz

from factdiff.entities import EntityIndex
from factdiff.model import Fact, Kind

NUMERIC = {Kind.NUMBER, Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.QUANTITY}
ALIGN_THRESHOLD = 0.55          # a pair below this is two different things
CONTRADICTION_THRESHOLD = 0.75  # values that differ are a contradiction only when the contexts agree this well
DATE_CONTRADICTION_THRESHOLD = 0.9   # news dates many events: two dates clash only in near-same wording
STATUS_THRESHOLD = 0.6
# the same uncommon value ("134" to "63", "two-thirds") in loosely similar contexts is one fact, agreed on:
# aligning it costs no false alarm (equal values never contradict) and saves a false gap
SAME_VALUE_THRESHOLD = 0.3

_STOP = frozenset("""a an the of to in on at for by with from and or but as is are was were be been has have had
that this these those it its their his her they he she we said says would could will may might also than
about over under more less up down after before into during since while which who what when where""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


@dataclass
class Claim:
    """Facts from different sources (at most one each, statuses excepted) about one thing."""

    kind: Kind
    facts: list[Fact] = field(default_factory=list)
    score: float = 1.0
    pair_scores: dict[tuple[str, str], float] = field(default_factory=dict)   # every cross-source pair
    # pairs matched to each other directly (not only through a third fact), and whether the words
    # beside them say they measure the same thing: only such pairs can contradict
    matched: dict[frozenset[str], bool] = field(default_factory=dict)

    def pair_score(self, a: Fact, b: Fact) -> float:
        return self.pair_scores.get((a.id, b.id), self.pair_scores.get((b.id, a.id), self.score))

    def measured_alike(self, a: Fact, b: Fact) -> bool:
        return self.matched.get(frozenset((a.id, b.id)), False)

    def sources(self) -> list[str]:
        return sorted({f.source for f in self.facts})


def _distinctive(f: Fact) -> bool:
    """A value two stories would hardly share by chance: not a small whole number."""
    v = f.value if f.value is not None else f.low
    if f.kind in (Kind.DATE, Kind.SCORE):      # a tally ("134-63") is as telling as a date
        return v is not None
    try:
        d = Decimal(str(v))
    except (InvalidOperation, ValueError):
        return False
    return d != d.to_integral_value() or abs(d) >= 10


def block_key(f: Fact, dimension_of: dict[str, str]) -> tuple[str, ...]:
    """Facts with different keys are never compared."""
    if f.extra.get("describes_source"):      # how many sources a reporter spoke to says nothing of the story
        return ("describes source", f.source, f.id)
    if f.kind == Kind.MONEY:                 # a price per barrel is never set against a total
        rate = f.subject or ""
        return ("money", f.unit or "?", rate if rate.startswith("per ") else "")
    if f.kind == Kind.COUNT:
        return ("count", f.unit or "?")
    if f.kind == Kind.QUANTITY:                # an age is never set against a duration
        return ("quantity", dimension_of.get((f.unit or "").split(" per ")[0], f.unit or "?"),
                "per" if " per " in (f.unit or "") else "", "age" if f.subject == "age" else "")
    if f.kind == Kind.PERCENT:                 # percentage and basis points meet ("rate step")
        return ("percent", dimension_of.get(f.unit or "%", f.unit or "%"))
    if f.kind == Kind.IDENTIFIER:
        return ("identifier", str(f.value).lower())
    return (str(f.kind),)


@lru_cache(maxsize=65536)
def _content_words(sentence: str, start: int, end: int) -> frozenset[str]:
    """Content words of a sentence, nearest the fact first counted (window of 12 words each side)."""
    left = _WORD.findall(sentence[:start])[-12:]
    right = _WORD.findall(sentence[end:])[:12]
    return frozenset(w.lower().strip("'’") for w in left + right if w.lower() not in _STOP and len(w) > 2)


_SUFFIXES = ("ings", "ing", "ied", "ies", "ed", "es", "s")


def _stem(word: str) -> str:
    """A crude stem, enough to meet "wounded" with "wounding" and "cases" with "case"."""
    w = word.lower().strip("'’")
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


_NEAR_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]+|\d")


@lru_cache(maxsize=65536)
def _near_words(sentence: str, start: int, end: int, n: int = 3) -> frozenset[str]:
    """What a number measures: the few content words right beside it, up to the next number
    ("21 people wounded in the attack" -> wound, attack; "killed and 12 wounded" stops at 12)."""
    def take(tokens: list[str]) -> list[str]:
        out: list[str] = []
        for t in tokens:
            if t.isdigit() or len(out) == n:
                break
            if t.lower() not in _STOP and len(t) > 2:
                out.append(_stem(t))
        return out
    left = _NEAR_TOKEN.findall(sentence[:start])[::-1]
    right = _NEAR_TOKEN.findall(sentence[end:])
    return frozenset(take(left) + take(right))


def share_near_words(a: Fact, b: Fact, sent_start_a: int, sent_start_b: int,
                     topic: frozenset[str] = frozenset()) -> bool:
    """Do two facts have a word of what they measure in common ("killed" and "killed", not
    "killed" and "wounded")? The story's topic words ("whooping cough" in every other sentence)
    say nothing of what one number measures. Sentences the same but for the fact always do."""
    ra, rb = a.start - sent_start_a, b.start - sent_start_b
    wa = _near_words(a.sentence, ra, ra + len(a.text))
    wb = _near_words(b.sentence, rb, rb + len(b.text))
    return bool((wa & wb) - topic) or same_but_for_fact(a, b)


_QUALIFYING_MORE = re.compile(r"(?i)\b(?:more|fewer|less)\s+than\b|\bor\s+more\b")   # a bound, not a part
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'’-]*)[^A-Za-z0-9]*\Z")


def number_scope(f: Fact, rel: int, modifiers: frozenset[str], possessives: frozenset[str]) -> frozenset[str] | None:
    """The words that make a number count part of a set ("possible new", "another", a possessive),
    or None when the number only says who speaks ("according to two sources"). `rel`: where the
    fact stands in its sentence."""
    speaker = str((f.extra.get("attribution") or {}).get("speaker") or "")
    if speaker and f.text in speaker:
        return None
    before = _WORD.findall(_QUALIFYING_MORE.sub(" ", f.sentence[max(0, rel - 40):rel]))[-2:]
    after = _WORD.findall(_QUALIFYING_MORE.sub(" ", f.sentence[rel:rel + len(f.text) + 20]))
    words = [w.lower() for w in before + after[:len(_WORD.findall(f.text)) + 1]]
    scope = {w for w in words if w in modifiers}
    last = _WORD_BEFORE.search(f.sentence[max(0, rel - 40):rel])
    if last and (last.group(1).lower() in possessives or last.group(1).endswith(("'s", "’s"))):
        scope.add("possessive")
    return frozenset(scope)


def topic_words(sentences: list[str]) -> frozenset[str]:
    """Stems of the content words a document repeats in many of its sentences (a quarter, and
    at least three): what the whole story is about."""
    seen: dict[str, int] = {}
    for s in sentences:
        for w in {_stem(w) for w in _WORD.findall(s) if w.lower() not in _STOP and len(w) > 2}:
            seen[w] = seen.get(w, 0) + 1
    need = max(3, len(sentences) / 4)
    return frozenset(w for w, n in seen.items() if n >= need)


def context_of(f: Fact, doc_text_start: int) -> frozenset[str]:
    s = f.sentence
    rel = f.start - doc_text_start
    return _content_words(s, rel, rel + len(f.text))


def similarity(a: Fact, b: Fact, sent_start_a: int, sent_start_b: int, entities: EntityIndex) -> float:
    """How surely two compatible facts speak of the same thing, 0..1.

    The words around each fact weigh most; shared canonical entities and subjects add what
    they can (a part missing on either side is left out of the average, not counted as 0).
    Two sentences that are the same but for the fact itself speak of the same thing.
    """
    if a.kind == Kind.IDENTIFIER:
        return 1.0
    if same_but_for_fact(a, b):
        return 1.0                          # only this reaches 1.0: the twin beats a neighbour in its sentence
    wa, wb = context_of(a, sent_start_a), context_of(b, sent_start_b)
    parts: list[tuple[float, float]] = []
    if wa and wb:
        parts.append((0.6, len(wa & wb) / max(1, min(len(wa), len(wb)))))
    ea = set(a.extra.get("entities") or [])
    eb = set(b.extra.get("entities") or [])
    if ea and eb:
        parts.append((0.2, len(ea & eb) / max(1, len(ea | eb))))
    if a.subject and b.subject:
        parts.append((0.2, fuzz.token_set_ratio(a.subject.lower(), b.subject.lower()) / 100))
    if not parts:
        return 0.0
    score = sum(w * v for w, v in parts) / sum(w for w, _ in parts)
    if a.kind == Kind.COUNT and a.unit == b.unit:
        score += 0.15                       # the same counted noun says much already
    if a.text.lower() == b.text.lower():
        score += 0.1
    return min(0.99, score)


def same_but_for_fact(a: Fact, b: Fact) -> bool:
    """Sentences that match but for the facts' own words (an edited copy, a wire story reprinted)."""
    pa, pb = a.sentence.find(a.text), b.sentence.find(b.text)
    if pa < 0 or pb < 0:
        return False
    ea, eb = len(a.sentence) - pa - len(a.text), len(b.sentence) - pb - len(b.text)
    if min(abs(pa - pb), abs(ea - eb)) > 0:
        return False                        # another fact of the same sentence (a word inserted
                                            # before or after the fact keeps one side in place)
    sa = a.sentence[:pa] + " " + a.sentence[pa + len(a.text):]
    sb = b.sentence[:pb] + " " + b.sentence[pb + len(b.text):]
    if abs(len(sa) - len(sb)) > 20:
        return False
    return fuzz.ratio(sa, sb) >= 95


def status_similarity(a: Fact, b: Fact, entities: EntityIndex) -> float:
    """Same action (words of the object, recipient) by related actors."""
    if same_but_for_fact(a, b):
        return 1.0
    act = fuzz.token_set_ratio(str(a.extra.get("action", "")).lower(), str(b.extra.get("action", "")).lower()) / 100
    ra, rb = a.extra.get("recipient"), b.extra.get("recipient")
    if ra and rb and ra != rb:
        return 0.0
    score = 0.7 * act + (0.3 if ra and ra == rb else 0.0)
    xa, xb = a.extra.get("actor"), b.extra.get("actor")
    if xa and xb and not same_party(xa, xb, entities):
        return 0.0
    return min(1.0, score)


def same_party(xa: str | None, xb: str | None, entities: EntityIndex) -> bool:
    """Actors that speak for one party: the same entity, one part of the other, or one state's bodies."""
    if not xa or not xb:
        return False
    if entities.related(xa, xb):
        return True
    ca, cb = entities.country_of(xa), entities.country_of(xb)
    return ca is not None and ca == cb


class _UnionFind:
    def __init__(self, items: list[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def align_facts(facts_by_source: dict[str, list[Fact]], sentence_start: dict[str, int], entities: EntityIndex,
                dimension_of: dict[str, str], topics: dict[str, frozenset[str]] | None = None,
                scopes: dict[str, frozenset[str] | None] | None = None) -> list[Claim]:
    """Claims across all sources. `sentence_start` maps a fact id to where its sentence starts;
    `topics` holds each source's topic words (see `topic_words`), `scopes` each number's scope
    words (see `number_scope`)."""
    topics = topics or {}
    scopes = scopes or {}
    sources = sorted(facts_by_source)
    all_facts = {f.id: f for fs in facts_by_source.values() for f in fs}
    uf = _UnionFind(sorted(all_facts))
    pair_score: dict[tuple[str, str], float] = {}
    matched: dict[frozenset[str], bool] = {}
    blocks: dict[tuple[str, ...], dict[str, list[Fact]]] = {}
    for src in sources:
        for f in facts_by_source[src]:
            if f.kind in (Kind.STATUS, Kind.CHANGE):
                continue
            blocks.setdefault(block_key(f, dimension_of), {}).setdefault(src, []).append(f)
    for key in sorted(blocks):
        per_source = blocks[key]
        names = sorted(per_source)
        for i, sa in enumerate(names):
            for sb in names[i + 1:]:
                cands = []
                for a in per_source[sa]:
                    for b in per_source[sb]:
                        sc = similarity(a, b, sentence_start[a.id], sentence_start[b.id], entities)
                        # between equally close candidates, the one that states the same value wins,
                        # then the one at the nearer place (a sentence repeated word for word)
                        same = (a.value, a.low, a.high) == (b.value, b.low, b.high)
                        # (a tally stated alike, "234-193", is one vote whatever the words around it)
                        if sc >= ALIGN_THRESHOLD or (same and sc >= SAME_VALUE_THRESHOLD and _distinctive(a)) \
                                or (same and a.kind == Kind.SCORE):
                            cands.append((-sc, 0 if same else 1, abs(a.start - b.start), a.id, b.id))
                cands.sort()
                used: set[str] = set()
                for neg, _, _, ida, idb in cands:    # one-to-one, best first
                    if ida in used or idb in used:
                        continue
                    used.update((ida, idb))
                    uf.union(ida, idb)
                    pair_score[(ida, idb)] = -neg
                    fa, fb = all_facts[ida], all_facts[idb]
                    topic = topics.get(sa, frozenset()) | topics.get(sb, frozenset())
                    scope_a, scope_b = scopes.get(ida, frozenset()), scopes.get(idb, frozenset())
                    matched[frozenset((ida, idb))] = (scope_a is not None and scope_a == scope_b and
                                                      share_near_words(fa, fb, sentence_start[ida],
                                                                       sentence_start[idb], topic))
    # a source that says the same thing twice ("Resolution 1244" in two paragraphs) states one claim; but
    # two mentions matched to different facts elsewhere ("Wednesday" the vote, "Wednesday" a speech) stay
    # apart, or claims would chain into one
    matched_ids = {i for pair in matched for i in pair}
    for key in sorted(blocks):
        for src, fs in sorted(blocks[key].items()):
            mentions: dict[tuple[str, ...], list[str]] = {}
            for f in fs:
                if f.kind != Kind.NUMBER:
                    # an unresolved date is known by its words only ("Wednesday" is not "January")
                    words = f.text.lower() if f.value is None and f.low is None else ""
                    mentions.setdefault((str(f.value), str(f.low), str(f.high), str(f.unit), str(f.qualifier),
                                         words), []).append(f.id)
            for ids in mentions.values():
                anchor = next((fid for fid in ids if fid in matched_ids), ids[0])
                for fid in ids:
                    if fid not in matched_ids:
                        uf.union(anchor, fid)
    # changes ("unemployment rose"): the same subject, or the same sentence
    changes = [f for src in sources for f in facts_by_source[src] if f.kind == Kind.CHANGE]
    for i, a in enumerate(changes):
        for b in changes[i + 1:]:
            if a.source != b.source and (same_but_for_fact(a, b) or
                                         fuzz.token_sort_ratio((a.subject or "").lower(), (b.subject or "").lower()) >= 90):
                uf.union(a.id, b.id)
                pair_score[(a.id, b.id)] = 1.0 if same_but_for_fact(a, b) else 0.9
    # statuses: grouped by action across sources (and within a source: its several rungs)
    statuses = [f for src in sources for f in facts_by_source[src] if f.kind == Kind.STATUS]
    for i, a in enumerate(statuses):
        for b in statuses[i + 1:]:
            sc = status_similarity(a, b, entities)
            if sc >= STATUS_THRESHOLD:
                uf.union(a.id, b.id)
                pair_score[(a.id, b.id)] = sc
    groups: dict[str, list[Fact]] = {}
    for fid in sorted(all_facts):
        groups.setdefault(uf.find(fid), []).append(all_facts[fid])
    scores_of: dict[str, list[float]] = {}
    for (first, _), sc in pair_score.items():
        scores_of.setdefault(uf.find(first), []).append(sc)
    matched_of: dict[str, dict[frozenset[str], bool]] = {}
    for pair, alike in matched.items():
        matched_of.setdefault(uf.find(min(pair)), {})[pair] = alike
    claims = []
    for root in sorted(groups):
        fs = sorted(groups[root], key=lambda f: (f.source, f.start))
        scores = scores_of.get(root, [])
        pairs: dict[tuple[str, str], float] = {}
        if fs[0].kind not in (Kind.STATUS, Kind.CHANGE):
            for i, x in enumerate(fs):
                for y in fs[i + 1:]:
                    if x.source != y.source:
                        pairs[(x.id, y.id)] = similarity(x, y, sentence_start[x.id], sentence_start[y.id], entities)
        claims.append(Claim(fs[0].kind, fs, min(scores) if scores else 1.0, pairs, matched_of.get(root, {})))
    return claims
