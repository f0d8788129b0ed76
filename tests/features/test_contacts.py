import pickle

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.compose import ColumnTransformer

from features.contacts import (
    FEATURES,
    LONG_COLUMNS,
    ContactReuse,
    aggregate_contacts,
    contact_keys,
    contact_rows,
    join_clusters,
)
from features.templates import hash64
from pipeline.schema import Contact

PHONE, EMAIL, OTHER, HOTLINE = "a1" * 32, "b2" * 32, "c3" * 32, "f0" * 32


def _contact(kind: str, value: str) -> dict:
    return {"kind": kind, "hash": value}


def _frame(rows: list[tuple]) -> pd.DataFrame:
    """An ad frame: (ad_id, contacts, location, site, poster, posted_at)."""
    frame = pd.DataFrame(
        rows, columns=["ad_id", "contacts", "location", "site", "poster", "posted_at"]
    )
    return frame.assign(posted_at=pd.to_datetime(frame["posted_at"], utc=True), country="GB")


def _corpus() -> pd.DataFrame:
    return _frame(
        [
            ("a", (_contact("phone", PHONE),), "Leeds", "nightpages", "kira", "2025-01-01"),
            (
                "b",
                (_contact("phone", PHONE), _contact("email", EMAIL)),
                "York",
                "velvet",
                "kira",
                "2025-01-03",
            ),
            ("c", (_contact("email", EMAIL),), "York", "velvet", "mia", "2025-01-11"),
            ("d", (_contact("handle", OTHER),), "Hull", "listcrowd", "jo", "2025-02-01"),
            ("e", (), "Bath", "listcrowd", "sam", None),
        ]
    )


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return _corpus()


@pytest.fixture(scope="module")
def fitted(corpus) -> ContactReuse:
    return ContactReuse().fit(corpus)


def _generic_corpus(operators: int = 20) -> pd.DataFrame:
    """Operators with three ads and their own phone each; one ad of each also shows a
    hotline that every poster on the site uses."""
    rows = []
    for op in range(operators):
        for ad in range(3):
            contacts = [_contact("phone", f"{op:064x}")]
            if ad == 0:
                contacts.append(_contact("phone", HOTLINE))
            rows.append(
                (
                    f"op{op}-{ad}",
                    tuple(contacts),
                    f"city{op}",
                    "site",
                    f"poster{op}",
                    f"2025-01-{ad + 1:02d}",
                )
            )
    return _frame(rows)


@pytest.mark.parametrize(
    ("ad_id", "phone_ads", "phone_cities", "email_ads", "any_ads", "operator_size"),
    [
        ("a", 1, 1, 0, 1, 2),
        ("b", 1, 1, 1, 1, 2),
        ("c", 0, 0, 1, 1, 2),
        ("d", 0, 0, 0, 0, 0),
        ("e", 0, 0, 0, 0, 0),
    ],
)
def test_contact_reuse_counts_other_ads(
    corpus, fitted, ad_id, phone_ads, phone_cities, email_ads, any_ads, operator_size
):
    row = fitted.transform(corpus).set_index(corpus["ad_id"]).loc[ad_id]
    assert (
        row["phone_ads"],
        row["phone_cities"],
        row["email_ads"],
        row["any_contact_ads"],
        row["operator_size"],
    ) == (phone_ads, phone_cities, email_ads, any_ads, operator_size)


@pytest.mark.parametrize(("ad_id", "contacts"), [("b", 2), ("e", 0)])
def test_contact_reuse_counts_the_ads_contacts(corpus, fitted, ad_id, contacts):
    row = fitted.transform(corpus).set_index(corpus["ad_id"]).loc[ad_id]
    assert row["contact_count"] == contacts


@pytest.mark.parametrize(
    ("contacts", "span", "rate"),
    [
        ((_contact("phone", PHONE),), 2.0, 1.0),
        ((_contact("email", EMAIL),), 8.0, 0.25),
        ((_contact("handle", OTHER),), 0.0, 1.0),
    ],
)
def test_contact_reuse_span_and_rate_cover_other_ads(fitted, contacts, span, rate):
    new = _frame([("new", contacts, "Derby", "velvet", "zoe", "2025-03-01")])
    row = fitted.transform(new).iloc[0]
    assert row["contact_span_days"] == pytest.approx(span)
    assert row["contact_rate"] == pytest.approx(rate)


