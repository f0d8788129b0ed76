import pickle

import numpy as np
import pandas as pd
import pytest
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.compose import ColumnTransformer

from features.templates import (
    FEATURES,
    TemplateReuse,
    _fmix32,
    _minhash,
    mask_sentences,
    sentence_keys,
    summarise_template,
)

SERVICE = (
    "Hi gentlemen, I'm {name}, {age} years old and new in {city}. Sweet and discreet "
    "companion with a warm smile, available day and night for incall and outcall. Relaxing "
    "massage and good company guaranteed. Call or text {phone} to book your time with me today."
)
RECRUITMENT = (
    "Work abroad in {city} for young women, no experience needed and we train you. Flights "
    "and visa are arranged by the agency and housing is provided near the club. Earn up to "
    "{price} euro a month, paid weekly in cash. Send your photos on WhatsApp {phone} today."
)
ROOM = (
    "Bright double room in a quiet shared flat near the station, bills included, "
    "{price} a month, call {phone}."
)
CAR = (
    "Selling my reliable family car with full service history and new tyres, one careful "
    "owner, first to see will buy, {price} or near offer, text {phone}."
)
FOOTER = (
    "Posted on citypages: never pay anyone in advance, never send copies of your "
    "passport or other documents, never meet anyone alone in a place you do not know, "
    "and report suspicious ads to the citypages moderators at once."
)
SECRET = "Sweet and discreet companion with a warm smile"

PEOPLE = [
    ("Kira", 23, "Leeds", "07700 900123"),
    ("Mia", 25, "York", "07700 900456"),
    ("Jade", 21, "Hull", "+44 7700 900789"),
    ("Lola", 27, "Bath", "07700-900-111"),
]


def _frame(rows: list[tuple[str, str, str, str, str]]) -> pd.DataFrame:
    """An ad frame with the columns TemplateReuse reads: (ad_id, text, site, city, poster)."""
    return pd.DataFrame(rows, columns=["ad_id", "text", "site", "location", "poster"])


def _corpus() -> pd.DataFrame:
    rows = []
    for i, (name, age, city, phone) in enumerate(PEOPLE):
        rows.append(
            (
                f"s{i}",
                SERVICE.format(name=name, age=age, city=city, phone=phone),
                "nightpages" if i % 2 else "velvet",
                city,
                f"poster{i % 2}",
            )
        )
    for i, (city, price) in enumerate(
        [("Dubai", "3,000"), ("Berlin", "2 500"), ("Madrid", "4000")]
    ):
        rows.append(
            (
                f"r{i}",
                RECRUITMENT.format(city=city, price=price, phone=f"+34 6{i}0 1"),
                "jobbridge",
                city,
                "jobs",
            )
        )
    rows.append(
        ("room", ROOM.format(price="£650", phone="07700 900222"), "listcrowd", "Leeds", "landlord")
    )
    rows.append(
        ("car", CAR.format(price="£2,400", phone="07700 900333"), "listcrowd", "York", "seller")
    )
    return _frame(rows)


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return _corpus()


