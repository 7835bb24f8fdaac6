"""Golden files for the parse stage: each input in ``cases/`` beside its expected JSON.

The expected files are a stable serialisation of the Profile (section kinds and headings,
positions with dates, bullet texts, education, link kinds, PII kinds and texts, years, the
redacted text). Regenerate them only on purpose, after reading the diff::

    PYTHONPATH=src .venv/bin/python tests/golden/parse/test_parse_golden.py --update
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from shortlist.parse import parse
from shortlist.types import Document, Profile

CASES = Path(__file__).parent / "cases"
INPUTS = sorted(p for p in CASES.iterdir() if p.suffix in (".txt", ".md"))


def serialise(profile: Profile) -> dict[str, object]:
    r = profile.redacted
    original = profile.document.text
    return {
        "sections": [[s.kind, s.heading] for s in r.sections],
        "positions": [
            {
                "title": p.title,
                "organisation": p.organisation,
                "location": p.location,
                "start": p.start.isoformat() if p.start else None,
                "end": p.end.isoformat() if p.end else None,
                "current": p.current,
            }
            for p in r.positions
        ],
        "bullets": [[b.section, b.position, b.text] for b in r.bullets],
        "education": [
            {"degree": e.degree, "field": e.field, "institution": e.institution, "year": e.year}
            for e in r.education
        ],
        "links": [[link.kind, link.url] for link in r.links],
        "pii": [[p.kind, p.span.of(original)] for p in profile.pii],
        "contact": dict(sorted(profile.contact.items())),
        "years_experience": r.years_experience,
        "redacted_text": r.text.split("\n"),
    }


def _parse(path: Path) -> Profile:
    fmt = "markdown" if path.suffix == ".md" else "text"
    return parse(Document(path.name, fmt, path.read_text(encoding="utf-8")))


def _dump(data: dict[str, object]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_there_are_enough_layouts() -> None:
    assert len(INPUTS) >= 12


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_golden(path: Path) -> None:
    expected = path.with_suffix(".json")
    assert expected.exists(), f"no expected file for {path.name}; run this file with --update"
    assert _dump(serialise(_parse(path))) == expected.read_text(encoding="utf-8")


def update() -> None:
    for path in INPUTS:
        path.with_suffix(".json").write_text(_dump(serialise(_parse(path))), encoding="utf-8")
        print(f"wrote {path.with_suffix('.json').name}")


if __name__ == "__main__":
    if "--update" not in sys.argv:
        sys.exit("usage: test_parse_golden.py --update   (rewrites every expected file)")
    update()
