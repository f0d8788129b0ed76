from models.registry import CHALLENGER, CHAMPION, load_model, register, scalar_params
from models.train import TrainedModel


def test_register_then_load_by_alias(fitted_model, settings, ads):
    trained = TrainedModel(fitted_model.pipeline, {"pr_auc": 0.8, "roc_auc": 0.9}, len(ads), "k")
    registration = register(trained, settings.mlflow)
    assert registration.alias == CHAMPION and registration.version == "1"
    loaded = load_model(settings.mlflow, hash_key=settings.contact_key())
    assert loaded.model_version == "adrisk/1" and loaded.lexicon_version == "1.0.0"
    from pipeline.frame import ads_to_frame

    frame = ads_to_frame(ads, hash_key=settings.contact_key())
    assert (
        loaded.pipeline.predict_proba(frame) == fitted_model.pipeline.predict_proba(frame)
    ).all()


def test_champion_moves_only_on_improvement(fitted_model, settings):
    register(TrainedModel(fitted_model.pipeline, {"pr_auc": 0.8}, 30, "k"), settings.mlflow)
    worse = register(TrainedModel(fitted_model.pipeline, {"pr_auc": 0.7}, 30, "k"), settings.mlflow)
    better = register(
        TrainedModel(fitted_model.pipeline, {"pr_auc": 0.9}, 30, "k"), settings.mlflow
    )
    assert (worse.alias, better.alias) == (CHALLENGER, CHAMPION)
    assert (
        load_model(settings.mlflow, hash_key=settings.contact_key()).model_version
        == f"adrisk/{better.version}"
    )


def test_scalar_params_hold_no_objects(fitted_model):
    params = scalar_params(fitted_model.pipeline)
    assert params["classifier__estimator__C"] == 1.0
    assert all(isinstance(v, bool | int | float | str | type(None)) for v in params.values())
