"""Benchmark the scoring API from another process: latency percentiles and requests/s.

python bench/api.py                        # 50 concurrent clients, 2,000 single-ad requests
python bench/api.py --clients 20 --requests 500

Trains a model on the bundled samples into a temporary MLflow store, starts `adrisk serve`
on a free loopback port with a fresh API key, and drives it with httpx. Only loopback
addresses are used; the load is bounded in requests and time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"p50_ms": 15.0, "p99_ms": 60.0, "requests_per_second": 300.0}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _environment(directory: Path, key_entry: dict, port: int) -> dict[str, str]:
    return {
        **os.environ,
        "ADRISK_CONFIG": str(ROOT / "mlflow.yml"),
        "ADRISK_MLFLOW__TRACKING_URI": f"sqlite:///{directory / 'mlruns.db'}",
        "ADRISK_MLFLOW__ARTIFACT_ROOT": str(directory / "mlartifacts"),
        "ADRISK_HASH_KEY": "bench key",
        "ADRISK_SERVE__PORT": str(port),
        "ADRISK_SERVE__API_KEYS": json.dumps([key_entry]),
        "ADRISK_SERVE__RATE_PER_MINUTE": "1000000",
        "ADRISK_SERVE__AUDIT_LOG": str(directory / "audit.jsonl"),
    }


def _ads(n: int) -> list[dict]:
    lines = (ROOT / "data" / "samples" / "dump.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:n]]


async def _drive(url: str, key: str, ads: list[dict], clients: int, requests: int) -> list[float]:
    latencies: list[float] = []
    errors: list[str] = []
    queue: asyncio.Queue = asyncio.Queue()
    for i in range(requests):
        queue.put_nowait(ads[i % len(ads)])

    async def client(session: httpx.AsyncClient) -> None:
        while not queue.empty():
            ad = queue.get_nowait()
            started = time.perf_counter()
            try:
                response = await session.post(url, json=ad, headers={"X-API-Key": key})
                response.raise_for_status()
            except httpx.HTTPError as error:
                errors.append(type(error).__name__)
                continue
            latencies.append(time.perf_counter() - started)

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(timeout=120, limits=limits) as session:
        await asyncio.gather(*(client(session) for _ in range(clients)))
    if errors:
        print(f"{len(errors)} failed requests: {sorted(set(errors))}")
    return latencies


def main(argv: list[str] | None = None) -> None:
    """Trains, serves, loads, prints the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2_000)
    args = parser.parse_args(argv)
    adrisk = shutil.which("adrisk") or str(Path(sys.executable).parent / "adrisk")
    from serve.auth import key_hash, new_key

    key = new_key()
    entry = {"id": "bench", "sha256": key_hash(key), "scopes": ["score"]}
    port = _free_port()
    with tempfile.TemporaryDirectory() as folder:
        directory = Path(folder)
        env = _environment(directory, entry, port)
        subprocess.run(
            [adrisk, "train", str(ROOT / "data" / "samples" / "train.jsonl")],
            env=env,
            cwd=directory,
            check=True,
            capture_output=True,
        )
        server = subprocess.Popen(
            [adrisk, "serve"],
            env=env,
            cwd=directory,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline:
                try:
                    if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.5)
            else:
                raise SystemExit("the server did not become ready within 180 s")
            ads = _ads(200)
            asyncio.run(_drive(f"{base}/v1/score", key, ads, args.clients, 100))  # warm-up
            started = time.perf_counter()
            latencies = asyncio.run(
                _drive(f"{base}/v1/score", key, ads, args.clients, args.requests)
            )
            wall = time.perf_counter() - started
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
    cuts = statistics.quantiles(latencies, n=100)
    figures = {
        "p50_ms": cuts[49] * 1000,
        "p95_ms": cuts[94] * 1000,
        "p99_ms": cuts[98] * 1000,
        "requests_per_second": len(latencies) / wall,
    }
    print(f"{len(latencies):,} single-ad requests, {args.clients} concurrent clients, {wall:.1f} s")
    for name, value in figures.items():
        target = TARGETS.get(name)
        note = ""
        if target is not None:
            good = value >= target if name == "requests_per_second" else value <= target
            note = f"  (target {'≥' if name == 'requests_per_second' else '≤'} {target:g}: {'met' if good else 'not met'})"
        print(f"{name:>20}: {value:8.1f}{note}")


if __name__ == "__main__":
    main()
