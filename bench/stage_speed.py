"""Per-CV time of each pure stage (parse, signals, match) on one core, from visible text.

Median over R runs (default 7) of the mean time per CV over the bundled example CVs (Markdown,
so no PDF extraction is counted). Side by side, as a baseline, the cost of the simplest
keyword scorer's reading: lower-case, split, and taxonomy alias matching over the same texts.

Then the issue's own measure for the signals and parse targets: the *median over CVs* of each
CV's best-of-5 CPU time (``time.process_time``, so time lost to other jobs on a shared machine
is not counted), on the example CVs and on real two-page CVs — the first N two-page PDFs of
../shared/data/cv-pdfs read through ``read_document`` (skipped when that folder is missing).

    .venv/bin/python bench/stage_speed.py [--runs 7] [--two-page 120]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from shortlist.config import Settings
from shortlist.ingest import read_document
from shortlist.match import EvidenceScorer, match
from shortlist.parse import parse
from shortlist.roles import infer_role
from shortlist.signals import extract
from shortlist.signals._bullets import _BANK, _BANK_CUES
from shortlist.signals._cues import Line
from shortlist.taxonomy import Taxonomy, load_taxonomy
from shortlist.types import Document, PartialDate

ROOT = Path(__file__).resolve().parents[1]
CV_PDFS = ROOT.parent / "shared/data/cv-pdfs"
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
    ap.add_argument("--two-page", type=int, default=120, help="real two-page CVs (0: skip)")
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
    print("per-CV medians (each CV's best of 5, CPU time, one core):")
    _medians("example CVs", docs, tax, as_of)
    if args.two_page and CV_PDFS.is_dir():
        _medians("real two-page CVs", _two_page(args.two_page), tax, as_of)


def _two_page(limit: int) -> list[Document]:
    """The first ``limit`` two-page PDFs of the real corpus, read as the product reads them."""
    import pypdfium2 as pdfium

    out: list[Document] = []
    for path in sorted(CV_PDFS.glob("*/*.pdf")):
        data = path.read_bytes()
        pdf = pdfium.PdfDocument(data)
        pages = len(pdf)
        pdf.close()
        if pages == 2:
            out.append(read_document(data, str(path), Settings()))
        if len(out) >= limit:
            break
    return out


def _best_cpu_ms(fn: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best * 1000


def _medians(label: str, docs: list[Document], tax: Taxonomy, as_of: PartialDate) -> None:
    profiles = [parse(d, today=as_of) for d in docs]
    parse_ms = [_best_cpu_ms(lambda d=d: parse(d, today=as_of)) for d in docs]  # type: ignore[misc]
    signals_ms = [_best_cpu_ms(lambda p=p: extract(p.redacted, tax)) for p in profiles]  # type: ignore[misc]
    chars = statistics.median(len(d.text) for d in docs)
    bullets = statistics.median(len(p.redacted.bullets) for p in profiles)
    print(
        f"  {label}: {len(docs)} CVs, median {chars:.0f} characters, {bullets:.0f} bullets — "
        f"parse median {statistics.median(parse_ms):.3f} ms (p90 {_p90(parse_ms):.3f}), "
        f"signals median {statistics.median(signals_ms):.3f} ms (p90 {_p90(signals_ms):.3f})"
    )
    lines = [Line(b.text) for p in profiles for b in p.redacted.bullets]
    bank_us = _best_cpu_ms(lambda: [_BANK.found(ln) for ln in lines]) * 1000 / len(lines)
    each_us = (
        _best_cpu_ms(lambda: [{n for n, c in _BANK_CUES.items() if c.found(ln)} for ln in lines])
        * 1000
        / len(lines)
    )
    print(
        f"    cue matching per bullet ({len(lines)} bullets): one pass (CueBank) {bank_us:.1f} µs; "
        f"baseline, asking each cue set in turn {each_us:.1f} µs"
    )


def _p90(values: list[float]) -> float:
    return sorted(values)[int(0.9 * (len(values) - 1))]


if __name__ == "__main__":
    main()
