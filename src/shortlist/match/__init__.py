"""match: (Signals, RoleSpec) → Match with quoted evidence; Matches → a ranked Shortlist."""

from __future__ import annotations

from shortlist.match._features import FEATURES, pair_features, requirement_results
from shortlist.match._match import FLAGS, match, rank, shortlist
from shortlist.match._scorer import PRIOR_WEIGHTS, EvidenceScorer

__all__ = [
    "FEATURES",
    "FLAGS",
    "PRIOR_WEIGHTS",
    "EvidenceScorer",
    "match",
    "pair_features",
    "rank",
    "requirement_results",
    "shortlist",
]
