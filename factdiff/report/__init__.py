"""Writers: format facts or a CheckResult; they compute nothing of their own."""
from __future__ import annotations

from factdiff.report.csv_out import facts_csv, result_csv
from factdiff.report.json_out import facts_jsonl, result_json
from factdiff.report.markdown import facts_markdown, result_markdown

FACT_FORMATS = {"jsonl": facts_jsonl, "csv": facts_csv, "md": facts_markdown}
RESULT_FORMATS = {"md": result_markdown, "json": result_json, "csv": result_csv}

__all__ = ["FACT_FORMATS", "RESULT_FORMATS", "facts_csv", "facts_jsonl", "facts_markdown", "result_csv",
           "result_json", "result_markdown"]
