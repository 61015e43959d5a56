"""check throughput: every three-source BASIL event, timed after start-up, on one core.

    python3 benchmarks/bench_check.py

Prints the median, 90th percentile and slowest event times, and how the time splits between
extraction and alignment + comparison; also the facts per event, to see alignment grow with them.
"""
from __future__ import annotations

import json
import statistics
import time
from collections import OrderedDict
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "basil_triplets.jsonl"


def main() -> None:
    from factdiff.checker import check_documents
    from factdiff.documents import make_document
    from factdiff.extract import extract_facts
    from factdiff.rules import cached_rules

    rules = cached_rules()
    events: OrderedDict[str, list[dict]] = OrderedDict()  # type: ignore[type-arg]
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            events.setdefault(d["event"], []).append(d)
    docs_by_event = {ev: [make_document(d["id"], d["text"], path=d["id"], date=d.get("date"), html=False) for d in ds]
                     for ev, ds in events.items()}
    check_documents(next(iter(docs_by_event.values())))          # start-up: rules, caches
    totals, extract_t, facts_n = [], [], []
    for ev, docs in docs_by_event.items():
        t0 = time.perf_counter()
        per = [extract_facts(d, rules, prefix=f"S{i}:") for i, d in enumerate(docs, 1)]
        t1 = time.perf_counter()
        check_documents(docs)
        t2 = time.perf_counter()
        extract_t.append(t1 - t0)
        totals.append(t2 - t1)
        facts_n.append(sum(len(p) for p in per))
    totals.sort()
    print(f"events {len(totals)}  median {statistics.median(totals) * 1000:.0f} ms  "
          f"p90 {totals[int(0.9 * len(totals))] * 1000:.0f} ms  slowest {totals[-1] * 1000:.0f} ms  "
          f"(extraction alone: median {statistics.median(extract_t) * 1000:.0f} ms)")
    print(f"facts per event: median {statistics.median(facts_n):.0f}, max {max(facts_n)}")


if __name__ == "__main__":
    main()
