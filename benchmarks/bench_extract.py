"""Extraction throughput on real news, against a regex floor measured in the same run.

    python3 benchmarks/bench_extract.py [--corpus basil|multinews|both] [--limit N]

Reports characters per second for factdiff's numeric and date extraction, for the full
extraction (with status, attribution, entities and direction), and for one pass of a
compiled number-finding regex over the same texts, and the ratios (one core, after start-up). Reads the
corpus from ../shared/corpus (never copied into the project).
"""
from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FILES = {"basil": "basil_triplets.jsonl", "multinews": "multinews_plus_sample.jsonl"}
FLOOR = re.compile(r"\d+(?:[.,]\d+)*")


def load(name: str, limit: int | None) -> list[str]:
    texts = []
    with (CORPUS / FILES[name]).open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                break
    return texts


def best_of(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", choices=["basil", "multinews", "both"], default="both")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    from factdiff.extract import extract_text
    from factdiff.rules import cached_rules
    rules = cached_rules()
    extract_text("warm up: 5 January 2019, 23/Sep/2020, $75 million", rules=rules)   # loads dateparser too
    names = ["basil", "multinews"] if a.corpus == "both" else [a.corpus]
    from factdiff.documents import make_document
    from factdiff.extract import extract_facts
    print(f"{'corpus':10s} {'docs':>6s} {'chars':>10s} {'facts':>7s} {'numbers+dates c/s':>18s} {'all facts c/s':>14s} "
          f"{'regex c/s':>12s} {'ratio':>7s} {'ratio all':>9s}")
    for name in names:
        texts = load(name, a.limit)
        chars = sum(len(t) for t in texts)
        nfacts = [0]

        def run() -> None:
            nfacts[0] = sum(len(extract_text(t, rules=rules)) for t in texts)

        def floor() -> None:
            for t in texts:
                for _ in FLOOR.finditer(t):
                    pass
        docs = [make_document(f"d{i}", t, path=f"d{i}", html=False) for i, t in enumerate(texts)]

        def run_all() -> None:
            for d in docs:
                extract_facts(d, rules)
        t_fd = best_of(run, a.repeat)
        t_all = best_of(run_all, a.repeat)
        t_re = best_of(floor, a.repeat)
        print(f"{name:10s} {len(texts):6d} {chars:10d} {nfacts[0]:7d} {chars / t_fd:18,.0f} {chars / t_all:14,.0f} "
              f"{chars / t_re:12,.0f} {t_fd / t_re:6.1f}x {t_all / t_re:8.1f}x")


if __name__ == "__main__":
    main()