@pytest.fixture(scope="module")
def fitted(corpus) -> TemplateReuse:
    return TemplateReuse().fit(corpus)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call me: 07700 900123 now.", ["call me \x01 now"]),
        ("Hi, I'm Kira from Los Angeles! See you", ["hi i'm \x01 from \x01", "see you"]),
        ("mail kira@example.com or www.site.example/x", ["mail \x01 or \x01"]),
        ("snap @kira_xo. text seven 0 two five", ["snap \x01", "text \x01"]),
        ("one hour for 200$", ["one hour for \x01"]),
        ("WHATSAPP ONLY", ["whatsapp only"]),
    ],
)
def test_sentence_keys_masks_contacts_numbers_and_names(text, expected):
    assert sentence_keys(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_mask_sentences_agrees_with_sentence_keys(text):
    assert [" ".join(keys) for keys, _ in mask_sentences(text)] == sentence_keys(text)


@pytest.mark.parametrize(("num_perm", "seed"), [(16, 1), (128, 7)])
def test_minhash_equals_datasketch(num_perm, seed):
    hashes = np.array([3, 1_000_003, 77, 2**31 + 5, 12_345], dtype=np.uint32)
    reference = MinHash(num_perm=num_perm, seed=seed, hashfunc=int)
    reference.update_batch(hashes.tolist())
    signature = _minhash(np.sort(_fmix32(hashes)), np.array([0]), num_perm, seed)
    assert np.array_equal(signature[0], reference.hashvalues)


@pytest.mark.parametrize(
    ("ad_id", "size", "cities", "sites", "posters"),
    [("s0", 3, 3, 2, 2), ("s1", 3, 3, 2, 2), ("r0", 2, 2, 1, 1), ("room", 0, 0, 0, 0)],
)
def test_template_reuse_counts_other_ads_in_the_cluster(
    corpus, fitted, ad_id, size, cities, sites, posters
):
    row = fitted.transform(corpus).loc[corpus["ad_id"] == ad_id].iloc[0]
    assert (
        row["template_size"],
        row["template_cities"],
        row["template_sites"],
        row["template_posters"],
    ) == (size, cities, sites, posters)


@pytest.mark.parametrize("person", [("Zoe", 30, "Derby", "07700 900999")])
def test_template_reuse_new_ad_counts_the_cluster_it_joins(corpus, fitted, person):
    name, age, city, phone = person
    new = _frame(
        [
            (
                "new",
                SERVICE.format(name=name, age=age, city=city, phone=phone),
                "velvet",
                city,
                "someone",
            )
        ]
    )
    features = fitted.transform(new).iloc[0]
    assert features["template_size"] == 4
    assert features["template_cities"] == 4
    cluster = fitted.template_ids(corpus).set_index(corpus["ad_id"])["template_cluster"]
    assert fitted.template_ids(new)["template_cluster"].iloc[0] == cluster["s0"]
    assert fitted.template_ids(new)["template_size"].iloc[0] == 5


@pytest.mark.parametrize("text", [ROOM.format(price="£700", phone="0113 496 0000")])
def test_template_reuse_lone_ad_counts_zero(text):
    one = _frame([("lone", text, "listcrowd", "Leeds", "p")])
    features = TemplateReuse().fit(one).transform(one)
    assert (features.to_numpy() == 0).all()


@pytest.mark.parametrize(("share", "linked"), [(0.5, False), (1.01, True)])
def test_template_reuse_drops_site_boilerplate(share, linked):
    # Short, unrelated ads that share only a long site footer.
    bodies = [
        "Room to let, call 0113 496 0001.",
        "Kittens for sale, text 0113 496 0002.",
        "Guitar lessons, ring 0113 496 0003.",
        "Bike for sale, call 0113 496 0004.",
    ]
    ads = _frame(
        [
            (f"a{i}", f"{body}\n{FOOTER}", "citypages", "Leeds", f"p{i}")
            for i, body in enumerate(bodies)
        ]
    )
    model = TemplateReuse(boilerplate_share=share, boilerplate_min_ads=2).fit(ads)
    assert bool(model.boilerplate_) is not linked
    assert bool((model.transform(ads)["template_size"] == 3).all()) is linked
    summary = model.summarise(ads)
    assert ("moderators" in summary["template"].str.cat()) is linked


@pytest.mark.parametrize(("posters", "generic"), [(12, True), (6, False)])
def test_template_reuse_treats_a_template_of_many_posters_as_generic(corpus, posters, generic):
    # One text posted under many unrelated accounts is common wording, not an operator's
    # template: it must not count as reuse, nor group those ads for analysts.
    shared = _frame(
        [
            (
                f"g{i}",
                CAR.format(price=f"£{i},000", phone=f"0{i}"),
                "listcrowd",
                f"town{i}",
                f"seller{i}",
            )
            for i in range(posters)
        ]
    )
    shared["text"] = shared["text"] + " " + ROOM.format(price="x", phone="y")
    ads = pd.concat([corpus, shared], ignore_index=True)
    # Three clusters are too few for quartiles to place the fence: the floor decides.
    model = TemplateReuse(generic_fence=0.0).fit(ads)
    features = model.transform(ads).set_index(ads["ad_id"])
    assert features.loc["g0", "template_generic"] == generic
    # The corpus's own car ad is a copy of the template too.
    assert features.loc["g0", "template_size"] == (0 if generic else posters)
    assert features.loc["s0", "template_size"] == 3
    ids = model.template_ids(ads)["template_cluster"]
    assert ids.iloc[len(corpus) :].nunique() == (posters if generic else 1)
    new = shared.iloc[[0]].assign(ad_id="new", poster="someone")
    assert model.transform(new)["template_generic"].iloc[0] == generic


def test_tables_kept_for_indexed_ads_score_them_alike_and_refuse_others(corpus):
    full = TemplateReuse().fit(corpus)
    kept = TemplateReuse().fit(corpus).for_indexed_ads_only()
    pd.testing.assert_frame_equal(kept.transform(corpus), full.transform(corpus))
    pd.testing.assert_frame_equal(kept.template_ids(corpus), full.template_ids(corpus))
    kept.add(corpus.iloc[:3])  # ads already indexed are skipped, as ever
    new = corpus.iloc[[0]].assign(ad_id="new")
    with pytest.raises(ValueError, match="cannot link other ads"):
        kept.transform(new)
    with pytest.raises(ValueError, match="cannot link other ads"):
        kept.add(new)
    assert len(pickle.dumps(kept)) < len(pickle.dumps(full))


@pytest.mark.parametrize("split", [1, 5, 9])
def test_template_reuse_incremental_equals_batch(corpus, split):
    batch = TemplateReuse().fit(corpus)
    incremental = TemplateReuse().fit(corpus.iloc[:split]).add(corpus.iloc[split:])
    incremental.add(corpus.iloc[:3])  # ads already indexed are skipped
    pd.testing.assert_frame_equal(batch.transform(corpus), incremental.transform(corpus))
    pd.testing.assert_frame_equal(batch.template_ids(corpus), incremental.template_ids(corpus))
    order = np.argsort(batch.keys_)
    other = np.argsort(incremental.keys_)
    assert np.array_equal(batch.keys_[order], incremental.keys_[other])
    assert np.array_equal(batch.clusters_[order], incremental.clusters_[other])
    assert np.array_equal(batch.min_keys_, incremental.min_keys_)
    for column, values in batch.values_.items():
        pd.testing.assert_frame_equal(values, incremental.values_[column])


@pytest.mark.parametrize("copies", [3])
def test_template_reuse_linked_with_stored_copies_equals_add(corpus, copies):
    """Word-for-word copies among the stored ads (one sketch, many ads, as a busy template
    fills the service's store) link as `add` links them: same features, same ids."""
    first, rest = corpus.iloc[:2], corpus.iloc[2:].reset_index(drop=True)
    stored = pd.concat(
        [rest.assign(ad_id=[f"{ad}-{k}" for ad in rest["ad_id"]]) for k in range(copies)],
        ignore_index=True,
    )
    request = pd.concat([rest.iloc[:3], corpus.iloc[:1]], ignore_index=True)
    request = request.assign(ad_id=[*(f"{ad}-new" for ad in request["ad_id"][:3]), "s0"])
    fitted = TemplateReuse().fit(first)
    linked = fitted.linked(request, fitted.template_keys(stored))
    added = TemplateReuse().fit(first).add(stored).add(request)
    pd.testing.assert_frame_equal(linked.transform(request), added.transform(request))
    pd.testing.assert_frame_equal(linked.template_ids(request), added.template_ids(request))


def test_template_reuse_add_keys_equals_add(corpus):
    """Keys computed elsewhere (batch workers) index the ads exactly as `add` does, and an
    ad already indexed, or given twice, is indexed once."""
    rest = corpus.iloc[4:].reset_index(drop=True)
    plain = TemplateReuse().fit(corpus.iloc[:4]).add(rest)
    given = TemplateReuse().fit(corpus.iloc[:4])
    keys = given.template_keys(rest)
    given.add_keys(keys.take(np.arange(len(rest) // 2)))
    given.add_keys(keys)
    assert np.array_equal(plain.keys_, given.keys_)
    assert np.array_equal(plain.clusters_, given.clusters_)
    pd.testing.assert_frame_equal(plain.transform(corpus), given.transform(corpus))
    pd.testing.assert_frame_equal(plain.template_ids(corpus), given.template_ids(corpus))


@pytest.mark.parametrize("seed", [0, 1])
def test_template_reuse_ids_do_not_depend_on_order(corpus, seed):
    shuffled = corpus.sample(frac=1.0, random_state=seed)
    ids = TemplateReuse().fit(shuffled).template_ids(corpus)
    pd.testing.assert_frame_equal(ids, TemplateReuse().fit(corpus).template_ids(corpus))


@pytest.mark.parametrize("min_share", [0.5])
def test_summarise_template_keeps_shared_words_and_slots(min_share):
    texts = [SERVICE.format(name=n, age=a, city=c, phone=p) for n, a, c, p in PEOPLE]
    texts[1] = texts[1].replace("Relaxing massage", "Sensual massage")
    summary = summarise_template(texts, min_share=min_share).splitlines()
    assert summary[0] == "Hi gentlemen I'm [SLOT] years old and new in [SLOT]"
    assert summary[2] == "Relaxing massage and good company guaranteed"
    assert summary[3] == "Call or text [SLOT] to book your time with me today"


@pytest.mark.parametrize("min_ads", [2])
def test_template_reuse_summarise_lists_clusters(corpus, fitted, min_ads):
    summary = fitted.summarise(corpus, min_ads=min_ads)
    assert summary["ads"].tolist() == [4, 3]
    assert summary["template"].iloc[1].startswith("Work abroad in [SLOT] for young women")


# --- the transformer contract -------------------------------------------------------------


@pytest.mark.parametrize("params", [{}, {"num_perm": 64, "bands": 16, "min_shared": 10}])
def test_template_reuse_clone_round_trips_and_fit_returns_self(corpus, params):
    model = TemplateReuse(**params)
    assert clone(model).get_params() == model.get_params()
    assert model.fit(corpus) is model


@pytest.mark.parametrize("rows", [slice(None), slice(0, 1)])
def test_template_reuse_columns_equal_feature_names(corpus, fitted, rows):
    features = fitted.transform(corpus.iloc[rows])
    assert list(features.columns) == list(fitted.get_feature_names_out()) == list(FEATURES)
    assert features.index.equals(corpus.iloc[rows].index)


@pytest.mark.parametrize("rows", [slice(None), slice(2, 3)])
def test_template_reuse_pickle_round_trips(corpus, fitted, rows):
    restored = pickle.loads(pickle.dumps(fitted))
    pd.testing.assert_frame_equal(
        restored.transform(corpus.iloc[rows]), fitted.transform(corpus.iloc[rows])
    )
    new = _frame(
        [
            (
                "new",
                SERVICE.format(name="Zoe", age=30, city="Derby", phone="1"),
                "velvet",
                "Derby",
                "x",
            )
        ]
    )
    pd.testing.assert_frame_equal(restored.transform(new), fitted.transform(new))


@pytest.mark.parametrize("row", [0, 4])
def test_template_reuse_one_row_frame_works(corpus, row):
    one = corpus.iloc[[row]]
    features = TemplateReuse().fit(one).transform(one)
    assert features.shape == (1, len(FEATURES))


@pytest.mark.parametrize("repeats", [2])
def test_template_reuse_output_is_deterministic(corpus, repeats):
    outputs = [TemplateReuse().fit(corpus).transform(corpus) for _ in range(repeats)]
    for output in outputs[1:]:
        pd.testing.assert_frame_equal(output, outputs[0])


@pytest.mark.parametrize("secret", [SECRET, "warm smile", "Leeds"])
def test_template_reuse_pickle_holds_no_ad_text(corpus, fitted, secret):
    data = pickle.dumps(fitted)
    assert secret.encode("utf-8") not in data
    assert secret.lower().encode("utf-8") not in data


@pytest.mark.parametrize("missing", ["text", "site"])
def test_template_reuse_rejects_a_frame_without_its_columns(corpus, missing):
    with pytest.raises(ValueError, match=missing):
        TemplateReuse().fit(corpus.drop(columns=missing))


@pytest.mark.parametrize("columns", [["ad_id", "text", "site", "location", "poster"]])
def test_template_reuse_plugs_into_a_column_transformer(corpus, columns):
    features = ColumnTransformer([("templates", TemplateReuse(), columns)])
    features.set_output(transform="pandas")
    out = features.fit_transform(corpus)
    assert list(out.columns) == [f"templates__{name}" for name in FEATURES]


@pytest.mark.parametrize("block", [1, 7, 1 << 20])
def test_minhash_of_several_ads_in_permutation_blocks_equals_datasketch(monkeypatch, block):
    import features.templates as templates

    monkeypatch.setattr(templates, "_MINHASH_BLOCK", block)
    rng = np.random.default_rng(3)
    ads = [
        np.unique(rng.integers(0, 2**32, n, dtype=np.uint64).astype(np.uint32)) for n in (1, 9, 40)
    ]
    mixed = np.concatenate([np.sort(_fmix32(hashes)) for hashes in ads])
    starts = np.cumsum([0] + [len(hashes) for hashes in ads[:-1]])
    signature = _minhash(mixed, starts, 128, 1)
    for row, hashes in enumerate(ads):
        reference = MinHash(num_perm=128, seed=1, hashfunc=int)
        reference.update_batch(hashes.tolist())
        assert np.array_equal(signature[row], reference.hashvalues)


def test_band_keys_mix_each_band_of_rows_in_order():
    from features.templates import _MIX, _band

    signature = np.random.default_rng(5).integers(0, 2**32, (6, 128), dtype=np.uint64)
    signature = signature.astype(np.uint32)
    keys = _band(signature, 32)
    assert keys.dtype == np.uint32 and keys.shape == (6, 32)
    for band in range(32):  # band by band, row by row: the definition
        key = [int(_MIX[7]) * (band + 1) % 2**64] * 6
        for r in range(4):
            column = signature[:, band * 4 + r].tolist()
            key = [(k ^ c) * int(_MIX[r % 7]) % 2**64 for k, c in zip(key, column, strict=True)]
        expected = [max((k ^ (k >> 32)) & 0xFFFFFFFF, 1) for k in key]
        assert keys[:, band].tolist() == expected
