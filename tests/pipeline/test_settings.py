from pathlib import Path

import pytest
from pydantic import ValidationError

from pipeline.settings import Settings

ROOT = Path(__file__).parents[2]


def test_settings_read_mlflow_yml(monkeypatch):
    monkeypatch.setenv("ADRISK_CONFIG", str(ROOT / "mlflow.yml"))
    settings = Settings()
    assert settings.mlflow.registered_model == "adrisk"
    assert settings.mlflow.serve_alias == "champion"


@pytest.mark.parametrize(
    ("variable", "value", "section", "field", "expected"),
    [
        ("ADRISK_MLFLOW__SERVE_ALIAS", "challenger", "mlflow", "serve_alias", "challenger"),
        ("ADRISK_SCORE__HIGH_FROM", "0.9", "score", "high_from", 0.9),
        ("ADRISK_SERVE__PORT", "9000", "serve", "port", 9000),
        ("ADRISK_TRAIN__SEED", "7", "train", "seed", 7),
    ],
)
def test_settings_environment_overrides(monkeypatch, variable, value, section, field, expected):
    monkeypatch.setenv("ADRISK_CONFIG", str(ROOT / "mlflow.yml"))
    monkeypatch.setenv(variable, value)
    assert getattr(getattr(Settings(), section), field) == expected


def test_settings_config_file_named_but_missing_fails(monkeypatch, tmp_path):
    monkeypatch.setenv("ADRISK_CONFIG", str(tmp_path / "absent.yml"))
    with pytest.raises(FileNotFoundError):
        Settings()


def test_settings_reject_unordered_band_thresholds(monkeypatch):
    monkeypatch.setenv("ADRISK_SCORE__MEDIUM_FROM", "0.9")
    monkeypatch.setenv("ADRISK_SCORE__HIGH_FROM", "0.5")
    with pytest.raises(ValidationError):
        Settings()


def test_settings_hash_key_is_secret(monkeypatch):
    monkeypatch.setenv("ADRISK_HASH_KEY", "s3cret")
    settings = Settings()
    assert "s3cret" not in repr(settings)
    assert settings.hash_key.get_secret_value() == "s3cret"
