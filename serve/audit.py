"""The append-only audit log: who scored what, when, with which model. Never content."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from pathlib import Path

from pipeline.schema import Score


class AuditLog:
    """JSONL lines of time, key id, route, model version, and each ad id with its band."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def record(self, key_id: str, route: str, scores: list[Score]) -> None:
        """Appends one line for one request."""
        entry = {
            "time": datetime.now(UTC).isoformat(),
            "key_id": key_id,
            "route": route,
            "model_version": scores[0].model_version if scores else None,
            "ads": [{"ad_id": s.ad_id, "band": s.band} for s in scores],
        }
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(line)
