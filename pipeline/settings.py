"""The one `Settings` object: defaults in code, `mlflow.yml`, then `ADRISK_*` environment.

Settings are read at the edge (CLI commands, the FastAPI lifespan, a notebook's first cell)
and passed down as sections: `train(ads, settings.train)`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

CONFIG_ENV = "ADRISK_CONFIG"
DEFAULT_CONFIG = "mlflow.yml"


class DataSettings(BaseModel):
    """Where data, keys and outputs live."""

    dir: Path = Path("data")
    samples_dir: Path = Path("data/samples")
    output_dir: Path = Path("outputs")
    default_country: str = Field(default="US", description="region for phones with no hint")
    max_field_chars: int = Field(default=100_000, ge=1)


class TrainSettings(BaseModel):
    """How a model is trained; hyperparameters belong to estimators, not here."""

    seed: int = 0
    test_size: float = Field(default=0.25, gt=0.0, lt=1.0)
    embeddings: bool = Field(
        default=False,
        description="add sentence embeddings (all-MiniLM-L6-v2, local); slower to train",
    )


class ScoreSettings(BaseModel):
    """How a risk becomes a band, and how many reasons each score carries."""

    medium_from: float = Field(default=0.4, ge=0.0, le=1.0)
    high_from: float = Field(default=0.7, ge=0.0, le=1.0)
    top_reasons: int = Field(default=5, ge=1)
    chunk_size: int = Field(default=2_000, ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> ScoreSettings:
        if self.medium_from > self.high_from:
            raise ValueError("score.medium_from must not exceed score.high_from")
        return self


def absolute_sqlite_uri(uri: str) -> str:
    """A SQLite URI with a relative path pinned to where the settings were read (it would
    otherwise follow the working directory); any other URI unchanged."""
    prefix = "sqlite:///"
    if uri.startswith(prefix) and not uri.startswith(prefix + "/"):
        return prefix + str(Path(uri.removeprefix(prefix)).resolve())
    return uri


class MlflowSettings(BaseModel):
    """Tracking and registry; defaults mirror the repository's `mlflow.yml`."""

    tracking_uri: str = "sqlite:///mlruns.db"
    artifact_root: Path = Path("mlartifacts")
    experiment: str = "adrisk"
    registered_model: str = "adrisk"
    serve_alias: str = "champion"

    @property
    def alias_uri(self) -> str:
        """The registered model under the serving alias, as a model URI."""
        return f"models:/{self.registered_model}@{self.serve_alias}"

    @field_validator("tracking_uri")
    @classmethod
    def _absolute_sqlite_path(cls, uri: str) -> str:
        # MLflow also caches one store per URI string.
        return absolute_sqlite_uri(uri)

    @field_validator("artifact_root")
    @classmethod
    def _absolute_artifact_root(cls, path: Path) -> Path:
        return path.resolve()


class ApiKey(BaseModel):
    """One API client: an id for logs and audit, the SHA-256 of its key, its scopes."""

    id: str = Field(min_length=1, max_length=64)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    scopes: frozenset[Literal["score", "admin"]] = frozenset({"score"})


class ServeSettings(BaseModel):
    """The scoring API."""

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    model_uri: str | None = Field(
        default=None, description="overrides the registry alias, e.g. a local model path"
    )
    max_batch: int = Field(default=256, ge=1)
    max_body_bytes: int = Field(default=2_000_000, ge=1_000)
    rate_per_minute: int = Field(default=1_200, ge=1, description="requests per key per minute")
    api_keys: tuple[ApiKey, ...] = Field(
        default=(), description="JSON list in ADRISK_SERVE__API_KEYS; empty: loopback only"
    )
    audit_log: Path = Path("outputs/audit.jsonl")
    store: str = Field(
        default="sqlite:///data/reuse.db",
        description="reuse store: a SQLite file (one machine) or a postgresql:// URL (replicas)",
    )
    store_max_rows: int = Field(
        default=1_000, ge=1, description="store rows read per contact or template lookup"
    )
    threads: int = Field(
        default=4, ge=1, description="requests scored at once per worker process (CPU-bound)"
    )
    workers: int = Field(
        default=1, ge=1, description="uvicorn worker processes; each loads the model (~1 GB)"
    )
    micro_batch: int = Field(
        default=32,
        ge=1,
        description="single-ad requests arriving together scored as one batch, at most, per "
        "worker: enough to absorb a burst, few enough for one batch to take tens of ms",
    )

    @field_validator("store")
    @classmethod
    def _absolute_store_path(cls, uri: str) -> str:
        return absolute_sqlite_uri(uri)


class Settings(BaseSettings):
    """All of adrisk's configuration. Secrets come only from the environment."""

    model_config = SettingsConfigDict(
        env_prefix="ADRISK_", env_nested_delimiter="__", extra="ignore"
    )

    data: DataSettings = Field(default_factory=DataSettings)
    train: TrainSettings = Field(default_factory=TrainSettings)
    score: ScoreSettings = Field(default_factory=ScoreSettings)
    mlflow: MlflowSettings = Field(default_factory=MlflowSettings)
    serve: ServeSettings = Field(default_factory=ServeSettings)
    hash_key: SecretStr | None = Field(default=None, description="ADRISK_HASH_KEY")

    def contact_key(self) -> bytes:
        """The contact hash key: ADRISK_HASH_KEY, else a development key in the data dir."""
        from pipeline.pseudonymise import resolve_key

        secret = self.hash_key.get_secret_value() if self.hash_key else None
        return resolve_key(secret, self.data.dir)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _MlflowYamlSource(settings_cls))


class _MlflowYamlSource(PydanticBaseSettingsSource):
    """Supplies the `mlflow` section from `mlflow.yml` (or the file named by ADRISK_CONFIG)."""

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        path = Path(os.environ.get(CONFIG_ENV, DEFAULT_CONFIG))
        if not path.is_file():
            if CONFIG_ENV in os.environ:
                raise FileNotFoundError(f"{CONFIG_ENV} names {path}, which does not exist")
            return {}
        loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(loaded, dict):
            raise ValueError(f"{path} must hold a mapping of mlflow settings")
        return {"mlflow": loaded}
