"""shortlist: evidence-based screening and ranking of AI/ML engineering CVs."""

from __future__ import annotations

__version__ = "0.1.0"
