"""Property-based checks of every documented route against the OpenAPI spec (schemathesis)."""

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from pipeline.settings import ApiKey, ServeSettings, Settings
from serve.app import create_app, get_model_loader, get_settings
from serve.auth import key_hash

KEY = "schemathesis-key"


@pytest.fixture(scope="module")
def app(fitted_model, tmp_path_factory):
    keys = (ApiKey(id="fuzz", sha256=key_hash(KEY), scopes=frozenset({"score", "admin"})),)
    audit = tmp_path_factory.mktemp("audit") / "audit.jsonl"
    app = create_app()
    app.dependency_overrides[get_settings] = lambda: Settings(
        serve=ServeSettings(
            api_keys=keys,
            rate_per_minute=100_000,
            max_batch=8,
            audit_log=audit,
            store=f"sqlite:///{audit.parent / 'reuse.db'}",
        )
    )
    app.dependency_overrides[get_model_loader] = lambda: lambda s: fitted_model
    with TestClient(app):  # runs the lifespan: the model stays loaded on app.state
        yield app


def test_api_never_answers_with_a_server_error(app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {
        "/v1/score",
        "/v1/score/batch",
        "/v1/model",
        "/metrics",
    }
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate(headers={"X-API-Key": KEY}, checks=[not_a_server_error])

        check()
