"""Ranking metrics over graded relevance (grades 0–3), one brief at a time.

Every function here takes a ranking that is already ordered (best first) as the grades of the
ranked CVs, so the metrics know nothing of scores or ids and are easy to check by hand. The one
place scores become an order is ``order``: score descending, then ``cv_id`` ascending, so two
runs (and two machines) break ties the same way and a scorer cannot win by luck of a sort.

Conventions, stated because papers differ on them:

* NDCG uses gain ``2**g - 1`` and discount ``log2(rank + 1)``; the ideal DCG is computed from
  *all* graded CVs of the brief (not only those the scorer ranked), so a scorer that loses a CV
  is not flattered. A brief with no CV of grade ≥ 1 has no defined NDCG (``nan``).
* MRR and P@k call a CV relevant at grade ≥ ``threshold`` (2 by default: "worth a screen").
  A brief with no relevant CV has no defined MRR (``nan``); P@k is defined (it is 0).
* Pairwise ordering accuracy looks at every pair of CVs of one brief with different grades:
  1 if the higher-graded CV scores higher, 0.5 on a score tie, 0 otherwise. There are far more
  pairs than briefs, which is why the significance test also runs over pairs.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "PairOutcome",
    "mrr",
    "ndcg_at",
    "order",
    "pair_outcomes",
    "pairwise_accuracy",
    "precision_at",
]


def order(scores: Mapping[str, float]) -> list[str]:
    """CV ids best first: score descending, then id ascending (deterministic tie-break)."""
    return sorted(scores, key=lambda cv_id: (-scores[cv_id], cv_id))


def _dcg(grades: Sequence[int], k: int) -> float:
    return math.fsum((2.0**g - 1.0) / math.log2(i + 2) for i, g in enumerate(grades[:k]))


def ndcg_at(ranked_grades: Sequence[int], all_grades: Sequence[int], k: int) -> float:
    """NDCG@k of a ranking given as grades best first; ``all_grades`` builds the ideal."""
    if k < 1:
        raise ValueError(f"k must be ≥ 1, got {k}")
    ideal = _dcg(sorted(all_grades, reverse=True), k)
    if ideal == 0.0:
        return math.nan
    return _dcg(ranked_grades, k) / ideal


def mrr(ranked_grades: Sequence[int], threshold: int = 2) -> float:
    """Reciprocal rank of the first CV with grade ≥ threshold; ``nan`` if there is none."""
    for i, g in enumerate(ranked_grades):
        if g >= threshold:
            return 1.0 / (i + 1)
    return math.nan


def precision_at(ranked_grades: Sequence[int], k: int, threshold: int = 2) -> float:
    """Share of the top k that have grade ≥ threshold (a ranking shorter than k counts as k)."""
    if k < 1:
        raise ValueError(f"k must be ≥ 1, got {k}")
    return sum(1 for g in ranked_grades[:k] if g >= threshold) / k


@dataclass(frozen=True, slots=True)
class PairOutcome:
    """One pair of CVs of one brief with different grades, and whether a scorer ordered it.

    ``better`` is the higher-graded CV. ``correct`` is 1 (ordered right), 0.5 (tied) or 0.
    """

    brief_id: str
    better: str
    worse: str
    better_grade: int
    worse_grade: int
    better_score: float
    worse_score: float
    correct: float


def pair_outcomes(
    brief_id: str, scores: Mapping[str, float], grades: Mapping[str, int]
) -> list[PairOutcome]:
    """Every differently-graded pair of the graded CVs, in a fixed order (by id).

    A graded CV the scorer did not score (a file that failed to read) scores ``-inf``: losing
    a CV must cost a scorer, not spare it a hard pair.
    """
    ids = sorted(grades)
    out: list[PairOutcome] = []
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if grades[a] == grades[b]:
                continue
            better, worse = (a, b) if grades[a] > grades[b] else (b, a)
            sb = scores.get(better, -math.inf)
            sw = scores.get(worse, -math.inf)
            correct = 1.0 if sb > sw else 0.5 if sb == sw else 0.0
            out.append(
                PairOutcome(brief_id, better, worse, grades[better], grades[worse], sb, sw, correct)
            )
    return out


def pairwise_accuracy(outcomes: Sequence[PairOutcome]) -> float:
    """Share of pairs ordered correctly (ties count half); ``nan`` when there are no pairs."""
    if not outcomes:
        return math.nan
    return math.fsum(p.correct for p in outcomes) / len(outcomes)
