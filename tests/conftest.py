"""Shared fixtures: the hand-written ads, isolated settings and a model fitted on them."""

from __future__ import annotations

from pathlib import Path

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
def fitted_model(ads):
    """A ScoringModel trained on the hand-written ads, without MLflow."""
    from models.registry import ScoringModel
    from models.train import train
    from pipeline.settings import TrainSettings

    trained = train(ads, TrainSettings(), hash_key=HASH_KEY)
    return ScoringModel(trained.pipeline, "test/1", "test", hash_key=HASH_KEY)
