"""Errors factdiff raises on purpose.

    FactdiffError          anything the CLI turns into one line on stderr and exit 2
    ├── InputError         a document that cannot be read (names the file)
    └── RuleError          a rules file that is wrong (names the file and the rule)
"""
from __future__ import annotations


class FactdiffError(Exception):
    """Base of every error factdiff raises on purpose."""


class InputError(FactdiffError):
    """A document could not be read or decoded: `str(err)` names the file."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


class RuleError(FactdiffError):
    """A rules file is malformed: `str(err)` names the file and the rule."""