@pytest.mark.parametrize(("ad_id", "span"), [("a", 0.0), ("b", 0.0)])
def test_contact_reuse_span_leaves_out_the_ad_itself(corpus, fitted, ad_id, span):
    row = fitted.transform(corpus).set_index(corpus["ad_id"]).loc[ad_id]
    assert row["contact_span_days"] == span


@pytest.mark.parametrize(
    ("contacts", "phone_ads", "operator_size"),
    [((_contact("phone", PHONE),), 2, 3), ((_contact("phone", "9" * 64),), 0, 0), ((), 0, 0)],
)
def test_contact_reuse_new_ad_counts_every_learned_ad(fitted, contacts, phone_ads, operator_size):
    new = _frame([("new", contacts, "Derby", "velvet", "zoe", "2025-03-01")])
    row = fitted.transform(new).iloc[0]
    assert (row["phone_ads"], row["operator_size"]) == (phone_ads, operator_size)


@pytest.mark.parametrize("contacts", [(_contact("phone", PHONE),)])
def test_contact_reuse_lone_ad_counts_zero(contacts):
    one = _frame([("lone", contacts, "Leeds", "site", "p", "2025-01-01")])
    features = ContactReuse().fit(one).transform(one)
    assert (features.drop(columns="contact_count").to_numpy() == 0).all()
    assert features["contact_count"].iloc[0] == len(contacts)


@pytest.mark.parametrize(
    ("ad_id", "expected"),
    [("b", [("phone", PHONE, 1, 1, 1), ("email", EMAIL, 1, 1, 1)]), ("e", [])],
)
def test_contact_reuse_linkage_lists_each_contact(corpus, fitted, ad_id, expected):
    linkage = fitted.contact_linkage(corpus)
    rows = linkage[linkage["ad_id"] == ad_id]
    assert (
        list(rows[["kind", "hash", "ads", "cities", "sites"]].itertuples(index=False, name=None))
        == expected
    )


@pytest.mark.parametrize("operators", [12, 20])
def test_contact_reuse_keeps_generic_contacts_out_of_operators(operators):
    ads = _generic_corpus(operators)
    model = ContactReuse().fit(ads)
    table = model.contacts_.set_index("key")
    assert table["generic"].sum() == 1
    assert table.loc[table["generic"], "posters"].iloc[0] == operators
    assert model.largest_operator_share_ == pytest.approx(3 / len(ads))
    features = model.transform(ads).set_index(ads["ad_id"])
    assert features.loc["op0-0", "generic_contact"] == 1
    assert features.loc["op0-1", "generic_contact"] == 0
    assert features["any_contact_ads"].max() == 2
    assert (features["operator_size"] == 2).all()
    assert model.operator_ids(ads)["operator_cluster"].nunique() == operators


@pytest.mark.parametrize("operators", [5])
def test_contact_reuse_floors_keep_small_corpora_specific(operators):
    # Five posters sharing a number is below the floors: they stay linked.
    model = ContactReuse().fit(_generic_corpus(operators))
    assert not model.contacts_["generic"].any()
    assert model.largest_operator_share_ == 1.0


@pytest.mark.parametrize("split", [1, 3, 4])
def test_contact_reuse_incremental_equals_batch(split):
    ads = pd.concat([_corpus(), _generic_corpus(12)], ignore_index=True)
    batch = ContactReuse().fit(ads)
    incremental = ContactReuse().fit(ads.iloc[:split]).add(ads.iloc[split:])
    incremental.add(ads.iloc[:2])  # ads already learned are skipped
    pd.testing.assert_frame_equal(batch.transform(ads), incremental.transform(ads))
    pd.testing.assert_frame_equal(batch.operator_ids(ads), incremental.operator_ids(ads))
    pd.testing.assert_frame_equal(batch.contacts_, incremental.contacts_)
    for column, values in batch.values_.items():
        pd.testing.assert_frame_equal(values, incremental.values_[column])
    assert batch.generic_limits_ == incremental.generic_limits_


