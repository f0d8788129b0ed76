"""Benchmark `find_evidence`: ads per second on one core, and how often decoys light up.

    python bench/indicators.py            # 100k synthetic ads
    python bench/indicators.py --n 20000 --unknown 2000

Ads come from `pipeline.synth.generate`; generating and normalising them is not timed. The
decoy false-positive rate is the share of ordinary classifieds (rooms, cars, pets, jobs,
licensed massage) with any evidence at all.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter, defaultdict

from features.indicators import find_evidence, load_lexicon
from pipeline.normalise import ad_text
from pipeline.synth import generate


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="ads to score with a known language")
    parser.add_argument(
        "--unknown",
        type=int,
        default=10_000,
        help="of those, ads also scored with lang=None (every pattern file)",
    )
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    started = time.perf_counter()
    ads = [
        (ad_text(record["title"], record["body"]), truth["language"], truth["kind"])
        for record, truth in generate(args.n, args.seed)
    ]
    print(f"generated and normalised {len(ads):,} ads in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    lexicon = load_lexicon()
    print(
        f"built {len(lexicon.languages)} tokenizers and {len(lexicon.rules):,} pattern keys "
        f"in {time.perf_counter() - started:.1f} s"
    )

    started = time.perf_counter()
    results = [find_evidence(text, lang, nlp=lexicon) for text, lang, _ in ads]
    elapsed = time.perf_counter() - started
    print(f"lang known:   {len(ads) / elapsed:,.0f} ads/s ({len(ads):,} ads, {elapsed:.1f} s)")

    subset = ads[: args.unknown]
    started = time.perf_counter()
    for text, _, _ in subset:
        find_evidence(text, None, nlp=lexicon)
    elapsed = time.perf_counter() - started
    print(f"lang unknown: {len(subset) / elapsed:,.0f} ads/s ({len(subset):,} ads, every language)")

    _report(ads, results)


def _report(ads, results) -> None:
    lit: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    decoy_hits: Counter[str] = Counter()
    for (_, lang, kind), evidence in zip(ads, results, strict=True):
        lit[kind, lang][0] += bool(evidence)
        lit[kind, lang][1] += 1
        if kind == "decoy":
            decoy_hits.update(e.indicator for e in evidence)
    langs = sorted({lang for _, lang in lit})
    print("\nshare of ads with any evidence (decoy = false-positive rate)")
    print("kind          " + " ".join(f"{lang:>6}" for lang in langs) + "    all")
    for kind in ("decoy", "service", "recruitment"):
        cells = [lit.get((kind, lang), [0, 0]) for lang in langs]
        total = [sum(c[0] for c in cells), sum(c[1] for c in cells)]
        row = " ".join(f"{_share(c):>6}" for c in cells)
        print(f"{kind:<13} {row} {_share(total):>6}")
    if decoy_hits:
        top = ", ".join(f"{k} {v}" for k, v in decoy_hits.most_common(8))
        print(f"indicators lit on decoys: {top}")


def _share(cell: list[int]) -> str:
    return f"{cell[0] / cell[1]:.1%}" if cell[1] else "-"


if __name__ == "__main__":
    main()
