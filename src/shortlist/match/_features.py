"""Pair features: what one CV shows against one role, each feature in [0, 1], higher = better.

Every feature is non-decreasing in evidence: adding a line that shows a skill, an outcome or a
layer never lowers any of them (the monotonicity tests in tests/model check this). Listing a
skill counts for little (``STRENGTH_VALUE["listed"]``), and repeating it counts for nothing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from shortlist.signals import STRENGTH_VALUE
from shortlist.types import (
    SENIORITIES,
    BulletEvidence,
    EvidenceQuote,
    Requirement,
    RequirementResult,
    RequirementStatus,
    RoleSpec,
    Seniority,
    Signals,
    SkillMention,
    Span,
    Strength,
)

__all__ = ["FEATURES", "pair_features", "quote", "requirement_results"]

FEATURES: tuple[str, ...] = (
    "must_coverage",
    "nice_coverage",
    "role_evidence",
    "family_fit",
    "seniority_fit",
    "domain_fit",
    "specialism_fit",
    "outcomes",
    "production",
    "experimentation",
    "open_source",
    "community",
    "communication",
    "specificity",
)

_ORDER: Mapping[Strength, int] = {"listed": 0, "used": 1, "evidenced": 2}
_STATUS: Mapping[Strength, RequirementStatus] = {
    "listed": "listed",
    "used": "met",
    "evidenced": "met",
}
_MAX_QUOTES = 2


def _saturate(n: float, scale: float) -> float:
    return 1.0 - math.exp(-n / scale)


def quote(signals: Signals, span: Span) -> EvidenceQuote:
    """The candidate's own words at ``span`` (redacted), with offsets into the original text."""
    original = signals.profile.offsets.to_original(span)
    return EvidenceQuote(text=span.of(signals.profile.text), start=original.start, end=original.end)


def _line_span(text: str, span: Span) -> Span:
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def requirement_results(
    signals: Signals, requirements: tuple[Requirement, ...]
) -> tuple[tuple[RequirementResult, float], ...]:
    """Each requirement's status, quoted evidence and credit (0 missing … 1 evidenced)."""
    by_skill: dict[str, list[SkillMention]] = {}
    for m in signals.mentions:
        by_skill.setdefault(m.skill_id, []).append(m)
    bullet_at = {ev.bullet.span: ev for ev in signals.bullets}
    out = []
    for req in requirements:
        mentions = [m for sid in req.skill_ids for m in by_skill.get(sid, ())]
        if not mentions:
            out.append((RequirementResult(req, "missing"), 0.0))
            continue
        best = max(mentions, key=lambda m: (_ORDER[m.strength], -m.span.start)).strength
        out.append(
            (
                RequirementResult(req, _STATUS[best], _quotes(signals, mentions, best, bullet_at)),
                STRENGTH_VALUE[best],
            )
        )
    return tuple(out)


def _quotes(
    signals: Signals,
    mentions: list[SkillMention],
    best: Strength,
    bullet_at: Mapping[Span, BulletEvidence],
) -> tuple[EvidenceQuote, ...]:
    text = signals.profile.text
    if best == "listed":
        spans = sorted({_line_span(text, m.span) for m in mentions}, key=lambda s: s.start)
        return tuple(quote(signals, s) for s in spans[:_MAX_QUOTES])
    lines: dict[Span, float] = {}
    for m in mentions:
        if m.strength == "listed":
            continue
        for span, ev in bullet_at.items():
            if span.start <= m.span.start and m.span.end <= span.end:
                lines[span] = ev.strength
    ranked = sorted(lines, key=lambda s: (-lines[s], s.start))
    return tuple(quote(signals, s) for s in ranked[:_MAX_QUOTES])


def _coverage(results: tuple[tuple[RequirementResult, float], ...]) -> float | None:
    if not results:
        return None
    return math.fsum(credit for _, credit in results) / len(results)


def _seniority_fit(candidate: Seniority | None, role: Seniority | None) -> float:
    if candidate is None or role is None:
        return 0.5
    d = SENIORITIES.index(candidate) - SENIORITIES.index(role)
    if d == 0:
        return 1.0
    if d > 0:  # more senior than asked: a smaller concern than less senior
        return {1: 0.75, 2: 0.4}.get(d, 0.2)
    return {-1: 0.5, -2: 0.15}.get(d, 0.0)


def pair_features(
    signals: Signals,
    role: RoleSpec,
    must: tuple[tuple[RequirementResult, float], ...],
    nice: tuple[tuple[RequirementResult, float], ...],
) -> dict[str, float]:
    """The named features of FEATURES for one (CV, role) pair."""
    must_cov = _coverage(must)
    nice_cov = _coverage(nice)
    must_cov = nice_cov if must_cov is None else must_cov
    nice_cov = must_cov if nice_cov is None else nice_cov
    role_skills = {sid for r in role.must + role.nice for sid in r.skill_ids}
    relevant = sum(
        1 for ev in signals.bullets if ev.kind == "outcome" and role_skills.intersection(ev.skills)
    )
    layer = {
        name: sum(1 for ev in signals.bullets if name in ev.markers)
        for name in ("production", "experimentation", "open_source", "community", "communication")
    }
    outcomes = sum(1 for ev in signals.bullets if ev.kind == "outcome")
    spec_fit = (
        math.fsum(signals.specialisms.get(s, 0.0) for s in role.specialisms) / len(role.specialisms)
        if role.specialisms
        else 0.5
    )
    must_cov = must_cov or 0.0
    # Family fit is relative — how much of what the CV shows is the role's kind of work — so
    # it is the one feature that evidence for *another* family can lower (docs/scoring.md).
    top = max(signals.family_scores.values())
    family_fit = signals.family_scores.get(role.family, 0.0) / top if top > 0 else 0.0
    # Evidence layers count as far as the CV is relevant to this role: a strong production
    # record in another family's work is worth less here. Relevance counts only requirements
    # *shown*, so pasting keywords cannot raise it. A product of non-decreasing factors, so
    # the score stays monotone in evidence.
    shown = [credit if r.status == "met" else 0.0 for r, credit in must or nice]
    # math.fsum, not sum: sum's algorithm changed in Python 3.12, fsum is the same everywhere
    relevance = 0.5 * (math.fsum(shown) / len(shown) if shown else 0.0) + 0.5 * family_fit
    features = {
        "must_coverage": must_cov,
        "nice_coverage": nice_cov or 0.0,
        "role_evidence": _saturate(relevant, 3.0),
        "family_fit": family_fit,
        "seniority_fit": _seniority_fit(signals.seniority, role.seniority),
        "domain_fit": 0.5 if role.domain is None else float(role.domain in signals.domains),
        "specialism_fit": spec_fit,
        "outcomes": relevance * _saturate(outcomes, 4.0),
        "production": relevance * _saturate(layer["production"], 3.0),
        "experimentation": relevance * _saturate(layer["experimentation"], 2.0),
        "open_source": relevance * _saturate(layer["open_source"], 1.5),
        "community": relevance * _saturate(layer["community"], 1.5),
        "communication": relevance * _saturate(layer["communication"], 1.5),
        "specificity": relevance * (1.0 - signals.genericness),
    }
    return {name: round(features[name], 6) for name in FEATURES}
