from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from pipeline.schema import Ad, LabelledAd, Reason, Score


@pytest.mark.parametrize(
    ("record", "field", "expected"),
    [
        ({"id": "a1", "text": "hello"}, "ad_id", "a1"),
        ({"id": 17, "text": "hello"}, "ad_id", "17"),
        ({"ad_id": "a", "description": "hi", "city": "Paris"}, "location", "Paris"),
        ({"ad_id": "a", "body": "x", "country": "fr"}, "country", "FR"),
        (
            {"ad_id": "a", "body": "x", "posted_at": "2026-01-01T12:00:00+02:00"},
            "posted_at",
            datetime(2026, 1, 1, 10, 0, tzinfo=UTC),
        ),
        (
            {"ad_id": "a", "body": "x", "posted_at": "2026-01-01T12:00:00"},
            "posted_at",
            datetime(2026, 1, 1, 12, 0, tzinfo=UTC),
        ),
        ({"ad_id": "a", "body": "x", "images": ["a.jpg"]}, "images", ("a.jpg",)),
    ],
)
def test_ad_accepts_aliases_and_normalises_fields(record, field, expected):
    assert getattr(Ad.model_validate(record), field) == expected


@pytest.mark.parametrize(
    "record",
    [
        {"ad_id": "a"},  # no body
        {"ad_id": "a", "body": 5},
        {"ad_id": "a", "body": "x", "phone": "702"},  # unknown field
        {"ad_id": "a", "body": "x", "country": "France"},
        {"ad_id": "a", "body": "x", "posted_at": "yesterday"},
        {"ad_id": "a", "text": "x", "body": "y"},  # alias clash
    ],
)
def test_ad_rejects_invalid_records(record):
    with pytest.raises(ValidationError):
        Ad.model_validate(record)


def test_ad_derives_a_stable_id_when_missing():
    first = Ad.model_validate({"body": "same text", "site": "s"})
    second = Ad.model_validate({"site": "s", "body": "same text"})
    other = Ad.model_validate({"body": "other text", "site": "s"})
    assert first.ad_id == second.ad_id != other.ad_id


def test_ad_is_frozen():
    ad = Ad(ad_id="a", body="x")
    with pytest.raises(ValidationError):
        ad.body = "y"


@pytest.mark.parametrize(("ordinal", "label"), [(0, 0), (3, 0), (4, 1), (6, 1)])
def test_labelled_ad_binarises_ordinal_at_four(ordinal, label):
    assert LabelledAd(ad_id="a", body="x", label_ordinal=ordinal).label == label


@pytest.mark.parametrize("extra", [{}, {"label_ordinal": 7}, {"label": 2}])
def test_labelled_ad_requires_a_valid_label(extra):
    with pytest.raises(ValidationError):
        LabelledAd.model_validate({"ad_id": "a", "body": "x", **extra})


def test_score_requires_reasons_and_a_probability():
    reason = Reason(feature="words__x", contribution=0.1, description="d")
    Score(
        ad_id="a",
        risk=0.5,
        band="medium",
        reasons=(reason,),
        model_version="m",
        lexicon_version="l",
    )
    with pytest.raises(ValidationError):
        Score(
            ad_id="a", risk=0.5, band="medium", reasons=(), model_version="m", lexicon_version="l"
        )
    with pytest.raises(ValidationError):
        Score(
            ad_id="a",
            risk=1.5,
            band="high",
            reasons=(reason,),
            model_version="m",
            lexicon_version="l",
        )
