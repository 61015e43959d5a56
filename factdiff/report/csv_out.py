"""CSV: one row per fact, or one row per finding with its facts' quotes."""
from __future__ import annotations

import csv
import io

from factdiff.model import CheckResult, Fact

FACT_COLUMNS = ["id", "source", "kind", "text", "start", "end", "value", "low", "high", "unit",
                "qualifier", "subject", "sentence"]


def facts_csv(facts: list[Fact]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(FACT_COLUMNS)
    for f in facts:
        d = f.to_dict()
        w.writerow(["" if d.get(c) is None else d.get(c) for c in FACT_COLUMNS])
    return buf.getvalue()


def result_csv(result: CheckResult) -> str:
    by_id = {f.id: f for f in result.facts}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["type", "subject", "explanation", "confidence", "facts", "quotes"])
    for fd in result.findings:
        quotes = " | ".join(f"{i}: {by_id[i].text}" for i in fd.facts if i in by_id)
        w.writerow([str(fd.type), fd.subject, fd.explanation, f"{fd.confidence:.2f}", " ".join(fd.facts), quotes])
    return buf.getvalue()


__all__ = ["facts_csv", "result_csv"]
