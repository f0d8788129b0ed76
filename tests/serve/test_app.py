import json
import logging
import sys

import pytest
from fastapi.testclient import TestClient

from pipeline.settings import ApiKey, ServeSettings, Settings
from serve.app import GIL_SWITCH_SECONDS, create_app, get_model_loader, get_settings
from serve.auth import key_hash

SCORER_KEY, ADMIN_KEY, MODEL_ONLY_KEY = "scorer-key", "admin-key", "no-score-key"
KEYS = (
    ApiKey(id="platform-a", sha256=key_hash(SCORER_KEY), scopes=frozenset({"score"})),
    ApiKey(id="ops", sha256=key_hash(ADMIN_KEY), scopes=frozenset({"score", "admin"})),
    ApiKey(id="limited", sha256=key_hash(MODEL_ONLY_KEY), scopes=frozenset({"admin"})),
)
SECRET_SENTENCE = "Unique body sentence kiwi-zebra-7731"
AD = {
    "ad_id": "x1",
    "title": "New girl 🌹",
    "body": f"Young and new in town. {SECRET_SENTENCE}. Call 702 555 0143",
    "country": "US",
}
HEADERS = {"X-API-Key": SCORER_KEY}


def _app(fitted_model, tmp_path, **serve):
    defaults = {
        "api_keys": KEYS,
        "audit_log": tmp_path / "audit.jsonl",
        "store": f"sqlite:///{tmp_path / 'reuse.db'}",
    }
    settings = Settings(serve=ServeSettings(**{**defaults, **serve}))
    app = create_app()
    app.dependency_overrides[get_settings] = lambda: settings
    app.dependency_overrides[get_model_loader] = lambda: lambda s: fitted_model
    return app


@pytest.fixture
def client(fitted_model, tmp_path):
    with TestClient(_app(fitted_model, tmp_path, max_batch=3)) as test_client:
        yield test_client


def test_the_service_hands_the_gil_over_often_while_it_scores(client):
    """The event loop waits for the GIL at each step of a request while a batch is scored."""
    assert sys.getswitchinterval() == pytest.approx(GIL_SWITCH_SECONDS)


def test_score_returns_a_score_with_reasons(client):
    response = client.post("/v1/score", json=AD, headers=HEADERS)
    assert response.status_code == 200
    body = response.json()
    assert body["ad_id"] == "x1" and 0 <= body["risk"] <= 1 and body["reasons"]
    assert body["model_version"] == "test/1"
    assert {e["indicator"] for e in body["evidence"]} >= {"new_in_town"}
    assert all(AD["title"] + "\n\n" + AD["body"] != e["text"] for e in body["evidence"])
    assert [c["kind"] for c in body["contacts"]] == ["phone"] and "•" in body["contacts"][0][
        "masked"
    ]


def test_score_batch_keeps_order_and_enforces_the_limit(client):
    ads = [{**AD, "ad_id": f"a{i}"} for i in range(3)]
    response = client.post("/v1/score/batch", json={"ads": ads}, headers=HEADERS)
    assert [s["ad_id"] for s in response.json()["scores"]] == ["a0", "a1", "a2"]
    assert all(s["reasons"] for s in response.json()["scores"])
    too_many = client.post("/v1/score/batch", json={"ads": [*ads, AD]}, headers=HEADERS)
    assert too_many.status_code == 413 and "at most 3" in too_many.json()["detail"]


@pytest.mark.parametrize(
    "payload",
    [
        {"ad_id": "x"},
        {"ad_id": "x", "body": "b", "phone": "1"},
        [],
        {"ad_id": "x", "body": "b" * 50_001},
        {"ad_id": "x", "body": "b", "country": "Narnia"},
    ],
)
def test_score_rejects_invalid_ads_with_json_errors(client, payload):
    response = client.post("/v1/score", json=payload, headers=HEADERS)
    assert response.status_code == 422 and response.json()["detail"]
    assert "b" * 100 not in response.text  # the input is not echoed back


@pytest.mark.parametrize(
    ("headers", "status", "message"),
    [
        ({}, 401, "missing API key"),
        ({"X-API-Key": "wrong"}, 401, "invalid API key"),
        ({"X-API-Key": MODEL_ONLY_KEY}, 403, "lacks the 'score' scope"),
    ],
)
def test_auth_distinguishes_unknown_callers_from_unauthorised_ones(
    client, headers, status, message
):
    response = client.post("/v1/score", json=AD, headers=headers)
    assert response.status_code == status and message in response.json()["detail"]


