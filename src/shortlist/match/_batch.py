"""Rank many pre-extracted candidates for one role at once, with the scores ``match()`` gives.

``match()`` costs a millisecond or two per candidate in Python; ranking 100k CVs for a brief
that way takes minutes. Almost all of that work does not depend on the role, so it is done once,
at extraction time, into a ``CandidateIndex``: each candidate's best strength per skill (a
column-compressed candidate × skill table), the outcome lines and the skills they use, counts of
each evidence layer, family fit against each family, seniority, domains, specialisms,
genericness. ``score_index`` then computes every column of ``FEATURES`` for all candidates with
numpy, and ``rank_index`` orders them all and builds full explanations (``match()``, quotes and
flags) only for the top few, which is all a reviewer reads.

Scores are *identical* to ``match()``, bit for bit, because each step reproduces the scalar
arithmetic exactly rather than approximately:

- elementwise ``+ - * /`` on float64 are correctly rounded IEEE operations in numpy as in
  Python, so they are used as such, in the same order as ``pair_features``;
- anything else (``math.exp``, the builtin ``sum`` whose algorithm changed in Python 3.12,
  ``round``) is evaluated by the very same Python code, once per distinct input: over small
  integer counts (lookup tables), or over the distinct rows of requirement statuses;
- ``round(x, n)`` is vectorised exactly: ``rint(x·10ⁿ)/10ⁿ`` is the correctly rounded result
  unless ``x·10ⁿ`` lies within 10⁻⁶ of a half-integer, and those few go through ``round``;
- ``math.fsum`` of the weighted features is reproduced by an error-free (TwoSum) cascade that
  checks its own exactness; a row whose sum could not be proved correctly rounded (within a
  billionth of an ulp of a rounding midpoint) goes through ``math.fsum`` (see ``_fsum_rows``).

tests/unit/match/test_batch.py checks the equality on every example CV against every brief.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from shortlist.errors import NotFittedError
from shortlist.match._features import FEATURES, _saturate, _seniority_fit
from shortlist.match._match import match
from shortlist.match._scorer import EvidenceScorer
from shortlist.signals import STRENGTH_VALUE
from shortlist.types import (
    FAMILIES,
    SENIORITIES,
    RankedMatch,
    Requirement,
    RoleSpec,
    Shortlist,
    Signals,
    Strength,
)

__all__ = [
    "CandidateIndex",
    "IndexRanking",
    "build_index",
    "feature_matrix",
    "rank_index",
    "score_index",
]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

LAYERS: tuple[str, ...] = (
    "production",
    "experimentation",
    "open_source",
    "community",
    "communication",
)
_LAYER_SCALE = (3.0, 2.0, 1.5, 1.5, 1.5)  # pair_features' saturation scale of each of LAYERS
_CODE: dict[Strength, int] = {"listed": 1, "used": 2, "evidenced": 3}  # 0 = not mentioned
_CREDIT: tuple[float, ...] = (0.0, STRENGTH_VALUE["listed"], STRENGTH_VALUE["used"], 1.0)
_MET = 2  # a code at or above this is status "met"


@dataclass(frozen=True, slots=True, eq=False)
class _Columns:
    """A column-compressed sparse matrix: rows of column j are ``indices[indptr[j]:indptr[j+1]]``.

    Column access is what a role needs (its requirement skills), so columns are compressed.
    """

    indptr: IntArray
    indices: IntArray
    data: npt.NDArray[np.int8]

    @classmethod
    def build(cls, rows: list[int], cols: list[int], vals: list[int], n_cols: int) -> _Columns:
        r = np.asarray(rows, dtype=np.int64)
        c = np.asarray(cols, dtype=np.int64)
        order = np.lexsort((r, c))
        indptr = np.zeros(n_cols + 1, dtype=np.int64)
        np.cumsum(np.bincount(c, minlength=n_cols), out=indptr[1:])
        return cls(indptr, r[order], np.asarray(vals, dtype=np.int8)[order])

    def column(self, j: int) -> tuple[IntArray, npt.NDArray[np.int8]]:
        lo, hi = int(self.indptr[j]), int(self.indptr[j + 1])
        return self.indices[lo:hi], self.data[lo:hi]

    @property
    def nbytes(self) -> int:
        return self.indptr.nbytes + self.indices.nbytes + self.data.nbytes


@dataclass(frozen=True, slots=True, eq=False)
class CandidateIndex:
    """Role-independent evidence of many candidates, in arrays; build it with ``build_index``.

    ``signals`` are kept so that the top of a ranking can be explained by ``match()``.
    """

    paths: tuple[str, ...]
    signals: tuple[Signals, ...]
    notices: tuple[tuple[str, ...], ...]
    skills: dict[str, int]  # skill id → column of ``strength`` and ``outcome_skills``
    strength: _Columns  # candidate × skill: best strength code (1 listed, 2 used, 3 evidenced)
    outcome_skills: _Columns  # outcome line × skill: 1 where the line names the skill
    outcome_owner: IntArray  # outcome line → candidate
    family_fit: FloatArray  # candidate × FAMILIES, as pair_features computes it (unrounded)
    seniority: IntArray  # index into SENIORITIES, −1 when unknown
    outcomes: IntArray  # number of outcome lines
    layers: IntArray  # candidate × LAYERS: lines showing each layer
    genericness: FloatArray
    domains: dict[str, IntArray]  # domain → candidates that show it
    specialisms: dict[str, FloatArray]  # name → value per candidate (0 when absent)
    path_rank: IntArray  # position of each candidate's path in sorted order

    def __len__(self) -> int:
        return len(self.paths)

    @property
    def nbytes(self) -> int:
        """Bytes held in arrays (the Signals kept for explanations are not counted)."""
        arrays = [self.outcome_owner, self.family_fit, self.seniority, self.outcomes]
        arrays += [self.layers, self.genericness, self.path_rank]
        arrays += [*self.domains.values(), *self.specialisms.values()]
        total = sum(a.nbytes for a in arrays)
        return total + self.strength.nbytes + self.outcome_skills.nbytes


def build_index(
    candidates: Sequence[tuple[str, Signals]], notices: Sequence[Iterable[str]] = ()
) -> CandidateIndex:
    """Index ``(path, signals)`` pairs once; ``notices`` are each document's warning codes."""
    if notices and len(notices) != len(candidates):
        raise ValueError("notices must be given for every candidate or for none")
    skills: dict[str, int] = {}
    s_rows: list[int] = []
    s_cols: list[int] = []
    s_vals: list[int] = []
    o_rows: list[int] = []
    o_cols: list[int] = []
    owner: list[int] = []
    n = len(candidates)
    family_fit: list[list[float]] = []
    seniority = [-1] * n
    outcomes = [0] * n
    layers: list[list[int]] = []
    domains: dict[str, list[int]] = {}
    specialisms: dict[str, FloatArray] = {}
    for i, (_, sig) in enumerate(candidates):
        best: dict[int, int] = {}
        for m in sig.mentions:
            col = skills.setdefault(m.skill_id, len(skills))
            best[col] = max(best.get(col, 0), _CODE[m.strength])
        s_rows += [i] * len(best)
        s_cols += best.keys()
        s_vals += best.values()
        counts = dict.fromkeys(LAYERS, 0)
        for ev in sig.bullets:
            for marker in counts.keys() & set(ev.markers):
                counts[marker] += 1
            if ev.kind == "outcome":
                outcomes[i] += 1
                cols = {skills.setdefault(sid, len(skills)) for sid in ev.skills}
                o_rows += [len(owner)] * len(cols)
                o_cols += cols
                owner.append(i)
        layers.append(list(counts.values()))
        top = max(sig.family_scores.values())
        # exactly pair_features' expression, for each family a role may have
        family_fit.append(
            [sig.family_scores.get(f, 0.0) / top if top > 0 else 0.0 for f in FAMILIES]
        )
        if sig.seniority is not None:
            seniority[i] = SENIORITIES.index(sig.seniority)
        for d in set(sig.domains):
            domains.setdefault(d, []).append(i)
        for name, value in sig.specialisms.items():
            if name not in specialisms:
                specialisms[name] = np.zeros(n)
            specialisms[name][i] = value
    path_order = sorted(range(n), key=lambda i: candidates[i][0])  # stable, as rank() is
    path_rank = np.empty(n, dtype=np.int64)
    path_rank[path_order] = np.arange(n, dtype=np.int64)
    return CandidateIndex(
        paths=tuple(p for p, _ in candidates),
        signals=tuple(s for _, s in candidates),
        notices=tuple(tuple(x) for x in notices) if notices else ((),) * n,
        skills=skills,
        strength=_Columns.build(s_rows, s_cols, s_vals, len(skills)),
        outcome_skills=_Columns.build(o_rows, o_cols, [1] * len(o_rows), len(skills)),
        outcome_owner=np.asarray(owner, dtype=np.int64),
        family_fit=np.array(family_fit, dtype=np.float64).reshape(n, len(FAMILIES)),
        seniority=np.array(seniority, dtype=np.int64),
        outcomes=np.array(outcomes, dtype=np.int64),
        layers=np.array(layers, dtype=np.int64).reshape(n, len(LAYERS)),
        genericness=np.array([s.genericness for _, s in candidates], dtype=np.float64),
        domains={d: np.asarray(v, dtype=np.int64) for d, v in domains.items()},
        specialisms=specialisms,
        path_rank=path_rank,
    )


