"""Online scoring: reuse counted against the store, and the same as batch linkage."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from fastapi.testclient import TestClient

from models.build import transform_features, with_batch_linkage, with_linked_reuse
from models.explain import risks
from pipeline.frame import ads_to_frame
from pipeline.schema import Ad
from pipeline.score import score_ads, score_frame
from pipeline.settings import ScoreSettings, ServeSettings, Settings
from serve.app import create_app, get_model_loader, get_settings
from serve.online import check_store, score_online
from serve.store import StoreError, open_store

PHONE = "Call 415 555 0199 tonight"
TEMPLATE = (
    "Hello gentlemen, my name is {name} and I am visiting your lovely city this week only. "
    "I offer a relaxing massage in a clean private studio with parking and a shower. "
    "Discretion guaranteed, no rush, friendly and open minded. Ask about our specials for "
    "new clients and regulars alike. Text me first, no withheld numbers, no explicit talk."
)


def _ad(ad_id: str, body: str, **fields) -> dict:
    return {"ad_id": ad_id, "title": "Massage", "body": body, "country": "US", **fields}


def _client(fitted_model, tmp_path, store: str | None = None) -> TestClient:
    settings = Settings(
        serve=ServeSettings(
            audit_log=tmp_path / "audit.jsonl",
            store=store or f"sqlite:///{tmp_path / 'reuse.db'}",
        )
    )
    app = create_app()
    app.dependency_overrides[get_settings] = lambda: settings
    app.dependency_overrides[get_model_loader] = lambda: lambda s: fitted_model
    return TestClient(app, client=("127.0.0.1", 5000))


def _contact_ads(score: dict) -> list[int]:
    return [c["ads"] for c in score["linkage"]["contacts"]]


def test_an_ad_sharing_a_phone_with_an_earlier_ad_counts_it(fitted_model, tmp_path):
    with _client(fitted_model, tmp_path) as client:
        first = client.post("/v1/score", json=_ad("s1", f"Quiet studio. {PHONE}")).json()
        second = client.post("/v1/score", json=_ad("s2", f"New here, ask me. {PHONE}")).json()
        again = client.post("/v1/score", json=_ad("s2", f"New here, ask me. {PHONE}")).json()
    assert _contact_ads(first) == [0] and _contact_ads(second) == [1]
    # Rescoring an ad replaces it in the store: it is neither counted twice nor by itself.
    assert _contact_ads(again) == [1]
    assert second["linkage"]["contacts"][0]["hash"] == first["linkage"]["contacts"][0]["hash"]


def test_a_near_copy_of_an_earlier_ad_joins_its_template(fitted_model, tmp_path):
    with _client(fitted_model, tmp_path) as client:
        first = client.post("/v1/score", json=_ad("c1", TEMPLATE.format(name="Anna"))).json()
        second = client.post("/v1/score", json=_ad("c2", TEMPLATE.format(name="Maria"))).json()
    assert first["linkage"]["template_size"] == 1
    assert second["linkage"]["template_size"] == 2
    assert second["linkage"]["template_cluster"] is not None


def test_a_batch_links_its_ads_to_each_other_and_to_the_store(fitted_model, tmp_path):
    ads = [_ad(f"b{i}", f"Room {i}. {PHONE}") for i in range(3)]
    with _client(fitted_model, tmp_path) as client:
        batch = client.post("/v1/score/batch", json={"ads": ads}).json()["scores"]
        later = client.post("/v1/score", json=_ad("b9", PHONE)).json()
    assert [_contact_ads(s) for s in batch] == [[2], [2], [2]]
    assert _contact_ads(later) == [3]


def test_the_store_holds_no_text_and_no_raw_contact(fitted_model, tmp_path):
    with _client(fitted_model, tmp_path) as client:
        client.post("/v1/score", json=_ad("p1", TEMPLATE.format(name="Anna") + " " + PHONE))
    stored = "\n".join(sqlite3.connect(tmp_path / "reuse.db").iterdump())
    raw = (tmp_path / "reuse.db").read_bytes()
    for secret in ("Anna", "4155550199", "415 555 0199", "gentlemen", "p1"):
        assert secret not in stored and secret.encode() not in raw


def test_online_scores_equal_batch_linkage(fitted_model, tmp_path, ads):
    """Scoring ads one request after another, through the store, gives the later ads what
    linking all of them as one batch gives them."""
    settings = ScoreSettings()
    fresh = [
        Ad(**{**ad.model_dump(exclude={"label", "label_ordinal"}), "ad_id": f"n{i}"})
        for i, ad in enumerate(ads[:12])
    ]
    store = open_store(f"sqlite:///{tmp_path / 'reuse.db'}")
    score_online(fitted_model, fresh[:8], settings, store)
    online = score_online(fitted_model, fresh[8:], settings, store)
    frame = ads_to_frame(fresh, hash_key=fitted_model.hash_key)
    linked = with_batch_linkage(fitted_model.pipeline, frame)
    batch = score_frame(fitted_model, frame, settings, linked)[8:]
    assert np.allclose([s.risk for s in online], [s.risk for s in batch])
    assert [s.linkage for s in online] == [s.linkage for s in batch]
    assert [s.reasons for s in online] == [s.reasons for s in batch]


@pytest.mark.parametrize("copies", [4])
def test_online_scores_with_stored_copies_equal_batch_linkage(fitted_model, tmp_path, ads, copies):
    """Ads reposted word for word under new ids, as a busy template fills the store (each
    text stored once, its copies linked through it), score as linking them all as one batch
    does, whether they come one at a time or together."""
    settings = ScoreSettings()
    fresh = [
        Ad(**{**ad.model_dump(exclude={"label", "label_ordinal"}), "ad_id": f"c{k}-{i}"})
        for k in range(copies)
        for i, ad in enumerate(ads[:6])
    ]
    store = open_store(f"sqlite:///{tmp_path / 'reuse.db'}")
    for i in range(len(fresh) - 6):
        score_online(fitted_model, fresh[i : i + 1], settings, store)
    assert store.counts()["template_sketches"] < store.counts()["sketched_ads"]
    online = score_online(fitted_model, fresh[-6:-3], settings, store)
    online += [score_online(fitted_model, [ad], settings, store)[0] for ad in fresh[-3:]]
    frame = ads_to_frame(fresh[:-3], hash_key=fitted_model.hash_key)
    batch = score_frame(
        fitted_model, frame, settings, with_batch_linkage(fitted_model.pipeline, frame)
    )
    for end in range(len(fresh) - 2, len(fresh) + 1):  # each ad with those scored before
        frame = ads_to_frame(fresh[:end], hash_key=fitted_model.hash_key)
        linked = with_batch_linkage(fitted_model.pipeline, frame)
        batch.append(score_frame(fitted_model, frame, settings, linked)[-1])
    batch = batch[-6:]
    assert [s.linkage for s in online] == [s.linkage for s in batch]
    assert [s.reasons for s in online] == [s.reasons for s in batch]
    assert np.allclose([s.risk for s in online], [s.risk for s in batch])


def test_a_single_ad_with_an_empty_store_scores_as_score_ads(fitted_model, tmp_path, ads):
    for i, ad in enumerate(ads[:6]):
        fresh = Ad(**{**ad.model_dump(exclude={"label", "label_ordinal"}), "ad_id": "solo"})
        store = open_store(f"sqlite:///{tmp_path / f'{i}.db'}")
        (online,) = score_online(fitted_model, [fresh], ScoreSettings(), store)
        (offline,) = score_ads(fitted_model, [fresh], ScoreSettings())
        assert online == offline


def test_a_store_filled_under_another_hash_key_is_refused(fitted_model, tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'reuse.db'}")
    store.check("hash_key_id", "0123456789abcdef")
    with pytest.raises(StoreError, match="hash_key_id"):
        check_store(store, fitted_model)
    with _client(fitted_model, tmp_path) as client:
        assert client.get("/readyz").status_code == 503
        assert client.post("/v1/score", json=_ad("r1", PHONE)).status_code == 503


def test_the_fast_feature_transform_equals_the_column_transformer(fitted_model, ads):
    frame = ads_to_frame(ads, hash_key=fitted_model.hash_key)
    expected = fitted_model.features.transform(frame)
    got = transform_features(fitted_model.features, frame)
    assert got.shape == expected.shape and abs(got - expected).max() == 0
    for row in range(3):  # one ad at a time, as the service scores it
        one = frame.iloc[row : row + 1]
        assert abs(transform_features(fitted_model.features, one) - expected[row]).max() == 0


def test_the_fast_risk_equals_the_calibrated_classifiers_own(fitted_model, ads):
    frame = ads_to_frame(ads, hash_key=fitted_model.hash_key)
    transformed = transform_features(fitted_model.features, frame)
    expected = fitted_model.classifier.predict_proba(transformed)[:, 1]
    assert np.array_equal(risks(fitted_model.classifier, transformed), expected)
    for row in range(3):  # one ad at a time, as the service scores it
        one = transformed[row : row + 1]
        assert risks(fitted_model.classifier, one)[0] == expected[row]


def test_linking_leaves_the_model_untouched_and_serves_one_frame(fitted_model, ads, tmp_path):
    steps = fitted_model.features.named_transformers_
    contacts, templates = steps["contacts"][0], steps["templates"][0]
    before = (len(contacts.ad_keys_), len(templates.keys_))
    fresh = [
        Ad(**{**a.model_dump(exclude={"label", "label_ordinal"}), "ad_id": f"u{i}"})
        for i, a in enumerate(ads[:5])
    ]
    store = open_store(f"sqlite:///{tmp_path / 'reuse.db'}")
    score_online(fitted_model, fresh, ScoreSettings(), store)
    score_online(fitted_model, fresh[:1], ScoreSettings(), store)
    assert (len(contacts.ad_keys_), len(templates.keys_)) == before
    frame = ads_to_frame(fresh, hash_key=fitted_model.hash_key)
    with pytest.raises(ValueError, match="linked for 5 ads"):
        contacts.linked(frame).transform(frame.iloc[:2])
    with pytest.raises(ValueError, match="can be linked"):
        with_linked_reuse(fitted_model.pipeline, {"words": object()})