def test_contact_reuse_add_keys_equals_add():
    """Keys computed elsewhere (batch workers) are learned as `add` learns the frame; an ad
    given twice, or already learned, is learned once."""
    ads = pd.concat([_corpus(), _generic_corpus(12)], ignore_index=True)
    plain = ContactReuse().fit(ads.iloc[:3]).add(ads.iloc[3:])
    rest = pd.concat([ads.iloc[2:], ads.iloc[[5]]], ignore_index=True)
    given = ContactReuse().fit(ads.iloc[:3]).add_keys(hash64(rest["ad_id"]), contact_keys(rest))
    pd.testing.assert_frame_equal(plain.transform(ads), given.transform(ads))
    pd.testing.assert_frame_equal(plain.contacts_, given.contacts_)
    pd.testing.assert_frame_equal(plain.links_, given.links_)
    assert np.array_equal(plain.operators_, given.operators_)


@pytest.mark.parametrize("seed", [0, 1])
def test_contact_reuse_operator_ids_do_not_depend_on_order(corpus, seed):
    shuffled = corpus.sample(frac=1.0, random_state=seed)
    ids = ContactReuse().fit(shuffled).operator_ids(corpus)
    expected = ContactReuse().fit(corpus).operator_ids(corpus)
    pd.testing.assert_frame_equal(ids, expected)
    assert ids["operator_cluster"].iloc[0] == ids["operator_cluster"].iloc[2]


@pytest.mark.parametrize(
    "contact", [_contact("phone", PHONE), Contact(kind="phone", hash=PHONE, masked="•••")]
)
def test_contact_rows_read_dicts_and_contacts(corpus, contact):
    ads = corpus.iloc[:1].assign(contacts=[(contact, contact)])
    long = contact_rows(ads)
    assert list(long.columns) == list(LONG_COLUMNS)
    assert long[["ad_id", "kind", "hash"]].values.tolist() == [["a", "phone", PHONE]]


@pytest.mark.parametrize(
    ("kind", "value", "ads", "cities", "span"),
    [("phone", PHONE, 2, 2, 2.0), ("email", EMAIL, 2, 1, 8.0)],
)
def test_aggregate_contacts_groups_by_contact(corpus, kind, value, ads, cities, span):
    table = aggregate_contacts(contact_rows(corpus)).set_index(["kind", "hash"])
    row = table.loc[(kind, value)]
    assert (row["ads"], row["cities"], row["span_days"]) == (ads, cities, span)


@pytest.mark.parametrize("column", ["ads", "cities", "sites", "posters", "countries"])
def test_aggregate_contacts_matches_the_learned_table(corpus, fitted, column):
    # The group-bys a distributed job runs give the counts the transformer learned.
    table = aggregate_contacts(contact_rows(corpus))
    table.index = hash64([f"{k}:{h}" for k, h in zip(table["kind"], table["hash"], strict=True)])
    learned = fitted.contacts_.set_index("key")[column]
    assert table[column].sort_index().tolist() == learned.sort_index().tolist()


@pytest.mark.parametrize(
    ("labellings", "expected"),
    [
        ((["a", "a", "b", "c"], ["x", "y", "y", "z"]), ["a", "a", "a", "c"]),
        ((["p", "q"],), ["p", "q"]),
    ],
)
def test_join_clusters_links_ads_sharing_any_cluster(labellings, expected):
    assert join_clusters(*labellings) == expected


# --- the transformer contract -------------------------------------------------------------


@pytest.mark.parametrize("params", [{}, {"generic_fence": 1.5, "generic_min_posters": 3}])
def test_contact_reuse_clone_round_trips_and_fit_returns_self(corpus, params):
    model = ContactReuse(**params)
    assert clone(model).get_params() == model.get_params()
    assert model.fit(corpus) is model