# ── exact vectorised arithmetic ─────────────────────────────────────────────────────────────


def _round(x: FloatArray, ndigits: int) -> FloatArray:
    """``round(v, ndigits)`` for every ``v`` in ``x``, bit for bit.

    Python rounds the exact binary value half-to-even and returns the double nearest
    ``k/10ⁿ``; ``k/10ⁿ`` in IEEE division is that double when ``k`` is right. ``rint(fl(x·10ⁿ))``
    is the right ``k`` unless the exact product lies within the product's rounding error
    (< 10⁻⁶ for |x·10ⁿ| < 2³¹) of a half-integer; those elements use ``round`` itself.
    """
    scale = 10.0**ndigits
    y = x * scale
    out: FloatArray = np.rint(y) / scale
    with np.errstate(invalid="ignore"):
        risky = (np.abs(y - np.floor(y) - 0.5) < 1e-6) | ~(np.abs(y) < 2.0**31)
    for i in np.flatnonzero(risky):
        out[i] = round(float(x[i]), ndigits)
    return out


def _two_sum(a: FloatArray, b: FloatArray) -> tuple[FloatArray, FloatArray]:
    """``s, e`` with ``s = fl(a + b)`` and ``a + b = s + e`` exactly (Knuth)."""
    s = a + b
    bb = s - a
    return s, (a - (s - bb)) + (b - bb)


