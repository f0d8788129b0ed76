"""Micro-batching: concurrent single-ad requests scored together, each answered with its own."""

from __future__ import annotations

import asyncio
import json
import threading
import time

import httpx
import pytest

from pipeline.schema import Ad
from pipeline.settings import ScoreSettings, ServeSettings, Settings
from serve.app import create_app, get_model_loader, get_settings
from serve.batching import MicroBatcher
from serve.online import score_online
from serve.store import StoreError, open_store

PHONE = "Call 415 555 0199 tonight"


class _Recorder:
    """A scorer that records its batches, blocks until released, and fails on request."""

    def __init__(self, fail_on: str = "", store_error: bool = False) -> None:
        self.batches: list[list[str]] = []
        self.fail_on, self.store_error = fail_on, store_error
        self.release = threading.Event()

    def __call__(self, ads):
        self.release.wait(5)
        self.batches.append([ad.ad_id for ad in ads])
        if self.store_error:
            raise StoreError("down")
        if any(ad.ad_id == self.fail_on for ad in ads):
            raise ValueError("cannot score this ad")
        return [f"score of {ad.ad_id}" for ad in ads]


async def _submit_all(batcher: MicroBatcher, recorder: _Recorder, ids: list[str]) -> list:
    """The first ad alone, then the others while the scorer holds the first."""
    tasks = [asyncio.create_task(batcher.submit(Ad(ad_id=ids[0], body="b")))]
    await asyncio.sleep(0.05)
    tasks += [asyncio.create_task(batcher.submit(Ad(ad_id=i, body="b"))) for i in ids[1:]]
    await asyncio.sleep(0.05)
    recorder.release.set()
    return await asyncio.gather(*tasks, return_exceptions=True)


@pytest.mark.parametrize(
    ("ids", "max_size", "batches"),
    [
        (["a", "b", "c", "d"], 8, [["a"], ["b", "c", "d"]]),
        (["a", "b", "c", "d", "e"], 2, [["a"], ["b", "c"], ["d", "e"]]),
        (["a", "b", "b", "c"], 8, [["a"], ["b", "c"], ["b"]]),
    ],
)
def test_batcher_scores_waiting_ads_together_and_answers_each_its_own(ids, max_size, batches):
    recorder = _Recorder()
    results = asyncio.run(_submit_all(MicroBatcher(recorder, max_size), recorder, ids))
    assert results == [f"score of {i}" for i in ids]
    assert recorder.batches == batches


def test_batcher_fails_only_the_ad_that_cannot_be_scored():
    recorder = _Recorder(fail_on="c")
    results = asyncio.run(_submit_all(MicroBatcher(recorder, 8), recorder, ["a", "b", "c", "d"]))
    assert results[:2] == ["score of a", "score of b"] and results[3] == "score of d"
    assert isinstance(results[2], ValueError)


def test_batcher_fails_every_ad_of_a_batch_when_the_store_fails():
    recorder = _Recorder(store_error=True)
    results = asyncio.run(_submit_all(MicroBatcher(recorder, 8), recorder, ["a", "b", "c"]))
    assert all(isinstance(r, StoreError) for r in results)


def test_a_lone_request_is_not_held_back():
    batcher = MicroBatcher(lambda ads: [ad.ad_id for ad in ads], 8)

    async def one() -> float:
        started = time.perf_counter()
        await batcher.submit(Ad(ad_id="solo", body="b"))
        return time.perf_counter() - started

    assert asyncio.run(one()) < 0.5


def _app(fitted_model, tmp_path):
    settings = Settings(
        serve=ServeSettings(
            audit_log=tmp_path / "audit.jsonl", store=f"sqlite:///{tmp_path / 'reuse.db'}"
        )
    )
    app = create_app()
    app.dependency_overrides[get_settings] = lambda: settings
    app.dependency_overrides[get_model_loader] = lambda: lambda s: fitted_model
    return app


def test_concurrent_requests_get_their_own_scores_audit_lines_and_store_rows(
    fitted_model, tmp_path
):
    ads = [
        {"ad_id": f"m{i}", "title": "Massage", "body": f"Room {i}. {PHONE}", "country": "US"}
        for i in range(6)
    ]
    app = _app(fitted_model, tmp_path)

    async def run() -> list[httpx.Response]:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 5000))
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
                return await asyncio.gather(*(client.post("/v1/score", json=ad) for ad in ads))

    responses = asyncio.run(run())
    assert [r.status_code for r in responses] == [200] * 6
    scores = [r.json() for r in responses]
    assert [s["ad_id"] for s in scores] == [ad["ad_id"] for ad in ads]
    # They share a phone: each counts the ads scored before or with it; the first to be
    # scored, if alone in its batch, counts none.
    assert sum(s["linkage"]["contacts"][0]["ads"] == 0 for s in scores) <= 1
    lines = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert sorted(a["ad_id"] for line in lines for a in line["ads"]) == sorted(
        ad["ad_id"] for ad in ads
    )
    assert all(len(line["ads"]) == 1 and line["route"] == "/v1/score" for line in lines)
    assert open_store(f"sqlite:///{tmp_path / 'reuse.db'}").counts()["contact_pairs"] == 6


def test_ads_batched_together_score_as_one_batch_request(fitted_model, tmp_path, ads):
    """What the batcher does with waiting ads is what the batch route does with its ads."""
    fresh = [
        Ad(**{**ad.model_dump(exclude={"label", "label_ordinal"}), "ad_id": f"q{i}"})
        for i, ad in enumerate(ads[:6])
    ]
    settings = ScoreSettings()
    store = open_store(f"sqlite:///{tmp_path / 'batched.db'}")
    sizes = []

    def score(batch):
        sizes.append(len(batch))
        return score_online(fitted_model, batch, settings, store)

    async def run() -> list:
        first = asyncio.create_task(MicroBatcher.submit(batcher, fresh[0]))
        await asyncio.sleep(0)  # the first ad is being scored while the others arrive
        return [await first, *await asyncio.gather(*map(batcher.submit, fresh[1:]))]

    batcher = MicroBatcher(score, 8)
    batched = asyncio.run(run())
    assert sizes[0] == 1 and len(sizes) < len(fresh)
    direct, start, expected = open_store(f"sqlite:///{tmp_path / 'direct.db'}"), 0, []
    for size in sizes:
        expected += score_online(fitted_model, fresh[start : start + size], settings, direct)
        start += size
    assert batched == expected
