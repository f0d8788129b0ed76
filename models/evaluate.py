"""Honest evaluation: ranking, calibration and operating-point metrics, by slice, with plots,
a bias report and a model card."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.metrics import (
    average_precision_score,
    brier_score_loss,
    f1_score,
    precision_recall_curve,
    roc_auc_score,
)

OPERATING_THRESHOLD = 0.5
TOP_K = (10, 100)
CALIBRATION_BINS = 10
# Slices smaller than this get no metrics: a handful of ads says nothing.
MIN_SLICE = 20


def expected_calibration_error(
    labels: np.ndarray, risk: np.ndarray, bins: int = CALIBRATION_BINS
) -> float:
    """Mean |observed rate − mean risk| over equal-width risk bins, weighted by bin size."""
    if len(labels) == 0:
        return float("nan")
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(risk, edges[1:-1]), 0, bins - 1)
    error = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            error += mask.mean() * abs(labels[mask].mean() - risk[mask].mean())
    return float(error)


def precision_at_k(labels: np.ndarray, risk: np.ndarray, k: int) -> float:
    """Share of true positives among the k riskiest ads: what a reviewer with k slots sees."""
    if len(labels) == 0:
        return float("nan")
    top = np.argsort(-risk, kind="stable")[: min(k, len(labels))]
    return float(labels[top].mean())


def evaluate_risk(labels: np.ndarray, risk: np.ndarray) -> dict[str, float]:
    """Ranking, calibration and operating-point metrics of risks against labels."""
    labels, risk = np.asarray(labels), np.asarray(risk, dtype=float)
    metrics = {
        "ads": float(len(labels)),
        "positive_rate": float(labels.mean()) if len(labels) else float("nan"),
        "brier": float(brier_score_loss(labels, risk)) if len(labels) else float("nan"),
        "ece": expected_calibration_error(labels, risk),
        "f1": float(f1_score(labels, risk >= OPERATING_THRESHOLD, zero_division=0)),
    }
    for k in TOP_K:
        metrics[f"precision_at_{k}"] = precision_at_k(labels, risk, k)
    if len(set(labels.tolist())) == 2:
        metrics["roc_auc"] = float(roc_auc_score(labels, risk))
        metrics["pr_auc"] = float(average_precision_score(labels, risk))
    return metrics


def metrics_by_slice(
    labels: np.ndarray, risk: np.ndarray, slices: Sequence[str | None]
) -> dict[str, dict[str, float]]:
    """Metrics for each value of a slicing variable (ad kind, language), skipping tiny slices."""
    values = np.array([s if s is not None else "unknown" for s in slices], dtype=object)
    return {
        str(value): evaluate_risk(labels[values == value], risk[values == value])
        for value in sorted(set(values.tolist()))
        if (values == value).sum() >= MIN_SLICE
    }


@dataclass
class BiasReport:
    """Risk distributions of ads with and without ethnicity/nationality mentions.

    Such a mention must never drive a score on its own; a gap here is a prompt to look at
    which other features co-occur with it, not proof of either fairness or bias.
    """

    with_mention: dict[str, float]
    without_mention: dict[str, float]
    mean_gap: float
    high_band_gap: float
    labelled_gap: dict[str, float] = field(default_factory=dict)


def _describe(risk: np.ndarray, high_from: float) -> dict[str, float]:
    if len(risk) == 0:
        return {"ads": 0.0}
    return {
        "ads": float(len(risk)),
        "mean_risk": float(risk.mean()),
        "median_risk": float(np.median(risk)),
        "high_band_share": float((risk >= high_from).mean()),
    }


def bias_report(
    risk: np.ndarray, mentions: np.ndarray, labels: np.ndarray, high_from: float
) -> BiasReport:
    """Compares risk for ads with and without a mention, overall and within each label."""
    risk, mentions, labels = np.asarray(risk, float), np.asarray(mentions, bool), np.asarray(labels)
    with_m, without_m = _describe(risk[mentions], high_from), _describe(risk[~mentions], high_from)
    gap = lambda a, b, key: a.get(key, float("nan")) - b.get(key, float("nan"))  # noqa: E731
    labelled = {}
    for label in (0, 1):
        inside = labels == label
        a = _describe(risk[inside & mentions], high_from)
        b = _describe(risk[inside & ~mentions], high_from)
        labelled[f"label_{label}_mean_gap"] = gap(a, b, "mean_risk")
    return BiasReport(
        with_mention=with_m,
        without_mention=without_m,
        mean_gap=gap(with_m, without_m, "mean_risk"),
        high_band_gap=gap(with_m, without_m, "high_band_share"),
        labelled_gap=labelled,
    )


def plot_precision_recall(labels: np.ndarray, risk: np.ndarray, path: Path) -> Path:
    """The precision–recall curve as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    precision, recall, _ = precision_recall_curve(labels, risk)
    figure, axes = plt.subplots(figsize=(5, 4))
    axes.plot(recall, precision)
    axes.set(
        xlabel="recall", ylabel="precision", title="Precision–recall (held out)", ylim=(0, 1.02)
    )
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return path


