"""`shortlist eval`: measure the ranking on a graded-relevance set, beside three baselines."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from shortlist.cli._app import DataFormat, app, emit, fail


@app.command(
    name="eval",
    epilog=(
        "Examples:\n\n"
        "  shortlist eval examples/dev/grades.csv examples/briefs examples/cvs\n\n"
        "  shortlist eval grades.csv briefs/ cvs/ --format json --out eval.json\n\n"
        "  shortlist eval examples/dev/grades.csv examples/briefs examples/cvs --invariance\n\n"
        "  shortlist eval examples/dev/grades.csv examples/briefs examples/cvs "
        "--group held-out-3"
    ),
)
def evaluate_command(
    grades: Annotated[Path, typer.Argument(help="CSV with columns brief_id,cv_id,grade (0-3).")],
    briefs: Annotated[Path, typer.Argument(help="Folder of briefs; brief_id is the file stem.")],
    cvs: Annotated[Path, typer.Argument(help="Folder of CVs; cv_id is the file stem.")],
    fmt: Annotated[DataFormat, typer.Option("--format", "-f", help="Output format.")] = (
        DataFormat.table
    ),
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write to this file, not stdout.")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the bootstrap and tests.")] = 0,
    n_boot: Annotated[int, typer.Option("--n-boot", min=100, help="Bootstrap resamples.")] = 2000,
    n_perm: Annotated[
        int, typer.Option("--n-perm", min=100, help="Randomisation-test permutations.")
    ] = 10_000,
    invariance: Annotated[
        bool,
        typer.Option(
            "--invariance",
            help="Also run the invariance checks (Markdown CVs only): name swap, repeated "
            "skills, pasted keywords. Exit 1 if one fails.",
        ),
    ] = False,
    group: Annotated[
        list[str] | None,
        typer.Option(
            "--group",
            help="Evaluate only the briefs of this group of the groups file (repeatable: "
            "their union).",
        ),
    ] = None,
    groups_file: Annotated[
        Path | None,
        typer.Option(
            "--groups",
            help="CSV brief_id,group naming groups of briefs. [default: groups.csv beside "
            "the grades file]",
        ),
    ] = None,
    semantic: Annotated[
        bool,
        typer.Option(
            "--semantic",
            help="Also score with the semantic similarity blended in (rank --semantic; needs "
            "the optional extra) and test that scorer against the others.",
        ),
    ] = False,
) -> None:
    """NDCG@5/@10, MRR, P@k and pairwise accuracy with 95% bootstrap intervals, for shortlist
    and the TF-IDF, BM25 and keyword match-rate baselines, with paired significance tests."""
    from shortlist import render
    from shortlist.errors import ConfigError
    from shortlist.evaluate import (
        Scorer,
        ShortlistScorer,
        baseline_scorers,
        evaluate,
        invariance_checks,
        read_groups,
        read_markdown_folder,
        render_report,
        report_dict,
    )
    from shortlist.semantic import load_encoder

    for p, what in ((grades, "grades file"), (briefs, "briefs folder"), (cvs, "CVs folder")):
        if not p.exists():
            fail(f"no such {what}: {p}")
            raise typer.Exit(2)
    only: list[str] | None = None
    if group:
        path = groups_file or grades.parent / "groups.csv"
        try:
            known = read_groups(path)
        except ValueError as exc:
            fail(str(exc))
            raise typer.Exit(2) from exc
        unknown = [g for g in group if g not in known]
        if unknown:
            fail(f"no group {', '.join(unknown)} in {path}; groups: {', '.join(known)}")
            raise typer.Exit(2)
        only = list(dict.fromkeys(b for g in group for b in known[g]))
    elif groups_file is not None:
        fail("--groups names the groups file; choose groups with --group")
        raise typer.Exit(2)
    encoder = None
    scorers: dict[str, Scorer] | None = None
    primary = "shortlist"
    if semantic:
        try:
            encoder = load_encoder()
        except ConfigError as exc:
            fail(str(exc))
            raise typer.Exit(2) from exc
        primary = "shortlist+semantic"
        scorers = {
            primary: ShortlistScorer(semantic=True),
            "shortlist": ShortlistScorer(),
            **baseline_scorers(),
        }
    try:
        report = evaluate(
            grades,
            briefs,
            cvs,
            scorers=scorers,
            primary=primary,
            seed=seed,
            n_boot=n_boot,
            n_perm=n_perm,
            briefs_only=only,
        )
    except ValueError as exc:
        fail(str(exc))
        raise typer.Exit(2) from exc
    checks = (
        invariance_checks(read_markdown_folder(briefs), read_markdown_folder(cvs), encoder=encoder)
        if invariance
        else []
    )
    if fmt is DataFormat.json:
        payload = report_dict(report)
        if invariance:
            payload["invariance"] = [
                {
                    "name": c.name,
                    "max_change": c.max_change,
                    "tolerance": c.tolerance,
                    "passed": c.passed,
                    "cases": c.n_cases,
                    "note": c.note,
                }
                for c in checks
            ]
        emit(render.dumps(payload), out)
    else:
        text = render_report(report)
        if invariance:
            text += "\n\nInvariance checks\n" + "\n".join(
                f"{_verdict(c.passed)}  {c.name}: max change {c.max_change:+.2f} "
                f"(tolerance {c.tolerance:g}) over {c.n_cases} cases {c.note}".rstrip()
                if c.passed is not None
                else f"n/a   {c.name}: {c.note}"
                for c in checks
            )
        emit(text, out)
    if any(c.passed is False for c in checks):
        raise typer.Exit(1)


def _verdict(passed: bool | None) -> str:
    return "n/a " if passed is None else "pass" if passed else "FAIL"
