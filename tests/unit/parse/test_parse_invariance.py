"""Swapping who wrote a CV changes nothing the scorer can see.

A fixed CV is filled in with many names (the Bertrand & Mullainathan 2004 first names, copied
into ``fixtures/first_names.csv``, plus names from several languages and cultures), their
e-mail addresses and pronouns; the redacted text must be byte-identical every time.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pytest

from shortlist.parse import parse
from shortlist.types import Document

with (Path(__file__).parent / "fixtures" / "first_names.csv").open(encoding="utf-8") as f:
    FIRST_NAMES = [row["first_name"] for row in csv.DictReader(f)]
SURNAMES = ["Walsh", "Baker", "Washington", "Jones", "Robinson", "Murphy", "Kelly", "Jackson"]
WORLD_NAMES = [
    "Nguyễn Thị Minh Khai",
    "Oluwaseun Adébáyọ̀",
    "Siobhán Ní Bhriain",
    "José María García-López",
    "Zhang Wei 张伟",
    "Aaliyah Al-Farsi",
    "Małgorzata Wiśniewska",
    "Rahul Venkataraman",
    "Hinemoa Te Rangi",
    "Ludwig van der Berg",
    "Ahmad bin Ismail",
    "Liam O'Connor",
    "Chidinma Okonkwo-Eze",
    "Søren Kierkegaard-Nielsen",
    "Priya Raghunathan",
]
PRONOUNS = ["she/her", "he/him", "they/them"]

TEMPLATE = """# {name}

{email} · +44 20 7946 0958 · London, UK · linkedin.com/in/{handle} · github.com/{handle}
Pronouns: {pronouns}

## Summary

ML engineer with 6 years in production ranking systems. {first}'s focus is evaluation.

## Experience

### Senior ML Engineer — Acme Corp, London
Mar 2021 – Present

- Cut p95 latency from 180 ms to 45 ms for 2M requests/day by distilling a BERT ranker.
- {first} led the migration of 40 features to Feast; 99.9% availability.

### ML Engineer — Beta Labs, Berlin
06/2018 – 02/2021

- Shipped a fraud model (XGBoost) that reduced chargebacks by 23%.

## Education

**MSc Machine Learning**, University College London, 2017

## Skills

Python, PyTorch, scikit-learn, Kubernetes, MLflow
"""


def _ascii(s: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in " -")
    )


def _cv(name: str, pronouns: str) -> str:
    first = name.split()[0]
    slug = re.sub(r"[^a-z0-9]+", "", _ascii(name).lower()) or "cand"
    email = f"{'.'.join(_ascii(name).lower().split()) or 'cand'}@example.com"
    return TEMPLATE.format(name=name, first=first, email=email, handle=slug, pronouns=pronouns)


CANDIDATES = [
    (f"{first} {SURNAMES[i % len(SURNAMES)]}", PRONOUNS[i % 3])
    for i, first in enumerate(FIRST_NAMES)
] + [(name, PRONOUNS[i % 3]) for i, name in enumerate(WORLD_NAMES)]


def _redacted(name: str, pronouns: str) -> str:
    return parse(Document("cv.md", "markdown", _cv(name, pronouns))).redacted.text


REFERENCE = _redacted("Jane Doe", "she/her")


def test_the_fixture_has_the_published_names() -> None:
    assert len(FIRST_NAMES) == 36


@pytest.mark.parametrize(("name", "pronouns"), CANDIDATES, ids=[c[0] for c in CANDIDATES])
def test_redacted_text_is_identical(name: str, pronouns: str) -> None:
    assert _redacted(name, pronouns) == REFERENCE


@pytest.mark.parametrize(("name", "pronouns"), CANDIDATES[:5] + CANDIDATES[-15:])
def test_structure_is_identical(name: str, pronouns: str) -> None:
    a = parse(Document("cv.md", "markdown", _cv(name, pronouns))).redacted
    b = parse(Document("cv.md", "markdown", _cv("Jane Doe", "she/her"))).redacted
    assert (a.sections, a.positions, a.bullets, a.education, a.links, a.years_experience) == (
        b.sections,
        b.positions,
        b.bullets,
        b.education,
        b.links,
        b.years_experience,
    )
