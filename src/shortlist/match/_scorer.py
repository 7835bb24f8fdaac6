"""The scorer: a scikit-learn-compatible estimator over the pair features.

``EvidenceScorer().fit_prior()`` scores with the hand-set priors below (it works untrained);
``fit(X, y)`` learns non-negative weights from graded pairs (grades 0–3). Weights are
non-negative and every feature is non-decreasing in evidence, so more evidence never lowers a
score. The score is ``100 × Σ wᵢ·fᵢ`` with ``Σ wᵢ = 1``: the weighted share, 0–100, of what the
role asks for that the CV *shows* (docs/scoring.md).

scikit-learn is imported only inside ``fit``: the class follows its estimator API
(``get_params``/``set_params``, learned state ending in ``_``) without importing it, which keeps
``shortlist`` start-up fast.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from shortlist.errors import NotFittedError
from shortlist.match._features import FEATURES

__all__ = ["PRIOR_WEIGHTS", "EvidenceScorer"]

PRIOR_WEIGHTS: Mapping[str, float] = {
    "must_coverage": 0.34,
    "nice_coverage": 0.08,
    "role_evidence": 0.10,
    "family_fit": 0.12,
    "seniority_fit": 0.06,
    "domain_fit": 0.03,
    "specialism_fit": 0.04,
    "outcomes": 0.07,
    "production": 0.04,
    "experimentation": 0.03,
    "open_source": 0.02,
    "community": 0.02,
    "communication": 0.02,
    "specificity": 0.03,
}

FloatArray = npt.NDArray[np.float64]


class EvidenceScorer:
    """Linear, non-negative, monotone scorer of pair features → 0–100."""

    def __init__(self, prior: Mapping[str, float] | None = None, alpha: float = 0.5) -> None:
        self.prior = prior
        self.alpha = alpha  # how strongly `fit` shrinks towards the prior

    # scikit-learn estimator API ------------------------------------------------------------
    def get_params(self, deep: bool = True) -> dict[str, Any]:
        return {"prior": self.prior, "alpha": self.alpha}

    def set_params(self, **params: Any) -> EvidenceScorer:
        for key, value in params.items():
            if key not in ("prior", "alpha"):
                raise ValueError(f"invalid parameter {key!r} for EvidenceScorer")
            setattr(self, key, value)
        return self

    def _prior_vector(self) -> FloatArray:
        prior = dict(PRIOR_WEIGHTS if self.prior is None else self.prior)
        unknown = set(prior) - set(FEATURES)
        if unknown:
            raise ValueError(f"unknown features in prior: {sorted(unknown)}")
        w = np.array([max(0.0, float(prior.get(f, 0.0))) for f in FEATURES])
        if w.sum() <= 0:
            raise ValueError("prior weights must not all be zero")
        return np.asarray(w / w.sum(), dtype=np.float64)

    def fit_prior(self) -> EvidenceScorer:
        """Use the prior weights as they are (no training data needed)."""
        self.coef_ = self._prior_vector()
        self.n_features_in_ = len(FEATURES)
        return self

    def fit(self, X: FloatArray, y: FloatArray) -> EvidenceScorer:
        """Learn non-negative weights from pair features ``X`` and grades ``y`` (0–3).

        Ridge-like shrinkage towards the prior: the problem is solved as a non-negative least
        squares on ``[X; √α·I]`` against ``[y/3; √α·prior]``.
        """
        from scipy.optimize import nnls

        X = np.asarray(X, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] != len(FEATURES) or len(X) != len(y):
            raise ValueError(f"X must be (n, {len(FEATURES)}) and y (n,)")
        prior = self._prior_vector()
        k = np.sqrt(self.alpha)
        A = np.vstack([X, k * np.eye(len(FEATURES))])
        b = np.concatenate([y / 3.0, k * prior])
        w, _ = nnls(A, b)
        if w.sum() <= 0:
            w = prior
        self.coef_ = np.asarray(w / w.sum(), dtype=np.float64)
        self.n_features_in_ = len(FEATURES)
        return self

    def predict(self, X: FloatArray) -> FloatArray:
        if not hasattr(self, "coef_"):
            raise NotFittedError("EvidenceScorer is not fitted: call fit() or fit_prior()")
        X = np.asarray(X, dtype=np.float64)
        w = [float(v) for v in self.coef_]
        # math.fsum is correctly rounded, so scores are bit-identical on any IEEE-754 machine
        # (a BLAS dot product may sum in a different order on a different CPU).
        return np.array(
            [
                round(100.0 * math.fsum(a * b for a, b in zip(row, w, strict=True)), 2)
                for row in X.tolist()
            ],
            dtype=np.float64,
        )

    # convenience ---------------------------------------------------------------------------
    def weights(self) -> dict[str, float]:
        if not hasattr(self, "coef_"):
            raise NotFittedError("EvidenceScorer is not fitted: call fit() or fit_prior()")
        return {f: round(float(w), 6) for f, w in zip(FEATURES, self.coef_, strict=True)}

    def contributions(self, features: Mapping[str, float]) -> dict[str, float]:
        """Points (0–100 scale) each feature adds to the score."""
        w = self.weights()
        return {f: round(100.0 * w[f] * features[f], 2) for f in FEATURES}
