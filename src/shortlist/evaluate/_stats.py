"""Uncertainty for small evaluation sets: bootstrap intervals and paired randomisation tests.

Why these and not t-intervals: per-brief metric values are bounded, skewed and few (the dev set
has four briefs), so no normal approximation holds. The percentile bootstrap makes no shape
assumption; the paired sign-flip test asks the only question that matters for "is A better
than B on these data" — if A and B were exchangeable, how often would a difference this large
appear by swapping their labels unit by unit?

Two units, because they answer different questions:

* **briefs** — the honest unit for "does this generalise to other roles", but with n briefs a
  sign-flip test cannot reach p below ``2 / 2**n`` (0.125 for four briefs); with ≤ 16 units the
  test enumerates every sign pattern exactly.
* **pairs** — CV pairs of different grade within a brief. Many more units, so far more power,
  but pairs share CVs and briefs, so they are not independent and the p-value is optimistic.
  Bootstrap intervals for pairs resample *within each brief* (stratified), keeping each brief's
  weight fixed.

Every function is deterministic given ``seed`` (a ``numpy.random.Generator``).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

__all__ = ["EXACT_MAX_UNITS", "bootstrap_ci", "sign_flip_test", "stratified_bootstrap_ci"]

EXACT_MAX_UNITS = 16  # sign_flip_test enumerates every sign pattern up to this many units

FloatArray = NDArray[np.float64]


def _as_array(values: Sequence[float] | FloatArray) -> FloatArray:
    arr = np.asarray(values, dtype=np.float64)
    if arr.ndim != 1:
        raise ValueError("expected a 1-D sequence of values")
    return arr[~np.isnan(arr)]


def _percentile_interval(stats: FloatArray, level: float) -> tuple[float, float]:
    alpha = (1.0 - level) / 2.0
    low, high = np.quantile(stats, [alpha, 1.0 - alpha])
    return float(low), float(high)


def bootstrap_ci(
    values: Sequence[float] | FloatArray,
    *,
    n_boot: int = 2000,
    seed: int = 0,
    level: float = 0.95,
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean, resampling units with replacement.

    ``nan`` values (a metric undefined for that unit) are dropped first. With no values the
    interval is ``(nan, nan)``; with one value it is that value twice.
    """
    arr = _as_array(values)
    if arr.size == 0:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, arr.size, size=(n_boot, arr.size))
    return _percentile_interval(arr[idx].mean(axis=1), level)


def stratified_bootstrap_ci(
    values: Sequence[float] | FloatArray,
    strata: Sequence[str],
    *,
    n_boot: int = 2000,
    seed: int = 0,
    level: float = 0.95,
) -> tuple[float, float]:
    """Percentile bootstrap interval of the overall mean, resampling within each stratum.

    Each stratum keeps its size, so the statistic stays the same weighted mean as the point
    estimate (the share of all pairs ordered correctly).
    """
    arr = np.asarray(values, dtype=np.float64)
    if arr.shape != (len(strata),):
        raise ValueError("values and strata must have the same length")
    if arr.size == 0:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    totals = np.zeros(n_boot)
    labels = np.asarray(strata)
    for stratum in sorted(set(strata)):
        members = arr[labels == stratum]
        idx = rng.integers(0, members.size, size=(n_boot, members.size))
        totals += members[idx].sum(axis=1)
    return _percentile_interval(totals / arr.size, level)


def sign_flip_test(
    differences: Sequence[float] | FloatArray,
    *,
    n_perm: int = 10_000,
    seed: int = 0,
) -> float:
    """Two-sided p-value of a paired randomisation test on per-unit differences (A − B).

    Under the null, A and B are exchangeable on each unit, so each difference is as likely to
    have had the other sign. The statistic is ``|mean difference|``. With ≤ 16 units every
    sign pattern is enumerated (an exact p); otherwise ``n_perm`` random patterns are drawn and
    p = (1 + #{≥ observed}) / (1 + n_perm), which is never 0. All-zero differences give 1.
    """
    arr = _as_array(differences)
    if arr.size == 0 or not np.any(arr):
        return 1.0
    observed = abs(arr.mean())
    tol = 1e-12 * max(1.0, observed)
    if arr.size <= EXACT_MAX_UNITS:
        signs = np.array(list(itertools.product((1.0, -1.0), repeat=arr.size)))
        stats = np.abs(signs @ arr) / arr.size
        return float(np.mean(stats >= observed - tol))
    rng = np.random.default_rng(seed)
    hits = 0
    batch = 2000
    done = 0
    while done < n_perm:
        size = min(batch, n_perm - done)
        signs = rng.choice(np.array([1.0, -1.0]), size=(size, arr.size))
        hits += int(np.sum(np.abs(signs @ arr) / arr.size >= observed - tol))
        done += size
    return (1 + hits) / (1 + n_perm)
