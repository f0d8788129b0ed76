"""The feature contract: column names of fitted pipelines change only on purpose."""

from pathlib import Path

from models.build import build_pipeline, lexicon_version

GOLDEN = Path(__file__).parents[1] / "golden" / "feature_names.txt"


def _named_features(pipeline) -> list[str]:
    # Word n-grams depend on the training text; every other column is part of the contract.
    names = pipeline.named_steps["features"].get_feature_names_out()
    return [name for name in names if not name.startswith("words__")]


def test_feature_names_match_the_golden_file(fitted_model):
    expected = GOLDEN.read_text(encoding="utf-8").split()
    assert _named_features(fitted_model.pipeline) == expected, (
        "feature names changed: if on purpose, update tests/golden/feature_names.txt "
        "(registered models depend on them)"
    )


def test_fitted_pipeline_records_its_lexicon(fitted_model):
    assert lexicon_version(fitted_model.pipeline) == "1.0.0"


def test_build_pipeline_is_unfitted_and_seeded():
    first, second = build_pipeline(seed=3), build_pipeline(seed=3)
    assert first.get_params()["classifier__estimator__random_state"] == 3
    assert str(first.get_params()) == str(second.get_params())
