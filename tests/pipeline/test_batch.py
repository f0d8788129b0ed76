"""The batch job: whole-dump linkage, every ad exactly once, resumable, traced by a manifest."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from features.contacts import ContactKeys
from features.templates import TemplateKeys
from models.build import LinkageKeys
from pipeline.batch import (
    PreparedChunk,
    RunConflict,
    RunPaths,
    _PendingLinkage,
    read_frame,
    score_dump,
    write_frame,
)
from pipeline.frame import DERIVED_COLUMNS, ads_to_frame
from pipeline.schema import ScoredAd
from pipeline.score import score_ads
from pipeline.settings import ScoreSettings

BAD_LINES = ['{"id": "bad1"}', "not json at all", '{"id": "bad2", "body": 42}']


@pytest.fixture
def dump(tmp_path: Path, ads) -> Path:
    """The hand-written ads as a scraped dump, with three malformed records among them."""
    lines = [ad.model_dump_json(exclude={"label", "label_ordinal"}) for ad in ads]
    lines[5:5] = BAD_LINES
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _read(path: Path) -> list[ScoredAd]:
    return [ScoredAd.model_validate_json(line) for line in path.read_text().splitlines()]


def _run(dump: Path, output: Path, model, chunk_size: int = 7, **options):
    settings = ScoreSettings(chunk_size=chunk_size)
    return score_dump([dump], output, model, settings, model_uri="test:model", **options)


def test_every_ad_once_and_the_manifest_reconciles(tmp_path, dump, ads, fitted_model):
    output = tmp_path / "out" / "scores.jsonl"
    output.parent.mkdir()
    result = _run(dump, output, fitted_model)
    scored = _read(output)
    assert [s.ad_id for s in scored] == [ad.ad_id for ad in ads]
    assert all(s.reasons and s.ad.text for s in scored)
    manifest = json.loads(RunPaths(output).manifest.read_text())
    assert manifest == result.manifest
    counts = manifest["counts"]
    assert counts["read"] == len(ads) + len(BAD_LINES)
    assert counts["valid"] + counts["quarantined"] == counts["read"]
    assert counts["scored"] == counts["valid"] == len(ads) == sum(counts["bands"].values())
    assert counts["quarantined"] == len(BAD_LINES) == sum(counts["quarantined_by_reason"].values())
    assert len(RunPaths(output).quarantine.read_text().splitlines()) == len(BAD_LINES)
    (source,) = manifest["inputs"]
    assert source["sha256"] == hashlib.sha256(dump.read_bytes()).hexdigest()
    assert manifest["output"]["sha256"] == hashlib.sha256(output.read_bytes()).hexdigest()
    assert manifest["model"]["version"] == fitted_model.model_version
    assert not RunPaths(output).run_dir.exists(), "the run folder (ad text) is removed"


@pytest.mark.parametrize("link_batch", [50_000, 5], ids=["linked-at-once", "linked-in-batches"])
def test_linkage_spans_the_whole_dump_not_one_chunk(
    tmp_path, dump, ads, fitted_model, link_batch, monkeypatch
):
    monkeypatch.setattr("pipeline.batch._PendingLinkage.LINK_BATCH", link_batch)
    output = tmp_path / "scores.jsonl"
    _run(dump, output, fitted_model, chunk_size=4)
    whole = score_ads(fitted_model, ads, ScoreSettings())
    for batch, together in zip(_read(output), whole, strict=True):
        assert batch.linkage == together.linkage
        assert batch.risk == pytest.approx(together.risk)
        assert batch.model_dump(exclude={"ad", "risk"}) == together.model_dump(exclude={"risk"})


def _keys(first: int, n: int) -> PreparedChunk:
    ads = np.arange(first, first + n, dtype=np.uint64)
    return PreparedChunk(LinkageKeys(ads, ContactKeys.empty(), TemplateKeys.empty(32)))


def test_pending_linkage_links_every_ad_once_in_order_as_the_tables_grow(monkeypatch):
    linked: list[np.ndarray] = []
    monkeypatch.setattr(
        "pipeline.batch.add_keys_to_linkage", lambda tables, keys: linked.append(keys.ads)
    )
    monkeypatch.setattr("pipeline.batch._PendingLinkage.LINK_BATCH", 10)
    with _PendingLinkage(linked=None) as pending:
        for first in range(0, 1000, 7):
            pending.add(_keys(first, 7))
        pending.flush()
    assert np.array_equal(np.concatenate(linked), np.arange(1001, dtype=np.uint64))
    assert 3 <= len(linked) < 20, "batches grow with the tables"


def test_pending_linkage_reports_a_linking_error(monkeypatch):
    def fail(tables, keys):
        raise MemoryError("linking failed")

    monkeypatch.setattr("pipeline.batch.add_keys_to_linkage", fail)
    monkeypatch.setattr("pipeline.batch._PendingLinkage.LINK_BATCH", 10)
    with pytest.raises(MemoryError, match="linking failed"), _PendingLinkage(None) as pending:
        for first in range(0, 100, 7):
            pending.add(_keys(first, 7))
        pending.flush()


def test_a_killed_run_continues_and_writes_every_ad_once(tmp_path, dump, fitted_model):
    reference = tmp_path / "reference.jsonl"
    _run(dump, reference, fitted_model)
    output = tmp_path / "scores.jsonl"
    chunks_scored = []

    def die_after_two(stage: str, n: int) -> None:
        chunks_scored.append(stage)
        if chunks_scored.count("score") == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _run(dump, output, fitted_model, on_ads=die_after_two)
    assert not output.exists() and RunPaths(output).run_dir.exists()
    prepared, scored = [], []
    result = _run(
        dump,
        output,
        fitted_model,
        on_ads=lambda stage, n: (prepared if stage == "prepare" else scored).append(n),
    )
    assert len(scored) == len(prepared) - 2, "chunks scored before the kill are not redone"
    assert output.read_text() == reference.read_text()
    assert result.manifest["resumed_at"]
    assert result.manifest["counts"]["scored"] == len(_read(output))


def test_an_unfinished_run_of_other_inputs_is_not_mixed_in(tmp_path, dump, fitted_model):
    output = tmp_path / "scores.jsonl"
    with pytest.raises(KeyboardInterrupt):
        _run(dump, output, fitted_model, on_ads=_interrupt)
    dump.write_text(dump.read_text().replace("\n", "\n\n", 1))
    with pytest.raises(RunConflict, match="--restart"):
        _run(dump, output, fitted_model)
    result = _run(dump, output, fitted_model, restart=True)
    assert not result.manifest["resumed_at"]


def _interrupt(stage: str, n: int) -> None:
    raise KeyboardInterrupt


def test_parquet_output_holds_the_same_records(tmp_path, dump, fitted_model):
    jsonl, parquet = tmp_path / "scores.jsonl", tmp_path / "scores.parquet"
    _run(dump, jsonl, fitted_model)
    _run(dump, parquet, fitted_model)
    table = pd.read_parquet(parquet)
    assert list(table.columns) == list(ScoredAd.model_fields)
    first = table.iloc[0].to_dict()
    nested = {
        k: json.loads(v) if k not in ("ad_id", "band", "risk") and v[:1] in "[{" else v
        for k, v in first.items()
    }
    assert ScoredAd.model_validate(nested) == _read(jsonl)[0]


def test_output_format_and_stdin_are_checked_up_front(tmp_path, dump, fitted_model):
    with pytest.raises(ValueError, match=".jsonl or .parquet"):
        _run(dump, tmp_path / "scores.csv", fitted_model)
    settings = ScoreSettings()
    with pytest.raises(ValueError, match="stdin"):
        score_dump(["-"], tmp_path / "s.jsonl", fitted_model, settings, model_uri="m")


def test_frames_survive_the_run_folder(tmp_path, ads, fitted_model):
    frame = ads_to_frame(ads, hash_key=fitted_model.hash_key)
    path = tmp_path / "frame.pickle.zst"
    write_frame(frame, path, fitted_model.hash_key)
    back = read_frame(path, fitted_model.hash_key)
    pd.testing.assert_frame_equal(back, frame)
    derived = list(DERIVED_COLUMNS)
    assert back[derived].dtypes.to_dict() == frame[derived].dtypes.to_dict()


def test_a_frame_written_with_another_key_or_altered_is_refused(tmp_path, ads, fitted_model):
    path = tmp_path / "frame.pickle.zst"
    write_frame(ads_to_frame(ads[:3], hash_key=fitted_model.hash_key), path, b"another key")
    with pytest.raises(RunConflict, match="not written by this run"):
        read_frame(path, fitted_model.hash_key)
    write_frame(ads_to_frame(ads[:3], hash_key=fitted_model.hash_key), path, fitted_model.hash_key)
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(RunConflict, match="--restart"):
        read_frame(path, fitted_model.hash_key)


@pytest.mark.parametrize(
    "processes",
    # Worker processes each start the language detector and matchers: slow on 2 cores.
    [False, pytest.param(True, marks=pytest.mark.slow)],
    ids=["threads", "processes"],
)
def test_dask_local_cluster_gives_identical_scores(tmp_path, dump, fitted_model, processes):
    from distributed import Client, LocalCluster

    from pipeline.batch_dask import DaskExecutor

    local, distributed = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    _run(dump, local, fitted_model)
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=processes, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        result = _run(dump, distributed, fitted_model, executor=DaskExecutor(client))
    assert distributed.read_text() == local.read_text()
    assert result.manifest["backend"].startswith("dask")


def test_worker_processes_give_identical_scores(tmp_path, dump, fitted_model):
    from pipeline.batch_processes import ProcessExecutor

    local, forked = tmp_path / "local.jsonl", tmp_path / "forked.jsonl"
    _run(dump, local, fitted_model)
    result = _run(dump, forked, fitted_model, executor=ProcessExecutor(2))
    assert forked.read_text() == local.read_text()
    assert result.manifest["backend"] == "processes (2 workers)"


@pytest.mark.slow
def test_adrisk_score_killed_with_sigkill_resumes_to_the_same_output(tmp_path, dump, fitted_model):
    import os
    import signal
    import subprocess
    import sys
    import time

    import mlflow.sklearn

    model_dir = tmp_path / "model"
    mlflow.sklearn.save_model(fitted_model.pipeline, model_dir, serialization_format="cloudpickle")
    env = {
        **os.environ,
        "ADRISK_HASH_KEY": fitted_model.hash_key.decode(),
        "ADRISK_SCORE__CHUNK_SIZE": "2",
    }
    adrisk = [str(Path(sys.executable).with_name("adrisk")), "score", str(dump)]
    adrisk += ["--model", str(model_dir)]

    def score(output: Path) -> subprocess.Popen:
        return subprocess.Popen(
            [*adrisk, "-o", str(output)],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    reference = tmp_path / "reference.jsonl"
    assert score(reference).wait(timeout=300) == 0
    output = tmp_path / "scores.jsonl"
    killed = score(output)
    parts = RunPaths(output).run_dir / "scores"
    deadline = time.monotonic() + 300
    while len(list(parts.glob("*.jsonl"))) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    assert not output.exists() and list(parts.glob("*.jsonl"))
    assert score(output).wait(timeout=300) == 0
    assert output.read_text() == reference.read_text()
    assert json.loads(RunPaths(output).manifest.read_text())["resumed_at"]


def test_posting_dates_outside_pandas_nanosecond_range_score(tmp_path, ads, fitted_model):
    dump = tmp_path / "old.jsonl"
    records = [
        ads[0].model_copy(update={"ad_id": "year1", "posted_at": datetime(1, 1, 1, tzinfo=UTC)}),
        ads[1].model_copy(
            update={"ad_id": "year9999", "posted_at": datetime(9999, 12, 31, tzinfo=UTC)}
        ),
    ]
    dump.write_text(
        "".join(r.model_dump_json(exclude={"label", "label_ordinal"}) + "\n" for r in records)
    )
    output = tmp_path / "scores.jsonl"
    _run(dump, output, fitted_model)
    assert [s.ad.posted_at.year for s in _read(output)] == [1, 9999]
