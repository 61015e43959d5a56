"""The Markdown report of a check: a summary to paste, then contradictions with every source's
sentence quoted side by side, then disputes, gaps and agreements."""
from __future__ import annotations

from factdiff.compare import show
from factdiff.model import CheckResult, Fact, Finding, FindingType

_SECTIONS = [
    ((FindingType.CONTRADICTION, FindingType.CONTRADICTED), "Contradictions"),
    ((FindingType.DISPUTED,), "Disputed claims (different parties assert opposite things)"),
    ((FindingType.GAP, FindingType.UNSUPPORTED), "Gaps"),
    ((FindingType.AGREEMENT, FindingType.SUPPORTED), "Agreements"),
]


def _quote(f: Fact) -> str:
    """The fact's sentence with the fact in bold, ready for a table cell."""
    s = f.sentence
    rel = s.find(f.text)
    if rel >= 0:
        s = s[:rel] + "**" + f.text + "**" + s[rel + len(f.text):]
    return s.replace("|", "\\|").replace("\n", " ")


def _title(result: CheckResult, fd: Finding) -> str:
    if result.mode == "against":
        return {"contradicted": "Contradicted", "supported": "Supported", "unsupported": "Unsupported"}.get(
            str(fd.type), str(fd.type).title())
    return ""


def _summary(result: CheckResult) -> str:
    n = {t: result.count(t) for t in FindingType}
    paths = ", ".join(f"{s.id} `{s.path}`" for s in result.sources)
    if result.mode == "against":
        draft = result.sources[0]
        head = (f"Draft {draft.id} `{draft.path}` checked against {len(result.sources) - 1} source(s) "
                f"({', '.join(f'{s.id} `{s.path}`' for s in result.sources[1:])}): "
                f"{n[FindingType.CONTRADICTED]} contradicted, {n[FindingType.UNSUPPORTED]} unsupported, "
                f"{n[FindingType.SUPPORTED]} supported.")
        worst = [f for f in result.findings if f.type == FindingType.CONTRADICTED]
    else:
        head = (f"{len(result.sources)} sources checked ({paths}): {n[FindingType.CONTRADICTION]} "
                f"contradiction(s), {n[FindingType.DISPUTED]} disputed claim(s), {n[FindingType.GAP]} gap(s), "
                f"{n[FindingType.AGREEMENT]} agreement(s).")
        worst = [f for f in result.findings if f.type == FindingType.CONTRADICTION]
    if worst:
        head += f" First conflict: {worst[0].subject} — {worst[0].explanation}"
    else:
        head += " No contradiction was found."
    return head


def render(result: CheckResult) -> str:
    facts = {f.id: f for f in result.facts}
    lines = ["# factdiff report", "", _summary(result), ""]
    lines += ["| source | path | role | facts |", "|---|---|---|---|"]
    lines += [f"| {s.id} | `{s.path}` | {s.role} | {s.facts} |" for s in result.sources]
    for types, title in _SECTIONS:
        items = [f for f in result.findings if f.type in types]
        if not items:
            continue
        lines += ["", f"## {title} ({len(items)})", ""]
        for i, fd in enumerate(items, 1):
            label = _title(result, fd)
            lines.append(f"### {i}. {label + ': ' if label else ''}{fd.subject}")
            lines.append("")
            lines.append(f"{fd.explanation}")
            lines.append("")
            lines.append(f"*Rule:* {fd.rule}. *Confidence:* {fd.confidence:.2f}.")
            lines.append("")
            lines.append("| source | value | quote | offsets |")
            lines.append("|---|---|---|---|")
            for fid in fd.facts:
                f = facts.get(fid)
                if f is None:
                    continue
                lines.append(f"| {f.source} | {show(f)} | {_quote(f)} | {f.start}–{f.end} |")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
