"""Presenting an ``EvalReport``: a fixed-width text report for people, a dict for machines.

The text report is ordered by the questions a reader asks: how good is each scorer (with how
much uncertainty), is the primary scorer's lead real (paired tests, with the unit each used),
does it hold on every brief, does keyword soup ever beat real evidence, and — when the primary
scorer loses — which CVs it puts in the wrong order.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from ._metrics import order
from ._run import EvalReport, PairedTest
from ._stats import EXACT_MAX_UNITS

__all__ = ["render_report", "report_dict"]

_MISORDERED_SHOWN = 30
_TOP_SHOWN = 10


def _num(value: float, digits: int = 3, signed: bool = False) -> str:
    if math.isnan(value):
        return "n/a"
    if math.isinf(value):
        return "unread"
    return f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = "  ".join("-" * w for w in widths)
    fmt = [
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in [header, *rows]
    ]
    return [fmt[0], line, *fmt[1:]]


def _test_cell(t: PairedTest) -> str:
    interval = f"({_num(t.low, 3, True)}..{_num(t.high, 3, True)})"
    return f"{_num(t.mean_diff, 3, True)} {interval} p={t.p_value:.4f}"


def render_report(report: EvalReport) -> str:
    """A plain-text, fixed-width report of every number in ``report``."""
    n_pairs = sum(len(g) for g in report.grades.values())
    n_cvs = len({cv for g in report.grades.values() for cv in g})
    out = [
        f"Graded set: {len(report.briefs)} briefs, {n_cvs} CVs, {n_pairs} graded (brief, CV) "
        f"pairs. Relevant = grade >= {report.threshold}.",
        f"95% percentile bootstrap intervals ({report.n_boot} resamples, seed {report.seed}): "
        "briefs resampled for the ranking metrics, CV pairs resampled within each brief for "
        "pairwise accuracy.",
        "",
        "Metrics: value (95% interval)",
    ]
    names = [m.name for m in report.metrics[report.primary]]
    header = ["metric", *report.scorers]
    rows = []
    for name in names:
        row = [f"{name} [{report.metric(report.primary, name).unit}]"]
        for s in report.scorers:
            m = report.metric(s, name)
            row.append(f"{_num(m.value)} ({_num(m.low)}..{_num(m.high)})")
        rows.append(row)
    out += _table(header, rows)

    others = [s for s in report.scorers if s != report.primary]
    if others:
        out += [
            "",
            f"Paired tests, {report.primary} minus each scorer: mean difference (95% interval) "
            "and the two-sided p of a paired sign-flip randomisation test.",
        ]
        rows = [
            [f"{name} [{report.test(others[0], name).unit}]"]
            + [_test_cell(report.test(o, name)) for o in others]
            for name in names
        ]
        out += _table(["metric", *[f"vs {o}" for o in others]], rows)
        n_briefs = report.test(others[0], names[0]).n_units
        n_pair_units = report.test(others[0], "pairwise").n_units
        out += [
            brief_test_note(n_briefs, report.n_perm),
            f"[pair]: {n_pair_units} differently-graded CV pairs, {report.n_perm} random sign "
            "patterns; pairs share CVs, so this p is optimistic.",
        ]

    out += ["", "Per brief (NDCG@10 where defined, then pairwise accuracy):"]
    ndcg = f"ndcg@{max(report.k)}"
    rows = []
    for brief in report.briefs:
        row = [brief]
        for s in report.scorers:
            a = report.metric(s, ndcg).per_brief[brief]
            b = report.metric(s, "pairwise").per_brief[brief]
            row.append(f"{_num(a)} / {_num(b)}")
        rows.append(row)
    out += _table(["brief", *report.scorers], rows)

    out += ["", "Pairwise accuracy by grade pair (better>worse, number of pairs):"]
    keys = list(report.by_grade_pair[report.primary])
    rows = [
        [f"{key} (n={report.by_grade_pair[report.primary][key][1]})"]
        + [_num(report.by_grade_pair[s][key][0]) for s in report.scorers]
        for key in keys
    ]
    out += _table(["grades", *report.scorers], rows)

    out += ["", _soup_header(report)]
    for s in report.scorers:
        out.append(f"  {s}: {len(report.soup_violations[s])} soup-above-evidence pairs")
    for v in report.soup_violations[report.primary]:
        out.append(
            f"    {v.brief_id}: {v.soup_cv} ({_num(v.soup_score, 2)}) above "
            f"{v.rich_cv} ({_num(v.rich_score, 2)})"
        )

    out += ["", *_misordered(report), "", *_top(report)]
    if report.errors:
        out += ["", "Files that could not be read (ranked last by every scorer):"]
        out += [f"  {e.path}: {e.code} {e.message}" for e in report.errors]
    if report.ungraded:
        out += ["", f"Ungraded files left out: {', '.join(report.ungraded)}"]
    return "\n".join(out) + "\n"


def _soup_header(report: EvalReport) -> str:
    soup = ", ".join(report.soup_cvs) or "none"
    return (
        f"Keyword-soup check (soup = flagged keyword_soup or named; evidence-rich = grade 3 "
        f"for the brief). Soup CVs: {soup}."
    )


def _misordered(report: EvalReport) -> list[str]:
    wrong = report.misordered
    by_gap = Counter(p.better_grade - p.worse_grade for p in wrong)
    by_brief = Counter(p.brief_id for p in wrong)
    lines = [
        f"{report.primary} misorders {len(wrong)} pairs (ties count as misordered here); by "
        f"grade gap: " + ", ".join(f"{g}: {by_gap[g]}" for g in sorted(by_gap, reverse=True)),
        "  by brief: " + ", ".join(f"{b}: {by_brief[b]}" for b in sorted(by_brief)),
    ]
    big = [p for p in wrong if p.better_grade - p.worse_grade >= 2]
    if big:
        lines.append(f"  pairs with a grade gap of 2 or more (first {_MISORDERED_SHOWN}):")
        rows = [
            [
                p.brief_id,
                f"{p.better} (g{p.better_grade}, {_num(p.better_score, 2)})",
                f"{p.worse} (g{p.worse_grade}, {_num(p.worse_score, 2)})",
            ]
            for p in big[:_MISORDERED_SHOWN]
        ]
        lines += ["  " + r for r in _table(["brief", "should be higher", "scored higher"], rows)]
    return lines


def _top(report: EvalReport) -> list[str]:
    lines = [f"Top {_TOP_SHOWN} by {report.primary} per brief: CV (grade) score"]
    for brief in report.briefs:
        scores = report.scores[report.primary][brief]
        grades = report.grades[brief]
        ranked = order(scores)[:_TOP_SHOWN]
        cells = [f"{cv} ({grades[cv]}) {_num(scores[cv], 1)}" for cv in ranked]
        lines.append(f"  {brief}:")
        lines += [f"    {i + 1:>2}. {c}" for i, c in enumerate(cells)]
    return lines


def _json_float(value: float) -> float | None:
    return None if math.isnan(value) or math.isinf(value) else value


def report_dict(report: EvalReport) -> dict[str, Any]:
    """The report as plain JSON-ready data (``nan`` and unread ``-inf`` become ``None``)."""
    return {
        "primary": report.primary,
        "scorers": list(report.scorers),
        "briefs": list(report.briefs),
        "settings": {
            "k": list(report.k),
            "threshold": report.threshold,
            "seed": report.seed,
            "n_boot": report.n_boot,
            "n_perm": report.n_perm,
        },
        "metrics": {
            s: {
                m.name: {
                    "value": _json_float(m.value),
                    "ci95": [_json_float(m.low), _json_float(m.high)],
                    "unit": m.unit,
                    "per_brief": {b: _json_float(v) for b, v in sorted(m.per_brief.items())},
                }
                for m in ms
            }
            for s, ms in report.metrics.items()
        },
        "tests": [
            {
                "metric": t.metric,
                "a": t.a,
                "b": t.b,
                "unit": t.unit,
                "n_units": t.n_units,
                "mean_diff": _json_float(t.mean_diff),
                "ci95": [_json_float(t.low), _json_float(t.high)],
                "p_value": t.p_value,
            }
            for t in report.tests
        ],
        "keyword_soup": {
            "soup_cvs": list(report.soup_cvs),
            "violations": {
                s: [
                    {
                        "brief_id": v.brief_id,
                        "soup_cv": v.soup_cv,
                        "soup_score": _json_float(v.soup_score),
                        "rich_cv": v.rich_cv,
                        "rich_score": _json_float(v.rich_score),
                    }
                    for v in vs
                ]
                for s, vs in report.soup_violations.items()
            },
        },
        "misordered": [
            {
                "brief_id": p.brief_id,
                "better": p.better,
                "better_grade": p.better_grade,
                "better_score": _json_float(p.better_score),
                "worse": p.worse,
                "worse_grade": p.worse_grade,
                "worse_score": _json_float(p.worse_score),
                "tied": p.correct == 0.5,
            }
            for p in report.misordered
        ],
        "by_grade_pair": {
            s: {key: {"accuracy": acc, "n": n} for key, (acc, n) in groups.items()}
            for s, groups in report.by_grade_pair.items()
        },
        "scores": {
            s: {b: {cv: _json_float(v) for cv, v in sorted(cvs.items())} for b, cvs in bs.items()}
            for s, bs in report.scores.items()
        },
        "errors": [{"path": e.path, "code": e.code, "message": e.message} for e in report.errors],
        "ungraded": list(report.ungraded),
    }


def brief_test_note(n_briefs: int, n_perm: int) -> str:
    """How the per-brief test was run: every sign pattern up to ``EXACT_MAX_UNITS`` briefs,
    ``n_perm`` random ones above (as ``sign_flip_test`` does), and the smallest p it can give."""
    if n_briefs <= EXACT_MAX_UNITS:
        floor = 2.0 / 2**n_briefs if n_briefs else math.nan
        return (
            f"[brief]: {n_briefs} briefs, exact enumeration; the smallest p this test can give "
            f"is {floor:.2g}."
        )
    return (
        f"[brief]: {n_briefs} briefs, {n_perm} random sign patterns; the smallest p this test "
        f"can give is {1.0 / (1 + n_perm):.2g}."
    )
