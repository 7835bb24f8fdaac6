"""``evaluate``: run every scorer on a graded set and measure it, with uncertainty.

The numbers it produces, and why each is there:

* per scorer, NDCG@k, MRR and P@k averaged over briefs, and pairwise ordering accuracy over all
  differently-graded CV pairs, each with a 95% percentile bootstrap interval (briefs resampled;
  pairs resampled within their brief);
* paired randomisation tests of the primary scorer ("shortlist") against every other scorer,
  per metric: over per-brief differences for the ranking metrics, over per-pair correctness
  differences for pairwise accuracy (``PairedTest.unit`` says which);
* the keyword-soup check (see ``evaluate``) and the primary scorer's misordered pairs, so a
  loss can be traced to the CVs behind it.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from shortlist.config import Settings
from shortlist.errors import RoleError
from shortlist.types import FileError, PartialDate

from ._data import DevSet, load_dev_set
from ._metrics import PairOutcome, mrr, ndcg_at, order, pair_outcomes, precision_at
from ._scorers import DEFAULT_TODAY, Scorer, ShortlistScorer, baseline_scorers
from ._stats import bootstrap_ci, sign_flip_test, stratified_bootstrap_ci

__all__ = ["EvalReport", "MetricSummary", "PairedTest", "SoupViolation", "evaluate", "metric_names"]

Unit = Literal["brief", "pair"]
PAIRWISE = "pairwise"


@dataclass(frozen=True, slots=True)
class MetricSummary:
    """One metric of one scorer: the point value, its 95% interval and the per-brief values."""

    name: str
    value: float
    low: float
    high: float
    unit: Unit
    per_brief: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class PairedTest:
    """``a`` vs ``b`` on one metric: mean difference (a − b), its 95% interval, two-sided p."""

    metric: str
    a: str
    b: str
    unit: Unit
    n_units: int
    mean_diff: float
    low: float
    high: float
    p_value: float


@dataclass(frozen=True, slots=True)
class SoupViolation:
    """A keyword-soup CV ranked above an evidence-rich CV (grade 3) for the same brief."""

    scorer: str
    brief_id: str
    soup_cv: str
    soup_score: float
    rich_cv: str
    rich_score: float


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Everything ``evaluate`` measured; ``render_report`` and ``report_dict`` present it."""

    primary: str
    scorers: tuple[str, ...]
    briefs: tuple[str, ...]
    metrics: Mapping[str, tuple[MetricSummary, ...]]
    tests: tuple[PairedTest, ...]
    scores: Mapping[str, Mapping[str, Mapping[str, float]]]  # scorer → brief → cv → score
    grades: Mapping[str, Mapping[str, int]]
    soup_cvs: tuple[str, ...]
    soup_violations: Mapping[str, tuple[SoupViolation, ...]]
    misordered: tuple[PairOutcome, ...]  # the primary scorer's wrong or tied pairs
    by_grade_pair: Mapping[str, Mapping[str, tuple[float, int]]]  # scorer → "3>1" → (acc, n)
    errors: tuple[FileError, ...]
    ungraded: tuple[str, ...]
    k: tuple[int, ...]
    threshold: int
    seed: int
    n_boot: int
    n_perm: int

    def metric(self, scorer: str, name: str) -> MetricSummary:
        for m in self.metrics[scorer]:
            if m.name == name:
                return m
        raise KeyError(name)

    def test(self, b: str, metric: str) -> PairedTest:
        for t in self.tests:
            if t.b == b and t.metric == metric:
                return t
        raise KeyError((b, metric))


def metric_names(k: Sequence[int]) -> list[str]:
    """The metrics in report order: NDCG@k..., MRR, P@k..., pairwise."""
    return [f"ndcg@{i}" for i in k] + ["mrr"] + [f"p@{i}" for i in k] + [PAIRWISE]


def _brief_metrics(
    scores: Mapping[str, float], grades: Mapping[str, int], k: Sequence[int], threshold: int
) -> dict[str, float]:
    ranked = [grades[cv] for cv in order(scores)]
    out = {f"ndcg@{i}": ndcg_at(ranked, list(grades.values()), i) for i in k}
    out["mrr"] = mrr(ranked, threshold)
    out.update({f"p@{i}": precision_at(ranked, i, threshold) for i in k})
    return out


def _nanmean(values: Sequence[float]) -> float:
    finite = [v for v in values if not math.isnan(v)]
    return math.fsum(finite) / len(finite) if finite else math.nan


