"""Micro-batching: single-ad requests that arrive together are scored in one vectorised call.

Scoring one ad costs mostly per call (building frames, dispatching transformers, querying
the reuse store), not per ad, so a worker that scores the requests waiting for it together
serves several times more of them. No timer holds a request back: a lone request is scored
at once, and the requests arriving while a batch is scored form the next batch. A request
therefore waits at most for the batch ahead of it.

Ads scored together are linked to each other as a batch request's ads are: concurrent ads
sharing a phone count each other, whichever was sent first.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Sequence

from anyio import to_thread

from pipeline.schema import Ad, Score
from serve.store import StoreError

Scorer = Callable[[Sequence[Ad]], list[Score]]


class MicroBatcher:
    """Scores single ads in batches of up to `max_size`, in arrival order, one batch at a
    time per process (scoring holds the GIL: two batches at once would only interleave).

    An ad id appears once per batch: a second request for the same ad waits for the next
    batch, so that it sees the first as the store holds it, as it would sequentially.
    A failure other than the store's is retried ad by ad, so that one ad that cannot be
    scored does not fail the requests batched with it.
    """

    def __init__(self, score: Scorer, max_size: int) -> None:
        self.score = score
        self.max_size = max_size
        self._waiting: deque[tuple[Ad, asyncio.Future[Score]]] = deque()
        self._draining: asyncio.Task | None = None

    async def submit(self, ad: Ad) -> Score:
        """The ad's score, scored with the ads that wait with it."""
        future: asyncio.Future[Score] = asyncio.get_running_loop().create_future()
        self._waiting.append((ad, future))
        if self._draining is None or self._draining.done():
            self._draining = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._waiting:
            batch = self._next_batch()
            try:
                results = await to_thread.run_sync(
                    self._score_apart_on_failure, [a for a, _ in batch]
                )
            except BaseException as error:  # the store failed, or the loop is shutting down
                for _, future in batch:
                    if not future.done():
                        future.set_exception(error)
                if not isinstance(error, Exception):
                    raise
                continue
            for (_, future), result in zip(batch, results, strict=True):
                if future.done():  # the client went away
                    continue
                if isinstance(result, Exception):
                    future.set_exception(result)
                else:
                    future.set_result(result)

    def _next_batch(self) -> list[tuple[Ad, asyncio.Future[Score]]]:
        batch, ids, later = [], set(), []
        while self._waiting and len(batch) < self.max_size:
            ad, future = self._waiting.popleft()
            if future.done():
                continue
            if ad.ad_id in ids:
                later.append((ad, future))
                continue
            ids.add(ad.ad_id)
            batch.append((ad, future))
        self._waiting.extendleft(reversed(later))
        return batch

    def _score_apart_on_failure(self, ads: list[Ad]) -> list[Score | Exception]:
        try:
            return list(self.score(ads))
        except StoreError:
            raise
        except Exception as error:
            if len(ads) == 1:
                return [error]
        results: list[Score | Exception] = []
        for ad in ads:
            try:
                results.extend(self.score([ad]))
            except StoreError:
                raise
            except Exception as error:
                results.append(error)
        return results
