"""(Signals, RoleSpec) → Match, and many Matches → ranked, with ties explicit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from shortlist.match._features import FEATURES, pair_features, quote, requirement_results
from shortlist.match._scorer import EvidenceScorer
from shortlist.types import (
    SENIORITIES,
    EvidenceQuote,
    FileError,
    Match,
    RankedMatch,
    RoleSpec,
    Shortlist,
    Signals,
)

__all__ = ["FLAGS", "match", "rank", "shortlist"]

FLAGS: dict[str, str] = {
    "hidden_text": "the file hides text (it was left out of the score and is shown to you)",
    "invisible_unicode": "the file carries invisible Unicode characters (removed)",
    "keyword_soup": "many tools listed that no line of experience shows",
    "seniority_mismatch": "two or more levels away from the role's seniority",
    "family_mismatch": "the CV reads as another role family",
    "no_outcomes": "no line reports a measured outcome",
}
_NOTICE_FLAGS = frozenset({"hidden_text", "invisible_unicode"})
_HIGHLIGHTS = 3


def match(
    signals: Signals,
    role: RoleSpec,
    scorer: EvidenceScorer,
    *,
    path: str,
    notices: Iterable[str] = (),
) -> Match:
    """Read one candidate against one role. ``notices`` are the document's warning codes."""
    must = requirement_results(signals, role.must)
    nice = requirement_results(signals, role.nice)
    features = pair_features(signals, role, must, nice)
    score = float(scorer.predict(np.array([[features[f] for f in FEATURES]]))[0])
    components = scorer.contributions(features)
    return Match(
        path=path,
        score=score,
        family=signals.family,
        components=components,
        requirements=tuple(r for r, _ in must + nice),
        highlights=_highlights(signals, role),
        flags=_flags(signals, role, notices),
    )


def _highlights(signals: Signals, role: RoleSpec) -> tuple[EvidenceQuote, ...]:
    role_skills = {sid for r in role.must + role.nice for sid in r.skill_ids}
    ranked = sorted(
        (ev for ev in signals.bullets if ev.kind != "claim"),
        key=lambda ev: (
            -(ev.strength * (1.5 if role_skills.intersection(ev.skills) else 1.0)),
            ev.bullet.span.start,
        ),
    )
    return tuple(quote(signals, ev.bullet.span) for ev in ranked[:_HIGHLIGHTS])


def _flags(signals: Signals, role: RoleSpec, notices: Iterable[str]) -> tuple[str, ...]:
    flags = set(_NOTICE_FLAGS.intersection(notices))
    listed_only = {m.skill_id for m in signals.mentions} - {
        m.skill_id for m in signals.mentions if m.strength != "listed"
    }
    if signals.genericness >= 0.6 or (len(listed_only) >= 12 and signals.genericness >= 0.45):
        flags.add("keyword_soup")
    if signals.seniority is not None and role.seniority is not None:
        gap = abs(SENIORITIES.index(signals.seniority) - SENIORITIES.index(role.seniority))
        if gap >= 2:
            flags.add("seniority_mismatch")
    if signals.family != role.family:
        flags.add("family_mismatch")
    if not any(ev.kind == "outcome" for ev in signals.bullets):
        flags.add("no_outcomes")
    return tuple(f for f in FLAGS if f in flags)


def rank(matches: Sequence[Match]) -> tuple[RankedMatch, ...]:
    """Order by score (then path, for a stable order); equal scores share a rank, marked tied."""
    ordered = sorted(matches, key=lambda m: (-m.score, m.path))
    counts: dict[float, int] = {}
    for m in ordered:
        counts[m.score] = counts.get(m.score, 0) + 1
    out: list[RankedMatch] = []
    for i, m in enumerate(ordered):
        rank_ = i + 1 if i == 0 or ordered[i - 1].score != m.score else out[-1].rank
        out.append(RankedMatch(rank=rank_, match=m, tied=counts[m.score] > 1))
    return tuple(out)


def shortlist(
    role: RoleSpec, matches: Sequence[Match], errors: Sequence[FileError] = ()
) -> Shortlist:
    return Shortlist(
        role=role,
        ranked=rank(matches),
        errors=tuple(sorted(errors, key=lambda e: e.path)),
    )
