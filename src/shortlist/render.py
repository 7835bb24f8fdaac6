"""Stage objects → the documented machine-readable shapes (docs/cli.md) and CSV / HTML.

The JSON shapes are a contract: later versions may add keys but never remove or rename one
(tests/cli/test_output_contract.py).
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from shortlist.types import (
    Document,
    FileError,
    Match,
    Profile,
    RankedMatch,
    RoleSpec,
    Shortlist,
)

__all__ = [
    "candidate_dict",
    "dumps",
    "parse_result_dict",
    "profile_dict",
    "role_dict",
    "shortlist_csv",
    "shortlist_dict",
    "shortlist_html",
]


def dumps(obj: object) -> str:
    """Stable JSON: sorted keys where the contract allows, UTF-8 text, two-space indent."""
    return json.dumps(obj, ensure_ascii=False, indent=2)


def role_dict(role: RoleSpec) -> dict[str, Any]:
    return {
        "title": role.title,
        "family": role.family,
        "family_scores": dict(role.family_scores),
        "seniority": role.seniority,
        "must": [{"label": r.label, "skill_ids": list(r.skill_ids)} for r in role.must],
        "nice": [{"label": r.label, "skill_ids": list(r.skill_ids)} for r in role.nice],
        "domain": role.domain,
        "specialisms": list(role.specialisms),
    }


def candidate_dict(entry: RankedMatch, names: Mapping[str, str] | None = None) -> dict[str, Any]:
    """One ranked candidate. ``name`` comes from the PII store, for display only (null when
    blind or unknown); nothing that scored the candidate saw it."""
    m: Match = entry.match
    return {
        "path": m.path,
        "name": (names or {}).get(m.path) or None,
        "rank": entry.rank,
        "tied": entry.tied,
        "score": m.score,
        "family": m.family,
        "flags": list(m.flags),
        "requirements": [
            {
                "requirement": r.requirement.label,
                "status": r.status,
                "evidence": [asdict(q) for q in r.evidence],
            }
            for r in m.requirements
        ],
        "highlights": [asdict(q) for q in m.highlights],
        "components": dict(m.components),
    }


def error_dict(error: FileError) -> dict[str, str]:
    return {"path": error.path, "code": error.code, "message": error.message}


def shortlist_dict(result: Shortlist, names: Mapping[str, str] | None = None) -> dict[str, Any]:
    return {
        "role": role_dict(result.role),
        "candidates": [candidate_dict(e, names) for e in result.ranked],
        "errors": [error_dict(e) for e in result.errors],
    }


def profile_dict(profile: Profile) -> dict[str, Any]:
    """The parsed structure (spans index ``redacted_text``); PII is reported by kind only."""
    red = profile.redacted
    return {
        "sections": [
            {"kind": s.kind, "heading": s.heading, "start": s.span.start, "end": s.span.end}
            for s in red.sections
        ],
        "positions": [
            {
                "title": p.title,
                "organisation": p.organisation,
                "location": p.location,
                "start": p.start.isoformat() if p.start else None,
                "end": p.end.isoformat() if p.end else None,
                "current": p.current,
                "bullets": [b.text for b in red.bullets if b.position == i],
            }
            for i, p in enumerate(red.positions)
        ],
        "education": [
            {"degree": e.degree, "field": e.field, "institution": e.institution, "year": e.year}
            for e in red.education
        ],
        "links": [{"kind": link.kind, "url": link.url} for link in red.links],
        "years_experience": red.years_experience,
        "pii": [{"kind": p.kind, "start": p.span.start, "end": p.span.end} for p in profile.pii],
    }


def parse_result_dict(
    path: str, document: Document | None, profile: Profile | None, error: FileError | None
) -> dict[str, Any]:
    warnings = list(document.warnings) if document else []
    if profile is not None:
        warnings += [w for w in profile.warnings if w not in warnings]
    return {
        "path": path,
        "format": document.format if document else None,
        "ok": error is None,
        "error": {"code": error.code, "message": error.message} if error else None,
        "warnings": [{"code": w.code, "message": w.message, "text": w.text} for w in warnings],
        "text": document.text if document else "",
        "redacted_text": profile.redacted.text if profile else "",
        "profile": profile_dict(profile) if profile else None,
    }


_CSV_FIELDS = (
    "rank",
    "tied",
    "path",
    "score",
    "family",
    "flags",
    "met",
    "listed",
    "missing",
    "top_evidence",
    "name",
)


def _status_count(m: Match) -> Mapping[str, int]:
    counts = {"met": 0, "listed": 0, "missing": 0}
    for r in m.requirements:
        counts[r.status] += 1
    return counts


def shortlist_csv(result: Shortlist, names: Mapping[str, str] | None = None) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(_CSV_FIELDS)
    for e in result.ranked:
        m = e.match
        counts = _status_count(m)
        writer.writerow(
            [
                e.rank,
                e.tied,
                m.path,
                f"{m.score:.2f}",
                m.family,
                ";".join(m.flags),
                counts["met"],
                counts["listed"],
                counts["missing"],
                m.highlights[0].text if m.highlights else "",
                (names or {}).get(m.path, ""),
            ]
        )
    for err in result.errors:
        writer.writerow(
            ["", "", err.path, "", "", f"error:{err.code}", "", "", "", err.message, ""]
        )
    return buf.getvalue()


_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1d232a;max-width:72rem}
h1{font-size:1.4rem}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #dde;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{cursor:pointer;background:#f4f6f8}.met{color:#126b2f}.listed{color:#8a5a00}
.missing{color:#a11}.flag{background:#fde8e8;border-radius:3px;padding:0 .3rem;margin-right:.2rem}
blockquote{margin:.2rem 0 .2rem 1rem;color:#334;border-left:3px solid #cde;padding-left:.5rem}
.bar{display:inline-block;height:.7rem;background:#4a78c2;margin-right:1px}
details{margin:.3rem 0}.legend{font-size:12px;color:#445}.key{margin-right:.8rem}
"""
_PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
    "#393b79",
    "#637939",
    "#8c6d31",
    "#843c39",
)


