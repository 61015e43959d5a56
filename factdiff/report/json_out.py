"""JSON and JSON Lines: the contract's objects, keys in a fixed order, so output is byte-stable."""
from __future__ import annotations

import json

from factdiff.model import CheckResult, Fact


def facts_jsonl(facts: list[Fact]) -> str:
    return "".join(json.dumps(f.to_dict(), ensure_ascii=False) + "\n" for f in facts)


def result_json(result: CheckResult) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
