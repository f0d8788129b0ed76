"""Training and held-out evaluation on leakage-safe groups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline

from models.build import build_pipeline, with_batch_linkage
from models.evaluate import evaluate_risk
from models.split import leakage_groups
from pipeline.frame import ads_to_frame
from pipeline.pseudonymise import key_id
from pipeline.schema import LabelledAd
from pipeline.settings import TrainSettings


@dataclass
class TrainedModel:
    """A pipeline fitted on all the data, with metrics from a grouped held-out split."""

    pipeline: Pipeline
    metrics: dict[str, float]
    n_ads: int
    hash_key_id: str
    trained_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def train(
    ads: Sequence[LabelledAd],
    settings: TrainSettings,
    *,
    hash_key: bytes,
    default_region: str = "US",
) -> TrainedModel:
    """Evaluates on a held-out set of operator groups, then refits on every ad."""
    if not ads:
        raise ValueError("no labelled ads to train on")
    frame = ads_to_frame(ads, hash_key=hash_key, default_region=default_region)
    labels = np.array([ad.label for ad in ads])
    if len(set(labels)) < 2:
        raise ValueError(f"training needs both labels 0 and 1, got only {sorted(set(labels))}")
    groups = leakage_groups(frame)
    splitter = GroupShuffleSplit(
        n_splits=1, test_size=settings.test_size, random_state=settings.seed
    )
    train_rows, test_rows = next(splitter.split(frame, labels, groups))
    held_out = build_pipeline(settings.seed).fit(frame.iloc[train_rows], labels[train_rows])
    test_frame = frame.iloc[test_rows]
    risk = with_batch_linkage(held_out, test_frame).predict_proba(test_frame)[:, 1]
    metrics = evaluate_risk(labels[test_rows], risk)
    metrics["train_ads"] = float(len(train_rows))
    final = build_pipeline(settings.seed).fit(frame, labels)
    return TrainedModel(final, metrics, n_ads=len(ads), hash_key_id=key_id(hash_key))
