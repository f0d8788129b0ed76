"""The sklearn `Pipeline` that turns an ad frame into a risk."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

from features.contacts import REQUIRED_COLUMNS as CONTACT_COLUMNS
from features.contacts import ContactKeys, ContactReuse, LinkedContactReuse, contact_keys
from features.embedding import TextEmbedding
from features.indicators import IndicatorCounts
from features.templates import REQUIRED_COLUMNS as TEMPLATE_COLUMNS
from features.templates import LinkedTemplateReuse, TemplateKeys, TemplateReuse, hash64
from features.text import count_words, feature_text


def build_pipeline(
    seed: int = 0, *, embeddings: bool = False, encode: Callable | None = None
) -> Pipeline:
    """Features (named columns) → calibrated logistic regression, with exact contributions.

    `embeddings` adds sentence embeddings of the masked text (`TextEmbedding`, loaded on
    first use); `encode` replaces its model, as tests do with a fake.
    """
    embedding = [("embedding", TextEmbedding(encode=encode), "masked_text")] if embeddings else []
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
            *embedding,
        ],
        remainder="drop",
        sparse_threshold=1.0,
    )
    # One logistic regression fitted on all rows, calibrated by a sigmoid fitted on its
    # cross-validated scores: the calibrated log-odds stay linear in the features, so
    # per-feature contributions remain exact. newton-cg fits as well as liblinear on the
    # synthetic corpus in half the time (and leaves the intercept unpenalised).
    classifier = CalibratedClassifierCV(
        LogisticRegression(C=1.0, solver="newton-cg", max_iter=2_000, random_state=seed),
        method="sigmoid",
        cv=3,
        ensemble=False,
    )
    return Pipeline([("features", features), ("classifier", classifier)])


def _log1p() -> FunctionTransformer:
    return FunctionTransformer(np.log1p, feature_names_out="one-to-one")


def build_challenger(feature_names: Sequence[str], seed: int = 0) -> Pipeline:
    """Gradient-boosted trees on the output of a fitted feature step (columns `feature_names`):
    every column except the word n-grams (indicators, obscured contacts, reuse, embeddings).

    Trees need dense input, and tens of thousands of sparse n-gram columns would not fit
    densely at scale; an SVD of them lowered the challenger's held-out PR-AUC on the
    synthetic corpus. A challenger is compared with the default model on the same split and
    never registered: it has no exact per-feature contributions.
    """
    dense = [i for i, name in enumerate(feature_names) if not name.startswith("words__")]
    select = ColumnTransformer([("dense", "passthrough", dense)], sparse_threshold=0)
    trees = HistGradientBoostingClassifier(random_state=seed)
    return Pipeline([("dense", select), ("classifier", trees)])


def lexicon_version(pipeline: Pipeline) -> str:
    """The indicator lexicon a fitted pipeline was trained with."""
    indicators = pipeline.named_steps["features"].named_transformers_["indicators"]
    return indicators[0].lexicon_version_


def embedding_model(pipeline: Pipeline) -> str | None:
    """The sentence-embedding model a fitted pipeline needs at run time, if any."""
    transformers = pipeline.named_steps["features"].named_transformers_
    return transformers["embedding"].embedding_model_ if "embedding" in transformers else None


def transform_features(features: ColumnTransformer, frame: pd.DataFrame) -> Any:
    """What `features.transform(frame)` gives, for a fitted feature step, without its
    per-call checks and dispatch (milliseconds, which dominate when scoring one ad): each
    fitted transformer, step by step, transforms its columns, and the blocks are stacked
    as the feature step stacks them."""
    blocks = []
    for _, transformer, columns in features.transformers_:
        if isinstance(transformer, str):
            if transformer == "drop":
                continue
            return features.transform(frame)  # passthrough columns: the step's own way
        steps = transformer.steps if isinstance(transformer, Pipeline) else [(None, transformer)]
        X = _columns(frame, columns, steps[0][1])
        for _, step in steps:
            if isinstance(step, FunctionTransformer) and not step.validate:
                # Its function on the block's values: its checks of a frame's column names
                # cost more than the function.
                X = step.func(np.asarray(X), **(step.kw_args or {}))
            elif type(step) is TfidfVectorizer and step.norm == "l2":
                X = _tfidf(step, X)
            elif step is not None and not isinstance(step, str):
                X = step.transform(X)
        blocks.append(X)
    if features.sparse_output_:
        # Neighbouring dense blocks are stacked densely first: one sparse conversion, not one
        # a block, and an all-CSR stack, which scipy joins directly.
        runs: list[Any] = []
        for block in blocks:
            if sparse.issparse(block) or not runs or sparse.issparse(runs[-1]):
                runs.append(block)
            else:
                runs[-1] = np.hstack([np.asarray(runs[-1]), np.asarray(block)])
        return sparse.hstack(
            [r.tocsr() if sparse.issparse(r) else sparse.csr_matrix(np.asarray(r)) for r in runs],
            format="csr",
        )
    return np.hstack([b.toarray() if sparse.issparse(b) else np.asarray(b) for b in blocks])


def _tfidf(vectorizer: TfidfVectorizer, documents: Any) -> Any:
    """What `vectorizer.transform(documents)` gives: the counts weighted as its
    TfidfTransformer weights them, without the transformer's checks, which cost three times
    the counting for one ad."""
    X = count_words(vectorizer, documents).astype(np.float64)
    if vectorizer.sublinear_tf:
        np.log(X.data, X.data)
        X.data += 1.0
    if vectorizer.use_idf:
        X.data *= vectorizer.idf_[X.indices]
    inplace_csr_row_normalize_l2(X)
    return X


# adrisk's transformers read the ad-frame columns they need by name, so they can be given the
# whole frame: selecting a few columns of a pandas frame costs about a millisecond.
_READS_COLUMNS_BY_NAME = (
    IndicatorCounts,
    ContactReuse,
    TemplateReuse,
    LinkedContactReuse,
    LinkedTemplateReuse,
)


def _columns(frame: pd.DataFrame, columns: Any, first: Any) -> Any:
    if isinstance(columns, str):
        return frame[columns]
    if isinstance(first, _READS_COLUMNS_BY_NAME):
        return frame
    if isinstance(first, FunctionTransformer) and not first.validate:
        return np.column_stack([frame[column].to_numpy() for column in columns])
    return frame[columns]


# Steps whose fitted tables describe a corpus of ads, and can take more ads without refitting.
REUSE_STEPS: tuple[str, ...] = ("contacts", "templates")
# The ad-frame columns those tables are built from.
LINKAGE_COLUMNS: tuple[str, ...] = tuple(dict.fromkeys((*CONTACT_COLUMNS, *TEMPLATE_COLUMNS)))


def with_batch_linkage(pipeline: Pipeline, frame: pd.DataFrame) -> Pipeline:
    """A copy of a fitted pipeline whose reuse tables also hold the ads of `frame`.

    Scoring a batch (a dump, a held-out set) links its ads to each other as well as to the
    training corpus, as the reuse features were defined: each ad counts the *other* ads
    sharing its contacts or template. A single ad has no other ad to link to.
    """
    if len(frame) < 2:
        return pipeline
    linked = copy.deepcopy(pipeline)
    add_to_linkage(linked, frame)
    return linked


def add_to_linkage(linked: Pipeline, frame: pd.DataFrame) -> None:
    """Add the ads of `frame` to the reuse tables of `linked` (a copy of a fitted pipeline:
    the model's own tables must stay as trained)."""
    features = linked.named_steps["features"]
    features.named_transformers_["contacts"][0].add(frame)
    features.named_transformers_["templates"][0].add(frame)


@dataclass(frozen=True)
class LinkageKeys:
    """What the reuse tables keep of some ads, hashed (never text or raw contacts): their
    id hashes, their (ad, contact) pairs, whose `row` indexes `ads`, and their template keys.
    Computing them is most of the cost of adding ads to the tables, and needs only the
    fitted pipeline: a batch run computes them in parallel, a chunk at a time."""

    ads: np.ndarray
    contacts: ContactKeys
    templates: TemplateKeys

    def __len__(self) -> int:
        return len(self.ads)

    @staticmethod
    def concat(parts: Sequence[LinkageKeys]) -> LinkageKeys:
        """The ads of `parts` (at least one), in order."""
        starts = np.cumsum([0, *(len(part) for part in parts)])
        return LinkageKeys(
            ads=np.concatenate([part.ads for part in parts]),
            contacts=ContactKeys.concat(
                [
                    dataclasses.replace(part.contacts, row=part.contacts.row + start)
                    for part, start in zip(parts, starts, strict=False)
                ]
            ),
            templates=TemplateKeys.concat([part.templates for part in parts]),
        )


def linkage_keys(pipeline: Pipeline, frame: pd.DataFrame) -> LinkageKeys:
    """The keys of the ads of `frame` for the reuse tables of `pipeline` (fitted)."""
    templates = pipeline.named_steps["features"].named_transformers_["templates"][0]
    return LinkageKeys(
        ads=hash64(frame["ad_id"]),
        contacts=contact_keys(frame),
        templates=templates.template_keys(frame),
    )


def add_keys_to_linkage(linked: Pipeline, keys: LinkageKeys) -> None:
    """`add_to_linkage` for ads given by their keys (`linkage_keys`)."""
    features = linked.named_steps["features"]
    features.named_transformers_["contacts"][0].add_keys(keys.ads, keys.contacts)
    features.named_transformers_["templates"][0].add_keys(keys.templates)


def with_linked_reuse(pipeline: Pipeline, linked: dict[str, Any]) -> Pipeline:
    """A shallow copy of a fitted pipeline whose reuse steps (`REUSE_STEPS`) start with the
    given stand-ins, as `ContactReuse.linked` and `TemplateReuse.linked` make them for one
    ad frame: the scoring service links each request to the ads it has seen without
    copying, or adding to, the model's tables. Use the copy for that frame only.
    """
    unknown = set(linked) - set(REUSE_STEPS)
    if unknown:
        raise ValueError(f"only {REUSE_STEPS} can be linked, got {sorted(unknown)}")
    features = copy.copy(pipeline.named_steps["features"])
    features.transformers_ = [
        (name, _with_first_step(step, linked[name]) if name in linked else step, columns)
        for name, step, columns in features.transformers_
    ]
    out = copy.copy(pipeline)
    out.steps = [(name, features if name == "features" else step) for name, step in out.steps]
    return out


def _with_first_step(pipeline: Pipeline, first: Any) -> Pipeline:
    out = copy.copy(pipeline)
    out.steps = [(pipeline.steps[0][0], first), *pipeline.steps[1:]]
    return out
