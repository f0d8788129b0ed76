"""The registered model's python_function flavour: a frame of ads in, explained Scores out.

`log_model` logs one MLflow model with two flavours: `sklearn`, the fitted pipeline that
`models.registry.load_model` reads, and `python_function`, whose loader is this module. Its
`predict` takes a DataFrame with one row per ad (the `Ad` fields; `posted_at` as ISO 8601
text) and returns one Score per ad, in order, as JSON-ready dicts with reasons and evidence:

    model = mlflow.pyfunc.load_model("models:/adrisk@champion")
    scores = model.predict(pd.DataFrame([{"ad_id": "a1", "body": "…"}]))

The contact hash key is never stored in the artefact, only its fingerprint (`hash_key_id`
in the model's metadata); the loader reads the key from the environment (`ADRISK_HASH_KEY`),
with band thresholds and the number of reasons, as every entry point does. The artefact also
records the lexicon version and the embedding model it needs, never embedding weights.
"""

from __future__ import annotations

import logging
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline

from models.build import embedding_model, lexicon_version
from models.registry import HASH_KEY_TAG, ScoringModel, check_hash_key
from pipeline.ingest import Quarantined, RawRecord, validate_record
from pipeline.score import score_ads
from pipeline.settings import DataSettings, ScoreSettings, Settings

log = logging.getLogger(__name__)

# Stored in the artefact as its input example, so invented: a number from the range reserved
# for fiction (555-01xx) and no real place, site or person.
EXAMPLE_ADS: tuple[dict[str, Any], ...] = (
    {
        "ad_id": "example-1",
        "title": "New in town, young and sweet",
        "body": "New girl in town, only 19, available 24/7. Call my manager 212 555 0187.",
        "site": "classifieds.example",
        "location": "Springfield",
        "country": "US",
        "posted_at": "2026-01-15T21:00:00Z",
    },
    {
        "ad_id": "example-2",
        "title": "Hostess jobs abroad",
        "body": "Work abroad as a hostess, no experience needed, visa and flights paid. "
        "WhatsApp 212 555 0187.",
        "site": "jobs.example",
        "location": "Shelbyville",
        "country": "US",
        "posted_at": "2026-01-16T09:30:00Z",
    },
)
# Only used to score the example ads when the output schema is inferred; never stored.
_EXAMPLE_KEY = b"adrisk signature example"


def log_model(pipeline: Pipeline, *, hash_key_id: str, **options: Any) -> Any:
    """Logs a fitted pipeline as one MLflow model (sklearn + Scores pyfunc); its ModelInfo.

    `options` go to `mlflow.models.Model.log` and `mlflow.sklearn.save_model`
    (`name`, `registered_model_name`, `serialization_format`, `pip_requirements`, …).
    """
    from mlflow.models import Model

    example = pd.DataFrame(list(EXAMPLE_ADS))
    metadata = {
        HASH_KEY_TAG: hash_key_id,
        "lexicon_version": lexicon_version(pipeline),
        "embedding_model": embedding_model(pipeline),
    }
    return Model.log(
        artifact_path=None,  # deprecated for `name`, but still a required argument
        flavor=sys.modules[__name__],
        sk_model=pipeline,
        signature=_signature(pipeline, example),
        input_example=example,
        metadata={key: value for key, value in metadata.items() if value is not None},
        # Validation would load the model once more, reading the hash key; the signature
        # above already scored the example.
        validate_serving_input=False,
        **options,
    )


def save_model(
    sk_model: Pipeline,
    path: str,
    mlflow_model: Any,
    validate_serving_input: bool = True,
    **options: Any,
) -> None:
    """The flavour-module hook of `Model.log`: the sklearn flavour, then this pyfunc loader."""
    import mlflow.sklearn
    from mlflow import pyfunc

    mlflow.sklearn.save_model(sk_model, path, mlflow_model=mlflow_model, **options)
    environments = mlflow_model.flavors[pyfunc.FLAVOR_NAME].get(pyfunc.ENV, {})
    pyfunc.add_to_model(
        mlflow_model,
        loader_module=__name__,
        conda_env=environments.get("conda"),
        python_env=environments.get("virtualenv"),
    )
    mlflow_model.save(str(Path(path) / "MLmodel"))


def _load_pyfunc(path: str, model_config: dict[str, Any] | None = None) -> AdScorer:
    """MLflow's hook: the model in the directory MLflow downloaded, keyed from the environment."""
    import mlflow.sklearn
    from mlflow.models import Model

    meta = Model.load(str(Path(path) / "MLmodel"))
    pipeline = mlflow.sklearn.load_model(path)
    settings = Settings()
    hash_key = settings.contact_key()
    check_hash_key((meta.metadata or {}).get(HASH_KEY_TAG), hash_key)
    model = ScoringModel(
        pipeline,
        # The registry version is assigned after the artefact is written: name the logged model.
        model_version=f"models:/{meta.model_id}" if meta.model_id else path,
        lexicon_version=lexicon_version(pipeline),
        hash_key=hash_key,
        default_region=settings.data.default_country,
    )
    return AdScorer(model, settings.score, settings.data.max_field_chars)


class AdScorer:
    """The python_function model: a DataFrame of ads → one Score (a dict) per ad."""

    def __init__(self, model: ScoringModel, settings: ScoreSettings, max_field_chars: int):
        self.model = model
        self.settings = settings
        self.max_field_chars = max_field_chars

    def predict(self, model_input: Any, params: dict[str, Any] | None = None) -> list[dict]:
        """Scores with reasons and evidence, one per row; a row that is no valid ad fails.

        Error messages name the row and the field, never its content.
        """
        frame = model_input if isinstance(model_input, pd.DataFrame) else pd.DataFrame(model_input)
        ads = []
        for row, record in enumerate(frame.to_dict("records")):
            checked = validate_record(
                RawRecord("model input", row, _present(record), raw=""),
                max_field_chars=self.max_field_chars,
            )
            if isinstance(checked, Quarantined):
                raise ValueError(f"row {row} is not a valid ad: {checked.reason}")
            ads.append(checked)
        scores = score_ads(self.model, ads, self.settings)
        return [score.model_dump(mode="json") for score in scores]


def _present(record: dict[str, Any]) -> dict[str, Any]:
    """A frame row as an ad record: missing cells left out, arrays as lists."""
    return {
        key: value.tolist() if isinstance(value, np.ndarray) else value
        for key, value in record.items()
        if not _missing(value)
    }


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _signature(pipeline: Pipeline, example: pd.DataFrame) -> Any:
    """Ad fields in; the Score schema out, inferred from scoring the example ads."""
    from mlflow.models import ModelSignature, infer_signature
    from mlflow.types.schema import AnyType, ColSpec, Schema

    inputs = Schema(
        [
            ColSpec("string", "ad_id", required=False),
            ColSpec("string", "title", required=False),
            ColSpec("string", "body"),
            *(
                ColSpec("string", name, required=False)
                for name in ("site", "url", "posted_at", "location", "country", "poster")
            ),
            ColSpec(AnyType(), "images", required=False),
            ColSpec(AnyType(), "meta", required=False),
        ]
    )
    scorer = AdScorer(
        ScoringModel(pipeline, "example", lexicon_version(pipeline), hash_key=_EXAMPLE_KEY),
        ScoreSettings(),
        DataSettings().max_field_chars,
    )
    outputs = infer_signature(example, scorer.predict(example)).outputs
    return ModelSignature(inputs=inputs, outputs=outputs)
