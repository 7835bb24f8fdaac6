"""`shortlist parse` and `shortlist role`: show what is read in one CV or one brief."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from shortlist.cli._app import (
    AsOf,
    ParseFormat,
    RoleFormat,
    app,
    as_of_month,
    emit,
    fail,
)
from shortlist.config import Settings
from shortlist.errors import RoleError


@app.command(
    epilog=(
        "Examples:\n\n"
        "  shortlist parse examples/pdf/some-cv.pdf\n\n"
        "  shortlist parse cv.docx --format json\n\n"
        "  shortlist parse cv.pdf --format jsonresume --out resume.json"
    )
)
def parse(
    file: Annotated[Path, typer.Argument(help="One CV file.")],
    fmt: Annotated[
        ParseFormat,
        typer.Option("--format", "-f", help="table, json, or jsonresume (a JSON Resume document)."),
    ] = ParseFormat.table,
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
        fail(f"no such file: {file}")
        raise typer.Exit(2)
    settings = Settings()
    (result,) = read_files([file], settings)
    document = None if isinstance(result, FileError) else result
    error = result if isinstance(result, FileError) else None
    profile = parse_document(document, today=as_of_month(as_of)) if document else None
    payload = render.parse_result_dict(str(file), document, profile, error)
    if fmt is ParseFormat.json:
        emit(render.dumps(payload), out)
    elif fmt is ParseFormat.jsonresume:
        from shortlist.parse import to_jsonresume

        emit(render.dumps(to_jsonresume(profile) if profile else payload), out)
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
        "  shortlist role brief.md --format json\n\n"
        "  shortlist role brief.md --format yaml > role.yaml   # edit, then rank --role"
    )
)
def role(
    brief: Annotated[Path, typer.Argument(help="The role brief (Markdown, text, PDF, DOCX).")],
    fmt: Annotated[
        RoleFormat,
        typer.Option("--format", "-f", help="table, json, or yaml (an editable role file)."),
    ] = RoleFormat.table,
) -> None:
    """Show the RoleSpec inferred from a brief: family, level, must-haves, nice-to-haves."""
    from shortlist import render
    from shortlist.pipeline import read_brief

    try:
        spec = read_brief(brief, Settings())
    except RoleError as exc:
        fail(str(exc))
        raise typer.Exit(2) from exc
    payload = render.role_dict(spec)
    if fmt is RoleFormat.json:
        emit(render.dumps(payload), None)
        return
    if fmt is RoleFormat.yaml:
        import yaml

        from shortlist.roles import role_to_file_dict
        from shortlist.taxonomy import load_taxonomy

        data = role_to_file_dict(spec, load_taxonomy())
        emit(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100), None)
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
