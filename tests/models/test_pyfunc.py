"""The registered model as MLflow's python_function: ads in, explained Scores out."""

import logging
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from models.build import build_pipeline
from models.pyfunc import EXAMPLE_ADS
from models.registry import register
from models.train import TrainedModel
from pipeline.frame import ads_to_frame
from pipeline.pseudonymise import key_id
from pipeline.schema import Ad, Score
from pipeline.score import score_ads
from pipeline.settings import MlflowSettings, Settings


def _ad_rows(ads) -> pd.DataFrame:
    """Ads as a pyfunc caller sends them: Ad fields, `posted_at` as ISO 8601 text."""
    return pd.DataFrame([ad.model_dump(mode="json", include=set(Ad.model_fields)) for ad in ads])


def _register(pipeline, settings, hash_key):
    trained = TrainedModel(pipeline, {"pr_auc": 0.8}, 30, key_id(hash_key))
    return register(trained, settings.mlflow)


@pytest.fixture(scope="module")
def store(tmp_path_factory, fitted_model):
    """One MLflow store for the module (creating one takes seconds), with the test key set."""
    root = tmp_path_factory.mktemp("pyfunc")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ADRISK_CONFIG", str(Path(__file__).parents[2] / "mlflow.yml"))
        patch.setenv("ADRISK_HASH_KEY", fitted_model.hash_key.decode())
        yield Settings(
            mlflow=MlflowSettings(
                tracking_uri=f"sqlite:///{root / 'mlruns.db'}", artifact_root=root / "mlartifacts"
            )
        )


@pytest.fixture(scope="module")
def registered(store, fitted_model):
    return _register(fitted_model.pipeline, store, fitted_model.hash_key)


def _load(registration):
    import mlflow.pyfunc

    return mlflow.pyfunc.load_model(f"models:/{registration.name}/{registration.version}")


def test_pyfunc_returns_the_scores_of_score_ads(registered, fitted_model, store, ads):
    predictions = _load(registered).predict(_ad_rows(ads))
    scores = [Score.model_validate(record) for record in predictions]
    expected = score_ads(fitted_model, ads, store.score)
    assert [s.ad_id for s in scores] == [ad.ad_id for ad in ads]
    np.testing.assert_allclose([s.risk for s in scores], [s.risk for s in expected])
    assert all(score.reasons for score in scores)
    assert [s.reasons for s in scores] == [s.reasons for s in expected]
    assert sum(len(s.evidence) for s in scores) > 0 and sum(len(s.contacts) for s in scores) > 0
    assert all(s.model_version.startswith("models:/m-") for s in scores)


@pytest.mark.parametrize(
    "rows",
    [
        [{"body": "New in town, young and sweet, call 212 555 0187"}],
        [{"ad_id": "x1", "title": None, "body": "Work abroad, visa paid", "images": ["a", "b"]}],
    ],
)
@pytest.mark.parametrize("as_frame", [True, False])
def test_pyfunc_takes_rows_with_only_some_fields(registered, rows, as_frame):
    (record,) = _load(registered).predict(pd.DataFrame(rows) if as_frame else rows)
    score = Score.model_validate(record)
    assert score.reasons and score.ad_id == rows[0].get("ad_id", score.ad_id)


def test_pyfunc_has_a_signature_and_records_what_it_needs(registered, fitted_model):
    model = _load(registered)
    meta = model.metadata
    assert meta.flavors["python_function"]["loader_module"] == "models.pyfunc"
    assert "sklearn" in meta.flavors
    inputs = {spec.name: spec for spec in meta.get_input_schema().inputs}
    assert inputs["body"].required and not inputs["ad_id"].required
    outputs = {spec.name for spec in meta.get_output_schema().inputs}
    assert {"ad_id", "risk", "band", "reasons", "evidence", "model_version"} <= outputs
    assert meta.metadata["hash_key_id"] == key_id(fitted_model.hash_key)
    assert meta.metadata["lexicon_version"] == "1.0.0"
    assert "embedding_model" not in meta.metadata


def test_pyfunc_artefact_holds_no_hash_key(registered, store, fitted_model):
    files = [p for p in store.mlflow.artifact_root.rglob("*") if p.is_file()]
    assert any(p.name == "MLmodel" for p in files)
    assert not [p for p in files if fitted_model.hash_key in p.read_bytes()]
    examples = [p for p in files if p.name == "input_example.json"]
    assert examples and all(b"555 0187" in p.read_bytes() for p in examples)


def test_pyfunc_rejects_a_row_that_is_no_ad_without_echoing_it(registered):
    rows = pd.DataFrame(
        [{"body": "Fine ad"}, {"body": "Secret text 212 555 0187", "country": "Atlantis"}]
    )
    with pytest.raises(ValueError, match=r"row 1 is not a valid ad: field 'country'") as error:
        _load(registered).predict(rows)
    assert "Secret" not in str(error.value) and "0187" not in str(error.value)


def test_pyfunc_warns_when_the_hash_key_differs(registered, monkeypatch, caplog):
    monkeypatch.setenv("ADRISK_HASH_KEY", "another key")
    with caplog.at_level(logging.WARNING):
        _load(registered)
    assert "another contact hash key" in caplog.text


def test_pyfunc_with_embeddings_records_the_model_and_gives_one_reason(
    ads, store, fitted_model, fake_encode
):
    frame = ads_to_frame(ads, hash_key=fitted_model.hash_key)
    labels = np.array([ad.label for ad in ads])
    pipeline = build_pipeline(embeddings=True, encode=fake_encode).fit(frame, labels)
    registration = _register(pipeline, store, fitted_model.hash_key)
    model = _load(registration)
    needs = f"{fake_encode.__module__}.{fake_encode.__qualname__}"
    assert model.metadata.metadata["embedding_model"] == needs
    from mlflow import MlflowClient

    version = MlflowClient().get_model_version(registration.name, registration.version)
    assert version.tags["embedding_model"] == needs
    scores = [Score.model_validate(r) for r in model.predict(_ad_rows(ads))]
    for score in scores:
        features = [reason.feature for reason in score.reasons]
        assert not [f for f in features if f.startswith("embedding__")]
        assert features.count("embedding") <= 1
    assert any(
        r.feature == "embedding" and r.description.startswith("overall meaning of the text")
        for s in scores
        for r in s.reasons
    )


@pytest.mark.parametrize("ad", EXAMPLE_ADS)
def test_example_ads_are_valid_and_invented(ad):
    assert Ad.model_validate(ad)
    assert "555 01" in ad["body"] and ad["site"].endswith(".example")
