"""Export a Profile as a JSON Resume (v1.0.0) document, the common interchange format.

The export is the candidate's own CV in structured form, so unlike everything the scorer reads
it *does* carry the contact details and uses the original wording: bullet and summary text is
taken from the original text through the offset map, so a name in a sentence comes back as
written. Only properties of the published schema are emitted (its top level allows no others);
the vendored schema is ``jsonresume-schema.json`` beside this module.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from shortlist.types import Link, PartialDate, Profile, Section, SectionKind, Span

__all__ = ["jsonresume_schema", "to_jsonresume"]

_NETWORKS = {
    "github": "GitHub",
    "gitlab": "GitLab",
    "huggingface": "Hugging Face",
    "kaggle": "Kaggle",
    "linkedin": "LinkedIn",
    "scholar": "Google Scholar",
}
_BULLET = re.compile(r"^\s*(?:[-*•●◦▪■►▸➢➤✓✔❖→·‣⁃+]|\d{1,2}[.)])\s*")
_MARKUP = re.compile(r"\*\*|__|^#+\s*")


def jsonresume_schema() -> dict[str, object]:
    """The vendored JSON Resume v1.0.0 schema (package data, read on each call)."""
    text = (
        resources.files("shortlist.parse")
        .joinpath("jsonresume-schema.json")
        .read_text(encoding="utf-8")
    )
    schema: dict[str, object] = json.loads(text)
    return schema


def _date(d: PartialDate | None) -> str | None:
    return None if d is None else d.isoformat()


def _original(profile: Profile, span: Span) -> str:
    return profile.redacted.offsets.to_original(span).of(profile.document.text)


def _body_lines(profile: Profile, section: Section) -> list[str]:
    """The section's text lines (original wording), heading and bullet markers dropped."""
    text = _original(profile, section.span)
    lines = text.split("\n")[1:] if section.heading else text.split("\n")
    out = []
    for ln in lines:
        s = _MARKUP.sub("", _BULLET.sub("", ln)).strip()
        if s:
            out.append(s)
    return out


def _sections(profile: Profile, kind: SectionKind) -> list[Section]:
    return [s for s in profile.redacted.sections if s.kind == kind]


def _link_url(profile: Profile, link: Link) -> str:
    url = _original(profile, link.span) if link.url == "[URL]" else link.url
    if re.match(r"^(?:https?://)", url):
        return url
    if url.lower().startswith("arxiv:"):
        return "https://arxiv.org/abs/" + url.split(":", 1)[1].strip()
    if url.lower().startswith("doi:"):
        return "https://doi.org/" + url.split(":", 1)[1].strip()
    return "https://" + url


def _basics(profile: Profile) -> dict[str, object]:
    basics: dict[str, object] = {}
    for key in ("name", "email", "phone"):
        if profile.contact.get(key):
            basics[key] = profile.contact[key]
    summary = " ".join(
        _original(profile, b.span) for b in profile.redacted.bullets if b.section == "summary"
    )
    if summary:
        basics["summary"] = summary
    profiles = []
    for link in profile.redacted.links:
        url = _link_url(profile, link)
        if link.kind in _NETWORKS:
            entry = {"network": _NETWORKS[link.kind], "url": url}
            user = url.rstrip("/").rsplit("/", 1)[-1]
            if user and "." not in user:
                entry["username"] = user
            profiles.append(entry)
        elif link.kind == "website" and "url" not in basics:
            basics["url"] = url
    if profiles:
        basics["profiles"] = profiles
    return basics


def _work(profile: Profile) -> list[dict[str, object]]:
    r = profile.redacted
    work: list[dict[str, object]] = []
    for i, p in enumerate(r.positions):
        item: dict[str, object] = {}
        if p.organisation:
            item["name"] = p.organisation
        if p.title:
            item["position"] = p.title
        if p.location:
            item["location"] = p.location
        if (start := _date(p.start)) is not None:
            item["startDate"] = start
        if (end := _date(p.end)) is not None:
            item["endDate"] = end
        highlights = [_original(profile, b.span) for b in r.bullets if b.position == i]
        if highlights:
            item["highlights"] = highlights
        work.append(item)
    return work


def _skills(profile: Profile) -> list[dict[str, object]]:
    skills: list[dict[str, object]] = []
    for sec in _sections(profile, "skills"):
        for line in _body_lines(profile, sec):
            label, sep, rest = line.partition(":")
            items = rest if sep and len(label) <= 40 else line
            keywords = [k.strip(" .") for k in re.split(r"[,;|•·]", items) if k.strip(" .")]
            name = label.strip() if sep and len(label) <= 40 else (sec.heading.strip("#*: ") or "")
            skills.append({"name": name or "Skills", "keywords": keywords})
    return skills


def to_jsonresume(profile: Profile) -> dict[str, object]:
    """A JSON Resume v1.0.0 document for ``profile`` (valid against the vendored schema)."""
    r = profile.redacted
    doc: dict[str, object] = {"basics": _basics(profile), "work": _work(profile)}
    education: list[dict[str, object]] = []
    for e in r.education:
        item: dict[str, object] = {}
        if e.institution:
            item["institution"] = e.institution
        if e.field:
            item["area"] = e.field
        if e.degree:
            item["studyType"] = e.degree
        if e.year is not None:
            item["endDate"] = f"{e.year:04d}"
        education.append(item)
    doc["education"] = education
    doc["skills"] = _skills(profile)
    doc["projects"] = [
        {
            "name": _original(profile, b.span).split(":")[0][:80],
            "description": _original(profile, b.span),
        }
        for b in r.bullets
        if b.section == "projects"
    ]
    doc["publications"] = [
        {"name": _original(profile, b.span)} for b in r.bullets if b.section == "publications"
    ]
    simple: tuple[tuple[SectionKind, str, str], ...] = (
        ("certifications", "certificates", "name"),
        ("awards", "awards", "title"),
        ("languages", "languages", "language"),
        ("interests", "interests", "name"),
    )
    for kind, key, prop in simple:
        doc[key] = [
            {prop: line} for s in _sections(profile, kind) for line in _body_lines(profile, s)
        ]
    doc["meta"] = {"version": "v1.0.0"}
    return {k: v for k, v in doc.items() if v}