def _fsum_rows(terms: FloatArray) -> FloatArray:
    """``math.fsum`` of each row of ``terms``, bit for bit.

    A TwoSum cascade keeps the running sum ``s`` and accumulates its exact errors in ``c``;
    ``r, t = TwoSum(s, c)`` then gives ``s + c = r + t`` exactly. If ``c`` was accumulated
    exactly (checked, by TwoSum again), ``s + c`` *is* the sum and ``r`` its correct rounding,
    which is what fsum returns. Otherwise ``c`` errs by ``δ ≤ γ₆₃·Σ|eᵢ| ≤ 64²·u²·A``
    (u = 2⁻⁵³, A = Σ|terms|, at most 64 terms), and ``r`` is still the correct rounding unless
    ``t`` lies within ``δ`` of half the gap to ``r``'s neighbour. Rows within ``10⁻²⁵·A`` of
    that midpoint (a billionth of an ulp, thousands of times ``δ``), or not finite, are summed
    by ``math.fsum`` itself.
    """
    n, k = terms.shape
    if k == 0:
        return np.zeros(n)
    if k > 64:
        raise ValueError("the error bound is stated for at most 64 terms a row")
    cols = np.ascontiguousarray(terms.T)  # one contiguous vector per term
    s = cols[0].copy()
    c = np.zeros(n)
    inexact = np.zeros(n, dtype=bool)
    for j in range(1, k):
        s, e = _two_sum(s, cols[j])
        c, e = _two_sum(c, e)
        inexact |= e != 0
    r, t = _two_sum(s, c)
    gap_up = np.nextafter(r, np.inf) - r
    gap_down = r - np.nextafter(r, -np.inf)
    half = np.where(t > 0, gap_up, gap_down) / 2
    with np.errstate(invalid="ignore"):
        risky = inexact & (np.abs(np.abs(t) - half) <= 1e-25 * np.abs(cols).sum(axis=0))
        risky |= ~np.isfinite(r)
    for i in np.flatnonzero(risky):
        r[i] = math.fsum(terms[i].tolist())
    return r


# ── features and scores ─────────────────────────────────────────────────────────────────────


