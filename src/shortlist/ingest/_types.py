"""What a reader hands to the assembler: page strings and what it noticed on the way."""

from __future__ import annotations

from dataclasses import dataclass, field

from shortlist.types import Notice

__all__ = ["Extracted"]


@dataclass(slots=True)
class Extracted:
    """Raw visible text per page (before normalisation) and the reader's notices."""

    pages: list[str]
    notices: list[Notice] = field(default_factory=list)
