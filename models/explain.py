"""Per-feature contributions of a fitted pipeline, grouped into plain-language reasons."""

from __future__ import annotations

import functools
import re
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
    return reasons_per_ad(sparse.csr_matrix(row), names, top)[0]


def reasons_per_ad(rows: sparse.csr_matrix, names: list[str], top: int) -> list[list[Reason]]:
    """Per row of a contributions matrix: its `top` largest contributions by size (ties by
    name), grouped (`_group`: summed in column order), zeros left out, each described; a
    row with none gets the baseline reason. Ranked for all rows at once."""
    groups, group_names = _groups(names)
    n, width = rows.shape[0], len(group_names)
    row_of = np.repeat(np.arange(n, dtype=np.int64), np.diff(rows.indptr))
    cells, cell_of = np.unique(row_of * width + groups[rows.indices], return_inverse=True)
    # bincount adds each cell's contributions in column order, as a running sum would.
    sums = np.bincount(cell_of.ravel(), weights=rows.data, minlength=len(cells))
    nonzero = sums != 0.0
    cells, sums = cells[nonzero], sums[nonzero]
    row, group = cells // width, cells % width
    # Group numbers follow their names' order: ties in size rank by name.
    order = np.lexsort((group, -np.abs(sums), row))
    row, group, sums = row[order], group[order], sums[order]
    first = np.searchsorted(row, row)
    chosen = np.arange(len(row)) - first < top
    out: list[list[Reason]] = [[] for _ in range(n)]
    picked = zip(row[chosen].tolist(), group[chosen].tolist(), sums[chosen].tolist(), strict=True)
    for r, g, value in picked:
        name = group_names[g]
        out[r].append(
            Reason(
                feature=name,
                contribution=round(value, 6),
                description=_description(name, value > 0),
            )
        )
    return [reasons or [_BASELINE] for reasons in out]


_BASELINE = Reason(
    feature="baseline",
    contribution=0.0,
    description="no known feature of this ad moved the risk from the baseline",
)


def _groups(names: list[str]) -> tuple[np.ndarray, list[str]]:
    """Each feature's reason group (`_group`) as a number, and the groups' names, sorted:
    worked out once per list of feature names (a model's)."""
    cached = _GROUPS.get(id(names))
    if cached is None or cached[0] is not names:
        group_names = sorted({_group(name) for name in names})
        number = {name: i for i, name in enumerate(group_names)}
        groups = np.array([number[_group(name)] for name in names], dtype=np.int64)
        cached = _GROUPS[id(names)] = (names, groups, group_names)
    return cached[1], cached[2]


_GROUPS: dict[int, tuple[list[str], np.ndarray, list[str]]] = {}


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
