from __future__ import annotations

import os

import pytest

from pipeline.batch_processes import ProcessExecutor, WorkerDied


def _offset(item: int, *, table: dict[int, int]) -> tuple[int, int]:
    return item + table[item % 3], os.getpid()


def test_results_come_back_in_order_from_other_processes_with_the_shared_objects():
    table = {0: 100, 1: 200, 2: 300}  # reaches the workers by fork, never pickled
    results = list(ProcessExecutor(2).map(_offset, iter(range(20)), table=table))
    assert [value for value, _ in results] == [i + table[i % 3] for i in range(20)]
    assert os.getpid() not in {pid for _, pid in results}


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
