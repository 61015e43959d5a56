"""Status, direction, attribution and entities on news sentences (tests/corpus/claims.toml)."""
from __future__ import annotations

import tomllib
from typing import Any

import pytest

import factdiff
from tests.conftest import ROOT

CORPUS = tomllib.loads((ROOT / "tests/corpus/claims.toml").read_text(encoding="utf-8"))


def _ids(cases: list[dict[str, Any]]) -> list[str]:
    return [c["text"][:48] for c in cases]


@pytest.mark.parametrize("case", CORPUS["status"], ids=_ids(CORPUS["status"]))
def test_claims_status(case: dict[str, Any]) -> None:
    facts = [f.to_dict() for f in factdiff.extract(case["text"]) if f.kind == "status"]
    assert facts, "no status found"
    f = facts[0]
    assert f["value"] == case["value"]
    for key in ("actor", "recipient", "claimed", "subject"):
        if key in case:
            assert f[key] == case[key], f
    if "hedges" in case:
        assert set(case["hedges"]) <= set(f["hedges"]), f
    if "date" in case:
        assert f["date"]["text"] == case["date"]


@pytest.mark.parametrize("case", CORPUS["direction"], ids=_ids(CORPUS["direction"]))
def test_claims_direction(case: dict[str, Any]) -> None:
    facts = [f.to_dict() for f in factdiff.extract(case["text"]) if f.text == case["fact"]]
    assert len(facts) == 1, [f.text for f in factdiff.extract(case["text"])]
    assert facts[0].get("direction", "") == case["direction"]
    if "change" in case:
        assert facts[0]["change"] == case["change"]
    if "subject" in case:
        assert facts[0]["subject"] == case["subject"]


@pytest.mark.parametrize("case", CORPUS["no_change"], ids=_ids(CORPUS["no_change"]))
def test_claims_no_change(case: dict[str, Any]) -> None:
    assert [f.text for f in factdiff.extract(case["text"]) if f.kind == "change"] == []


@pytest.mark.parametrize("case", CORPUS["attribution"], ids=_ids(CORPUS["attribution"]))
def test_claims_attribution(case: dict[str, Any]) -> None:
    facts = [f.to_dict() for f in factdiff.extract(case["text"])]
    assert facts
    a = next(f for f in facts if f["text"] == case["fact"])["attribution"] if "fact" in case else facts[-1]["attribution"]
    assert a is not None
    for key in ("speaker", "party", "quoted"):
        if key in case:
            assert a[key] == case[key], a


@pytest.mark.parametrize("case", CORPUS["narration"], ids=_ids(CORPUS["narration"]))
def test_claims_narration_is_nobody_s_statement(case: dict[str, Any]) -> None:
    speakers = {f.text: (f.extra.get("attribution") or {}).get("speaker") for f in factdiff.extract(case["text"])}
    assert {t: speakers[t] for t in case.get("said", [])} == {t: case["speaker"] for t in case.get("said", [])}
    assert {t: speakers[t] for t in case.get("narrated", [])} == {t: None for t in case.get("narrated", [])}


@pytest.mark.parametrize("case", CORPUS["entities"], ids=_ids(CORPUS["entities"]))
def test_claims_entities(case: dict[str, Any]) -> None:
    from factdiff.entities import entity_index
    from factdiff.rules import cached_rules
    found = [e.canonical for e in entity_index(cached_rules()).find(case["text"])]
    assert found == case["canonical"]


@pytest.mark.parametrize("case", CORPUS["no_status"], ids=_ids(CORPUS["no_status"]))
def test_claims_no_status(case: dict[str, Any]) -> None:
    assert [f.text for f in factdiff.extract(case["text"]) if f.kind == "status"] == []


@pytest.mark.parametrize("case", CORPUS["unattributed"], ids=_ids(CORPUS["unattributed"]))
def test_claims_unattributed(case: dict[str, Any]) -> None:
    facts = factdiff.extract(case["text"])
    assert facts
    assert [f.extra.get("attribution") for f in facts] == [None] * len(facts)


def test_claims_seed_speakers_are_the_two_russian_voices() -> None:
    """Seed 000: an unnamed diplomat at the UN (later 'the diplomat'); seed 001: the Foreign Ministry."""
    from tests.conftest import ROOT
    facts = factdiff.extract((ROOT / "seeds/000_6999be8e8a568ced.txt").read_text(encoding="utf-8"))
    by_text: dict[str, dict[str, Any]] = {}
    for f in facts:                          # the first mention of each
        by_text.setdefault(f.text, f.extra.get("attribution") or {})
    diplomat = by_text["Resolution 1244"]
    assert diplomat["speaker"] == "a senior Russian diplomat"
    assert diplomat["role"] == "First Deputy Permanent Representative to the United Nations"
    assert diplomat["party"] == "Russia"
    other = factdiff.extract((ROOT / "seeds/001_61bbe8d6133b0473.txt").read_text(encoding="utf-8"))
    speakers = {str((f.extra.get("attribution") or {}).get("speaker")) for f in other}
    assert "Russian Foreign Ministry" in speakers, speakers       # the condemnation of "Washington’s plans"
