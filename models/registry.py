"""MLflow logging and the model registry: log a trained model, move aliases, load by alias."""

from __future__ import annotations

import logging
import math
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from sklearn.pipeline import Pipeline

from models.build import embedding_model, lexicon_version
from models.evaluate import Evaluation, HeldOut, evaluation_metrics, write_evaluation
from models.train import TrainedModel
from pipeline.pseudonymise import key_id
from pipeline.settings import MlflowSettings, Settings

log = logging.getLogger(__name__)

HASH_KEY_TAG = "hash_key_id"
CHAMPION = "champion"
CHALLENGER = "challenger"
# The held-out metric a new model must match or beat to become champion.
PROMOTION_METRIC = "pr_auc"


@dataclass(frozen=True)
class ScoringModel:
    """A fitted pipeline with the versions every Score reports, and what it needs at run
    time to turn ads into a frame: the contact hash key (never stored with the model) and
    the region for phone numbers written without a country code."""

    pipeline: Pipeline
    model_version: str
    lexicon_version: str
    hash_key: bytes = field(repr=False)
    default_region: str = "US"

    @property
    def features(self) -> Any:
        """The fitted feature step (a ColumnTransformer)."""
        return self.pipeline.named_steps["features"]

    @property
    def classifier(self) -> Any:
        """The fitted, calibrated classifier."""
        return self.pipeline.named_steps["classifier"]

    @cached_property
    def feature_names(self) -> list[str]:
        """Column names of the feature step, computed once."""
        return list(self.features.get_feature_names_out())


@dataclass(frozen=True)
class Registration:
    """Where a logged model ended up."""

    run_id: str
    name: str
    version: str
    alias: str


def scalar_params(pipeline: Pipeline) -> dict[str, Any]:
    """The scalar hyperparameters of a pipeline, for MLflow params."""
    return {
        key: value
        for key, value in pipeline.get_params(deep=True).items()
        if isinstance(value, bool | int | float | str | type(None))
    }


def _mlflow(settings: MlflowSettings) -> Any:
    """MLflow, imported on first use, pointed at the configured store, telemetry off."""
    # Ads are sensitive and deployments may be air-gapped: MLflow must not phone home.
    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    import mlflow
    import mlflow.sklearn

    mlflow.set_tracking_uri(settings.tracking_uri)
    return mlflow


def _pip_requirements() -> list[str]:
    # Stated rather than inferred: inference re-imports the model in a subprocess (seconds).
    from importlib.metadata import version

    return [
        f"{name}=={version(name)}"
        for name in ("scikit-learn", "cloudpickle", "numpy", "scipy", "pandas", "emoji")
    ]


def register(trained: TrainedModel, settings: MlflowSettings) -> Registration:
    """Logs params, metrics and the model; registers it; moves `champion` only on improvement."""
    lexicon = lexicon_version(trained.pipeline)
    mlflow = _mlflow(settings)
    from mlflow import MlflowClient

    from models.pyfunc import log_model  # it imports this module, so not at the top

    needs = embedding_model(trained.pipeline) or "none"
    experiment_id = _experiment_id(settings)
    client = MlflowClient()
    with mlflow.start_run(experiment_id=experiment_id) as run:
        mlflow.log_params(scalar_params(trained.pipeline))
        metrics = trained.metrics | evaluation_metrics(trained.evaluations)
        mlflow.log_metrics({k: v for k, v in metrics.items() if math.isfinite(v)})
        mlflow.set_tags(
            {
                "lexicon_version": lexicon,
                "n_ads": str(trained.n_ads),
                "trained_at": trained.trained_at.isoformat(),
                HASH_KEY_TAG: trained.hash_key_id,
                "embedding_model": needs,
            }
        )
        # The sklearn flavour plus a python_function flavour that returns Scores.
        info = log_model(
            trained.pipeline,
            hash_key_id=trained.hash_key_id,
            name="model",
            registered_model_name=settings.registered_model,
            # skops (safe loading) cannot yet hold the pandas tables of the reuse
            # transformers; models load only from the configured registry or a path the
            # operator names, never from input data.
            serialization_format="cloudpickle",
            pip_requirements=_pip_requirements(),
        )
        if trained.held_out is not None:
            _log_evaluation_files(
                mlflow,
                trained.held_out,
                trained.evaluations,
                model_version=f"{settings.registered_model}/{info.registered_model_version}",
                lexicon_version=lexicon,
            )
    version = str(info.registered_model_version)
    alias = CHAMPION if _beats_champion(client, settings, trained.metrics) else CHALLENGER
    client.set_registered_model_alias(settings.registered_model, alias, version)
    for tag, value in (
        ("lexicon_version", lexicon),
        (HASH_KEY_TAG, trained.hash_key_id),
        ("embedding_model", needs),
    ):
        client.set_model_version_tag(settings.registered_model, version, tag, value)
    log.info("registered %s version %s as %s", settings.registered_model, version, alias)
    return Registration(run.info.run_id, settings.registered_model, version, alias)


