"""Bootstrap intervals and the paired sign-flip test: coverage, determinism, power."""

from __future__ import annotations

import math

import numpy as np
import pytest

from shortlist.evaluate import bootstrap_ci, sign_flip_test, stratified_bootstrap_ci


def test_bootstrap_interval_contains_the_mean_and_repeats_with_the_seed() -> None:
    values = [0.9, 0.7, 0.8, 0.95, 0.6, 0.85]
    low, high = bootstrap_ci(values, n_boot=500, seed=3)
    assert low <= float(np.mean(values)) <= high
    assert low < high
    assert bootstrap_ci(values, n_boot=500, seed=3) == (low, high)
    assert bootstrap_ci(values, n_boot=500, seed=4) != (low, high)


def test_bootstrap_drops_undefined_values_and_handles_degenerate_input() -> None:
    assert bootstrap_ci([0.5, math.nan], n_boot=100) == (0.5, 0.5)
    low, high = bootstrap_ci([], n_boot=100)
    assert math.isnan(low) and math.isnan(high)


def test_stratified_bootstrap_keeps_each_stratum_and_contains_the_mean() -> None:
    values = [1.0] * 10 + [0.0] * 10 + [1.0, 0.0] * 5
    strata = ["a"] * 10 + ["b"] * 10 + ["c"] * 10
    low, high = stratified_bootstrap_ci(values, strata, n_boot=500, seed=0)
    assert low <= 0.5 <= high
    # strata a and b never vary: only c's resampling moves the overall mean
    assert high - low <= 10 / 30
    assert stratified_bootstrap_ci(values, strata, n_boot=500, seed=0) == (low, high)
    with pytest.raises(ValueError, match="same length"):
        stratified_bootstrap_ci([1.0], ["a", "b"])


def test_identical_scorers_give_p_one() -> None:
    assert sign_flip_test([0.0] * 50) == 1.0
    assert sign_flip_test([0.0, 0.0, 0.0, 0.0]) == 1.0


def test_exact_test_on_few_units_has_a_floor_of_two_over_two_to_the_n() -> None:
    # every one of 4 briefs favours A: the two most extreme of 16 sign patterns
    assert sign_flip_test([0.1, 0.2, 0.1, 0.3]) == pytest.approx(2 / 16)


def test_a_clearly_better_scorer_gets_a_small_p_and_the_p_repeats() -> None:
    rng = np.random.default_rng(0)
    diffs = rng.normal(0.3, 0.5, size=200)
    p = sign_flip_test(diffs, n_perm=2000, seed=1)
    assert p < 0.01
    assert sign_flip_test(diffs, n_perm=2000, seed=1) == p


def test_noise_alone_is_not_significant() -> None:
    rng = np.random.default_rng(1)
    diffs = rng.normal(0.0, 1.0, size=200)
    assert sign_flip_test(diffs, n_perm=2000, seed=0) > 0.05


def test_the_report_says_how_the_per_brief_test_was_run() -> None:
    from shortlist.evaluate._report import brief_test_note
    from shortlist.evaluate._stats import EXACT_MAX_UNITS

    exact = brief_test_note(4, 10_000)
    assert "exact enumeration" in exact
    assert "0.12" in exact  # 2 / 2**4
    drawn = brief_test_note(EXACT_MAX_UNITS + 8, 10_000)
    assert "exact" not in drawn
    assert "10000 random sign patterns" in drawn
    assert "0.0001" in drawn
    # the note follows the test: above the limit the test's p really is drawn, never below 1/(1+n)
    p = sign_flip_test([0.1] * (EXACT_MAX_UNITS + 8), n_perm=999)
    assert p == pytest.approx(1 / 1000)
