"""Contact reuse: ads linked through shared contact hashes, and the operators behind them.

An ad frame with a `contacts` column (per ad, a tuple of `{"kind", "hash"}` items, keyed
hashes computed in `pipeline/`) becomes a long frame of (ad, contact) rows. Group-bys over
that frame give, per contact, how many ads, cities, sites, posters and countries share it and
over what span of days; `ContactReuse` learns those tables in `fit` and, per ad, counts the
*other* ads behind each of its contacts.

Ads sharing a contact are linked; the connected components are operator clusters. A generic
contact (a site's own number, a hotline) would weld unrelated operators into one giant
component, so contacts whose ads come from implausibly many posters or places, or that are
far more common than the corpus's reused contacts, are flagged and left out of components
and counts (the ad's `generic_contact` feature says it carried one).

The fitted tables hold 64-bit hashes of contact hashes, ad ids and attribute values only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from features.linked import LinkedReuse
from features.templates import hash64

KINDS: tuple[str, ...] = ("phone", "email", "handle", "url")
LONG_COLUMNS: tuple[str, ...] = (
    "ad_id",
    "kind",
    "hash",
    "location",
    "site",
    "poster",
    "posted_at",
    "country",
)
REQUIRED_COLUMNS: tuple[str, ...] = (
    "ad_id",
    "contacts",
    "location",
    "site",
    "poster",
    "posted_at",
    "country",
)
# Per-contact distinct counts: table column → long-frame column.
ATTRIBUTES: dict[str, str] = {
    "cities": "location",
    "sites": "site",
    "posters": "poster",
    "countries": "country",
}
FEATURES: tuple[str, ...] = (
    *(f"{kind}_{stat}" for kind in KINDS for stat in ("ads", "cities")),
    "any_contact_ads",
    "contact_cities",
    "contact_sites",
    "contact_posters",
    "contact_countries",
    "contact_span_days",
    "contact_rate",
    "contact_count",
    "generic_contact",
    "operator_size",
    "operator_log_size",
)
_DAY = 86_400
# Per-contact columns whose maximum over an ad's contacts is a feature.
_BEST = {
    "other_ads": "any_contact_ads",
    "other_cities": "contact_cities",
    "other_sites": "contact_sites",
    "other_posters": "contact_posters",
    "other_countries": "contact_countries",
    "span_days": "contact_span_days",
    "rate": "contact_rate",
}
_NO_TIME = 1 << 62  # stands for "no date"; exact in float64, unlike the int64 maximum


def contact_rows(X: pd.DataFrame) -> pd.DataFrame:
    """The long frame: one row per (ad, distinct contact), with the ad's place, site,
    poster, country and posting time (`LONG_COLUMNS`)."""
    return _contact_rows(X).drop(columns="row")


def _contact_rows(X: pd.DataFrame) -> pd.DataFrame:
    _check_frame(X, ("ad_id", "contacts"))
    rows, kinds, hashes = _contact_pairs(X)
    long = pd.DataFrame(
        {"row": rows, "ad_id": X["ad_id"].to_numpy()[rows], "kind": kinds, "hash": hashes}
    )
    for column in ("location", "site", "poster", "country"):
        long[column] = X[column].to_numpy()[rows] if column in X else None
    posted = (
        pd.to_datetime(X["posted_at"], utc=True)
        if "posted_at" in X
        else pd.Series(pd.NaT, index=X.index, dtype="datetime64[ns, UTC]")
    )
    long["posted_at"] = posted.iloc[rows].reset_index(drop=True)
    return long.drop_duplicates(["row", "kind", "hash"], ignore_index=True)[["row", *LONG_COLUMNS]]


def _contact_pairs(X: pd.DataFrame) -> tuple[np.ndarray, list[str], list[str]]:
    """Row, kind and hash of each distinct contact of each ad of a frame."""
    rows, kinds, hashes = [], [], []
    for row, contacts in enumerate(X["contacts"].tolist()):
        if contacts is None or (isinstance(contacts, float) and np.isnan(contacts)):
            continue
        seen = set()
        for contact in contacts:
            kind, value = (
                (contact["kind"], contact["hash"])
                if isinstance(contact, dict)
                else (contact.kind, contact.hash)
            )
            if kind not in KINDS:
                raise ValueError(f"contact kind must be one of {KINDS}, got {kind!r}")
            if (kind, str(value)) not in seen:
                seen.add((kind, str(value)))
                rows.append(row)
                kinds.append(kind)
                hashes.append(str(value))
    return np.array(rows, dtype=np.int64), kinds, hashes


def aggregate_contacts(long: pd.DataFrame) -> pd.DataFrame:
    """Per contact, from a long frame: ads, distinct cities, sites, posters and countries,
    first and last seen and the span in days, by pandas group-bys (Dask runs the same)."""
    long = long.drop_duplicates(["ad_id", "kind", "hash"])
    table = long.groupby(["kind", "hash"], sort=True).agg(
        ads=("ad_id", "nunique"),
        **{name: (column, "nunique") for name, column in ATTRIBUTES.items()},
        first_seen=("posted_at", "min"),
        last_seen=("posted_at", "max"),
    )
    span = (table["last_seen"] - table["first_seen"]).dt.total_seconds() / _DAY
    return table.assign(span_days=span.fillna(0.0)).reset_index()


class ContactReuse(BaseEstimator, TransformerMixin):
    """Per-ad contact-reuse features: the *other* ads sharing each of the ad's contacts,
    aggregated as the maximum over its contacts, and the size of its operator cluster.

    A training ad does not count itself; a new ad counts everything learned, so both see
    the same definition and a lone ad has 0.

    Parameters:
        generic_fence: a contact is generic when its distinct posters, cities (locations)
            or ads lie beyond Tukey's fence `Q3 + generic_fence * IQR`, on a log scale, of
            the contacts seen in two or more ads (3 is Tukey's "far out"). Quartiles are
            not moved by a few extreme contacts, so a hotline in thousands of ads cannot
            raise its own limit, as it would a high quantile.
        generic_min_posters, generic_min_cities, generic_min_ads: floors under those
            limits, so a small corpus never calls a contact generic on a handful of ads. On
            the synthetic corpus an operation's phone reaches 7 posters, 40 locations and
            a few hundred ads, so the floors (10 posters, 10 cities, 50 ads) and fences
            (about 10, 60 and 300) leave operations alone and catch a site's own number.

    Fitted attributes:
        contacts_: per contact (sorted by `key`, a 64-bit hash of kind and contact hash):
            `kind`, `ads`, distinct `cities`/`sites`/`posters`/`countries`, the two earliest
            and two latest posting times (`first`, `first2`, `last`, `last2`, epoch
            seconds), `generic`.
        values_: per attribute, (contact key, value hash, ads) counts.
        ad_keys_: 64-bit hashes of the learned ads' ids; `operators_` aligns with it.
        links_: (ad row, contact key) pairs.
        generic_limits_: the posters, cities and ads limits in force.
        operator_sizes_, operator_min_keys_: ads per operator cluster and its smallest
            ad-id hash, which names it; `contact_operators_`: each contact's cluster (-1 if
            generic), aligned with `contacts_`.
        largest_operator_share_: the largest operator cluster's share of the learned ads.
    """

    def __init__(
        self,
        generic_fence: float = 3.0,
        generic_min_posters: int = 10,
        generic_min_cities: int = 10,
        generic_min_ads: int = 50,
    ) -> None:
        self.generic_fence = generic_fence
        self.generic_min_posters = generic_min_posters
        self.generic_min_cities = generic_min_cities
        self.generic_min_ads = generic_min_ads

    # --- fitting ------------------------------------------------------------------------

    def fit(self, X: pd.DataFrame, y=None) -> ContactReuse:
        """Learn the per-contact tables and operator clusters of the ads in `X`."""
        _check_frame(X, REQUIRED_COLUMNS)
        if self.generic_fence < 0:
            raise ValueError(f"generic_fence must not be negative, got {self.generic_fence}")
        self.ad_keys_ = np.zeros(0, dtype=np.uint64)
        self.links_ = pd.DataFrame(
            {"ad": np.zeros(0, dtype=np.int64), "contact": np.zeros(0, dtype=np.uint64)}
        )
        self.contacts_ = _empty_contacts()
        self.values_ = {column: _empty_values() for column in ATTRIBUTES.values()}
        self._learn(X)
        return self

    def add(self, X: pd.DataFrame) -> ContactReuse:
        """Learn more ads without refitting; ads already learned are skipped.

        `fit(A).add(B)` equals `fit(A + B)`.
        """
        check_is_fitted(self, "ad_keys_")
        _check_frame(X, REQUIRED_COLUMNS)
        self._learn(X)
        return self

    def add_keys(self, ads: np.ndarray, pairs: ContactKeys) -> ContactReuse:
        """Learn more ads given by their id hashes and their (ad, contact) pairs, whose
        `row` indexes `ads` (`contact_keys`, computed elsewhere: in parallel, a chunk at a
        time). `add(X)` equals `add_keys(hash64(X["ad_id"]), contact_keys(X))`."""
        check_is_fitted(self, "ad_keys_")
        _, first = np.unique(ads, return_index=True)
        new = np.sort(first)
        new = new[self._rows_of(ads[new]) < 0]
        if not len(new):
            return self
        n_old = len(self.ad_keys_)
        self.ad_keys_ = np.concatenate([self.ad_keys_, ads[new]])
        self.__dict__.pop("_ad_index", None)
        learned_row = np.full(len(ads), -1, dtype=np.int64)
        learned_row[new] = n_old + np.arange(len(new))
        pairs = pairs.take(learned_row[pairs.row] >= 0)
        long = _long(pairs).assign(ad=learned_row[pairs.row])
        self.links_ = pd.concat([self.links_, long[["ad", "contact"]]], ignore_index=True)
        self.contacts_ = _merge_contacts(self.contacts_, _summarise(long))
        for name, column in ATTRIBUTES.items():
            counts = long[long[column] != 0].groupby(["contact", column]).size()
            counts = counts.rename("ads").reset_index().rename(columns={column: "value"})
            merged = pd.concat([self.values_[column], counts])
            self.values_[column] = (
                merged.groupby(["contact", "value"], sort=True)["ads"].sum().reset_index()
            )
            distinct = self.values_[column].groupby("contact").size()
            self.contacts_[name] = (
                distinct.reindex(self.contacts_["key"]).fillna(0).to_numpy(dtype=np.int64)
            )
        self._flag_generic()
        self._cluster()
        return self

    def partial_fit(self, X: pd.DataFrame, y=None) -> ContactReuse:
        """`fit` on the first call, `add` after."""
        return self.add(X) if hasattr(self, "ad_keys_") else self.fit(X)

    def _learn(self, X: pd.DataFrame) -> None:
        self.add_keys(hash64(X["ad_id"]), contact_keys(X))

    def _flag_generic(self) -> None:
        table = self.contacts_
        reused = table[table["ads"] >= 2]
        floors = {
            "posters": self.generic_min_posters,
            "cities": self.generic_min_cities,
            "ads": self.generic_min_ads,
        }
        self.generic_limits_ = {}
        for column, floor in floors.items():
            limit = float(floor)
            if len(reused):
                # Tukey's far-out fence on a log scale: quartiles ignore the few generic
                # contacts, however extreme, so they cannot raise their own limit.
                q1, q3 = np.quantile(
                    np.log1p(reused[column].to_numpy(dtype=np.float64)), [0.25, 0.75]
                )
                limit = max(limit, float(np.expm1(q3 + self.generic_fence * (q3 - q1))))
            self.generic_limits_[column] = limit
        generic = np.zeros(len(table), dtype=bool)
        for column, limit in self.generic_limits_.items():
            generic |= table[column].to_numpy() > limit
        self.contacts_["generic"] = generic

    def _cluster(self) -> None:
        """Operator clusters: components of ads linked by contacts that are not generic."""
        n = len(self.ad_keys_)
        position = np.searchsorted(
            self.contacts_["key"].to_numpy(), self.links_["contact"].to_numpy()
        )
        specific = ~self.contacts_["generic"].to_numpy()[position]
        ads = self.links_["ad"].to_numpy()[specific]
        size = n + len(self.contacts_)
        graph = coo_matrix(
            (np.ones(len(ads), dtype=np.int8), (ads, n + position[specific])), shape=(size, size)
        )
        _, component = connected_components(graph, directed=False)
        component = component[:n]
        _, component = np.unique(component, return_inverse=True)
        min_keys = np.full(
            component.max() + 1 if n else 0, np.iinfo(np.uint64).max, dtype=np.uint64
        )
        np.minimum.at(min_keys, component, self.ad_keys_)
        order = np.argsort(min_keys, kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        self.operators_ = rank[component]
        self.operator_min_keys_ = min_keys[order]
        self.operator_sizes_ = np.bincount(self.operators_, minlength=len(order))
        self.largest_operator_share_ = float(self.operator_sizes_.max() / n) if n else 0.0
        operator = np.full(len(self.contacts_), -1, dtype=np.int64)
        operator[position[specific]] = self.operators_[ads]
        self.contact_operators_ = operator

    def _rows_of(self, keys: np.ndarray) -> np.ndarray:
        """The learned row of each ad-id hash, or -1."""
        if not len(self.ad_keys_):
            return np.full(len(keys), -1, dtype=np.int64)
        if getattr(self, "_ad_index", None) is None:
            self._ad_index = np.argsort(self.ad_keys_, kind="stable")
        order = self._ad_index
        position = np.minimum(np.searchsorted(self.ad_keys_[order], keys), len(order) - 1)
        rows = order[position]
        return np.where(self.ad_keys_[rows] == keys, rows, -1)

    def __getstate__(self) -> dict:
        state = super().__getstate__()
        return {k: v for k, v in state.items() if k not in ("_ad_index", "_arrays", "_codes")}

    def _table_arrays(self) -> dict:
        """The learned tables' columns as arrays, converted once per version of the tables
        (`add` replaces them), since pandas column access dominates a per-request lookup."""
        tables = (self.contacts_, *self.values_.values())
        cached = getattr(self, "_arrays", None)
        if (
            cached is None
            or len(cached[0]) != len(tables)
            or any(a is not b for a, b in zip(cached[0], tables, strict=True))
        ):
            arrays = {
                "table": {column: self.contacts_[column].to_numpy() for column in self.contacts_},
                "values": {
                    column: tuple(frame[c].to_numpy() for c in ("contact", "value", "ads"))
                    for column, frame in self.values_.items()
                },
            }
            cached = self._arrays = (tables, arrays)
        return cached[1]

    # --- transforming -------------------------------------------------------------------

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        """Features counting the *other* learned ads behind each ad's contacts."""
        check_is_fitted(self, "ad_keys_")
        _check_frame(X, REQUIRED_COLUMNS)
        features = {name: np.zeros(len(X)) for name in FEATURES}
        long = _long(contact_keys(X))
        count = long.groupby("row")["contact"].nunique()
        features["contact_count"][count.index] = count.to_numpy()
        reuse = self._reuse(X, long)
        generic = reuse.groupby("row")["generic"].any()
        features["generic_contact"][generic.index] = generic.to_numpy(dtype=np.float64)
        specific = reuse[~reuse["generic"]]
        for kind_code, kind in enumerate(KINDS):
            of_kind = specific[specific["kind"] == kind_code].groupby("row")
            for stat in ("ads", "cities"):
                best = of_kind[f"other_{stat}"].max()
                features[f"{kind}_{stat}"][best.index] = best.to_numpy()
        best = specific.groupby("row")[list(_BEST)].max()
        for column, name in _BEST.items():
            features[name][best.index] = best[column].to_numpy()
        size = self._operators(X, specific)[1] - 1
        features["operator_size"] = size.astype(np.float64)
        features["operator_log_size"] = np.log1p(size)
        return pd.DataFrame(features, index=X.index)[list(FEATURES)]

    def _reuse(self, X: pd.DataFrame, long: pd.DataFrame) -> pd.DataFrame:
        """Per (row of `X`, learned contact): the other ads and values behind the contact."""
        table = self.contacts_
        keys = table["key"].to_numpy()
        contacts = long["contact"].to_numpy()
        position = np.minimum(np.searchsorted(keys, contacts), max(len(keys) - 1, 0))
        known = keys[position] == contacts if len(keys) else np.zeros(len(long), dtype=bool)
        long, position = long[known].reset_index(drop=True), position[known]
        ad_rows = self._rows_of(hash64(X["ad_id"]))[long["row"].to_numpy()]
        # A learned ad sharing this contact is one of its ads, not one of the "other" ones.
        learned = self._has_link(ad_rows, position)
        long["learned"] = learned
        long["generic"] = table["generic"].to_numpy()[position]
        long["other_ads"] = table["ads"].to_numpy()[position] - learned
        for name, column in ATTRIBUTES.items():
            long[f"other_{name}"] = self._other_distinct(long, position, name, column)
        first, first2, last, last2 = (
            table[c].to_numpy()[position] for c in ("first", "first2", "last", "last2")
        )
        own = long["posted"].to_numpy()
        start = np.where(learned & (own == first), first2, first)
        end = np.where(learned & (own == last), last2, last)
        dated = (start != _NO_TIME) & (end != -_NO_TIME) & (end >= start)
        long["span_days"] = np.where(dated, end - start, 0) / _DAY
        long["rate"] = long["other_ads"] / np.maximum(long["span_days"], 1.0)
        return long

    def _other_distinct(
        self, long: pd.DataFrame, position: np.ndarray, name: str, column: str
    ) -> np.ndarray:
        distinct = self.contacts_[name].to_numpy()[position]
        values, codes, ads = self._lookups()["values"][column]
        own = long[column].to_numpy()
        rank = np.minimum(np.searchsorted(values, own), max(len(values) - 1, 0))
        known = values[rank] == own if len(values) else np.zeros(len(own), dtype=bool)
        found = np.where(known, _find(codes, _code(position, rank)), -1)
        counts = np.zeros(len(own), dtype=np.int64)
        counts[found >= 0] = ads[found[found >= 0]]
        alone = long["learned"].to_numpy() & (counts == 1)
        return distinct - alone

    def _has_link(self, rows: np.ndarray, position: np.ndarray) -> np.ndarray:
        """Whether learned ad `rows[i]` (-1: not learned) carries the contact at
        `position[i]` of the contact table."""
        return (rows >= 0) & (_find(self._lookups()["links"], _code(rows, position)) >= 0)

    def _lookups(self) -> dict:
        """The links and value counts as sorted 64-bit codes (`_code` of a contact's
        position in the contact table and of an ad row, or of a value's rank among the
        distinct values), built once per version of the tables (`add` replaces them):
        a chunk's lookups then cost in proportion to its own rows, not to the tables'."""
        tables = (self.links_, *self.values_.values())
        cached = getattr(self, "_codes", None)
        if cached is None or any(a is not b for a, b in zip(cached[0], tables, strict=True)):
            keys = self.contacts_["key"].to_numpy()
            links = _code(
                self.links_["ad"].to_numpy(),
                np.searchsorted(keys, self.links_["contact"].to_numpy()),
            )
            lookups: dict = {"links": np.sort(links), "values": {}}
            for column, frame in self.values_.items():
                values = np.unique(frame["value"].to_numpy())
                codes = _code(
                    np.searchsorted(keys, frame["contact"].to_numpy()),
                    np.searchsorted(values, frame["value"].to_numpy()),
                )
                order = np.argsort(codes, kind="stable")
                lookups["values"][column] = (values, codes[order], frame["ads"].to_numpy()[order])
            cached = self._codes = (tables, lookups)
        return cached[1]

    def _operators(
        self, X: pd.DataFrame, specific: pd.DataFrame | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Each row's operator id (smallest ad-id hash) and size, itself included."""
        keys = hash64(X["ad_id"])
        rows = self._rows_of(keys)
        if specific is None:
            reuse = self._reuse(X, _long(contact_keys(X)))
            specific = reuse[~reuse["generic"]]
        position = np.searchsorted(self.contacts_["key"].to_numpy(), specific["contact"].to_numpy())
        # A new ad joins the clusters its contacts lead to.
        contact_operator = self.contact_operators_[position]
        joined = pd.DataFrame(
            {"row": specific["row"].to_numpy(), "operator": contact_operator}
        ).drop_duplicates()
        joined = joined[rows[joined["row"].to_numpy()] < 0]
        size = np.ones(len(X), dtype=np.int64)
        min_key = keys.copy()
        learned = rows >= 0
        size[learned] = self.operator_sizes_[self.operators_[rows[learned]]]
        min_key[learned] = self.operator_min_keys_[self.operators_[rows[learned]]]
        if len(joined):
            operator = joined["operator"].to_numpy()
            sums = joined.assign(
                size=self.operator_sizes_[operator], min_key=self.operator_min_keys_[operator]
            ).groupby("row")
            total = sums["size"].sum()
            size[total.index] += total.to_numpy()
            smallest = sums["min_key"].min()
            min_key[smallest.index] = np.minimum(
                min_key[smallest.index], smallest.to_numpy(dtype=np.uint64)
            )
        return min_key, size

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        """The feature columns, in order."""
        return np.array(FEATURES, dtype=object)

    # --- linkage for analysts -----------------------------------------------------------

    def operator_ids(self, X: pd.DataFrame) -> pd.DataFrame:
        """Each ad's `operator_cluster` id and `operator_size` (ads, itself included).

        The id is the hex of the smallest ad-id hash in the cluster; a new ad gets the id
        of the cluster it would form by joining.
        """
        check_is_fitted(self, "ad_keys_")
        _check_frame(X, REQUIRED_COLUMNS)
        min_key, size = self._operators(X)
        return pd.DataFrame(
            {"operator_cluster": [f"{int(k):016x}" for k in min_key], "operator_size": size},
            index=X.index,
        )

    def contact_linkage(self, X: pd.DataFrame) -> pd.DataFrame:
        """Per contact of each ad in `X`: `ad_id`, `kind`, `hash`, the other learned `ads`,
        `cities` and `sites` sharing it and whether it is `generic`: a score's linkage."""
        check_is_fitted(self, "ad_keys_")
        _check_frame(X, REQUIRED_COLUMNS)
        keys = contact_keys(X)
        n = len(keys)
        reuse = self._reuse(X, _long(keys).assign(position=np.arange(n))).set_index("position")
        out = pd.DataFrame(
            {
                "ad_id": X["ad_id"].to_numpy()[keys.row],
                "kind": np.array(KINDS, dtype=object)[keys.kind],
                "hash": keys.hash,
            }
        )
        for name in ("ads", "cities", "sites"):
            other = reuse[f"other_{name}"].reindex(range(n), fill_value=0)
            out[name] = other.to_numpy(dtype=np.int64)
        out["generic"] = reuse["generic"].reindex(range(n), fill_value=False).to_numpy(dtype=bool)
        return out

    def contact_table(self) -> pd.DataFrame:
        """The learned per-contact table (hashed keys, counts, limits applied)."""
        check_is_fitted(self, "ad_keys_")
        return self.contacts_.copy()

    # --- online: more ads without refitting -----------------------------------------------

    def linked(
        self, X: pd.DataFrame, extra: ContactKeys | None = None, keys: ContactKeys | None = None
    ) -> LinkedContactReuse:
        """The features and linkage of the ads in `X` as if the ads behind `extra` (contacts
        of ads seen since fitting, e.g. by the scoring service) and those of `X` had been
        added, without touching the learned tables: the cost grows with the rows involved,
        not with the tables, so a scoring service can call this per request.

        Counts per contact are those `add` would give. A contact is generic when `fit`
        flagged it or when its counts now pass the fitted `generic_limits_` (which `add`
        would recompute). Operator clusters join through the contacts of `X` and `extra`
        only. Ads of `extra` already learned are skipped, as `add` skips them. `keys` are
        `contact_keys(X)`, if the caller has them already.
        """
        check_is_fitted(self, "ad_keys_")
        _check_frame(X, REQUIRED_COLUMNS)
        keys = contact_keys(X) if keys is None else keys
        own = hash64(X["ad_id"])
        learned = self._rows_of(own)
        extra = ContactKeys.empty() if extra is None else extra
        fresh = (self._rows_of(extra.ad) < 0) & ~np.isin(extra.ad, own)
        pool = ContactKeys.concat([extra.take(fresh), keys.take(learned[keys.row] < 0)])
        pool = pool.take(_first_pairs(pool.ad, pool.contact))
        seen = _Sightings(self, pool, keys)
        n = len(keys)
        pairs = {name: np.zeros(n) for name in ("other_ads", *_OTHER, "span_days", "rate")}
        generic = np.zeros(n, dtype=bool)
        for i in range(n):
            contact, row = int(keys.contact[i]), keys.row[i]
            k = seen.position[contact]
            mine = learned[row] >= 0 and k >= 0 and self._carries(learned[row], contact)
            members = seen.members.get(contact, _NO_ROWS)
            others = members[pool.ad[members] != keys.ad[i]]
            generic[i] = seen.generic[contact]
            pairs["other_ads"][i] = (seen.table["ads"][k] if k >= 0 else 0) - mine + len(others)
            for name, column in ATTRIBUTES.items():
                value, ads = seen.learned_values(column, contact)
                if mine:
                    ads = ads - (value == getattr(keys, column)[i])
                added = getattr(pool, column)[others]
                added = set(added[added != 0].tolist())
                pairs[f"other_{name}"][i] = len(added.union(value[ads > 0].tolist()))
            start, end = seen.learned_span(k, keys.posted[i] if mine else None)
            times = pool.posted[others]
            times = times[times != _NO_TIME]
            if len(times):
                start, end = min(start, int(times.min())), max(end, int(times.max()))
            dated = start != _NO_TIME and end != -_NO_TIME and end >= start
            pairs["span_days"][i] = (end - start) / _DAY if dated else 0.0
            pairs["rate"][i] = pairs["other_ads"][i] / max(pairs["span_days"][i], 1.0)
        features = {name: np.zeros(len(X)) for name in FEATURES}
        for i in range(n):
            row = keys.row[i]
            features["contact_count"][row] += 1
            if generic[i]:
                features["generic_contact"][row] = 1.0
                continue
            kind = KINDS[keys.kind[i]]
            for stat in ("ads", "cities"):
                name = f"{kind}_{stat}"
                features[name][row] = max(features[name][row], pairs[f"other_{stat}"][i])
            for column, name in _BEST.items():
                features[name][row] = max(features[name][row], pairs[column][i])
        features["operator_size"] = self._linked_operators(seen, keys, learned, own) - 1.0
        features["operator_log_size"] = np.log1p(features["operator_size"])
        linkage = pd.DataFrame(
            {
                "ad_id": X["ad_id"].to_numpy()[keys.row],
                "kind": [KINDS[k] for k in keys.kind],
                "hash": keys.hash,
                "ads": pairs["other_ads"].astype(np.int64),
                "cities": pairs["other_cities"].astype(np.int64),
                "sites": pairs["other_sites"].astype(np.int64),
                "generic": generic,
            }
        )
        return LinkedContactReuse(
            keys=keys,
            # One 2-D block: a frame of named columns costs ten times as much.
            features=pd.DataFrame(
                np.column_stack([features[name] for name in FEATURES]),
                index=X.index,
                columns=_FEATURE_INDEX,
            ),
            linkage=linkage,
        )

    def _linked_operators(
        self, seen: _Sightings, keys: ContactKeys, learned: np.ndarray, own: np.ndarray
    ) -> np.ndarray:
        """Each row's operator size, itself included: the learned clusters and new ads
        linked to it through contacts that are not generic.

        Graph nodes are new ads (weight 1), contacts (0) and learned operator clusters
        (their size), numbered kind by kind; scipy finds the components, as `fit` finds the
        learned clusters: the stored ads sharing a request's contacts can run to thousands.
        """
        if not len(own):
            return np.zeros(0, dtype=np.float64)
        pool = seen.pool
        usable_pairs = _not_generic(seen, pool.contact)
        usable_keys = (learned[keys.row] >= 0) & _not_generic(seen, keys.contact)
        bridges = [
            (contact, int(self.contact_operators_[k]))
            for contact, k in seen.position.items()
            if k >= 0 and not seen.generic[contact] and self.contact_operators_[k] >= 0
        ]
        bridge_contacts = np.array([c for c, _ in bridges], dtype=np.uint64)
        bridge_operators = np.array([o for _, o in bridges], dtype=np.int64)
        on_operator = learned >= 0
        row_operators = self.operators_[learned[on_operator]].astype(np.int64)
        key_operators = self.operators_[learned[keys.row[usable_keys]]].astype(np.int64)
        ads = np.unique(np.concatenate([own[~on_operator], pool.ad[usable_pairs]]))
        contacts = np.unique(
            np.concatenate([pool.contact[usable_pairs], keys.contact[usable_keys], bridge_contacts])
        )
        operators = np.unique(np.concatenate([row_operators, key_operators, bridge_operators]))

        def ad_node(values: np.ndarray) -> np.ndarray:
            return np.searchsorted(ads, values)

        def contact_node(values: np.ndarray) -> np.ndarray:
            return len(ads) + np.searchsorted(contacts, values)

        def operator_node(values: np.ndarray) -> np.ndarray:
            return len(ads) + len(contacts) + np.searchsorted(operators, values)

        edges = [
            (ad_node(pool.ad[usable_pairs]), contact_node(pool.contact[usable_pairs])),
            (operator_node(key_operators), contact_node(keys.contact[usable_keys])),
            (contact_node(bridge_contacts), operator_node(bridge_operators)),
        ]
        start, end = (np.concatenate(ends).astype(np.int64) for ends in zip(*edges, strict=True))
        size = len(ads) + len(contacts) + len(operators)
        component = _components(size, start, end)
        weight = np.concatenate(
            [
                np.ones(len(ads), dtype=np.int64),
                np.zeros(len(contacts), dtype=np.int64),
                self.operator_sizes_[operators].astype(np.int64),
            ]
        )
        sizes = np.bincount(component, weights=weight, minlength=size)
        nodes = np.empty(len(own), dtype=np.int64)
        nodes[on_operator] = operator_node(row_operators)
        nodes[~on_operator] = ad_node(own[~on_operator])
        return sizes[component[nodes]].astype(np.float64)

    def _carries(self, row: int, contact: int) -> bool:
        """Whether learned ad `row` carries `contact`."""
        links = self.links_
        return bool(
            ((links["ad"].to_numpy() == row) & (links["contact"].to_numpy() == contact)).any()
        )


@dataclass(frozen=True)
class ContactKeys:
    """(ad, contact) pairs in hashed form: what a reuse store keeps of each scored ad.

    Arrays align, one item a pair: `ad` and `contact` (kind and contact hash) are 64-bit
    hashes as the fitted tables key them, `kind` indexes `KINDS`, `location`, `site`,
    `poster` and `country` are 64-bit value hashes (0: missing), `posted` is epoch seconds.
    `row` (the pair's row in its ad frame) and `hash` (the keyed contact hash, for a score's
    linkage) are only known for the ads being scored: -1 and "" otherwise.
    """

    ad: np.ndarray
    contact: np.ndarray
    kind: np.ndarray
    location: np.ndarray
    site: np.ndarray
    poster: np.ndarray
    country: np.ndarray
    posted: np.ndarray
    row: np.ndarray
    hash: np.ndarray

    def __len__(self) -> int:
        return len(self.ad)

    @classmethod
    def empty(cls) -> ContactKeys:
        """No pairs."""
        return cls.from_columns({}, 0)

    @classmethod
    def from_columns(cls, columns: dict[str, Sequence], n: int) -> ContactKeys:
        """Pairs from columns named as the fields; `row` and `hash` may be left out."""
        dtypes = {
            **dict.fromkeys(("ad", "contact", *ATTRIBUTES.values()), np.uint64),
            "kind": np.int8,
            "posted": np.int64,
            "row": np.int64,
        }
        fields = {
            name: np.asarray(columns[name], dtype=dtype)
            if name in columns
            else np.full(n, _MISSING.get(name, 0), dtype=dtype)
            for name, dtype in dtypes.items()
        }
        hashes = columns.get("hash")
        fields["hash"] = np.array(list(hashes) if hashes is not None else [""] * n, dtype=object)
        return cls(**fields)

    def take(self, index: np.ndarray) -> ContactKeys:
        """The pairs at `index` (positions or a boolean mask)."""
        return ContactKeys(**{name: getattr(self, name)[index] for name in _KEY_FIELDS})

    @staticmethod
    def concat(parts: Sequence[ContactKeys]) -> ContactKeys:
        """The pairs of `parts`, in order."""
        return ContactKeys(
            **{name: np.concatenate([getattr(p, name) for p in parts]) for name in _KEY_FIELDS}
        )


_KEY_FIELDS: tuple[str, ...] = tuple(ContactKeys.__dataclass_fields__)
_MISSING = {"posted": _NO_TIME, "row": -1}
_OTHER: tuple[str, ...] = tuple(f"other_{name}" for name in ATTRIBUTES)
_NO_ROWS = np.zeros(0, dtype=np.int64)
# Built once: making a frame's column index costs more than filling a row of features.
_FEATURE_INDEX = pd.Index(FEATURES)


def contact_keys(X: pd.DataFrame) -> ContactKeys:
    """The (ad, contact) pairs of an ad frame, hashed as the fitted tables are: the keys of
    `contact_rows` without its pandas group-bys, which dominate for a few ads."""
    _check_frame(X, REQUIRED_COLUMNS)
    rows, kinds, hashes = _contact_pairs(X)
    columns: dict[str, Sequence] = {
        "row": rows,
        "hash": hashes,
        "ad": hash64(X["ad_id"].to_numpy()[rows]),
        "contact": hash64([f"{k}:{h}" for k, h in zip(kinds, hashes, strict=True)]),
        "kind": [KINDS.index(k) for k in kinds],
        "posted": np.array([_epoch_seconds(v) for v in X["posted_at"].tolist()], dtype=np.int64)[
            rows
        ],
    }
    for column in ATTRIBUTES.values():
        columns[column] = hash64(X[column].to_numpy()[rows])
    return ContactKeys.from_columns(columns, len(rows))


def _epoch_seconds(value: object) -> int:
    """Seconds since the epoch (a naive time is UTC), `_NO_TIME` when missing: what
    the tables hold, for one value."""
    if value is None or value is pd.NaT or (isinstance(value, float) and np.isnan(value)):
        return _NO_TIME
    if not isinstance(value, datetime):
        stamp = pd.Timestamp(value)
        if stamp is pd.NaT:
            return _NO_TIME
        value = stamp.to_pydatetime()
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return int((value - _EPOCH).total_seconds())


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class LinkedContactReuse(LinkedReuse):
    """What `ContactReuse.linked` found for an ad frame: its features, its linkage, and the
    keys of its contacts. It stands in for the fitted ContactReuse in a scoring pipeline
    (`transform`, `contact_linkage`) for that frame only."""

    keys: ContactKeys
    linkage: pd.DataFrame

    def contact_linkage(self, X: pd.DataFrame) -> pd.DataFrame:
        """The linkage found for this frame, as `ContactReuse.contact_linkage` gives it."""
        self._check(X)
        return self.linkage


class _Sightings:
    """Per contact of a request and its pool of new ads: the learned table's row (-1 if
    unknown), the pool rows carrying it, and whether it is generic now."""

    def __init__(self, reuse: ContactReuse, pool: ContactKeys, keys: ContactKeys) -> None:
        self.pool = pool
        arrays = reuse._table_arrays()
        self.table, self.values = arrays["table"], arrays["values"]
        # Pool rows by contact, in pool order: the pool can hold a thousand stored ads.
        order = np.argsort(pool.contact, kind="stable")
        contacts, starts = np.unique(pool.contact[order], return_index=True)
        self.members: dict[int, np.ndarray] = dict(
            zip(contacts.tolist(), np.split(order, starts)[1:], strict=True)
        )
        learned = self.table["key"]
        self.position: dict[int, int] = {}
        self.generic: dict[int, bool] = {}
        for contact in set(keys.contact.tolist()) | set(self.members):
            k = int(np.searchsorted(learned, np.uint64(contact)))
            k = k if k < len(learned) and int(learned[k]) == contact else -1
            self.position[contact] = k
            members = self.members.get(contact, _NO_ROWS)
            totals = {"ads": (int(self.table["ads"][k]) if k >= 0 else 0) + len(members)}
            for name in ("posters", "cities"):
                column = ATTRIBUTES[name]
                added = getattr(pool, column)[members]
                value, _ = self.learned_values(column, contact)
                totals[name] = len(set(value.tolist()) | set(added[added != 0].tolist()))
            self.generic[contact] = (k >= 0 and bool(self.table["generic"][k])) or any(
                totals[name] > limit for name, limit in reuse.generic_limits_.items()
            )

    def learned_values(self, column: str, contact: int) -> tuple[np.ndarray, np.ndarray]:
        """The learned values of `column` with this contact, and their ads."""
        keyed, value, ads = self.values[column]
        low = np.searchsorted(keyed, np.uint64(contact), side="left")
        high = np.searchsorted(keyed, np.uint64(contact), side="right")
        return value[low:high], ads[low:high]

    def learned_span(self, k: int, own_time: int | None) -> tuple[int, int]:
        """Earliest and latest learned times of contact row `k`, leaving out one ad's time
        (`own_time`, the ad's own when it is learned)."""
        if k < 0:
            return _NO_TIME, -_NO_TIME
        first, first2, last, last2 = (
            int(self.table[column][k]) for column in ("first", "first2", "last", "last2")
        )
        start = first2 if own_time is not None and own_time == first else first
        end = last2 if own_time is not None and own_time == last else last
        return start, end


def _not_generic(seen: _Sightings, contacts: np.ndarray) -> np.ndarray:
    """Per contact, whether it is specific enough to link ads (not generic now)."""
    generic = seen.generic
    return np.array([not generic[c] for c in contacts.tolist()], dtype=bool)


def _first_pairs(ads: np.ndarray, contacts: np.ndarray) -> np.ndarray:
    """Positions of the first occurrence of each (ad, contact) pair, in order."""
    order = np.lexsort((contacts, ads))  # stable: each pair's first position comes first
    ads, contacts = ads[order], contacts[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (ads[1:] != ads[:-1]) | (contacts[1:] != contacts[:-1])
    return np.sort(order[first]).astype(np.int64)


def _components(size: int, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Each node's component label (one of its nodes) in the undirected graph of `size`
    nodes and edges (start[i], end[i]): smallest labels spread along edges, with pointer
    jumping. A request's graph has tens of nodes, where scipy's set-up costs ten times
    more than this."""
    label = np.arange(size)
    while True:
        low = np.minimum(label[start], label[end])
        spread = label.copy()
        np.minimum.at(spread, start, low)
        np.minimum.at(spread, end, low)
        spread = spread[spread]
        if np.array_equal(spread, label):
            return label
        label = spread


def _node(operators: np.ndarray, learned: np.ndarray, own: np.ndarray, row: int) -> object:
    """A request row's node: its learned operator cluster, or its own ad."""
    return ("operator", int(operators[learned[row]])) if learned[row] >= 0 else int(own[row])


def _long(keys: ContactKeys) -> pd.DataFrame:
    """(ad, contact) pairs as a frame of hashed keys: ad, contact, kind, values, epoch time
    and the pair's row in its ad frame."""
    return pd.DataFrame(
        {
            "ad_key": keys.ad,
            "contact": keys.contact,
            "kind": keys.kind,
            **{column: getattr(keys, column) for column in ATTRIBUTES.values()},
            "posted": keys.posted,
            "row": keys.row,
        }
    )


def _summarise(long: pd.DataFrame) -> pd.DataFrame:
    """Per contact of a keyed long frame: kind, ads and the two earliest and latest times."""
    grouped = long.groupby("contact", sort=True)
    table = grouped.agg(kind=("kind", "first"), ads=("ad_key", "size")).reset_index()
    times = long[["contact", "posted"]]
    dated = times[times["posted"] != _NO_TIME]
    first, first2 = _two_smallest(dated, "posted")
    negated = dated.assign(posted=-dated["posted"])
    last, last2 = _two_smallest(negated, "posted")
    table = table.rename(columns={"contact": "key"})
    table["first"] = first.reindex(table["key"]).fillna(_NO_TIME).to_numpy(dtype=np.int64)
    table["first2"] = first2.reindex(table["key"]).fillna(_NO_TIME).to_numpy(dtype=np.int64)
    table["last"] = -last.reindex(table["key"]).fillna(_NO_TIME).to_numpy(dtype=np.int64)
    table["last2"] = -last2.reindex(table["key"]).fillna(_NO_TIME).to_numpy(dtype=np.int64)
    return table


def _two_smallest(frame: pd.DataFrame, column: str) -> tuple[pd.Series, pd.Series]:
    """Per contact, the smallest and second smallest value (ties count twice)."""
    ordered = frame.sort_values(["contact", column], kind="stable")
    rank = ordered.groupby("contact").cumcount().to_numpy()
    first = ordered[rank == 0].set_index("contact")[column]
    second = ordered[rank == 1].set_index("contact")[column]
    return first, second


def _merge_contacts(old: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """Contact tables combined: counts add up, the two earliest and latest times merge."""
    both = pd.concat([old, new], ignore_index=True)
    grouped = both.groupby("key", sort=True)
    table = grouped.agg(kind=("kind", "first"), ads=("ads", "sum")).reset_index()
    times = pd.concat(
        [
            both[["key", "first"]].rename(columns={"first": "t"}),
            both[["key", "first2"]].rename(columns={"first2": "t"}),
        ]
    )
    times = times[times["t"] != _NO_TIME].rename(columns={"key": "contact"})
    first, first2 = _two_smallest(times, "t")
    late = pd.concat(
        [
            both[["key", "last"]].rename(columns={"last": "t"}),
            both[["key", "last2"]].rename(columns={"last2": "t"}),
        ]
    )
    late = late[late["t"] != -_NO_TIME].rename(columns={"key": "contact"})
    last, last2 = _two_smallest(late.assign(t=-late["t"]), "t")
    table["first"] = first.reindex(table["key"]).fillna(_NO_TIME).to_numpy(dtype=np.int64)
    table["first2"] = first2.reindex(table["key"]).fillna(_NO_TIME).to_numpy(dtype=np.int64)
    table["last"] = -last.reindex(table["key"]).fillna(_NO_TIME).to_numpy(dtype=np.int64)
    table["last2"] = -last2.reindex(table["key"]).fillna(_NO_TIME).to_numpy(dtype=np.int64)
    for name in ATTRIBUTES:
        table[name] = 0
    table["generic"] = False
    return table


def _code(high: np.ndarray, low: np.ndarray) -> np.ndarray:
    """Two indexes below 2**32 packed into one sortable uint64 (a negative `high`, for
    "none", packs into a code no table holds)."""
    return (np.asarray(high).astype(np.uint64) << np.uint64(32)) | np.asarray(low).astype(np.uint64)


def _find(sorted_codes: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """The position of each code in `sorted_codes`, or -1."""
    if not len(sorted_codes):
        return np.full(len(codes), -1, dtype=np.int64)
    position = np.minimum(np.searchsorted(sorted_codes, codes), len(sorted_codes) - 1)
    return np.where(sorted_codes[position] == codes, position, -1)


def _empty_contacts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "key": np.zeros(0, dtype=np.uint64),
            "kind": np.zeros(0, dtype=np.int8),
            "ads": np.zeros(0, dtype=np.int64),
            **{name: np.zeros(0, dtype=np.int64) for name in ATTRIBUTES},
            **{c: np.zeros(0, dtype=np.int64) for c in ("first", "first2", "last", "last2")},
            "generic": np.zeros(0, dtype=bool),
        }
    )


def _empty_values() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "contact": np.zeros(0, dtype=np.uint64),
            "value": np.zeros(0, dtype=np.uint64),
            "ads": np.zeros(0, dtype=np.int64),
        }
    )


def _check_frame(X: pd.DataFrame, required: tuple[str, ...]) -> None:
    if not isinstance(X, pd.DataFrame):
        raise TypeError(f"expected an ad frame (pandas DataFrame), got {type(X).__name__}")
    missing = [column for column in required if column not in X.columns]
    if missing:
        raise ValueError(f"expected columns {missing} in the ad frame, got {list(X.columns)}")


def join_clusters(*labellings: Sequence[str]) -> list[str]:
    """One id per ad such that ads sharing a cluster in any labelling share it: e.g.
    operators linked by a contact *or* a template. The id is the smallest joined id."""
    if not labellings:
        return []
    n = len(labellings[0])
    offset, rows, cols = 0, [], []
    for labels in labellings:
        if len(labels) != n:
            raise ValueError("every labelling must label the same ads")
        code, uniques = pd.factorize(pd.Series(labels, dtype=object))
        rows.append(np.arange(n))
        cols.append(n + offset + code)
        offset += len(uniques)
    size = n + offset
    graph = coo_matrix(
        (np.ones(n * len(labellings), dtype=np.int8), (np.concatenate(rows), np.concatenate(cols))),
        shape=(size, size),
    )
    component = connected_components(graph, directed=False)[1][:n]
    names = pd.Series(np.concatenate([np.asarray(labels, dtype=object) for labels in labellings]))
    smallest = names.groupby(np.tile(component, len(labellings))).min()
    return smallest.reindex(component).tolist()
