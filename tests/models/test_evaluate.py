import numpy as np
import pytest

from models.evaluate import (
    bias_report,
    evaluate_risk,
    expected_calibration_error,
    metrics_by_slice,
    model_card,
    plot_calibration,
    plot_precision_recall,
    precision_at_k,
)


@pytest.mark.parametrize(
    ("labels", "risk", "expected"),
    [
        ([0, 1], [0.0, 1.0], 0.0),
        ([0, 0, 1, 1], [0.5, 0.5, 0.5, 0.5], 0.0),
        ([1, 1], [0.2, 0.2], 0.8),
    ],
)
def test_expected_calibration_error_examples(labels, risk, expected):
    assert expected_calibration_error(np.array(labels), np.array(risk)) == pytest.approx(expected)


def test_precision_at_k_counts_positives_among_the_riskiest():
    labels, risk = np.array([1, 0, 1, 0]), np.array([0.9, 0.8, 0.1, 0.2])
    assert precision_at_k(labels, risk, 2) == 0.5
    assert precision_at_k(labels, risk, 10) == 0.5


def test_evaluate_risk_perfect_ranking():
    metrics = evaluate_risk(np.array([0, 0, 1, 1]), np.array([0.1, 0.2, 0.8, 0.9]))
    assert metrics["roc_auc"] == metrics["pr_auc"] == metrics["f1"] == 1.0


def test_metrics_by_slice_skips_tiny_slices():
    labels = np.array([0, 1] * 20 + [1])
    risk = np.linspace(0, 1, 41)
    slices = ["en"] * 40 + ["fr"]
    assert set(metrics_by_slice(labels, risk, slices)) == {"en"}


def test_bias_report_measures_gaps_overall_and_within_labels():
    risk = np.array([0.9, 0.8, 0.2, 0.1])
    mentions = np.array([True, True, False, False])
    labels = np.array([1, 0, 1, 0])
    report = bias_report(risk, mentions, labels, high_from=0.7)
    assert report.mean_gap == pytest.approx(0.7)
    assert report.high_band_gap == pytest.approx(1.0)
    assert report.labelled_gap["label_0_mean_gap"] == pytest.approx(0.7)


def test_plots_and_model_card(tmp_path):
    labels = np.array([0, 1] * 30)
    risk = np.clip(labels * 0.6 + np.linspace(0, 0.3, 60), 0, 1)
    assert plot_precision_recall(labels, risk, tmp_path / "pr.png").stat().st_size > 1000
    assert plot_calibration(labels, risk, tmp_path / "cal.png").stat().st_size > 1000
    metrics = evaluate_risk(labels, risk)
    card = model_card(
        metrics,
        {"language": metrics_by_slice(labels, risk, ["en"] * 60)},
        bias_report(risk, labels == 1, labels, 0.7),
        model_version="adrisk/1",
        lexicon_version="lex",
        data_description="Synthetic.",
    )
    assert "## Intended use" in card and "## Not for" in card and "| en | 60 |" in card
    assert "Bias report" in card
