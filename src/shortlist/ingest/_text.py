"""Plain text and Markdown: decoded, kept as written.

Markdown is not rendered: the parse stage reads ``#`` headings and ``- `` bullets itself, and
rendering would throw away exactly those cues. Form feeds split pages, as in text dumps of PDFs.
"""

from __future__ import annotations

from shortlist.ingest._detect import decode_text
from shortlist.ingest._types import Extracted

__all__ = ["read_text"]


def read_text(data: bytes) -> Extracted:
    """Decoded text, one page per form-feed-separated part."""
    text = decode_text(data)
    return Extracted(pages=text.split("\f") if "\f" in text else [text])
