"""Batch ranking over a CandidateIndex gives exactly what match() and rank() give, one by one."""

from __future__ import annotations

import dataclasses
import math
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shortlist.errors import NotFittedError
from shortlist.match import (
    FEATURES,
    PRIOR_WEIGHTS,
    EvidenceScorer,
    build_index,
    feature_matrix,
    match,
    pair_features,
    rank,
    rank_index,
    requirement_results,
    score_index,
)
from shortlist.match._batch import _fsum_rows, _round
from shortlist.parse import parse
from shortlist.roles import infer_role
from shortlist.signals import extract
from shortlist.taxonomy import load_taxonomy
from shortlist.types import Document, PartialDate, RoleSpec, Signals

Candidates = list[tuple[str, Signals]]
BRIEFS = sorted(p.stem for p in (Path(__file__).parents[3] / "examples/briefs").glob("*.md"))
SCORER = EvidenceScorer().fit_prior()


@pytest.fixture(scope="module")
def candidates(example_cvs: list[Path]) -> Candidates:
    tax = load_taxonomy()
    out = []
    for p in example_cvs:
        doc = Document(p.name, "markdown", p.read_text(encoding="utf-8"))
        out.append((p.name, extract(parse(doc, today=PartialDate(2026, 11)).redacted, tax)))
    return out


@pytest.fixture(scope="module")
def roles(briefs: list[Path]) -> dict[str, RoleSpec]:
    tax = load_taxonomy()
    return {b.stem: infer_role(b.read_text(encoding="utf-8"), tax) for b in briefs}


def _one_by_one(cands: Candidates, role: RoleSpec, scorer: EvidenceScorer) -> list[float]:
    return [match(s, role, scorer, path=p).score for p, s in cands]


def _perturb(cands: Candidates, seed: int, copies: int) -> Candidates:
    """Copies that differ: lines and mentions dropped, family and specialism scores jittered."""
    rnd = random.Random(seed)
    out = []
    for k in range(copies):
        for path, sig in cands:
            fam = {f: v * rnd.uniform(0.7, 1.3) for f, v in sig.family_scores.items()}
            total = sum(fam.values())
            out.append(
                (
                    f"{k}/{path}",
                    dataclasses.replace(
                        sig,
                        mentions=tuple(m for m in sig.mentions if rnd.random() > 0.3),
                        bullets=tuple(b for b in sig.bullets if rnd.random() > 0.3),
                        family_scores={f: v / total for f, v in fam.items()},
                        specialisms={
                            s: round(rnd.random(), 6) if rnd.random() < 0.8 else v
                            for s, v in sig.specialisms.items()
                        },
                        genericness=min(1.0, max(0.0, sig.genericness + rnd.uniform(-0.1, 0.1))),
                    ),
                )
            )
    return out


@pytest.mark.parametrize("brief", BRIEFS)
def test_scores_equal_match_bit_for_bit(
    candidates: Candidates, roles: dict[str, RoleSpec], brief: str
) -> None:
    role = roles[brief]
    scores = score_index(build_index(candidates), role, SCORER)
    assert scores.tolist() == _one_by_one(candidates, role, SCORER)


@pytest.mark.parametrize("brief", BRIEFS)
def test_feature_rows_equal_pair_features(
    candidates: Candidates, roles: dict[str, RoleSpec], brief: str
) -> None:
    role = roles[brief]
    expected = []
    for _, s in candidates:
        must, nice = requirement_results(s, role.must), requirement_results(s, role.nice)
        features = pair_features(s, role, must, nice)
        expected.append([features[f] for f in FEATURES])
    assert feature_matrix(build_index(candidates), role).tolist() == expected


@pytest.mark.parametrize("brief", BRIEFS)
def test_ranking_and_top_matches_equal_rank_of_match(
    candidates: Candidates, roles: dict[str, RoleSpec], brief: str
) -> None:
    role = roles[brief]
    # Duplicates under other paths make ties, which must share a rank as rank() says.
    cands = candidates + [(f"copy-{p}", s) for p, s in candidates[::3]]
    notices = [("hidden_text",) if i % 5 == 0 else () for i in range(len(cands))]
    expected = rank(
        [
            match(s, role, SCORER, path=p, notices=n)
            for (p, s), n in zip(cands, notices, strict=True)
        ]
    )
    got = rank_index(build_index(cands, notices), role, SCORER, top=8)
    index_view = [
        (cands[i][0], int(r), bool(t))
        for i, r, t in zip(got.order, got.ranks, got.tied, strict=True)
    ]
    assert index_view == [(r.match.path, r.rank, r.tied) for r in expected]
    assert any(t for _, _, t in index_view)
    assert got.top == expected[:8]
    assert got.shortlist().ranked == expected[:8]


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), brief=st.sampled_from(BRIEFS))
def test_perturbed_candidates_score_equal(
    candidates: Candidates, roles: dict[str, RoleSpec], seed: int, brief: str
) -> None:
    cands = _perturb(candidates, seed, copies=2)
    role = roles[brief]
    assert score_index(build_index(cands), role, SCORER).tolist() == _one_by_one(
        cands, role, SCORER
    )


