"""Where a command writes beside its main output."""

from __future__ import annotations

from pathlib import Path


def sibling(path: Path, suffix: str) -> Path:
    """A file next to `path` with its stem and another suffix: scores.jsonl → scores.report.json."""
    return path.with_name(path.name.split(".")[0] + suffix)
