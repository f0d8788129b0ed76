"""Benchmark ingestion: records per second and peak RSS, for synthetic dumps of growing size.

python bench/ingest.py                      # load_ads and `adrisk ingest` on 100,000,
                                            # 300,000 and 1,000,000 ads
python bench/ingest.py --n 200000 --stage to_parquet --workers 1
python bench/ingest.py --dumps /tmp/dumps   # keep the dumps there and reuse them next time

`load_ads` is what every command reads through: parse, validate, quarantine and find
duplicates, on one core. `ingest_to_parquet` (`adrisk ingest`, the target of 20,000
records/s on two cores) does the same on worker processes, writes Parquet and counts
languages on a sample of ads. The last line, 1,000,000 ads through `adrisk ingest`, is the
headline figure.

Each run happens in a fresh child process, so its peak RSS is that run's alone: RSS that
stays flat as N grows is what "bounded memory" means. `adrisk ingest` shows its own peak RSS
and its largest worker's. Wall time depends on what else runs on the machine, so each line
shows the load average and the CPU time (all processes and threads) next to it.
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


def _load_ads(path: str, out: str, workers: int | None, queue: multiprocessing.Queue) -> None:
    report = IngestReport()
    started, cpu = time.perf_counter(), time.process_time()
    for _ in load_ads([path], report=report):
        pass
    queue.put(_figures(report, started, cpu))


def _ingest_to_parquet(
    path: str, out: str, workers: int | None, queue: multiprocessing.Queue
) -> None:
    report = IngestReport()
    started, cpu = time.perf_counter(), time.process_time()
    with open(os.devnull, "w", encoding="utf-8") as quarantine:
        ingest_to_parquet([path], Path(out), workers=workers, report=report, quarantine=quarantine)
    queue.put(_figures(report, started, cpu))


def _figures(report: IngestReport, started: float, cpu: float) -> tuple:
    """The report, wall and CPU seconds (workers included), peak RSS here and in a worker."""
    wall = time.perf_counter() - started
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - cpu + workers.ru_utime + workers.ru_stime
    return report, wall, cpu, _megabytes(resource.RUSAGE_SELF), _megabytes(resource.RUSAGE_CHILDREN)


def _megabytes(who: int) -> float:
    """Peak RSS in MB (ru_maxrss is in KiB on Linux; for children, the largest one's)."""
    return resource.getrusage(who).ru_maxrss / 1024


STAGES = {"load_ads": _load_ads, "to_parquet": _ingest_to_parquet}


def run(stage: str, dump: Path, directory: Path, workers: int | None = None) -> str:
    """Runs one stage on one dump in a child process and returns a line of figures."""
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    out = str(directory / "ads.parquet")
    child = context.Process(target=STAGES[stage], args=(str(dump), out, workers, queue))
    load = os.getloadavg()[0]
    child.start()
    report, wall, cpu, peak, worker_peak = queue.get()
    child.join()
    rate = report.read / wall
    verdict = "meets" if rate >= TARGET_RECORDS_PER_SECOND else "below"
    assert report.read == report.valid + report.quarantined_total
    memory = f"peak RSS {peak:4.0f} MB" + (f", worker {worker_peak:4.0f} MB" if worker_peak else "")
    return (
        f"{stage:10} {report.read:>9,} read  {report.valid:>9,} valid  "
        f"{rate:>7,.0f} records/s ({verdict} {TARGET_RECORDS_PER_SECOND:,})  wall {wall:6.1f} s  "
        f"cpu {cpu:6.1f} s ({report.read / cpu:>7,.0f} records per CPU-second)  "
        f"{memory}  load {load:4.1f}"
    )


def _dump(n: int, directory: Path) -> Path:
    dump = directory / f"synth-{n}.jsonl"
    if not dump.exists():
        partial = dump.with_name(f"partial-{dump.name}")  # a dump cut short is not reused
        write_corpus(partial, n, seed=11, labelled=False)
        partial.rename(dump)
    return dump


def main(argv: list[str] | None = None) -> None:
    """Parses options and prints one line per stage and dump size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, action="append", help="dump sizes (repeatable)")
    parser.add_argument(
        "--stage", choices=sorted(STAGES), action="append", help="stages to run (default: both)"
    )
    parser.add_argument("--workers", type=int, help="`adrisk ingest` workers (default: CPUs)")
    parser.add_argument("--dumps", type=Path, help="directory to keep and reuse the dumps in")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        dumps = args.dumps or Path(scratch)
        dumps.mkdir(parents=True, exist_ok=True)
        for n in sorted(args.n or [100_000, 300_000, 1_000_000]):
            for stage in args.stage or ["load_ads", "to_parquet"]:
                print(run(stage, _dump(n, dumps), Path(scratch), args.workers), flush=True)


if __name__ == "__main__":
    main()
