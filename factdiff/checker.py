"""check: documents -> facts -> claims -> findings, for N sources or a draft against sources."""
from __future__ import annotations

from typing import Sequence

from factdiff.align import NUMERIC, Claim, align_facts, number_scope, same_party, topic_words
from factdiff.compare import can_contradict, compare_claims, compare_pair, describe, show, status_position
from factdiff.entities import entity_index
from factdiff.extract import extract_facts
from factdiff.model import CheckResult, Document, Fact, Finding, FindingType, Kind, SourceInfo
from factdiff.rules import Rules, cached_rules

_ORDER = {FindingType.CONTRADICTION: 0, FindingType.CONTRADICTED: 0, FindingType.DISPUTED: 1, FindingType.GAP: 2,
          FindingType.UNSUPPORTED: 2, FindingType.AGREEMENT: 3, FindingType.SUPPORTED: 3}


def check_documents(docs: Sequence[Document], against: Sequence[Document] = (), rules: Rules | None = None,
                    doc_date: str | None = None) -> CheckResult:
    """Compare every document with every other; with `against`, the single doc in `docs` is a draft."""
    rules = rules or cached_rules()
    all_docs = list(docs) + list(against)
    labels: dict[str, str] = {}
    facts_by_source: dict[str, list[Fact]] = {}
    sentence_start: dict[str, int] = {}
    topics: dict[str, frozenset[str]] = {}
    infos = []
    for n, doc in enumerate(all_docs, 1):
        sid = f"S{n}"
        facts = extract_facts(doc, rules, doc_date=doc_date, prefix=f"{sid}:")
        facts = [_relabel(f, sid) for f in facts]
        labels[sid] = sid
        topics[sid] = topic_words([doc.text[s.start:s.end] for s in doc.sentences])
        facts_by_source[sid] = facts
        for f in facts:
            sentence_start[f.id] = doc.sentence_at(f.start).start
        role = "draft" if against and n == 1 else "source"
        infos.append(SourceInfo(sid, doc.path or doc.id, len(facts), role))
    ents = entity_index(rules)
    dims = {u: info[0] for u, info in rules.unit_info.items()}
    modifiers = frozenset(w.lower() for w in rules.counts.get("scope_modifiers", []))
    possessives = frozenset(w.lower() for w in rules.counts.get("possessives", []))
    scopes = {f.id: number_scope(f, f.start - sentence_start[f.id], modifiers, possessives)
              for fs in facts_by_source.values() for f in fs if f.kind in NUMERIC}
    claims = align_facts(facts_by_source, sentence_start, ents, dims, topics, scopes)
    sources = sorted(facts_by_source, key=lambda s: int(s[1:]))
    if against:
        findings = _against(claims, "S1", rules)
    else:
        findings = compare_claims(claims, labels, ents, rules.unit_info, sources)
    pos = {f.id: (int(f.source[1:]), f.start) for fs in facts_by_source.values() for f in fs}
    findings.sort(key=lambda x: (_ORDER[x.type], pos[x.facts[0]], x.facts))
    all_facts = tuple(f for s in sources for f in facts_by_source[s])
    return CheckResult(tuple(infos), all_facts, tuple(findings), tuple(all_docs),
                       "against" if against else "compare")


def _relabel(f: Fact, sid: str) -> Fact:
    """A fact's `source` is the source id in a check; its path is in `sources`."""
    from dataclasses import replace
    return replace(f, source=sid)


def _against(claims: list[Claim], draft: str, rules: Rules) -> list[Finding]:
    """Each draft fact: supported, contradicted or unsupported by the sources."""
    out: list[Finding] = []
    ents = entity_index(rules)
    for claim in claims:
        mine = [f for f in claim.facts if f.source == draft]
        theirs = [f for f in claim.facts if f.source != draft]
        if not mine:
            continue
        if claim.kind == Kind.STATUS:
            mine_pos = status_position(mine)
            if mine_pos is None:
                continue                   # no named actor: nothing to verify
            by_src: dict[str, list[Fact]] = {}
            for f in theirs:
                by_src.setdefault(f.source, []).append(f)
            others = [p for p in (status_position(v) for _, v in sorted(by_src.items())) if p is not None
                      and same_party(p.extra.get("actor"), mine_pos.extra.get("actor"), ents)]
            subject = describe(mine_pos)
            if not others:
                out.append(Finding(FindingType.UNSUPPORTED, (mine_pos.id,), subject,
                                   f"draft says {show(mine_pos)}; no source states it", 0.9, "not in any source"))
                continue
            differ = [p for p in others if p.value != mine_pos.value]
            if differ:
                out.append(Finding(FindingType.CONTRADICTED, (mine_pos.id,) + tuple(p.id for p in differ), subject,
                                   f"draft says {show(mine_pos)}; " + "; ".join(f"{p.source} says {show(p)}" for p in differ),
                                   round(0.85 * claim.score, 3), "status ladder: different rungs"))
            else:
                out.append(Finding(FindingType.SUPPORTED, (mine_pos.id,) + tuple(p.id for p in others), subject,
                                   f"draft says {show(mine_pos)}; so do " + ", ".join(p.source for p in others),
                                   round(claim.score, 3), "status ladder: same rung"))
            continue
        for f in mine[:1] if len({x.text for x in mine}) == 1 else mine:
            subject = describe(f)
            if not theirs:
                out.append(Finding(FindingType.UNSUPPORTED, (f.id,), subject,
                                   f"draft says {show(f)} (\"{f.text}\"); no source states it", 0.9, "not in any source"))
                continue
            verdicts = [(g, compare_pair(f, g, rules.unit_info)) for g in theirs]
            bad = [(g, v) for g, v in verdicts if v.agree is False and can_contradict(f, g, claim)]
            good = [(g, v) for g, v in verdicts if v.agree]
            if bad:
                g, v = bad[0]
                out.append(Finding(FindingType.CONTRADICTED, (f.id,) + tuple(x.id for x, _ in bad), subject,
                                   f"draft says {show(f)}; {g.source} says {show(g)}: {v.why}",
                                   round(0.9 * claim.score, 3), v.rule))
            elif good:
                out.append(Finding(FindingType.SUPPORTED, (f.id,) + tuple(x.id for x, _ in good), subject,
                                   f"draft says {show(f)}; " + ", ".join(f"{g.source} says {show(g)}" for g, _ in good),
                                   round(claim.score, 3), good[0][1].rule))
            else:
                out.append(Finding(FindingType.UNSUPPORTED, (f.id,), subject,
                                   f"draft says {show(f)}; the sources state nothing comparable", 0.7,
                                   "not comparable"))
    return out