def plot_calibration(labels: np.ndarray, risk: np.ndarray, path: Path) -> Path:
    """Observed positive rate against mean risk per bin, as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    edges = np.linspace(0, 1, CALIBRATION_BINS + 1)
    which = np.clip(np.digitize(risk, edges[1:-1]), 0, CALIBRATION_BINS - 1)
    points = [
        (risk[which == b].mean(), labels[which == b].mean())
        for b in range(CALIBRATION_BINS)
        if (which == b).any()
    ]
    figure, axes = plt.subplots(figsize=(5, 4))
    axes.plot([0, 1], [0, 1], linestyle="--", color="grey")
    axes.plot(*zip(*points, strict=True), marker="o")
    axes.set(xlabel="mean risk", ylabel="observed rate", title="Calibration (held out)")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return path


def model_card(
    metrics: Mapping[str, float],
    by_slice: Mapping[str, Mapping[str, Mapping[str, float]]],
    bias: BiasReport | None,
    *,
    model_version: str,
    lexicon_version: str,
    data_description: str,
) -> str:
    """A model card in Markdown: intended use, misuse, data, metrics, limits."""
    lines = [
        f"# Model card: {model_version}",
        "",
        "## Intended use",
        "Prioritising online ads for **human review** by trained analysts and trust-and-safety "
        "teams looking for indicators of human trafficking. Every score carries its reasons and "
        "evidence spans.",
        "",
        "## Not for",
        "- Automated decisions about people: removal of accounts, reports to authorities, or "
        "any action without human review.",
        "- Inferring anyone's ethnicity, nationality, immigration or sex-work status.",
        "- Targeting sex workers who work independently: the model scores indicators of "
        "exploitation, and many of its inputs also appear in consensual ads.",
        "",
        "## Data",
        data_description,
        "",
        f"Lexicon version: {lexicon_version}.",
        "",
        "## Held-out metrics (split grouped by operator)",
        "",
        "| metric | value |",
        "|---|---|",
        *(f"| {k} | {v:.4f} |" for k, v in sorted(metrics.items())),
    ]
    for slicing, slices in by_slice.items():
        lines += [
            "",
            f"### By {slicing}",
            "",
            "| slice | ads | roc_auc | pr_auc | brier |",
            "|---|---|---|---|---|",
        ]
        for name, m in slices.items():
            lines.append(
                f"| {name} | {int(m['ads'])} | {m.get('roc_auc', float('nan')):.3f} | "
                f"{m.get('pr_auc', float('nan')):.3f} | {m['brier']:.3f} |"
            )
    if bias is not None:
        lines += [
            "",
            "## Bias report: ethnicity / nationality mentions",
            f"Mean risk with a mention minus without: {bias.mean_gap:+.3f}; "
            f"share in the high band: {bias.high_band_gap:+.3f}. Within label 0: "
            f"{bias.labelled_gap.get('label_0_mean_gap', float('nan')):+.3f}; within label 1: "
            f"{bias.labelled_gap.get('label_1_mean_gap', float('nan')):+.3f}.",
            "Such a mention is never a reason on its own; a gap within label 0 means ads "
            "without trafficking indicators get higher scores when they mention ethnicity.",
        ]
    lines += [
        "",
        "## Limits",
        "- Ads are adversarial: operators change wording and obfuscation once they are flagged.",
        "- Labels from annotation are noisy and reflect annotators' beliefs about indicators.",
        "- Folk red flags (e.g. 'new in town') can be *less* common in confirmed cases; "
        "indicator grades say which are validated.",
        "",
    ]
    return "\n".join(lines)
