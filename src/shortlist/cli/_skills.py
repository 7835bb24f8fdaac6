"""`shortlist skills` and `shortlist taxonomy`: the skill matcher and the taxonomy behind it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from shortlist.cli._app import DataFormat, app, emit, fail
from shortlist.config import Settings
from shortlist.errors import InputError


def _mentions(text: str) -> list[dict[str, Any]]:
    from shortlist.taxonomy import load_taxonomy

    tax = load_taxonomy()
    return [
        {
            "skill_id": h.skill_id,
            "name": tax.get(h.skill_id).name,
            "start": h.start,
            "end": h.end,
            "text": text[h.start : h.end],
        }
        for h in tax.find(text)
    ]


@app.command(
    epilog=(
        "Examples:\n\n"
        "  shortlist skills examples/cvs/amara-okafor.md --format json\n\n"
        "  echo 'Served LightGBM on Triton behind KServe' | shortlist skills -\n\n"
        "  shortlist skills bullets.txt --lines"
    )
)
def skills(
    file: Annotated[
        str, typer.Argument(help="A CV or text file (any format shortlist reads), or - for stdin.")
    ] = "-",
    lines: Annotated[
        bool,
        typer.Option(
            "--lines", help="One document per input line; one JSON array per output line."
        ),
    ] = False,
    fmt: Annotated[DataFormat, typer.Option("--format", "-f", help="Output format.")] = (
        DataFormat.json
    ),
) -> None:
    """List the taxonomy skills named in a text, with character offsets into it.

    Offsets index the visible text (for a CV file, the ``text`` that ``shortlist parse``
    prints). With ``--lines`` each input line is its own document and offsets index that line.
    """
    if file == "-":
        text = sys.stdin.read()
    else:
        path = Path(file)
        if not path.is_file():
            fail(f"no such file: {file}")
            raise typer.Exit(2)
        if lines:
            text = path.read_text(encoding="utf-8", errors="replace")
        else:
            from shortlist.ingest import read_document

            try:
                text = read_document(path.read_bytes(), str(path), Settings()).text
            except InputError as exc:
                fail(f"{exc.code}: {exc}")
                raise typer.Exit(1) from exc
    if lines:
        for line in text.splitlines():
            sys.stdout.write(json.dumps(_mentions(line), ensure_ascii=False) + "\n")
        return
    found = _mentions(text)
    if fmt is DataFormat.json:
        emit(json.dumps(found, ensure_ascii=False, indent=2), None)
        return
    table = Table("skill_id", "name", "start", "end", "text")
    for m in found:
        table.add_row(m["skill_id"], m["name"], str(m["start"]), str(m["end"]), m["text"])
    Console().print(table)


@app.command(
    epilog=(
        "Examples:\n\n"
        "  shortlist taxonomy vector\n\n"
        "  shortlist taxonomy kubeflow --format json\n\n"
        "  shortlist taxonomy --limit 1000 --format json > skills.json"
    )
)
def taxonomy(
    query: Annotated[
        str | None, typer.Argument(help="Search ids, names and aliases; omit to list all.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most skills shown.")] = 50,
    fmt: Annotated[DataFormat, typer.Option("--format", "-f", help="Output format.")] = (
        DataFormat.table
    ),
) -> None:
    """List or search the AI/ML skills taxonomy (ids, names, aliases, categories, weights)."""
    from shortlist.taxonomy import load_taxonomy

    tax = load_taxonomy()
    found = (
        tax.search(query, limit=limit)
        if query
        else [tax.skills[k] for k in sorted(tax.skills)][:limit]
    )
    if fmt is DataFormat.json:
        payload = [
            {
                "id": s.id,
                "name": s.name,
                "aliases": list(s.aliases),
                "category": s.category,
                "specialisms": list(s.specialisms),
                "family_weights": dict(s.family_weights),
                "parents": list(s.parents),
                "esco_ids": list(s.esco_ids),
                "onet_ids": list(s.onet_ids),
            }
            for s in found
        ]
        emit(json.dumps(payload, ensure_ascii=False, indent=2), None)
        return
    table = Table("id", "name", "category", "specialisms", "aliases", title=f"{len(found)} skills")
    for s in found:
        table.add_row(s.id, s.name, s.category, ", ".join(s.specialisms), ", ".join(s.aliases[:4]))
    Console(width=140).print(table)
    if not found:
        raise typer.Exit(1)
