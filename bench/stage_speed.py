"""Per-CV time of each pure stage (parse, signals, match) on one core, from visible text.

Median over R runs (default 7) of the mean time per CV over the bundled example CVs (Markdown,
so no PDF extraction is counted). Side by side, as a baseline, the cost of the simplest
keyword scorer's reading: lower-case, split, and taxonomy alias matching over the same texts.

    .venv/bin/python bench/stage_speed.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from shortlist.match import EvidenceScorer, match
from shortlist.parse import parse
from shortlist.roles import infer_role
from shortlist.signals import extract
from shortlist.taxonomy import load_taxonomy
from shortlist.types import Document, PartialDate

ROOT = Path(__file__).resolve().parents[1]
T = TypeVar("T")
R = TypeVar("R")


BEST: dict[str, float] = {}


def per_item_ms(fn: Callable[[T], R], items: Sequence[T], runs: int, name: str = "") -> float:
    """Median over runs of the mean time per item; the best run is kept in BEST[name]."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for item in items:
            fn(item)
        times.append((time.perf_counter() - start) / len(items) * 1000)
    BEST[name] = min(times)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    tax = load_taxonomy()
    role = infer_role((ROOT / "examples/briefs/mlops-platform.md").read_text(), tax)
    scorer = EvidenceScorer().fit_prior()
    docs = [
        Document(p.name, "markdown", p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "examples/cvs").glob("*.md"))
    ]
    as_of = PartialDate(2026, 11)
    profiles = [parse(d, today=as_of) for d in docs]
    signals = [extract(p.redacted, tax) for p in profiles]
    chars = statistics.mean(len(d.text) for d in docs)
    parse_ms = per_item_ms(lambda d: parse(d, today=as_of), docs, args.runs, "parse")
    signals_ms = per_item_ms(lambda p: extract(p.redacted, tax), profiles, args.runs, "signals")
    match_ms = per_item_ms(lambda s: match(s, role, scorer, path="x"), signals, args.runs, "match")
    base_ms = per_item_ms(
        lambda d: (d.text.lower().split(), tax.find(d.text)), docs, args.runs, "baseline"
    )
    total = parse_ms + signals_ms + match_ms
    print(
        f"stage_speed: {len(docs)} example CVs, mean {chars:.0f} characters, "
        f"median of {args.runs} runs, one core"
    )
    print(f"  parse     {parse_ms:7.3f} ms/CV   (best run {BEST['parse']:.3f})")
    print(f"  signals   {signals_ms:7.3f} ms/CV   (best run {BEST['signals']:.3f})")
    print(f"  match     {match_ms:7.3f} ms/CV   (best run {BEST['match']:.3f})")
    print(f"  total     {total:7.3f} ms/CV  ({1000 / total:.0f} CVs/s from text)")
    print(
        f"  baseline (keyword reading: lower/split + taxonomy.find) {base_ms:7.3f} ms/CV; "
        f"ratio total/baseline {total / base_ms:.1f}"
    )


if __name__ == "__main__":
    main()
