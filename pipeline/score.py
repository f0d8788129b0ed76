"""Scoring: the one path from ads to explained Scores, shared by the CLI, batch job and API."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

import pandas as pd

from features.indicators import find_evidence, load_catalogue
from models.build import with_batch_linkage
from models.explain import contributions, reasons
from models.registry import ScoringModel
from pipeline.frame import ads_to_frame
from pipeline.schema import Ad, Band, ContactLinkage, Evidence, Linkage, Score
from pipeline.settings import ScoreSettings

OBSCURED_CONTACT = "obscured_contact"


def band_for(risk: float, settings: ScoreSettings) -> Band:
    """The review band of a calibrated risk."""
    if risk >= settings.high_from:
        return "high"
    if risk >= settings.medium_from:
        return "medium"
    return "low"


def score_ads(model: ScoringModel, ads: Sequence[Ad], settings: ScoreSettings) -> list[Score]:
    """A Score with reasons for each ad, computed in one vectorised pass."""
    if not ads:
        return []
    frame = ads_to_frame(ads, hash_key=model.hash_key, default_region=model.default_region)
    linked = with_batch_linkage(model.pipeline, frame)
    transformed = linked.named_steps["features"].transform(frame)
    risks = model.classifier.predict_proba(transformed)[:, 1]
    contribution_rows = contributions(model.classifier, transformed)
    names = model.feature_names
    links = linkages(linked, frame)
    return [
        Score(
            ad_id=ad.ad_id,
            risk=float(risk),
            band=band_for(float(risk), settings),
            reasons=tuple(reasons(contribution_rows[row], names, settings.top_reasons)),
            evidence=tuple(
                evidence_of(
                    frame.text.iat[row], frame.language.iat[row], frame.obscured_contacts.iat[row]
                )
            ),
            contacts=frame.contacts.iat[row],
            linkage=links[row],
            model_version=model.model_version,
            lexicon_version=model.lexicon_version,
        )
        for row, (ad, risk) in enumerate(zip(ads, risks, strict=True))
    ]


def linkages(pipeline: Any, frame: pd.DataFrame) -> list[Linkage]:
    """Per ad: how widely each of its contacts is reused, and its template cluster."""
    features = pipeline.named_steps["features"].named_transformers_
    per_contact = features["contacts"][0].contact_linkage(frame)
    templates = features["templates"][0].template_ids(frame)
    by_ad: dict[str, list[ContactLinkage]] = {}
    masked = {c["hash"]: c["masked"] for contacts in frame["contacts"] for c in contacts}
    for row in per_contact.itertuples(index=False):
        by_ad.setdefault(row.ad_id, []).append(
            ContactLinkage(
                kind=row.kind,
                hash=row.hash,
                masked=masked.get(row.hash, "•••"),
                ads=int(row.ads),
                cities=int(row.cities),
                sites=int(row.sites),
            )
        )
    return [
        Linkage(
            contacts=tuple(by_ad.get(ad_id, ())),
            template_cluster=cluster if size > 1 else None,
            template_size=int(size),
        )
        for ad_id, cluster, size in zip(
            frame["ad_id"], templates["template_cluster"], templates["template_size"], strict=True
        )
    ]


def evidence_of(text: str, language: str | None, obscured: tuple[dict, ...]) -> list[Evidence]:
    """Indicator evidence in an ad's text, and its obscured contacts, shown masked."""
    entry = load_catalogue().indicators[OBSCURED_CONTACT]
    hidden = [
        Evidence(
            indicator=OBSCURED_CONTACT,
            category=entry.category,
            start=contact["start"],
            end=contact["end"],
            text=contact["masked"],
            grade=entry.grade,
        )
        for contact in obscured
    ]
    return sorted([*find_evidence(text, language), *hidden], key=lambda e: (e.start, e.indicator))


def score_stream(
    model: ScoringModel, ads: Iterable[Ad], settings: ScoreSettings
) -> Iterator[Score]:
    """Scores in chunks of `settings.chunk_size`, so memory stays bounded."""
    iterator = iter(ads)
    while chunk := list(islice(iterator, settings.chunk_size)):
        yield from score_ads(model, chunk, settings)
