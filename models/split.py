"""Leakage-safe groups: ads that share an operator's traces never straddle a split."""

from __future__ import annotations

import numpy as np
import pandas as pd


def leakage_groups(frame: pd.DataFrame) -> np.ndarray:
    """A group id per ad: connected components of ads sharing a poster or a contact hash.

    The corpus is full of near-duplicates from one operator; splitting by random rows would
    put copies of one ad on both sides and flatter every metric.
    """
    parent = list(range(len(frame)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_seen: dict[str, int] = {}
    for row, keys in enumerate(_linking_keys(frame)):
        for key in keys:
            other = first_seen.setdefault(key, row)
            root_a, root_b = find(row), find(other)
            if root_a != root_b:
                parent[root_b] = root_a
    return np.array([find(i) for i in range(len(frame))])


def _linking_keys(frame: pd.DataFrame) -> list[list[str]]:
    keys: list[list[str]] = [[] for _ in range(len(frame))]
    if "poster" in frame:
        for row, poster in enumerate(frame["poster"]):
            if isinstance(poster, str) and poster:
                keys[row].append(f"poster:{poster.lower()}")
    if "contacts" in frame:
        for row, contacts in enumerate(frame["contacts"]):
            keys[row].extend(f"contact:{c['hash']}" for c in contacts)
    return keys
