"""Benchmark training: wall time and peak RSS of `adrisk train` on synthetic ads, no embeddings.

    python bench/train.py                 # 50k ads; target: training in <= 3 minutes
    python bench/train.py --n 10000 --profile

Ads come from `pipeline.synth.generate` (not timed). Training is timed in its two parts:
the ad frame (`pipeline.frame.ads_to_frame`: normalisation, contact extraction, language
identification) and the fit (`models.train.train_frame`: grouped split, features, the
default model and the challenger fitted on the training groups and scored on the held-out
ones, bias report). Their sum is what `adrisk train` spends before logging to MLflow. CPU time is printed beside wall time:
on a shared machine the wall time says as much about the neighbours as about adrisk.
The held-out metrics printed are on synthetic data: they describe the generator.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import time

import numpy as np

from models.train import DEFAULT_MODEL, train_frame
from pipeline.frame import ads_to_frame
from pipeline.schema import LabelledAd
from pipeline.settings import TrainSettings
from pipeline.synth import generate

TARGET_SECONDS = 180.0
HASH_KEY = b"bench only"


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50_000, help="synthetic ads to train on")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--profile", action="store_true", help="print the costliest calls")
    args = parser.parse_args()
    print(f"load average before: {_load()}")

    started = time.perf_counter()
    ads = [LabelledAd.model_validate(record) for record, _ in generate(args.n, args.seed)]
    print(f"generated {len(ads):,} ads in {time.perf_counter() - started:.1f} s (not timed)")

    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    frame_wall, frame_cpu, frame = _timed(lambda: ads_to_frame(ads, hash_key=HASH_KEY))
    labels = np.array([ad.label for ad in ads])
    fit_wall, fit_cpu, trained = _timed(
        lambda: train_frame(frame, labels, TrainSettings(seed=args.seed), hash_key_id="bench")
    )
    if profiler:
        profiler.disable()

    total = frame_wall + fit_wall
    print(f"ad frame:  {frame_wall:6.1f} s wall, {frame_cpu:6.1f} s CPU")
    print(f"fit:       {fit_wall:6.1f} s wall, {fit_cpu:6.1f} s CPU")
    verdict = "within" if total <= TARGET_SECONDS else "OVER"
    print(
        f"training:  {total:6.1f} s wall, {frame_cpu + fit_cpu:6.1f} s CPU for {len(ads):,} ads "
        f"({verdict} the {TARGET_SECONDS:.0f} s target)"
    )
    print(f"peak RSS:  {_peak_rss_mb():,.0f} MB (whole process, generation included)")
    print(f"load average after: {_load()}")
    print(f"held out ({int(trained.metrics['ads']):,} ads, synthetic):")
    for name, evaluation in trained.evaluations.items():
        role = "registered" if name == DEFAULT_MODEL else "challenger"
        m = evaluation.metrics
        print(
            f"  {name:<9} ({role}) ROC-AUC {m.get('roc_auc', float('nan')):.3f}  "
            f"PR-AUC {m.get('pr_auc', float('nan')):.3f}  Brier {m['brier']:.3f}  "
            f"ECE {m['ece']:.3f}  F1 {m['f1']:.3f}"
        )
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def _timed(work):
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    main()
