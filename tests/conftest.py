"""Shared fixtures: paths to the bundled examples, and fast settings for tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def example_cvs() -> list[Path]:
    return sorted((EXAMPLES / "cvs").glob("*.md"))


@pytest.fixture(scope="session")
def briefs() -> list[Path]:
    return sorted((EXAMPLES / "briefs").glob("*.md"))
