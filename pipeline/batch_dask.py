"""The batch job's chunks on a Dask cluster: the same functions, run by Dask workers.

`adrisk score --dask local` starts a `LocalCluster` on this machine (one single-threaded
worker process per core); `--dask-scheduler tcp://host:port` joins a running cluster whose
workers have adrisk installed. The model, with its contact hash key, travels to the workers:
reach a remote scheduler over TLS or a trusted network only.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

LOCAL = "local"


class DaskExecutor:
    """Maps over chunks with a Dask client, in order, with a bounded number in flight.
    Its workers may be other machines: chunks travel to them, never file paths."""

    shares_files = False

    def __init__(self, client: Any, in_flight: int | None = None) -> None:
        self.client = client
        workers = len(client.scheduler_info()["workers"]) or 1
        self.in_flight = in_flight or 2 * workers
        self.name = f"dask ({workers} workers)"

    def map(
        self, function: Callable[..., Any], items: Iterable[Any], **shared: Any
    ) -> Iterator[Any]:
        # Shared arguments (the model, the linkage tables) go to every worker once.
        scattered = {
            name: self.client.scatter(value, broadcast=True, hash=False)
            for name, value in shared.items()
        }
        window: deque = deque()
        for item in items:
            (future_item,) = self.client.scatter([item], hash=False)
            window.append(self.client.submit(function, future_item, **scattered, pure=False))
            if len(window) >= self.in_flight:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


@contextmanager
def dask_executor(scheduler: str) -> Iterator[DaskExecutor]:
    """A `DaskExecutor` on a new local cluster (`"local"`) or the scheduler at an address."""
    from distributed import Client, LocalCluster

    if scheduler == LOCAL:
        workers = os.cpu_count() or 1
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            yield DaskExecutor(client)
    else:
        with Client(scheduler) as client:
            yield DaskExecutor(client)
