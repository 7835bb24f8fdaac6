"""Helpers for behavioural tests: score a CV text against a brief, through every stage."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from shortlist.match import EvidenceScorer, match
from shortlist.parse import parse
from shortlist.roles import infer_role
from shortlist.signals import extract
from shortlist.taxonomy import load_taxonomy
from shortlist.types import Document, Match, PartialDate, RoleSpec

AS_OF = PartialDate(2026, 11)
ScoreFn = Callable[[str, RoleSpec], Match]


@pytest.fixture(scope="session")
def roles(briefs: list[Path]) -> dict[str, RoleSpec]:
    tax = load_taxonomy()
    return {b.stem: infer_role(b.read_text(encoding="utf-8"), tax) for b in briefs}


@pytest.fixture(scope="session")
def score() -> ScoreFn:
    tax = load_taxonomy()
    scorer = EvidenceScorer().fit_prior()

    def run(text: str, role: RoleSpec) -> Match:
        profile = parse(Document(path="cv.md", format="markdown", text=text), today=AS_OF)
        return match(extract(profile.redacted, tax), role, scorer, path="cv.md")

    return run
