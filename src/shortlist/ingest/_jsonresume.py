"""JSON Resume (jsonresume.org schema) → readable text with the section headings parse knows.

The JSON is laid out as a plain-text CV: the basics, then ``Summary``, ``Experience``,
``Projects``, ``Education``, ``Skills``, ... with one ``- `` bullet per highlight, so the same
parser reads it as any other CV. Unknown keys are ignored; nothing is evaluated.
"""

from __future__ import annotations

import json
from typing import Any

from shortlist.errors import CorruptFile
from shortlist.ingest._detect import decode_text
from shortlist.ingest._types import Extracted

__all__ = ["read_jsonresume"]

_SECTIONS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    # key, heading, fields for the title line, fields for the detail line
    ("work", "Experience", ("position", "name", "company"), ("location", "url")),
    ("volunteer", "Volunteering", ("position", "organization"), ("url",)),
    ("projects", "Projects", ("name", "entity"), ("description", "url")),
    ("education", "Education", ("studyType", "area", "institution"), ("score",)),
    ("publications", "Publications", ("name", "publisher"), ("url",)),
    ("awards", "Awards", ("title", "awarder"), ()),
    ("certificates", "Certifications", ("name", "issuer"), ("url",)),
    ("skills", "Skills", ("name",), ()),
    ("languages", "Languages", ("language", "fluency"), ()),
    ("interests", "Interests", ("name",), ()),
)


def read_jsonresume(data: bytes) -> Extracted:
    """The résumé as text (one page)."""
    try:
        resume = json.loads(decode_text(data))
    except (ValueError, RecursionError) as exc:
        raise CorruptFile(f"not valid JSON ({exc})") from None
    if not isinstance(resume, dict):
        raise CorruptFile("a JSON Resume must be an object")
    lines: list[str] = []
    basics = resume.get("basics")
    if isinstance(basics, dict):
        for key in ("name", "label", "email", "phone", "url"):
            if _s(basics.get(key)):
                lines.append(_s(basics.get(key)))
        location = basics.get("location")
        if isinstance(location, dict):
            place = ", ".join(_s(location.get(k)) for k in ("city", "region", "countryCode"))
            if place.strip(", "):
                lines.append(place.strip(", "))
        for profile in _items(basics.get("profiles")):
            url = _s(profile.get("url")) or _s(profile.get("username"))
            if url:
                lines.append(f"{_s(profile.get('network'))}: {url}".strip(": "))
        if _s(basics.get("summary")):
            lines += ["", "Summary", _s(basics.get("summary"))]
    for key, heading, title_fields, detail_fields in _SECTIONS:
        entries = _items(resume.get(key))
        if not entries:
            continue
        lines += ["", heading]
        for entry in entries:
            title = ", ".join(_s(entry.get(f)) for f in title_fields if _s(entry.get(f)))
            dates = " – ".join(
                _s(entry.get(f)) for f in ("startDate", "endDate", "date", "releaseDate")
                if _s(entry.get(f))
            )  # fmt: skip
            if key == "work" and _s(entry.get("startDate")) and not _s(entry.get("endDate")):
                dates += " – Present"
            head = f"{title} ({dates})" if dates and title else title or dates
            if key in ("skills", "interests") and entry.get("keywords"):
                head = f"{head}: {', '.join(_s(k) for k in _list(entry.get('keywords')))}"
            if head:
                lines.append(head)
            detail = " · ".join(_s(entry.get(f)) for f in detail_fields if _s(entry.get(f)))
            if detail:
                lines.append(detail)
            if _s(entry.get("summary")):
                lines.append(_s(entry.get("summary")))
            for highlight in _list(entry.get("highlights")) + _list(entry.get("courses")):
                if _s(highlight):
                    lines.append(f"- {_s(highlight)}")
    return Extracted(pages=["\n".join(lines)])


def _s(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _items(value: Any) -> list[dict[str, Any]]:
    return [v for v in _list(value) if isinstance(v, dict)]
