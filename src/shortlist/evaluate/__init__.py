"""evaluate: measure rankers on a graded-relevance set, with uncertainty and baselines.

``evaluate(grades_csv, briefs_dir, cvs_dir)`` runs shortlist and three baselines (TF-IDF cosine,
BM25, keyword match-rate) on every graded brief and returns an ``EvalReport``: NDCG@k, MRR, P@k
and pairwise ordering accuracy with 95% bootstrap intervals, paired randomisation tests of
shortlist against each baseline, a keyword-soup check and the pairs shortlist misorders.
``render_report`` prints it for people, ``report_dict`` for machines. ``invariance_checks``
verifies that names, repeated skills and pasted keywords do not buy a score.

This is the engine behind ``shortlist eval``; it reads files only through ``ingest`` and
``shortlist.pipeline``, and every random draw comes from a seeded ``numpy`` Generator.
"""

from __future__ import annotations

from shortlist.evaluate._baselines import (
    BM25_B,
    BM25_K1,
    bm25_scores,
    brief_keywords,
    keyword_rate_scores,
    tfidf_scores,
    tokenize,
)
from shortlist.evaluate._data import DevSet, load_dev_set, read_grades, read_groups
from shortlist.evaluate._invariance import (
    PASTE_TOLERANCE,
    PEOPLE,
    InvarianceResult,
    invariance_checks,
    paste_keywords,
    read_markdown_folder,
    repeat_skills,
    swap_identity,
)
from shortlist.evaluate._metrics import (
    PairOutcome,
    mrr,
    ndcg_at,
    order,
    pair_outcomes,
    pairwise_accuracy,
    precision_at,
)
from shortlist.evaluate._report import render_report, report_dict
from shortlist.evaluate._run import (
    EvalReport,
    MetricSummary,
    PairedTest,
    SoupViolation,
    evaluate,
    metric_names,
)
from shortlist.evaluate._scorers import (
    DEFAULT_TODAY,
    BriefInput,
    CVInput,
    Scorer,
    ShortlistScorer,
    baseline_scorers,
)
from shortlist.evaluate._stats import bootstrap_ci, sign_flip_test, stratified_bootstrap_ci

__all__ = [
    "BM25_B",
    "BM25_K1",
    "DEFAULT_TODAY",
    "PASTE_TOLERANCE",
    "PEOPLE",
    "BriefInput",
    "CVInput",
    "DevSet",
    "EvalReport",
    "InvarianceResult",
    "MetricSummary",
    "PairOutcome",
    "PairedTest",
    "Scorer",
    "ShortlistScorer",
    "SoupViolation",
    "baseline_scorers",
    "bm25_scores",
    "bootstrap_ci",
    "brief_keywords",
    "evaluate",
    "invariance_checks",
    "keyword_rate_scores",
    "load_dev_set",
    "metric_names",
    "mrr",
    "ndcg_at",
    "order",
    "pair_outcomes",
    "pairwise_accuracy",
    "paste_keywords",
    "precision_at",
    "read_grades",
    "read_groups",
    "read_markdown_folder",
    "render_report",
    "repeat_skills",
    "report_dict",
    "sign_flip_test",
    "stratified_bootstrap_ci",
    "swap_identity",
    "tfidf_scores",
    "tokenize",
]
