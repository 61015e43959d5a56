"""Every example and `not` of every date rule in rules/dates.toml, and of the quantities in two units of
rules/units.toml, one pytest id each.

An example's text is the whole fact, or (with `span`) a sentence that holds it; a `not` is a text in
which the rule finds nothing."""
from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest

import factdiff
from factdiff.rules import cached_rules


def _cases() -> list[Any]:
    out = []
    for rule in cached_rules().date_rules:
        for i, ex in enumerate(rule.examples):
            out.append(pytest.param(rule.name, ex, id=f"{rule.name}::{ex['text']}::{i}"))
    return out


def _negatives() -> list[Any]:
    return [pytest.param(rule.name, text, id=f"{rule.name}::not::{text}")
            for rule in cached_rules().date_rules for text in rule.negatives]


@pytest.mark.parametrize("rule_name,example", _cases())
def test_rule_examples_date_example_gives_one_fact(rule_name: str, example: dict[str, Any]) -> None:
    facts = [f for f in factdiff.extract(example["text"], doc_date=example.get("doc_date")) if f.kind == "date"]
    assert len(facts) == 1, [f.to_dict() for f in facts]
    d = facts[0].to_dict()
    assert d["text"] == example.get("span", example["text"]).strip()   # "span": the fact inside a longer text
    if example.get("unresolved"):
        assert (d["value"], d["low"], d["high"]) == (None, None, None)
    for key in ("value", "low", "high"):
        if key in example:
            assert d[key] == example[key], d


@pytest.mark.parametrize("rule_name,text", _negatives())
def test_rule_examples_date_negative_gives_none(rule_name: str, text: str) -> None:
    facts = [f for f in factdiff.extract(text, doc_date="2019-06-01") if f.kind == "date"]
    by_rule = [f for f in facts if f.rule == f"date: {rule_name}"]      # anywhere in the text, not only whole
    assert not by_rule, [f.to_dict() for f in facts]


def _compound_rule() -> dict[str, Any]:
    return dict(cached_rules().units["_compound"])


@pytest.mark.parametrize("text,span,unit,value", _compound_rule()["examples"])
def test_rule_examples_quantity_in_two_units_is_one_fact(text: str, span: str, unit: str, value: str) -> None:
    facts = [f.to_dict() for f in factdiff.extract(text) if f.kind == "quantity"]
    assert [(d["text"], d["unit"]) for d in facts] == [(span, unit)]
    assert facts[0]["value"] == pytest.approx(float(Fraction(value)))


@pytest.mark.parametrize("text", _compound_rule()["not"])
def test_rule_examples_quantity_in_two_units_not_joined(text: str) -> None:
    assert not [f.to_dict() for f in factdiff.extract(text) if f.rule == "quantity: in two units"]