def _codes(index: CandidateIndex, skill_ids: Sequence[str]) -> npt.NDArray[np.int8]:
    """Best strength code of each candidate over ``skill_ids`` (a requirement's skills)."""
    best = np.zeros(len(index), dtype=np.int8)
    for sid in dict.fromkeys(skill_ids):
        if (col := index.skills.get(sid)) is not None:
            rows, vals = index.strength.column(col)
            best[rows] = np.maximum(best[rows], vals)  # a column holds each row at most once
    return best


def _mean_credits(codes: list[int]) -> tuple[float, float]:
    """A requirement list's coverage (rounded) and mean *shown* credit, as pair_features has.

    The same Python expressions (builtin ``sum``, then ``/``) over the same floats, so the
    results are the same whatever ``sum``'s algorithm in this Python.
    """
    credit = [_CREDIT[c] for c in codes]
    shown = [_CREDIT[c] if c >= _MET else 0.0 for c in codes]
    return round(math.fsum(credit) / len(credit), 6), math.fsum(shown) / len(shown)


def _means(
    index: CandidateIndex, requirements: tuple[Requirement, ...]
) -> tuple[FloatArray, FloatArray] | None:
    """``_mean_credits`` per candidate, computed once per distinct row of statuses."""
    if not requirements:
        return None
    codes = np.column_stack([_codes(index, r.skill_ids) for r in requirements])
    rows, inverse = _distinct_rows(codes)
    table = np.array([_mean_credits(row) for row in rows.tolist()]).reshape(-1, 2)
    return table[inverse, 0], table[inverse, 1]


def _distinct_rows(matrix: npt.NDArray[np.int8]) -> tuple[npt.NDArray[np.int8], IntArray]:
    """The distinct rows of a small-integer matrix, and each row's position among them."""
    n, k = matrix.shape
    if k <= 31:  # two bits a code: one int64 key per row, a fast 1-D unique
        keys = np.zeros(n, dtype=np.int64)
        for j in range(k):
            keys |= matrix[:, j].astype(np.int64) << (2 * j)
        # by sorting: numpy's hash-based unique is slow on such bit-patterned keys
        order = np.argsort(keys, kind="stable")
        starts = np.ones(n, dtype=bool)
        starts[1:] = keys[order[1:]] != keys[order[:-1]]
        inverse = np.empty(n, dtype=np.int64)
        inverse[order] = np.cumsum(starts) - 1
        return matrix[order[starts]], inverse
    rows, inverse = np.unique(matrix, axis=0, return_inverse=True)
    return rows, inverse.reshape(-1).astype(np.int64)


def _lookup(n: IntArray, fn: Callable[..., float], *args: float) -> FloatArray:
    """``fn(k, *args)`` for every integer ``k`` in ``n``, each distinct ``k`` computed once."""
    if len(n) == 0:
        return np.zeros(0)
    table = np.array([fn(k, *args) for k in range(int(n.max()) + 1)])
    return np.asarray(table[n], dtype=np.float64)


def _specialism_fit(index: CandidateIndex, role: RoleSpec) -> FloatArray:
    """``fsum(values of role.specialisms) / len`` per candidate, as pair_features computes it."""
    if not role.specialisms:
        return np.full(len(index), 0.5)
    zeros = np.zeros(len(index))
    values = np.column_stack([index.specialisms.get(s, zeros) for s in role.specialisms])
    total = values.sum(axis=1)  # exact where at most one term is non-zero
    several = np.flatnonzero(np.count_nonzero(values, axis=1) > 1)
    if len(several):
        rows, inverse = np.unique(values[several], axis=0, return_inverse=True)
        sums = np.array([math.fsum(row) for row in rows.tolist()])
        total[several] = sums[inverse.reshape(-1)]
    return _round(total / len(role.specialisms), 6)


def _role_evidence(index: CandidateIndex, role: RoleSpec) -> IntArray:
    """Outcome lines per candidate that name any of the role's skills."""
    cols = [
        index.skills[s] for r in role.must + role.nice for s in r.skill_ids if s in index.skills
    ]
    hit = np.zeros(len(index.outcome_owner), dtype=bool)  # a line counts once, however many
    for c in dict.fromkeys(cols):
        hit[index.outcome_skills.column(c)[0]] = True
    return np.bincount(index.outcome_owner[hit], minlength=len(index)).astype(np.int64)


