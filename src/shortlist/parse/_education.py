"""Degrees in an education section: degree, field, institution, graduation year.

Entries are cut where a second degree or a second institution would start, since education
sections rarely use a fixed layout ("MSc Machine Learning — UCL" then "2016 – 2017"; the
Indeed export's "B.E in Computer Science" / "Adithya Institute of Technology - Tamil Nadu" /
"September 2008 to June 2012"; "2015-2019 B.Tech, IIT Delhi"). The graduation year is the end
of the last date range in the entry.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from shortlist.parse._dates import find_date_ranges
from shortlist.parse._sections import Line
from shortlist.types import Education, Span

__all__ = ["DEGREE_RE", "INSTITUTION_RE", "find_education"]

DEGREE_RE = re.compile(
    r"(?<![\w.])(?:Ph\.?\s?D\.?|D\.?Phil|Doctorate|Doctor of [A-Z][a-z]+|Dr\.\s?rer\.\s?nat\.?|"
    r"M\.?\s?Sc\.?|M\.?\s?S\.?(?=\s|$|,)|MSc|M\.?\s?Tech\.?|M\.?\s?Eng\.?|M\.?\s?E\.(?=\s)|MBA|"
    r"M\.?\s?A\.(?=\s)|MA(?=\s)|M\.?\s?Phil\.?|MRes|LL\.?M|"
    r"Master(?:'?s)?(?:\s+of\s+[A-Z][a-z]+|\s+degree)?|Masters|Máster|Master\s+en|"
    r"B\.?\s?Sc\.?|B\.?\s?S\.?(?=\s|$|,)|BSc|B\.?\s?Tech\.?|B\.?\s?E\.?(?=\s|$|,)|B\.?\s?Eng\.?|"
    r"B\.?\s?A\.(?=\s)|BA(?=\s)|BBA|BCA|MCA|B\.?\s?Comp?|M\.?\s?Com|LL\.?B|BSE|"
    r"Ingenier[ií]a|Diplôme(?: d'ingénieur)?|Graduate [Cc]ertificate|Bootcamp|"
    r"Bachelor(?:'?s)?(?:\s+of\s+[A-Z][a-z]+)?|Bachelors|Licence|Licenciatura|Grado(?:\s+en)?|"
    r"Ingeniero|Ingénieur|Diplom(?:-[A-Z][a-z]+)?|Diploma|Associate(?:'s)?\s+Degree|"
    r"Abitur|Baccalauréat|HSC|SSC|Higher Secondary|Senior Secondary|12th|10th|"
    r"Post\s?graduate|Undergraduate|PGD\w*)(?![\w])",
)
INSTITUTION_RE = re.compile(
    r"[^,|–—\n]*\b(?i:university|universität|college|institute|school|academy)\b[^,|–—\n(]*|"
    r"[^,|–—\n]*\b(?:University|Universität|Universite|Université|Universidad|Università|"
    r"College|Institute|Institut|Instituto|School|Academy|Polytechnic|Politecnico|Hochschule|"
    r"École|Ecole|Escuela|IIT|NIT|IIIT|MIT|ETH|EPFL|TU|KTH|UCL|LMU|RWTH|Vidyalaya|Vidyapeeth)"
    r"\b[^,|–—\n(]*",
)
_FIELD_RE = re.compile(
    r"^\s*(?:\(?\s*(?:in|of|en|in the field of)\s+)?(?P<field>[A-Z][\w&/' .-]*?)\s*"
    r"(?:[,|–—(]|\s-\s|$)",
)


_MARKUP = re.compile(r"\*\*|__|^#+\s*")


@dataclass
class _Entry:
    start: int
    end: int
    degree: str = ""
    field: str = ""
    institution: str = ""
    years: list[int] = dataclasses.field(default_factory=list)


def _field_after(line: str, end: int) -> str:
    m = _FIELD_RE.match(line[end:])
    if not m:
        return ""
    value = m.group("field").strip(" .-")
    if INSTITUTION_RE.fullmatch(value) or len(value.split()) > 8:
        return ""
    return value


def find_education(text: str, lines: list[Line]) -> list[Education]:
    """Education entries among ``lines`` (one education section)."""
    entries: list[_Entry] = []
    cur: _Entry | None = None
    for ln in lines:
        s = _MARKUP.sub("", ln.text)
        if not s.strip():
            continue
        dm = DEGREE_RE.search(s)
        im = INSTITUTION_RE.search(s)
        if cur is None or (dm and cur.degree) or (im and cur.institution and not dm):
            cur = _Entry(ln.start, ln.end)
            entries.append(cur)
        cur.end = ln.end
        if dm and not cur.degree:
            cur.degree = dm.group().strip()
            cur.field = _field_after(s, dm.end())
        if im and not cur.institution:
            cur.institution = re.split(r"\s+-\s+", im.group().strip(" -–—*#_"))[0]
        elif dm and not cur.institution:
            # "Degree Field, Institution, City, Year": the piece after the degree's
            pieces = [p.strip() for p in re.split(r",|\s[–—|]\s", s)]
            after = [p for p in pieces[1:] if p and not re.search(r"\d{4}", p)]
            if after and pieces[0].find(dm.group()) != -1:
                cur.institution = after[0]
        for r in find_date_ranges(s, ln.start):
            cur.years.append((r.end or r.start).year)
    out: list[Education] = []
    for e in entries:
        if not (e.degree or e.institution):
            continue
        end = len(text[: e.end].rstrip())
        out.append(
            Education(
                span=Span(e.start, max(e.start, end)),
                degree=e.degree,
                field=e.field,
                institution=e.institution,
                year=max(e.years) if e.years else None,
            )
        )
    return out
