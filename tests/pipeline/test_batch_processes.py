from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.batch_processes import ProcessExecutor, WorkerDied


def _offset(item: int, *, table: dict[int, int]) -> tuple[int, int]:
    return item + table[item % 3], os.getpid()


def test_results_come_back_in_order_from_other_processes_with_the_shared_objects():
    table = {0: 100, 1: 200, 2: 300}  # reaches the workers by fork, never pickled
    results = list(ProcessExecutor(2).map(_offset, iter(range(20)), table=table))
    assert [value for value, _ in results] == [i + table[i % 3] for i in range(20)]
    assert os.getpid() not in {pid for _, pid in results}


def test_fresh_workers_replace_those_that_hold_too_much_memory_in_order():
    table = {0: 100, 1: 200, 2: 300}
    executor = ProcessExecutor(2, max_private_mb=0)  # every worker holds more than that
    results = list(executor.map(_offset, iter(range(20)), table=table))
    assert [value for value, _ in results] == [i + table[i % 3] for i in range(20)]
    assert len({pid for _, pid in results}) > 2
    kept = list(ProcessExecutor(2).map(_offset, iter(range(20)), table=table))
    assert len({pid for _, pid in kept}) == 2


def _die(item: int) -> int:
    if item == 3:
        os._exit(9)
    return item


def test_a_worker_that_dies_stops_the_map_with_a_clear_error():
    with pytest.raises(WorkerDied, match="worker process died"):
        list(ProcessExecutor(2).map(_die, range(10)))


def test_a_finished_map_leaves_nothing_behind():
    executor = ProcessExecutor(1)
    assert list(executor.map(_die, range(3))) == [0, 1, 2]
    assert list(executor.map(_die, range(2))) == [0, 1]  # a second map after the first


_ORPHAN_SCRIPT = """
import os, sys, time
from pipeline.batch_processes import ProcessExecutor

def pid_then_wait(item):
    if item >= 2:
        time.sleep(60)
    return os.getpid()

for pid in ProcessExecutor(2).map(pid_then_wait, range(6)):
    print(pid, flush=True)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked workers: Linux")
def test_workers_end_when_their_parent_is_killed(tmp_path):
    parent = subprocess.Popen(
        [sys.executable, "-c", _ORPHAN_SCRIPT],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    workers = {int(parent.stdout.readline()), int(parent.stdout.readline())}
    parent.kill()  # SIGKILL: the parent cannot stop its workers itself
    parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
