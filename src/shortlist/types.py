"""The typed, immutable objects that flow between the stages.

::

    bytes + filename ─ingest→ Document ─parse→ Profile ──(profile.redacted)──→ RedactedProfile
    RedactedProfile ─signals→ Signals
    brief text ─roles→ RoleSpec
    (Signals, RoleSpec) ─match→ Match           many Matches → Shortlist

The privacy boundary is a type boundary: a ``Profile`` holds the original text and the PII
spans; ``signals`` and ``match`` accept only a ``RedactedProfile`` (text with personal data
replaced, plus an ``OffsetMap`` back to the original), so no scoring function can be handed a
name, an email address or a pronoun.

Offsets are character offsets (Python ``str`` indices), end-exclusive. Spans inside a
``RedactedProfile`` or ``Signals`` point into the *redacted* text; spans in a ``Match`` point into
the document's visible ``text`` (the original), so a reviewer can find them.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

__all__ = [
    "FAMILIES",
    "SECTION_KINDS",
    "SENIORITIES",
    "SPECIALISMS",
    "Bullet",
    "BulletEvidence",
    "BulletKind",
    "Document",
    "DocumentFormat",
    "Education",
    "EvidenceQuote",
    "Family",
    "FileError",
    "Link",
    "LinkKind",
    "Match",
    "MentionContext",
    "Notice",
    "OffsetMap",
    "PIIKind",
    "PIISpan",
    "PartialDate",
    "Position",
    "Profile",
    "Quantity",
    "RankedMatch",
    "RedactedProfile",
    "Requirement",
    "RequirementResult",
    "RequirementStatus",
    "RoleSpec",
    "Section",
    "SectionKind",
    "Seniority",
    "Shortlist",
    "Signals",
    "SkillMention",
    "Span",
    "Strength",
]

Family = Literal["research", "applied_ml", "mlops", "applied_ai", "data_science", "other"]
FAMILIES: tuple[Family, ...] = get_args(Family)

Specialism = Literal["mlops_infra", "llm_rag", "ai_safety_eval", "domain", "edge"]
SPECIALISMS: tuple[Specialism, ...] = get_args(Specialism)

Seniority = Literal["junior", "mid", "senior", "staff"]
SENIORITIES: tuple[Seniority, ...] = get_args(Seniority)

DocumentFormat = Literal["pdf", "docx", "html", "text", "markdown", "jsonresume", "rtf"]

SectionKind = Literal[
    "header",
    "summary",
    "experience",
    "projects",
    "education",
    "skills",
    "publications",
    "certifications",
    "awards",
    "community",
    "open_source",
    "languages",
    "interests",
    "other",
]
SECTION_KINDS: tuple[SectionKind, ...] = get_args(SectionKind)

PIIKind = Literal[
    "name",
    "email",
    "phone",
    "address",
    "birth_date",
    "age",
    "photo",
    "pronoun",
    "honorific",
    "gender",
    "nationality",
    "marital_status",
    "religion",
    "url",
]

LinkKind = Literal[
    "github", "gitlab", "huggingface", "kaggle", "paper", "scholar", "linkedin", "website"
]

MentionContext = Literal[
    "skills_list", "experience", "project", "summary", "education", "publication", "other"
]
Strength = Literal["listed", "used", "evidenced"]
BulletKind = Literal["outcome", "process", "claim"]
RequirementStatus = Literal["met", "listed", "missing"]


# ── text positions ──────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class Span:
    """``text[start:end]`` of some text; which text is said by the object that holds it."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps spans of a redacted text back to spans of the original text.

    Built from the replacements made (``from_replacements``). Text outside a replacement runs in
    step in both texts; a span that touches a placeholder widens to the whole original span the
    placeholder replaced, so a quote never cuts a name in half.
    """

    red_starts: tuple[int, ...] = (0,)
    orig_starts: tuple[int, ...] = (0,)
    is_placeholder: tuple[bool, ...] = (False,)
    orig_ends: tuple[int, ...] = (0,)

    @classmethod
    def from_replacements(
        cls, replacements: Sequence[tuple[Span, int]], original_length: int
    ) -> OffsetMap:
        """``replacements``: (original span, length of its placeholder), sorted, disjoint."""
        red_starts: list[int] = []
        orig_starts: list[int] = []
        flags: list[bool] = []
        orig_ends: list[int] = []
        red = orig = 0
        for span, length in replacements:
            if span.start < orig:
                raise ValueError("replacements must be sorted and disjoint")
            if length < 1:
                raise ValueError("a placeholder must not be empty")
            if span.start > orig:
                red_starts.append(red)
                orig_starts.append(orig)
                flags.append(False)
                orig_ends.append(span.start)
                red += span.start - orig
            red_starts.append(red)
            orig_starts.append(span.start)
            flags.append(True)
            orig_ends.append(span.end)
            red += length
            orig = span.end
        red_starts.append(red)
        orig_starts.append(orig)
        flags.append(False)
        orig_ends.append(max(orig, original_length))
        return cls(tuple(red_starts), tuple(orig_starts), tuple(flags), tuple(orig_ends))

    def _piece(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.red_starts, offset) - 1)

    def to_original(self, span: Span) -> Span:
        i = self._piece(span.start)
        start = (
            self.orig_starts[i]
            if self.is_placeholder[i]
            else self.orig_starts[i] + span.start - self.red_starts[i]
        )
        if span.end == span.start:
            return Span(start, start)
        j = self._piece(span.end - 1)
        end = (
            self.orig_ends[j]
            if self.is_placeholder[j]
            else self.orig_starts[j] + span.end - self.red_starts[j]
        )
        return Span(start, max(start, end))


# ── ingest ──────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class Notice:
    """Something ingest or parse saw and a reviewer should know (hidden text, ...)."""

    code: str
    message: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """The visible text of one file: what is read and scored.

    Hidden text (white-on-white, tiny type, invisible Unicode, ...) is *not* in ``text``; it is
    reported in ``warnings``. ``pages`` are the spans of each page in ``text`` (one for formats
    without pages).
    """

    path: str
    format: DocumentFormat
    text: str
    pages: tuple[Span, ...] = ()
    warnings: tuple[Notice, ...] = ()


# ── parse ───────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date at year or month precision (CVs rarely give days)."""

    year: int
    month: int | None = None

    def __post_init__(self) -> None:
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"invalid month {self.month}")

    def months(self) -> int:
        """Months since year 0, taking a missing month as January."""
        return self.year * 12 + ((self.month or 1) - 1)

    def isoformat(self) -> str:
        return f"{self.year:04d}" if self.month is None else f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True, slots=True)
