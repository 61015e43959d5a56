"""factdiff: check news sources against each other.

    >>> import factdiff
    >>> [(f.to_dict()["kind"], f.to_dict()["value"]) for f in factdiff.extract("It shipped 246 Javelin missiles.")]
    [('status', 'delivered'), ('count', 246)]
"""
from __future__ import annotations

from importlib import metadata as _metadata

# the subpackage is loaded first so that the name `factdiff.extract` is the function below,
# not the module (Python binds a submodule to its parent's attribute when first imported)
import factdiff.extract as _extract_stage  # noqa: F401
from factdiff.documents import make_document, read_document
from factdiff.errors import FactdiffError, InputError, RuleError
from factdiff.model import CheckResult, Document, Fact, Finding, FindingType, Kind, Qualifier

__all__ = ["extract", "extract_document", "check", "read_document", "make_document", "Document", "Fact", "Finding",
           "CheckResult", "Kind", "Qualifier", "FindingType", "FactdiffError", "InputError", "RuleError"]
__version__ = _metadata.version("factdiff")   # one place for it: pyproject.toml


def extract(text: str | Document, doc_date: str | None = None, *, source: str = "-",
            rules_dir: str | None = None) -> list[Fact]:
    """Every numeric, dated and identifier fact in `text` (a string or a Document).

    `doc_date` (YYYY-MM-DD) anchors partial and relative dates; without it the document's
    own date is used, else such dates stay unresolved.
    """
    from factdiff.extract import extract_facts
    from factdiff.rules import cached_rules
    doc = text if isinstance(text, Document) else make_document(source, text, path=source, html=False)
    return extract_facts(doc, cached_rules(rules_dir), doc_date=doc_date)


def extract_document(doc: Document, doc_date: str | None = None, prefix: str = "",
                     rules_dir: str | None = None) -> list[Fact]:
    """Facts of one Document with ids `{prefix}F1`, `{prefix}F2`, ..."""
    from factdiff.extract import extract_facts
    from factdiff.rules import cached_rules
    return extract_facts(doc, cached_rules(rules_dir), doc_date=doc_date, prefix=prefix)


def check(sources: "list[str | Document]", against: "list[str | Document] | None" = None,
          doc_date: str | None = None, rules_dir: str | None = None) -> CheckResult:
    """Compare sources (paths or Documents); with `against`, the one document in `sources` is a draft.

    Raises InputError naming the first file that cannot be read.
    """
    from factdiff.checker import check_documents
    from factdiff.documents import expand_paths
    from factdiff.rules import cached_rules

    def load(items: "list[str | Document]") -> list[Document]:
        docs: list[Document] = []
        for item in items:
            if isinstance(item, Document):
                docs.append(item)
            else:
                docs.extend(read_document(p) for p in expand_paths([str(item)]))
        return docs
    return check_documents(load(sources), against=load(against or []), rules=cached_rules(rules_dir),
                           doc_date=doc_date)
