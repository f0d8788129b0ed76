"""The scoring API: FastAPI app, model loaded once in the lifespan, settings injected."""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Annotated

from anyio import to_thread
from fastapi import Depends, FastAPI, Request, status
from fastapi.exceptions import HTTPException, RequestValidationError
from fastapi.responses import JSONResponse, Response

from models.registry import ScoringModel, load_serving_model
from pipeline.language import load_language_models
from pipeline.schema import Ad, Score
from pipeline.score import score_ads
from pipeline.settings import ApiKey, Settings
from serve.audit import AuditLog
from serve.auth import AuthError, authenticate
from serve.batching import MicroBatcher
from serve.limits import BodySizeLimit, RateLimiter
from serve.metrics import RequestMetrics, ServiceMetrics
from serve.online import check_store, score_online
from serve.schemas import AdRequest, BatchRequest, BatchResponse, ErrorResponse, Health, ModelInfo
from serve.store import ReuseStore, StoreError, open_store

log = logging.getLogger(__name__)

ModelLoader = Callable[[Settings], ScoringModel]
# One text per supported language: the language detector loads each language's models on
# first sight (seconds), which must happen before the first requests, not during them.
WARM_UP_TEXTS = (
    "A short English text that loads the language models and matchers.",
    "Un court texte en français qui charge les modèles de langue.",
    "Ein kurzer deutscher Text, der die Sprachmodelle lädt.",
    "Un texto corto en español que carga los modelos de idioma.",
    "Un breve testo in italiano che carica i modelli linguistici.",
    "Un text scurt în limba română care încarcă modelele lingvistice.",
    "Een korte Nederlandse tekst die de taalmodellen laadt.",
    "Krótki tekst po polsku, który ładuje modele językowe.",
)
WARM_UP_ADS = tuple(
    Ad(ad_id=f"warm-up-{i}", title="warm-up", body=text) for i, text in enumerate(WARM_UP_TEXTS)
)
GIL_SWITCH_SECONDS = 0.0005
ERRORS = {
    status.HTTP_401_UNAUTHORIZED: {"model": ErrorResponse},
    status.HTTP_403_FORBIDDEN: {"model": ErrorResponse},
    status.HTTP_413_CONTENT_TOO_LARGE: {"model": ErrorResponse},
    status.HTTP_429_TOO_MANY_REQUESTS: {"model": ErrorResponse},
    status.HTTP_503_SERVICE_UNAVAILABLE: {"model": ErrorResponse},
}


@lru_cache
def get_settings() -> Settings:
    """Settings, read once per process; tests override this dependency."""
    return Settings()


def get_model_loader() -> ModelLoader:
    """How the lifespan loads the model; tests override this dependency."""
    return load_serving_model


# The request-path dependencies are coroutines: a plain function would run in the thread
# pool, and each hop there waits for the GIL held by a scoring thread.
async def get_model(request: Request) -> ScoringModel:
    """The loaded model, or 503 while there is none."""
    model = getattr(request.app.state, "model", None)
    if model is None:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "the model is not loaded yet")
    return model


async def get_store(request: Request) -> ReuseStore:
    """The reuse store, open once the model is loaded."""
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "the reuse store is not open")
    return store


def _caller(scope: str) -> Callable[..., ApiKey]:
    async def dependency(request: Request) -> ApiKey:
        settings = _settings_of(request.app)
        client = request.client.host if request.client else None
        key = authenticate(request.headers.get("x-api-key"), settings.serve.api_keys, client, scope)
        wait = request.app.state.rate_limiter.acquire(key.id)
        if wait:
            raise HTTPException(
                status.HTTP_429_TOO_MANY_REQUESTS,
                f"rate limit of {settings.serve.rate_per_minute} requests per minute reached",
                headers={"Retry-After": str(int(wait))},
            )
        return key

    return dependency


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = _settings_of(app)
    loader = app.dependency_overrides.get(get_model_loader, get_model_loader)()
    app.state.rate_limiter = RateLimiter(settings.serve.rate_per_minute)
    # Scoring holds the GIL: a few threads at a time serve requests in arrival order, where
    # the default 40 would share the CPU between 40 half-done requests.
    to_thread.current_default_thread_limiter().total_tokens = settings.serve.threads
    # While a batch is scored, the event loop waits for the GIL at each step of every request
    # (read, route, hand over, answer): up to the switch interval, 5 ms by default, a step.
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    app.state.audit = AuditLog(settings.serve.audit_log)
    if not settings.serve.api_keys:
        log.warning("NO API KEYS CONFIGURED: serving loopback clients only, without authentication")
    app.state.model = app.state.store = None
    try:
        model = loader(settings)
        load_language_models()  # the first ad fastText is unsure of would wait seconds
        # Throwaway scores load the indicator matchers now, not in the first requests
        # (where concurrent threads would each build them).
        for ad in WARM_UP_ADS:  # one at a time: a batch would copy the model to link it
            score_ads(model, [ad], settings.score)
        store = open_store(settings.serve.store, max_rows=settings.serve.store_max_rows)
        check_store(store, model)
        app.state.batcher = MicroBatcher(
            lambda ads: score_online(model, ads, settings.score, store), settings.serve.micro_batch
        )
        app.state.model, app.state.store = model, store
        log.info("loaded model %s; reuse store %s", model.model_version, store.engine_name)
    except StoreError as error:
        log.error("could not open the reuse store: %s", error)
    except Exception as error:  # the service stays up and reports not-ready
        log.error("could not load the model: %s", type(error).__name__)
    yield
    if app.state.store is not None:
        app.state.store.close()


