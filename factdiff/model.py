"""The data passed between the pipeline's stages, with field names that match the JSON contract."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    NUMBER = "number"
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    QUANTITY = "quantity"
    DATE = "date"
    STATUS = "status"
    CHANGE = "change"            # "unemployment rose": a direction with no number
    IDENTIFIER = "identifier"
    SCORE = "score"              # "a 5-4 decision": a tally, value "5-4"


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    AT_MOST = "at_most"
    AT_LEAST = "at_least"
    RANGE = "range"


class FindingType(StrEnum):
    AGREEMENT = "agreement"
    CONTRADICTION = "contradiction"
    GAP = "gap"
    DISPUTED = "disputed"         # opposite claims by different named parties, not the sources disagreeing
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNSUPPORTED = "unsupported"


Value = Decimal | str | None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded document: `text` is what every offset points into."""

    id: str
    text: str
    path: str | None = None
    date: str | None = None          # ISO date the document carries (or was given)
    title: str | None = None
    source: str | None = None
    url: str | None = None
    sentences: tuple[Sentence, ...] = ()
    notes: tuple[str, ...] = ()      # what reading it noticed ("decoded as cp1252")

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence that holds `offset` (the whole text when there are no sentences)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return Sentence(0, len(self.text))


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement of a number, date or status, with where it stands in its document."""

    id: str
    source: str
    kind: Kind
    text: str
    start: int
    end: int
    sentence: str
    value: Value
    low: Value = None
    high: Value = None
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    subject: str | None = None
    rule: str = ""
    extra: dict[str, Any] = field(default_factory=dict)   # kind-specific fields (status, direction, ...)

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object: numbers as JSON numbers, integral values as integers."""
        out: dict[str, Any] = {
            "id": self.id, "source": self.source, "kind": str(self.kind), "text": self.text,
            "start": self.start, "end": self.end, "sentence": self.sentence,
            "value": json_value(self.value), "low": json_value(self.low),
            "high": json_value(self.high), "unit": self.unit,
            "qualifier": str(self.qualifier), "subject": self.subject,
        }
        for key, val in self.extra.items():
            out[key] = json_value(val) if isinstance(val, Decimal) else val
        out["rule"] = self.rule
        return out


def json_value(v: Value) -> int | float | str | None:
    """Decimal -> int when integral, else float; strings and None pass through.

    >>> json_value(Decimal("75000000.0")), json_value(Decimal("0.25")), json_value("1999-06")
    (75000000, 0.25, '1999-06')
    """
    if isinstance(v, Decimal):
        if v == v.to_integral_value():
            return int(v)
        return float(v)
    return v


@dataclass(frozen=True, slots=True)
class Finding:
    type: FindingType
    facts: tuple[str, ...]
    subject: str
    explanation: str
    confidence: float
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"type": str(self.type), "facts": list(self.facts), "subject": self.subject,
                "explanation": self.explanation, "confidence": round(self.confidence, 3),
                "rule": self.rule}


@dataclass(frozen=True, slots=True)
class SourceInfo:
    id: str
    path: str
    facts: int
    role: str = "source"    # "draft" in --against mode

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "path": self.path, "facts": self.facts, "role": self.role}


@dataclass(frozen=True, slots=True)
class CheckResult:
    sources: tuple[SourceInfo, ...]
    facts: tuple[Fact, ...]
    findings: tuple[Finding, ...]
    documents: tuple[Document, ...] = ()
    mode: str = "compare"     # or "against"

    def to_dict(self) -> dict[str, Any]:
        # a fact's `source` is the file it came from, as in `extract`; `source_id` is its S1, S2, ... here
        paths = {s.id: s.path for s in self.sources}
        facts = []
        for f in self.facts:
            d = f.to_dict()
            d["source"], d["source_id"] = paths.get(f.source, f.source), f.source
            facts.append(d)
        return {"sources": [s.to_dict() for s in self.sources], "facts": facts,
                "findings": [f.to_dict() for f in self.findings]}

    def count(self, kind: FindingType) -> int:
        return sum(1 for f in self.findings if f.type == kind)
