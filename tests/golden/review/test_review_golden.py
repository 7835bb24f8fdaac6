"""Golden files: every bundled example CV in → its expected review JSON out.

A change that moves any reading, quote or question shows up here as a diff. When the change is
intended, regenerate on purpose and review the diff:

    SHORTLIST_UPDATE_GOLDEN=1 .venv/bin/pytest tests/golden/review
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from shortlist.config import Settings
from shortlist.ingest import read_document
from shortlist.parse import parse
from shortlist.review import review, review_dict
from shortlist.signals import extract
from shortlist.taxonomy import load_taxonomy
from shortlist.types import PartialDate

ROOT = Path(__file__).resolve().parents[3]
GOLDEN = Path(__file__).parent
CVS = sorted((ROOT / "examples" / "cvs").glob("*.md"))


@pytest.mark.parametrize("cv", CVS, ids=[p.stem for p in CVS])
def test_review_of_example_matches_golden(cv: Path) -> None:
    path = f"examples/cvs/{cv.name}"
    # the same stages `shortlist review` runs, in-process (read_document is ingest without
    # the worker pool)
    document = read_document(cv.read_bytes(), path, Settings())
    profile = parse(document, today=PartialDate(2026, 11))
    result = review(extract(profile.redacted, load_taxonomy()), path=path)
    got = json.loads(json.dumps(review_dict(result), ensure_ascii=False))
    golden = GOLDEN / f"{cv.stem}.json"
    if os.environ.get("SHORTLIST_UPDATE_GOLDEN") == "1":
        golden.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert got == expected
