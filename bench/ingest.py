"""Ingest benchmark: docs/second, peak RSS, read success and hidden-text warnings.

Run: ``.venv/bin/python bench/ingest.py [--pdfs DIR] [--runs 3] [--limit N] [--profile]``.
``--profile`` prints only the per-file time split of ``read_document`` (pdfium page load,
text-page load, object walk, hidden checks, layout, character loop, normalise), medians over
the runs, for DIR and for ``examples/pdf``.
Prints, for PDF (the real CVs under DIR) and DOCX (generated CVs): single-core in-process
docs/s (median over runs), docs/s through ``read_files`` (worker pool), the pdfium floor
(page + text-page load only, what any pypdfium2 reader pays), peak RSS, every failure and why,
and every hidden-text / invisible-Unicode warning for inspection.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from shortlist.config import Settings
from shortlist.ingest import read_document, read_files
from shortlist.types import Document, FileError


def _pdfium_floor(datas: list[bytes]) -> float:
    import pypdfium2 as pdfium

    start = time.perf_counter()
    for data in datas:
        pdf = pdfium.PdfDocument(data)
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        pdf.close()
    return len(datas) / (time.perf_counter() - start)


def _in_process(datas: list[tuple[str, bytes]], settings: Settings) -> float:
    start = time.perf_counter()
    for name, data in datas:
        with contextlib.suppress(Exception):
            read_document(data, name, settings)
    return len(datas) / (time.perf_counter() - start)


def _docx_corpus(n: int) -> list[tuple[str, bytes]]:
    import docx

    out = []
    for k in range(n):
        document = docx.Document()
        document.add_heading(f"Candidate {k}", level=1)
        for j in range(40):
            document.add_paragraph(
                f"Built and shipped model {j} in PyTorch; cut latency by {j + 5} percent.",
                style="List Bullet",
            )
        table = document.add_table(rows=3, cols=2)
        for row in table.rows:
            row.cells[0].text, row.cells[1].text = "Skill", "Python, SQL, Kubernetes"
        buf = io.BytesIO()
        document.save(buf)
        out.append((f"gen{k}.docx", buf.getvalue()))
    return out


def _profile(datas: list[tuple[str, bytes]], runs: int) -> None:
    """Time each stage of ``read_document`` by wrapping the functions it calls."""
    import pypdfium2 as pdfium

    from shortlist.ingest import _layout, _pdf, _read

    spent: Counter[str] = Counter()

    def timed(owner: object, name: str, stage: str) -> None:
        inner = getattr(owner, name, None)
        if inner is None:  # a stage this version of the reader does not have
            return

        def wrapper(*args: object, **kwargs: object) -> object:
            start = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[stage] += time.perf_counter() - start

        setattr(owner, name, wrapper)

    timed(pdfium.PdfDocument, "__getitem__", "pdfium: load page")
    timed(pdfium.PdfPage, "get_textpage", "pdfium: load text page")
    timed(_layout, "_collect", "object walk (ctypes)")
    timed(_layout, "_judge", "hidden checks")
    timed(_layout, "_gutter", "layout (gutter, regions)")
    timed(_layout, "_regions", "layout (gutter, regions)")
    timed(_pdf, "_all_text", "char loop (text, spaces, routing)")
    timed(_pdf, "_spaced", "char loop (text, spaces, routing)")
    timed(_pdf, "_route", "char loop (text, spaces, routing)")
    timed(_read, "assemble", "normalise")
    timed(_read, "read_document", "total")
    settings = Settings(isolate=False)
    rows: dict[str, list[float]] = {}
    for _ in range(runs):
        spent.clear()
        for name, data in datas:
            with contextlib.suppress(Exception):
                _read.read_document(data, name, settings)
        for stage, seconds in spent.items():
            rows.setdefault(stage, []).append(1000 * seconds / len(datas))
    for stage, values in sorted(rows.items(), key=lambda kv: -statistics.median(kv[1])):
        print(f"  {stage:36} {statistics.median(values):7.2f} ms/file")
    total = statistics.median(rows["total"])
    print(f"  {'= files/s single core':36} {1000 / total:7.1f}")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pdfs", default="/work/shared/data/cv-pdfs")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    paths = sorted(Path(args.pdfs).rglob("*.pdf"))
    if args.limit:
        paths = paths[: args.limit]
    in_proc = Settings(isolate=False)
    pdfs = [(str(p), p.read_bytes()) for p in paths]
    if args.profile:
        examples = sorted((Path(__file__).parents[1] / "examples" / "pdf").glob("*.pdf"))
        for label, files in (
            (args.pdfs, pdfs),
            ("examples/pdf", [(str(p), p.read_bytes()) for p in examples]),
        ):
            print(f"time per file, {len(files)} PDFs under {label} (median of {args.runs} runs):")
            _profile(files, args.runs)
        return
    print(f"PDF corpus: {len(pdfs)} files under {args.pdfs}")

    floor = statistics.median(_pdfium_floor([d for _, d in pdfs]) for _ in range(args.runs))
    rate = statistics.median(_in_process(pdfs, in_proc) for _ in range(args.runs))
    print(f"pdfium floor (load page + text page only): {floor:7.1f} PDF/s single core")
    print(f"read_document, in-process, with styles:     {rate:7.1f} PDF/s single core")
    print(f"peak RSS after in-process PDF runs:         {_peak_mb():7.1f} MB")

    pooled = Settings(isolate=True)
    start = time.perf_counter()
    results = read_files(paths, pooled)
    wall = time.perf_counter() - start
    print(
        f"read_files (pool of {pooled.workers or 'cpu_count'} workers):        "
        f"{len(paths) / wall:7.1f} PDF/s wall, {wall:.1f} s"
    )

    ok = [r for r in results if isinstance(r, Document) and r.text.strip()]
    failures = [r for r in results if not (isinstance(r, Document) and r.text.strip())]
    print(f"non-empty Documents: {len(ok)}/{len(results)} = {100 * len(ok) / len(results):.2f} %")
    for r in failures:
        print(
            "  FAIL",
            r.path,
            r.code if isinstance(r, FileError) else "empty text",
            r.message if isinstance(r, FileError) else "",
        )
    warnings = [(r.path, n) for r in ok for n in r.warnings]
    print(f"warnings on real PDFs: {Counter(n.code for _, n in warnings)}")
    for path, notice in warnings:
        print(
            f"  {notice.code:18} {Path(path).parent.name}/{Path(path).name}: {notice.message}"
            f" | {notice.text[:100]!r}"
        )

    docx = _docx_corpus(60)
    rate = statistics.median(_in_process(docx, in_proc) for _ in range(args.runs))
    print(f"DOCX (60 generated CVs) read_document:      {rate:7.1f} DOCX/s single core")
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for name, data in docx:
            (Path(tmp) / name).write_bytes(data)
            files.append(Path(tmp) / name)
        start = time.perf_counter()
        docs = read_files(files, pooled)
        wall = time.perf_counter() - start
    hidden = sum(len(d.warnings) for d in docs if isinstance(d, Document))
    print(
        f"DOCX read_files:                            {len(files) / wall:7.1f} DOCX/s wall;"
        f" warnings on clean DOCX: {hidden}"
    )
    print(f"peak RSS of this process:                   {_peak_mb():7.1f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
