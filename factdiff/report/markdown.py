"""Markdown a fact-checker can paste: contradictions first, each source's sentence quoted."""
from __future__ import annotations

from factdiff.model import CheckResult, Fact, json_value


def _cell(s: object) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def _fmt_value(f: Fact) -> str:
    if f.kind == "date":
        if f.value:
            return str(f.value)
        if f.low and f.high:
            return f"{f.low} .. {f.high}"
        return "unresolved"
    lo, hi, v = json_value(f.low), json_value(f.high), json_value(f.value)
    unit = f" {f.unit}" if f.unit else ""
    if f.qualifier == "range":
        return f"{lo} .. {hi}{unit}"
    if f.qualifier == "at_most":
        return f"≤ {hi}{unit}"
    if f.qualifier == "at_least":
        return f"≥ {lo}{unit}"
    if f.qualifier == "approx":
        return f"≈ {v}{unit}"
    return f"{v}{unit}"


def facts_markdown(facts: list[Fact]) -> str:
    lines = ["| id | kind | text | value | offsets | subject |", "|---|---|---|---|---|---|"]
    for f in facts:
        lines.append(f"| {f.id} | {f.kind} | {_cell(f.text)} | {_cell(_fmt_value(f))} | {f.start}-{f.end} | "
                     f"{_cell(f.subject or '')} |")
    return "\n".join(lines) + "\n"


def result_markdown(result: CheckResult) -> str:
    from factdiff.report.check_markdown import render
    return render(result)


__all__ = ["facts_markdown", "result_markdown"]
