"""The ad frame: one row per ad, one column per `Ad` field, plus normalised `text` and `language`."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from pipeline.language import detect_languages
from pipeline.normalise import ad_text
from pipeline.schema import Ad

AD_FIELDS: tuple[str, ...] = tuple(Ad.model_fields)


def ads_to_frame(ads: Iterable[Ad]) -> pd.DataFrame:
    """`X` for every transformer: Ad fields, the normalised ad `text` and its `language`."""
    rows = [ad.model_dump() for ad in ads]
    frame = pd.DataFrame.from_records(rows, columns=list(AD_FIELDS))
    texts = [ad_text(row["title"], row["body"]) for row in rows]
    return frame.assign(
        text=pd.Series(texts, index=frame.index, dtype=object),
        language=pd.Series(detect_languages(texts), index=frame.index, dtype=object),
    )
