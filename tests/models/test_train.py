import numpy as np
import pytest

from models.split import leakage_groups
from models.train import CHALLENGER_MODEL, DEFAULT_MODEL, train, train_frame
from pipeline.frame import ads_to_frame
from pipeline.settings import TrainSettings


def test_train_fits_and_reports_grouped_held_out_metrics(ads, hash_key):
    trained = train(ads, TrainSettings(seed=1), hash_key=hash_key)
    assert trained.n_ads == len(ads)
    assert {"roc_auc", "pr_auc", "brier", "ece", "f1", "ads"} <= trained.metrics.keys()
    assert trained.metrics["ads"] + trained.metrics["train_ads"] == len(ads)
    risk = trained.pipeline.predict_proba(ads_to_frame(ads, hash_key=hash_key))[:, 1]
    assert ((risk >= 0) & (risk <= 1)).all()


def test_train_compares_the_challenger_on_the_same_held_out_ads(trained_model):
    held_out = trained_model.held_out
    assert list(trained_model.evaluations) == [DEFAULT_MODEL, CHALLENGER_MODEL]
    assert list(held_out.risks) == [DEFAULT_MODEL, CHALLENGER_MODEL]
    assert all(len(risk) == len(held_out.labels) for risk in held_out.risks.values())
    assert all(((r >= 0) & (r <= 1)).all() for r in held_out.risks.values())
    default = trained_model.evaluations[DEFAULT_MODEL].metrics
    assert trained_model.metrics == default | {"train_ads": trained_model.metrics["train_ads"]}
    assert trained_model.evaluations[CHALLENGER_MODEL].metrics["ads"] == default["ads"]


def test_train_slices_held_out_ads_by_kind_and_language(trained_model):
    held_out = trained_model.held_out
    assert set(held_out.kinds) == {"unknown"}  # the hand-written ads name no site section
    assert set(held_out.languages) <= {"en", "fr", "de", "es", "it", "nl", "pl", "ro", "unknown"}
    assert held_out.mentions.dtype == bool and len(held_out.mentions) == len(held_out.labels)
    assert "Held out" in held_out.description and "operator groups" in held_out.description


def test_train_frame_is_train_on_a_prepared_frame(ads, hash_key, trained_model):
    frame = ads_to_frame(ads, hash_key=hash_key)
    labels = np.array([ad.label for ad in ads])
    again = train_frame(frame, labels, TrainSettings(), hash_key_id="k")
    assert again.metrics == trained_model.metrics
    assert np.array_equal(again.held_out.labels, trained_model.held_out.labels)


def test_train_rejects_a_single_class(ads, hash_key):
    with pytest.raises(ValueError, match="both labels"):
        train([ad for ad in ads if ad.label == 0], TrainSettings(), hash_key=hash_key)


def test_leakage_groups_join_ads_of_one_poster_across_cities(ads, hash_key):
    groups = leakage_groups(ads_to_frame(ads, hash_key=hash_key))
    by_id = dict(zip((ad.ad_id for ad in ads), groups, strict=True))
    assert by_id["t06"] == by_id["t07"]  # euro_jobs posts in two cities
    assert by_id["t01"] != by_id["t09"]
