"""Batch chunks on worker processes of this machine: the default backend of `adrisk score`.

The workers are forked when `map` is called, so what every chunk needs (the model, the
whole dump's reuse tables) reaches them without being pickled or copied: they read the
parent's memory, copied page by page only where they write to it. The parent's objects are
frozen out of garbage collection while the workers run (`gc.freeze`), or each worker's
collector would write to every one of them and so copy nearly all of the parent's memory.
Items and results do travel by pickle. At most two items per worker are in flight, so
memory stays bounded however long the stream, and results come back in the items' order.
Fresh workers replace any that come to hold much memory of their own (`ProcessExecutor`).

A forked child cannot use a native thread pool its parent started (its threads are not
forked); `pipeline.language` falls back to detecting languages one by one in such a child.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from typing import Any

# The function and shared objects of the current `map`, read by the forked workers.
_TASK: tuple[Callable[..., Any], dict[str, Any]] | None = None


class WorkerDied(RuntimeError):
    """A worker process ended abruptly (killed, or out of memory) in the middle of a chunk."""


class ProcessExecutor:
    """Maps a function over items on `workers` forked processes (default: one per core),
    replacing them with fresh ones when one holds more than `max_private_mb` of memory of
    its own.

    A forked worker's memory starts shared with its parent's, but every page it writes to
    becomes its own, and its allocations land in the holes of the parent's heap: a worker
    that scores chunk after chunk against a large parent gains ~10 MB a chunk, towards a
    private copy of the parent. Fresh workers start shared again. The old workers finish
    what they were given before the new ones start: overlapping, the two sets' private
    memory added up (at a million ads the score pass peaked at 2.2 GB; now 1.4 GB), for a
    second or two of cores waiting on the change.
    """

    shares_files = True

    def __init__(self, workers: int | None = None, max_private_mb: int = 256) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.max_private_mb = max_private_mb
        self.name = f"processes ({self.workers} workers)"

    def map(
        self, function: Callable[..., Any], items: Iterable[Any], **shared: Any
    ) -> Iterator[Any]:
        global _TASK
        if _TASK is not None:
            raise RuntimeError("one ProcessExecutor.map at a time per process")
        _TASK = (function, shared)
        gc.freeze()
        try:
            with ExitStack() as pools:
                pool = pools.enter_context(self._pool())
                window: deque[tuple[ProcessPoolExecutor, Future]] = deque()
                for item in items:
                    window.append((pool, _submit(pool, item)))
                    if len(window) >= 2 * self.workers:
                        ran_on, future = window.popleft()
                        result, private_mb = _result(future)
                        if ran_on is pool and private_mb > self.max_private_mb:
                            pool.shutdown(wait=True)
                            pool = pools.enter_context(self._pool())
                        yield result
                while window:
                    yield _result(window.popleft()[1])[0]
        finally:
            _TASK = None
            gc.unfreeze()

    def _pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=die_with_parent,
            initargs=(os.getpid(),),
        )


def die_with_parent(parent: int) -> None:
    """Have Linux end this forked worker when its parent process dies. A parent killed
    outright (SIGKILL, the OOM killer) cannot stop its workers, and they would otherwise wait
    for work forever, each holding its share of memory: the workers keep each other's ends
    of the task queue open, so none of them ever sees it close."""
    if not sys.platform.startswith("linux"):  # prctl is Linux's
        return
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def _submit(pool: ProcessPoolExecutor, item: Any) -> Future:
    # A worker that died before this item was handed over breaks the pool here already.
    try:
        return pool.submit(_run, item)
    except BrokenProcessPool as error:
        raise _died() from error


def _result(future: Future) -> Any:
    try:
        return future.result()
    except BrokenProcessPool as error:
        raise _died() from error


def _died() -> WorkerDied:
    return WorkerDied(
        "a worker process died (killed, or out of memory?); fewer --workers or a smaller "
        "score.chunk_size need less memory"
    )


def _run(item: Any) -> tuple[Any, int]:
    """The function's result for `item`, and how many MB of memory this worker holds that
    it does not share with its parent."""
    if _TASK is None:
        raise RuntimeError("a ProcessExecutor worker started without its task")
    function, shared = _TASK
    return function(item, **shared), _private_mb()


def _private_mb() -> int:
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            fields = dict(line.split(":", 1) for line in rollup if ":" in line)
    except OSError:  # not Linux, or before 4.14
        return 0
    kilobytes = sum(int(fields.get(name, "0 kB").split()[0]) for name in _PRIVATE)
    return kilobytes // 1024


_PRIVATE = ("Private_Clean", "Private_Dirty")
