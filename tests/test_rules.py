"""The rule loader: it names the file and the rule when something is wrong."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdiff.errors import RuleError
from factdiff.extract.dates import check_producers
from factdiff.rules import alternation, cached_rules, default_rules_dir, load_rules, trie_alternation

GOOD = '''kind = "date"
[[rule]]
name = "the year"
pattern = '(?P<y>{YEAR4})'
produce = "date.bare_year"
examples = [{ text = "1999", value = "1999" }]
'''


def _rules_with(tmp_path: Path, dates_toml: str) -> Path:
    d = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), d)
    (d / "dates.toml").write_text(dates_toml, encoding="utf-8")
    return d


def test_rules_every_produce_name_is_registered() -> None:
    assert check_producers(cached_rules()) == []


def test_rules_a_good_file_loads(tmp_path: Path) -> None:
    assert [r.name for r in load_rules(_rules_with(tmp_path, GOOD)).date_rules] == ["the year"]


@pytest.mark.parametrize("change,message", [
    (lambda t: t.replace("{YEAR4}", "{NO_SUCH}"), "dates.toml: rule 'the year': unknown sub-pattern {NO_SUCH}"),
    (lambda t: t.replace("(?P<y>{YEAR4})", "(?P<y>x?)"), "dates.toml: rule 'the year': pattern matches the empty string"),
    (lambda t: t + t.split("kind = \"date\"\n")[1], "dates.toml: rule 'the year': duplicate rule name"),
    (lambda t: t.replace('examples = [{ text = "1999", value = "1999" }]', "examples = []"),
     "dates.toml: rule 'the year': a rule needs examples"),
    (lambda t: t.replace("(?P<y>{YEAR4})", "(?P<y>[0-9"), "dates.toml: rule 'the year': bad pattern"),
    (lambda t: t.replace("kind =", "kind"), "dates.toml: "),
])
def test_rules_errors_name_file_and_rule(tmp_path: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuleError) as err:
        load_rules(_rules_with(tmp_path, change(GOOD)))
    assert str(err.value).startswith(message)


def test_rules_missing_directory_is_named(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match="no such rules directory"):
        load_rules(tmp_path / "nope")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abAB .", min_size=1, max_size=6), min_size=1, max_size=12),
       st.text(alphabet="abAB .x", max_size=40))
def test_rules_trie_alternation_matches_what_the_plain_alternation_matches(phrases: list[str], text: str) -> None:
    """The trie form of a phrase list (used for the alias table) finds the same spans, longest first."""
    phrases = [p for p in phrases if p.strip() and "  " not in p and p == p.strip()]
    if not phrases:
        return
    plain = re.compile(r"(?<![\w])" + alternation(phrases) + r"(?![\w])")
    trie = re.compile(r"(?<![\w])" + trie_alternation(phrases) + r"(?![\w])")
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in trie.finditer(text)]


def _rule_example_texts() -> list[str]:
    rules = cached_rules()
    return [ex["text"] for rule in rules.date_rules for ex in rule.examples] + \
        [text for rule in rules.date_rules for text in rule.negatives]


def test_rules_date_rules_at_a_place_include_every_rule_that_matches_there() -> None:
    """The index by first characters never leaves out a rule that matches: checked at every place of
    every date rule's example and `not` text, in upper and lower case too."""
    rules = cached_rules()
    for text in _rule_example_texts():
        for variant in (text, text.upper(), text.lower(), "\u00a0" + text):
            for at in range(len(variant)):
                asked = rules.date_rules_at(variant, at)
                for rule in rules.date_rules:
                    if rule.pattern.match(variant, at):
                        assert rule in asked, (rule.name, variant, at)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_rule_example_texts()), min_size=1, max_size=3),
       st.text(alphabet="0123456789 -/.,'’\u00a0thesTHEmaydjun", max_size=12))
def test_rules_date_rules_at_holds_on_joined_and_noisy_text(texts: list[str], noise: str) -> None:
    rules = cached_rules()
    text = noise.join(texts)
    for at in range(len(text)):
        asked = rules.date_rules_at(text, at)
        for rule in rules.date_rules:
            if rule.pattern.match(text, at):
                assert rule in asked, (rule.name, text, at)
