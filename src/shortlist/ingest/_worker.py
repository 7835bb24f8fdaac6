"""``read_files``: many paths → Documents, each untrusted file read in a limited worker process.

Why not ``concurrent.futures.ProcessPoolExecutor``: one dead worker breaks the whole executor
(``BrokenProcessPool``) and it has no per-task timeout. Here each worker is a process with its
own pipe; the parent waits on pipes and process sentinels at once, so a worker that hangs is
killed at its deadline (``timeout``), one that dies is noticed at once (``memory`` when it hit
its address-space or OOM limit, else ``corrupt``), and either is replaced while the rest of the
batch goes on. Workers run under ``RLIMIT_AS`` (``worker_memory_mb``) and an ``RLIMIT_CPU``
re-armed for every file, a backstop for the wall clock. Workers start from a fork server, so
they do not inherit the threads of a caller with a live progress bar.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing as mp
import os
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from shortlist.config import Settings
from shortlist.errors import InputError
from shortlist.ingest._read import read_document
from shortlist.types import Document, FileError

__all__ = ["read_files", "read_path", "run_pool"]

Result = Document | FileError
_READY = "ready"
_STARTUP_S = 60.0  # a worker that cannot even start in this long is broken
Task = Callable[[Path, Settings], Result]


def read_files(
    paths: Sequence[Path],
    settings: Settings,
    *,
    on_done: Callable[[Path], None] | None = None,
) -> list[Document | FileError]:
    """Read every path; results in the order of ``paths``, one per path.

    With ``settings.isolate`` each file is read in a worker process with the time and memory
    limits; without it, in this process (for tests and trusted inputs). ``on_done`` is called
    once per finished file, in completion order.
    """
    if not settings.isolate:
        results: list[Result] = []
        for path in paths:
            results.append(read_path(path, settings))
            if on_done is not None:
                on_done(path)
        return results
    return run_pool(paths, settings, read_path, on_done)


def read_path(path: Path, settings: Settings) -> Result:
    """One file → Document or FileError; the size is checked before a byte is read."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_file_bytes:
            return FileError(
                name,
                "too_large",
                f"the file is {size} bytes; the limit is {settings.max_file_bytes}",
            )
        with path.open("rb") as handle:
            data = handle.read(settings.max_file_bytes + 1)
    except OSError as exc:
        return FileError(name, "unreadable", f"cannot read the file ({exc.strerror or exc})")
    try:
        return read_document(data, name, settings)
    except InputError as exc:
        return FileError(name, exc.code, exc.message)
    except MemoryError:
        return FileError(name, "memory", "reading the file ran out of memory")
    except Exception as exc:  # a reader bug must cost one file, not the batch
        return FileError(name, "corrupt", f"the file cannot be read ({type(exc).__name__}: {exc})")


# ── the pool ────────────────────────────────────────────────────────────────────────────────


def _serve(conn: Connection, settings: Settings, task: Task) -> None:
    """Worker loop: limits first, then (index, path) in, (index, result) out, until None."""
    import resource

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm_up()
    limit = settings.worker_memory_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard == resource.RLIM_INFINITY or limit < hard:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    conn.send(_READY)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, path = message
        used = resource.getrusage(resource.RUSAGE_SELF)
        soft = math.ceil(used.ru_utime + used.ru_stime + settings.parse_timeout_s) + 1
        if cpu_hard == resource.RLIM_INFINITY or soft < cpu_hard:
            resource.setrlimit(resource.RLIMIT_CPU, (soft, cpu_hard))
        try:
            result: Result = task(path, settings)
        except MemoryError:
            result = FileError(str(path), "memory", "reading the file ran out of memory")
        except Exception as exc:
            result = FileError(str(path), "corrupt", f"{type(exc).__name__}: {exc}")
        try:
            conn.send((index, result))
        except MemoryError:
            conn.send((index, FileError(str(path), "memory", "the result did not fit in memory")))


