"""The sklearn `Pipeline` that turns an ad frame into a risk."""

from __future__ import annotations

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer

from features.indicators import IndicatorCounts
from features.text import feature_text


def build_pipeline(seed: int = 0) -> Pipeline:
    """Features (named columns) → calibrated logistic regression, with exact contributions."""
    features = ColumnTransformer(
        [
            (
                "words",
                TfidfVectorizer(
                    preprocessor=feature_text,
                    ngram_range=(1, 2),
                    min_df=2,
                    max_df=0.9,
                    max_features=50_000,
                    sublinear_tf=True,
                ),
                "masked_text",
            ),
            # Counts grow with ad length; log1p keeps one long ad from dominating.
            ("indicators", make_pipeline(IndicatorCounts(), _log1p()), ["text", "language"]),
            ("obscured", _log1p(), ["contact_effort"]),
        ],
        remainder="drop",
        sparse_threshold=1.0,
    )
    # One logistic regression fitted on all rows, calibrated by a sigmoid fitted on its
    # cross-validated scores: the calibrated log-odds stay linear in the features, so
    # per-feature contributions remain exact.
    classifier = CalibratedClassifierCV(
        LogisticRegression(C=1.0, solver="liblinear", max_iter=2_000, random_state=seed),
        method="sigmoid",
        cv=3,
        ensemble=False,
    )
    return Pipeline([("features", features), ("classifier", classifier)])


def _log1p() -> FunctionTransformer:
    return FunctionTransformer(np.log1p, feature_names_out="one-to-one")


def lexicon_version(pipeline: Pipeline) -> str:
    """The indicator lexicon a fitted pipeline was trained with."""
    indicators = pipeline.named_steps["features"].named_transformers_["indicators"]
    return indicators[0].lexicon_version_
