"""check end to end: the seed pair, draft mode, and the properties a fact-checker relies on."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factdiff
from factdiff.documents import make_document
from tests.conftest import ROOT

A = str(ROOT / "seeds/000_6999be8e8a568ced.txt")
B = str(ROOT / "seeds/001_61bbe8d6133b0473.txt")


def _findings(result: factdiff.CheckResult) -> list[tuple[str, tuple[str, ...]]]:
    texts = {f.id: f.text for f in result.facts}
    return sorted((str(x.type), tuple(sorted(texts[i] for i in x.facts))) for x in result.findings)


def test_check_seed_pair_one_status_contradiction_and_the_gaps() -> None:
    r = factdiff.check([A, B])
    contradictions = [f for f in r.findings if f.type == "contradiction"]
    assert len(contradictions) == 1
    c = contradictions[0]
    facts = {f.id: f for f in r.facts}
    assert [facts[i].text for i in c.facts] == ["evaluating", "approved"]
    assert c.subject == "US State Department: sale of Javelin missiles to Kosovo"
    assert "“evaluating” (January) may have preceded “approved” (undated)" in c.explanation
    gaps = {facts[f.facts[0]].text for f in r.findings if f.type == "gap"}
    assert {"246 Javelin missiles", "24 launchers", "up to 75 million dollars", "Resolution 1244", "June 1999",
            "late 1990s"} <= gaps
    assert not [f for f in r.findings if f.type == "contradiction" and facts[f.facts[0]].kind != "status"]
    # a gap's heading leads with the words of the fact one source gives
    headings = {f.subject for f in r.findings if f.type == "gap"}
    assert "date: June 1999 (UN Security Council Resolution adopted)" in headings
    assert "amount (USD): up to 75 million dollars (Javelin anti-tank missile systems Kosovo)" in headings


def test_check_seed_pair_draft_mode() -> None:
    r = factdiff.check([B], against=[A])
    facts = {f.id: f for f in r.facts}
    got = {(str(f.type), facts[f.facts[0]].text) for f in r.findings}
    assert ("contradicted", "approved") in got
    assert {("unsupported", "246 Javelin missiles"), ("unsupported", "24 launchers"),
            ("unsupported", "up to 75 million dollars")} <= got


def test_check_report_is_byte_identical_across_runs() -> None:
    from factdiff.report import result_json, result_markdown
    a, b = factdiff.check([A, B]), factdiff.check([A, B])
    assert result_markdown(a) == result_markdown(b)
    assert result_json(a) == result_json(b)


def test_check_source_order_does_not_change_findings() -> None:
    assert _findings(factdiff.check([A, B])) == _findings(factdiff.check([B, A]))


def test_check_document_against_itself_is_clean() -> None:
    r = factdiff.check([A, A])
    assert not [f for f in r.findings if f.type in ("contradiction", "gap")]


STORY = ("WASHINGTON, March 3, 2020 (Reuters) - The Pentagon said on Tuesday it would send {amount} to the "
         "region, and that 3,500 troops had arrived since January.")


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["$75 million", "75 million dollars", "75,000,000 US dollars", "US$75m", "about $75 million"]))
def test_check_equivalent_rewrite_never_contradicts(rewrite: str) -> None:
    a = make_document("a", STORY.format(amount="$75 million in aid"), path="a")
    b = make_document("b", STORY.format(amount=f"{rewrite} in aid"), path="b")
    r = factdiff.check([a, b])
    assert not [f for f in r.findings if f.type == "contradiction"], r.findings


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=20, max_value=900), st.sampled_from([1.2, 0.8]))
def test_check_a_twenty_percent_change_always_contradicts(n: int, factor: float) -> None:
    changed = round(n * factor)
    a = make_document("a", STORY.format(amount=f"${n} million in aid"), path="a")
    b = make_document("b", STORY.format(amount=f"${changed} million in aid"), path="b")
    r = factdiff.check([a, b])
    assert [f for f in r.findings if f.type == "contradiction"], (n, changed)


def test_check_cli_exit_codes(tmp_path: Path) -> None:
    import subprocess
    import sys
    run = lambda *a: subprocess.run([sys.executable, "-m", "factdiff", *a], capture_output=True, text=True, cwd=ROOT)  # noqa: E731
    assert run("check", A, B).returncode == 1
    assert run("check", A, B, "--fail-on", "never").returncode == 0
    assert run("check", A, A).returncode == 0
    assert run("check", A, A, "--fail-on", "gap").returncode == 0
    assert run("check", A, B, "--fail-on", "gap").returncode == 1
    r = run("check", A)
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    # --against is a flag: the first file is the draft, every other file or folder a source
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text(Path(A).read_text(encoding="utf-8"), encoding="utf-8")
    for args in ((B, "--against", A), (B, "--against", A, str(sources / "a.txt")), (B, "--against", str(sources)),
                 ("--against", B, A)):
        r = run("check", *args)
        assert r.returncode == 1 and "1 contradicted" in r.stdout, (args, r.stderr)
    r = run("check", str(sources), "--against", A)
    assert r.returncode == 2 and "needs one draft file first" in r.stderr


NEWSISH = st.lists(st.sampled_from([
    "The State Department approved a sale of 246 missiles to Kosovo.", "Officials said 3,500 troops arrived.",
    "Unemployment rose to 5.2% in May.", "The council did not approve the plan on Tuesday.", "It cost $75 million.",
    "Resolution 1244 was adopted in June 1999.", "Moscow said the move was illegal.", "About 300 people came.",
    "Exports fell by 3,000 tonnes last year.", "The vote will be held on Friday.", "\n", "Pristina welcomed it.",
]), min_size=1, max_size=8).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(NEWSISH, NEWSISH)
def test_check_any_two_texts_never_crash_and_mirror(a_text: str, b_text: str) -> None:
    a = make_document("a", a_text, path="a", date="2020-06-15")
    b = make_document("b", b_text, path="b", date="2020-06-15")
    assert _findings(factdiff.check([a, b])) == _findings(factdiff.check([b, a]))


@settings(max_examples=30, deadline=None)
@given(NEWSISH)
def test_check_any_text_against_itself_is_clean(text: str) -> None:
    a = make_document("a", text, path="a", date="2020-06-15")
    r = factdiff.check([a, a])
    assert not [f for f in r.findings if f.type in ("contradiction", "gap", "disputed")], r.findings


def _pairs() -> list[dict[str, object]]:
    import tomllib
    with open(ROOT / "tests/corpus/check_pairs.toml", "rb") as fh:
        return list(tomllib.load(fh)["pair"])


@pytest.mark.parametrize("pair", _pairs(), ids=lambda p: str(p["why"]))
def test_check_pairs_contradict_only_when_they_measure_one_thing(pair: dict[str, object]) -> None:
    a = make_document("a", str(pair["a"]), path="a", date="2020-06-15")
    b = make_document("b", str(pair["b"]), path="b", date="2020-06-15")
    r = factdiff.check([a, b])
    got = [f for f in r.findings if f.type == "contradiction"]
    assert bool(got) == pair["contradiction"], [(f.subject, f.explanation) for f in got]


def test_check_a_quarter_point_agrees_with_25_basis_points() -> None:
    a = make_document("a", "The Federal Reserve cut interest rates by a quarter point on Wednesday.", path="a",
                      date="2019-07-31")
    b = make_document("b", "The Federal Reserve cut interest rates by 25 basis points on Wednesday.", path="b",
                      date="2019-07-31")
    agreed = [f for f in factdiff.check([a, b]).findings if f.type == "agreement"]
    assert [str(f.explanation) for f in agreed if "point" in str(f.explanation)] == [
        "S1: 0.25 percentage point, S2: 25 basis point (0.25 percentage point and 25 basis point are consistent)"]


def test_check_json_names_each_fact_by_its_file() -> None:
    d = factdiff.check([A, B]).to_dict()
    assert {f["source"] for f in d["facts"]} == {A, B}
    assert {f["source_id"] for f in d["facts"]} == {"S1", "S2"}
    assert [s["path"] for s in d["sources"]] == [A, B]


def test_check_unresolved_dates_are_not_one_claim() -> None:
    """With no document date, 'Wednesday' and 'January' are unresolved; they are still two things."""
    a = make_document("a", "Pelosi was re-elected on Wednesday. The new administration comes in January. "
                           "She said on Wednesday that she was proud.", path="a")
    b = make_document("b", "Pelosi was re-elected on Wednesday, her office said.", path="b")
    r = factdiff.check([a, b])
    texts = {f.id: f.text for f in r.facts}
    for finding in r.findings:
        assert len({texts[i] for i in finding.facts}) == 1, finding


def test_check_the_same_vote_tally_in_three_stories_agrees() -> None:
    docs = [make_document("a", "She won by a 134-to-63 vote on Wednesday.", path="a"),
            make_document("b", "Pelosi defeated Rep. Tim Ryan of Ohio in a 134-63 vote.", path="b"),
            make_document("c", "Ms. Pelosi won 134 to 63 in a secret ballot.", path="c")]
    r = factdiff.check(docs)
    texts = {f.id: f.text for f in r.facts}
    agreed = sorted(sorted(texts[i] for i in f.facts) for f in r.findings if f.type == "agreement")
    assert agreed == [["134 to 63", "134-63", "134-to-63"]], r.findings
    assert {f.value for f in r.facts if f.kind == "score"} == {"134-63"}


def test_check_two_tallies_of_one_vote_contradict() -> None:
    docs = [make_document("a", "The court ruled 5-4 on Monday that the state may not enforce the law.", path="a"),
            make_document("b", "In a 6-3 decision on Monday, the court ruled that the state may not enforce the law.",
                          path="b")]
    r = factdiff.check(docs)
    texts = {f.id: f.text for f in r.facts}
    assert [(f.type, sorted(texts[i] for i in f.facts)) for f in r.findings if f.type != "agreement"] == [
        ("contradiction", ["5-4", "6-3"])]


def test_check_a_sentence_said_twice_pairs_with_its_own_copy() -> None:
    """An article that repeats a sentence word for word, edited in one place: the contradiction is there."""
    said = "Slightly more has been requested for fiscal 2013."
    text = f"Funding was $1.5 billion in fiscal 2011. {said} Tripoli was the only post named. {said}"
    edited = text.replace("fiscal 2013", "fiscal 2015", 1)
    r = factdiff.check([make_document("a", text, path="a"), make_document("b", edited, path="b")])
    facts = {f.id: f for f in r.facts}
    contradictions = [f for f in r.findings if f.type == "contradiction"]
    assert [sorted((facts[i].source, facts[i].start) for i in c.facts) for c in contradictions] == [
        [("S1", text.index("2013") - len("fiscal ")), ("S2", text.index("2013") - len("fiscal "))]]


def test_check_one_chamber_is_no_contradiction_of_the_other_but_of_congress() -> None:
    """The House passing a bill and the Senate rejecting it are two events; Congress passing it is not."""
    house = make_document("a", "The House of Representatives passed the farm bill on Tuesday.", path="a")
    senate = make_document("b", "The Senate rejected the farm bill on Tuesday.", path="b")
    congress = make_document("c", "Congress passed the farm bill on Tuesday.", path="c")
    r = factdiff.check([house, senate])
    assert not [f for f in r.findings if f.type == "contradiction"], r.findings
    r = factdiff.check([congress, senate])
    texts = {f.id: f.text for f in r.facts}
    assert [(f.type, sorted(texts[i] for i in f.facts)) for f in r.findings if f.type == "contradiction"] == [
        ("contradiction", ["passed", "rejected"])]
