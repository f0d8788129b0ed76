"""Benchmark the scoring API from another process: latency percentiles and requests/s.

python bench/api.py                     # 2 workers; 1 client, then 50 concurrent clients
python bench/api.py --clients 20 --seconds 10 --workers 1

Trains a model on the bundled samples into a temporary MLflow store (without embeddings),
starts the service (uvicorn, `--workers` processes, the reuse store a SQLite file in the
temporary folder, TCP_NODELAY set: see serve/http.py) on a free loopback port with a fresh
API key, and drives it with httpx
from this process in two phases, each bounded in time:

1. one client, one request at a time: the service time of one single-ad request;
2. `--clients` concurrent clients: throughput, and latency under load. With 50 clients
   always waiting, a request also waits for the ones ahead of it (Little's law: latency ≈
   clients / throughput), so phase 1 is where the per-request latency targets apply.

Every request scores a new ad (a sample with a fresh id), which joins the reuse store.
Failed and timed-out requests are counted and reported, never fatal. The load average is
printed with the figures: other processes on the machine skew them.
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
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {"p50_ms": 15.0, "p99_ms": 60.0, "requests_per_second": 300.0}


@dataclass
class Phase:
    """What one phase of load measured."""

    clients: int
    wall: float = 0.0
    latencies: list[float] = field(default_factory=list)
    failures: Counter = field(default_factory=Counter)
    cpu_seconds: float = 0.0
    server_cpu_seconds: float = 0.0

    def figures(self) -> dict[str, float]:
        if len(self.latencies) < 2:
            return {"requests_per_second": len(self.latencies) / max(self.wall, 1e-9)}
        cuts = statistics.quantiles(self.latencies, n=100)
        return {
            "p50_ms": cuts[49] * 1000,
            "p95_ms": cuts[94] * 1000,
            "p99_ms": cuts[98] * 1000,
            "requests_per_second": len(self.latencies) / self.wall,
        }


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
        "ADRISK_SERVE__RATE_PER_MINUTE": "100000000",
        "ADRISK_SERVE__AUDIT_LOG": str(directory / "audit.jsonl"),
        "ADRISK_SERVE__STORE": f"sqlite:///{directory / 'reuse.db'}",
    }


def _ads(n: int) -> list[dict]:
    lines = (ROOT / "data" / "samples" / "dump.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:n]]


async def _drive(
    url: str, key: str, ads: list[dict], clients: int, seconds: float, timeout: float
) -> Phase:
    """`clients` loops posting single ads until `seconds` have passed."""
    phase = Phase(clients)
    deadline = time.perf_counter() + seconds
    sent = 0

    async def client(session: httpx.AsyncClient) -> None:
        nonlocal sent
        while time.perf_counter() < deadline:
            sent += 1
            ad = {**ads[sent % len(ads)], "ad_id": f"bench-{sent}"}
            started = time.perf_counter()
            try:
                response = await session.post(url, json=ad, headers={"X-API-Key": key})
            except httpx.TimeoutException:
                phase.failures["timeout"] += 1
                continue
            except httpx.HTTPError as error:
                phase.failures[type(error).__name__] += 1
                continue
            if response.status_code != 200:
                phase.failures[f"HTTP {response.status_code}"] += 1
                continue
            phase.latencies.append(time.perf_counter() - started)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    cpu = time.process_time()
    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=timeout, limits=limits) as session:
        await asyncio.gather(*(client(session) for _ in range(clients)))
    phase.wall = time.perf_counter() - started
    phase.cpu_seconds = time.process_time() - cpu
    return phase


def _server_cpu(parent: int) -> float:
    """CPU seconds used so far by the server process and its workers (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            pid, rest = stat.read_text().split(" (", 1)
        except OSError:
            continue
        fields = rest.rsplit(") ", 1)[1].split()
        if int(pid) == parent or int(fields[1]) == parent:  # fields[1]: the parent's pid
            total += (int(fields[11]) + int(fields[12])) / tick  # utime + stime
    return total


def _measure(
    server: subprocess.Popen, url: str, key: str, ads: list[dict], clients: int, args
) -> Phase:
    before = _server_cpu(server.pid)
    phase = asyncio.run(_drive(url, key, ads, clients, args.seconds, args.timeout))
    phase.server_cpu_seconds = _server_cpu(server.pid) - before
    return phase


def _wait_ready(base: str, server: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with code {server.returncode}")
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"the server did not become ready within {seconds:.0f} s")


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} cores"


def _report(title: str, phase: Phase, targets: tuple[str, ...]) -> None:
    done = len(phase.latencies)
    failed = sum(phase.failures.values())
    print(f"\n{title}: {done:,} ok, {failed:,} failed, {phase.wall:.1f} s, {_load()}")
    if phase.failures:
        print(f"  failures: {dict(phase.failures)}")
    print(f"  client CPU: {100 * phase.cpu_seconds / max(phase.wall, 1e-9):.0f}% of one core")
    if done:
        per_request = 1000 * phase.server_cpu_seconds / done
        print(
            f"  server CPU: {per_request:.1f} ms a request "
            f"(on {os.cpu_count()} idle cores: at most {1000 * os.cpu_count() / per_request:.0f} req/s)"
        )
    for name, value in phase.figures().items():
        note = ""
        if name in targets:
            target = TARGETS[name]
            higher = name == "requests_per_second"
            met = value >= target if higher else value <= target
            note = f"  (target {'≥' if higher else '≤'} {target:g}: {'met' if met else 'not met'})"
        print(f"  {name:>20}: {value:8.1f}{note}")


def main(argv: list[str] | None = None) -> None:
    """Trains, serves, loads, prints the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients, phase 2")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each phase")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--timeout", type=float, default=10.0, help="per-request timeout, s")
    args = parser.parse_args(argv)
    adrisk = shutil.which("adrisk") or str(Path(sys.executable).parent / "adrisk")
    from serve.auth import key_hash, new_key

    key = new_key()
    entry = {"id": "bench", "sha256": key_hash(key), "scopes": ["score"]}
    port = _free_port()
    print(f"training on the samples; {_load()}")
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
            [
                *(sys.executable, "-m", "uvicorn", "serve.app:create_app", "--factory"),
                *("--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)),
                *("--http", "serve.http:NoDelayH11Protocol", "--timeout-worker-healthcheck", "300"),
                *("--no-access-log", "--log-level", "warning"),
            ],
            env={**env, "PYTHONPATH": str(ROOT)},
            cwd=directory,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_ready(base, server, 300)
            ads = _ads(200)
            url = f"{base}/v1/score"
            print(f"serving with {args.workers} worker(s); warming up")
            asyncio.run(_drive(url, key, ads, args.workers * 2, 3, args.timeout))
            alone = _measure(server, url, key, ads, 1, args)
            loaded = _measure(server, url, key, ads, args.clients, args)
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
    _report("1 client, one single-ad request at a time", alone, ("p50_ms", "p99_ms"))
    _report(
        f"{args.clients} concurrent clients, single-ad requests", loaded, ("requests_per_second",)
    )


if __name__ == "__main__":
    main()
