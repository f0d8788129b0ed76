"""Online scoring: the batch job's `score_frame`, with reuse linked to the reuse store.

Each request's ads count, besides the model's training tables, the other ads of the request
and the ads the service scored before (the store), then join the store themselves: score ad
A, then ad B sharing A's phone, and B's contact reuse and linkage count A.
"""

from __future__ import annotations

from collections.abc import Sequence

from features.contacts import contact_keys
from models.build import with_linked_reuse
from models.registry import ScoringModel
from pipeline.frame import ads_to_frame
from pipeline.pseudonymise import key_id
from pipeline.schema import Ad, Score
from pipeline.score import score_frame
from pipeline.settings import ScoreSettings
from serve.store import ReuseStore


def score_online(
    model: ScoringModel, ads: Sequence[Ad], settings: ScoreSettings, store: ReuseStore
) -> list[Score]:
    """A Score per ad, its reuse counted against the model's tables, the other ads of the
    request and the store; then the ads' hashed contacts and templates join the store."""
    if not ads:
        return []
    frame = ads_to_frame(ads, hash_key=model.hash_key, default_region=model.default_region)
    steps = model.features.named_transformers_
    contacts, templates = steps["contacts"][0], steps["templates"][0]
    contact_rows = contact_keys(frame)
    template_rows = templates.template_keys(frame)
    linked = with_linked_reuse(
        model.pipeline,
        {
            "contacts": contacts.linked(
                frame, store.contacts_sharing(contact_rows), keys=contact_rows
            ),
            "templates": templates.linked(
                frame, store.templates_sharing(template_rows), keys=template_rows
            ),
        },
    )
    scores = score_frame(model, frame, settings, linked)
    store.remember(contact_rows, template_rows)
    return scores


def check_store(store: ReuseStore, model: ScoringModel) -> None:
    """Raises StoreError if the store was filled under another contact hash key or
    template hashing scheme than the model's: its keys would never match."""
    templates = model.features.named_transformers_["templates"][0]
    store.check("hash_key_id", key_id(model.hash_key))
    names = ("num_perm", "bands", "seed", "shingle", "sketch")
    scheme = " ".join(f"{name}={getattr(templates, name)}" for name in names)
    store.check("template_scheme", f"minhash {scheme}")
