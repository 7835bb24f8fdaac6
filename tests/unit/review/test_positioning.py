"""Positioning: the family and specialism a CV signals, and how its summary reads."""

from __future__ import annotations

from collections.abc import Callable

from shortlist.review import review
from shortlist.types import Signals

ReadFn = Callable[[str], Signals]

SPECIFIC = (
    "ML engineer specialising in production deployment and monitoring of recommendation "
    "systems in e-commerce."
)
GENERIC = (
    "ML engineer with Python, TensorFlow and AWS looking for opportunities to apply AI to "
    "real-world problems."
)
BULLETS = (
    "Deployed a two-tower recommender on Kubernetes serving 2M requests/day; p95 latency "
    "fell from 180 ms to 45 ms.",
    "Built drift monitoring with Evidently for the ranking models in production.",
)


def test_a_specific_statement_names_family_specialism_domain(
    read: ReadFn, make_cv: Callable[..., str]
) -> None:
    s = review(read(make_cv(SPECIFIC, BULLETS))).positioning.statement
    assert s.reading == "specific"
    assert s.family == "applied_ml"
    assert "recommendation systems" in s.specialism
    assert "e-commerce" in s.domain
    assert "production" in s.evidence
    assert s.missing == ()
    assert s.quote is not None and s.quote.text.startswith("ML engineer specialising")


def test_a_generic_statement_says_what_it_lacks(read: ReadFn, make_cv: Callable[..., str]) -> None:
    s = review(read(make_cv(GENERIC, BULLETS))).positioning.statement
    assert s.reading == "generic"
    assert s.family == "applied_ml"  # it does name a family ...
    assert s.specialism == ()  # ... but tools and "AI" are not a specialism
    assert [q.text.lower() for q in s.stock_phrases] == ["real-world problems"]
    assert any("specialism" in m for m in s.missing)
    assert any("stock phrases" in m for m in s.missing)


def test_no_summary_reads_as_missing(read: ReadFn, make_cv: Callable[..., str]) -> None:
    s = review(read(make_cv("", BULLETS))).positioning.statement
    assert s.reading == "missing"
    assert s.quote is None and s.missing


def test_family_and_confidence_are_the_rankings_own(
    read: ReadFn, make_cv: Callable[..., str]
) -> None:
    signals = read(make_cv(SPECIFIC, BULLETS))
    p = review(signals).positioning
    assert p.family == signals.family
    assert p.confidence == round(signals.family_scores[signals.family], 3)
    assert p.runner_up != p.family
    assert p.confidence >= p.runner_up_confidence


def test_a_target_other_than_the_reading_is_not_a_clear_target(
    read: ReadFn, make_cv: Callable[..., str]
) -> None:
    signals = read(make_cv(SPECIFIC, BULLETS))
    aimed = review(signals, target="research").positioning
    assert aimed.target == "research"
    assert aimed.target_confidence == round(signals.family_scores["research"], 3)
    assert any("you target" in n for n in aimed.notes)


def test_a_summary_naming_another_family_makes_the_target_unclear(
    read: ReadFn, make_cv: Callable[..., str]
) -> None:
    p = review(read(make_cv("Data scientist in retail banking.", BULLETS))).positioning
    assert p.statement.family == "data_science"
    assert p.family != "data_science"
    assert not p.clear_target
    assert any("the summary says" in n for n in p.notes)
