"""Check every event of the real-news corpus and list what it finds, for hand judgement.

    python3 benchmarks/real_stories.py basil                 # 100 BASIL events, three outlets each
    python3 benchmarks/real_stories.py multinews --events 500 # a fixed sample of Multi-News events
    python3 benchmarks/real_stories.py multinews --events 4000 --out contradictions.md

Prints the count of each finding type and writes every contradiction and disputed claim, with
both quotes, to `--out` (Markdown): the list a person reads to say which are true. `--sample N`
keeps N of them at random (`--seed` picks which; use a new seed for each independent sample).
The corpus is read from ../shared/corpus and never copied here.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import time
from pathlib import Path

from factdiff.checker import check_documents
from factdiff.documents import make_document

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FILES = {"basil": "basil_triplets.jsonl", "multinews": "multinews_plus_sample.jsonl"}


def events(name: str, limit: int | None) -> list[list[dict[str, str]]]:
    grouped: dict[str, list[dict[str, str]]] = collections.OrderedDict()
    with open(CORPUS / FILES[name], encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            grouped.setdefault(d["event"], []).append(d)
    keys = sorted(grouped)
    if limit is not None and limit < len(keys):
        random.Random(2026).shuffle(keys)          # the same sample every run
        keys = sorted(keys[:limit])
    return [grouped[k] for k in keys]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", choices=sorted(FILES))
    ap.add_argument("--events", type=int, default=None, help="how many events (a fixed random sample)")
    ap.add_argument("--out", default=None, help="write the contradictions here (Markdown)")
    ap.add_argument("--sample", type=int, default=None, help="keep this many contradictions, at random")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    listed: list[str] = []
    times: list[float] = []
    groups = events(args.corpus, args.events)
    for docs in groups:
        ds = [make_document(d["id"], d["text"], path=d["id"], date=d.get("date"), html=False) for d in docs]
        t0 = time.perf_counter()
        result = check_documents(ds)
        times.append(time.perf_counter() - t0)
        facts = {f.id: f for f in result.facts}
        paths = {s.id: s.path for s in result.sources}
        for finding in result.findings:
            counts[str(finding.type)] += 1
            if str(finding.type) in ("contradiction", "disputed"):
                lines = [f"### {docs[0]['event']}: {finding.subject}", "", f"{finding.type}: {finding.explanation}", ""]
                for fid in finding.facts:
                    f = facts[fid]
                    lines.append(f"- {paths[f.source]}: “{f.sentence.strip()[:300]}” (**{f.text}**)")
                listed.append("\n".join(lines) + "\n")
    times.sort()
    print(f"{len(groups)} events, {sum(len(g) for g in groups)} documents: "
          + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
    print(f"check time per event: median {times[len(times) // 2] * 1000:.0f} ms, "
          f"p90 {times[int(len(times) * 0.9)] * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms")
    if args.sample is not None and args.sample < len(listed):
        listed = random.Random(args.seed).sample(listed, args.sample)
    if args.out:
        Path(args.out).write_text(f"# {len(listed)} contradictions and disputes ({args.corpus})\n\n"
                                  + "\n".join(listed), encoding="utf-8")
        print(f"wrote {len(listed)} to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
