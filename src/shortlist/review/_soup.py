"""Keyword soup: skills a CV only lists, ordered by how much showing them would help.

A skill is *listed only* when every mention of it is ``listed`` (a skills list, the summary,
the header): no line of work shows it. That is the reading ``match`` gives it — a tenth of the
credit of a skill used in a line — so the list is also the candidate's cheapest gains. Broad
fields ("machine learning") and domains are left out: no single line shows a whole field, and a
domain belongs to the specialism layer.

Order, most helpful first:

* with a brief: the match points one outcome line showing the skill would add, computed by
  running ``match`` again with that skill's mentions read as ``evidenced`` (the engine itself,
  not a guess), then must-haves before nice-to-haves;
* always: the skill's weight for the target family in the taxonomy (the weight
  ``signals`` uses to read a CV's family), then the name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from shortlist.match import EvidenceScorer, match
from shortlist.review._positioning import BROAD_FIELDS
from shortlist.review._types import SoupSkill, quote
from shortlist.taxonomy import Taxonomy
from shortlist.types import Family, RoleSpec, Signals, SkillMention, Span

__all__ = ["keyword_soup", "listed_only"]


def listed_only(mentions: Iterable[SkillMention]) -> list[str]:
    """Skill ids named only in lists, in order of first mention."""
    mentions = tuple(mentions)
    shown = {m.skill_id for m in mentions if m.strength != "listed"}
    out: list[str] = []
    for m in sorted(mentions, key=lambda m: m.span.start):
        if m.skill_id not in shown and m.skill_id not in out:
            out.append(m.skill_id)
    return out


def _line(text: str, span: Span) -> Span:
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    while start < end and text[start] in " \t-*•":
        start += 1
    return Span(start, max(start, len(text[:end].rstrip())))


def _relevance(taxonomy: Taxonomy, skill_id: str, family: Family) -> float:
    weights = taxonomy.get(skill_id).family_weights
    if family == "other":
        return round(max(weights.values(), default=0.0), 3)
    return round(weights.get(family, 0.0), 3)


def keyword_soup(
    signals: Signals,
    taxonomy: Taxonomy,
    target: Family,
    role: RoleSpec | None = None,
    scorer: EvidenceScorer | None = None,
    baseline: float | None = None,
) -> tuple[SoupSkill, ...]:
    """Listed-only skills, most helpful to ``target`` (and to ``role``, if given) first."""
    first_at: dict[str, SkillMention] = {}
    for m in sorted(signals.mentions, key=lambda m: m.span.start):
        first_at.setdefault(m.skill_id, m)
    must = {sid for r in role.must for sid in r.skill_ids} if role else set()
    nice = {sid for r in role.nice for sid in r.skill_ids} if role else set()
    out = []
    for sid in listed_only(signals.mentions):
        if sid in BROAD_FIELDS or taxonomy.get(sid).category == "domain":
            continue  # no line can "show" a whole field; domains are the specialism layer's
        gain = None
        if role is not None and scorer is not None and baseline is not None:
            gain = round(_score_if_shown(signals, role, scorer, sid) - baseline, 2)
        out.append(
            SoupSkill(
                skill_id=sid,
                name=taxonomy.get(sid).name,
                listed_at=quote(signals, _line(signals.profile.text, first_at[sid].span)),
                relevance=_relevance(taxonomy, sid, target),
                requirement="must" if sid in must else "nice" if sid in nice else None,
                gain=gain,
            )
        )
    order = {"must": 0, "nice": 1, None: 2}
    out.sort(key=lambda s: (-(s.gain or 0.0), order[s.requirement], -s.relevance, s.name))
    return tuple(out)


def _score_if_shown(signals: Signals, role: RoleSpec, scorer: EvidenceScorer, sid: str) -> float:
    """The match score if a line showed ``sid`` with a measured outcome."""
    shown = tuple(
        dataclasses.replace(m, strength="evidenced") if m.skill_id == sid else m
        for m in signals.mentions
    )
    return match(dataclasses.replace(signals, mentions=shown), role, scorer, path="").score
