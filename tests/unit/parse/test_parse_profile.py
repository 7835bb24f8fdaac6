"""The whole stage: invariants every Profile keeps, whatever the layout."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shortlist.parse as parse_pkg
from shortlist.parse import parse
from shortlist.types import Document, OffsetMap, PartialDate, Profile, Span

GOLDEN = Path(__file__).parents[2] / "golden" / "parse" / "cases"
CVS = sorted(p for p in GOLDEN.iterdir() if p.suffix in (".md", ".txt"))

MARKDOWN = """# Jane Doe

jane.doe@example.com · +44 20 7946 0958 · linkedin.com/in/jane-doe

## Summary

ML engineer. Jane's focus is ranking.

## Experience

### Senior ML Engineer — Acme Corp, London
Mar 2021 – Present

- Cut p95 latency from 180 ms to 45 ms.
- Built the feature store.

### ML Engineer — Beta Labs, Berlin
06/2018 – 02/2021

- Shipped a fraud model that reduced chargebacks by 23%.

## Skills

Python, PyTorch
"""


def _profile(text: str, fmt: str = "markdown") -> Profile:
    return parse(Document("cv", fmt, text))  # type: ignore[arg-type]


def test_all_is_complete() -> None:
    public = {
        n
        for n in dir(parse_pkg)
        if not n.startswith("_") and (callable(getattr(parse_pkg, n)) or n.isupper())
    }
    assert public == set(parse_pkg.__all__)


@pytest.mark.parametrize("path", CVS, ids=[p.stem for p in CVS])
def test_invariants(path: Path) -> None:
    profile = _profile(path.read_text(encoding="utf-8"))
    r = profile.redacted
    original = profile.document.text
    for b in r.bullets:
        assert b.text == r.text[b.span.start : b.span.end]
        assert b.text == b.text.strip() and b.text
        assert b.position is None or 0 <= b.position < len(r.positions)
        if b.position is not None:
            pos = r.positions[b.position].span
            assert pos.start <= b.span.start and b.span.end <= pos.end
    for s in r.sections:
        assert s.span.end <= len(r.text)
    for a, b in zip(r.sections, r.sections[1:], strict=False):
        assert a.span.end == b.span.start
    for p in r.positions:
        assert p.span.end <= len(r.text)
        assert p.start is None or p.end is None or p.end.months() >= p.start.months()
    for link in r.links:
        assert link.span.of(r.text) == link.url
    for e in r.education:
        assert e.span.end <= len(r.text)
    spans = sorted((p.span for p in profile.pii), key=lambda s: (s.start, s.end))
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    for pii in profile.pii:
        value = pii.span.of(original)
        if len(value) >= 4 and pii.kind in ("name", "email", "phone", "url"):
            assert value not in r.text
    # the offset map sends every redacted span back to the original, placeholders widened
    for p in profile.pii:
        red = _redacted_span(r.offsets, p.span)
        assert r.offsets.to_original(red) == p.span


def _redacted_span(offsets: OffsetMap, original: Span) -> Span:
    for i, flag in enumerate(offsets.is_placeholder):
        if flag and offsets.orig_starts[i] == original.start:
            end = offsets.red_starts[i + 1]
            return Span(offsets.red_starts[i], end)
    raise AssertionError(f"no placeholder for {original}")


def test_text_outside_placeholders_maps_one_to_one() -> None:
    profile = _profile(MARKDOWN)
    r = profile.redacted
    for b in r.bullets:
        back = r.offsets.to_original(b.span)
        if "[" not in b.text:
            assert back.of(MARKDOWN) == b.text
    quote = next(b for b in r.bullets if "[NAME]" in b.text)
    assert r.offsets.to_original(quote.span).of(MARKDOWN) == "Jane's focus is ranking."


def test_structure_is_read_from_the_redacted_text() -> None:
    r = _profile(MARKDOWN).redacted
    assert [s.kind for s in r.sections] == ["header", "summary", "experience", "skills"]
    assert [(p.title, p.organisation, p.location) for p in r.positions] == [
        ("Senior ML Engineer", "Acme Corp", "London"),
        ("ML Engineer", "Beta Labs", "Berlin"),
    ]
    assert [b.position for b in r.bullets if b.section == "experience"] == [0, 0, 1]
    assert "Jane" not in r.text and "jane" not in r.text


def test_skills_lines_are_not_bullets() -> None:
    r = _profile(MARKDOWN).redacted
    assert all(b.section != "skills" for b in r.bullets)
    assert not any("PyTorch" in b.text for b in r.bullets)


def test_present_uses_today_or_the_latest_date_written() -> None:
    default = _profile(MARKDOWN).redacted.years_experience
    later = parse(Document("cv", "markdown", MARKDOWN), today=PartialDate(2024, 2)).redacted
    # 06/2018–02/2021 is 33 months; Mar 2021 to the latest date written (Mar 2021) is 1
    assert default == round(34 / 12, 1)
    assert later.years_experience == round((33 + 36) / 12, 1)


def test_overlapping_positions_count_once() -> None:
    text = "EXPERIENCE\nEngineer, A\n2018 - 2020\n- x\n\nAdvisor, B\n2019 - 2020\n- y\n"
    assert _profile(text, "text").redacted.years_experience == 3.0


def test_career_breaks_are_not_experience() -> None:
    text = "EXPERIENCE\nEngineer, A\n2018 - 2019\n\nCareer break\n2020 - 2021\n"
    assert _profile(text, "text").redacted.years_experience == 2.0


def test_parse_is_deterministic() -> None:
    assert _profile(MARKDOWN) == _profile(MARKDOWN)


def test_empty_document() -> None:
    profile = _profile("")
    assert profile.redacted.text == ""
    assert profile.redacted.sections == ()
    assert profile.redacted.years_experience is None


FRAGMENTS = [
    "# Jane Doe\n",
    "## Experience\n",
    "EDUCATION\n",
    "Skills: Python, SQL\n",
    "### ML Engineer — Acme, Berlin\n",
    "Mar 2021 – Present\n",
    "2019–21\n",
    "- Cut latency by 40%.\n",
    "• Built it. Then shipped it.\n",
    "jane@example.com | +44 20 7946 0958\n",
    "linkedin.com/in/jane-doe\n",
    "MSc Data Science, University of Leeds, 2018\n",
    "Nationality: British\n",
    "\n",
    "Paragraph text with e.g. an abbreviation. And a second sentence.\n",
    "Jane's work\n",
]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25), st.text(max_size=40))
@settings(max_examples=150, deadline=None)
def test_any_arrangement_keeps_the_invariants(parts: list[str], noise: str) -> None:
    text = "".join(parts) + noise
    profile = _profile(text)
    r = profile.redacted
    for b in r.bullets:
        assert b.text == r.text[b.span.start : b.span.end]
    spans = sorted((p.span for p in profile.pii), key=lambda s: (s.start, s.end))
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    assert all(s.span.end <= len(r.text) for s in r.sections)
    assert r.years_experience is None or r.years_experience >= 0
