"""Shared fixtures: the hand-written ads, isolated settings and a model fitted on them."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from pipeline.ingest import load_ads
from pipeline.schema import LabelledAd
from pipeline.settings import MlflowSettings, Settings

DATA = Path(__file__).parent / "data"
HASH_KEY = b"test-only hash key"


@pytest.fixture(scope="session")
def ads() -> list[LabelledAd]:
    """About 30 hand-written synthetic ads in several languages; no real ads or contacts."""
    return list(load_ads([DATA / "ads.jsonl"], labelled=True))


def _fake_encode(texts: list[str]) -> np.ndarray:
    """16 dimensions of signed hashed words, unit length: like texts get like vectors."""
    vectors = np.zeros((len(texts), 16), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in text.lower().split():
            code = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "big")
            vectors[row, code % 16] += 1.0 if code >> 63 else -1.0
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1.0, norms)


@pytest.fixture(scope="session")
def fake_encode():
    """A fast, deterministic stand-in for a sentence-transformers model (TextEmbedding)."""
    return _fake_encode


@pytest.fixture
def hash_key() -> bytes:
    """A contact hash key for tests."""
    return HASH_KEY


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings whose MLflow store, artefacts and hash key are the test's own."""
    monkeypatch.setenv("ADRISK_CONFIG", str(Path(__file__).parents[1] / "mlflow.yml"))
    monkeypatch.setenv("ADRISK_HASH_KEY", HASH_KEY.decode())
    return Settings(
        mlflow=MlflowSettings(
            tracking_uri=f"sqlite:///{tmp_path / 'mlruns.db'}",
            artifact_root=tmp_path / "mlartifacts",
        )
    )


@pytest.fixture(scope="session")
def trained_model(ads):
    """A TrainedModel on the hand-written ads, with its held-out evaluations; no MLflow."""
    from models.train import train
    from pipeline.settings import TrainSettings

    return train(ads, TrainSettings(), hash_key=HASH_KEY)


@pytest.fixture(scope="session")
def fitted_model(trained_model):
    """A ScoringModel trained on the hand-written ads, without MLflow."""
    from models.registry import ScoringModel

    return ScoringModel(trained_model.pipeline, "test/1", "test", hash_key=HASH_KEY)
