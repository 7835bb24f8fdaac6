"""signals: what a CV shows — skill mentions in context, bullet evidence, family, level.

Reads only a ``RedactedProfile``: no name, contact detail or pronoun can reach it.
"""

from __future__ import annotations

from shortlist.signals._bullets import MARKERS, classify_bullet, find_quantities
from shortlist.signals._extract import STRENGTH_VALUE, extract
from shortlist.signals._titles import families_for_title, seniority_for_title

__all__ = [
    "MARKERS",
    "STRENGTH_VALUE",
    "classify_bullet",
    "extract",
    "families_for_title",
    "find_quantities",
    "seniority_for_title",
]
