from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def rules():
    from factdiff.rules import cached_rules
    return cached_rules()


def shared_path(*parts: str) -> Path:
    """A file under ../shared (corpus, dev sets); tests that need it skip when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available")
    return p
