"""Bullet evidence: outcome / process / claim, quantities and evidence-layer markers."""

from __future__ import annotations

import pytest

from shortlist.signals import classify_bullet, find_quantities
from shortlist.types import Bullet, Span


def _read(text: str, offset: int = 0):  # type: ignore[no-untyped-def]
    return classify_bullet(Bullet(text, Span(offset, offset + len(text)), "experience"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Moved fraud scoring to Triton; p95 latency 120 → 38 ms at 1.5M requests/day", "outcome"),
        ("Ran a 4-week A/B test (n=220k users), +3.1% conversion, p<0.01", "outcome"),
        ("Reduced inference cost from $42k to $18k per month", "outcome"),
        ("Cut training time by 3x using DeepSpeed ZeRO-3 on 64 GPUs", "outcome"),
        ("Built a feature store on Feast for the credit risk team", "process"),
        ("Merged PR #4312 to vLLM adding speculative decoding", "process"),
        ("Worked on ML models", "claim"),
        ("Responsible for data pipelines", "claim"),
        ("Passionate about leveraging AI to solve real-world problems", "claim"),
        ("Team of 5 engineers since 2019", "claim"),
    ],
)
def test_kind(text: str, kind: str) -> None:
    assert _read(text).kind == kind


def test_outcome_outranks_process_outranks_claim() -> None:
    outcome = _read("Cut p95 latency from 180 ms to 45 ms for 2M requests/day")
    process = _read("Built the model serving layer on Kubernetes")
    claim = _read("Worked on ML models")
    assert outcome.strength > process.strength > claim.strength


def test_quantities_with_change_and_magnitude() -> None:
    text = "p95 latency 120 → 38 ms at 1.5M requests/day"
    qs = find_quantities(text, offset=100)
    assert [(q.text, q.value, q.unit, q.before) for q in qs] == [
        ("120 → 38 ms", 38.0, "ms", 120.0),
        ("1.5M requests/day", 1_500_000.0, "requests/day", None),
    ]
    for q in qs:  # spans are shifted by the offset and cover the quoted text
        assert text[q.span.start - 100 : q.span.end - 100] == q.text


@pytest.mark.parametrize("text", ["Joined in 2019", "Worked with 3 of them", "Python 3"])
def test_bare_numbers_and_years_are_not_measurements(text: str) -> None:
    assert find_quantities(text) == ()


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Deployed the ranking model behind a canary with automatic rollback", "production"),
        ("Evidently drift alerts caught a broken feature pipeline within 2 h", "production"),
        ("Ran ablations against a strong baseline with a held-out set", "experimentation"),
        ("Wrote the post-mortem and fixed the root cause", "failure_analysis"),
        ("Merged 12 pull requests into Hugging Face Transformers", "open_source"),
        ("Gave a talk at PyData London on drift monitoring", "community"),
        ("Explained model risk to non-technical stakeholders every quarter", "communication"),
    ],
)
def test_markers(text: str, marker: str) -> None:
    assert marker in _read(text).markers


def test_claims_carry_no_production_credit() -> None:
    assert "production" not in _read("Responsible for production ML models").markers
