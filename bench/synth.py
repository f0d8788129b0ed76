"""Benchmark the synthetic corpus generator: ads per second, wall and CPU time, peak RSS.

python bench/synth.py                      # 1,000,000 ads to a temporary JSONL
python bench/synth.py --n 200000 --parquet --truth
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from pipeline.synth import write_corpus


def run(n: int, seed: int, suffix: str, truth: bool, directory: Path) -> str:
    """Writes one corpus and returns a line of figures about it."""
    out = directory / f"corpus{suffix}"
    truth_out = directory / "truth.jsonl" if truth else None
    wall, cpu = time.perf_counter(), time.process_time()
    count = write_corpus(out, n, seed, truth_out=truth_out)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    size = out.stat().st_size + (truth_out.stat().st_size if truth_out else 0)
    # ru_maxrss is in KiB on Linux: the process's peak so far, not this run's alone.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return (
        f"{suffix:9} {'+truth' if truth else '':6} {count:>10,} ads  "
        f"{count / wall:>8,.0f} ads/s  wall {wall:6.1f} s  cpu {cpu:6.1f} s  "
        f"{size / 1e6:7.0f} MB  peak RSS {peak:5.0f} MB"
    )


def main(argv: list[str] | None = None) -> None:
    """Parses options and prints one line per corpus written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="ads to generate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--parquet", action="store_true", help="also write Parquet")
    parser.add_argument("--gz", action="store_true", help="also write gzipped JSONL")
    parser.add_argument("--truth", action="store_true", help="also write ground truth")
    args = parser.parse_args(argv)
    suffixes = [".jsonl"] + [".jsonl.gz"] * args.gz + [".parquet"] * args.parquet
    with tempfile.TemporaryDirectory() as directory:
        for suffix in suffixes:
            print(run(args.n, args.seed, suffix, args.truth, Path(directory)), flush=True)


if __name__ == "__main__":
    main()
