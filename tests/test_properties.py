"""Properties that must hold for any input (hypothesis)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import factdiff

news_alphabet = st.sampled_from(list("0123456789 ,.-$€£%/:'") + ["million", " up to ", "January", " between ",
                                                                "and", "one", "hundred", "Resolution", "km",
                                                                "\u00a0", "½", "late ", "1990s", " ago", "s"])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200) | st.lists(news_alphabet, max_size=40).map("".join))
def test_properties_any_text_extracts_without_error_and_offsets_round_trip(text: str) -> None:
    for f in factdiff.extract(text, doc_date="2020-06-15"):
        assert text[f.start:f.end] == f.text


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=999))
def test_properties_thousands_written_three_ways_agree(n: int) -> None:
    a = factdiff.extract(f"{n:,}000 tonnes".replace(",", ","))
    b = factdiff.extract(f"{n} thousand tonnes")
    assert [f.value for f in a] == [f.value for f in b] == [n * 1000]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["$75 million", "75 million dollars", "75,000,000 US dollars", "US$75m", "USD 75 million"]))
def test_properties_money_rewrites_give_equal_values(text: str) -> None:
    facts = [f for f in factdiff.extract(f"It was worth {text} in all.") if f.kind != "status"]
    assert [(f.kind, f.value, f.unit) for f in facts] == [("money", 75000000, "USD")]
