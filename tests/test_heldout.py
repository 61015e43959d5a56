"""The held-out news sentences (tests/corpus/heldout/news.jsonl) scored with the dev sets' own scorer:
the rules must generalise to news copy nobody tuned them on, not only pass their examples."""
from __future__ import annotations

import importlib.util
import json

import factdiff
from tests.conftest import ROOT, shared_path


def test_heldout_news_sentences_score_as_well_as_the_bar() -> None:
    spec = importlib.util.spec_from_file_location("extract_eval", shared_path("dev", "extract_eval.py"))
    assert spec and spec.loader
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    tp = fp = fn = graded = ok = 0
    for line in (ROOT / "tests/corpus/heldout/news.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        preds = [f.to_dict() for f in factdiff.extract(case["text"], doc_date=case["doc_date"])]
        r = ev.score_case(case, preds)
        tp, fp, fn = tp + sum(r["tp"].values()), fp + sum(r["fp"].values()), fn + sum(r["fn"].values())
        graded, ok = graded + sum(r["graded"].values()), ok + sum(r["val_ok"].values())
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.95, (tp, fp, fn)
    assert ok / graded >= 0.95, (ok, graded)