ROLE_VARIANTS = {
    "no_nice": lambda r: dataclasses.replace(r, nice=()),
    "no_must": lambda r: dataclasses.replace(r, must=()),
    "no_requirements": lambda r: dataclasses.replace(r, must=(), nice=()),
    "no_level_domain_specialism": lambda r: dataclasses.replace(
        r, seniority=None, domain=None, specialisms=()
    ),
    "unknown_skill_and_domain": lambda r: dataclasses.replace(
        r,
        must=(dataclasses.replace(r.must[0], skill_ids=("no_such_skill",)), *r.must[1:]),
        domain="no_such_domain",
    ),
    "several_specialisms": lambda r: dataclasses.replace(
        r, specialisms=("llm_rag", "mlops_infra", "ai_safety_eval", "edge", "domain")
    ),
    "other_family_junior": lambda r: dataclasses.replace(r, family="research", seniority="junior"),
}


@pytest.mark.parametrize("variant", sorted(ROLE_VARIANTS))
def test_role_variants_score_equal(
    candidates: Candidates, roles: dict[str, RoleSpec], variant: str
) -> None:
    cands = _perturb(candidates, seed=7, copies=2)
    index = build_index(cands)
    for brief in BRIEFS:
        role = ROLE_VARIANTS[variant](roles[brief])
        assert score_index(index, role, SCORER).tolist() == _one_by_one(cands, role, SCORER)


def test_a_learned_scorer_scores_equal(candidates: Candidates, roles: dict[str, RoleSpec]) -> None:
    rnd = random.Random(3)
    scorer = EvidenceScorer(prior={f: rnd.random() for f in PRIOR_WEIGHTS}).fit_prior()
    role = roles[BRIEFS[0]]
    got = score_index(build_index(candidates), role, scorer)
    assert got.tolist() == _one_by_one(candidates, role, scorer)


def test_an_empty_index_ranks_nothing(roles: dict[str, RoleSpec]) -> None:
    index = build_index([])
    role = roles[BRIEFS[0]]
    assert len(index) == 0
    assert score_index(index, role, SCORER).shape == (0,)
    ranking = rank_index(index, role, SCORER)
    assert ranking.top == () and len(ranking.order) == 0


def test_an_unfitted_scorer_raises(candidates: Candidates, roles: dict[str, RoleSpec]) -> None:
    with pytest.raises(NotFittedError, match="not fitted"):
        score_index(build_index(candidates), roles[BRIEFS[0]], EvidenceScorer())


def test_notices_must_match_candidates(candidates: Candidates) -> None:
    with pytest.raises(ValueError, match="every candidate"):
        build_index(candidates, [()])


# ── the exact arithmetic, against Python's own ──────────────────────────────────────────────

unit = st.floats(0.0, 1.0, allow_nan=False)
# values k/10ⁿ and halfway between them: where rounding is decided by the last bit
halfway = st.builds(
    lambda k, n, h: (k + h) / 10.0**n,
    st.integers(0, 10**6),
    st.sampled_from([2, 6]),
    st.sampled_from([0.0, 0.5]),
)


@given(st.lists(st.one_of(unit, halfway, st.floats(0, 100, allow_nan=False)), max_size=50))
def test_round_equals_python_round(values: list[float]) -> None:
    x = np.array(values, dtype=np.float64)
    for n in (2, 6):
        assert _round(x, n).tolist() == [round(v, n) for v in values]


@given(st.lists(st.lists(st.one_of(unit, halfway), min_size=14, max_size=14), max_size=30))
def test_row_sums_equal_fsum(rows: list[list[float]]) -> None:
    terms = np.array(rows, dtype=np.float64).reshape(-1, 14)
    assert _fsum_rows(terms).tolist() == [math.fsum(r) for r in rows]


def test_row_sums_equal_fsum_on_many_random_rows() -> None:
    rng = np.random.default_rng(0)
    features = np.round(rng.random((20_000, len(FEATURES))), 6)
    terms = features * SCORER.coef_
    assert _fsum_rows(terms).tolist() == [math.fsum(r) for r in terms.tolist()]
    scores = _round(100.0 * _fsum_rows(terms), 2)
    assert scores.tolist() == SCORER.predict(features).tolist()


@pytest.mark.parametrize(
    "row",
    [
        [1.0, 2**-53],  # exactly halfway: fsum rounds to even
        [1.0 + 2**-52, 2**-53],  # halfway, rounds up to even
        [1.0, 2**-53, 2**-90],  # just past halfway, the error sum still exact
        [1.0, 2**-53, 2**-110],  # just past halfway, below the error sum's precision
        [0.5, 2**-54, 0.0],
        [0.0, 0.0],
    ],
)
def test_row_sums_equal_fsum_next_to_a_midpoint(row: list[float]) -> None:
    padded = row + [0.0] * (14 - len(row))
    assert _fsum_rows(np.array([padded])).tolist() == [math.fsum(padded)]
