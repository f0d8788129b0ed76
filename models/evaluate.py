"""Honest evaluation: ranking, calibration and operating-point metrics, by slice, with plots,
a bias report and a model card."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import (
    average_precision_score,
    brier_score_loss,
    f1_score,
    precision_recall_curve,
    roc_auc_score,
)

from features.indicators import find_evidence, load_catalogue

OPERATING_THRESHOLD = 0.5
TOP_K = (10, 100)
CALIBRATION_BINS = 10
# Slices smaller than this get no metrics: a handful of ads says nothing.
MIN_SLICE = 20
UNKNOWN = "unknown"
# Site sections (what scrapers record in `meta["kind"]`) holding the two kinds of ad that
# matter; any other section is "other", and an ad without one is "unknown". The synthetic
# corpus uses these section names (see `pipeline.synth_places.SECTIONS`).
_KIND_OF_SECTION = {
    **dict.fromkeys(("service", "escorts", "escort", "massage", "dating", "wellness"), "service"),
    **dict.fromkeys(("recruitment", "jobs", "jobs-abroad", "casting"), "recruitment"),
}


def ad_kind(meta: Mapping[str, Any] | None) -> str:
    """The kind of an ad from the site section it was scraped from: service, recruitment,
    other, or unknown when the data records no section."""
    section = meta.get("kind") if isinstance(meta, Mapping) else None
    if not isinstance(section, str) or not section.strip():
        return UNKNOWN
    return _KIND_OF_SECTION.get(section.strip().lower(), "other")


def protected_indicators() -> frozenset[str]:
    """Indicators that mark a protected attribute (ethnicity, nationality)."""
    return frozenset(i.id for i in load_catalogue().indicators.values() if i.protected)


def mentions_protected(indicators: Iterable[Iterable[str]]) -> np.ndarray:
    """Per ad, whether its evidence names a protected attribute; one list of indicator ids
    (e.g. a Score's evidence) per ad."""
    protected = protected_indicators()
    return np.array([not protected.isdisjoint(ids) for ids in indicators], dtype=bool)


def find_protected_mentions(texts: Sequence[str], languages: Sequence[str | None]) -> np.ndarray:
    """Per normalised ad text, whether it mentions ethnicity or nationality."""
    return mentions_protected(
        (e.indicator for e in find_evidence(text, language))
        for text, language in zip(texts, languages, strict=True)
    )


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


def _pyplot() -> Any:
    # Agg renders to files only: no display, safe on servers and in tests.
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _by_model(risk: np.ndarray | Mapping[str, np.ndarray]) -> Mapping[str, np.ndarray]:
    return risk if isinstance(risk, Mapping) else {"model": risk}


def plot_precision_recall(
    labels: np.ndarray, risk: np.ndarray | Mapping[str, np.ndarray], path: Path
) -> Path:
    """The precision–recall curve as a PNG; one curve per model when given a mapping."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(5, 4))
    for name, values in _by_model(risk).items():
        precision, recall, _ = precision_recall_curve(labels, values)
        axes.plot(recall, precision, label=name)
    axes.axhline(float(np.mean(labels)), linestyle="--", color="grey", label="base rate")
    axes.set(xlabel="recall", ylabel="precision", title="Precision–recall", ylim=(0, 1.02))
    axes.legend(loc="lower left")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return path


def plot_calibration(
    labels: np.ndarray, risk: np.ndarray | Mapping[str, np.ndarray], path: Path
) -> Path:
    """Observed positive rate against mean risk per bin, as a PNG; one line per model."""
    plt = _pyplot()
    edges = np.linspace(0, 1, CALIBRATION_BINS + 1)
    figure, axes = plt.subplots(figsize=(5, 4))
    axes.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect")
    for name, values in _by_model(risk).items():
        which = np.clip(np.digitize(values, edges[1:-1]), 0, CALIBRATION_BINS - 1)
        points = [
            (values[which == b].mean(), labels[which == b].mean())
            for b in range(CALIBRATION_BINS)
            if (which == b).any()
        ]
        axes.plot(*zip(*points, strict=True), marker="o", label=name)
    axes.set(xlabel="mean risk", ylabel="observed rate", title="Calibration")
    axes.legend(loc="upper left")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return path


@dataclass
class HeldOut:
    """Ads a model never saw, with what an evaluation slices them by, and each model's risks.

    Holds no ad text and no contact: labels, slice values and risks only.
    """

    labels: np.ndarray
    kinds: np.ndarray
    languages: np.ndarray
    mentions: np.ndarray
    risks: dict[str, np.ndarray]
    description: str = ""

    def slices(self) -> dict[str, np.ndarray]:
        """The slicing variables, by name."""
        return {"kind": self.kinds, "language": self.languages}


def held_out_set(
    labels: Sequence[int],
    *,
    metas: Sequence[Mapping[str, Any] | None],
    languages: Sequence[str | None],
    mentions: Sequence[bool],
    risks: Mapping[str, Sequence[float]],
    description: str = "",
) -> HeldOut:
    """A HeldOut from per-ad labels, metadata (for the ad kind), languages and mentions."""
    return HeldOut(
        labels=np.asarray(labels, dtype=int),
        kinds=np.array([ad_kind(meta) for meta in metas], dtype=object),
        languages=np.array([lang or UNKNOWN for lang in languages], dtype=object),
        mentions=np.asarray(mentions, dtype=bool),
        risks={name: np.asarray(values, dtype=float) for name, values in risks.items()},
        description=description,
    )


@dataclass
class Evaluation:
    """One model's held-out metrics: overall, by ad kind and by language, and its bias report."""

    metrics: dict[str, float]
    by_slice: dict[str, dict[str, dict[str, float]]]
    bias: BiasReport


def evaluate_model(held_out: HeldOut, model: str, high_from: float) -> Evaluation:
    """The evaluation of `model`'s risks on a held-out set."""
    risk, labels = held_out.risks[model], held_out.labels
    return Evaluation(
        metrics=evaluate_risk(labels, risk),
        by_slice={
            name: metrics_by_slice(labels, risk, values)
            for name, values in held_out.slices().items()
        },
        bias=bias_report(risk, held_out.mentions, labels, high_from),
    )


def evaluate_models(held_out: HeldOut, high_from: float) -> dict[str, Evaluation]:
    """An evaluation of every model that scored the held-out set, by model name."""
    return {name: evaluate_model(held_out, name, high_from) for name in held_out.risks}


def flat_metrics(evaluation: Evaluation, prefix: str = "") -> dict[str, float]:
    """Finite metrics under MLflow names: `pr_auc`, `kind.service.pr_auc`,
    `language.en.brier`, `bias.mean_gap`, each after `prefix` (e.g. `hgb.`)."""
    flat = dict(evaluation.metrics)
    for slicing, slices in evaluation.by_slice.items():
        for value, metrics in slices.items():
            flat |= {f"{slicing}.{value}.{name}": v for name, v in metrics.items()}
    bias = evaluation.bias
    flat |= {"bias.mean_gap": bias.mean_gap, "bias.high_band_gap": bias.high_band_gap}
    flat |= {f"bias.{name}": value for name, value in bias.labelled_gap.items()}
    flat |= {f"bias.with_mention.{k}": v for k, v in bias.with_mention.items()}
    flat |= {f"bias.without_mention.{k}": v for k, v in bias.without_mention.items()}
    return {f"{prefix}{name}": value for name, value in flat.items() if math.isfinite(value)}


def evaluation_metrics(evaluations: Mapping[str, Evaluation]) -> dict[str, float]:
    """MLflow metrics of evaluations on one held-out set: the first (default) model's under
    plain names (`pr_auc`, `kind.service.pr_auc`, `bias.mean_gap`), every other model's
    after its name (`hgb.pr_auc`)."""
    metrics: dict[str, float] = {}
    for rank, (name, evaluation) in enumerate(evaluations.items()):
        metrics |= flat_metrics(evaluation, prefix="" if rank == 0 else f"{name}.")
    return metrics


def write_evaluation(
    held_out: HeldOut,
    evaluations: Mapping[str, Evaluation],
    directory: Path,
    *,
    model_version: str,
    lexicon_version: str,
) -> list[Path]:
    """Plots, metrics, the bias report and the model card of the first (default) model,
    compared with the others, as files in `directory`. Aggregates only: no ad, no contact."""
    directory.mkdir(parents=True, exist_ok=True)
    default, *_ = evaluations
    chosen = evaluations[default]
    metrics_path = directory / "metrics.json"
    metrics_path.write_text(
        _json({name: {"overall": e.metrics, **e.by_slice} for name, e in evaluations.items()}),
        encoding="utf-8",
    )
    bias_path = directory / "bias_report.json"
    bias_path.write_text(
        _json({name: asdict(e.bias) for name, e in evaluations.items()}), encoding="utf-8"
    )
    card_path = directory / "model_card.md"
    card_path.write_text(
        model_card(
            chosen.metrics,
            chosen.by_slice,
            chosen.bias,
            model_version=model_version,
            lexicon_version=lexicon_version,
            data_description=held_out.description,
            compared={name: e.metrics for name, e in evaluations.items()},
        ),
        encoding="utf-8",
    )
    risks = {name: held_out.risks[name] for name in evaluations}
    return [
        plot_precision_recall(held_out.labels, risks, directory / "precision_recall.png"),
        plot_calibration(held_out.labels, risks, directory / "calibration.png"),
        metrics_path,
        bias_path,
        card_path,
    ]


def _json(data: Any) -> str:
    """Strict JSON: NaN (a metric undefined on one class) becomes null."""

    def clean(value: Any) -> Any:
        if isinstance(value, Mapping):
            return {str(k): clean(v) for k, v in value.items()}
        if isinstance(value, float | np.floating):
            return float(value) if math.isfinite(value) else None
        return value

    return json.dumps(clean(data), indent=2, allow_nan=False)


def model_card(
    metrics: Mapping[str, float],
    by_slice: Mapping[str, Mapping[str, Mapping[str, float]]],
    bias: BiasReport | None,
    *,
    model_version: str,
    lexicon_version: str,
    data_description: str,
    compared: Mapping[str, Mapping[str, float]] | None = None,
) -> str:
    """A model card in Markdown: intended use, misuse, data, metrics, limits.

    `compared` holds the overall held-out metrics of this model and its challengers, by name,
    measured on the same split."""
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
        "## Metrics",
        "",
        "Measured on the ads described under Data. "
        f"F1 is measured at the operating threshold {OPERATING_THRESHOLD}; ECE is the "
        f"expected calibration error over {CALIBRATION_BINS} risk bins.",
        "",
        "| metric | value |",
        "|---|---|",
        *(f"| {k} | {v:.4f} |" for k, v in sorted(metrics.items())),
    ]
    if compared and len(compared) > 1:
        names = list(compared)
        shown = ("roc_auc", "pr_auc", "precision_at_10", "f1", "brier", "ece")
        lines += [
            "",
            "### Compared on the same split",
            "",
            "| model | " + " | ".join(shown) + " |",
            "|---|" + "---|" * len(shown),
            *(
                f"| {name} | "
                + " | ".join(f"{compared[name].get(m, float('nan')):.3f}" for m in shown)
                + " |"
                for name in names
            ),
        ]
    per_slice = ("positive_rate", "roc_auc", "pr_auc", "precision_at_10", "f1", "brier", "ece")
    for slicing, slices in by_slice.items():
        lines += [
            "",
            f"### By {slicing}",
            "",
            "| slice | ads | " + " | ".join(per_slice) + " |",
            "|---|---|" + "---|" * len(per_slice),
        ]
        if not slices:
            lines.append(f"| (no slice of {MIN_SLICE} ads or more) |")
        for name, m in slices.items():
            values = " | ".join(f"{m.get(metric, float('nan')):.3f}" for metric in per_slice)
            lines.append(f"| {name} | {int(m['ads'])} | {values} |")
    if bias is not None and not (bias.with_mention.get("ads") and bias.without_mention.get("ads")):
        lines += [
            "",
            "## Bias report: ethnicity / nationality mentions",
            "Nothing to compare: the evaluated ads do not include ads both with and without "
            "such a mention.",
        ]
    elif bias is not None:
        lines += [
            "",
            "## Bias report: ethnicity / nationality mentions",
            f"{int(bias.with_mention['ads'])} ads mention ethnicity or nationality, "
            f"{int(bias.without_mention['ads'])} do not. "
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
        "- Metrics measured on synthetic data (such as the bundled samples) describe the "
        "generator, not real-world performance.",
        "- Ads are adversarial: operators change wording and obfuscation once they are flagged.",
        "- Labels from annotation are noisy and reflect annotators' beliefs about indicators.",
        "- Folk red flags (e.g. 'new in town') can be *less* common in confirmed cases; "
        "indicator grades say which are validated.",
        "",
    ]
    return "\n".join(lines)
