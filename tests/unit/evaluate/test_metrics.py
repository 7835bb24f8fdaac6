"""Ranking metrics on tiny cases computed by hand."""

from __future__ import annotations

import math

import pytest

from shortlist.evaluate import (
    mrr,
    ndcg_at,
    order,
    pair_outcomes,
    pairwise_accuracy,
    precision_at,
)


def test_ndcg_of_the_ideal_ranking_is_one() -> None:
    grades = [3, 2, 2, 1, 0, 0]
    assert ndcg_at(grades, grades, 5) == pytest.approx(1.0)
    assert ndcg_at(grades, grades, 10) == pytest.approx(1.0)


def test_ndcg_of_the_reversed_ranking_matches_the_hand_computation() -> None:
    # gains 2^g - 1 for grades 0, 1, 2, 3 are 0, 1, 3, 7; discounts log2(2..5)
    dcg = 0 / math.log2(2) + 1 / math.log2(3) + 3 / math.log2(4) + 7 / math.log2(5)
    ideal = 7 / math.log2(2) + 3 / math.log2(3) + 1 / math.log2(4) + 0 / math.log2(5)
    assert ndcg_at([0, 1, 2, 3], [3, 2, 1, 0], 4) == pytest.approx(dcg / ideal)
    assert dcg / ideal == pytest.approx(0.5478, abs=1e-4)


def test_ndcg_ideal_uses_every_graded_cv_not_only_the_ranked_ones() -> None:
    # the scorer lost the grade-3 CV: its ranking of the rest cannot be perfect
    assert ndcg_at([2, 1], [3, 2, 1], 3) < 1.0


def test_ndcg_is_undefined_without_any_gain_and_rejects_bad_k() -> None:
    assert math.isnan(ndcg_at([0, 0], [0, 0], 5))
    with pytest.raises(ValueError, match="k must be"):
        ndcg_at([1], [1], 0)


def test_mrr_uses_the_first_cv_at_the_threshold() -> None:
    assert mrr([1, 0, 2, 3]) == pytest.approx(1 / 3)
    assert mrr([1, 0, 2, 3], threshold=1) == 1.0
    assert mrr([3]) == 1.0
    assert math.isnan(mrr([1, 1, 0]))


def test_precision_at_k_counts_grade_two_and_up_and_pads_short_rankings() -> None:
    assert precision_at([3, 1, 2, 0, 2], 5) == pytest.approx(3 / 5)
    assert precision_at([3, 1, 2, 0, 2], 2) == pytest.approx(1 / 2)
    assert precision_at([3, 3], 5) == pytest.approx(2 / 5)
    assert precision_at([1, 1], 2, threshold=1) == 1.0


def test_order_breaks_score_ties_by_id() -> None:
    assert order({"b": 1.0, "a": 1.0, "c": 2.0}) == ["c", "a", "b"]


def test_pairwise_accuracy_counts_ties_half_and_skips_equal_grades() -> None:
    grades = {"a": 3, "b": 2, "c": 2, "d": 0}
    scores = {"a": 5.0, "b": 5.0, "c": 1.0, "d": 2.0}
    pairs = pair_outcomes("brief", scores, grades)
    # pairs with different grades: a>b (tie: 0.5), a>c (1), a>d (1), b>d (1), c>d (0)
    assert len(pairs) == 5
    assert {(p.better, p.worse): p.correct for p in pairs} == {
        ("a", "b"): 0.5,
        ("a", "c"): 1.0,
        ("a", "d"): 1.0,
        ("b", "d"): 1.0,
        ("c", "d"): 0.0,
    }
    assert pairwise_accuracy(pairs) == pytest.approx(3.5 / 5)


def test_an_unscored_cv_ranks_below_every_scored_one() -> None:
    pairs = pair_outcomes("brief", {"low": 0.0}, {"high": 3, "low": 0})
    assert [p.correct for p in pairs] == [0.0]
    assert math.isnan(pairwise_accuracy([]))
