"""Request and response bodies of the API, separate from the pipeline's records."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from pipeline.schema import Ad, Score

MAX_TITLE_CHARS = 2_000
MAX_BODY_CHARS = 50_000

AD_EXAMPLE = {
    "ad_id": "site-123",
    "title": "New in town 🌹 sweet and young",
    "body": "Available 24/7, call my manager seven oh two 555 oh one four three",
    "site": "example-classifieds",
    "location": "Las Vegas",
    "country": "US",
    "posted_at": "2026-03-01T22:10:00Z",
}


class AdRequest(Ad):
    """One ad to score: the `Ad` record with field-length limits for the API."""

    model_config = ConfigDict(json_schema_extra={"examples": [AD_EXAMPLE]})

    title: str = Field(default="", max_length=MAX_TITLE_CHARS)
    body: str = Field(max_length=MAX_BODY_CHARS)


class BatchRequest(BaseModel):
    """Several ads to score in one call."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"ads": [AD_EXAMPLE]}]})

    ads: list[AdRequest] = Field(min_length=1)


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


class ErrorResponse(BaseModel):
    """Every error: a plain message, never a stack trace."""

    detail: str | list
