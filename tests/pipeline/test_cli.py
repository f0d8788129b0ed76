"""The walking skeleton end to end: train → register → score, through the CLI."""

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).parents[2]
runner = CliRunner()


def test_cli_help_shows_an_example_for_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "Example:" in result.output
    for command in (
        "synth",
        "ingest",
        "extract",
        "train",
        "score",
        "evaluate",
        "report",
        "serve",
        "key",
    ):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Example:" in result.output, command


def test_cli_train_then_score_writes_an_explained_score_per_ad(tmp_path, monkeypatch):
    shutil.copy(ROOT / "mlflow.yml", tmp_path / "mlflow.yml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ADRISK_CONFIG", raising=False)
    data = ROOT / "tests" / "data" / "ads.jsonl"
    dump = tmp_path / "dump.jsonl"
    dump.write_text(data.read_text() + "{broken\n")

    trained = runner.invoke(app, ["train", str(data)])
    assert trained.exit_code == 0, trained.output
    assert "as champion" in trained.output

    scored = runner.invoke(app, ["score", str(dump), "-o", "out/scores.jsonl"])
    assert scored.exit_code == 0, scored.output
    scores = [json.loads(line) for line in (tmp_path / "out/scores.jsonl").read_text().splitlines()]
    assert len(scores) == 30
    assert all(
        s["reasons"] and 0 <= s["risk"] <= 1 and s["model_version"] == "adrisk/1" for s in scores
    )
    quarantined = (tmp_path / "out/scores.quarantine.jsonl").read_text().splitlines()
    assert len(quarantined) == 1 and "not valid JSON" in quarantined[0]

    evaluated = runner.invoke(app, ["evaluate", str(data)])
    assert evaluated.exit_code == 0, evaluated.output
    assert "roc_auc" in evaluated.output


def test_cli_ingest_writes_parquet_report_and_quarantine(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"id": "a", "text": "hello"}\n{"id": "b"}\n')
    result = runner.invoke(app, ["ingest", str(dump), "--out", str(tmp_path / "ads.parquet")])
    assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "ads.report.json").read_text())
    assert (report["read"], report["valid"], report["quarantined"]) == (2, 1, 1)
    import pandas as pd

    assert pd.read_parquet(tmp_path / "ads.parquet").ad_id.tolist() == ["a"]


def test_cli_score_without_a_model_fails_clearly(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ADRISK_CONFIG", raising=False)
    result = runner.invoke(app, ["score", str(ROOT / "tests/data/ads.jsonl"), "-o", "s.jsonl"])
    assert result.exit_code == 1
    assert "adrisk train" in result.output


def test_cli_start_up_does_not_import_heavy_libraries():
    import subprocess
    import sys

    heavy = ["torch", "sentence_transformers", "mlflow", "sklearn", "spacy"]
    code = f"import sys, pipeline.cli; print([m for m in {heavy!r} if m in sys.modules])"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_cli_key_prints_a_key_and_its_hash_entry():
    from serve.auth import key_hash

    result = runner.invoke(app, ["key", "--id", "platform-a", "--scope", "score"])
    assert result.exit_code == 0, result.output
    raw = result.output.split("stored): ")[1].split()[0]
    entry = json.loads(result.output.strip().splitlines()[-1])
    assert entry["id"] == "platform-a" and entry["sha256"] == key_hash(raw)
    assert entry["scopes"] == ["score"]


def test_cli_serve_refuses_a_public_address_without_keys(monkeypatch):
    monkeypatch.setenv("ADRISK_SERVE__HOST", "0.0.0.0")
    result = runner.invoke(app, ["serve"])
    assert result.exit_code == 1 and "without API keys" in result.output


def test_cli_extract_masks_contacts_unless_revealed(tmp_path, monkeypatch):
    monkeypatch.setenv("ADRISK_HASH_KEY", "extract test key")
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps(
            {"id": "a", "text": "Call seven oh two 555 0143 or jess@gmail.com", "country": "US"}
        )
        + "\n"
    )
    masked = runner.invoke(app, ["extract", str(dump), "-o", str(tmp_path / "masked.jsonl")])
    revealed = runner.invoke(
        app, ["extract", str(dump), "-o", str(tmp_path / "raw.jsonl"), "--reveal"]
    )
    assert masked.exit_code == 0 and revealed.exit_code == 0, masked.output + revealed.output
    masked_text = (tmp_path / "masked.jsonl").read_text()
    assert "+17025550143" not in masked_text and "jess@gmail.com" not in masked_text
    record = json.loads(masked_text)
    assert {c["kind"] for c in record["contacts"]} == {"phone", "email"}
    assert all(c["hash"] and "•" in c["masked"] for c in record["contacts"])
    raw = json.loads((tmp_path / "raw.jsonl").read_text())
    assert {c["value"] for c in raw["contacts"]} == {"+17025550143", "jess@gmail.com"}
