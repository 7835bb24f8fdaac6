"""The parse stage: a ``Document`` becomes a ``Profile``.

Personal data is found in the original text and replaced by fixed placeholders first; then
sections, positions, bullets, education, links and years of experience are read from the
redacted text, so ``Profile.redacted`` (all a scorer may see) never holds who the candidate is.

``parse`` is pure: no I/O, no clock. "Present" is resolved against ``today`` or, when it is
not given, against the latest date written in the CV. ``to_jsonresume`` exports a Profile as a
JSON Resume v1.0.0 document (schema vendored as ``jsonresume-schema.json``).
"""

from __future__ import annotations

from shortlist.parse._jsonresume import jsonresume_schema, to_jsonresume
from shortlist.parse._parse import parse
from shortlist.parse._redact import PLACEHOLDERS

__all__ = ["PLACEHOLDERS", "jsonresume_schema", "parse", "to_jsonresume"]