def test_body_size_limit_gives_413(fitted_model, tmp_path):
    with TestClient(_app(fitted_model, tmp_path, max_body_bytes=1_000)) as client:
        response = client.post("/v1/score", json={**AD, "body": "x" * 5_000}, headers=HEADERS)
    assert response.status_code == 413 and "limit of 1,000 bytes" in response.json()["detail"]


def test_rate_limit_gives_429_with_retry_after(fitted_model, tmp_path):
    with TestClient(_app(fitted_model, tmp_path, rate_per_minute=2)) as client:
        codes = [client.post("/v1/score", json=AD, headers=HEADERS).status_code for _ in range(3)]
        limited = client.post("/v1/score", json=AD, headers=HEADERS)
        other_key = client.post("/v1/score", json=AD, headers={"X-API-Key": ADMIN_KEY})
    assert codes == [200, 200, 429]
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert other_key.status_code == 200


def test_health_model_and_readiness(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}
    info = client.get("/v1/model", headers=HEADERS).json()
    assert info == {"model_version": "test/1", "lexicon_version": "test"}


def test_readyz_is_503_when_the_model_cannot_load(tmp_path):
    app = create_app()
    store = f"sqlite:///{tmp_path / 'reuse.db'}"
    app.dependency_overrides[get_settings] = lambda: Settings(
        serve=ServeSettings(api_keys=KEYS, store=store)
    )

    def failing_loader(settings):
        raise RuntimeError("no registered model")

    app.dependency_overrides[get_model_loader] = lambda: failing_loader
    with TestClient(app) as test_client:
        assert test_client.get("/readyz").status_code == 503
        assert test_client.post("/v1/score", json=AD, headers=HEADERS).status_code == 503
        assert test_client.get("/healthz").status_code == 200


def test_without_keys_only_loopback_clients_are_served(fitted_model, tmp_path):
    app = _app(fitted_model, tmp_path, api_keys=())
    with TestClient(app, client=("127.0.0.1", 5000)) as local:
        assert local.post("/v1/score", json=AD).status_code == 200
    with TestClient(app, client=("203.0.113.9", 5000)) as remote:
        response = remote.post("/v1/score", json=AD)
    assert response.status_code == 403 and "loopback" in response.json()["detail"]


def test_audit_log_records_who_scored_what_without_content(client, tmp_path):
    client.post("/v1/score", json=AD, headers=HEADERS)
    client.post(
        "/v1/score/batch",
        json={"ads": [AD, {**AD, "ad_id": "x2"}]},
        headers={"X-API-Key": ADMIN_KEY},
    )
    lines = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert [(e["key_id"], e["route"], [a["ad_id"] for a in e["ads"]]) for e in lines] == [
        ("platform-a", "/v1/score", ["x1"]),
        ("ops", "/v1/score/batch", ["x1", "x2"]),
    ]
    assert all(e["model_version"] == "test/1" and e["time"] for e in lines)
    text = (tmp_path / "audit.jsonl").read_text()
    # Without the timestamps, whose microseconds may well read 555.
    untimed = json.dumps([{k: v for k, v in e.items() if k != "time"} for e in lines])
    assert SECRET_SENTENCE not in text and "555" not in untimed


def test_metrics_count_requests_scores_and_errors(client):
    client.post("/v1/score", json=AD, headers=HEADERS)
    client.post("/v1/score", json=AD)
    text = client.get("/metrics").text
    assert 'adrisk_requests_total{route="/v1/score",status="200"} 1.0' in text
    assert 'adrisk_requests_total{route="/v1/score",status="401"} 1.0' in text
    assert "adrisk_request_seconds_bucket" in text
    assert 'adrisk_errors_total{kind="auth"} 1.0' in text
    assert "adrisk_scores_total" in text


def test_logs_hold_no_ad_text_or_contacts(client, caplog):
    caplog.set_level(logging.DEBUG)
    client.post("/v1/score", json=AD, headers=HEADERS)
    client.post("/v1/score", json={**AD, "country": "bad country"}, headers=HEADERS)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert SECRET_SENTENCE not in logged and "702 555" not in logged


def test_internal_errors_are_json_without_a_trace(fitted_model, tmp_path):
    class Breakable:
        broken = False

        def __getattr__(self, name):
            if Breakable.broken and name == "classifier":
                raise RuntimeError(f"exploded near {SECRET_SENTENCE}")
            return getattr(fitted_model, name)

    app = _app(fitted_model, tmp_path)
    app.dependency_overrides[get_model_loader] = lambda: lambda s: Breakable()
    with TestClient(app, raise_server_exceptions=False) as client:
        Breakable.broken = True
        response = client.post("/v1/score", json=AD, headers=HEADERS)
    assert response.status_code == 500
    assert response.json() == {"detail": "internal error; the request was not scored"}
    assert SECRET_SENTENCE not in response.text
