"""The one scoring path: every Score carries reasons, evidence, masked contacts, linkage."""

from pipeline.frame import ads_to_frame
from pipeline.schema import Ad
from pipeline.score import ad_view, band_for, score_ads, score_frame
from pipeline.settings import ScoreSettings


def test_score_ads_explains_every_ad_and_links_the_batch(fitted_model, ads):
    scores = score_ads(fitted_model, ads, ScoreSettings())
    assert [s.ad_id for s in scores] == [ad.ad_id for ad in ads]
    assert all(s.reasons for s in scores)
    by_id = {s.ad_id: s for s in scores}
    assert by_id["t01"].evidence and by_id["t01"].contacts
    assert all(s.linkage.template_size >= 1 for s in scores)
    # Posters t01/t02 share one phone written two ways: each sees the other ad.
    phone_links = {s.ad_id: s.linkage.contacts for s in scores if s.ad_id in ("t01", "t02", "t30")}
    assert all(
        link.ads >= 1 and "•" in link.masked for links in phone_links.values() for link in links
    )
    assert {link.hash for link in phone_links["t01"]} & {link.hash for link in phone_links["t02"]}
    assert all("•" in c.masked for s in scores for c in s.contacts)


def test_score_ads_marks_obscured_contacts_masked(fitted_model):
    ad = Ad(ad_id="o1", body="Call seven oh two 555 oh one four three tonight", country="US")
    (score,) = score_ads(fitted_model, [ad], ScoreSettings())
    obscured = [e for e in score.evidence if e.indicator == "obscured_contact"]
    assert obscured and obscured[0].grade == "validated"
    assert "seven" not in obscured[0].text and "•" in obscured[0].text


def test_band_for_thresholds():
    settings = ScoreSettings(medium_from=0.4, high_from=0.7)
    assert [band_for(r, settings) for r in (0.1, 0.4, 0.69, 0.7, 1.0)] == [
        "low",
        "medium",
        "medium",
        "high",
        "high",
    ]


def test_ad_view_masks_contacts_and_moves_evidence_onto_the_masked_text(fitted_model):
    ad = Ad(
        ad_id="v1",
        title="New girl",
        body="Call seven oh two 555 oh one four three. Passport kept by agency, no experience.",
        country="US",
        location="Reno",
    )
    frame = ads_to_frame([ad], hash_key=fitted_model.hash_key, default_region="US")
    (score,) = score_frame(fitted_model, frame, ScoreSettings(), fitted_model.pipeline)
    view = ad_view(next(frame.itertuples()), score.evidence)
    assert "seven" not in view.text and "•" in view.text and view.location == "Reno"
    assert [e.indicator for e in view.evidence] == [e.indicator for e in score.evidence]
    for shown, original in zip(view.evidence, score.evidence, strict=True):
        if shown.indicator == "obscured_contact":
            assert view.text[shown.start : shown.end] == shown.text
        else:
            assert (
                view.text[shown.start : shown.end]
                == frame.text.iat[0][original.start : original.end]
            )
