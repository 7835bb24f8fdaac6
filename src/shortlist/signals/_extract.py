"""RedactedProfile → Signals: skill mentions in context, bullet evidence, family and level.

A skill's *strength* is what the CV shows of it, not how often it is named:

* ``listed``    named in a skills list, the summary or the header only;
* ``used``      named in an experience, project, publication or community line;
* ``evidenced`` named in a line that reports a measured outcome or a scale.

Family scores mix three readings — skills weighted by strength and by the taxonomy's
per-family weights, the titles held (recent ones count more), and the evidence layers the
bullets show — into probabilities over the six families. ``other`` keeps a fixed prior mass,
so a CV with little AI/ML evidence reads as ``other``.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Mapping

from shortlist.signals._bullets import classify_bullet
from shortlist.signals._phrases import find_stock_phrases
from shortlist.signals._titles import families_for_title, is_other_title, seniority_for_title
from shortlist.taxonomy import Taxonomy
from shortlist.types import (
    FAMILIES,
    Bullet,
    BulletEvidence,
    Family,
    MentionContext,
    Position,
    RedactedProfile,
    Section,
    SectionKind,
    Seniority,
    Signals,
    SkillMention,
    Span,
    Strength,
)

__all__ = ["STRENGTH_VALUE", "extract"]

STRENGTH_VALUE: Mapping[Strength, float] = {"listed": 0.1, "used": 0.6, "evidenced": 1.0}
# What a skill tells about the family and specialisms a CV *works in*: listing a tool says
# nothing (pasting a brief's keywords must not move a candidate into its family).
_SHOWN_VALUE: Mapping[Strength, float] = {"listed": 0.0, "used": 0.6, "evidenced": 1.0}
_STRENGTH_ORDER: Mapping[Strength, int] = {"listed": 0, "used": 1, "evidenced": 2}

_BULLET_CONTEXT: Mapping[SectionKind, MentionContext] = {
    "experience": "experience",
    "projects": "project",
    "open_source": "project",
    "publications": "publication",
    "education": "education",
    "certifications": "education",
    "summary": "summary",
    "header": "summary",
    "community": "other",
    "awards": "other",
}
_SECTION_CONTEXT: Mapping[SectionKind, MentionContext] = {
    "skills": "skills_list",
    "summary": "summary",
    "header": "summary",
    "education": "education",
    "certifications": "education",
    "publications": "publication",
    "experience": "experience",
    "projects": "project",
    "open_source": "project",
}
# contexts in which naming a skill shows use of it
_USE_CONTEXTS = frozenset({"experience", "project", "publication", "other"})

_LAYER_FAMILY: Mapping[str, Mapping[Family, float]] = {
    "production": {"applied_ml": 0.6, "mlops": 0.6, "applied_ai": 0.3},
    "experimentation": {"data_science": 0.7, "applied_ml": 0.3, "research": 0.2},
    "open_source": {"mlops": 0.2, "research": 0.2, "applied_ai": 0.2},
}


def extract(profile: RedactedProfile, taxonomy: Taxonomy) -> Signals:
    """Read the evidence in one redacted profile. Pure and deterministic."""
    text = profile.text
    urls = _url_spans(text)
    hits = [h for h in taxonomy.find(text) if not (urls and _inside(urls, h.start, h.end))]
    bullets = sorted(profile.bullets, key=lambda b: b.span.start)
    starts = [b.span.start for b in bullets]

    skills_by_bullet: dict[int, list[str]] = defaultdict(list)
    located: list[tuple[int | None, str, Span]] = []
    for hit in hits:
        i = bisect.bisect_right(starts, hit.start) - 1
        inside = i if i >= 0 and hit.end <= bullets[i].span.end else None
        if inside is not None and hit.skill_id not in skills_by_bullet[inside]:
            skills_by_bullet[inside].append(hit.skill_id)
        located.append((inside, hit.skill_id, Span(hit.start, hit.end)))

    evidence = tuple(
        classify_bullet(b, tuple(skills_by_bullet.get(i, ()))) for i, b in enumerate(bullets)
    )
    sections = sorted(profile.sections, key=lambda s: s.span.start)
    section_starts = [s.span.start for s in sections]
    mentions = tuple(
        _mention(
            taxonomy, skill_id, span, text, bullets, evidence, inside, sections, section_starts
        )
        for inside, skill_id, span in located
    )
    best = _best_strengths(mentions)
    stock = find_stock_phrases(text)
    family_evidence = _family_evidence(taxonomy, best, profile, evidence)
    total = sum(family_evidence.values())
    family_scores = {f: round(family_evidence[f] / total, 6) for f in FAMILIES}
    years = profile.years_experience
    return Signals(
        profile=profile,
        mentions=mentions,
        bullets=evidence,
        family_scores=family_scores,
        family_evidence=family_evidence,
        specialisms=_specialisms(taxonomy, best),
        domains=_domains(taxonomy, best),
        seniority=_seniority(profile, years),
        years_experience=years,
        genericness=_genericness(best, evidence, len(stock)),
        stock_phrases=stock,
    )


_URL_HOSTS = re.compile(r"(?:https?://|www\.|\.(?:com|org|io|ai|co|dev|net|app)\b/?)")
_URL_STOP = frozenset(" \t\n\r\f\v()<>[]")


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the white-space-free chunks that hold a URL marker, in order, merged."""
    spans: list[tuple[int, int]] = []
    for m in _URL_HOSTS.finditer(text):
        left = m.start()
        while left > 0 and text[left - 1] not in _URL_STOP and not text[left - 1].isspace():
            left -= 1
        right = m.end()
        while right < len(text) and text[right] not in _URL_STOP and not text[right].isspace():
            right += 1
        if spans and left <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], right))
        else:
            spans.append((left, right))
    return spans


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies in one of the URL chunks ("github.com/..." is no mention of
    git)."""
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _mention(
    taxonomy: Taxonomy,
    skill_id: str,
    span: Span,
    text: str,
    bullets: list[Bullet],
    evidence: tuple[BulletEvidence, ...],
    inside: int | None,
    sections: list[Section],
    section_starts: list[int],
) -> SkillMention:
    context: MentionContext
    strength: Strength = "listed"
    if inside is not None:
        bullet = bullets[inside]
        context = _BULLET_CONTEXT.get(bullet.section, "other")
        if context in _USE_CONTEXTS:
            ev = evidence[inside]
            shown = ev.kind == "outcome" or "scale" in ev.markers
            strength = "evidenced" if shown else "used"
    else:
        context = _SECTION_CONTEXT.get(_section_at(sections, section_starts, span.start), "other")
    return SkillMention(
        skill_id=skill_id,
        name=taxonomy.get(skill_id).name,
        span=span,
        text=span.of(text),
        context=context,
        strength=strength,
    )


def _section_at(sections: list[Section], starts: list[int], offset: int) -> SectionKind:
    """The kind of the latest-starting section that contains ``offset`` ("other" if none)."""
    for i in range(bisect.bisect_right(starts, offset) - 1, -1, -1):
        if offset < sections[i].span.end:
            return sections[i].kind
    return "other"


def _best_strengths(mentions: tuple[SkillMention, ...]) -> dict[str, Strength]:
    best: dict[str, Strength] = {}
    for m in mentions:
        old = best.get(m.skill_id)
        if old is None or _STRENGTH_ORDER[m.strength] > _STRENGTH_ORDER[old]:
            best[m.skill_id] = m.strength
    return best


def _family_evidence(
    taxonomy: Taxonomy,
    best: Mapping[str, Strength],
    profile: RedactedProfile,
    evidence: tuple[BulletEvidence, ...],
) -> dict[Family, float]:
    raw: dict[Family, float] = dict.fromkeys(FAMILIES, 0.0)
    for skill_id, strength in sorted(best.items()):
        value = _SHOWN_VALUE[strength]
        if value == 0.0:
            continue  # adds exactly nothing
        weights = taxonomy.get(skill_id).family_weights
        for family in FAMILIES:
            raw[family] += 0.5 * weights.get(family, 0.0) * value
    other = 1.5
    for age, position in enumerate(sorted(profile.positions, key=_recency)):
        weight = 3.0 if age == 0 else 1.5 if age == 1 else 0.75
        matched = families_for_title(position.title)
        for family in matched:
            raw[family] += weight / len(matched)
        if is_other_title(position.title):
            other += weight
    for ev in evidence:
        for marker in ev.markers:
            for family, w in _LAYER_FAMILY.get(marker, {}).items():
                raw[family] += 0.25 * w
    if any(s.kind == "publications" for s in profile.sections):
        raw["research"] += 1.5
    raw["other"] = other
    return {f: round(v, 6) for f, v in raw.items()}


def _recency(position: Position) -> tuple[int, int]:
    """Sort key: current and latest-ending positions first."""
    end = 10**6 if position.current else position.end.months() if position.end else -1
    start = position.start.months() if position.start else -1
    return (-end, -start)


def _specialisms(taxonomy: Taxonomy, best: Mapping[str, Strength]) -> dict[str, float]:
    mass: dict[str, float] = defaultdict(float)
    for skill_id, strength in best.items():
        for spec in taxonomy.get(skill_id).specialisms:
            mass[spec] += _SHOWN_VALUE[strength]
    return {k: round(1.0 - math.exp(-v / 2.0), 6) for k, v in sorted(mass.items())}


def _domains(taxonomy: Taxonomy, best: Mapping[str, Strength]) -> tuple[str, ...]:
    found = [
        (STRENGTH_VALUE[s], skill_id)
        for skill_id, s in best.items()
        if taxonomy.get(skill_id).category == "domain"
    ]
    return tuple(skill_id for _, skill_id in sorted(found, key=lambda x: (-x[0], x[1])))


def _seniority(profile: RedactedProfile, years: float | None) -> Seniority | None:
    by_years: Seniority | None = None
    if years is not None:  # staff and principal are titles, not a number of years
        by_years = "junior" if years < 2 else "mid" if years < 5 else "senior"
    positions = sorted(profile.positions, key=_recency)
    level = seniority_for_title(positions[0].title) if positions else None
    return by_years if level is None else level


def _genericness(
    best: Mapping[str, Strength], evidence: tuple[BulletEvidence, ...], stock_phrases: int
) -> float:
    listed = sum(1 for s in best.values() if s == "listed")
    listed_share = listed / len(best) if best else 1.0
    claim_share = sum(1 for e in evidence if e.kind == "claim") / len(evidence) if evidence else 1.0
    stock = 1.0 - math.exp(-stock_phrases / 2.0)
    return round(0.45 * listed_share + 0.35 * claim_share + 0.2 * stock, 6)
