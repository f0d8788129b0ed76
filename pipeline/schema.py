"""Record contracts shared by every part of adrisk: `Ad` in, `Score` out.

An `Ad` is validated once, at ingestion or at the API boundary; nothing downstream
re-checks its fields. Raw contact values never appear in these types: a `Contact`
carries a keyed hash and a masked display form only.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Band = Literal["low", "medium", "high"]
Grade = Literal["validated", "practitioner", "contested"]
ContactKind = Literal["phone", "email", "handle", "url"]

# Aliases that scrapers commonly use for Ad fields; `--map` covers the rest.
FIELD_ALIASES: dict[str, str] = {
    "id": "ad_id",
    "text": "body",
    "description": "body",
    "content": "body",
    "city": "location",
    "date": "posted_at",
    "posted": "posted_at",
    "timestamp": "posted_at",
    "source": "site",
    "domain": "site",
    "link": "url",
    "author": "poster",
    "user": "poster",
}


def derive_ad_id(record: dict[str, Any]) -> str:
    """A stable id for a record that has none: a hash of its canonical JSON."""
    canonical = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    return "h" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:24]


class Ad(BaseModel):
    """One scraped advertisement, as adrisk reads it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ad_id: str = Field(min_length=1, max_length=256)
    title: str = ""
    body: str
    site: str | None = None
    url: str | None = None
    posted_at: datetime | None = None
    location: str | None = None
    country: str | None = Field(default=None, description="ISO 3166 alpha-2 hint")
    poster: str | None = None
    images: tuple[str, ...] = ()
    meta: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _map_aliases_and_derive_id(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        # Most records use the field names and carry a text id: nothing to map (ingestion
        # validates millions of them, so this check pays).
        ad_id = data.get("ad_id")
        if type(ad_id) is str and ad_id and FIELD_ALIASES.keys().isdisjoint(data):
            return data
        mapped = {FIELD_ALIASES.get(key, key): value for key, value in data.items()}
        if len(mapped) < len(data):
            clashing = sorted(k for k in data if k in FIELD_ALIASES and FIELD_ALIASES[k] in data)
            raise ValueError(f"fields {clashing} are aliases of fields also present")
        if mapped.get("ad_id") in (None, ""):
            mapped["ad_id"] = derive_ad_id({k: v for k, v in mapped.items() if k != "ad_id"})
        elif isinstance(mapped["ad_id"], int) and not isinstance(mapped["ad_id"], bool):
            mapped["ad_id"] = str(mapped["ad_id"])
        return mapped

    @field_validator("posted_at")
    @classmethod
    def _to_utc(cls, value: datetime | None) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    @field_validator("country")
    @classmethod
    def _alpha2(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        value = value.strip().upper()
        if len(value) != 2 or not value.isascii() or not value.isalpha():
            raise ValueError(f"country must be an ISO 3166 alpha-2 code, got {value!r}")
        return value


class LabelledAd(Ad):
    """An ad with a training label: binary `label` and/or Trafficking-10k `label_ordinal`.

    The binary label is derived as `label_ordinal >= 4` when only the ordinal is given.
    """

    label: int | None = Field(default=None, ge=0, le=1)
    label_ordinal: int | None = Field(default=None, ge=0, le=6)

    @model_validator(mode="after")
    def _derive_label(self) -> LabelledAd:
        if self.label is None and self.label_ordinal is None:
            raise ValueError("a labelled ad needs 'label' (0/1) or 'label_ordinal' (0-6)")
        if self.label is None:
            object.__setattr__(self, "label", int(self.label_ordinal >= ORDINAL_POSITIVE_FROM))
        return self


ORDINAL_POSITIVE_FROM = 4


class Contact(BaseModel):
    """A contact found in an ad: its kind, keyed hash and masked display form."""

    model_config = ConfigDict(frozen=True)

    kind: ContactKind
    hash: str = Field(description="HMAC-SHA256 of the normalised value, hex")
    masked: str = Field(description="display form with most characters hidden")
    platform: str | None = Field(default=None, description="for handles: snapchat, telegram, …")


class Evidence(BaseModel):
    """A matched span behind an indicator, with offsets into the normalised text."""

    model_config = ConfigDict(frozen=True)

    indicator: str
    category: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    grade: Grade


class Reason(BaseModel):
    """One grouped feature contribution to a risk, in plain language."""

    model_config = ConfigDict(frozen=True)

    feature: str = Field(description="feature or feature group, e.g. 'text__word__visa'")
    contribution: float = Field(description="signed contribution to the log-odds")
    description: str


class ContactLinkage(BaseModel):
    """How widely one contact of an ad is reused across the corpus."""

    model_config = ConfigDict(frozen=True)

    kind: ContactKind
    hash: str
    masked: str
    ads: int = Field(ge=0, description="other ads sharing this contact")
    cities: int = Field(ge=0)
    sites: int = Field(ge=0)
    generic: bool = Field(
        default=False,
        description="shared by unrelated posters (a site's own number, a hotline): links nothing",
    )


class Linkage(BaseModel):
    """Contact and template reuse around one ad."""

    model_config = ConfigDict(frozen=True)

    contacts: tuple[ContactLinkage, ...] = ()
    template_cluster: str | None = None
    template_size: int = Field(default=1, ge=1)


class Score(BaseModel):
    """An ad's calibrated risk with its reasons and evidence: a lead for human review."""

    model_config = ConfigDict(frozen=True)

    ad_id: str
    risk: float = Field(ge=0.0, le=1.0)
    band: Band
    reasons: tuple[Reason, ...] = Field(min_length=1)
    evidence: tuple[Evidence, ...] = ()
    contacts: tuple[Contact, ...] = ()
    linkage: Linkage = Field(default_factory=Linkage)
    model_version: str
    lexicon_version: str


class AdView(BaseModel):
    """What an analyst sees of a scored ad: its text with every contact masked.

    `evidence` repeats the Score's evidence with offsets into this masked `text` (the
    Score's own offsets point into the unmasked normalised text).
    """

    model_config = ConfigDict(frozen=True)

    site: str | None = None
    location: str | None = None
    posted_at: datetime | None = None
    language: str | None = None
    text: str
    evidence: tuple[Evidence, ...] = ()


class ScoredAd(Score):
    """A batch output record: the Score and the masked view of its ad, for review."""

    ad: AdView
