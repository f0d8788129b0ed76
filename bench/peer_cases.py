"""Score adrisk's extractors on the DIG (DARPA Memex) peer test vectors.

Prints per-field precision, recall and F1 (micro over cases) and extraction throughput,
and exits non-zero when a field is below its target. The vectors and their formats are
described in the peer-cases README. Where the peer's format differs from adrisk's:

- phones: an E.164 number matches the peer's digits if they are its national number or
  country code + national number (the peer drops "+" and trunk prefixes);
- social: only the networks the peer labels are scored; WhatsApp and Viber numbers match
  when one is the other without its country code; profile URLs count as their handle;
- prices: amounts are compared, since the peer files disagree on units and currencies.

    python bench/peer_cases.py [--cases ../shared/peer-cases] [--rounds 7] [--check-throughput]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import phonenumbers

from pipeline.contacts import Extraction, extract
from pipeline.deobfuscate import deobfuscate

DEFAULT_CASES = Path(__file__).resolve().parents[1] / ".." / "shared" / "peer-cases"
TARGETS = {"phone": 0.97, "email": 0.90, "social": 0.90, "age": 0.90, "price": 0.85}
THROUGHPUT_TARGET = 2_000  # ads per second on one core
# The peer labels only these networks; handles on other platforms are not scored.
PEER_NETWORKS = frozenset(
    {"twitter", "instagram", "snapchat", "wechat", "whatsapp", "facebook", "viber", "kik"}
)
PHONE_NETWORKS = frozenset({"whatsapp", "viber"})


@dataclass
class Tally:
    """True positives, false positives and false negatives over a file's cases."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    cases: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, expected: Iterable, found: Iterable, same: Callable | None = None) -> None:
        """Count one case, matching each expected value to at most one found value."""
        same = same or (lambda want, got: want == got)
        unmatched = list(dict.fromkeys(found))
        for value in dict.fromkeys(expected):
            hit = next((got for got in unmatched if same(value, got)), None)
            if hit is None:
                self.fn += 1
            else:
                self.tp += 1
                unmatched.remove(hit)
        self.fp += len(unmatched)
        self.cases += 1


