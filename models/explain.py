"""Per-feature contributions of a fitted pipeline, grouped into plain-language reasons."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import Any

import numpy as np
from scipy import sparse
from scipy.special import expit
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.utils.extmath import safe_sparse_dot

from features.indicators import load_catalogue
from pipeline.schema import Reason

# Transformers whose columns mean little one at a time: embedding dimensions, and the
# strongly correlated reuse counts (their weights offset each other): one reason each.
GROUPED_TRANSFORMERS = frozenset({"embedding", "contacts", "templates"})
# How masked tokens of the word features read in a description.
_MASKS = {
    "phonemask": "[phone]",
    "emailmask": "[e-mail]",
    "handlemask": "[handle]",
    "urlmask": "[link]",
}
_ZEROS = re.compile(r"\b0+\b")


def contributions(classifier: Any, transformed: Any) -> sparse.csr_matrix:
    """Each feature's share of every ad's calibrated log-odds (rows: ads, columns: features)."""
    coefficients, _ = linear_terms(classifier)
    return sparse.csr_matrix(transformed).multiply(coefficients).tocsr()


def linear_terms(classifier: Any) -> tuple[np.ndarray, float]:
    """Coefficients and intercept of the calibrated log-odds of a linear classifier."""
    if isinstance(classifier, CalibratedClassifierCV):
        (calibrated,) = classifier.calibrated_classifiers_
        linear, (sigmoid,) = calibrated.estimator, calibrated.calibrators
        # The sigmoid calibrator maps a score f to expit(-(a·f + b)).
        coefficients = -sigmoid.a_ * np.asarray(linear.coef_).ravel()
        return coefficients, float(-sigmoid.a_ * linear.intercept_[0] - sigmoid.b_)
    return np.asarray(classifier.coef_).ravel(), float(classifier.intercept_[0])


def risks(classifier: Any, transformed: Any) -> np.ndarray:
    """Each ad's calibrated risk: `classifier.predict_proba(transformed)[:, 1]`, computed as
    it does for the pipeline's sigmoid-calibrated logistic regression (to the last bit) but
    without its per-call checks, a millisecond that dominates when scoring one ad."""
    if not _single_sigmoid_logistic(classifier):
        return classifier.predict_proba(transformed)[:, 1]
    (calibrated,) = classifier.calibrated_classifiers_
    linear, (sigmoid,) = calibrated.estimator, calibrated.calibrators
    scores = safe_sparse_dot(transformed, linear.coef_.T, dense_output=True) + linear.intercept_
    return expit(-(sigmoid.a_ * np.ravel(scores) + sigmoid.b_))


def _single_sigmoid_logistic(classifier: Any) -> bool:
    if not isinstance(classifier, CalibratedClassifierCV) or len(classifier.classes_) != 2:
        return False
    (calibrated, *others) = classifier.calibrated_classifiers_
    return (
        not others
        and type(calibrated.estimator) is LogisticRegression
        and calibrated.estimator.coef_.shape[0] == 1
        and calibrated.method == "sigmoid"
        and len(calibrated.calibrators) == 1
    )


def reasons(row: sparse.csr_matrix, names: list[str], top: int) -> list[Reason]:
    """The `top` largest contributions of one ad, grouped, with a description each."""
    return _reasons(row.indices, row.data, names, top)


def reasons_per_ad(rows: sparse.csr_matrix, names: list[str], top: int) -> list[list[Reason]]:
    """`reasons` for every row of a contributions matrix, read straight from its arrays."""
    bounds = zip(rows.indptr[:-1], rows.indptr[1:], strict=True)
    return [_reasons(rows.indices[a:b], rows.data[a:b], names, top) for a, b in bounds]


def _reasons(indices: np.ndarray, values: np.ndarray, names: list[str], top: int) -> list[Reason]:
    grouped: dict[str, float] = defaultdict(float)
    for index, value in zip(indices.tolist(), values.tolist(), strict=True):
        grouped[_group(names[index])] += value
    ranked = sorted(grouped.items(), key=lambda item: (-abs(item[1]), item[0]))
    chosen = [item for item in ranked if item[1] != 0.0][:top]
    if not chosen:
        return [
            Reason(
                feature="baseline",
                contribution=0.0,
                description="no known feature of this ad moved the risk from the baseline",
            )
        ]
    return [
        Reason(
            feature=name, contribution=round(value, 6), description=_description(name, value > 0)
        )
        for name, value in chosen
    ]


@functools.lru_cache(maxsize=65_536)
def _description(feature: str, raises: bool) -> str:
    return describe(feature, 1.0 if raises else -1.0)


@functools.lru_cache(maxsize=262_144)
def _group(name: str) -> str:
    transformer, _, rest = name.partition("__")
    if transformer in GROUPED_TRANSFORMERS:
        return transformer
    if transformer == "indicators":
        # An indicator and its category's count are one piece of evidence: one reason.
        if rest.startswith("category__"):
            return f"indicators__category__{rest.removeprefix('category__')}"
        entry = load_catalogue().indicators.get(rest)
        return f"indicators__category__{entry.category}" if entry else name
    return name


def describe(feature: str, contribution: float) -> str:
    """A plain-language description of one (grouped) feature's contribution."""
    transformer, _, rest = feature.partition("__")
    lowers = "" if contribution > 0 else " (lowers the risk)"
    if transformer == "indicators":
        return _describe_indicator(rest) + lowers
    if transformer == "obscured":
        grade = load_catalogue().indicators["obscured_contact"].grade
        return f"contact details written to evade detection ({grade} indicator){lowers}"
    if transformer == "words":
        term = " ".join(_MASKS.get(w, w) for w in rest.split())
        term = _ZEROS.sub(lambda m: "#" * len(m.group()), term)
        side = "risky ads" if contribution > 0 else "other ads"
        return f"wording '{term}' is more common in {side} in the training data"
    if transformer == "contacts":
        if not rest:
            return "contacts shared with other ads (see linkage)" + lowers
        return f"contact reuse across ads: {rest.replace('_', ' ')}{lowers}"
    if transformer == "templates":
        if not rest:
            return "text template shared with other ads (see linkage)" + lowers
        return f"text template reused across ads: {rest.replace('_', ' ')}{lowers}"
    if transformer == "embedding":
        return "overall meaning of the text (sentence embedding)" + lowers
    return feature.replace("__", " ").replace("_", " ") + lowers


def _describe_indicator(name: str) -> str:
    catalogue = load_catalogue()
    if name.startswith("category__"):
        category = name.removeprefix("category__")
        grades = sorted({i.grade for i in catalogue.indicators.values() if i.category == category})
        words = category.replace("_", " ")
        words = words if words.endswith("language") else f"{words} language"
        return f"{words} ({' / '.join(grades)} indicator)"
    entry = catalogue.indicators.get(name)
    if entry is None:
        return f"indicator {name.replace('_', ' ')}"
    return f"{entry.id.replace('_', ' ')} ({entry.grade} indicator)"
