"""Replacing personal data with fixed placeholders, keeping a map back to the original.

The placeholder depends only on the kind of data ("[NAME]", never "[NAME:3]" or a length-
preserving mask), so two CVs that differ only in who wrote them redact to the same bytes: that
is what makes the scorer's blindness testable.
"""

from __future__ import annotations

from collections.abc import Sequence

from shortlist.parse._pii import Found
from shortlist.types import LinkKind, OffsetMap, PIIKind, Span

__all__ = ["PLACEHOLDERS", "Redaction", "redact"]

PLACEHOLDERS: dict[PIIKind, str] = {
    "name": "[NAME]",
    "email": "[EMAIL]",
    "phone": "[PHONE]",
    "address": "[ADDRESS]",
    "birth_date": "[DOB]",
    "age": "[AGE]",
    "photo": "[PHOTO]",
    "pronoun": "[PRONOUNS]",
    "honorific": "[HONORIFIC]",
    "gender": "[GENDER]",
    "nationality": "[NATIONALITY]",
    "marital_status": "[MARITAL_STATUS]",
    "religion": "[RELIGION]",
    "url": "[URL]",
}


class Redaction:
    """The redacted text, its offset map, and where each redacted URL placeholder landed."""

    __slots__ = ("offsets", "text", "url_kinds")

    def __init__(self, text: str, offsets: OffsetMap, url_kinds: dict[int, LinkKind]) -> None:
        self.text = text
        self.offsets = offsets
        self.url_kinds = url_kinds


def redact(text: str, found: Sequence[Found]) -> Redaction:
    """``found`` must be sorted and disjoint (as ``find_pii`` returns it)."""
    parts: list[str] = []
    replacements: list[tuple[Span, int]] = []
    url_kinds: dict[int, LinkKind] = {}
    pos = 0
    out_len = 0
    for f in found:
        parts.append(text[pos : f.span.start])
        out_len += f.span.start - pos
        placeholder = PLACEHOLDERS[f.kind]
        if f.kind == "url" and f.link_kind is not None:
            url_kinds[out_len] = f.link_kind
        parts.append(placeholder)
        replacements.append((f.span, len(placeholder)))
        out_len += len(placeholder)
        pos = f.span.end
    parts.append(text[pos:])
    return Redaction(
        "".join(parts), OffsetMap.from_replacements(replacements, len(text)), url_kinds
    )
