"""The worker pool: order, progress, and a hung, crashing or memory-hungry reader costing one
file only. The misbehaving readers are injected through ``run_pool``'s ``task`` seam."""

from __future__ import annotations

import importlib
import time
from pathlib import Path

import pytest

from shortlist.config import Settings
from shortlist.ingest import read_files
from shortlist.ingest._worker import read_path, run_pool
from shortlist.types import FileError

from .conftest import FIXTURES


def test_results_keep_the_order_of_paths_and_report_progress(pooled: Settings) -> None:
    names = ["clean_cv.pdf", "clean_cv.docx", "empty.pdf", "clean_cv.txt", "hidden.html"]
    done: list[Path] = []
    results = read_files([FIXTURES / n for n in names], pooled, on_done=done.append)
    assert [r.path for r in results] == [str(FIXTURES / n) for n in names]
    assert sorted(done) == sorted(FIXTURES / n for n in names)
    assert [type(r).__name__ for r in results] == [
        "Document", "Document", "FileError", "Document", "Document",
    ]  # fmt: skip


def test_in_process_mode_gives_the_same_results(pooled: Settings) -> None:
    paths = [FIXTURES / n for n in ("clean_cv.pdf", "garbage.pdf", "hidden_white.docx")]
    assert read_files(paths, pooled) == read_files(paths, Settings(isolate=False))


def test_hang_crash_and_memory_cost_one_file_each(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(FIXTURES))
    misbehave = importlib.import_module("pool_faults").misbehave
    settings = Settings(workers=2, parse_timeout_s=1.5, worker_memory_mb=256)
    names = ["ok1", "hang", "ok2", "crash", "hog", "spin", "ok3"]
    started = time.monotonic()
    results = run_pool([Path(n) for n in names], settings, misbehave)
    elapsed = time.monotonic() - started
    codes = [r.code if isinstance(r, FileError) else r.text for r in results]
    assert codes == ["ok1", "timeout", "ok2", "corrupt", "memory", "timeout", "ok3"]
    assert elapsed < 10
    crash = results[3]
    assert isinstance(crash, FileError) and "SIGABRT" in crash.message


def test_read_path_never_raises(tmp_path: Path) -> None:
    result = read_path(tmp_path, Settings(isolate=False))
    assert isinstance(result, FileError) and result.code == "unreadable"
