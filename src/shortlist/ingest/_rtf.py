"""RTF: not read yet.

The issue allows RTF only through a small maintained library; none is a dependency of
shortlist today (``striprtf`` would be the candidate), so RTF is refused with a clear code
rather than read badly.
"""

from __future__ import annotations

from shortlist.config import Settings
from shortlist.errors import UnsupportedFormat
from shortlist.ingest._types import Extracted

__all__ = ["read_rtf"]


def read_rtf(data: bytes, settings: Settings) -> Extracted:
    """Always raises ``UnsupportedFormat``; save the CV as PDF or DOCX."""
    del data, settings
    raise UnsupportedFormat("RTF is not supported; save the CV as PDF or DOCX")
