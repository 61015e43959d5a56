from __future__ import annotations

import pytest

from factdiff.documents import find_document_date, make_document, split_sentences


@pytest.mark.parametrize("text,date", [
    ("WASHINGTON, Jan. 5, 2026 (Reuters) - The State Department said", "2026-01-05"),
    ("MOSCOW, 12 March 2024 - Russia said", "2024-03-12"),
    ("Published: March 3, 2020\nBody", "2020-03-03"),
    ("In January, a development", None),
])
def test_documents_date_from_dateline(text: str, date: str | None) -> None:
    assert find_document_date(text) == date


def test_documents_html_reduced_to_article_text_with_meta_date() -> None:
    html = ('<html><head><meta property="article:published_time" content="2021-06-01T10:00:00Z">'
            '<title>T</title><script>var x = 5;</script></head><body><nav>Menu 42</nav>'
            '<p>It cost $5 million.</p><p>Second para.</p></body></html>')
    doc = make_document("a.html", html, path="a.html")
    assert doc.text == "It cost $5 million.\nSecond para."
    assert doc.date == "2021-06-01"


def test_documents_sentences_keep_offsets() -> None:
    t = "Mr. Smith paid $5. He left.\nU.S. troops stayed."
    spans = split_sentences(t)
    assert [t[s.start:s.end] for s in spans] == ["Mr. Smith paid $5.", "He left.", "U.S. troops stayed."]


def test_a_run_with_no_full_stop_is_cut_into_bounded_sentences() -> None:
    from factdiff.documents import MAX_SENTENCE, split_sentences
    text = "the bill passed the Senate and " * 400
    spans = split_sentences(text)
    assert len(spans) > 1 and max(s.end - s.start for s in spans) <= MAX_SENTENCE
    assert all(text[s.start:s.end].strip() == text[s.start:s.end] for s in spans)
