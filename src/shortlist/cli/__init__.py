"""The ``shortlist`` command: thin Typer commands over the library (docs/cli.md)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from shortlist import __version__
from shortlist.config import Settings
from shortlist.errors import InputError, RoleError
from shortlist.types import PartialDate, Shortlist

__all__ = ["app", "main"]

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


def _as_of(value: str | None) -> PartialDate:
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


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        out.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def _err(message: str) -> None:
    Console(stderr=True).print(f"[red]error:[/red] {message}", highlight=False)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", help="Print the version and exit.", is_eager=True)
    ] = False,
) -> None:
    if version:
        typer.echo(f"shortlist {__version__}")
        raise typer.Exit()


@app.command(
    epilog=(
        "Examples:\n\n"
        "  shortlist rank examples/briefs/mlops-platform.md examples/pdf/\n\n"
        "  shortlist rank brief.md cvs/ --format json --out shortlist.json\n\n"
        "  shortlist rank brief.md a.pdf b.docx --top 5 --format html --out report.html"
    )
)
def rank(
    brief: Annotated[Path, typer.Argument(help="The role brief (Markdown, text, PDF, DOCX).")],
    paths: Annotated[list[Path], typer.Argument(help="CV files, or folders searched recursively.")],
    fmt: Annotated[RankFormat, typer.Option("--format", "-f", help="Output format.")] = (
        RankFormat.table
    ),
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write to this file, not stdout.")
    ] = None,
    top: Annotated[
        int | None, typer.Option("--top", "-n", min=1, help="Show only the best N candidates.")
    ] = None,
    as_of: AsOf = None,
) -> None:
    """Rank CVs for a role, quoting the evidence behind every score.

    Exit status: 0 when at least one CV was ranked; 1 when no file could be read; 2 for a usage
    error (a missing path, an unreadable brief).
    """
    from shortlist.pipeline import collect_files, read_brief, read_candidates, screen

    settings = Settings()
    try:
        role = read_brief(brief, settings)
        files = collect_files(paths)
    except (RoleError, FileNotFoundError) as exc:
        _err(f"no such file: {exc}" if isinstance(exc, FileNotFoundError) else str(exc))
        raise typer.Exit(2) from exc
    if not files:
        _err("no files found under the paths given")
        raise typer.Exit(2)
    with _progress(len(files)) as advance:
        candidates, errors = read_candidates(files, settings, today=_as_of(as_of), on_done=advance)
    result = screen(role, candidates, errors)
    if top is not None:
        result = Shortlist(result.role, result.ranked[:top], result.errors)
    _write_shortlist(result, fmt, out)
    if errors:
        Console(stderr=True).print(
            f"{len(errors)} of {len(files)} file(s) could not be read (see errors).",
            highlight=False,
        )
    if not candidates:
        raise typer.Exit(1)


@contextmanager
def _progress(total: int) -> Iterator[Callable[[Path], None]]:
    """A transient progress bar on stderr while a batch of files is read."""
    bar = Progress(
        TextColumn("reading CVs"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("read", total=total)
    with bar:
        yield lambda _path: bar.advance(task)


def _write_shortlist(result: Shortlist, fmt: RankFormat, out: Path | None) -> None:
    from shortlist import render

    if fmt is RankFormat.json:
        _emit(render.dumps(render.shortlist_dict(result)), out)
    elif fmt is RankFormat.csv:
        _emit(render.shortlist_csv(result), out)
    elif fmt is RankFormat.html:
        _emit(render.shortlist_html(result), out)
    else:
        console = Console(file=out.open("w", encoding="utf-8") if out else None, width=160)
        console.print(_table(result))
        for err in result.errors:
            console.print(
                f"[yellow]not read[/yellow] {err.path}: {err.code} — {err.message}", highlight=False
            )


def _table(result: Shortlist) -> Table:
    role = result.role
    table = Table(
        title=f"{role.title} — {role.family}, {role.seniority or 'any level'}",
        caption="score 0–100: the share of what the role asks for that the CV shows with "
        "evidence (docs/scoring.md)",
    )
    table.add_column("rank", justify="right")
    table.add_column("file")
    table.add_column("score", justify="right")
    table.add_column("family")
    table.add_column("must-haves", justify="right")
    table.add_column("strongest evidence", max_width=90, no_wrap=True, overflow="ellipsis")
    table.add_column("flags")
    for entry in result.ranked:
        m = entry.match
        must = [r for r in m.requirements if r.requirement in role.must]
        met = sum(1 for r in must if r.status == "met")
        table.add_row(
            f"{entry.rank}{'=' if entry.tied else ''}",
            Path(m.path).name,
            f"{m.score:.1f}",
            m.family,
            f"{met}/{len(must)}",
            m.highlights[0].text if m.highlights else "—",
            ", ".join(m.flags),
        )
    return table


@app.command(
    epilog=(
        "Examples:\n\n"
        "  shortlist parse examples/pdf/some-cv.pdf\n\n"
        "  shortlist parse cv.docx --format json"
    )
)
def parse(
    file: Annotated[Path, typer.Argument(help="One CV file.")],
    fmt: Annotated[DataFormat, typer.Option("--format", "-f", help="Output format.")] = (
        DataFormat.table
    ),
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write to this file, not stdout.")
    ] = None,
    as_of: AsOf = None,
) -> None:
    """Show what shortlist reads in one CV: visible text, warnings, sections, positions, PII.

    Exit status 1 when the file is rejected (the JSON then has ok: false and an error code).
    """
    from shortlist import render
    from shortlist.ingest import read_files
    from shortlist.parse import parse as parse_document
    from shortlist.types import FileError

    if not file.is_file():
        _err(f"no such file: {file}")
        raise typer.Exit(2)
    settings = Settings()
    (result,) = read_files([file], settings)
    document = None if isinstance(result, FileError) else result
    error = result if isinstance(result, FileError) else None
    profile = parse_document(document, today=_as_of(as_of)) if document else None
    payload = render.parse_result_dict(str(file), document, profile, error)
    if fmt is DataFormat.json:
        _emit(render.dumps(payload), out)
    else:
        console = Console(file=out.open("w", encoding="utf-8") if out else None, width=120)
        if error:
            console.print(f"[red]rejected[/red] {file}: {error.code} — {error.message}")
        else:
            console.print_json(
                render.dumps({k: payload[k] for k in ("format", "warnings", "profile")})
            )
    if error is not None:
        raise typer.Exit(1)


@app.command(
    epilog=(
        "Examples:\n\n"
        "  shortlist role examples/briefs/llm-rag-applied-ai.md\n\n"
        "  shortlist role brief.md --format json"
    )
)
def role(
    brief: Annotated[Path, typer.Argument(help="The role brief (Markdown, text, PDF, DOCX).")],
    fmt: Annotated[DataFormat, typer.Option("--format", "-f", help="Output format.")] = (
        DataFormat.table
    ),
) -> None:
    """Show the RoleSpec inferred from a brief: family, level, must-haves, nice-to-haves."""
    from shortlist import render
    from shortlist.pipeline import read_brief

    try:
        spec = read_brief(brief, Settings())
    except RoleError as exc:
        _err(str(exc))
        raise typer.Exit(2) from exc
    payload = render.role_dict(spec)
    if fmt is DataFormat.json:
        _emit(render.dumps(payload), None)
        return
    console = Console(width=120)
    console.print(f"[bold]{spec.title}[/bold]")
    console.print(
        f"family {spec.family}, seniority {spec.seniority or 'unstated'}, "
        f"domain {spec.domain or 'none'}, specialisms {', '.join(spec.specialisms)}"
    )
    for label, reqs in (("must", spec.must), ("nice", spec.nice)):
        for r in reqs:
            console.print(f"  {label:4} {r.label}", highlight=False)


def main() -> None:
    """Entry point of the ``shortlist`` console script."""
    try:
        app()
    except InputError as exc:  # pragma: no cover - the commands turn these into exit codes
        _err(f"{exc.code}: {exc}")
        sys.exit(1)