@pytest.mark.parametrize("rows", [slice(None), slice(1, 2)])
def test_contact_reuse_columns_equal_feature_names(corpus, fitted, rows):
    features = fitted.transform(corpus.iloc[rows])
    assert list(features.columns) == list(fitted.get_feature_names_out()) == list(FEATURES)
    assert features.index.equals(corpus.iloc[rows].index)


@pytest.mark.parametrize("rows", [slice(None), slice(3, 5)])
def test_contact_reuse_pickle_round_trips(corpus, fitted, rows):
    restored = pickle.loads(pickle.dumps(fitted))
    pd.testing.assert_frame_equal(
        restored.transform(corpus.iloc[rows]), fitted.transform(corpus.iloc[rows])
    )


@pytest.mark.parametrize("row", [0, 4])
def test_contact_reuse_one_row_frame_works(corpus, row):
    one = corpus.iloc[[row]]
    features = ContactReuse().fit(one).transform(one)
    assert features.shape == (1, len(FEATURES))


@pytest.mark.parametrize("repeats", [2])
def test_contact_reuse_output_is_deterministic(corpus, repeats):
    outputs = [ContactReuse().fit(corpus).transform(corpus) for _ in range(repeats)]
    for output in outputs[1:]:
        pd.testing.assert_frame_equal(output, outputs[0])


@pytest.mark.parametrize("secret", [PHONE, "kira", "Leeds", "nightpages"])
def test_contact_reuse_pickle_holds_no_raw_values(fitted, secret):
    assert secret.encode("utf-8") not in pickle.dumps(fitted)


@pytest.mark.parametrize("missing", ["contacts", "posted_at"])
def test_contact_reuse_rejects_a_frame_without_its_columns(corpus, missing):
    with pytest.raises(ValueError, match=missing):
        ContactReuse().fit(corpus.drop(columns=missing))


@pytest.mark.parametrize("kind", ["fax"])
def test_contact_rows_reject_an_unknown_kind(corpus, kind):
    with pytest.raises(ValueError, match=kind):
        contact_rows(corpus.assign(contacts=[({"kind": kind, "hash": "00"},)] * len(corpus)))


def test_contact_reuse_features_are_finite(corpus, fitted):
    assert np.isfinite(fitted.transform(corpus).to_numpy()).all()


@pytest.mark.parametrize(
    "columns", [["ad_id", "contacts", "location", "site", "poster", "posted_at", "country"]]
)
def test_contact_reuse_plugs_into_a_column_transformer(corpus, columns):
    features = ColumnTransformer([("contacts", ContactReuse(), columns)])
    features.set_output(transform="pandas")
    out = features.fit_transform(corpus)
    assert list(out.columns) == [f"contacts__{name}" for name in FEATURES]


def test_first_pairs_are_the_first_position_of_each_pair_in_order():
    from features.contacts import _first_pairs

    rng = np.random.default_rng(0)
    ads = rng.integers(0, 5, 300).astype(np.uint64) * np.uint64(2**62)
    contacts = rng.integers(0, 4, 300).astype(np.uint64) + np.uint64(2**63)
    seen, expected = set(), []
    for i, pair in enumerate(zip(ads.tolist(), contacts.tolist(), strict=True)):
        if pair not in seen:
            seen.add(pair)
            expected.append(i)
    assert _first_pairs(ads, contacts).tolist() == expected
    assert _first_pairs(ads[:0], contacts[:0]).tolist() == []


@pytest.mark.parametrize(("size", "edges"), [(1, 0), (5, 0), (30, 20), (300, 250)])
def test_components_partition_nodes_as_scipy_does(size, edges):
    """`ContactReuse.linked`'s operator graph components, without scipy's set-up cost."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    from features.contacts import _components

    rng = np.random.default_rng(size)
    start, end = rng.integers(0, size, edges), rng.integers(0, size, edges)
    label = _components(size, start, end)
    graph = coo_matrix((np.ones(edges, dtype=np.int8), (start, end)), shape=(size, size))
    _, expected = connected_components(graph, directed=False)
    pairs = set(zip(label.tolist(), expected.tolist(), strict=True))
    assert len(pairs) == len(set(label.tolist())) == len(set(expected.tolist()))
