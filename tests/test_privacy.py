"""No raw contact in any log line, MLflow store, model artefact or default output."""

import json
import logging
import shutil
import zipfile
from pathlib import Path

import phonenumbers
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.contacts import extract
from pipeline.ingest import load_ads
from pipeline.normalise import ad_text

ROOT = Path(__file__).parents[1]
DATA = ROOT / "tests" / "data" / "ads.jsonl"


def _raw_contacts() -> set[str]:
    """Every extracted contact value, phones also as bare national digits."""
    values: set[str] = set()
    for ad in load_ads([DATA]):
        for match in extract(ad_text(ad.title, ad.body), country=ad.country).contacts:
            values.add(match.value.lower())
            if match.kind == "phone":
                number = phonenumbers.parse(match.value)
                values.add(phonenumbers.national_significant_number(number))
    return values


def _readable(path: Path) -> bytes:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return b"".join(archive.read(name) for name in archive.namelist())
    return path.read_bytes()


def test_no_raw_contact_leaves_the_pipeline(tmp_path, monkeypatch, caplog):
    raw = _raw_contacts()
    assert len(raw) >= 12, "the hand-written ads should hold contacts to look for"
    shutil.copy(ROOT / "mlflow.yml", tmp_path / "mlflow.yml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ADRISK_CONFIG", raising=False)
    monkeypatch.setenv("ADRISK_HASH_KEY", "privacy test key")
    caplog.set_level(logging.DEBUG)
    runner = CliRunner()
    outputs = []
    for command in (
        ["train", str(DATA)],
        ["score", str(DATA), "-o", "out/scores.jsonl"],
        ["evaluate", str(DATA)],
        ["extract", str(DATA), "-o", "out/extract.jsonl"],
    ):
        result = runner.invoke(app, command)
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    files = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != "mlflow.yml"]
    assert any(p.suffix == ".skops" or "model" in p.name for p in files)
    haystacks = {str(p.relative_to(tmp_path)): _readable(p).lower() for p in files}
    haystacks["logs"] = "\n".join(r.getMessage() for r in caplog.records).lower().encode()
    haystacks["console"] = "\n".join(outputs).lower().encode()
    leaks = {
        (name, value) for name, data in haystacks.items() for value in raw if value.encode() in data
    }
    assert not leaks
    # The MLflow store (params, tags, metrics) and the evaluation artefacts (plots, metrics,
    # bias report, model card) hold aggregates only: no ad text either.
    evaluation = {p.name for p in files if p.parent.name == "evaluation"}
    assert {"model_card.md", "metrics.json", "bias_report.json", "calibration.png"} <= evaluation
    store = {n: d for n, d in haystacks.items() if n == "mlruns.db" or "/evaluation/" in n}
    titles = [ad.title.lower() for ad in load_ads([DATA]) if len(ad.title) >= 12]
    assert not {(name, t) for name, data in store.items() for t in titles if t.encode() in data}
    scores = [json.loads(line) for line in (tmp_path / "out/scores.jsonl").read_text().splitlines()]
    assert sum(len(s["contacts"]) for s in scores) >= 12