def evaluate(
    grades_csv: Path,
    briefs_dir: Path,
    cvs_dir: Path,
    *,
    scorers: Mapping[str, Scorer] | None = None,
    primary: str = "shortlist",
    k: Sequence[int] = (5, 10),
    threshold: int = 2,
    seed: int = 0,
    n_boot: int = 2000,
    n_perm: int = 10_000,
    soup_cvs: Sequence[str] = (),
    today: PartialDate | None = DEFAULT_TODAY,
    settings: Settings | None = None,
    briefs_only: Collection[str] | None = None,
) -> EvalReport:
    """Run each scorer on every graded brief and measure it against the grades.

    ``scorers`` defaults to ``shortlist`` (the product through ``shortlist.pipeline``, with
    "Present" read as ``today``) and the baselines ``tfidf``, ``bm25`` and ``keyword_rate``.
    ``primary`` is tested against every other scorer. ``briefs_only`` restricts the run to
    those graded briefs (a group of the dev set); the pool is then the CVs they grade.

    The keyword-soup check. A CV is *soup* when shortlist flags it ``keyword_soup`` (the flag
    depends on the CV alone) or it is named in ``soup_cvs``. A CV is *evidence-rich of the
    brief's family* when it has grade 3 for that brief: the rubric gives 3 only to the right
    family with most must-haves shown in bullets, and a soup CV at most 1. Every (brief, soup
    CV, grade-3 CV) where the soup CV scores strictly higher is a violation; the target is none
    for the primary scorer. A soup CV that itself has grade 3 is not counted as soup for that
    brief (the grades overrule the flag).
    """
    settings = settings or Settings.model_validate({"isolate": False})
    if not k or min(k) < 1:
        raise ValueError("k must name at least one cut-off ≥ 1")
    data = load_dev_set(grades_csv, briefs_dir, cvs_dir, settings, only=briefs_only)
    if scorers is None:
        scorers = {
            "shortlist": ShortlistScorer(settings=settings, today=today),
            **baseline_scorers(),
        }
    if primary not in scorers:
        raise ValueError(f"the primary scorer {primary!r} is not among {sorted(scorers)}")
    names = metric_names(k)
    briefs = tuple(sorted(data.grades))

    all_scores: dict[str, dict[str, dict[str, float]]] = {}
    per_brief: dict[str, dict[str, dict[str, float]]] = {}  # scorer → metric → brief → value
    pairs: dict[str, list[PairOutcome]] = {}
    for name, scorer in scorers.items():
        all_scores[name], per_brief[name], pairs[name] = {}, {m: {} for m in names}, []
        for brief_id in briefs:
            grades = data.grades[brief_id]
            try:
                raw = scorer(data.briefs[brief_id], data.cvs)
            except RoleError as exc:  # a brief the scorer cannot read: a data error
                raise ValueError(f"brief {brief_id}: {exc}") from exc
            scores = {cv: float(raw.get(cv, -math.inf)) for cv in grades}
            all_scores[name][brief_id] = scores
            for metric, value in _brief_metrics(scores, grades, k, threshold).items():
                per_brief[name][metric][brief_id] = value
            brief_pairs = pair_outcomes(brief_id, scores, grades)
            pairs[name].extend(brief_pairs)
            per_brief[name][PAIRWISE][brief_id] = _nanmean([p.correct for p in brief_pairs])

    metrics = {
        name: tuple(_summary(m, per_brief[name][m], pairs[name], n_boot, seed) for m in names)
        for name in scorers
    }
    tests = tuple(
        _paired(m, primary, other, per_brief, pairs, n_boot, n_perm, seed)
        for other in scorers
        if other != primary
        for m in names
    )
    soup = _soup_ids(scorers, data, soup_cvs, settings, today)
    violations = {
        name: _soup_violations(name, all_scores[name], data.grades, soup) for name in scorers
    }
    misordered = tuple(
        sorted(
            (p for p in pairs[primary] if p.correct < 1.0),
            key=lambda p: (-(p.better_grade - p.worse_grade), p.brief_id, p.better, p.worse),
        )
    )
    by_grade_pair = {name: _by_grade_pair(pairs[name]) for name in scorers}
    return EvalReport(
        primary=primary,
        scorers=tuple(scorers),
        briefs=briefs,
        metrics=metrics,
        tests=tests,
        scores=all_scores,
        grades=data.grades,
        soup_cvs=soup,
        soup_violations=violations,
        misordered=misordered,
        by_grade_pair=by_grade_pair,
        errors=data.errors,
        ungraded=data.ungraded,
        k=tuple(k),
        threshold=threshold,
        seed=seed,
        n_boot=n_boot,
        n_perm=n_perm,
    )


