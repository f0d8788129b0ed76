"""The sklearn `Pipeline` that turns an ad frame into a risk."""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer

from features.contacts import REQUIRED_COLUMNS as CONTACT_COLUMNS
from features.contacts import ContactReuse
from features.indicators import IndicatorCounts
from features.templates import REQUIRED_COLUMNS as TEMPLATE_COLUMNS
from features.templates import TemplateReuse
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
            # Corpus-level signals: other ads sharing a contact or a text template.
            ("contacts", make_pipeline(ContactReuse(), _log1p()), list(CONTACT_COLUMNS)),
            ("templates", make_pipeline(TemplateReuse(), _log1p()), list(TEMPLATE_COLUMNS)),
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


# Steps whose fitted tables describe a corpus of ads, and can take more ads without refitting.
REUSE_STEPS: tuple[str, ...] = ("contacts", "templates")


def with_batch_linkage(pipeline: Pipeline, frame: pd.DataFrame) -> Pipeline:
    """A copy of a fitted pipeline whose reuse tables also hold the ads of `frame`.

    Scoring a batch (a dump, a held-out set) links its ads to each other as well as to the
    training corpus, as the reuse features were defined: each ad counts the *other* ads
    sharing its contacts or template. A single ad has no other ad to link to.
    """
    if len(frame) < 2:
        return pipeline
    linked = copy.deepcopy(pipeline)
    features = linked.named_steps["features"]
    for name in REUSE_STEPS:
        features.named_transformers_[name][0].add(frame)
    return linked
