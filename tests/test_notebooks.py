"""The retraining notebook runs top to bottom on the hand-written ads, so it never rots."""

from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).parents[1]


def test_retrain_notebook_executes(tmp_path, monkeypatch):
    monkeypatch.setenv("ADRISK_NOTEBOOK_DATA", str(ROOT / "tests" / "data" / "ads.jsonl"))
    monkeypatch.setenv("ADRISK_MLFLOW__TRACKING_URI", f"sqlite:///{tmp_path / 'mlruns.db'}")
    monkeypatch.setenv("ADRISK_MLFLOW__ARTIFACT_ROOT", str(tmp_path / "mlartifacts"))
    monkeypatch.setenv("ADRISK_CONFIG", str(ROOT / "mlflow.yml"))
    monkeypatch.setenv("ADRISK_HASH_KEY", "notebook test key")
    notebook = nbformat.read(ROOT / "notebooks" / "retrain.ipynb", as_version=4)
    NotebookClient(notebook, timeout=300, resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = "".join(
        str(output.get("text", "")) + str(output.get("data", {}).get("text/plain", ""))
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
    )
    assert "no champion yet" in outputs
    assert "Registration(" in outputs and "champion" in outputs
    assert "false alarms" in outputs
