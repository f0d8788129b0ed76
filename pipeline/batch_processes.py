"""Batch chunks on worker processes of this machine: the default backend of `adrisk score`.

The workers are forked when `map` is called, so what every chunk needs (the model, the
whole dump's reuse tables) reaches them without being pickled or copied: they read the
parent's memory, copied page by page only where they write to it. The parent's objects are
frozen out of garbage collection while the workers run (`gc.freeze`), or each worker's
collector would write to every one of them and so copy nearly all of the parent's memory.
Items and results do travel by pickle. At most two items per worker are in flight, so memory stays bounded
however long the stream, and results come back in the items' order. Fresh workers are
forked every few items, before they copy much of the parent's memory.

A forked child cannot use a native thread pool its parent started (its threads are not
forked); `pipeline.language` falls back to detecting languages one by one in such a child.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
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
    forking fresh ones every `items_per_fork` items (see `_generations`)."""

    shares_files = True

    def __init__(self, workers: int | None = None, items_per_fork: int = 16) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.items_per_fork = items_per_fork
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
                window: deque[Future] = deque()
                for pool, item in self._generations(items, pools):
                    window.append(pool.submit(_run, item))
                    if len(window) >= 2 * self.workers:
                        yield _result(window.popleft())
                while window:
                    yield _result(window.popleft())
        finally:
            _TASK = None
            gc.unfreeze()

    def _generations(
        self, items: Iterable[Any], pools: ExitStack
    ) -> Iterator[tuple[ProcessPoolExecutor, Any]]:
        """Each item with the pool to run it on: a new pool every `items_per_fork` items.

        A forked worker's memory starts shared with its parent's, but every page it writes
        to becomes its own: its allocations land in the holes of the parent's heap, page
        after page, until after a few hundred chunks it holds a private copy of most of it.
        Fresh workers start shared again. The old pool's workers finish what they were
        given while the new pool starts, so the cores never wait on the change.
        """
        pool = None
        for number, item in enumerate(items):
            if number % self.items_per_fork == 0:
                if pool is not None:
                    pool.shutdown(wait=False)
                pool = pools.enter_context(
                    ProcessPoolExecutor(
                        self.workers,
                        mp_context=multiprocessing.get_context("fork"),
                        initializer=die_with_parent,
                        initargs=(os.getpid(),),
                    )
                )
            yield pool, item


def die_with_parent(parent: int) -> None:
    """Have Linux end this forked worker when its parent process dies. A parent killed
    outright (SIGKILL, the OOM killer) cannot stop its workers, and they would otherwise wait
    for work forever, each holding its share of memory: the workers keep each other's ends
    of the task queue open, so none of them ever sees it close."""
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def _result(future: Future) -> Any:
    try:
        return future.result()
    except BrokenProcessPool as error:
        raise WorkerDied(
            "a worker process died (killed, or out of memory?); fewer --workers or a smaller "
            "score.chunk_size need less memory"
        ) from error


def _run(item: Any) -> Any:
    if _TASK is None:
        raise RuntimeError("a ProcessExecutor worker started without its task")
    function, shared = _TASK
    return function(item, **shared)
