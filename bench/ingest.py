"""Benchmark ingestion: records per second and peak RSS, for synthetic dumps of growing size.

python bench/ingest.py                      # load_ads on 100,000, 300,000 and 1,000,000 ads;
                                            # `adrisk ingest` (to Parquet) on 20,000 ads
python bench/ingest.py --n 200000 --to-parquet 0
python bench/ingest.py --dumps /tmp/dumps   # keep the dumps there and reuse them next time

`load_ads` is what every command reads through: parse, validate, quarantine and find
duplicates. `ingest_to_parquet` (`adrisk ingest`) also writes Parquet and counts languages,
which normalises every text and runs language identification, far slower per record.

Each run happens in a fresh child process, so its peak RSS is that run's alone: RSS that
stays flat as N grows is what "bounded memory" means. Wall time depends on what else runs
on the machine, so each line shows the load average and the CPU time (all threads) next
to it.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import tempfile
import time
from pathlib import Path

from pipeline.ingest import IngestReport, ingest_to_parquet, load_ads
from pipeline.synth import write_corpus

TARGET_RECORDS_PER_SECOND = 20_000


def _load_ads(path: str, out: str, queue: multiprocessing.Queue) -> None:
    report = IngestReport()
    started, cpu = time.perf_counter(), time.process_time()
    for _ in load_ads([path], report=report):
        pass
    queue.put((report, time.perf_counter() - started, time.process_time() - cpu, _peak_rss()))


def _ingest_to_parquet(path: str, out: str, queue: multiprocessing.Queue) -> None:
    report = IngestReport()
    started, cpu = time.perf_counter(), time.process_time()
    with open(os.devnull, "w", encoding="utf-8") as quarantine:
        ingest_to_parquet([path], Path(out), report=report, quarantine=quarantine)
    queue.put((report, time.perf_counter() - started, time.process_time() - cpu, _peak_rss()))


def _peak_rss() -> float:
    """Peak RSS of this process in MB (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


STAGES = {"load_ads": _load_ads, "to_parquet": _ingest_to_parquet}


def run(stage: str, dump: Path, directory: Path) -> str:
    """Runs one stage on one dump in a child process and returns a line of figures."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(
        target=STAGES[stage], args=(str(dump), str(directory / "ads.parquet"), queue)
    )
    load = os.getloadavg()[0]
    child.start()
    report, wall, cpu, peak = queue.get()
    child.join()
    rate = report.read / wall
    verdict = "meets" if rate >= TARGET_RECORDS_PER_SECOND else "below"
    target = f"({verdict} {TARGET_RECORDS_PER_SECOND:,})" if stage == "load_ads" else ""
    assert report.read == report.valid + report.quarantined_total
    return (
        f"{stage:10} {report.read:>9,} read  {report.valid:>9,} valid  "
        f"{rate:>7,.0f} records/s {target:15} wall {wall:6.1f} s  "
        f"cpu {cpu:6.1f} s ({report.read / cpu:>7,.0f} records per CPU-second)  "
        f"peak RSS {peak:4.0f} MB  load {load:4.1f}"
    )


def _dump(n: int, directory: Path) -> Path:
    dump = directory / f"synth-{n}.jsonl"
    if not dump.exists():
        write_corpus(dump, n, seed=11, labelled=False)
    return dump


def main(argv: list[str] | None = None) -> None:
    """Parses options and prints one line per stage and dump size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, action="append", help="load_ads dump sizes (repeatable)")
    parser.add_argument(
        "--to-parquet", type=int, default=20_000, help="ads for ingest_to_parquet (0: skip)"
    )
    parser.add_argument("--dumps", type=Path, help="directory to keep and reuse the dumps in")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        dumps = args.dumps or Path(scratch)
        dumps.mkdir(parents=True, exist_ok=True)
        for n in sorted(args.n or [100_000, 300_000, 1_000_000]):
            print(run("load_ads", _dump(n, dumps), Path(scratch)), flush=True)
        if args.to_parquet:
            print(run("to_parquet", _dump(args.to_parquet, dumps), Path(scratch)), flush=True)


if __name__ == "__main__":
    main()
