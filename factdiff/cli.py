"""The command line: a thin coat over the library (parse options, call, pick a writer)."""
from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, cast

import typer

from factdiff.errors import FactdiffError, InputError

if TYPE_CHECKING:
    from factdiff.model import CheckResult

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Check news sources against each other: numbers, dates and statuses that agree, "
                       "go missing or contradict.")


class FactFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    md = "md"


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"factdiff: {message}", err=True)
    return typer.Exit(code=code)


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a date in the form YYYY-MM-DD") from None


def _emit(text: str, out: Optional[Path]) -> None:
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as err:
            raise _fail(f"{out}: cannot write ({err.strerror})") from None


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Text, Markdown or HTML files, folders, or - for stdin.")],
    format: Annotated[FactFormat, typer.Option("--format", "-f", help="Output format.")] = FactFormat.jsonl,
    doc_date: Annotated[Optional[str], typer.Option("--doc-date", callback=_check_date,
                                                    help="Anchor for partial and relative dates (YYYY-MM-DD).")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    rules: Annotated[Optional[str], typer.Option("--rules", help="A rules folder of your own (a copy of rules/ "
                                                 "with your aliases, units, ...).")] = None,
) -> None:
    """Print every numeric, dated and identifier fact of each file, with offsets.

    Example: factdiff extract seeds/*.txt --format md
    """
    from factdiff import extract_document, read_document
    from factdiff.documents import expand_paths
    from factdiff.report import FACT_FORMATS

    errors: list[str] = []
    facts = []
    try:
        paths = expand_paths(files)
    except InputError as err:
        raise _fail(str(err)) from None
    for n, path in enumerate(paths, 1):
        try:
            doc = read_document(path)
        except InputError as err:
            errors.append(str(err))
            continue
        for note in doc.notes:
            typer.echo(f"factdiff: {doc.path}: {note}", err=True)
        try:
            facts.extend(extract_document(doc, doc_date=doc_date, prefix=f"S{n}:", rules_dir=rules))
        except FactdiffError as err:
            errors.append(f"{path}: {err}")
    _emit(FACT_FORMATS[format.value](facts), out)
    for e in errors:
        typer.echo(f"factdiff: {e}", err=True)
    if errors:
        raise typer.Exit(code=2)


# typer's bundled click: its UsageError is the base of typer.BadParameter, ClickException the next
_UsageError = cast("type[Exception]", typer.BadParameter.__mro__[1])
_ClickException = cast("type[Exception]", typer.BadParameter.__mro__[2])


def _print_version(value: bool) -> None:
    if value:
        from factdiff import __version__
        typer.echo(f"factdiff {__version__}")
        raise typer.Exit()


@app.callback()
def _group(
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Check news sources against each other."""


class CheckFormat(str, Enum):
    md = "md"
    json = "json"
    csv = "csv"


class FailOn(str, Enum):
    contradiction = "contradiction"
    gap = "gap"
    never = "never"


@app.command()
def check(
    files: Annotated[list[str], typer.Argument(help="Two or more sources (files, folders, or - for stdin); "
                                                    "with --against, the draft first, then its sources.")],
    against: Annotated[bool, typer.Option("--against", help="The first FILE is a draft, every other FILE a source "
                                                            "to check it against: check DRAFT --against S1 S2")] = False,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="Report format.")] = CheckFormat.md,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the report here.")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when the check finds this: contradiction "
                                            "(also contradicted), gap (also unsupported, and contradictions), "
                                            "or never.")] = FailOn.contradiction,
    doc_date: Annotated[Optional[str], typer.Option("--doc-date", callback=_check_date,
                                                    help="Anchor for partial and relative dates (YYYY-MM-DD).")] = None,
    rules: Annotated[Optional[str], typer.Option("--rules", help="A rules folder of your own.")] = None,
) -> None:
    """Compare sources: agreements, gaps and contradictions, each with quotes and offsets.

    Example: factdiff check seeds/000_6999be8e8a568ced.txt seeds/001_61bbe8d6133b0473.txt
    Example: factdiff check draft.md --against sources/
    """
    from factdiff.checker import check_documents
    from factdiff.documents import expand_paths, read_document
    from factdiff.report import RESULT_FORMATS

    if against and (files[0] != "-" and Path(files[0]).is_dir()):
        raise _fail(f"{files[0]}: --against needs one draft file first, then its sources")
    try:
        paths = expand_paths(files)     # with --against the first is the draft; folders hold sources
    except InputError as err:
        raise _fail(str(err)) from None
    if len(paths) < 2:
        raise _fail("check needs two or more sources (or a draft and its sources with --against)")
    docs, errors = [], []
    for p in paths:
        try:
            docs.append(read_document(p))
        except InputError as err:
            errors.append(str(err))
    for e in errors:
        typer.echo(f"factdiff: {e}", err=True)
    if errors:
        raise typer.Exit(code=2)
    for d in docs:
        for note in d.notes:
            typer.echo(f"factdiff: {d.path}: {note}", err=True)
    from factdiff.rules import cached_rules
    result = check_documents(docs[:1] if against else docs, against=docs[1:] if against else (), doc_date=doc_date,
                             rules=cached_rules(rules))
    _emit(RESULT_FORMATS[format.value](result), out)
    raise typer.Exit(code=1 if failing(result, fail_on.value) else 0)


def failing(result: "CheckResult", fail_on: str) -> bool:
    """Does the result hold what --fail-on names?"""
    from factdiff.model import FindingType as T
    if fail_on == "never":
        return False
    bad = {T.CONTRADICTION, T.CONTRADICTED}
    if fail_on == "gap":
        bad |= {T.GAP, T.UNSUPPORTED}
    return any(f.type in bad for f in result.findings)


def _message(err: Exception) -> str:
    """click's own wording of a usage error ("Invalid value for '--doc-date': ...")."""
    fmt = getattr(err, "format_message", None)
    return str(fmt()) if callable(fmt) else str(err)


def main(argv: list[str] | None = None) -> None:
    """Console entry point: every error becomes one line on stderr; bad usage and input exit 2."""
    try:
        code = app(args=argv, standalone_mode=False)
    except FactdiffError as err:
        typer.echo(f"factdiff: {err}", err=True)
        sys.exit(2)
    except _UsageError as usage:
        if _message(usage):
            typer.echo(f"factdiff: {_message(usage)} (see factdiff --help)", err=True)
        sys.exit(2)
    except _ClickException as other:
        typer.echo(f"factdiff: {_message(other)}", err=True)
        sys.exit(2)
    except typer.Abort:
        typer.echo("factdiff: aborted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    sys.exit(code if isinstance(code, int) else 0)
