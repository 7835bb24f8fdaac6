"""The parse stage: Document → Profile, structure read from the redacted text only.

Order matters and is the point of the design: personal data is found in the original text
first, replaced by fixed placeholders, and *everything else* — sections, positions, bullets,
education, links, years — is read from the redacted text. So every span in the
``RedactedProfile`` points into ``RedactedProfile.text``, and nothing downstream of this stage
can recover who the candidate is from it.
"""

from __future__ import annotations

import bisect

from shortlist.parse._bullets import bullets_in
from shortlist.parse._education import DEGREE_RE, find_education
from shortlist.parse._experience import experience_years
from shortlist.parse._links import find_links
from shortlist.parse._pii import find_pii
from shortlist.parse._positions import PositionDraft, find_positions
from shortlist.parse._redact import redact
from shortlist.parse._sections import Line, SectionInfo, split_lines, split_sections, to_sections
from shortlist.types import (
    Bullet,
    Document,
    Education,
    PartialDate,
    PIISpan,
    Position,
    Profile,
    RedactedProfile,
    SectionKind,
)

__all__ = ["parse"]

#: sections whose text is evidence: bullets and paragraph sentences become ``Bullet``s
_EVIDENCE: frozenset[SectionKind] = frozenset(
    {"experience", "projects", "summary", "publications", "community", "open_source"}
)


def _lines_in(lines: list[Line], starts: list[int], a: int, b: int) -> list[Line]:
    """The lines that start in ``[a, b)``."""
    return lines[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]


def _body_lines(lines: list[Line], starts: list[int], sec: SectionInfo) -> list[Line]:
    body = _lines_in(lines, starts, sec.body.start, sec.body.end)
    if body and sec.body.start > body[0].start:
        return body
    # an inline heading ("Skills: Python, ...") leaves text on the heading line
    first = bisect.bisect_right(starts, sec.body.start) - 1
    if 0 <= first < len(lines) and lines[first].start < sec.body.start < lines[first].end:
        ln = lines[first]
        head = Line(sec.body.start, ln.end, ln.text[sec.body.start - ln.start :])
        return [head, *body]
    return body


def parse(document: Document, *, today: PartialDate | None = None) -> Profile:
    """Read a CV: PII found and redacted, then structure read from the redacted text.

    ``today`` ends open ranges ("Mar 2021 – Present") when counting years of experience. When
    it is None (the default, keeping ``parse`` pure and reproducible) the latest date written
    anywhere in the CV stands in for it; the CLI passes the real date. Years of experience come
    from the dated positions, or from the CV's own statement ("5+ years of experience") when
    the positions give no dates or far fewer years (the rule is in ``_experience``).
    """
    original = document.text
    pii = find_pii(original)
    red = redact(original, pii.found)
    text = red.text
    lines = split_lines(text)
    starts = [ln.start for ln in lines]
    infos = split_sections(text, lines)
    if not any(s.kind == "experience" for s in infos):
        # no experience heading: look for dated positions wherever they may be
        infos_for_positions = [s for s in infos if s.kind in ("other", "header")]
    else:
        infos_for_positions = [s for s in infos if s.kind == "experience"]

    drafts: list[PositionDraft] = []
    position_sections: dict[int, list[PositionDraft]] = {}
    for sec in infos_for_positions:
        found = find_positions(text, _body_lines(lines, starts, sec))
        if sec.kind == "header":
            found = [d for d in found if d.position.title or d.position.organisation]
        position_sections[id(sec)] = found
        drafts += found
    if not any(s.kind == "education" for s in infos):
        # no education heading: a line that starts with a degree is a degree, not a job
        drafts = [
            d for d in drafts if not DEGREE_RE.match(d.position.title or d.position.organisation)
        ]
    drafts.sort(key=lambda d: d.position.span.start)
    positions: tuple[Position, ...] = tuple(d.position for d in drafts)
    pos_starts = [p.span.start for p in positions]

    def position_of(offset: int) -> int | None:
        i = bisect.bisect_right(pos_starts, offset) - 1
        if i >= 0 and positions[i].span.start <= offset < max(positions[i].span.end, offset + 1):
            return i if offset < positions[i].span.end else None
        return None

    bullets: list[Bullet] = []
    education: list[Education] = []
    for sec in infos:
        body = _body_lines(lines, starts, sec)
        if sec.kind == "education":
            education += find_education(text, body)
        kind = sec.kind
        if kind not in _EVIDENCE and not (kind == "other" and sec in infos_for_positions):
            continue
        sec_drafts = position_sections.get(id(sec), [])
        header_starts = {body[i].start for d in sec_drafts for i in d.header_lines if i < len(body)}
        bullets += bullets_in(
            text,
            body,
            "experience" if sec_drafts else kind,
            position_of if sec_drafts else (lambda _o: None),
            lambda ln, hs=header_starts: ln.start in hs or ln.text.lstrip().startswith("#"),  # type: ignore[misc]
        )

    if not any(s.kind == "education" for s in infos):
        for sec in infos_for_positions:
            for ln in _body_lines(lines, starts, sec):
                if DEGREE_RE.match(ln.text.strip(" *-•#")):
                    education += find_education(text, [ln])
    redacted = RedactedProfile(
        text=text,
        offsets=red.offsets,
        sections=to_sections(infos),
        positions=positions,
        bullets=tuple(bullets),
        education=tuple(education),
        links=find_links(text, red.url_kinds),
        years_experience=experience_years(text, positions, today).years,
    )
    return Profile(
        document=document,
        redacted=redacted,
        pii=tuple(PIISpan(f.kind, f.span) for f in pii.found),
        contact=dict(pii.contact),
        warnings=document.warnings,
    )
