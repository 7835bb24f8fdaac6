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
from shortlist.match._wording import (
    WORDING_SCALE,
    clean_lines,
    evidence_lines,
    evidence_terms,
    load_background,
    query_weights,
    role_wording,
    wording_fit,
)

__all__ = [
    "FEATURES",
    "FLAGS",
    "PRIOR_WEIGHTS",
    "WORDING_SCALE",
    "CandidateIndex",
    "EvidenceScorer",
    "IndexRanking",
    "build_index",
    "clean_lines",
    "evidence_lines",
    "evidence_terms",
    "feature_matrix",
    "load_background",
    "match",
    "pair_features",
    "query_weights",
    "rank",
    "rank_index",
    "requirement_results",
    "role_wording",
    "score_index",
    "shortlist",
    "wording_fit",
]
