"""Benchmark ingestion: records per second and peak RSS, for synthetic dumps of growing size.

python bench/ingest.py                 # 100,000 and 1,000,000 ads
python bench/ingest.py --n 200000

Each dump is ingested in a child process, so its peak RSS is ingestion's alone: RSS that
stays flat as N grows is what "bounded memory" means.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import tempfile
import time
from pathlib import Path

from pipeline.ingest import IngestReport, load_ads
from pipeline.synth import write_corpus

TARGET_RECORDS_PER_SECOND = 20_000


def _ingest(path: str, queue: multiprocessing.Queue) -> None:
    report = IngestReport()
    started = time.perf_counter()
    for _ in load_ads([path], report=report):
        pass
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((report.read, report.valid, report.quarantined_total, wall, peak))


def run(n: int, directory: Path) -> str:
    """Writes an N-ad dump and returns a line of ingestion figures."""
    dump = directory / f"dump-{n}.jsonl"
    write_corpus(dump, n, seed=11, labelled=False)
    queue: multiprocessing.Queue = multiprocessing.get_context("spawn").Queue()
    child = multiprocessing.get_context("spawn").Process(target=_ingest, args=(str(dump), queue))
    child.start()
    read, valid, quarantined, wall, peak = queue.get()
    child.join()
    rate = read / wall
    verdict = "meets" if rate >= TARGET_RECORDS_PER_SECOND else "below"
    return (
        f"{n:>10,} ads  read {read:,}  valid {valid:,}  quarantined {quarantined:,}  "
        f"{rate:>8,.0f} records/s ({verdict} target {TARGET_RECORDS_PER_SECOND:,})  "
        f"wall {wall:6.1f} s  peak RSS {peak:5.0f} MB"
    )


def main(argv: list[str] | None = None) -> None:
    """Parses options and prints one line per dump size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, action="append", help="dump sizes (repeatable)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as directory:
        for n in args.n or [100_000, 1_000_000]:
            print(run(n, Path(directory)), flush=True)


if __name__ == "__main__":
    main()
