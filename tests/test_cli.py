"""The CLI as users meet it: output, exit codes, one-line errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factdiff", *args], input=stdin.decode() if stdin else None,
                          capture_output=True, text=True, cwd=ROOT)


def test_cli_extract_jsonl_prints_contract_fields() -> None:
    r = run("extract", SEEDS[1])
    assert r.returncode == 0, r.stderr
    facts = [json.loads(line) for line in r.stdout.splitlines()]
    assert [f["text"] for f in facts if f["kind"] != "status"] == [
        "up to 75 million dollars", "246 Javelin missiles", "24 launchers"]
    text = Path(SEEDS[1]).read_text(encoding="utf-8")
    for f in facts:
        assert text[f["start"]:f["end"]] == f["text"]
        assert {"id", "source", "kind", "sentence", "value", "low", "high", "unit", "qualifier", "subject"} <= set(f)
    assert facts[0]["id"] == "S1:F1"
    assert {"attribution", "entities"} <= set(facts[0])


def test_cli_version_names_the_installed_package() -> None:
    from importlib.metadata import version
    r = run("--version")
    assert (r.returncode, r.stdout) == (0, f"factdiff {version('factdiff')}\n")


def test_cli_extract_doc_date_resolves_january() -> None:
    r = run("extract", SEEDS[0], "--doc-date", "2026-01-05")
    jan = [json.loads(x) for x in r.stdout.splitlines() if json.loads(x)["text"] == "January"]
    assert jan[0]["value"] == "2026-01" and jan[0]["low"] == "2026-01-01"


def test_cli_extract_folder_and_stdin(tmp_path: Path) -> None:
    r = run("extract", str(ROOT / "seeds"), "--format", "csv")
    assert r.returncode == 0 and r.stdout.startswith("id,source,kind,text")
    r = run("extract", "-", stdin=b"It cost $5 million.")
    assert json.loads(r.stdout)["value"] == 5000000


@pytest.mark.parametrize("args,message", [
    (["extract", "missing.txt"], "factdiff: missing.txt: no such file\n"),
    (["extract", "seeds", "--doc-date", "2026-1-5"], None),
])
def test_cli_extract_bad_input_is_one_line_and_exit_2(args: list[str], message: str | None) -> None:
    r = run(*args)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert "Traceback" not in r.stderr
    if message:
        assert r.stderr == message


def test_cli_extract_batch_keeps_good_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    r = run("extract", SEEDS[1], str(bad))
    assert r.returncode == 2
    assert len(r.stdout.splitlines()) == 6                      # the good file's facts are all there
    assert r.stderr.strip() == f"factdiff: {bad}: not a text file (binary data)"


def test_cli_extract_latin1_is_decoded_and_said(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Le café a coûté 5 euros à Zürich, où l'été fut chaud.".encode("latin-1"))
    r = run("extract", str(f))
    assert r.returncode == 0
    assert json.loads(r.stdout)["value"] == 5
    assert "decoded as" in r.stderr


def test_cli_rules_folder_of_ones_own(tmp_path: Path) -> None:
    import shutil
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    aliases = rules / "aliases.toml"
    aliases.write_text(aliases.read_text(encoding="utf-8").replace(
        'aliases = ["Kosovo", "Pristina"', 'aliases = ["Kosovo", "Dardania", "Pristina"'), encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("Officials in Dardania said 12 people were hurt.", encoding="utf-8")
    r = run("extract", str(doc), "--rules", str(rules))
    assert r.returncode == 0, r.stderr
    assert "Kosovo" in json.loads(r.stdout.splitlines()[0])["entities"]
    r = run("extract", str(doc), "--rules", str(tmp_path / "missing"))
    assert r.returncode == 2 and "no such rules directory" in r.stderr
