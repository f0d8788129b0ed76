import pytest

from models.split import leakage_groups
from models.train import train
from pipeline.frame import ads_to_frame
from pipeline.settings import TrainSettings


def test_train_fits_and_reports_grouped_held_out_metrics(ads, hash_key):
    trained = train(ads, TrainSettings(seed=1), hash_key=hash_key)
    assert trained.n_ads == len(ads)
    assert {"roc_auc", "pr_auc", "brier", "ece", "f1", "ads"} <= trained.metrics.keys()
    assert trained.metrics["ads"] + trained.metrics["train_ads"] == len(ads)
    risk = trained.pipeline.predict_proba(ads_to_frame(ads, hash_key=hash_key))[:, 1]
    assert ((risk >= 0) & (risk <= 1)).all()


def test_train_rejects_a_single_class(ads, hash_key):
    with pytest.raises(ValueError, match="both labels"):
        train([ad for ad in ads if ad.label == 0], TrainSettings(), hash_key=hash_key)


def test_leakage_groups_join_ads_of_one_poster_across_cities(ads, hash_key):
    groups = leakage_groups(ads_to_frame(ads, hash_key=hash_key))
    by_id = dict(zip((ad.ad_id for ad in ads), groups, strict=True))
    assert by_id["t06"] == by_id["t07"]  # euro_jobs posts in two cities
    assert by_id["t01"] != by_id["t09"]