def _warm_up() -> None:
    """Import the readers before the first deadline starts, so it measures reading only."""
    import shortlist.ingest._docx
    import shortlist.ingest._html
    import shortlist.ingest._pdf  # noqa: F401


@dataclass(slots=True)
class _Worker:
    process: Any
    conn: Connection
    job: tuple[int, Path, float] | None = None  # index, path, deadline


def _context() -> Any:
    methods = mp.get_all_start_methods()
    return mp.get_context("forkserver" if "forkserver" in methods else "spawn")


def _start(ctx: Any, settings: Settings, task: Task) -> _Worker:
    parent, child = ctx.Pipe(duplex=True)
    process = ctx.Process(target=_serve, args=(child, settings, task), daemon=True)
    process.start()
    child.close()
    return _Worker(process, parent)


def _ready(worker: _Worker) -> None:
    """Wait for a worker's hello; a worker that dies first is left for the main loop to see."""
    try:
        if worker.conn.poll(_STARTUP_S):
            worker.conn.recv()
    except (EOFError, OSError):
        pass


def _stop(worker: _Worker) -> None:
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join(timeout=5)
    worker.conn.close()


def _death(worker: _Worker, path: Path) -> FileError:
    """What a dead worker's exit status says about the file it was reading."""
    worker.process.join(timeout=1)
    code = worker.process.exitcode
    if code == -signal.SIGXCPU:
        return FileError(str(path), "timeout", "the reader used up its CPU-time limit")
    if code == -signal.SIGKILL:
        return FileError(str(path), "memory", "the reader was killed (out of memory?)")
    what = f"signal {signal.Signals(-code).name}" if code and code < 0 else f"exit code {code}"
    return FileError(str(path), "corrupt", f"the reader process crashed ({what})")


def run_pool(
    paths: Sequence[Path],
    settings: Settings,
    task: Task,
    on_done: Callable[[Path], None] | None = None,
) -> list[Result]:
    """Run ``task`` over ``paths`` in limited worker processes; see the module docstring."""
    if not paths:
        return []
    ctx = _context()
    size = min(settings.workers or os.cpu_count() or 1, len(paths))
    results: list[Result | None] = [None] * len(paths)
    queue = list(enumerate(paths))
    queue.reverse()
    workers = [_start(ctx, settings, task) for _ in range(size)]
    for w in workers:
        _ready(w)
    remaining = len(paths)

    def finish(index: int, result: Result) -> None:
        nonlocal remaining
        results[index] = result
        remaining -= 1
        if on_done is not None:
            on_done(paths[index])

    try:
        while remaining:
            for w in workers:
                if w.job is None and queue:
                    index, path = queue.pop()
                    w.conn.send((index, path))
                    w.job = (index, path, time.monotonic() + settings.parse_timeout_s)
            busy = [w for w in workers if w.job is not None]
            deadline = min(w.job[2] for w in busy if w.job is not None)
            waitables: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
            ready = set(wait(waitables, timeout=max(0.0, deadline - time.monotonic())))
            now = time.monotonic()
            for k, w in enumerate(workers):
                if w.job is None:
                    continue
                index, path, due = w.job
                if w.conn in ready:
                    try:
                        got_index, result = w.conn.recv()
                    except (EOFError, OSError):
                        result, got_index = _death(w, path), index
                    else:
                        w.job = None
                        finish(got_index, result)
                        continue
                elif w.process.sentinel in ready:
                    result = _death(w, path)
                elif now >= due:
                    result = FileError(
                        str(path),
                        "timeout",
                        f"reading took longer than {settings.parse_timeout_s:g} s",
                    )
                else:
                    continue
                _stop(w)
                workers[k] = _start(ctx, settings, task)
                _ready(workers[k])
                finish(index, result)
    finally:
        for w in workers:
            if w.job is None and w.process.is_alive():
                with contextlib.suppress(OSError):
                    w.conn.send(None)
        for w in workers:
            w.process.join(timeout=1)
            _stop(w)
    return [r if r is not None else FileError("", "corrupt", "lost") for r in results]
