"""Ranking 10k and 100k pre-extracted candidates for one brief: CandidateIndex vs match() loop.

The candidates are the bundled example CVs' Signals, replicated with a fixed seed and perturbed
so that copies differ but stay valid: each copy drops some skill mentions and evidence lines,
jitters its family scores (renormalised), specialism strengths and genericness. The index is
built once (its build time and array memory are reported: that cost belongs to extraction, not
to ranking); then, for each brief in examples/briefs, ``rank_index(..., top=20)`` (scores for
all, full Matches with quotes for the top 20) is timed, median of R runs, on one core.

Side by side, the baseline: ``match()`` on every candidate and ``rank()``, measured once on 2,000
candidates and *extrapolated* linearly to N. Every run also checks, on those 2,000, that the
index scores equal ``match()``'s exactly.

    .venv/bin/python bench/rank_scale.py [--sizes 10000 100000] [--runs 5] [--baseline 2000]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from shortlist.match import EvidenceScorer, build_index, match, rank, rank_index, score_index
from shortlist.parse import parse
from shortlist.roles import infer_role
from shortlist.signals import extract
from shortlist.taxonomy import load_taxonomy
from shortlist.types import Document, PartialDate, RoleSpec, Signals

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261101


def example_signals() -> list[tuple[str, Signals]]:
    tax = load_taxonomy()
    out = []
    for p in sorted((ROOT / "examples/cvs").glob("*.md")):
        doc = Document(p.name, "markdown", p.read_text(encoding="utf-8"))
        out.append((p.stem, extract(parse(doc, today=PartialDate(2026, 11)).redacted, tax)))
    return out


def perturbed(base: list[tuple[str, Signals]], n: int, seed: int) -> list[tuple[str, Signals]]:
    """``n`` candidates: copies of ``base`` in turn, each with its own dropped evidence."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        stem, sig = base[i % len(base)]
        keep = rnd.uniform(0.6, 1.0)
        fam = {f: v * rnd.uniform(0.8, 1.2) for f, v in sig.family_scores.items()}
        total = sum(fam.values())
        out.append(
            (
                f"cv-{i:06d}-{stem}.md",
                dataclasses.replace(
                    sig,
                    mentions=tuple(m for m in sig.mentions if rnd.random() < keep),
                    bullets=tuple(b for b in sig.bullets if rnd.random() < keep),
                    family_scores={f: v / total for f, v in fam.items()},
                    specialisms={
                        s: round(v * rnd.uniform(0.8, 1.0), 6) for s, v in sig.specialisms.items()
                    },
                    genericness=min(1.0, max(0.0, sig.genericness + rnd.uniform(-0.05, 0.05))),
                ),
            )
        )
    return out


def median_s(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def match_loop(cands: list[tuple[str, Signals]], role: RoleSpec, scorer: EvidenceScorer) -> None:
    """The baseline: every candidate through match(), then rank()."""
    rank([match(s, role, scorer, path=p) for p, s in cands])


def peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / (1024 * 1024) if sys.platform == "darwin" else kb / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--baseline", type=int, default=2_000)
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    tax = load_taxonomy()
    scorer = EvidenceScorer().fit_prior()
    briefs = sorted((ROOT / "examples/briefs").glob("*.md"))
    roles = {b.stem: infer_role(b.read_text(encoding="utf-8"), tax) for b in briefs}
    base = example_signals()
    pool = perturbed(base, max([*args.sizes, args.baseline]), SEED)
    print(
        f"rank_scale: {len(base)} example CVs replicated with perturbation (seed {SEED}); "
        f"top={args.top}; median of {args.runs} runs; one core"
    )

    sample = pool[: args.baseline]
    sample_index = build_index(sample)
    baseline_ms: dict[str, float] = {}
    for name, role in roles.items():
        scores = [match(s, role, scorer, path=p).score for p, s in sample]
        if score_index(sample_index, role, scorer).tolist() != scores:
            raise SystemExit(f"index scores differ from match() for {name}")

        one_by_one = partial(match_loop, sample, role, scorer)
        baseline_ms[name] = median_s(one_by_one, 1) / len(sample) * 1000
    print(f"  check: index scores == match() scores on {len(sample):,} candidates, every brief")

    for n in args.sizes:
        cands = pool[:n]
        start = time.perf_counter()
        index = build_index(cands)
        build_s = time.perf_counter() - start
        print(
            f"\nN = {n:,}: index built in {build_s:.2f} s "
            f"({build_s / n * 1e6:.0f} µs/candidate), arrays {index.nbytes / 2**20:.1f} MiB"
        )
        print(
            f"  {'brief':<22} {'score_index':>12} {'rank_index':>11} "
            f"{'match() loop (extrap.)':>23} {'ratio':>7}"
        )
        for name, role in roles.items():
            score_s = median_s(partial(score_index, index, role, scorer), args.runs)
            rank_s = median_s(partial(rank_index, index, role, scorer, top=args.top), args.runs)
            loop_s = baseline_ms[name] * n / 1000
            print(
                f"  {name:<22} {score_s * 1000:9.1f} ms {rank_s * 1000:8.1f} ms "
                f"{loop_s:20.1f} s {loop_s / rank_s:6.0f}×"
            )
    print(f"\npeak RSS {peak_rss_mb():.0f} MiB (the whole process, Signals included)")


if __name__ == "__main__":
    main()
