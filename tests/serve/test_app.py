import pytest
from fastapi.testclient import TestClient

from pipeline.settings import ServeSettings, Settings
from serve.app import create_app, get_model_loader, get_settings

AD = {
    "ad_id": "x1",
    "title": "New girl 🌹",
    "body": "Young and new in town, call 702 555 0143",
    "country": "US",
}


@pytest.fixture
def client(fitted_model):
    app = create_app()
    app.dependency_overrides[get_settings] = lambda: Settings(serve=ServeSettings(max_batch=3))
    app.dependency_overrides[get_model_loader] = lambda: lambda settings: fitted_model
    with TestClient(app) as test_client:
        yield test_client


def test_score_returns_a_score_with_reasons(client):
    response = client.post("/v1/score", json=AD)
    assert response.status_code == 200
    body = response.json()
    assert body["ad_id"] == "x1" and 0 <= body["risk"] <= 1 and body["reasons"]
    assert body["model_version"] == "test/1"


def test_score_batch_keeps_order_and_enforces_the_limit(client):
    ads = [{**AD, "ad_id": f"a{i}"} for i in range(3)]
    response = client.post("/v1/score/batch", json={"ads": ads})
    assert [s["ad_id"] for s in response.json()["scores"]] == ["a0", "a1", "a2"]
    assert all(s["reasons"] for s in response.json()["scores"])
    too_many = client.post("/v1/score/batch", json={"ads": [*ads, AD]})
    assert too_many.status_code == 413 and "at most 3" in too_many.json()["detail"]


@pytest.mark.parametrize("payload", [{"ad_id": "x"}, {"ad_id": "x", "body": "b", "phone": "1"}, []])
def test_score_rejects_invalid_ads_with_json_errors(client, payload):
    response = client.post("/v1/score", json=payload)
    assert response.status_code == 422 and response.json()["detail"]


def test_health_model_and_readiness(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}
    assert client.get("/v1/model").json() == {"model_version": "test/1", "lexicon_version": "test"}


def test_readyz_is_503_when_the_model_cannot_load():
    app = create_app()
    app.dependency_overrides[get_settings] = Settings

    def failing_loader(settings):
        raise RuntimeError("no registered model")

    app.dependency_overrides[get_model_loader] = lambda: failing_loader
    with TestClient(app) as test_client:
        assert test_client.get("/readyz").status_code == 503
        assert test_client.post("/v1/score", json=AD).status_code == 503
        assert test_client.get("/healthz").status_code == 200
