"""review: how a CV reads, told to its candidate by the engine that ranks it.

``review(signals, role=..., target=...)`` reads one CV's ``Signals`` — and, given a brief, the
very ``Match`` that ``shortlist rank`` computes — into a ``Review``: positioning, the five
evidence layers with the lines behind them, a question for every line that reports no outcome,
the skills only listed, and the hiring manager's explanation. ``review_dict``, ``review_text``
and ``review_html`` render it (docs/review.md).
"""

from __future__ import annotations

from shortlist.review._html import review_html
from shortlist.review._json import review_dict
from shortlist.review._review import review
from shortlist.review._table import review_renderable, review_text
from shortlist.review._types import (
    LACKS,
    LAYER_NAMES,
    BriefReading,
    BulletReview,
    Check,
    Lack,
    Layer,
    LayerName,
    LayerStatus,
    Positioning,
    Review,
    SoupSkill,
    Statement,
    StatementReading,
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
    "review",
    "review_dict",
    "review_html",
    "review_renderable",
    "review_text",
]
