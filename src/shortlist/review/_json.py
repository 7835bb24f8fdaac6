"""Review → the documented JSON shape (docs/review.md).

The shape is a contract, like ``shortlist rank``'s: later versions may add keys but never remove
or rename one. The brief section reuses ``rank``'s requirement shape key for key, so a
candidate and a hiring manager read the same object.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from shortlist.match import FLAGS
from shortlist.render import role_dict
from shortlist.review._types import (
    BriefReading,
    BulletReview,
    Layer,
    Positioning,
    Review,
    SoupSkill,
)
from shortlist.types import EvidenceQuote, RequirementResult

__all__ = ["review_dict"]


def _quote(q: EvidenceQuote | None) -> dict[str, Any] | None:
    return None if q is None else asdict(q)


def _positioning(p: Positioning) -> dict[str, Any]:
    s = p.statement
    return {
        "family": p.family,
        "confidence": p.confidence,
        "runner_up": p.runner_up,
        "runner_up_confidence": p.runner_up_confidence,
        "specialism": p.specialism,
        "specialism_confidence": p.specialism_confidence,
        "domains": list(p.domains),
        "clear_target": p.clear_target,
        "target": p.target,
        "target_confidence": p.target_confidence,
        "notes": list(p.notes),
        "statement": {
            "reading": s.reading,
            "quote": _quote(s.quote),
            "family": s.family,
            "specialism": list(s.specialism),
            "domain": list(s.domain),
            "evidence": list(s.evidence),
            "stock_phrases": [asdict(q) for q in s.stock_phrases],
            "missing": list(s.missing),
        },
    }


def _layer(layer: Layer) -> dict[str, Any]:
    return {
        "name": layer.name,
        "title": layer.title,
        "status": layer.status,
        "checks": [
            {
                "name": c.name,
                "label": c.label,
                "present": c.present,
                "evidence": [asdict(q) for q in c.evidence],
                "advice": None if c.present else c.advice,
            }
            for c in layer.checks
        ],
        "missing": list(layer.missing),
    }


def _bullet(b: BulletReview) -> dict[str, Any]:
    return {
        **asdict(b.quote),
        "section": b.section,
        "kind": b.kind,
        "markers": list(b.markers),
        "skills": list(b.skills),
        "quantities": list(b.quantities),
        "lacks": list(b.lacks),
        "question": b.question,
    }


def _soup(s: SoupSkill) -> dict[str, Any]:
    return {
        "skill_id": s.skill_id,
        "name": s.name,
        "listed_at": asdict(s.listed_at),
        "relevance": s.relevance,
        "requirement": s.requirement,
        "gain": s.gain,
    }


def _requirement(r: RequirementResult) -> dict[str, Any]:
    """The same keys as a requirement in ``shortlist rank --format json``."""
    return {
        "requirement": r.requirement.label,
        "status": r.status,
        "evidence": [asdict(q) for q in r.evidence],
    }


def _brief(b: BriefReading) -> dict[str, Any]:
    m = b.match
    return {
        "role": role_dict(b.role),
        "score": m.score,
        "family": m.family,
        "flags": [{"flag": f, "meaning": FLAGS[f]} for f in m.flags],
        "must": [_requirement(r) for r in b.must],
        "nice": [_requirement(r) for r in b.nice],
        "highlights": [asdict(q) for q in m.highlights],
        "components": dict(m.components),
    }


def review_dict(review: Review) -> dict[str, Any]:
    """The JSON-ready dict of a review (docs/review.md)."""
    kinds = {"outcome": 0, "process": 0, "claim": 0}
    for b in review.bullets:
        kinds[b.kind] += 1
    return {
        "path": review.path,
        "positioning": _positioning(review.positioning),
        "layers": [_layer(layer) for layer in review.layers],
        "bullets": [_bullet(b) for b in review.bullets],
        "bullet_counts": kinds,
        "keyword_soup": [_soup(s) for s in review.keyword_soup],
        "genericness": review.genericness,
        "notices": list(review.notices),
        "brief": None if review.brief is None else _brief(review.brief),
    }
