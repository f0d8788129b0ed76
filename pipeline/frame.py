"""The ad frame: `X` for every transformer, one row per ad.

Columns: one per `Ad` field; `text`, the normalised ad text that evidence offsets point
into; `language`; `contacts`, the ad's pseudonymised contacts (kind, keyed hash, masked
form — never the raw value); `contact_spans`, where each contact stands in `text`, with its
masked form and the de-obfuscation effort it needed; `contact_effort`, the most
de-obfuscation any of its contacts needed; and `masked_text`, the text with every contact
replaced by its kind, for word features whose vocabulary travels inside model artefacts.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from pipeline.contacts import Extraction, extract
from pipeline.language import detect_languages
from pipeline.normalise import ad_text
from pipeline.pseudonymise import masked_match, to_contacts
from pipeline.schema import Ad

AD_FIELDS: tuple[str, ...] = tuple(Ad.model_fields)
DERIVED_COLUMNS: tuple[str, ...] = (
    "text",
    "language",
    "contacts",
    "contact_spans",
    "contact_effort",
    "masked_text",
)


def extract_ad(ad: Ad, text: str, default_region: str) -> Extraction:
    """Contacts, ages and prices in an ad's normalised text, phones read in its country."""
    return extract(text, country=ad.country, location=ad.location, default_region=default_region)


def mask_contacts(text: str, extraction: Extraction) -> str:
    """The text with each contact span replaced by a placeholder word for its kind."""
    pieces, position = [], 0
    for match in sorted(extraction.contacts, key=lambda m: m.start):
        if match.start < position:
            continue
        pieces += [text[position : match.start], f" {match.kind}mask "]
        position = match.end
    pieces.append(text[position:])
    return "".join(pieces)


def _spans(extraction: Extraction, hash_key: bytes) -> tuple[dict, ...]:
    return tuple(
        {
            "kind": m.kind,
            "start": m.start,
            "end": m.end,
            "effort": m.effort,
            "masked": masked_match(m, hash_key),
        }
        for m in sorted(extraction.contacts, key=lambda m: m.start)
    )


def ads_to_frame(ads: Iterable[Ad], *, hash_key: bytes, default_region: str = "US") -> pd.DataFrame:
    """One row per ad: its fields and everything derived from its text (see module doc)."""
    ads = list(ads)
    records = [ad.model_dump() for ad in ads]
    texts = [ad_text(ad.title, ad.body) for ad in ads]
    extractions = [
        extract_ad(ad, text, default_region) for ad, text in zip(ads, texts, strict=True)
    ]
    derived = {
        "text": texts,
        "language": detect_languages(texts),
        "contacts": [tuple(c.model_dump() for c in to_contacts(e, hash_key)) for e in extractions],
        "contact_spans": [_spans(e, hash_key) for e in extractions],
        "contact_effort": [max((m.effort for m in e.contacts), default=0) for e in extractions],
        "masked_text": [mask_contacts(t, e) for t, e in zip(texts, extractions, strict=True)],
    }
    # Every column on one shared index, the frame built once: building a frame of the fields
    # and then assigning columns costs milliseconds, which dominate when scoring one ad. The
    # fields go in as lists, whose types pandas infers as a Series would, at half the cost.
    index = pd.RangeIndex(len(ads))
    fields = {name: [r[name] for r in records] for name in AD_FIELDS}
    if not records:  # empty lists would make float columns
        fields = {name: pd.Series([], index=index, dtype=object) for name in AD_FIELDS}
    columns = {
        **fields,
        **{
            name: np.array(values, dtype=np.int64)
            if name == "contact_effort"
            else pd.Series(values, index=index, dtype=object)
            for name, values in derived.items()
        },
    }
    return pd.DataFrame(columns, index=index, copy=False)
