import json

import numpy as np
import pytest

from models.evaluate import (
    HeldOut,
    ad_kind,
    bias_report,
    evaluate_model,
    evaluate_models,
    evaluate_risk,
    evaluation_metrics,
    expected_calibration_error,
    find_protected_mentions,
    held_out_set,
    mentions_protected,
    metrics_by_slice,
    model_card,
    plot_calibration,
    plot_precision_recall,
    precision_at_k,
    write_evaluation,
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


@pytest.mark.parametrize(
    ("meta", "kind"),
    [
        ({"kind": "escorts"}, "service"),
        ({"kind": "Massage"}, "service"),
        ({"kind": "jobs-abroad"}, "recruitment"),
        ({"kind": "recruitment"}, "recruitment"),
        ({"kind": "cars"}, "other"),
        ({"kind": ""}, "unknown"),
        ({}, "unknown"),
        (None, "unknown"),
    ],
)
def test_ad_kind_from_the_site_section(meta, kind):
    assert ad_kind(meta) == kind


def test_ad_kind_covers_the_synthetic_sections():
    from pipeline.synth_places import SECTIONS

    for kind in ("service", "recruitment"):
        assert {ad_kind({"kind": section}) for section in SECTIONS[kind]} == {kind}
    assert ad_kind({"kind": "rooms"}) == "other"


@pytest.mark.parametrize(
    ("text", "language", "mentions"),
    [
        ("Sexy asian girl, new in town", "en", True),
        ("Asian cooking classes on Tuesdays", "en", False),
        ("Young fresh girl, call me", "en", False),
    ],
)
def test_find_protected_mentions_examples(text, language, mentions):
    assert find_protected_mentions([text], [language]).tolist() == [mentions]


def test_mentions_protected_reads_indicator_ids():
    found = mentions_protected([["ethnicity_marketing", "youth_language"], ["youth_language"], []])
    assert found.tolist() == [True, False, False]


def _held_out(n: int = 80) -> HeldOut:
    rng = np.random.default_rng(0)
    labels = np.array([0, 1] * (n // 2))
    return held_out_set(
        labels,
        metas=[{"kind": "escorts"}] * (n // 2) + [{"kind": "jobs"}] * (n // 2),
        languages=["en"] * (n - 10) + [None] * 10,
        mentions=[i % 3 == 0 for i in range(n)],
        risks={
            "logistic": np.clip(labels * 0.5 + rng.uniform(0, 0.5, n), 0, 1),
            "hgb": rng.uniform(0, 1, n),
        },
        description="Synthetic test arrays.",
    )


def test_held_out_set_slices_by_kind_and_language():
    held_out = _held_out()
    assert set(held_out.kinds) == {"service", "recruitment"}
    assert set(held_out.languages) == {"en", "unknown"}
    evaluation = evaluate_model(held_out, "logistic", high_from=0.7)
    assert set(evaluation.by_slice) == {"kind", "language"}
    assert set(evaluation.by_slice["kind"]) == {"service", "recruitment"}
    assert set(evaluation.by_slice["language"]) == {"en"}  # 10 unknown: too few to report


def test_evaluation_metrics_name_slices_and_prefix_challengers():
    evaluations = evaluate_models(_held_out(), high_from=0.7)
    metrics = evaluation_metrics(evaluations)
    expected = {
        "pr_auc",
        "kind.service.pr_auc",
        "language.en.f1",
        "bias.mean_gap",
        "bias.label_0_mean_gap",
        "hgb.pr_auc",
        "hgb.kind.recruitment.brier",
    }
    assert expected <= metrics.keys()
    assert metrics["pr_auc"] == evaluations["logistic"].metrics["pr_auc"]
    assert all(np.isfinite(list(metrics.values())))


def test_write_evaluation_writes_plots_metrics_bias_report_and_model_card(tmp_path):
    held_out = _held_out()
    evaluations = evaluate_models(held_out, high_from=0.7)
    written = write_evaluation(
        held_out, evaluations, tmp_path, model_version="adrisk/7", lexicon_version="1.0.0"
    )
    assert {p.name for p in written} == {
        "precision_recall.png",
        "calibration.png",
        "metrics.json",
        "bias_report.json",
        "model_card.md",
    }
    metrics = json.loads((tmp_path / "metrics.json").read_text())  # strict JSON: no NaN
    assert metrics["logistic"]["kind"]["service"]["ads"] == 40
    assert set(json.loads((tmp_path / "bias_report.json").read_text())) == {"logistic", "hgb"}
    card = (tmp_path / "model_card.md").read_text()
    assert "# Model card: adrisk/7" in card and "Synthetic test arrays." in card
    assert "| hgb |" in card and "### By kind" in card and "synthetic data" in card


def test_model_card_says_when_there_is_no_bias_comparison():
    labels, risk = np.array([0, 1] * 30), np.linspace(0, 1, 60)
    card = model_card(
        evaluate_risk(labels, risk),
        {},
        bias_report(risk, np.zeros(60, bool), labels, 0.7),
        model_version="m",
        lexicon_version="l",
        data_description="d",
    )
    assert "Nothing to compare" in card and "nan" not in card


def test_register_logs_held_out_evaluation_to_mlflow(trained_model, settings):
    from mlflow import MlflowClient

    from models.registry import register

    registration = register(trained_model, settings.mlflow)
    client = MlflowClient(settings.mlflow.tracking_uri)
    metrics = client.get_run(registration.run_id).data.metrics
    assert {"pr_auc", "hgb.pr_auc", "hgb.brier", "bias.with_mention.ads"} <= metrics.keys()
    artefacts = {a.path for a in client.list_artifacts(registration.run_id, "evaluation")}
    assert (
        "evaluation/model_card.md" in artefacts and "evaluation/precision_recall.png" in artefacts
    )


def test_log_evaluation_records_a_run_against_the_model(fitted_model, settings):
    from mlflow import MlflowClient

    from models.registry import log_evaluation

    held_out = _held_out()
    run_id = log_evaluation(held_out, evaluate_models(held_out, 0.7), settings.mlflow, fitted_model)
    run = MlflowClient(settings.mlflow.tracking_uri).get_run(run_id)
    assert run.data.tags["evaluates"] == "test/1"
    assert {"pr_auc", "kind.service.roc_auc", "hgb.pr_auc"} <= run.data.metrics.keys()
