"""The Typer app and what every command shares: formats, output, the reference month."""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from shortlist import __version__
from shortlist.types import PartialDate

app = typer.Typer(
    name="shortlist",
    help="Read AI/ML CVs for evidence and rank them for a role, with reasons you can check.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


class RankFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    html = "html"


class DataFormat(StrEnum):
    table = "table"
    json = "json"


class ParseFormat(StrEnum):
    table = "table"
    json = "json"
    jsonresume = "jsonresume"


class RoleFormat(StrEnum):
    table = "table"
    json = "json"
    yaml = "yaml"


def as_of_month(value: str | None) -> PartialDate:
    """The reference month for "Present" in CVs: the option's YYYY-MM, or this month."""
    if value is None:
        now = dt.date.today()
        return PartialDate(now.year, now.month)
    try:
        year, month = (int(x) for x in value.split("-"))
        return PartialDate(year, month)
    except ValueError as exc:
        raise typer.BadParameter(f"expected YYYY-MM, got {value!r}", param_hint="--as-of") from exc


AsOf = Annotated[
    str | None,
    typer.Option("--as-of", help="Reference month (YYYY-MM) for 'Present'; default: this month."),
]


def emit(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        out.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def fail(message: str) -> None:
    """An error line on stderr; the message is escaped, so "shortlist[semantic]" stays."""
    Console(stderr=True).print(f"[red]error:[/red] {escape(message)}", highlight=False)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", is_eager=True)
    ] = False,
) -> None:
    if version:
        typer.echo(f"shortlist {__version__}")
        raise typer.Exit()