def read_cases(path: Path) -> list[dict]:
    """The JSON lines of one peer-case file."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def score_cases(cases_dir: Path) -> dict[str, Tally]:
    """Precision/recall tallies per field over the scored peer files."""
    scorers = {
        "phone": ("phone.jsonl", _score_phone),
        "email": ("email.jsonl", _score_email),
        "social": ("social.jsonl", _score_social),
        "age": ("age.jsonl", _score_age),
        "price": ("price.jsonl", _score_price),
    }
    tallies: dict[str, Tally] = {}
    for field, (name, scorer) in scorers.items():
        tally = Tally()
        for case in read_cases(cases_dir / name):
            scorer(case, extract(case["text"]), tally)
        tallies[field] = tally
    return tallies


def _phone_forms(e164: str) -> set[str]:
    number = phonenumbers.parse(e164, None)
    national = str(number.national_number)
    return {national, f"{number.country_code}{national}"}


def _score_phone(case: dict, extraction: Extraction, tally: Tally) -> None:
    found = [phone.value for phone in extraction.phones]
    tally.add(case["expected"], found, lambda want, got: want in _phone_forms(got))


def _score_email(case: dict, extraction: Extraction, tally: Tally) -> None:
    tally.add([e.lower() for e in case["expected"]], [e.value for e in extraction.emails])


def _handle_key(network: str, handle: str) -> tuple[str, str]:
    handle = handle.strip().lower()
    if network in PHONE_NETWORKS:
        return network, re.sub(r"\D", "", handle).lstrip("0")
    handle = re.sub(r"^(?:https?://)?(?:www\.)?[a-z]+\.com/", "", handle)
    return network, handle.lstrip("@")


def _same_handle(want: tuple[str, str], got: tuple[str, str]) -> bool:
    if want[0] != got[0]:
        return False
    if want[0] in PHONE_NETWORKS:
        # A number written without its country code still names the same account.
        short, long = sorted((want[1], got[1]), key=len)
        return len(short) >= 7 and long.endswith(short)
    return want[1] == got[1]


def _score_social(case: dict, extraction: Extraction, tally: Tally) -> None:
    expected = [_handle_key(item["network"], item["handle"]) for item in case["expected"]]
    found = []
    for handle in extraction.handles:
        network, _, name = handle.value.partition(":")
        if network in PEER_NETWORKS:
            found.append(_handle_key(network, name))
    tally.add(expected, found, _same_handle)


def _score_age(case: dict, extraction: Extraction, tally: Tally) -> None:
    tally.add([int(age) for age in case["expected"]], [age.value for age in extraction.ages])


def _expected_amount(item) -> int:
    if isinstance(item, dict):
        return int(float(item.get("price", item.get("value"))))
    if isinstance(item, int):
        return item
    return int(re.match(r"\d+", str(item)).group())


def _score_price(case: dict, extraction: Extraction, tally: Tally) -> None:
    # The peer files disagree on units and currencies; the amount is what they share.
    expected = [_expected_amount(item) for item in case["expected"]]
    tally.add(expected, [int(price.value.amount) for price in extraction.prices])


def deobfuscation_report(cases_dir: Path) -> tuple[int, int]:
    """How many reference numbers (7+ digits) appear in the view of their ad line."""
    found = total = 0
    for case in read_cases(cases_dir / "deobfuscation.jsonl"):
        view = re.sub(r"\D", "", deobfuscate(case["text"]).text)
        for number in re.findall(r"\d[\d\s().-]{5,}\d", case["expected"][0]):
            digits = re.sub(r"\D", "", number)
            if len(digits) >= 7:
                total += 1
                found += digits in view
    return found, total


def throughput(texts: list[str], rounds: int) -> tuple[float, float]:
    """Ads per CPU second over `texts` (best of `rounds` passes), and mean characters per ad.

    CPU time rather than wall time, and the best pass: on a shared machine both leave out
    time spent waiting for other processes.
    """
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            extract(text)
        best = min(best, time.process_time() - start)
    return len(texts) / best, sum(map(len, texts)) / len(texts)


def calibration() -> float:
    """CPU microseconds this machine takes for `sum(range(1000))`; about 10 on a laptop."""
    best = float("inf")
    for _ in range(15):
        start = time.process_time()
        for _ in range(2_000):
            sum(range(1000))
        best = min(best, time.process_time() - start)
    return best / 2_000 * 1e6


def synthetic_ads(count: int = 200) -> list[str]:
    """Typical ~600-character ads with contacts, ages and prices, varied so no cache helps."""
    areas = (212, 310, 702, 415, 305, 713, 404, 206, 617, 312, 602, 214, 503, 619, 813)
    ads = []
    for n in range(count):
        area = areas[n % len(areas)]
        exchange = 200 + (n * 37) % 700
        ads.append(
            f"NEW in town!! Sweet and sexy {20 + n % 15} yo latina, 5'{n % 10} 120 lbs 34C-24-36. "
            "Available 24/7 for incall and outcall, discreet and clean, no rush. "
            f"Call or text {area}-{exchange}-{1000 + n:04d} or {area} {exchange} "
            f"{n % 10}{n % 7} five {n % 3}. Rates: {80 + n % 5 * 10} qv, {120 + n % 4 * 10} hh, "
            f"${200 + n % 3 * 50}/hr. Snapchat: girl{n}xo  email me girl{n}@gmail.com, pics at "
            f"www.site{n}.com/me Ask about my two girl special, 100% real pics or it's free. "
            "No blocked calls, no law enforcement, gentlemen only please. I'm waiting for you "
            "baby, come see me today and let me make your day, you won't regret it. xoxo kisses"
        )
    return ads


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES, help="peer-cases directory")
    parser.add_argument("--rounds", type=int, default=7, help="passes for the throughput run")
    parser.add_argument(
        "--check-throughput",
        action="store_true",
        help=f"also fail below {THROUGHPUT_TARGET:,} ads/s (flaky on shared CI runners)",
    )
    args = parser.parse_args(argv)
    cases_dir = args.cases.resolve()

    tallies = score_cases(cases_dir)
    print(
        f"{'field':<8}{'cases':>7}{'tp':>6}{'fp':>5}{'fn':>5}{'precision':>11}{'recall':>8}"
        f"{'F1':>7}{'target':>8}"
    )
    failed = []
    for field, tally in tallies.items():
        target = TARGETS[field]
        mark = "" if tally.f1 >= target else "  BELOW TARGET"
        if mark:
            failed.append(field)
        print(
            f"{field:<8}{tally.cases:>7}{tally.tp:>6}{tally.fp:>5}{tally.fn:>5}"
            f"{tally.precision:>11.3f}{tally.recall:>8.3f}{tally.f1:>7.3f}{target:>8.2f}{mark}"
        )
    found, total = deobfuscation_report(cases_dir)
    print(f"deobfuscation: {found}/{total} reference numbers present in the view (no target)")
    print("height_weight: not extracted by adrisk (no target)")

    peer_texts = [
        case["text"]
        for name in ("phone", "email", "social", "age", "price")
        for case in read_cases(cases_dir / f"{name}.jsonl")
    ]
    print(f"calibration: sum(range(1000)) takes {calibration():.1f} us here (~10 on a laptop)")
    for label, texts in (("peer texts", peer_texts), ("synthetic ads", synthetic_ads())):
        rate, chars = throughput(texts, args.rounds)
        below = rate < THROUGHPUT_TARGET
        mark = f"  below {THROUGHPUT_TARGET:,}" if below else ""
        if below and args.check_throughput:
            failed.append(f"throughput ({label})")
        print(f"throughput ({label}, mean {chars:.0f} chars): {rate:,.0f} ads/s on one core{mark}")
    if failed:
        print(f"below target: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
