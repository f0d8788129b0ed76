"""Scoring: the one path from ads to explained Scores, shared by the CLI, batch job and API."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

import numpy as np

from features.indicators import find_evidence, load_catalogue
from models.build import with_batch_linkage
from models.explain import contributions, reasons
from models.registry import ScoringModel
from pipeline.frame import ads_to_frame
from pipeline.schema import Ad, Band, Evidence, Linkage, Score
from pipeline.settings import ScoreSettings

OBSCURED_CONTACT = "obscured_contact"
TEMPLATE_SIZE = "templates__template_size"


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
    transformed = with_batch_linkage(model.pipeline, frame).named_steps["features"].transform(frame)
    risks = model.classifier.predict_proba(transformed)[:, 1]
    contribution_rows = contributions(model.classifier, transformed)
    names = model.feature_names
    sizes = _template_sizes(transformed, names)
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
            linkage=Linkage(template_size=int(sizes[row])),
            model_version=model.model_version,
            lexicon_version=model.lexicon_version,
        )
        for row, (ad, risk) in enumerate(zip(ads, risks, strict=True))
    ]


def _template_sizes(transformed, names: list[str]) -> np.ndarray:
    """Ads sharing each ad's template, itself included, from the (log1p) feature column."""
    column = names.index(TEMPLATE_SIZE) if TEMPLATE_SIZE in names else None
    if column is None:
        return np.ones(transformed.shape[0])
    others = (
        np.asarray(transformed[:, column].todense()).ravel()
        if hasattr(transformed, "todense")
        else transformed[:, column]
    )
    return np.rint(np.expm1(others)) + 1


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
