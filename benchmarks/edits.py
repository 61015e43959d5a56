"""Held-out measure of check: real articles with one controlled edit each.

    python3 benchmarks/edits.py [--limit 300] [--corpus basil|multinews]

For each article of ../shared/corpus/basil_triplets.jsonl, one edit at a time is made in a copy:
a number changed by 20%, a year moved, a status verb flipped (approved <-> rejected), a
negation inserted ("signed" -> "did not sign"), or an equivalent rewrite of an amount
("$75 million" -> "75 million dollars"). check(original, edited) must report a
contradiction for each real edit (in the edited sentence, and nowhere else) and none for a rewrite.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FILES = {"basil": "basil_triplets.jsonl", "multinews": "multinews_plus_sample.jsonl"}
CORPUS = CORPORA / FILES["basil"]

FLIPS = {"approved": "rejected", "rejected": "approved", "signed": "did not sign", "approves": "rejects",
         "rejects": "approves"}
DIRECTION_FLIPS = {"rose": "fell", "fell": "rose", "increased": "decreased", "decreased": "increased",
                   "grew": "shrank", "dropped": "climbed", "climbed": "dropped", "jumped": "plunged"}


def edits_for(text: str, facts: list, rnd: random.Random) -> list[tuple[str, str, int, int]]:  # type: ignore[type-arg]
    """(kind of edit, new text, start, end of the edited span in the original)."""
    out = []
    nums = [f for f in facts if f.kind in ("count", "money", "percent", "quantity") and f.qualifier == "exact"]
    if nums:
        f = rnd.choice(nums)
        m = re.search(r"\d[\d,]*(?:\.\d+)?", f.text)
        if m:
            raw = m.group(0)
            v = float(raw.replace(",", ""))
            new = v * rnd.choice([1.2, 0.8])
            new_s = f"{new:,.0f}" if "." not in raw else f"{new:.{len(raw.split('.')[1])}f}"
            if "," not in raw:
                new_s = new_s.replace(",", "")
            if new_s != raw:
                s = f.start + m.start()
                out.append(("number", text[:s] + new_s + text[s + len(raw):], f.start, f.end))
    years = [f for f in facts if f.kind == "date" and f.value and re.fullmatch(r"\d{4}(-\d\d)?", str(f.value))]
    if years:
        f = rnd.choice(years)
        m = re.search(r"(1[5-9]|20)\d\d", f.text)
        if m:
            s = f.start + m.start()
            new_y = str(int(m.group(0)) + rnd.choice([-3, 2]))
            out.append(("date", text[:s] + new_y + text[s + 4:], f.start, f.end))
    # flips only where the verb is finite and governs an object or a number, so the edited sentence
    # still reads as news ("approved the plan" -> "rejected the plan"; "has signed" -> "has not signed")
    for word, flip in FLIPS.items():
        if flip.startswith("did not"):
            m = re.search(r"(?:(?<=\bhas\s)|(?<=\bhad\s)|(?<=\bhave\s))" + word
                          + r"(?=\s+(?:the|a|an|his|her|their|its)\s)", text)
            flip, kind = "not " + word, "negation"
        else:
            m = re.search(r"(?<![\w])" + word + r"(?=\s+(?:the|a|an|his|her|their|its)\s)", text)
            kind = "status"
        if m:
            out.append((kind, text[:m.start()] + flip + text[m.end():], m.start(), m.end()))
            break
    # directions only where the verb moves a number ("rose to 5%", "fell by 3,000"): "rose and spoke",
    # "the deal fell apart" state no change of a quantity, so flipping them tests nothing
    for word, flip in DIRECTION_FLIPS.items():
        m = re.search(r"(?<![\w])" + word + r"(?=[^\S\n]+(?:to|by|from|about|nearly|more than|some)?[^\S\n]*[$£€]?\d)",
                      text)
        if m:
            out.append(("direction", text[:m.start()] + flip + text[m.end():], m.start(), m.end()))
            break
    # "nautical miles" has no "nautical kilometers" to swap to
    units = [f for f in facts if f.kind == "quantity" and f.qualifier == "exact" and "nautical" not in f.text
             and re.search(r"\b(?:miles|kilometers|kilometres|pounds|feet)\b", f.text)]
    if units:
        f = rnd.choice(units)
        swap = {"miles": "kilometers", "kilometers": "miles", "kilometres": "miles", "pounds": "kilograms",
                "feet": "meters"}
        w = re.search(r"\b(?:miles|kilometers|kilometres|pounds|feet)\b", f.text)
        if w:
            s = f.start + w.start()
            out.append(("unit", text[:s] + swap[w.group(0)] + text[s + len(w.group(0)):], f.start, f.end))
    deletable = [f for f in facts if f.kind in ("count", "money", "percent", "quantity", "date")]
    if deletable:
        f = rnd.choice(deletable)
        rel = f.sentence
        s = text.find(rel)
        if s >= 0:
            out.append(("deletion", text[:s] + text[s + len(rel):], f.start, f.end))
    money = [f for f in facts if f.kind == "money" and re.fullmatch(r"\$\d[\d.,]*\s(?:million|billion)", f.text)]
    if money:
        f = rnd.choice(money)
        num, scale = f.text[1:].split(" ")
        out.append(("rewrite", text[:f.start] + f"{num} {scale} dollars" + text[f.end:], f.start, f.end))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--corpus", choices=sorted(FILES), default="basil")
    a = ap.parse_args()
    import factdiff
    from factdiff.documents import make_document
    rnd = random.Random(2026)
    caught, total, stray, rewrites_flagged = Counter(), Counter(), Counter(), 0
    with (CORPORA / FILES[a.corpus]).open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh][:a.limit]
    for row in rows:
        text = row["text"]
        doc = make_document(row["id"], text, path="original", date=row.get("date"), html=False)
        facts = factdiff.extract(doc)
        for kind, new_text, s, e in edits_for(text, facts, rnd):
            edited = make_document(row["id"] + "*", new_text, path="edited", date=row.get("date"), html=False)
            r = factdiff.check([doc, edited])
            by_id = {f.id: f for f in r.facts}
            contras = [f for f in r.findings if f.type in ("contradiction", "disputed")]
            total[kind] += 1
            if kind == "rewrite":
                rewrites_flagged += bool(contras)
                continue
            if kind == "deletion":          # a gap on the deleted fact (unless stated again elsewhere)
                gaps = [g for g in r.findings if g.type == "gap" and any(
                    by_id[i].source == "S1" and by_id[i].start < e and s < by_id[i].end for i in g.facts)]
                gone = next(f for f in r.facts if f.source == "S1" and f.start == s)
                again = any(f.source == "S2" and f.kind == gone.kind and f.value == gone.value and f.unit == gone.unit
                            for f in r.facts)
                caught[kind] += bool(gaps) or again
                stray[kind] += len(contras)
                continue
            sent = doc.sentence_at(s)           # the edit's own sentence: a contradiction there is the catch
            hit = [c for c in contras if any(by_id[i].source == "S1" and by_id[i].start < sent.end
                                             and sent.start < by_id[i].end for i in c.facts)]
            caught[kind] += bool(hit)
            stray[kind] += len(contras) - len(hit)
    print(f"{'edit':10s} {'n':>5s} {'caught':>7s} {'stray contradictions':>21s}   (deletion: caught = a gap, or stated again elsewhere)")
    for kind in sorted(total):
        if kind == "rewrite":
            continue
        print(f"{kind:10s} {total[kind]:5d} {caught[kind] / total[kind]:7.1%} {stray[kind]:21d}")
    if total["rewrite"]:
        print(f"{'rewrite':10s} {total['rewrite']:5d} false alarms {rewrites_flagged / total['rewrite']:.1%}")
    real = sum(v for k, v in total.items() if k not in ("rewrite", "deletion"))
    got = sum(v for k, v in caught.items() if k != "deletion")
    print(f"all value edits: {got / max(1, real):.1%} caught of {real}")


if __name__ == "__main__":
    main()