def log_evaluation(
    held_out: HeldOut,
    evaluations: Mapping[str, Evaluation],
    settings: MlflowSettings,
    model: ScoringModel,
) -> str:
    """Logs an evaluation run of `model` on labelled ads: metrics by slice, plots, the bias
    report and the model card. Returns the run id."""
    mlflow = _mlflow(settings)
    with mlflow.start_run(
        experiment_id=_experiment_id(settings), run_name=f"evaluate {model.model_version}"
    ) as run:
        mlflow.set_tags(
            {
                "evaluates": model.model_version,
                "lexicon_version": model.lexicon_version,
                "evaluated_ads": str(len(held_out.labels)),
            }
        )
        mlflow.log_metrics(evaluation_metrics(evaluations))
        _log_evaluation_files(
            mlflow,
            held_out,
            evaluations,
            model_version=model.model_version,
            lexicon_version=model.lexicon_version,
        )
    return run.info.run_id


def _log_evaluation_files(
    mlflow: Any,
    held_out: HeldOut,
    evaluations: Mapping[str, Evaluation],
    *,
    model_version: str,
    lexicon_version: str,
) -> None:
    with tempfile.TemporaryDirectory() as directory:
        write_evaluation(
            held_out,
            evaluations,
            Path(directory),
            model_version=model_version,
            lexicon_version=lexicon_version,
        )
        mlflow.log_artifacts(directory, artifact_path="evaluation")


def _experiment_id(settings: MlflowSettings) -> str:
    mlflow = _mlflow(settings)
    experiment = mlflow.get_experiment_by_name(settings.experiment)
    if experiment is not None:
        return experiment.experiment_id
    location = Path(settings.artifact_root).resolve().as_uri()
    return mlflow.create_experiment(settings.experiment, artifact_location=location)


def _beats_champion(client: Any, settings: MlflowSettings, metrics: dict[str, float]) -> bool:
    from mlflow.exceptions import MlflowException

    try:
        champion = client.get_model_version_by_alias(settings.registered_model, CHAMPION)
    except MlflowException:
        return True
    current = client.get_run(champion.run_id).data.metrics.get(PROMOTION_METRIC)
    new = metrics.get(PROMOTION_METRIC)
    return current is None or (new is not None and new >= current)


def load_model(
    settings: MlflowSettings,
    model_uri: str | None = None,
    *,
    hash_key: bytes,
    default_region: str = "US",
) -> ScoringModel:
    """The model under the serving alias (or at `model_uri`), with its versions."""
    mlflow = _mlflow(settings)
    from mlflow import MlflowClient

    uri = model_uri or settings.alias_uri
    pipeline = mlflow.sklearn.load_model(uri)
    if model_uri:
        return ScoringModel(pipeline, uri, lexicon_version(pipeline), hash_key, default_region)
    version = MlflowClient().get_model_version_by_alias(
        settings.registered_model, settings.serve_alias
    )
    check_hash_key(version.tags.get(HASH_KEY_TAG), hash_key)
    return ScoringModel(
        pipeline,
        model_version=f"{settings.registered_model}/{version.version}",
        lexicon_version=lexicon_version(pipeline),
        hash_key=hash_key,
        default_region=default_region,
    )


def check_hash_key(trained_with: str | None, hash_key: bytes) -> None:
    """Warns when a model was trained under another contact hash key than `hash_key`."""
    if trained_with and trained_with != key_id(hash_key):
        log.warning(
            "this model was trained with another contact hash key (%s): contact-reuse "
            "features will not match; set ADRISK_HASH_KEY to the training key",
            trained_with,
        )


def load_serving_model(settings: Settings, model_uri: str | None = None) -> ScoringModel:
    """The model an entry point serves: `model_uri`, else `serve.model_uri`, else the alias."""
    return load_model(
        settings.mlflow,
        model_uri or settings.serve.model_uri,
        hash_key=settings.contact_key(),
        default_region=settings.data.default_country,
    )
