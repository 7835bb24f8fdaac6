"""The scorer follows the scikit-learn estimator API and is monotone in every feature."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sklearn.base import clone

from shortlist.errors import NotFittedError
from shortlist.match import FEATURES, PRIOR_WEIGHTS, EvidenceScorer

features = st.lists(
    st.floats(0.0, 1.0, allow_nan=False), min_size=len(FEATURES), max_size=len(FEATURES)
)


def test_unfitted_predict_raises() -> None:
    with pytest.raises(NotFittedError, match="not fitted"):
        EvidenceScorer().predict(np.zeros((1, len(FEATURES))))


def test_prior_weights_cover_every_feature_and_sum_to_one() -> None:
    assert set(PRIOR_WEIGHTS) == set(FEATURES)
    weights = EvidenceScorer().fit_prior().weights()
    assert sum(weights.values()) == pytest.approx(1.0)
    assert all(w >= 0 for w in weights.values())


def test_clone_and_params_round_trip() -> None:
    scorer = EvidenceScorer(alpha=2.0)
    copy = clone(scorer)
    assert copy.get_params() == scorer.get_params()
    assert not hasattr(copy, "coef_")
    with pytest.raises(ValueError, match="invalid parameter"):
        scorer.set_params(bogus=1)


def test_fit_moves_weight_towards_the_feature_that_predicts_grades() -> None:
    rng = np.random.default_rng(0)
    X = rng.uniform(0, 1, size=(200, len(FEATURES)))
    informative = FEATURES.index("experimentation")
    y = 3.0 * X[:, informative]
    fitted = EvidenceScorer(alpha=0.01).fit(X, y).weights()
    prior = EvidenceScorer().fit_prior().weights()
    assert fitted["experimentation"] > 5 * prior["experimentation"]
    assert all(w >= 0 for w in fitted.values())


def test_fit_rejects_wrong_shapes() -> None:
    with pytest.raises(ValueError, match="must be"):
        EvidenceScorer().fit(np.zeros((3, 2)), np.zeros(3))


@given(features)
def test_scores_are_on_the_0_100_scale(row: list[float]) -> None:
    score = EvidenceScorer().fit_prior().predict(np.array([row]))[0]
    assert 0.0 <= score <= 100.0


@given(features, st.integers(0, len(FEATURES) - 1), st.floats(0.0, 1.0))
def test_more_of_any_feature_never_lowers_the_score(
    row: list[float], index: int, extra: float
) -> None:
    scorer = EvidenceScorer().fit_prior()
    better = list(row)
    better[index] = min(1.0, better[index] + extra)
    before, after = scorer.predict(np.array([row, better]))
    assert after >= before


def test_contributions_add_up_to_the_score() -> None:
    scorer = EvidenceScorer().fit_prior()
    row = dict(zip(FEATURES, np.linspace(0.1, 0.9, len(FEATURES)), strict=True))
    score = scorer.predict(np.array([[row[f] for f in FEATURES]]))[0]
    assert sum(scorer.contributions(row).values()) == pytest.approx(score, abs=0.1)
