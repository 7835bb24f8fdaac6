"""shortlist: evidence-based screening and ranking of AI/ML engineering CVs.

The curated public API. The stage objects, errors and settings import eagerly (they are light);
the pipeline functions load on first use, so ``import shortlist`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from shortlist.config import Settings
from shortlist.errors import (
    ConfigError,
    CorruptFile,
    EmptyDocument,
    InputError,
    LimitExceeded,
    NoTextLayer,
    NotFittedError,
    RoleError,
    ShortlistError,
    UnsupportedFormat,
)
from shortlist.types import (
    Bullet,
    BulletEvidence,
    Document,
    Education,
    EvidenceQuote,
    FileError,
    Link,
    Match,
    Notice,
    OffsetMap,
    PartialDate,
    PIISpan,
    Position,
    Profile,
    Quantity,
    RankedMatch,
    RedactedProfile,
    Requirement,
    RequirementResult,
    RoleSpec,
    Section,
    Shortlist,
    Signals,
    SkillMention,
    Span,
)

if TYPE_CHECKING:
    from shortlist.ingest import read_document, read_files
    from shortlist.match import EvidenceScorer, match
    from shortlist.parse import parse
    from shortlist.pipeline import collect_files, read_brief, read_candidates, screen
    from shortlist.roles import infer_role
    from shortlist.signals import extract
    from shortlist.taxonomy import load_taxonomy

__version__ = "0.1.0"

_LAZY = {
    "read_document": "shortlist.ingest",
    "read_files": "shortlist.ingest",
    "parse": "shortlist.parse",
    "extract": "shortlist.signals",
    "infer_role": "shortlist.roles",
    "match": "shortlist.match",
    "EvidenceScorer": "shortlist.match",
    "load_taxonomy": "shortlist.taxonomy",
    "collect_files": "shortlist.pipeline",
    "read_brief": "shortlist.pipeline",
    "read_candidates": "shortlist.pipeline",
    "screen": "shortlist.pipeline",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'shortlist' has no attribute {name!r}")


__all__ = [
    "Bullet",
    "BulletEvidence",
    "ConfigError",
    "CorruptFile",
    "Document",
    "Education",
    "EmptyDocument",
    "EvidenceQuote",
    "EvidenceScorer",
    "FileError",
    "InputError",
    "LimitExceeded",
    "Link",
    "Match",
    "NoTextLayer",
    "NotFittedError",
    "Notice",
    "OffsetMap",
    "PIISpan",
    "PartialDate",
    "Position",
    "Profile",
    "Quantity",
    "RankedMatch",
    "RedactedProfile",
    "Requirement",
    "RequirementResult",
    "RoleError",
    "RoleSpec",
    "Section",
    "Settings",
    "Shortlist",
    "ShortlistError",
    "Signals",
    "SkillMention",
    "Span",
    "UnsupportedFormat",
    "__version__",
    "collect_files",
    "extract",
    "infer_role",
    "load_taxonomy",
    "match",
    "parse",
    "read_brief",
    "read_candidates",
    "read_document",
    "read_files",
    "screen",
]
