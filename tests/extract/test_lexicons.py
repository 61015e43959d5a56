"""Every entry of the date and unit lexicons in rules/ is found in a sentence: an entry that no
rule can reach (its words never start a fact) is a dead rule."""
from __future__ import annotations

import pytest

import factdiff
from factdiff.rules import cached_rules

RULES = cached_rules()


@pytest.mark.parametrize("phrase,offset", sorted(RULES.calendar["relative_days"].items()))
def test_every_relative_day_is_a_date_off_the_story(phrase: str, offset: int) -> None:
    text = f"Police said {phrase} that two men were held."
    dates = [f for f in factdiff.extract(text, doc_date="2019-06-05") if f.kind == "date"]
    assert [(f.text, f.value) for f in dates] == [(phrase, f"2019-06-{5 + offset:02d}")]


@pytest.mark.parametrize("holiday", sorted(RULES.calendar["holidays"]))
def test_every_holiday_is_a_date(holiday: str) -> None:
    dates = [f for f in factdiff.extract(f"They met on {holiday} in Paris.", doc_date="2019-06-05") if f.kind == "date"]
    assert len(dates) == 1 and dates[0].text.lower().endswith(holiday.lower().split()[-1]), dates


@pytest.mark.parametrize("word", RULES.units["_one_unit"]["words"])
def test_every_one_unit_word_is_a_quantity_after_a_qualifier(word: str) -> None:
    article = "an" if word[0] in "aeiou" else "a"
    facts = factdiff.extract(f"It lasted nearly {article} {word}, officials said.")
    assert [(f.kind, f.text, f.value, f.unit) for f in facts] == [
        ("quantity", f"nearly {article} {word}", 1, RULES.unit_by_word[word])]
