"""Golden files: the bundled examples in → the expected `shortlist rank --format json` out.

A change that moves any score, rank, quote or flag shows up here as a diff. When the change is
intended, regenerate on purpose and review the diff:

    SHORTLIST_UPDATE_GOLDEN=1 .venv/bin/pytest tests/golden
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from shortlist.cli import app

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).parent / "rank"
BRIEFS = sorted((ROOT / "examples" / "briefs").glob("*.md"))


@pytest.mark.parametrize("brief", BRIEFS, ids=[b.stem for b in BRIEFS])
def test_rank_examples_matches_golden(brief: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(
        app,
        [
            "rank",
            f"examples/briefs/{brief.name}",
            "examples/cvs",
            "--format",
            "json",
            "--as-of",
            "2026-11",
        ],
    )
    assert result.exit_code == 0, result.output
    got = json.loads(result.stdout)
    golden = GOLDEN / f"{brief.stem}.json"
    if os.environ.get("SHORTLIST_UPDATE_GOLDEN") == "1":
        golden.write_text(json.dumps(got, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert got == expected
