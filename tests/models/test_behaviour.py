"""Behaviour of trained models: invariance, direction and decoys, on whole ads.

Each test runs on the model fitted on the hand-written ads (fast, default run) and on a model
trained on the synthetic samples (`slow`), through `score_ads`, the path every entry point
shares. Neither model is constrained to be monotone in its indicators: these tests are what
keeps a validated indicator from pulling a score down (on a 2,000-ad synthetic corpus of
another seed, youth language did get a negative weight).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.schema import Ad
from pipeline.score import score_ads
from pipeline.settings import ScoreSettings, TrainSettings

SETTINGS = ScoreSettings()
SAMPLES = Path(__file__).parents[2] / "data" / "samples"

SERVICE_AD = "Sweet girl, available tonight in Denver. Incall, discreet. Call {phone}"


@pytest.fixture(scope="module")
def synthetic_model():
    """A model trained on the committed synthetic samples, as `make run` trains it."""
    from models.registry import ScoringModel
    from models.train import train
    from pipeline.ingest import load_ads

    key = b"behaviour test key"
    ads = list(load_ads([SAMPLES / "train.jsonl"], labelled=True))
    trained = train(ads, TrainSettings(), hash_key=key)
    return ScoringModel(trained.pipeline, "synthetic/1", "test", hash_key=key)


@pytest.fixture(params=["hand_written", pytest.param("synthetic", marks=pytest.mark.slow)])
def model(request):
    """Each behaviour holds for the model on the hand-written ads and on synthetic ads."""
    name = "fitted_model" if request.param == "hand_written" else "synthetic_model"
    return request.getfixturevalue(name)


def _risk(model, title: str, body: str, country: str = "US") -> float:
    (score,) = score_ads(model, [Ad(ad_id="b1", title=title, body=body, country=country)], SETTINGS)
    return score.risk


@pytest.mark.parametrize(
    "phone", ["(702) 555-0143", "+1 702 555 0143", "702.555.0143", "7025550143", "+17025550143"]
)
def test_behaviour_reformatting_a_phone_number_keeps_the_score(model, phone):
    written = _risk(model, "Sweet girl", SERVICE_AD.format(phone="702-555-0143"))
    assert _risk(model, "Sweet girl", SERVICE_AD.format(phone=phone)) == pytest.approx(
        written, abs=1e-9
    )


@pytest.mark.parametrize(
    "phrase", ["Young fresh girl, barely legal.", "Just turned 18, sweet and young."]
)
def test_behaviour_adding_a_validated_indicator_does_not_lower_the_score(model, phrase):
    body = SERVICE_AD.format(phone="(303) 555-0178")
    assert _risk(model, "Sweet girl", f"{body} {phrase}") >= _risk(model, "Sweet girl", body)


@pytest.mark.parametrize(
    ("title", "body", "bare_title", "bare_body"),
    [
        (
            "New girl just arrived, young and sweet",
            "Sweet young girl new in town, barely legal, available 24/7. Incall only. Call my "
            "manager seven oh two 555 oh one four three. Cheap specials today.",
            "Girl",
            "Available. Call 303 555 0178.",
        ),
        (
            "Work in Europe! Travel and visa paid",
            "Hiring young girls 18-25 for hostess work abroad. No experience needed, earn 3000 "
            "euro per month. Travel and housing paid, you repay from your salary. We keep your "
            "passport safe. Send photos on WhatsApp.",
            "Hostess job",
            "Hostess position in a hotel. Send your CV by e-mail.",
        ),
    ],
)
def test_behaviour_removing_all_evidence_lowers_the_score(
    model, title, body, bare_title, bare_body
):
    (full, bare) = score_ads(
        model,
        [
            Ad(ad_id="full", title=title, body=body),
            Ad(ad_id="bare", title=bare_title, body=bare_body),
        ],
        SETTINGS,
    )
    assert full.evidence and not bare.evidence
    assert bare.risk < full.risk


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Road bike for sale",
            "Selling my road bike, 2 years old, Shimano gears, new tyres. 250 USD, pick up in "
            "Denver. Call 303 555 0199.",
        ),
        (
            "Sofa for sale",
            "Grey three-seater sofa, good condition, must go this week. 120 dollars. Text "
            "303-555-0188.",
        ),
    ],
)
def test_behaviour_a_decoy_classified_ad_scores_low(model, title, body):
    assert _risk(model, title, body) < SETTINGS.medium_from
