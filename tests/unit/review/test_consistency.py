"""Advice and ranking never disagree (issue #7, deliverable 2), through the real pipeline.

Document(markdown) → parse → signals.extract → review / match, the same calls `shortlist rank`
makes. Two properties:

1. Answering a review's question — turning a process line into an outcome line — raises the
   match score for a brief that needs the line's skill.
2. Adding buzzwords to the skills list does not: the review gives them nothing, and the score
   does not rise.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shortlist.match import EvidenceScorer, match
from shortlist.parse import parse
from shortlist.review import Review, review
from shortlist.roles import infer_role
from shortlist.signals import extract
from shortlist.taxonomy import Taxonomy, load_taxonomy
from shortlist.types import Document, PartialDate, RoleSpec, Signals

ROOT = Path(__file__).resolve().parents[3]
BRIEFS = sorted((ROOT / "examples" / "briefs").glob("*.md"))
CVS = sorted((ROOT / "examples" / "cvs").glob("*.md"))
AS_OF = PartialDate(2026, 11)
SCORER = EvidenceScorer().fit_prior()


def _signals(text: str, taxonomy: Taxonomy) -> Signals:
    profile = parse(Document("cv.md", "markdown", text), today=AS_OF)
    return extract(profile.redacted, taxonomy)


def _score(signals: Signals, role: RoleSpec) -> float:
    return match(signals, role, SCORER, path="cv.md").score


# (brief, process line, the same line with the measured change a question asks for)
ANSWERS = (
    (
        "## Must have\n\n- A feature store (Feast or Tecton)\n- Kubernetes\n",
        "Built the feature store with Feast for the fraud models.",
        "Built the feature store with Feast for the fraud models; time to ship a feature fell "
        "from 10 days to 2 days.",
    ),
    (
        "## Must have\n\n- Model serving with Triton or KServe\n- Python\n",
        "Moved model serving to Triton Inference Server for the ranking models.",
        "Moved model serving to Triton Inference Server for the ranking models; p95 latency "
        "fell from 120 ms to 40 ms.",
    ),
    (
        "## Must have\n\n- RAG with a vector store such as pgvector\n- LLM evaluation\n",
        "Designed the RAG pipeline on pgvector for the support assistant.",
        "Designed the RAG pipeline on pgvector for the support assistant; answer accuracy on "
        "our eval set rose from 62% to 81%.",
    ),
)


def _cv(line: str) -> str:
    return (
        "# Sam Example\n\n## Experience\n\n### ML Engineer — Shopco, London\n"
        f"Jan 2021 – Present\n\n- {line}\n- Wrote Python services for the data team.\n\n"
        "## Skills\n\n- Python, Docker\n"
    )


@pytest.mark.parametrize(("brief", "before", "after"), ANSWERS, ids=["feast", "triton", "rag"])
def test_answering_the_question_raises_the_match_score(brief: str, before: str, after: str) -> None:
    tax = load_taxonomy()
    role = infer_role("# ML Engineer\n\n" + brief, tax)
    old, new = _signals(_cv(before), tax), _signals(_cv(after), tax)

    asked = review(old, role=role).bullets[0]
    assert asked.kind == "process" and "measure" in asked.lacks
    assert asked.question is not None and "By how much" in asked.question
    answered = review(new, role=role).bullets[0]
    assert answered.kind == "outcome" and answered.question is None

    assert _score(new, role) > _score(old, role)
    # the review's own brief section is that very score
    assert review(new, role=role).brief is not None
    assert review(new, role=role).brief.match.score == _score(new, role)  # type: ignore[union-attr]


BUZZWORDS = (
    "Artificial Intelligence",
    "Machine Learning",
    "Deep Learning",
    "Big Data",
    "Generative AI",
    "Cloud Computing",
    "Data Science",
    "Neural Networks",
    "AI/ML",
    "Innovation",
)
# A listed skill says nothing about the family or specialisms a CV works in
# (signals._SHOWN_VALUE["listed"] = 0), so a buzzword that is no requirement cannot raise a
# score at all; it can only lower specificity.
NUDGE = 0.0
_SKILLS = re.compile(r"^## [^\n]*(?:Skills|Competencies|Stack|Tools)[^\n]*\n", re.M | re.I)


def _with_buzzwords(text: str, words: list[str]) -> str:
    m = _SKILLS.search(text)
    assert m is not None
    return text[: m.end()] + "\n- " + ", ".join(words) + "\n" + text[m.end() :]


@pytest.mark.parametrize("brief", BRIEFS, ids=[b.stem for b in BRIEFS])
def test_buzzwords_in_the_skills_list_do_not_raise_the_score(brief: Path) -> None:
    tax = load_taxonomy()
    role = infer_role(brief.read_text(encoding="utf-8"), tax)
    asked = {sid for r in role.must + role.nice for sid in r.skill_ids}
    words = [w for w in BUZZWORDS if not {h.skill_id for h in tax.find(w)} & asked]
    assert words
    for cv in CVS:
        text = cv.read_text(encoding="utf-8")
        if not _SKILLS.search(text):
            continue
        plain, padded = _signals(text, tax), _signals(_with_buzzwords(text, words), tax)
        assert _score(padded, role) <= _score(plain, role) + NUDGE, cv.stem
        # the review gives the buzzwords nothing: no layer, line or soup entry changes
        # (offsets move, since text was inserted; what is quoted and said does not)
        before, after = review(plain, role=role), review(padded, role=role)
        assert _reading(after) == _reading(before), cv.stem


def _reading(r: Review) -> tuple[object, ...]:
    layers = [
        (layer.name, layer.status, [(c.name, [q.text for q in c.evidence]) for c in layer.checks])
        for layer in r.layers
    ]
    lines = [(b.quote.text, b.kind, b.question) for b in r.bullets]
    return (layers, lines, [s.skill_id for s in r.keyword_soup])


def test_answering_beats_any_amount_of_buzzwords() -> None:
    tax = load_taxonomy()
    brief, before, after = ANSWERS[0]
    role = infer_role("# ML Engineer\n\n" + brief, tax)
    base = _score(_signals(_cv(before), tax), role)
    answered = _score(_signals(_cv(after), tax), role)
    padded = _score(_signals(_with_buzzwords(_cv(before), list(BUZZWORDS)), tax), role)
    assert answered - base > 10 * max(padded - base, NUDGE)
