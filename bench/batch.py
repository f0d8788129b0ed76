"""Benchmark batch scoring end to end: ads per second and peak RSS of `adrisk score`'s job.

python bench/batch.py                        # 100,000 ads, then 1,000,000
python bench/batch.py --n 20000 --backend local   # all in one process
python bench/batch.py --n 20000 --backend dask    # on a local Dask cluster (a worker per core)

A model is trained once on 3,000 synthetic ads (not timed, no MLflow). Each dump is a fresh
synthetic corpus (other operators, same generator), scored by `pipeline.batch.score_dump` —
ingest, prepare, whole-dump linkage, score, write JSONL, manifest — in a child process with
the backend `adrisk score` uses by default: a worker process per core. Memory is the peak,
sampled every 0.2 s, of the summed PSS (proportional set size) of the job and its workers:
pages the forked workers share with the job count once, not once per process.
Targets (no embeddings): at least 2,000 ads/s and under 2 GB peak memory at 1M ads.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import pickle
import tempfile
import threading
import time
from pathlib import Path

TARGET_ADS_PER_SECOND = 2_000
TARGET_PEAK_GB = 2.0
HASH_KEY = b"bench-only hash key"


def _train(directory: Path) -> Path:
    from models.train import train
    from pipeline.ingest import load_ads
    from pipeline.settings import TrainSettings
    from pipeline.synth import write_corpus

    corpus = directory / "train.jsonl"
    write_corpus(corpus, 3_000, seed=5, labelled=True)
    trained = train(list(load_ads([corpus], labelled=True)), TrainSettings(), hash_key=HASH_KEY)
    path = directory / "model.pkl"  # the bench's own file, read back by its own children
    path.write_bytes(pickle.dumps(trained.pipeline))
    return path


def _score(dump: str, model_path: str, backend: str, queue: multiprocessing.Queue) -> None:
    from contextlib import nullcontext

    from models.build import lexicon_version
    from models.registry import ScoringModel
    from pipeline.batch import score_dump
    from pipeline.batch_dask import LOCAL, dask_executor
    from pipeline.batch_processes import ProcessExecutor
    from pipeline.settings import ScoreSettings

    pipeline = pickle.loads(Path(model_path).read_bytes())
    model = ScoringModel(pipeline, "bench/1", lexicon_version(pipeline), HASH_KEY)
    stages: dict[str, float] = {}
    ends: dict[str, float] = {}  # when each stage last reported, on the wall clock
    last = [time.perf_counter()]

    def clock(stage: str, n: int) -> None:
        now = time.perf_counter()
        stages[stage] = stages.get(stage, 0.0) + now - last[0]
        last[0] = now
        ends[stage] = time.time()

    backends = {
        "processes": lambda: nullcontext(ProcessExecutor()),
        "local": lambda: nullcontext(None),
        "dask": lambda: dask_executor(LOCAL),
    }
    started = time.perf_counter()
    with backends[backend]() as executor:
        result = score_dump(
            [dump],
            Path(dump).with_suffix(".scores.jsonl"),
            model,
            ScoreSettings(),
            model_uri="bench",
            executor=executor,
            on_ads=clock,
        )
    wall = time.perf_counter() - started
    times = os.times()  # this process and its workers (ended, so counted as children)
    cpu = times.user + times.system + times.children_user + times.children_system
    queue.put((result.manifest["counts"]["scored"], wall, stages, ends, cpu))


def _peak_memory(pid: int, done: threading.Event, samples: list[tuple[float, float]]) -> None:
    """Sample the summed PSS (GB) of a process and its descendants, with the time, until
    `done`. The kernel counts PSS page by page: ~80 ms a process of a gigabyte, so samples
    every 0.2 s took a third of a core from the job they measured; every 3 s they take a
    few percent, and a pass lasts minutes."""
    import psutil

    root = psutil.Process(pid)
    while not done.wait(3.0):
        try:
            processes = [root, *root.children(recursive=True)]
            total = sum(_pss_kb(process.pid) for process in processes)
        except (psutil.Error, OSError):
            continue  # a worker ended between listing and reading: sample again
        samples.append((time.time(), total / 1024**2))


def _pss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
        for line in rollup:
            if line.startswith("Pss:"):
                return int(line.split()[1])
    return 0


def run(n: int, directory: Path, model_path: Path, backend: str) -> str:
    from pipeline.synth import write_corpus

    dump = directory / f"dump-{n}.jsonl"
    write_corpus(dump, n, seed=17, labelled=False)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_score, args=(str(dump), str(model_path), backend, queue))
    child.start()
    done, samples = threading.Event(), []
    sampler = threading.Thread(target=_peak_memory, args=(child.pid, done, samples))
    sampler.start()
    scored, wall, stages, ends, cpu = queue.get()
    done.set()
    sampler.join()
    child.join()
    dump.unlink()
    rate = scored / wall
    peak = max((gb for _, gb in samples), default=0.0)
    verdict = "meets" if rate >= TARGET_ADS_PER_SECOND and peak < TARGET_PEAK_GB else "misses"
    split = ", ".join(f"{stage} {seconds:.0f} s" for stage, seconds in stages.items())
    # A sample belongs to the first stage that had not yet finished when it was taken.
    by_stage: dict[str, float] = {}
    for at, gb in samples:
        stage = next((s for s, end in ends.items() if at <= end), "output")
        by_stage[stage] = max(by_stage.get(stage, 0.0), gb)
    peaks = ", ".join(f"{stage} {gb:.2f}" for stage, gb in by_stage.items())
    return (
        f"{n:>9,} ads: {scored:,} scored in {wall:,.0f} s = {rate:,.0f} ads/s "
        f"({split}); CPU {cpu / scored * 1000:.2f} ms an ad; peak memory {peak:.2f} GB "
        f"({peaks}) — {verdict} the targets "
        f"(≥ {TARGET_ADS_PER_SECOND:,} ads/s, < {TARGET_PEAK_GB} GB); "
        f"load average {os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument(
        "--backend",
        choices=("processes", "local", "dask"),
        default="processes",
        help="worker processes (adrisk score's default), this process, or a local Dask cluster",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="adrisk-bench-") as tmp:
        directory = Path(tmp)
        model_path = _train(directory)
        print(f"batch scoring, backend {args.backend}, {multiprocessing.cpu_count()} cores")
        for n in args.n:
            print(run(n, directory, model_path, args.backend), flush=True)


if __name__ == "__main__":
    main()
