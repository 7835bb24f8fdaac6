"""`shortlist rank`: rank CVs for a role brief."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from shortlist.cli._app import AsOf, RankFormat, app, as_of_month, emit, fail
from shortlist.config import Settings
from shortlist.errors import ConfigError, RoleError
from shortlist.types import Shortlist


@app.command(
    epilog=(
        "Examples:\n\n"
        "  shortlist rank examples/briefs/mlops-platform.md examples/pdf/\n\n"
        "  shortlist rank brief.md cvs/ --format json --out shortlist.json\n\n"
        "  shortlist rank brief.md a.pdf b.docx --top 5 --format html --out report.html\n\n"
        "  shortlist role brief.md --format yaml > role.yaml   # then edit it, and:\n\n"
        "  shortlist rank --role role.yaml cvs/"
    )
)
def rank(
    brief: Annotated[
        Path,
        typer.Argument(
            help="The role brief (Markdown, text, PDF, DOCX); with --role, the first CV path."
        ),
    ],
    paths: Annotated[
        list[Path] | None, typer.Argument(help="CV files, or folders searched recursively.")
    ] = None,
    role_file: Annotated[
        Path | None,
        typer.Option(
            "--role", help="A role file (YAML/JSON) to use instead of inferring one from a brief."
        ),
    ] = None,
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
    blind: Annotated[
        bool,
        typer.Option("--blind", help="Leave candidates' names out of the output (files only)."),
    ] = False,
    semantic: Annotated[
        bool,
        typer.Option(
            "--semantic",
            help="Blend in the brief-to-CV semantic similarity (needs the optional extra: "
            "pip install 'shortlist[semantic]'; far slower per CV, see bench/semantic.py).",
        ),
    ] = False,
) -> None:
    """Rank CVs for a role, quoting the evidence behind every score.

    Exit status: 0 when at least one CV was ranked; 1 when no file could be read; 2 for a usage
    error (a missing path, an unreadable brief).
    """
    from shortlist.pipeline import (
        collect_files,
        read_brief,
        read_brief_text,
        read_candidates,
        read_role,
        screen,
        semantic_fit,
    )

    settings = Settings()
    cv_paths = [brief, *(paths or [])] if role_file else list(paths or [])
    if not cv_paths:
        fail("give a brief and at least one CV file or folder")
        raise typer.Exit(2)
    try:
        role = read_role(role_file) if role_file else read_brief(brief, settings)
        files = collect_files(cv_paths)
        # the semantic reading compares the brief's own wording; a role file has none
        fit = (
            semantic_fit(role, None if role_file else read_brief_text(brief, settings))
            if semantic
            else None
        )
    except (RoleError, FileNotFoundError, ConfigError) as exc:
        fail(f"no such file: {exc}" if isinstance(exc, FileNotFoundError) else str(exc))
        raise typer.Exit(2) from exc
    if not files:
        fail("no files found under the paths given")
        raise typer.Exit(2)
    with _progress(len(files)) as advance:
        candidates, errors = read_candidates(
            files, settings, today=as_of_month(as_of), on_done=advance
        )
    result = screen(role, candidates, errors, semantic=fit)
    if top is not None:
        result = Shortlist(result.role, result.ranked[:top], result.errors)
    names = {} if blind else {c.path: c.profile.contact.get("name", "") for c in candidates}
    _write_shortlist(result, fmt, out, names)
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


def _write_shortlist(
    result: Shortlist, fmt: RankFormat, out: Path | None, names: Mapping[str, str]
) -> None:
    """Names come from the PII store (parse's contact block), for display only."""
    from shortlist import render

    if fmt is RankFormat.json:
        emit(render.dumps(render.shortlist_dict(result, names)), out)
    elif fmt is RankFormat.csv:
        emit(render.shortlist_csv(result, names), out)
    elif fmt is RankFormat.html:
        emit(render.shortlist_html(result, names), out)
    else:
        console = Console(file=out.open("w", encoding="utf-8") if out else None, width=160)
        console.print(_table(result, names))
        for err in result.errors:
            console.print(
                f"[yellow]not read[/yellow] {err.path}: {err.code} — {err.message}", highlight=False
            )


def _one_line(text: str, limit: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _table(result: Shortlist, names: Mapping[str, str]) -> Table:
    role = result.role
    caption = "score 0–100: the share of what the role asks for that the CV shows with evidence"
    if any("semantic" in r.match.components for r in result.ranked):
        caption += ", blended 55/45 with semantic similarity"
    table = Table(
        title=f"{role.title} — {role.family}, {role.seniority or 'any level'}",
        caption=caption + " (docs/scoring.md)",
    )
    table.add_column("rank", justify="right")
    table.add_column("candidate", no_wrap=True, min_width=16)
    table.add_column("score", justify="right")
    table.add_column("family", no_wrap=True)
    table.add_column("must-haves", justify="right")
    table.add_column("strongest evidence", ratio=1)
    table.add_column("flags", max_width=24)
    for entry in result.ranked:
        m = entry.match
        must = [r for r in m.requirements if r.requirement in role.must]
        met = sum(1 for r in must if r.status == "met")
        table.add_row(
            f"{entry.rank}{'=' if entry.tied else ''}",
            f"{names[m.path]} ({Path(m.path).name})" if names.get(m.path) else Path(m.path).name,
            f"{m.score:.1f}",
            m.family,
            f"{met}/{len(must)}",
            _one_line(m.highlights[0].text) if m.highlights else "—",
            ", ".join(m.flags),
        )
    return table
