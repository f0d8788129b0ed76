"""Scoring: the one path from ads to explained Scores, shared by the CLI, batch job and API."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from features.indicators import EVIDENCE_COLUMN, find_evidence, load_catalogue
from models.build import transform_features, with_batch_linkage
from models.explain import contributions, reasons_per_ad, risks
from models.registry import ScoringModel
from pipeline.frame import ads_to_frame
from pipeline.schema import Ad, AdView, Band, ContactLinkage, Evidence, Linkage, Score
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
    """A Score with reasons for each ad, its batch linked to itself, in one vectorised pass."""
    if not ads:
        return []
    frame = ads_to_frame(ads, hash_key=model.hash_key, default_region=model.default_region)
    return score_frame(model, frame, settings, with_batch_linkage(model.pipeline, frame))


def score_frame(
    model: ScoringModel, frame: pd.DataFrame, settings: ScoreSettings, linked: Any
) -> list[Score]:
    """Scores for the ads of an ad frame, with reuse read from the `linked` pipeline's tables.

    `linked` is the model's pipeline, or a copy whose reuse tables also hold other ads (the
    batch, the whole dump) so that each ad counts the other ads sharing its contacts.
    """
    frame = frame.assign(
        **{EVIDENCE_COLUMN: list(map(find_evidence, frame["text"], frame["language"]))}
    )
    transformed = transform_features(linked.named_steps["features"], frame)
    risk_per_ad = risks(model.classifier, transformed)
    explained = reasons_per_ad(
        contributions(model.classifier, transformed), model.feature_names, settings.top_reasons
    )
    links = linkages(linked, frame)
    names = ("ad_id", EVIDENCE_COLUMN, "contact_spans", "contacts")
    columns = zip(*(frame[name] for name in names), strict=True)
    return [
        Score(
            ad_id=ad_id,
            risk=float(risk),
            band=band_for(float(risk), settings),
            reasons=tuple(explained[row]),
            evidence=tuple(evidence_of(found, spans)),
            contacts=contacts,
            linkage=links[row],
            model_version=model.model_version,
            lexicon_version=model.lexicon_version,
        )
        for row, (risk, (ad_id, found, spans, contacts)) in enumerate(
            zip(risk_per_ad, columns, strict=True)
        )
    ]


def linkages(pipeline: Any, frame: pd.DataFrame) -> list[Linkage]:
    """Per ad: how widely each of its contacts is reused, and its template cluster."""
    features = pipeline.named_steps["features"].named_transformers_
    per_contact = features["contacts"][0].contact_linkage(frame)
    templates = features["templates"][0].template_ids(frame)
    by_ad: dict[str, list[ContactLinkage]] = {}
    masked = {c["hash"]: c["masked"] for contacts in frame["contacts"] for c in contacts}
    names = ("ad_id", "kind", "hash", "ads", "cities", "sites", "generic")
    # Column lists, not itertuples: a millisecond less, which counts when scoring one ad.
    for ad_id, kind, key, ads, cities, sites, generic in zip(
        *(per_contact[name].tolist() for name in names), strict=True
    ):
        by_ad.setdefault(ad_id, []).append(
            ContactLinkage(
                kind=kind,
                hash=key,
                masked=masked.get(key, "•••"),
                ads=int(ads),
                cities=int(cities),
                sites=int(sites),
                generic=bool(generic),
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


def evidence_of(found: Sequence[Evidence], spans: tuple[dict, ...]) -> list[Evidence]:
    """An ad's indicator evidence (`find_evidence` of its text) and its obscured contacts,
    shown masked, in order."""
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
        for contact in spans
        if contact["effort"] > 0
    ]
    return sorted([*found, *hidden], key=lambda e: (e.start, e.indicator))


def ad_view(row: Any, evidence: Sequence[Evidence]) -> AdView:
    """An ad frame row as an analyst sees it: contacts masked, evidence offsets moved along."""
    text, spans = row.text, row.contact_spans
    pieces, shifts, position = [], [], 0  # shifts: (end in text, offset change after it)
    for span in spans:
        if span["start"] < position:
            continue
        pieces += [text[position : span["start"]], span["masked"]]
        change = len(span["masked"]) - (span["end"] - span["start"])
        shifts.append((span["start"], span["end"], change))
        position = span["end"]
    pieces.append(text[position:])

    def moved(offset: int) -> int:
        delta = 0
        for start, end, change in shifts:
            if offset >= end:
                delta += change
            elif offset > start:  # inside a masked contact: snap to its masked end
                return end + delta + change
        return offset + delta

    return AdView(
        site=_present(row.site),
        location=_present(row.location),
        posted_at=None if pd.isna(row.posted_at) else pd.Timestamp(row.posted_at).to_pydatetime(),
        language=_present(row.language),
        text="".join(pieces),
        evidence=tuple(
            # Built anew: pydantic's model_copy costs ten times as much.
            Evidence(
                indicator=e.indicator,
                category=e.category,
                start=moved(e.start),
                end=max(moved(e.end), moved(e.start)),
                text=e.text,
                grade=e.grade,
            )
            for e in evidence
        ),
    )


def _present(value: Any) -> Any:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value
