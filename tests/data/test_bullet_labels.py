"""Contract of the hand-labelled bullets that ``bench/bullets.py`` scores the classifier on."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from shortlist.types import BulletKind

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "bench" / "data" / "bullets.csv"
RUBRIC = ROOT / "bench" / "data" / "BULLET_RUBRIC.md"
KINDS: frozenset[BulletKind] = frozenset({"outcome", "process", "claim"})
SOURCES = re.compile(r"^(?:examples/[a-z0-9-]+|resume-categories/\d+|resume-fields/\d+)$")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with LABELS.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == ["id", "source", "text", "label", "note"]
        return list(reader)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9%$.+ ]", " ", text.lower()).split())


def test_there_are_at_least_300_bullets(rows: list[dict[str, str]]) -> None:
    assert len(rows) >= 300


def test_ids_are_unique_and_well_formed(rows: list[dict[str, str]]) -> None:
    ids = [r["id"] for r in rows]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"b\d{3}", i) for i in ids)


def test_labels_are_in_the_allowed_set(rows: list[dict[str, str]]) -> None:
    assert {r["label"] for r in rows} <= KINDS


def test_every_class_has_at_least_40_examples(rows: list[dict[str, str]]) -> None:
    counts = Counter(r["label"] for r in rows)
    assert all(counts[k] >= 40 for k in KINDS), counts


def test_no_text_is_empty_or_padded(rows: list[dict[str, str]]) -> None:
    for r in rows:
        assert r["text"].strip(), r["id"]
        assert r["text"] == " ".join(r["text"].split()), r["id"]


def test_no_bullet_appears_twice(rows: list[dict[str, str]]) -> None:
    seen = Counter(_norm(r["text"]) for r in rows)
    assert [t for t, n in seen.items() if n > 1] == []


def test_sources_name_where_each_bullet_came_from(rows: list[dict[str, str]]) -> None:
    assert all(SOURCES.match(r["source"]) for r in rows)


def test_the_rubric_is_next_to_the_labels() -> None:
    text = RUBRIC.read_text(encoding="utf-8")
    assert all(f"**{k}**" in text for k in KINDS)
