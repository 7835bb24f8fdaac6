"""`shortlist review`: tell a candidate how their CV reads, with the engine that ranks it."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from shortlist.cli._app import AsOf, app, as_of_month, emit, fail
from shortlist.config import Settings
from shortlist.errors import RoleError
from shortlist.types import FAMILIES, Family, RoleSpec

if TYPE_CHECKING:
    from shortlist.review import Review


class ReviewFormat(StrEnum):
    table = "table"
    json = "json"
    html = "html"


class TargetFamily(StrEnum):
    """The families a candidate can aim at ("other" is what a CV reads as, not a target)."""

    research = "research"
    applied_ml = "applied_ml"
    mlops = "mlops"
    applied_ai = "applied_ai"
    data_science = "data_science"


EPILOG = (
    "Examples:\n\n"
    "  shortlist review examples/cvs/amara-okafor.md\n\n"
    "  shortlist review cv.pdf --target applied_ai\n\n"
    "  shortlist review cv.docx --brief examples/briefs/mlops-platform.md --format json\n\n"
    "  shortlist review cv.pdf --format html --out review.html"
)


@app.command(epilog=EPILOG)
def review(
    cv: Annotated[Path, typer.Argument(help="One CV file (PDF, DOCX, HTML, text, Markdown).")],
    target: Annotated[
        TargetFamily | None,
        typer.Option("--target", "-t", help="The role family you aim at."),
    ] = None,
    brief: Annotated[
        Path | None,
        typer.Option(
            "--brief", "-b", help="A role brief: adds the hiring manager's reading of the CV."
        ),
    ] = None,
    fmt: Annotated[ReviewFormat, typer.Option("--format", "-f", help="Output format.")] = (
        ReviewFormat.table
    ),
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write to this file, not stdout.")
    ] = None,
    as_of: AsOf = None,
) -> None:
    """Show how a CV reads: positioning, the five evidence layers, a question for every line
    that reports no outcome, skills only listed, and — with --brief — must-haves met, listed
    only or missing, exactly as `shortlist rank` explains them.

    Exit status: 0 on success; 1 when the CV cannot be read (the error code is printed); 2 for
    a usage error (a missing file, an unreadable brief, --target with --brief).
    """
    from shortlist.pipeline import read_brief, read_candidates
    from shortlist.review import review as review_cv

    if target is not None and brief is not None:
        fail("give --target or --brief, not both (a brief sets the target family)")
        raise typer.Exit(2)
    if not cv.is_file():
        fail(f"no such file: {cv}")
        raise typer.Exit(2)
    settings = Settings()
    role: RoleSpec | None = None
    if brief is not None:
        try:
            role = read_brief(brief, settings)
        except RoleError as exc:
            fail(str(exc))
            raise typer.Exit(2) from exc
    today = as_of_month(as_of)
    candidates, errors = read_candidates([cv], settings, today=today)
    if not candidates:
        err = errors[0]
        fail(f"{err.code}: cannot read {err.path}: {err.message}")
        raise typer.Exit(1)
    (candidate,) = candidates
    family: Family | None = _family(target.value) if target is not None else None
    result = review_cv(
        candidate.signals,
        role=role,
        target=family,
        path=candidate.path,
        notices=[w.code for w in candidate.document.warnings],
    )
    _write(result, fmt, out)


def _family(value: str) -> Family:
    for f in FAMILIES:
        if f == value:
            return f
    raise typer.BadParameter(f"unknown family {value!r}", param_hint="--target")


def _write(result: Review, fmt: ReviewFormat, out: Path | None) -> None:
    from shortlist import render
    from shortlist.review import review_dict, review_html, review_renderable

    if fmt is ReviewFormat.json:
        emit(render.dumps(review_dict(result)), out)
    elif fmt is ReviewFormat.html:
        emit(review_html(result), out)
    elif out is not None:
        with out.open("w", encoding="utf-8") as fh:
            Console(file=fh, width=140).print(review_renderable(result))
    else:
        Console(width=140).print(review_renderable(result))
