"""The ad frame: one row per ad, the same columns and types whatever the number of ads."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.frame import AD_FIELDS, DERIVED_COLUMNS, ads_to_frame
from pipeline.schema import Ad

HASH_KEY = b"test-only hash key"
ADS = [
    Ad(
        ad_id="a1",
        title="New in town",
        body="Call 415 555 0199 tonight",
        site="example-classifieds",
        posted_at="2026-03-01T22:10:00Z",
        location="Las Vegas",
        country="US",
    ),
    Ad(ad_id="a2", body="Quiet double room to let near the station"),
]
OBJECT_COLUMNS = ("images", "meta", "text", "language", "contacts", "contact_spans", "masked_text")


@pytest.mark.parametrize("n", [0, 1, 2])
def test_ads_to_frame_has_every_column_on_one_range_index(n):
    frame = ads_to_frame(ADS[:n], hash_key=HASH_KEY)
    assert list(frame.columns) == [*AD_FIELDS, *DERIVED_COLUMNS]
    assert frame.index.equals(pd.RangeIndex(n))
    assert all(frame[name].dtype == object for name in OBJECT_COLUMNS)
    assert frame["contact_effort"].dtype == "int64"


@pytest.mark.parametrize("n", [1, 2])
def test_ads_to_frame_types_fields_as_pandas_infers_them(n):
    frame = ads_to_frame(ADS[:n], hash_key=HASH_KEY)
    for name in AD_FIELDS:
        expected = pd.Series([ad.model_dump()[name] for ad in ADS[:n]])
        assert frame[name].dtype == expected.dtype, name
        assert frame[name].tolist() == expected.tolist(), name


def test_ads_to_frame_without_ads_has_object_fields():
    frame = ads_to_frame([], hash_key=HASH_KEY)
    assert all(frame[name].dtype == object for name in AD_FIELDS)


@pytest.mark.parametrize("ad_id", ["a1"])
def test_ads_to_frame_masks_contacts_and_keeps_only_their_hash(ad_id):
    frame = ads_to_frame(ADS, hash_key=HASH_KEY).set_index("ad_id")
    assert "555" not in frame.loc[ad_id, "masked_text"]
    (contact,) = frame.loc[ad_id, "contacts"]
    assert contact["kind"] == "phone" and "4155550199" not in str(contact)
    assert frame.loc[ad_id, "contact_effort"] == 0