class Section:
    kind: SectionKind
    heading: str
    span: Span  # the whole section, heading included


@dataclass(frozen=True, slots=True)
class Bullet:
    """One line of evidence: an experience/project bullet or a sentence of a paragraph."""

    text: str
    span: Span
    section: SectionKind
    position: int | None = None  # index into RedactedProfile.positions


@dataclass(frozen=True, slots=True)
class Position:
    title: str
    organisation: str
    span: Span
    location: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None
    current: bool = False


@dataclass(frozen=True, slots=True)
class Education:
    span: Span
    degree: str = ""
    field: str = ""
    institution: str = ""
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    kind: LinkKind
    span: Span


@dataclass(frozen=True, slots=True)
class PIISpan:
    kind: PIIKind
    span: Span  # in the original text


@dataclass(frozen=True, slots=True)
class RedactedProfile:
    """Everything the scoring path may see: structure over the redacted text, no PII."""

    text: str
    offsets: OffsetMap
    sections: tuple[Section, ...] = ()
    positions: tuple[Position, ...] = ()
    bullets: tuple[Bullet, ...] = ()
    education: tuple[Education, ...] = ()
    links: tuple[Link, ...] = ()
    years_experience: float | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    """A parsed CV. ``pii`` and ``contact`` are the PII store: kept apart, shown, never scored."""

    document: Document
    redacted: RedactedProfile
    pii: tuple[PIISpan, ...] = ()
    contact: Mapping[str, str] = field(default_factory=dict)  # name, email, phone (display only)
    warnings: tuple[Notice, ...] = ()


# ── signals ─────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class SkillMention:
    skill_id: str
    name: str
    span: Span  # in the redacted text
    text: str
    context: MentionContext
    strength: Strength


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit as written: "p95 120 → 38 ms", "1.5M requests/day", "+3.2%"."""

    value: float
    unit: str
    span: Span
    text: str
    before: float | None = None  # for "before → after" changes


@dataclass(frozen=True, slots=True)
class BulletEvidence:
    bullet: Bullet
    kind: BulletKind
    quantities: tuple[Quantity, ...] = ()
    markers: tuple[str, ...] = ()  # production, scale, experimentation, open_source, ...
    skills: tuple[str, ...] = ()  # skill ids mentioned in the bullet
    strength: float = 0.0  # 0..1, how much this line shows


@dataclass(frozen=True, slots=True)
class Signals:
    """What a CV shows, read from a RedactedProfile."""

    profile: RedactedProfile
    mentions: tuple[SkillMention, ...]
    bullets: tuple[BulletEvidence, ...]
    family_scores: Mapping[Family, float]  # probabilities over FAMILIES
    family_evidence: Mapping[Family, float]  # unnormalised evidence mass behind each family
    specialisms: Mapping[str, float]
    domains: tuple[str, ...]
    seniority: Seniority | None
    years_experience: float | None
    genericness: float  # 0 (every claim evidenced) .. 1 (only buzzwords and stock phrases)
    stock_phrases: tuple[Span, ...] = ()

    @property
    def family(self) -> Family:
        return max(self.family_scores, key=lambda f: (self.family_scores[f], f == "other"))


# ── roles ───────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class Requirement:
    """A must-have or nice-to-have: met by evidence for any of ``skill_ids``."""

    label: str
    skill_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RoleSpec:
    title: str
    family: Family
    family_scores: Mapping[Family, float]
    seniority: Seniority | None
    must: tuple[Requirement, ...]
    nice: tuple[Requirement, ...] = ()
    domain: str | None = None
    specialisms: tuple[str, ...] = ()


# ── match ───────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True)
class EvidenceQuote:
    """A quote of the candidate's own words; ``start``/``end`` index the document's ``text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RequirementResult:
    requirement: Requirement
    status: RequirementStatus
    evidence: tuple[EvidenceQuote, ...] = ()


@dataclass(frozen=True, slots=True)
class Match:
    """One candidate read against one role. ``score`` is 0–100 (see docs/scoring.md)."""

    path: str
    score: float
    family: Family
    components: Mapping[str, float]
    requirements: tuple[RequirementResult, ...]
    highlights: tuple[EvidenceQuote, ...] = ()
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FileError:
    path: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class RankedMatch:
    rank: int  # 1-based; tied candidates share a rank
    match: Match
    tied: bool = False


@dataclass(frozen=True, slots=True)
class Shortlist:
    role: RoleSpec
    ranked: tuple[RankedMatch, ...]
    errors: tuple[FileError, ...] = ()
