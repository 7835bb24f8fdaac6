"""The candidate-facing report: frozen dataclasses, from one CV's reading to the whole Review.

A ``Review`` is what ``shortlist review`` shows a candidate. Every part is *read* from the CV
by the same engine that ranks it (``signals`` and ``match``), never generated: each piece of
evidence is an ``EvidenceQuote`` of the candidate's own (redacted) words whose ``start``/``end``
index the document's visible text, exactly as in a ``Match``. Advice is a fixed template filled
only with those words, so a review can point at gaps but never invents a fact or a number.

These types live here, not in ``shortlist.types``, while the review is the only stage that
produces them; they would move there if another stage (the service) starts passing them on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from shortlist.types import (
    BulletKind,
    EvidenceQuote,
    Family,
    Match,
    RequirementResult,
    RoleSpec,
    SectionKind,
    Signals,
    Span,
)

__all__ = [
    "LACKS",
    "LAYER_NAMES",
    "BriefReading",
    "BulletReview",
    "Check",
    "Lack",
    "Layer",
    "LayerName",
    "LayerStatus",
    "Positioning",
    "Review",
    "SoupSkill",
    "Statement",
    "StatementReading",
    "quote",
]

StatementReading = Literal["specific", "generic", "missing"]
LayerStatus = Literal["strong", "some", "missing"]
LayerName = Literal["specialism", "portfolio", "experimentation", "communication", "community"]
LAYER_NAMES: tuple[LayerName, ...] = get_args(LayerName)
# What a process bullet lacks, in the order the question asks about it.
Lack = Literal["measure", "scale", "production"]
LACKS: tuple[Lack, ...] = get_args(Lack)


def quote(signals: Signals, span: Span) -> EvidenceQuote:
    """The candidate's words at ``span`` of the redacted text, with offsets into the original.

    The same mapping ``match`` uses for its quotes, so a review and a ranking point at the very
    same characters of the file.
    """
    original = signals.profile.offsets.to_original(span)
    return EvidenceQuote(text=span.of(signals.profile.text), start=original.start, end=original.end)


@dataclass(frozen=True, slots=True)
class Statement:
    """How the summary (the positioning statement) reads.

    ``specific`` when it names a family, a specialism, and a domain or some evidence, with no
    stock phrase; ``generic`` otherwise; ``missing`` when the CV has no summary at all.
    """

    reading: StatementReading
    quote: EvidenceQuote | None = None
    family: Family | None = None  # the family its wording names ("ML platform engineer")
    specialism: tuple[str, ...] = ()  # the candidate's words naming a specialism
    domain: tuple[str, ...] = ()  # the candidate's words naming a domain
    evidence: tuple[str, ...] = ()  # measured quantities and evidence markers it carries
    stock_phrases: tuple[EvidenceQuote, ...] = ()
    missing: tuple[str, ...] = ()  # what a specific statement would add, in plain words


@dataclass(frozen=True, slots=True)
class Positioning:
    """The role family and specialism the CV signals, and whether it has a clear target."""

    family: Family
    confidence: float  # the family's probability (Signals.family_scores)
    runner_up: Family
    runner_up_confidence: float
    specialism: str | None  # the strongest specialism shown, if any is clear
    specialism_confidence: float
    domains: tuple[str, ...]
    clear_target: bool
    statement: Statement
    target: Family | None = None  # the family asked about (--target, or the brief's)
    target_confidence: float | None = None
    notes: tuple[str, ...] = ()  # why the target is (un)clear, in plain words


@dataclass(frozen=True, slots=True)
class Check:
    """One thing an evidence layer looks for, and the lines that show it (none: missing)."""

    name: str
    label: str
    evidence: tuple[EvidenceQuote, ...]
    advice: str  # what to add when nothing shows it

    @property
    def present(self) -> bool:
        return bool(self.evidence)


@dataclass(frozen=True, slots=True)
class Layer:
    """One of the five evidence layers (docs/review.md), read as a list of checks."""

    name: LayerName
    title: str
    status: LayerStatus
    checks: tuple[Check, ...]

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(c.advice for c in self.checks if not c.present)


@dataclass(frozen=True, slots=True)
class BulletReview:
    """One line of experience: its kind, what it lacks, and the question that would fix it."""

    quote: EvidenceQuote
    section: SectionKind
    kind: BulletKind
    markers: tuple[str, ...]
    skills: tuple[str, ...]  # the bullet's own words that name a skill
    quantities: tuple[str, ...]  # the bullet's own measured quantities
    lacks: tuple[Lack, ...]
    question: str | None  # None for outcome lines and for talks/publications


@dataclass(frozen=True, slots=True)
class SoupSkill:
    """A skill only *listed* — named in a skills list or summary, shown by no line."""

    skill_id: str
    name: str
    listed_at: EvidenceQuote
    relevance: float  # the skill's weight for the target family (taxonomy), 0..1
    requirement: Literal["must", "nice"] | None = None  # when a brief asks for it
    gain: float | None = None  # match points if one outcome line showed it (brief given)


@dataclass(frozen=True, slots=True)
class BriefReading:
    """The hiring manager's explanation, verbatim: ``match`` run on the same Signals."""

    role: RoleSpec
    match: Match
    must: tuple[RequirementResult, ...]
    nice: tuple[RequirementResult, ...]


@dataclass(frozen=True, slots=True)
class Review:
    """How one CV reads, for the candidate: positioning, layers, lines, soup, and a brief."""

    path: str
    positioning: Positioning
    layers: tuple[Layer, ...]
    bullets: tuple[BulletReview, ...]
    keyword_soup: tuple[SoupSkill, ...]
    genericness: float
    brief: BriefReading | None = None
    notices: tuple[str, ...] = ()  # the document's warning codes (hidden text, ...)
