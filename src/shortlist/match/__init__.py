"""match: (Signals, RoleSpec) → Match with quoted evidence; Matches → a ranked Shortlist."""

from __future__ import annotations

from shortlist.match._batch import (
    CandidateIndex,
    IndexRanking,
    build_index,
    feature_matrix,
    rank_index,
    score_index,
)
from shortlist.match._features import FEATURES, pair_features, requirement_results
from shortlist.match._match import FLAGS, match, rank, shortlist
from shortlist.match._scorer import PRIOR_WEIGHTS, EvidenceScorer

__all__ = [
    "FEATURES",
    "FLAGS",
    "PRIOR_WEIGHTS",
    "CandidateIndex",
    "EvidenceScorer",
    "IndexRanking",
    "build_index",
    "feature_matrix",
    "match",
    "pair_features",
    "rank",
    "rank_index",
    "requirement_results",
    "score_index",
    "shortlist",
]
