"""The scoring API: FastAPI app, model loaded once in the lifespan, settings injected."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request, status
from pydantic import BaseModel, Field

from models.registry import ScoringModel, load_model
from pipeline.schema import Ad, Score
from pipeline.score import score_ads
from pipeline.settings import Settings

log = logging.getLogger(__name__)

ModelLoader = Callable[[Settings], ScoringModel]


@lru_cache
def get_settings() -> Settings:
    """Settings, read once per process; tests override this dependency."""
    return Settings()


def get_model_loader() -> ModelLoader:
    """How the lifespan loads the model; tests override this dependency."""
    return lambda settings: load_model(settings.mlflow, settings.serve.model_uri)


def get_model(request: Request) -> ScoringModel:
    """The loaded model, or 503 while there is none."""
    model = getattr(request.app.state, "model", None)
    if model is None:
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "the model is not loaded yet")
    return model


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    overrides = app.dependency_overrides
    settings = overrides.get(get_settings, get_settings)()
    loader = overrides.get(get_model_loader, get_model_loader)()
    try:
        app.state.model = loader(settings)
        log.info("loaded model %s", app.state.model.model_version)
    except Exception as error:  # the service stays up and reports not-ready
        log.error("could not load the model: %s", error)
        app.state.model = None
    yield


class BatchRequest(BaseModel):
    """Several ads to score in one call."""

    ads: list[Ad] = Field(min_length=1)


class BatchResponse(BaseModel):
    """One Score per ad, in request order."""

    scores: list[Score]


class ModelInfo(BaseModel):
    """Which model and lexicon the service scores with."""

    model_version: str
    lexicon_version: str


class Health(BaseModel):
    """Liveness or readiness."""

    status: str


SettingsDep = Annotated[Settings, Depends(get_settings)]
ModelDep = Annotated[ScoringModel, Depends(get_model)]


def create_app() -> FastAPI:
    """The adrisk scoring service."""
    app = FastAPI(
        title="adrisk",
        summary="Scores ads for indicators of human trafficking, with reasons and evidence.",
        description="A score is a lead for human review, never a verdict.",
        version="0.1.0",
        lifespan=_lifespan,
    )

    @app.post("/v1/score", response_model=Score)
    def score_one(ad: Ad, model: ModelDep, settings: SettingsDep) -> Score:
        """Score one ad: calibrated risk, review band, reasons and evidence."""
        return score_ads(model, [ad], settings.score)[0]

    @app.post("/v1/score/batch", response_model=BatchResponse)
    def score_batch(batch: BatchRequest, model: ModelDep, settings: SettingsDep) -> BatchResponse:
        """Score up to the configured number of ads in one call, in request order."""
        if len(batch.ads) > settings.serve.max_batch:
            raise HTTPException(
                status.HTTP_413_CONTENT_TOO_LARGE,
                f"a batch holds at most {settings.serve.max_batch} ads, got {len(batch.ads)}",
            )
        return BatchResponse(scores=score_ads(model, batch.ads, settings.score))

    @app.get("/v1/model", response_model=ModelInfo)
    def model_info(model: ModelDep) -> ModelInfo:
        """The model and lexicon versions that scores are computed with."""
        return ModelInfo(model_version=model.model_version, lexicon_version=model.lexicon_version)

    @app.get("/healthz", response_model=Health)
    def healthz() -> Health:
        """Liveness: the process answers."""
        return Health(status="ok")

    @app.get("/readyz", response_model=Health)
    def readyz(model: ModelDep) -> Health:
        """Readiness: 503 until the model is loaded."""
        return Health(status="ready")

    return app
