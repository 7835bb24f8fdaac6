"""Small Markdown CVs built in the test, read through the real stages (parse → signals)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shortlist.parse import parse
from shortlist.signals import extract
from shortlist.taxonomy import Taxonomy, load_taxonomy
from shortlist.types import Document, PartialDate, Signals

AS_OF = PartialDate(2026, 11)
ReadFn = Callable[[str], Signals]


def cv_text(
    summary: str = "",
    bullets: tuple[str, ...] = (),
    skills: str = "Python, SQL",
    extra: str = "",
) -> str:
    """A one-position CV in the shape of the bundled examples."""
    parts = ["# Sam Example", "", "sam@example.com · London, UK", ""]
    if summary:
        parts += ["## Summary", "", summary, ""]
    parts += [
        "## Experience",
        "",
        "### Machine Learning Engineer — Shopco, London",
        "Jan 2021 – Present",
        "",
    ]
    parts += [f"- {b}" for b in bullets] + [""]
    if extra:
        parts += [extra, ""]
    parts += ["## Skills", "", f"- {skills}", ""]
    return "\n".join(parts)


@pytest.fixture(scope="session")
def make_cv() -> Callable[..., str]:
    return cv_text


@pytest.fixture(scope="session")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


@pytest.fixture(scope="session")
def read(taxonomy: Taxonomy) -> ReadFn:
    def run(text: str) -> Signals:
        profile = parse(Document(path="cv.md", format="markdown", text=text), today=AS_OF)
        return extract(profile.redacted, taxonomy)

    return run
