"""Draw the claims a person judges by hand for issue 3's measure.

    python3 benchmarks/sample_claims.py SEED [--n 10] [--corpus basil|multinews]

Prints the corpus counts (facts, status facts, facts with a direction, attributed facts), then n status
facts, n facts with a direction and n attributed facts drawn at random with SEED, each with its sentence.
A judge marks each right when its value and its who/what (actor and action, subject, or speaker) are both
right. Use a seed never used before, and judge before fixing what the sample shows.
"""
from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

import factdiff
from factdiff.documents import make_document
from factdiff.model import Fact

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FILES = {"basil": "basil_triplets.jsonl", "multinews": "multinews_plus_sample.jsonl"}


def describe(f: Fact) -> str:
    said = f.extra.get("attribution") or {}
    return (f"- {f.text!r} = {f.value} | subject: {f.subject} | hedges: {f.extra.get('hedges')} | "
            f"direction: {f.extra.get('direction')} | speaker: {said.get('speaker')}\n"
            f"      {f.sentence[:240].replace(chr(10), ' ')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("--n", type=int, default=10)
    ap.add_argument("--corpus", choices=sorted(FILES), default="basil")
    args = ap.parse_args()
    status: list[Fact] = []
    directed: list[Fact] = []
    attributed: list[Fact] = []
    total = 0
    with open(CORPORA / FILES[args.corpus], encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            doc = make_document(row["id"], row["text"], path=row["id"], date=row.get("date"), html=False)
            for f in factdiff.extract(doc):
                total += 1
                if f.kind == "status":
                    status.append(f)
                if f.extra.get("direction"):
                    directed.append(f)
                if f.extra.get("attribution"):
                    attributed.append(f)
    print(f"facts {total}, status {len(status)} ({sum(1 for f in status if f.extra.get('actor'))} with a named actor), "
          f"with a direction {len(directed)} ({sum(1 for f in directed if f.kind == 'change')} change facts), "
          f"attributed {len(attributed)}")
    print("status values:", Counter(str(f.value) for f in status).most_common())
    rnd = random.Random(args.seed)
    for name, pool in (("STATUS", status), ("DIRECTION", directed), ("ATTRIBUTION", attributed)):
        print(f"===== {name}")
        for f in rnd.sample(pool, min(args.n, len(pool))):
            print(describe(f))


if __name__ == "__main__":
    main()
