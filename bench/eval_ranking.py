"""Ranking quality on the dev set: shortlist against TF-IDF, BM25 and keyword match-rate.

Runs ``shortlist.evaluate.evaluate`` on examples/dev/grades.csv with the Markdown CVs
(examples/cvs) and prints the full report; then the same on the PDF renderings (examples/pdf)
with the headline figures side by side, to show how much the file format moves results; then
the invariance checks on the Markdown CVs.

    .venv/bin/python bench/eval_ranking.py [--n-boot 2000] [--n-perm 10000] [--seed 0]
        [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

from shortlist.evaluate import (
    EvalReport,
    evaluate,
    invariance_checks,
    read_markdown_folder,
    render_report,
    report_dict,
)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def _headline(md: EvalReport, pdf: EvalReport) -> str:
    names = [m.name for m in md.metrics[md.primary]]
    lines = [f"{'scorer':<14}{'metric':<12}{'markdown':>10}{'pdf':>10}{'change':>10}"]
    for scorer in md.scorers:
        for name in names:
            a, b = md.metric(scorer, name).value, pdf.metric(scorer, name).value
            lines.append(f"{scorer:<14}{name:<12}{a:>10.3f}{b:>10.3f}{b - a:>+10.3f}")
    moved = sum(
        1
        for s in md.scorers
        for brief, scores in md.scores[s].items()
        for cv, v in scores.items()
        if abs(pdf.scores[s][brief][cv] - v) > 1e-9
    )
    total = sum(len(scores) for s in md.scorers for scores in md.scores[s].values())
    lines.append(f"(brief, CV) scores that differ between Markdown and PDF: {moved} of {total}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n-boot", type=int, default=2000)
    parser.add_argument("--n-perm", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, help="also write the Markdown report as JSON here")
    args = parser.parse_args(argv)
    common = {"seed": args.seed, "n_boot": args.n_boot, "n_perm": args.n_perm}
    grades, briefs = EXAMPLES / "dev" / "grades.csv", EXAMPLES / "briefs"

    start = time.perf_counter()
    md = evaluate(grades, briefs, EXAMPLES / "cvs", **common)
    print(f"== Dev set, Markdown CVs ({time.perf_counter() - start:.1f} s)\n")
    print(render_report(md))

    start = time.perf_counter()
    pdf = evaluate(grades, briefs, EXAMPLES / "pdf", **common)
    print(f"== Same grades, PDF renderings ({time.perf_counter() - start:.1f} s)\n")
    print(_headline(md, pdf))
    if pdf.errors:
        print("PDF files that could not be read:", ", ".join(e.path for e in pdf.errors))
    print(
        f"keyword-soup violations on PDF ({pdf.primary}): {len(pdf.soup_violations[pdf.primary])}"
    )

    start = time.perf_counter()
    results = invariance_checks(
        read_markdown_folder(briefs), read_markdown_folder(EXAMPLES / "cvs")
    )
    print(f"\n== Invariance checks on the Markdown CVs ({time.perf_counter() - start:.1f} s)\n")
    for r in results:
        status = {True: "pass", False: "FAIL", None: "n/a"}[r.passed]
        change = "n/a" if math.isnan(r.max_change) else f"{r.max_change:+.2f}"
        worst = f"; worst {r.worst}" if r.worst else ""
        print(
            f"{status:<5} {r.name:<40} max change {change} (tolerance {r.tolerance:g}) "
            f"over {r.n_cases} cases{worst}"
        )
        if r.note:
            print(f"      {r.note}")

    if args.json:
        args.json.write_text(json.dumps(report_dict(md), indent=2) + "\n", encoding="utf-8")
    return 1 if any(r.passed is False for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