SettingsDep = Annotated[Settings, Depends(get_settings)]
ModelDep = Annotated[ScoringModel, Depends(get_model)]
StoreDep = Annotated[ReuseStore, Depends(get_store)]
Scorer = Annotated[ApiKey, Depends(_caller("score"))]


def create_app() -> FastAPI:
    """The adrisk scoring service."""
    app = FastAPI(
        title="adrisk",
        summary="Scores ads for indicators of human trafficking, with reasons and evidence.",
        description="A score is a lead for human review, never a verdict. Send the API key in "
        "`X-API-Key`. Every score carries its reasons; no ad text is logged.",
        version="0.1.0",
        lifespan=_lifespan,
        responses=ERRORS,
    )
    metrics = ServiceMetrics()
    app.state.metrics = metrics
    _install_error_handlers(app, metrics)
    _install_request_metrics(app, metrics)

    @app.post("/v1/score", response_model=Score)
    async def score_one(
        ad: AdRequest, request: Request, model: ModelDep, store: StoreDep, caller: Scorer
    ) -> Score:
        """Score one ad: calibrated risk, review band, reasons and evidence.

        Its contact and template reuse count the ads scored before, which it then joins,
        and the ads of requests scored at the same moment, as a batch's ads count each other.
        """
        score = await request.app.state.batcher.submit(ad)
        _account(request, caller, "/v1/score", [score])
        return score

    @app.post("/v1/score/batch", response_model=BatchResponse)
    def score_batch(
        batch: BatchRequest,
        request: Request,
        model: ModelDep,
        store: StoreDep,
        settings: SettingsDep,
        caller: Scorer,
    ) -> BatchResponse:
        """Score up to the configured number of ads in one call, in request order.

        The ads are linked to each other and to the ads scored before, which they then join.
        """
        if len(batch.ads) > settings.serve.max_batch:
            raise HTTPException(
                status.HTTP_413_CONTENT_TOO_LARGE,
                f"a batch holds at most {settings.serve.max_batch} ads, got {len(batch.ads)}",
            )
        scores = score_online(model, batch.ads, settings.score, store)
        _account(request, caller, "/v1/score/batch", scores)
        return BatchResponse(scores=scores)

    @app.get("/v1/model", response_model=ModelInfo)
    def model_info(model: ModelDep, caller: Scorer) -> ModelInfo:
        """The model and lexicon versions that scores are computed with."""
        return ModelInfo(model_version=model.model_version, lexicon_version=model.lexicon_version)

    @app.get("/healthz", response_model=Health)
    def healthz() -> Health:
        """Liveness: the process answers."""
        return Health(status="ok")

    @app.get("/readyz", response_model=Health)
    def readyz(model: ModelDep, store: StoreDep) -> Health:
        """Readiness: 503 until the model is loaded and the reuse store open."""
        return Health(status="ready")

    @app.get("/metrics", response_class=Response)
    def prometheus_metrics() -> Response:
        """Prometheus text: requests, latency, scores by band, errors. No content."""
        return Response(metrics.exposition(), media_type="text/plain; version=0.0.4")

    app.add_middleware(BodySizeLimit, max_bytes=lambda: _settings_of(app).serve.max_body_bytes)
    return app


def _settings_of(app: FastAPI) -> Settings:
    """Settings outside a request (lifespan, middleware), honouring test overrides."""
    return app.dependency_overrides.get(get_settings, get_settings)()


def _account(request: Request, caller: ApiKey, route: str, scores: list[Score]) -> None:
    request.app.state.audit.record(caller.id, route, scores)
    for score in scores:
        request.app.state.metrics.scores.labels(score.band).inc()


def _install_error_handlers(app: FastAPI, metrics: ServiceMetrics) -> None:
    @app.exception_handler(AuthError)
    async def auth_error(request: Request, error: AuthError) -> JSONResponse:
        metrics.errors.labels("auth").inc()
        return JSONResponse({"detail": error.message}, status_code=error.status)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, error: StoreError) -> JSONResponse:
        metrics.errors.labels("store").inc()
        log.error("reuse store error on %s: %s", request.url.path, error)
        return JSONResponse(
            {"detail": "the reuse store is unavailable; the request was not scored"},
            status_code=503,
        )

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        metrics.errors.labels("validation").inc()
        # Field locations and messages only: echoing the input would copy ad text around.
        detail = [{"loc": e["loc"], "msg": e["msg"], "type": e["type"]} for e in error.errors()]
        return JSONResponse({"detail": detail}, status_code=422)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        metrics.errors.labels("internal").inc()
        log.error("internal error on %s: %s", request.url.path, type(error).__name__)
        return JSONResponse(
            {"detail": "internal error; the request was not scored"}, status_code=500
        )


def _install_request_metrics(app: FastAPI, metrics: ServiceMetrics) -> None:
    app.add_middleware(RequestMetrics, metrics=metrics)
