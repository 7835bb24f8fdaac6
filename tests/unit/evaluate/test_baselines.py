"""The baselines rank an exact copy of the brief first and behave as documented."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pytest

from shortlist.evaluate import bm25_scores, keyword_rate_scores, order, tfidf_scores, tokenize

BRIEF = (
    "Senior MLOps engineer. Kubernetes, Docker, MLflow model registry, Terraform, "
    "Prometheus monitoring and drift detection for models in production."
)
POOL = {
    "copy": BRIEF,
    "backend": "Backend engineer. Java services, PostgreSQL, REST APIs and on-call for payments.",
    "analyst": "BI analyst. SQL dashboards in Looker and Tableau for the finance team.",
    "partial": "ML engineer. Trained models in PyTorch and deployed them with Docker.",
}


@pytest.mark.parametrize("score", [tfidf_scores, bm25_scores, keyword_rate_scores])
def test_an_exact_copy_of_the_brief_ranks_first(
    score: Callable[[str, Mapping[str, str]], dict[str, float]],
) -> None:
    scores = score(BRIEF, POOL)
    assert order(scores)[0] == "copy"
    assert set(scores) == set(POOL)


def test_tfidf_of_the_copy_is_cosine_one() -> None:
    assert tfidf_scores(BRIEF, POOL)["copy"] == pytest.approx(1.0)


def test_keyword_rate_is_the_share_of_brief_skills_present() -> None:
    scores = keyword_rate_scores(BRIEF, POOL)
    assert scores["copy"] == 1.0
    assert 0.0 < scores["partial"] < 1.0  # Docker only
    assert scores["analyst"] == 0.0


def test_bm25_ignores_stop_words_and_rewards_rarer_terms() -> None:
    assert "the" not in tokenize("The model and the data")
    scores = bm25_scores("terraform kubernetes", {"a": "terraform", "b": "kubernetes kubernetes"})
    assert scores["a"] > 0.0 and scores["b"] > 0.0


def test_empty_pools_give_empty_scores() -> None:
    assert tfidf_scores(BRIEF, {}) == {}
    assert bm25_scores(BRIEF, {}) == {}
    assert tfidf_scores(BRIEF, {"x": "a"}) == {"x": 0.0}  # no content word at all
