"""End-to-end throughput of `shortlist rank` from files, and its peak memory.

The bundled example PDFs are replicated to N files (default 1,000) in a temporary folder;
`shortlist rank BRIEF FOLDER --format json` runs R times (default 5) as a fresh process. Printed:
median wall time, CVs/second, peak RSS of the largest process and of the whole process tree
(sampled every 20 ms), and — side by side, as a baseline — plain text extraction of the same
files with pypdfium2 in one process (no hidden-text checks, no parsing, no scoring).

    .venv/bin/python bench/rank_e2e.py [--files 1000] [--runs 5] [--brief PATH]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]


def _tree_rss_kib(root_pid: int) -> tuple[int, int]:
    """(largest single RSS, summed RSS) over root_pid and its descendants, in KiB."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry.name)
        parents[pid] = int(fields.get("PPid", "0").strip())
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) if "VmRSS" in fields else 0
    tree = {root_pid}
    changed = True
    while changed:
        changed = False
        for pid, ppid in parents.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                changed = True
    values = [rss.get(p, 0) for p in tree]
    return max(values, default=0), sum(values)


def run_once(cmd: list[str]) -> tuple[float, int, int]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_one = peak_sum = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_one, peak_sum
        while not done.is_set():
            one, total = _tree_rss_kib(proc.pid)
            peak_one, peak_sum = max(peak_one, one), max(peak_sum, total)
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"shortlist rank failed ({proc.returncode}): {err.decode()[-2000:]}")
    return elapsed, peak_one, peak_sum


def baseline(files: list[Path]) -> float:
    start = time.perf_counter()
    for f in files:
        pdf = pdfium.PdfDocument(str(f))
        for page in pdf:
            page.get_textpage().get_text_range()
        pdf.close()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--brief", type=Path, default=ROOT / "examples/briefs/mlops-platform.md")
    args = ap.parse_args()
    sources = sorted((ROOT / "examples" / "pdf").glob("*.pdf"))
    if not sources:
        sys.exit("no example PDFs: run `make examples` first")
    shortlist = Path(sys.executable).with_name("shortlist")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "cvs"
        folder.mkdir()
        files = []
        for i in range(args.files):
            src = sources[i % len(sources)]
            dst = folder / f"{i:05d}-{src.name}"
            shutil.copyfile(src, dst)
            files.append(dst)
        cmd = [str(shortlist), "rank", str(args.brief), str(folder), "--format", "json"]
        runs = [run_once(cmd) for _ in range(args.runs)]
        base = [baseline(files) for _ in range(args.runs)]
    wall = statistics.median(r[0] for r in runs)
    base_wall = statistics.median(base)
    cores = os.cpu_count() or 1
    print(
        f"rank_e2e: {args.files} PDF CVs ({len(sources)} distinct), {args.runs} runs, {cores} cores"
    )
    print(
        f"  shortlist rank       median {wall:7.2f} s   {args.files / wall:8.1f} CVs/s   "
        f"({args.files / wall / cores:.1f} CVs/s per core)"
    )
    print(
        f"  peak RSS             largest process {max(r[1] for r in runs) / 1024:.0f} MiB, "
        f"process tree {max(r[2] for r in runs) / 1024:.0f} MiB"
    )
    print(
        f"  baseline (pypdfium2 plain text, 1 process) median {base_wall:7.2f} s   "
        f"{args.files / base_wall:8.1f} CVs/s"
    )
    print(f"  ratio shortlist/baseline throughput: {base_wall / wall:.3f}")


if __name__ == "__main__":
    main()