def _summary(
    metric: str, by_brief: Mapping[str, float], pairs: list[PairOutcome], n_boot: int, seed: int
) -> MetricSummary:
    if metric == PAIRWISE:
        values = [p.correct for p in pairs]
        low, high = stratified_bootstrap_ci(
            values, [p.brief_id for p in pairs], n_boot=n_boot, seed=seed
        )
        return MetricSummary(metric, _nanmean(values), low, high, "pair", dict(by_brief))
    values = [by_brief[b] for b in sorted(by_brief)]
    low, high = bootstrap_ci(values, n_boot=n_boot, seed=seed)
    return MetricSummary(metric, _nanmean(values), low, high, "brief", dict(by_brief))


def _paired(
    metric: str,
    a: str,
    b: str,
    per_brief: Mapping[str, Mapping[str, Mapping[str, float]]],
    pairs: Mapping[str, list[PairOutcome]],
    n_boot: int,
    n_perm: int,
    seed: int,
) -> PairedTest:
    if metric == PAIRWISE:
        # Both scorers see the same pairs in the same order: the grades fix them.
        diffs = np.array(
            [pa.correct - pb.correct for pa, pb in zip(pairs[a], pairs[b], strict=True)]
        )
        strata = [p.brief_id for p in pairs[a]]
        low, high = stratified_bootstrap_ci(diffs, strata, n_boot=n_boot, seed=seed)
        unit: Unit = "pair"
    else:
        va, vb = per_brief[a][metric], per_brief[b][metric]
        diffs = np.array([va[x] - vb[x] for x in sorted(va)], dtype=np.float64)
        diffs = diffs[~np.isnan(diffs)]
        low, high = bootstrap_ci(diffs, n_boot=n_boot, seed=seed)
        unit = "brief"
    mean = float(diffs.mean()) if diffs.size else math.nan
    p = sign_flip_test(diffs, n_perm=n_perm, seed=seed)
    return PairedTest(metric, a, b, unit, int(diffs.size), mean, low, high, p)


def _soup_ids(
    scorers: Mapping[str, Scorer],
    data: DevSet,
    named: Sequence[str],
    settings: Settings,
    today: PartialDate | None,
) -> tuple[str, ...]:
    found = set(named)
    flagger = next((s for s in scorers.values() if isinstance(s, ShortlistScorer)), None)
    if flagger is None:
        flagger = ShortlistScorer(settings=settings, today=today)
    for brief_id in sorted(data.briefs):
        if brief_id not in flagger.shortlists:
            flagger(data.briefs[brief_id], data.cvs)
        found.update(cv for cv, flags in flagger.flags(brief_id).items() if "keyword_soup" in flags)
    return tuple(sorted(found))


def _soup_violations(
    scorer: str,
    scores: Mapping[str, Mapping[str, float]],
    grades: Mapping[str, Mapping[str, int]],
    soup: Sequence[str],
) -> tuple[SoupViolation, ...]:
    out: list[SoupViolation] = []
    for brief_id in sorted(scores):
        g, s = grades[brief_id], scores[brief_id]
        rich = sorted(cv for cv, grade in g.items() if grade == 3)
        for soup_cv in sorted(cv for cv in soup if cv in g and g[cv] < 3):
            for rich_cv in rich:
                if s[soup_cv] > s[rich_cv]:
                    out.append(
                        SoupViolation(scorer, brief_id, soup_cv, s[soup_cv], rich_cv, s[rich_cv])
                    )
    return tuple(out)


def _by_grade_pair(pairs: Sequence[PairOutcome]) -> dict[str, tuple[float, int]]:
    """Pairwise accuracy split by the two grades ("3>1": grade-3 CV vs grade-1 CV)."""
    groups: dict[str, list[float]] = {}
    for p in pairs:
        groups.setdefault(f"{p.better_grade}>{p.worse_grade}", []).append(p.correct)
    return {
        key: (math.fsum(groups[key]) / len(groups[key]), len(groups[key]))
        for key in sorted(groups, reverse=True)
    }