def _colour(i: int) -> str:
    return _PALETTE[i % len(_PALETTE)]


_SCRIPT = """
document.querySelectorAll('th').forEach((th,i)=>th.addEventListener('click',()=>{
 const tb=th.closest('table').tBodies[0];const rows=[...tb.rows];const asc=th.dataset.asc!=='1';
 rows.sort((a,b)=>{const x=a.cells[i].dataset.v??a.cells[i].textContent,
 y=b.cells[i].dataset.v??b.cells[i].textContent;const n=parseFloat(x)-parseFloat(y);
 return (isNaN(n)?x.localeCompare(y):n)*(asc?1:-1)});th.dataset.asc=asc?'1':'0';
 rows.forEach(r=>tb.appendChild(r))}));
"""


def shortlist_html(result: Shortlist, names: Mapping[str, str] | None = None) -> str:
    """One self-contained HTML file: no network, no external assets."""
    e = html.escape
    role = result.role
    rows = []
    details = []
    for entry in result.ranked:
        m = entry.match
        bars = "".join(
            f'<span class="bar" title="{e(k)}: {v:.1f} points" '
            f'style="width:{max(v, 0) * 3:.0f}px;background:{_colour(i)}"></span>'
            for i, (k, v) in enumerate(m.components.items())
        )
        rows.append(
            f'<tr><td data-v="{entry.rank}">{entry.rank}{"=" if entry.tied else ""}</td>'
            f"<td>{e((names or {}).get(m.path, ''))}</td>"
            f'<td><a href="#c{entry.rank}-{e(m.path)}">{e(m.path)}</a></td>'
            f'<td data-v="{m.score}">{m.score:.1f}</td><td>{e(m.family)}</td>'
            f"<td>{bars}</td><td>{''.join(f'<span class=flag>{e(f)}</span>' for f in m.flags)}"
            "</td></tr>"
        )
        reqs = "".join(
            f'<li class="{r.status}">{e(r.requirement.label)} — {r.status}'
            + "".join(f"<blockquote>{e(q.text)}</blockquote>" for q in r.evidence)
            + "</li>"
            for r in m.requirements
        )
        highlights = "".join(f"<blockquote>{e(q.text)}</blockquote>" for q in m.highlights)
        details.append(
            f'<details id="c{entry.rank}-{e(m.path)}"><summary>{entry.rank}. {e(m.path)} — '
            f"{m.score:.1f}</summary><h4>Strongest evidence</h4>{highlights}"
            f"<h4>Requirements</h4><ul>{reqs}</ul></details>"
        )
    errors = "".join(
        f"<li>{e(err.path)}: <b>{e(err.code)}</b> — {e(err.message)}</li>" for err in result.errors
    )
    features = list(result.ranked[0].match.components) if result.ranked else []
    legend = "".join(
        f'<span class="key"><span class="bar" style="width:10px;background:{_colour(i)}">'
        f"</span>{e(feature)}</span>"
        for i, feature in enumerate(features)
    )
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>shortlist — {e(role.title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>Shortlist — {e(role.title)}</h1><p>family <b>{e(role.family)}</b>, seniority "
        f"<b>{e(role.seniority or 'unstated')}</b>; must-haves: "
        f"{e(', '.join(r.label for r in role.must))}</p>"
        "<table><thead><tr><th>rank</th><th>name</th><th>file</th><th>score</th><th>family</th>"
        "<th>score components</th><th>flags</th></tr></thead><tbody>"
        + "".join(rows)
        + f'</tbody></table><p class="legend">score components (points): {legend}</p>'
        + "<h2>Candidates</h2>"
        + "".join(details)
        + (f"<h2>Files not read</h2><ul>{errors}</ul>" if errors else "")
        + f"<script>{_SCRIPT}</script></body></html>\n"
    )