def feature_matrix(index: CandidateIndex, role: RoleSpec) -> FloatArray:
    """``pair_features`` for every candidate: one row per candidate, columns in FEATURES order."""
    n = len(index)
    zeros = np.zeros(n)
    must, nice = _means(index, role.must), _means(index, role.nice)
    # pair_features' fallbacks: each coverage stands in for the other when its list is empty
    must_cov, shown = must or nice or (zeros, zeros)
    nice_cov = (nice or must or (zeros, zeros))[0]
    family_fit = index.family_fit[:, FAMILIES.index(role.family)]
    relevance = 0.5 * shown + 0.5 * family_fit
    # by SENIORITIES index, and last (picked by −1) for a candidate of unknown seniority
    seniority = np.array([_seniority_fit(s, role.seniority) for s in (*SENIORITIES, None)])
    domain = np.full(n, 0.5 if role.domain is None else 0.0)
    if role.domain is not None and role.domain in index.domains:
        domain[index.domains[role.domain]] = 1.0
    columns = {
        "must_coverage": must_cov,
        "nice_coverage": nice_cov,
        "role_evidence": _lookup(
            _role_evidence(index, role), lambda k: round(_saturate(k, 3.0), 6)
        ),
        "family_fit": _round(family_fit, 6),
        "seniority_fit": _round(seniority[index.seniority], 6),
        "domain_fit": domain,
        "specialism_fit": _specialism_fit(index, role),
        "outcomes": _round(relevance * _lookup(index.outcomes, _saturate, 4.0), 6),
        "specificity": _round(relevance * (1.0 - index.genericness), 6),
    }
    for j, name in enumerate(LAYERS):
        saturated = _lookup(index.layers[:, j], _saturate, _LAYER_SCALE[j])
        columns[name] = _round(relevance * saturated, 6)
    return np.column_stack([columns[f] for f in FEATURES]) if n else np.zeros((0, len(FEATURES)))


def score_index(index: CandidateIndex, role: RoleSpec, scorer: EvidenceScorer) -> FloatArray:
    """Every candidate's score for ``role``, equal bit for bit to ``match(...).score``."""
    if not hasattr(scorer, "coef_"):
        raise NotFittedError("EvidenceScorer is not fitted: call fit() or fit_prior()")
    weights = np.array([float(v) for v in scorer.coef_])
    if weights.shape != (len(FEATURES),):
        raise ValueError(f"the scorer has {weights.size} weights, not {len(FEATURES)}")
    products = feature_matrix(index, role) * weights  # Python's a * b, elementwise
    return _round(100.0 * _fsum_rows(products), 2)


# ── ranking ─────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True, slots=True, eq=False)
class IndexRanking:
    """Every candidate ranked as ``rank()`` would, and full Matches for the top of the list."""

    role: RoleSpec
    scores: FloatArray  # per candidate, in index order
    order: IntArray  # candidates (index positions), best first
    ranks: IntArray  # rank of ``order[i]``: 1-based, shared by equal scores
    tied: BoolArray  # whether ``order[i]`` shares its score
    top: tuple[RankedMatch, ...]

    def shortlist(self) -> Shortlist:
        """The explained top of the ranking as a Shortlist (ranks count every candidate)."""
        return Shortlist(role=self.role, ranked=self.top)


def rank_index(
    index: CandidateIndex, role: RoleSpec, scorer: EvidenceScorer, *, top: int = 20
) -> IndexRanking:
    """Rank all candidates by score, then path, ties sharing a rank; explain the first ``top``."""
    scores = score_index(index, role, scorer)
    order = np.lexsort((index.path_rank, -scores)).astype(np.int64)
    ordered = scores[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = ordered[1:] != ordered[:-1]
    positions = np.arange(len(order), dtype=np.int64)
    ranks = np.maximum.accumulate(np.where(new, positions, 0)) + 1 if len(order) else positions
    group = np.cumsum(new) - 1
    tied = np.bincount(group)[group] > 1 if len(order) else np.zeros(0, dtype=bool)
    explained = tuple(
        RankedMatch(
            rank=int(ranks[p]),
            match=match(
                index.signals[i], role, scorer, path=index.paths[i], notices=index.notices[i]
            ),
            tied=bool(tied[p]),
        )
        for p, i in enumerate(order[: max(0, top)].tolist())
    )
    return IndexRanking(role, scores, order, ranks, tied, explained)
