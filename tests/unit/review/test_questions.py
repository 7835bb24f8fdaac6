"""Line by line: kinds, what a line lacks, and questions that never invent a number."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from shortlist.review import review
from shortlist.types import Signals

ReadFn = Callable[[str], Signals]
ROOT = Path(__file__).resolve().parents[3]
CVS = sorted((ROOT / "examples" / "cvs").glob("*.md"))


def test_a_process_line_without_numbers_is_asked_to_measure(
    read: ReadFn, make_cv: Callable[..., str]
) -> None:
    b = review(read(make_cv("", ("Built the feature store with Feast for the fraud models.",))))
    (line,) = b.bullets
    assert line.kind == "process"
    assert line.lacks == ("measure", "scale", "production")
    assert line.question is not None
    assert line.question.startswith("You built the feature store with Feast")
    assert "By how much" in line.question
    assert "At what scale" in line.question


def test_a_line_with_scale_and_production_asks_only_for_the_change(
    read: ReadFn, make_cv: Callable[..., str]
) -> None:
    line = "Deployed the fraud model to production behind a service handling millions of requests."
    (b,) = review(read(make_cv("", (line,)))).bullets
    assert b.kind == "process"
    assert b.lacks == ("measure",)
    assert b.question is not None and "By how much" in b.question
    assert "At what scale" not in b.question and "deployed or used" not in b.question


def test_an_outcome_line_gets_no_question(read: ReadFn, make_cv: Callable[..., str]) -> None:
    line = "Moved scoring to Triton; p95 latency fell from 120 ms to 38 ms for 1.5M requests/day."
    (b,) = review(read(make_cv("", (line,)))).bullets
    assert b.kind == "outcome"
    assert b.question is None
    assert "from 120 ms to 38 ms" in b.quantities


def test_a_claim_is_asked_what_was_done(read: ReadFn, make_cv: Callable[..., str]) -> None:
    (b,) = review(read(make_cv("", ("Worked on ML models.",)))).bullets
    assert b.kind == "claim"
    assert b.question is not None and "reads as a claim" in b.question
    assert "Worked on ML models" in b.question


def test_skills_are_the_bullets_own_words(read: ReadFn, make_cv: Callable[..., str]) -> None:
    line = "Built a retrieval service on pgvector and FastAPI for the support team."
    (b,) = review(read(make_cv("", (line,)))).bullets
    assert b.skills and all(word in line for word in b.skills)


def _digits(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


@pytest.mark.parametrize("path", CVS, ids=[p.stem for p in CVS])
def test_no_question_holds_a_number_its_line_does_not(read: ReadFn, path: Path) -> None:
    for b in review(read(path.read_text(encoding="utf-8"))).bullets:
        if b.question is None:
            continue
        assert set(re.findall(r"\d", b.question)) <= set(re.findall(r"\d", b.quote.text)), b
        assert _digits(b.question) <= _digits(b.quote.text), b


def test_questions_on_numberless_lines_hold_no_digit(
    read: ReadFn, make_cv: Callable[..., str]
) -> None:
    lines = (
        "Built the feature store with Feast for the fraud models.",
        "Wrote dashboards in Tableau for the marketing team.",
        "Fine-tuned Llama on support tickets with LoRA.",
        "Designed the RAG pipeline with LangChain and Qdrant.",
        "Ran experiments with MLflow on the churn model.",
    )
    for b in review(read(make_cv("", lines))).bullets:
        assert b.question is not None
        assert not re.search(r"\d", b.question), b.question
