"""Template reuse: clusters of near-duplicate ads, found by MinHash LSH on masked shingles.

One operator posting many ads tends to reuse one text with names, cities, prices and
contacts swapped. Each ad's text is split into sentences and tokenised; contacts, digit
runs, spelled digits and title-case words inside a sentence (names, cities) become one slot
token, so copies of a template read alike. Sentences that a large share of one site's ads
carry (footers, disclaimers) are boilerplate, learned in `fit`, and dropped.

Word shingles of what remains are MinHashed with datasketch's `affine32` scheme, vectorised
over a batch, and cut into LSH bands. Two ads sharing a band key are linked when their
shingle sets, compared through bottom-k sketches of the same hashes (exact for ads with at
most k shingles, which is most ads), have Jaccard similarity of at least `threshold` and
share at least `min_shared` shingles. A template cluster is a connected component of those
links. A link depends on its two ads only, so adding ads a batch at a time gives the
clusters one batch would.

The fitted tables hold hashes only (ad ids, band keys, shingle sketches, sentence and
attribute hashes), never ad text. `summarise_template` rebuilds a cluster's shared text from
ads the caller passes in.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np
import pandas as pd
from datasketch import MinHash
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from features.linked import LinkedReuse

SLOT = "[SLOT]"
FEATURES: tuple[str, ...] = (
    "template_size",
    "template_log_size",
    "template_cities",
    "template_sites",
    "template_posters",
    "template_generic",
)
REQUIRED_COLUMNS: tuple[str, ...] = ("ad_id", "text", "site", "location", "poster")
# Features counting the distinct values of an ad-frame column among a cluster's other ads.
_ATTRIBUTES = {
    "template_cities": "location",
    "template_sites": "site",
    "template_posters": "poster",
}

# Contacts become one slot. Most ads hold none, so cheap tests guard the slower patterns.
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_EMAIL = re.compile(
    r"[\w.+-]+\s*(?:@|\(at\)|\[at\])\s*[\w-]+(?:(?:\.|\s*(?:\(dot\)|\[dot\])\s*)[\w-]+)+", re.I
)
_HANDLE = re.compile(r"@\s?\w[\w.]*\w")  # ends on a word character: a full stop ends a sentence
_TLD = r"\.(?:com|net|org|info|biz|io|me|co|eu|uk|us|de|fr|es|it|nl|pl|ro)\b"
_HAS_DOMAIN = re.compile(_TLD, re.I)
_DOMAIN = re.compile(r"\b[\w-]+" + _TLD + r"(?:/\S*)?", re.I)
_DIGITS = re.compile(r"\d+")
# A sentence ends at a line break or at . ! ? before a space.
_SENTENCE_END = re.compile(r"\n|[.!?]+(?=\s|$)")
_WORD = re.compile(r"\x01|[^\W\d_]+(?:['’][^\W\d_]+)*")
_SLOT_KEY = "\x01"  # a slot's key: never part of a word
# Digits written as words in phone numbers ("seven 0 two five"), per supported language.
# They are slots only in runs of two or more, so that "one hour" keeps its words.
_DIGIT_WORDS = frozenset(
    " ".join(
        (
            "zero oh one two three four five six seven eight nine ate too won",  # en
            "zéro un deux trois quatre cinq sept huit neuf",  # fr
            "null eins zwei drei vier fünf sechs sieben acht neun",  # de
            "cero uno dos tres cuatro cinco seis siete ocho nueve",  # es
            "due tre quattro cinque sei sette otto nove",  # it
            "unu doi trei patru cinci șase şase sapte șapte opt nouă",  # ro
            "nul een twee drie vier vijf zes zeven acht negen",  # nl
            "jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",  # pl
        )
    ).split()
)
_NUMBERISH = _DIGIT_WORDS | {_SLOT_KEY}
_RUN_TOKEN = "|".join(sorted((re.escape(w) for w in _NUMBERISH), key=len, reverse=True))
# Two or more slots and spelled digits in a row, in keys joined by spaces.
_SLOT_RUN = re.compile(rf"(?<![^ \n])(?:{_RUN_TOKEN})(?: (?:{_RUN_TOKEN}))+(?![^ \n])")
# Odd 64-bit multipliers for combining token hashes into shingle and band keys.
_MIX = np.array(
    [
        0x9E3779B97F4A7C15,
        0xC2B2AE3D27D4EB4F,
        0x165667B19E3779F9,
        0xD6E8FEB86659FD93,
        0xFF51AFD7ED558CCD,
        0xC4CEB9FE1A85EC53,
        0x27D4EB2F165667C5,
        0x94D049BB133111EB,
    ],
    dtype=np.uint64,
)
_LOW32 = np.uint64(0xFFFFFFFF)
_CHUNK = 20_000  # ads hashed at once: keeps shingle arrays to tens of megabytes
_PAIR_CHUNK = 25_000  # candidate pairs verified at once: about 100 MB of sketch arrays
_LINK_CHUNK = 50_000  # ads linked at once: bounds the candidate pairs (memory) of a batch
_BANDS_AT_ONCE = 8  # LSH bands whose candidate pairs are gathered at once
_MINHASH_BLOCK = 1 << 20  # shingle-permutation products computed at once


def hash64(values: Iterable[object]) -> np.ndarray:
    """A stable 64-bit hash per value (blake2b of its text); missing values hash to 0."""
    values = list(values)
    if len(values) <= _FEW:  # factorizing costs more than hashing a few values
        return np.array([0 if _missing(v) else _blake64(str(v)) for v in values], dtype=np.uint64)
    codes, uniques = pd.factorize(pd.Series(values, dtype=object))
    hashed = np.array([_blake64(str(value)) for value in uniques], dtype=np.uint64)
    out = np.zeros(len(codes), dtype=np.uint64)
    found = codes >= 0  # factorize marks None, NaN and NA with -1
    out[found] = hashed[codes[found]]
    return out


_FEW = 32


def _missing(value: object) -> bool:
    """What pandas' factorize takes for a missing value: None, NaN, NA, NaT."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float | np.floating | np.datetime64 | np.timedelta64):
        return bool(pd.isna(value))
    return False


def _blake64(text: str) -> int:
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little") or 1  # 0 stands for a missing value


# --- text ---------------------------------------------------------------------------------


def _mask(text: str) -> str:
    if "http" in text or "www." in text or "WWW." in text:
        text = _URL.sub(" \x01 ", text)
    if "@" in text or "at)" in text or "at]" in text:
        text = _EMAIL.sub(" \x01 ", text)
        text = _HANDLE.sub(" \x01 ", text)
    if _HAS_DOMAIN.search(text):
        text = _DOMAIN.sub(" \x01 ", text)
    return _DIGITS.sub("\x01", text)


def _sentence_words(text: str) -> Iterable[tuple[list[str], list[str]]]:
    """(keys, words) per sentence, before adjacent slots merge."""
    for sentence in _SENTENCE_END.split(_mask(text)):
        words = _WORD.findall(sentence)
        if words:
            keys = [words[0].lower()]
            keys += [
                _SLOT_KEY if word.istitle() and len(word) > 1 else word.lower()
                for word in words[1:]
            ]
            yield keys, words


def sentence_keys(text: str) -> list[str]:
    """The ad's sentences as masked keys (words joined by spaces, `"\\x01"` for a slot).

    Contacts, digit runs, runs of spelled digits and title-case words after a sentence's
    first word (names, cities, nationalities) are slots; adjacent slots merge into one.
    """
    joined = "\n".join(" ".join(keys) for keys, _ in _sentence_words(text))
    return _SLOT_RUN.sub(_SLOT_KEY, joined).split("\n") if joined else []


def mask_sentences(text: str) -> list[tuple[list[str], list[str]]]:
    """The ad's sentences as (keys, words), the keys being those of `sentence_keys`."""
    return [_merge_slots(keys, words) for keys, words in _sentence_words(text)]


def _merge_slots(keys: list[str], words: list[str]) -> tuple[list[str], list[str]]:
    merged_keys: list[str] = []
    merged_words: list[str] = []
    run = 0  # slots and spelled digits in a row so far
    for key, word in zip(keys, words, strict=True):
        run = run + 1 if key in _NUMBERISH else 0
        if run >= 2:  # the run is one number: it collapses into a single slot
            while merged_keys and merged_keys[-1] in _NUMBERISH:
                merged_keys.pop()
                merged_words.pop()
            key = _SLOT_KEY
        merged_keys.append(key)
        merged_words.append(word)
    return merged_keys, merged_words


def summarise_template(
    texts: Sequence[str],
    min_share: float = 0.5,
    max_ads: int = 200,
    boilerplate: Iterable[str] = (),
) -> str:
    """The words a cluster's ads share, with `[SLOT]` where they vary, one sentence a line.

    The backbone is the ad whose words are most common in the cluster; a backbone word is
    kept when at least `min_share` of the ads align to it (difflib), else it is a slot.
    Sentences whose keys (see `sentence_keys`) are in `boilerplate` are left out.
    """
    drop = set(boilerplate)
    members = []
    for text in list(texts)[:max_ads]:
        sentences = [
            (keys, words) for keys, words in mask_sentences(text) if " ".join(keys) not in drop
        ]
        if sentences:
            members.append(sentences)
    if not members:
        return ""
    flat = [[key for keys, _ in member for key in keys] for member in members]
    frequency = Counter(key for keys in flat for key in set(keys))
    scores = [sum(frequency[key] for key in set(keys)) for keys in flat]
    best = max(range(len(members)), key=lambda i: (scores[i], -i))
    backbone = flat[best]
    hits = np.zeros(len(backbone), dtype=np.int64)
    for keys in flat:
        matcher = SequenceMatcher(None, backbone, keys, autojunk=False)
        for block in matcher.get_matching_blocks():
            hits[block.a : block.a + block.size] += 1
    need = min_share * len(flat)
    lines, position = [], 0
    for keys, words in members[best]:
        shown: list[str] = []
        for key, word in zip(keys, words, strict=True):
            if key == _SLOT_KEY or hits[position] < need:
                word = SLOT
            if not (word == SLOT and shown and shown[-1] == SLOT):
                shown.append(word)
            position += 1
        if any(word != SLOT for word in shown):
            lines.append(" ".join(shown))
    return "\n".join(lines)


# --- the transformer ----------------------------------------------------------------------


class TemplateReuse(BaseEstimator, TransformerMixin):
    """Per-ad template-cluster features: how many *other* ads share the ad's template.

    A training ad counts its cluster without itself; a new ad counts the clusters it would
    join, so both see the same definition and a lone ad has 0.

    Parameters:
        num_perm: MinHash permutations (datasketch `affine32` scheme).
        bands: LSH bands of `num_perm // bands` rows. With 32 bands of 4 rows a pair with
            Jaccard 0.45 is a candidate with probability 0.74 (0.05 at 0.2); a cluster only
            needs a chain of links, so a missed pair costs little. Three rows a band find a
            few more links for twice the candidates to verify.
        threshold, min_shared: candidates are linked when their shingle sets have Jaccard
            similarity of at least `threshold` and share at least `min_shared` shingles. On
            the synthetic corpus copies of one template have a median Jaccard of 0.52;
            short, formulaic ads of different operators also reach 0.45, and at 100k ads
            chance links between them chain thousands of ads together unless a link also
            needs about 22 shared shingles (two sentences' worth).
        sketch: size k of the bottom-k sketch kept per ad to verify candidates.
        shingle: words per shingle; shingles span sentence ends, so they also see order.
        boilerplate_share, boilerplate_min_ads: a sentence in at least this share of one
            site's ads (or of all ads), and in at least this many of them, is boilerplate.
        boilerplate_sample: boilerplate is learned on at most this many ads, those with the
            smallest ad-id hashes (a uniform sample that does not depend on order).
        generic_fence, generic_min_posters, generic_min_cities: a cluster whose distinct
            posters or cities lie beyond Tukey's fence `Q3 + generic_fence * IQR` (log
            scale, over clusters of two or more ads) and above the floor is generic wording
            shared by unrelated posters, or chance links chained across operators, not one
            operator's template: its ads count as in no template (`template_generic` = 1)
            and are their own clusters in `template_ids`. Synthetic operations use at most
            7 poster names; at a million ads chained clusters reach hundreds.
        seed: MinHash permutation seed.

    Fitted attributes:
        boilerplate_: site → frozenset of boilerplate sentence hashes ("" for all sites).
        keys_: 64-bit hashes of the indexed ads' ids, in the order they were added;
            `clusters_`, `band_keys_` (32-bit band keys, one column a band, all 0 for an ad
            too short to link) and the sketches (`sketch_values_` from `sketch_offsets_`)
            align with it.
        sizes_: ads per cluster; `min_keys_`: each cluster's smallest ad-id hash, which
            names it. Clusters are numbered in the order of `min_keys_`.
        values_: per ad-frame column, a frame of (cluster, value hash, ads) counts.
        generic_: whether each cluster is generic; `generic_limits_`: the posters and
            cities limits in force.
    """

    def __init__(
        self,
        num_perm: int = 128,
        bands: int = 32,
        threshold: float = 0.45,
        min_shared: int = 20,
        sketch: int = 64,
        shingle: int = 3,
        boilerplate_share: float = 0.3,
        boilerplate_min_ads: int = 20,
        boilerplate_sample: int = 20_000,
        generic_fence: float = 3.0,
        generic_min_posters: int = 10,
        generic_min_cities: int = 10,
        seed: int = 1,
    ) -> None:
        self.num_perm = num_perm
        self.bands = bands
        self.threshold = threshold
        self.min_shared = min_shared
        self.sketch = sketch
        self.shingle = shingle
        self.boilerplate_share = boilerplate_share
        self.boilerplate_min_ads = boilerplate_min_ads
        self.boilerplate_sample = boilerplate_sample
        self.generic_fence = generic_fence
        self.generic_min_posters = generic_min_posters
        self.generic_min_cities = generic_min_cities
        self.seed = seed

    # --- fitting ------------------------------------------------------------------------

    def fit(self, X: pd.DataFrame, y=None) -> TemplateReuse:
        """Learn boilerplate from `X`, then index its ads into template clusters."""
        _check_frame(X)
        if not 1 <= self.bands <= self.num_perm or self.sketch < 1 or self.shingle < 1:
            raise ValueError(
                f"need 1 <= bands <= num_perm and positive sketch and shingle, got "
                f"bands={self.bands}, num_perm={self.num_perm}, sketch={self.sketch}, "
                f"shingle={self.shingle}"
            )
        keys = hash64(X["ad_id"])
        rows = _first_rows(keys)
        sample = rows[np.argsort(keys[rows], kind="stable")[: self.boilerplate_sample]]
        texts = X["text"].to_numpy()
        sentences = {row: sentence_keys(_text(texts[row])) for row in sample}
        self.boilerplate_ = self._learn_boilerplate(
            _sites(X)[sample], [sentences[row] for row in sample]
        )
        self.keys_ = np.zeros(0, dtype=np.uint64)
        self.clusters_ = np.zeros(0, dtype=np.int64)
        self.band_keys_ = np.zeros((0, self.bands), dtype=np.uint32)
        self.sketch_values_ = np.zeros(0, dtype=np.uint32)
        self.sketch_offsets_ = np.zeros(1, dtype=np.int64)
        self.sizes_ = np.zeros(0, dtype=np.int64)
        self.min_keys_ = np.zeros(0, dtype=np.uint64)
        self.values_ = {column: _empty_values() for column in _ATTRIBUTES.values()}
        self._flag_generic()
        self._band_index = np.zeros(0, dtype=np.uint64)
        self._index(X, sentences)
        return self

    def add(self, X: pd.DataFrame) -> TemplateReuse:
        """Index more ads without refitting; ads already indexed are skipped.

        Boilerplate stays as fitted, so `fit(A).add(B)` equals `fit(A + B)` whenever both
        learn the same boilerplate.
        """
        check_is_fitted(self, "keys_")
        _check_frame(X)
        self._index(X)
        return self

    def add_keys(self, keys: TemplateKeys) -> TemplateReuse:
        """Index more ads given by their keys (`template_keys`, most of the cost of adding
        an ad, computed elsewhere: in parallel, a chunk at a time). `add(X)` equals
        `add_keys(template_keys(X))`; ads already indexed are skipped."""
        check_is_fitted(self, "keys_")
        new = _first_rows(keys.ad)
        new = new[self._rows_of(keys.ad[new]) < 0]
        # Linking a batch at a time bounds the candidate pairs held in memory.
        for start in range(0, len(new), _LINK_CHUNK):
            self._link(keys.take(new[start : start + _LINK_CHUNK]))
        return self

    def partial_fit(self, X: pd.DataFrame, y=None) -> TemplateReuse:
        """`fit` on the first call, `add` after."""
        return self.add(X) if hasattr(self, "keys_") else self.fit(X)

    def _learn_boilerplate(
        self, sites: np.ndarray, sentences: list[list[str]]
    ) -> dict[str, frozenset[int]]:
        ad_sites, keys = [], []
        for site, ad_sentences in zip(sites, sentences, strict=True):
            for key in set(ad_sentences):
                ad_sites.append(site)
                keys.append(key)
        long = pd.DataFrame({"site": ad_sites, "sentence": hash64(keys)})
        site_ads = pd.Series(sites).value_counts()
        scopes = [("", long, len(sites))] + [
            (site, group, site_ads[site]) for site, group in long.groupby("site")
        ]
        boilerplate: dict[str, frozenset[int]] = {}
        for scope, frame, ads in scopes:
            counts = frame["sentence"].value_counts()
            need = max(self.boilerplate_min_ads, self.boilerplate_share * ads)
            common = counts.index[counts.to_numpy() >= need]
            if len(common):
                boilerplate[scope] = frozenset(int(h) for h in common)
        return boilerplate

    def _index(self, X: pd.DataFrame, sentences: dict[int, list[str]] | None = None) -> None:
        keys = hash64(X["ad_id"])
        new = _first_rows(keys)
        new = new[self._rows_of(keys[new]) < 0]
        for start in range(0, len(new), _LINK_CHUNK):
            self._link(self._keys_of(X, new[start : start + _LINK_CHUNK], sentences))

    def _link(self, new: TemplateKeys) -> None:
        """Add ads and union them with every indexed or new ad they link to."""
        n_old, m = len(self.keys_), len(new)
        band_keys, values, offsets = new.band_keys, new.sketch_values, new.sketch_offsets
        index = self._index_of_bands()
        self.keys_ = np.concatenate([self.keys_, new.ad])
        self.band_keys_ = np.concatenate([self.band_keys_, band_keys])
        self.sketch_values_ = np.concatenate([self.sketch_values_, values])
        self.sketch_offsets_ = np.concatenate(
            [self.sketch_offsets_, self.sketch_offsets_[-1] + offsets[1:]]
        )
        self.__dict__.pop("_key_index", None)
        # Graph nodes: the old clusters, then the new ads.
        n_clusters, old_clusters = len(self.sizes_), self.clusters_

        def node(rows: np.ndarray) -> np.ndarray:
            nodes = rows - n_old + n_clusters
            old = rows < n_old
            nodes[old] = old_clusters[rows[old]]
            return nodes

        links = _Links(n_clusters + m)
        copy, original = _copies(band_keys, values, offsets)
        links.add(n_clusters + copy, n_clusters + original)
        distinct = np.ones((m, 1), dtype=bool)
        distinct[copy] = False
        # Candidates a few bands at a time: enough to skip most pairs inside clusters,
        # few enough to keep the pairs from large clusters' buckets small.
        for start in range(0, self.bands, _BANDS_AT_ONCE):
            bands = band_keys[:, start : start + _BANDS_AT_ONCE]
            later, earlier = _candidate_pairs(np.where(distinct, bands, 0))
            # A copy finds what its original finds.
            query, old = _lookup(index, np.where(distinct, bands, 0))
            a = n_old + np.concatenate([later, query])
            b = np.concatenate([n_old + earlier, old])
            links.offer(node(a), node(b), lambda pairs, a=a, b=b: self._similar(a[pairs], b[pairs]))
        self._band_index = _merge_index(index, band_keys, n_old + np.arange(m))
        attributes = {column: getattr(new, column) for column in _ATTRIBUTES.values()}
        self._renumber(links.components(), n_clusters, new.ad, attributes)

    def _renumber(
        self,
        component: np.ndarray,
        n_clusters: int,
        new_keys: np.ndarray,
        attributes: dict[str, np.ndarray],
    ) -> None:
        """Clusters from the components of (old clusters, new ads), numbered by their
        smallest ad-id hash so that the numbering does not depend on order."""
        min_keys = np.full(component.max() + 1, np.iinfo(np.uint64).max, dtype=np.uint64)
        np.minimum.at(min_keys, component[:n_clusters], self.min_keys_)
        np.minimum.at(min_keys, component[n_clusters:], new_keys)
        order = np.argsort(min_keys, kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        label = rank[component]
        self.min_keys_ = min_keys[order]
        self.clusters_ = np.concatenate([label[self.clusters_], label[n_clusters:]])
        self.sizes_ = np.bincount(self.clusters_, minlength=len(self.min_keys_))
        for column, new_values in attributes.items():
            known = new_values != 0
            new = pd.DataFrame(
                {
                    "cluster": label[n_clusters:][known],
                    "value": new_values[known],
                    "ads": np.ones(known.sum(), dtype=np.int64),
                }
            )
            old = self.values_[column]
            merged = pd.concat([old.assign(cluster=label[old["cluster"].to_numpy()]), new])
            self.values_[column] = (
                merged.groupby(["cluster", "value"], sort=True)["ads"].sum().reset_index()
            )
        self._flag_generic()

    def _flag_generic(self) -> None:
        """Flag clusters whose ads come from implausibly many posters or places."""
        reused = self.sizes_ >= 2
        floors = {
            "template_posters": self.generic_min_posters,
            "template_cities": self.generic_min_cities,
        }
        self.generic_limits_ = {}
        self.generic_ = np.zeros(len(self.sizes_), dtype=bool)
        for name, floor in floors.items():
            distinct = self.values_[_ATTRIBUTES[name]].groupby("cluster").size()
            distinct = distinct.reindex(range(len(self.sizes_)), fill_value=0).to_numpy()
            limit = float(floor)
            if reused.any():
                # Tukey's far-out fence on a log scale, as for generic contacts: a few
                # chained clusters cannot raise their own limit.
                q1, q3 = np.quantile(np.log1p(distinct[reused]), [0.25, 0.75])
                limit = max(limit, float(np.expm1(q3 + self.generic_fence * (q3 - q1))))
            self.generic_limits_[name] = limit
            self.generic_ |= distinct > limit

    # --- hashing ------------------------------------------------------------------------

    def _sketch(
        self, X: pd.DataFrame, rows: np.ndarray, sentences: dict[int, list[str]] | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """LSH band keys and bottom-k sketches (values and offsets) of the given rows."""
        sites, texts = _sites(X), X["text"].to_numpy()
        band_keys, values, offsets = [], [], [np.zeros(1, dtype=np.int64)]
        for start in range(0, len(rows), _CHUNK):
            chunk = rows[start : start + _CHUNK]
            chunk_sentences = [
                sentences.pop(row)
                if sentences is not None and row in sentences
                else sentence_keys(_text(texts[row]))
                for row in chunk
            ]
            keys, chunk_values, chunk_offsets = self._hash(sites[chunk], chunk_sentences)
            band_keys.append(keys)
            values.append(chunk_values)
            offsets.append(offsets[-1][-1] + chunk_offsets[1:])
        return np.concatenate(band_keys), np.concatenate(values), np.concatenate(offsets)

    def _hash(
        self, sites: np.ndarray, sentences: list[list[str]]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        everywhere = self.boilerplate_.get("", frozenset())
        dropped: dict[str, int] = {}
        if self.boilerplate_:
            unique = list({sentence for ad in sentences for sentence in ad})
            every_site = frozenset().union(*self.boilerplate_.values())
            dropped = {
                sentence: int(h)
                for sentence, h in zip(unique, hash64(unique), strict=True)
                if int(h) in every_site
            }
        token_ids: dict[str, int] = {}
        streams: list[list[int]] = []
        for site, ad_sentences in zip(sites, sentences, strict=True):
            drop = self.boilerplate_.get(site, frozenset())
            stream: list[int] = []
            for sentence in ad_sentences:
                h = dropped.get(sentence)
                if h is not None and (h in drop or h in everywhere):
                    continue
                for token in sentence.split(" "):
                    stream.append(token_ids.setdefault(token, len(token_ids)))
            streams.append(stream)
        return self._hash_streams(streams, hash64(token_ids))

    def _hash_streams(
        self, streams: list[list[int]], token_hashes: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        band_keys = np.zeros((len(streams), self.bands), dtype=np.uint32)
        shingles, owners = _shingles(streams, token_hashes, self.shingle)
        # Distinct shingles per ad, ordered by hash: duplicates change neither the MinHash
        # nor the sketch, and the sketch is each ad's first k.
        pairs = _sorted_distinct((owners.astype(np.uint64) << np.uint64(32)) | _fmix32(shingles))
        owners = (pairs >> np.uint64(32)).astype(np.int64)
        mixed = (pairs & _LOW32).astype(np.uint32)
        counts = np.bincount(owners, minlength=len(streams))
        # An ad with fewer shingles than a link needs shared can never link: not indexed.
        indexed = counts >= max(self.min_shared, 1)
        keep = indexed[owners]
        owners, mixed = owners[keep], mixed[keep]
        counts = np.where(indexed, counts, 0)
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        ads = np.flatnonzero(indexed)
        if len(ads):
            signature = _minhash(mixed, starts[ads], self.num_perm, self.seed)
            band_keys[ads] = _band(signature, self.bands)
        in_sketch = np.arange(len(owners)) - starts[owners] < self.sketch
        offsets = np.concatenate([[0], np.cumsum(np.minimum(counts, self.sketch))])
        return band_keys, mixed[in_sketch], offsets

    # --- candidates and links -----------------------------------------------------------

    def for_indexed_ads_only(self) -> TemplateReuse:
        """Drop what linking further ads needs — band keys, sketches and their index, most
        of the tables' memory (about 0.5 KB an ad) — keeping what scoring the indexed ads
        needs. Afterwards, adding or scoring an ad that is not indexed raises ValueError."""
        self.band_keys_ = self.sketch_values_ = self.sketch_offsets_ = None
        self._band_index = None
        return self

    def _index_of_bands(self) -> np.ndarray:
        """Sorted (band key, row) pairs packed in uint64; rebuilt after unpickling."""
        if self.band_keys_ is None:
            raise ValueError(
                "these template tables were kept to score the ads they index, and cannot "
                "link other ads (see TemplateReuse.for_indexed_ads_only)"
            )
        if getattr(self, "_band_index", None) is None:
            self._band_index = _merge_index(
                np.zeros(0, dtype=np.uint64), self.band_keys_, np.arange(len(self.keys_))
            )
        return self._band_index

    def _similar(
        self, a: np.ndarray, b: np.ndarray, query: tuple[np.ndarray, np.ndarray] | None = None
    ) -> np.ndarray:
        """Whether the sketches of rows `a` (of `query` sketches if given) and of indexed
        rows `b` are similar enough to link."""
        indexed = (self.sketch_values_, self.sketch_offsets_)
        return self._similar_sketches(indexed if query is None else query, a, indexed, b)

    def _similar_sketches(
        self,
        left: tuple[np.ndarray, np.ndarray],
        a: np.ndarray,
        right: tuple[np.ndarray, np.ndarray],
        b: np.ndarray,
    ) -> np.ndarray:
        """Whether sketches `a` of `left` and `b` of `right` are similar enough to link."""
        out = np.zeros(len(a), dtype=bool)
        for start in range(0, len(a), _PAIR_CHUNK):
            part = slice(start, start + _PAIR_CHUNK)
            shared, union = _overlap(left, a[part], right, b[part], self.sketch)
            out[part] = (shared >= self.threshold * union) & (shared >= self.min_shared)
        return out

    def _rows_of(self, keys: np.ndarray) -> np.ndarray:
        """The indexed row of each ad-id hash, or -1."""
        if not len(self.keys_):
            return np.full(len(keys), -1, dtype=np.int64)
        if getattr(self, "_key_index", None) is None:
            self._key_index = np.argsort(self.keys_, kind="stable")
        order = self._key_index
        position = np.minimum(np.searchsorted(self.keys_[order], keys), len(order) - 1)
        rows = order[position]
        return np.where(self.keys_[rows] == keys, rows, -1)

    def __getstate__(self) -> dict:
        # The lookup indexes are rebuilt from the fitted arrays on first use.
        state = super().__getstate__()
        return {k: v for k, v in state.items() if k not in ("_band_index", "_key_index", "_arrays")}

    def _value_arrays(self, column: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """`values_[column]` as (cluster, value, ads) arrays, converted once per version of
        the table (`add` replaces it)."""
        table = self.values_[column]
        cached = getattr(self, "_arrays", {}).get(column)
        if cached is None or cached[0] is not table:
            arrays = tuple(table[name].to_numpy() for name in ("cluster", "value", "ads"))
            cached = (table, arrays)
            self._arrays = {**getattr(self, "_arrays", {}), column: cached}
        return cached[1]

    # --- transforming -------------------------------------------------------------------

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        """Features counting the *other* indexed ads in each ad's template cluster."""
        check_is_fitted(self, "keys_")
        _check_frame(X)
        reuse = self._reuse(X)
        size = reuse["size"].to_numpy(dtype=np.float64)
        columns = {"template_size": size, "template_log_size": np.log1p(size)}
        for name in _ATTRIBUTES:
            columns[name] = reuse[name].to_numpy(dtype=np.float64)
        columns["template_generic"] = reuse["generic"].to_numpy(dtype=np.float64)
        return pd.DataFrame(columns, index=X.index)[list(FEATURES)]

    def _reuse(self, X: pd.DataFrame) -> pd.DataFrame:
        """Per row of `X`: other ads and distinct values in its cluster (or in the clusters
        it would join), whether that cluster is generic, and the cluster's smallest ad-id
        hash. A generic cluster counts as no template: its counts are 0."""
        members = self._members(X)
        members = members.assign(
            min_key=self.min_keys_[members["cluster"].to_numpy()],
            generic=self.generic_[members["cluster"].to_numpy()],
        )
        grouped = members.groupby("row").agg(
            size=("size", "sum"), min_key=("min_key", "min"), generic=("generic", "any")
        )
        reuse = grouped.reindex(range(len(X)))
        reuse["size"] = reuse["size"].fillna(0).to_numpy(dtype=np.int64)
        generic = reuse["generic"].fillna(False).to_numpy(dtype=bool, copy=True)
        for name, column in _ATTRIBUTES.items():
            others, everyone = self._distinct(X, members, column)
            reuse[name] = others
            limit = self.generic_limits_.get(name)
            if limit is not None:
                # A new ad that would join clusters makes them one: generic if too diverse.
                generic |= everyone > limit
        reuse["generic"] = generic
        reuse.loc[generic, ["size", *_ATTRIBUTES]] = 0
        return reuse

    def _members(self, X: pd.DataFrame) -> pd.DataFrame:
        """(row, cluster, other ads in it, whether the row is indexed) per cluster a row of
        `X` belongs to: its own cluster if indexed, else the clusters it would join."""
        indexed = self._rows_of(hash64(X["ad_id"]))
        rows = np.flatnonzero(indexed >= 0)
        clusters = self.clusters_[indexed[rows]]
        frames = [
            pd.DataFrame(
                {
                    "row": rows,
                    "cluster": clusters,
                    "size": self.sizes_[clusters] - 1,
                    "indexed": True,
                }
            )
        ]
        unknown = np.flatnonzero(indexed < 0)
        if len(unknown) and len(self.keys_):
            band_keys, values, offsets = self._sketch(X, unknown)
            query, found = _lookup(self._index_of_bands(), band_keys)
            linked = self._similar(query, found, (values, offsets))
            joined = pd.DataFrame(
                {"row": unknown[query[linked]], "cluster": self.clusters_[found[linked]]}
            )
            joined = joined.drop_duplicates()
            frames.append(
                joined.assign(size=self.sizes_[joined["cluster"].to_numpy()], indexed=False)
            )
        return pd.concat(frames, ignore_index=True)

    def _distinct(
        self, X: pd.DataFrame, members: pd.DataFrame, column: str
    ) -> tuple[np.ndarray, np.ndarray]:
        """Per row, distinct values of `column` among the other ads of its clusters, and
        among all of them and the row itself."""
        own = hash64(X[column])
        clusters, values, ads = self._value_arrays(column)
        member, entry = _matches(clusters, members["cluster"].to_numpy())
        rows, values, ads = members["row"].to_numpy()[member], values[entry], ads[entry]
        pairs = pd.DataFrame({"row": rows, "value": values})
        # An indexed ad is one of its cluster's ads: a value only it has is not "other".
        mine = members["indexed"].to_numpy()[member] & (values == own[rows])
        others = pairs[ads - mine > 0]
        n = len(X)
        distinct = others.drop_duplicates(["row", "value"]).groupby("row").size()
        other_count = distinct.reindex(range(n), fill_value=0).to_numpy(dtype=np.int64)
        everyone = pd.concat([pairs, pd.DataFrame({"row": np.arange(n), "value": own})])
        everyone = everyone[everyone["value"] != 0].drop_duplicates().groupby("row").size()
        return other_count, everyone.reindex(range(n), fill_value=0).to_numpy(dtype=np.int64)

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        """The feature columns, in order."""
        return np.array(FEATURES, dtype=object)

    # --- linkage for analysts -----------------------------------------------------------

    def template_ids(self, X: pd.DataFrame) -> pd.DataFrame:
        """Each ad's `template_cluster` id and `template_size` (ads, itself included).

        The id is the hex of the smallest ad-id hash in the cluster, so it does not depend
        on run or order; a new ad gets the id of the cluster it would form by joining. An
        ad of a generic cluster is its own cluster.
        """
        check_is_fitted(self, "keys_")
        _check_frame(X)
        own = hash64(X["ad_id"])
        reuse = self._reuse(X)
        joined = reuse["min_key"].notna().to_numpy() & ~reuse["generic"].to_numpy()
        smallest = own.copy()
        smallest[joined] = np.minimum(
            own[joined], reuse["min_key"].to_numpy()[joined].astype(np.uint64)
        )
        ids = [f"{int(key):016x}" for key in smallest]
        size = reuse["size"].to_numpy(dtype=np.int64) + 1
        return pd.DataFrame({"template_cluster": ids, "template_size": size}, index=X.index)

    # --- online: more ads without re-indexing ----------------------------------------------

    def template_keys(self, X: pd.DataFrame) -> TemplateKeys:
        """Per ad of `X`: its id hash, LSH band keys, bottom-k sketch and the value hashes of
        its place, site and poster, as the index keeps them (hashes only, never text)."""
        check_is_fitted(self, "keys_")
        _check_frame(X)
        return self._keys_of(X, np.arange(len(X)))

    def _keys_of(
        self, X: pd.DataFrame, rows: np.ndarray, sentences: dict[int, list[str]] | None = None
    ) -> TemplateKeys:
        band_keys, values, offsets = self._sketch(X, rows, sentences)
        return TemplateKeys(
            ad=hash64(X["ad_id"].to_numpy()[rows]),
            band_keys=band_keys,
            sketch_values=values,
            sketch_offsets=offsets,
            **{column: hash64(X[column].to_numpy()[rows]) for column in _ATTRIBUTES.values()},
        )

    def linked(
        self, X: pd.DataFrame, extra: TemplateKeys | None = None, keys: TemplateKeys | None = None
    ) -> LinkedTemplateReuse:
        """The features and template ids of the ads in `X` as if the ads behind `extra`
        (ads seen since fitting, e.g. by the scoring service) and those of `X` had been
        added, without touching the index: the cost grows with the ads involved, not with
        the index, so a scoring service can call this per request. Each text is hashed once.

        Links are those `add` would make. A cluster is generic when `fit` flagged it or when
        its distinct posters or cities now pass the fitted `generic_limits_`. Ads of `extra`
        already indexed are skipped, as `add` skips them. `keys` are `template_keys(X)`, if
        the caller has them already.
        """
        check_is_fitted(self, "keys_")
        _check_frame(X)
        keys = self.template_keys(X) if keys is None else keys
        n = len(X)
        indexed = self._rows_of(keys.ad)
        extra = TemplateKeys.empty(self.bands) if extra is None else extra
        fresh = np.flatnonzero((self._rows_of(extra.ad) < 0) & ~np.isin(extra.ad, keys.ad))
        new_rows = np.flatnonzero(indexed < 0)
        pool = TemplateKeys.concat([extra.take(fresh), keys.take(new_rows)])
        first = _first_rows(pool.ad)
        pool = pool.take(first)
        m = len(pool)
        sketches = (pool.sketch_values, pool.sketch_offsets)
        asked = np.isin(pool.ad, keys.ad)  # the request's new ads; the others were stored
        request, stored = np.flatnonzero(asked), np.flatnonzero(~asked)
        # A stored copy of a stored ad's text (same band keys and sketch) links wherever its
        # original links, and to it if the original links to itself: only originals look
        # for links. Copies of one text are most of a store's ads of a busy template.
        kept = pool.take(stored)
        copy, original = _copies(kept.band_keys, kept.sketch_values, kept.sketch_offsets)
        copy, original = stored[copy], stored[original]
        bands = pool.band_keys.copy()
        bands[copy] = 0
        query, found = _lookup(self._index_of_bands(), bands)
        own_clusters = self.clusters_[indexed[indexed >= 0]]
        involved = np.unique(np.concatenate([self.clusters_[found], own_clusters]))
        # Graph nodes: the involved clusters, then the new ads. Links are checked only where
        # they could join a request's ad to more ads, so the cost follows the request, not
        # the templates copied thousands of times in the store.
        c = len(involved)
        links = _Links(c + m)
        originals = np.unique(original)
        twins = originals[self._similar_sketches(sketches, originals, sketches, originals)]
        copied = np.isin(original, twins)
        # First round, checked in one go (each round of links costs a components pass):
        # the new ads (the request's and the stored) with the clusters, the request's ads
        # with each other and with the stored ads, the request's indexed ads (their
        # clusters) with the stored ads, and the copies with their originals (linked, as
        # the originals link to themselves).
        index = _merge_index(np.zeros(0, dtype=np.uint64), bands[stored], stored)
        later, earlier = _candidate_pairs(pool.band_keys[request])
        asking, hit = _lookup(index, pool.band_keys[request])
        learned = np.flatnonzero(indexed >= 0)
        own_asking, own_hit = _lookup(index, keys.band_keys[learned])
        own_nodes = np.searchsorted(involved, own_clusters)
        # Sketches of the pool, of the request's ads and of the indexed ads found, in one
        # table: pool row j is sketch j, request row r is m + r, found pair p is m + n + p.
        indexed_values, indexed_lengths = _gather(
            (self.sketch_values_, self.sketch_offsets_), found
        )
        table = (
            np.concatenate([pool.sketch_values, keys.sketch_values, indexed_values]),
            np.concatenate(
                [
                    pool.sketch_offsets,
                    pool.sketch_offsets[-1] + keys.sketch_offsets[1:],
                    pool.sketch_offsets[-1]
                    + keys.sketch_offsets[-1]
                    + np.cumsum(indexed_lengths, dtype=np.int64),
                ]
            ),
        )
        copies, their_originals = copy[copied], original[copied]
        found_sketches = m + n + np.arange(len(found))
        pairs = [  # (node, node, sketch, sketch)
            (c + query, np.searchsorted(involved, self.clusters_[found]), query, found_sketches),
            (c + request[later], c + request[earlier], request[later], request[earlier]),
            (c + request[asking], c + hit, request[asking], hit),
            (own_nodes[own_asking], c + own_hit, m + learned[own_asking], own_hit),
            (c + copies, c + their_originals, copies, their_originals),
        ]
        node_a, node_b, left, right = (np.concatenate(part) for part in zip(*pairs, strict=True))
        given = np.arange(len(node_a)) >= len(node_a) - len(copies)

        def first_round(batch: np.ndarray) -> np.ndarray:
            accepted = given[batch]
            check = batch[~accepted]
            accepted[~accepted] = self._similar_sketches(table, left[check], table, right[check])
            return accepted

        links.offer(node_a, node_b, first_round)

        def between(a: np.ndarray, b: np.ndarray) -> None:
            links.offer(
                c + a,
                c + b,
                lambda batch: self._similar_sketches(sketches, a[batch], sketches, b[batch]),
            )

        # Then stored ads join through the stored ads that joined, until none does.
        request_nodes = np.concatenate([c + request, own_nodes])
        frontier = stored
        while len(frontier):
            joined = np.isin(links.component[c + stored], links.component[request_nodes])
            frontier, rest = np.intersect1d(stored[joined], frontier), stored[~joined]
            if not len(rest):
                break
            index = _merge_index(np.zeros(0, dtype=np.uint64), bands[frontier], frontier)
            asking, hit = _lookup(index, bands[rest])
            between(rest[asking], hit)
            now = np.isin(links.component[c + rest], links.component[request_nodes])
            frontier = rest[now]
        component = links.components()
        position = np.full(n, -1, dtype=np.int64)  # each row's node
        position[indexed >= 0] = np.searchsorted(involved, own_clusters)
        by_ad = np.argsort(pool.ad)  # the pool's ad ids are distinct
        position[new_rows] = c + by_ad[np.searchsorted(pool.ad[by_ad], keys.ad[new_rows])]
        cluster_of_node = np.concatenate([involved, np.full(m, -1, dtype=np.int64)])
        weight = np.concatenate([self.sizes_[involved], np.ones(m, dtype=np.int64)])
        size = np.bincount(component, weights=weight, minlength=component.max() + 1 if c + m else 0)
        smallest = np.full(len(size), np.iinfo(np.uint64).max, dtype=np.uint64)
        np.minimum.at(smallest, component, np.concatenate([self.min_keys_[involved], pool.ad]))
        flagged = np.zeros(len(size), dtype=bool)
        np.logical_or.at(flagged, component[:c], self.generic_[involved])
        root = component[position]  # each row's component
        generic = flagged[root]
        members = _Members.of(component, position, cluster_of_node, c)
        columns = {}
        for name, column in _ATTRIBUTES.items():
            others, everyone = self._linked_values(column, members, pool, keys)
            columns[name] = others.astype(np.float64)
            limit = self.generic_limits_.get(name)
            if limit is not None:
                generic = generic | (everyone > limit)
        total = size[root].astype(np.int64)
        columns["template_size"] = (total - 1).astype(np.float64)
        for name in ("template_size", *_ATTRIBUTES):
            columns[name][generic] = 0.0
        columns["template_log_size"] = np.log1p(columns["template_size"])
        columns["template_generic"] = generic.astype(np.float64)
        # An ad of a generic cluster is its own cluster.
        named = np.where(generic, keys.ad, np.minimum(smallest[root], keys.ad))
        ids = [f"{key:016x}" for key in named.tolist()]
        id_sizes = np.where(generic, 1, total)
        return LinkedTemplateReuse(
            keys=keys,
            # One 2-D block: a frame of named columns costs ten times as much.
            features=pd.DataFrame(
                np.column_stack([columns[name] for name in FEATURES]),
                index=X.index,
                columns=_FEATURE_INDEX,
            ),
            ids=pd.DataFrame({"template_cluster": ids, "template_size": id_sizes}, index=X.index),
        )

    def _linked_values(
        self, column: str, members: _Members, pool: TemplateKeys, keys: TemplateKeys
    ) -> tuple[np.ndarray, np.ndarray]:
        """Per row of `linked`'s ads: how many distinct values of `column` the other ads of
        its component have, and how many all of them and the row itself have."""
        clusters, values, ads = self._value_arrays(column)
        own = getattr(keys, column)
        # The value-table entries of each (row, cluster of its component).
        row, cluster = members.cluster_rows, members.clusters
        which, entry = _matches(clusters, cluster)
        entry_row, entry_value = row[which], values[entry]
        # An indexed ad is one of its cluster's ads: a value only it has is not "other".
        mine = (cluster[which] == members.own_cluster[entry_row]) & (entry_value == own[entry_row])
        other_entry = ads[entry] - mine > 0
        ad_row, ad_value = members.ad_rows, getattr(pool, column)[members.ads]
        known = ad_value != 0
        other_ad = known & ~members.own_ad
        n = len(own)
        others = _distinct_per_row(
            n,
            np.concatenate([entry_row[other_entry], ad_row[other_ad]]),
            np.concatenate([entry_value[other_entry], ad_value[other_ad]]),
        )
        everyone = _distinct_per_row(
            n,
            np.concatenate([entry_row, ad_row[known], np.flatnonzero(own != 0)]),
            np.concatenate([entry_value, ad_value[known], own[own != 0]]),
        )
        return others, everyone

    def summarise(self, X: pd.DataFrame, min_ads: int = 2, min_share: float = 0.5) -> pd.DataFrame:
        """Shared text per template cluster among the ads of `X`, largest first.

        Returns `template_cluster`, `ads` (in `X`), `template_size` and `template` (the
        shared words, `[SLOT]` where the ads vary); boilerplate is left out.
        """
        ids = self.template_ids(X)
        texts = [_text(text) for text in X["text"]]
        sites = _sites(X)
        ad_ids = X["ad_id"].astype(str).to_numpy()
        rows = []
        for cluster, members in pd.Series(np.arange(len(X))).groupby(
            ids["template_cluster"].to_numpy()
        ):
            members = members.to_numpy()
            if len(members) < min_ads:
                continue
            members = members[np.argsort(ad_ids[members], kind="stable")]
            member_texts = [texts[i] for i in members]
            boilerplate = self._boilerplate_keys(member_texts, set(sites[members]))
            rows.append(
                {
                    "template_cluster": cluster,
                    "ads": len(members),
                    "template_size": int(ids["template_size"].iloc[members[0]]),
                    "template": summarise_template(
                        member_texts, min_share, boilerplate=boilerplate
                    ),
                }
            )
        frame = pd.DataFrame(rows, columns=["template_cluster", "ads", "template_size", "template"])
        return frame.sort_values(
            ["ads", "template_cluster"], ascending=[False, True], ignore_index=True
        )

    def _boilerplate_keys(self, texts: list[str], sites: set[str]) -> set[str]:
        drop = set(self.boilerplate_.get("", ())).union(
            *(self.boilerplate_.get(site, ()) for site in sites)
        )
        keys = sorted({key for text in texts for key in sentence_keys(text)})
        return {key for key, h in zip(keys, hash64(keys), strict=True) if int(h) in drop}


@dataclass(frozen=True)
class TemplateKeys:
    """What a reuse store keeps of each scored ad's text: hashes only.

    Per ad: `ad` (64-bit id hash), `band_keys` (one 32-bit LSH key a band, all 0 for an
    ad too short to link), its bottom-k sketch (`sketch_values` from `sketch_offsets`, 32-bit
    shingle hashes), and the 64-bit value hashes of its `location`, `site` and `poster`.
    """

    ad: np.ndarray
    band_keys: np.ndarray
    sketch_values: np.ndarray
    sketch_offsets: np.ndarray
    location: np.ndarray
    site: np.ndarray
    poster: np.ndarray

    def __len__(self) -> int:
        return len(self.ad)

    def sketch(self, i: int) -> np.ndarray:
        """The sketch of ad `i`."""
        return self.sketch_values[self.sketch_offsets[i] : self.sketch_offsets[i + 1]]

    @classmethod
    def empty(cls, bands: int) -> TemplateKeys:
        """No ads."""
        return cls.from_ads([], bands)

    @classmethod
    def from_ads(cls, ads: Sequence[dict], bands: int) -> TemplateKeys:
        """From one mapping per ad with the fields, `sketch` in place of values and offsets."""
        lengths = [len(ad["sketch"]) for ad in ads]
        return cls(
            ad=np.array([ad["ad"] for ad in ads], dtype=np.uint64),
            band_keys=np.array([ad["band_keys"] for ad in ads], dtype=np.uint32).reshape(
                len(ads), bands
            ),
            sketch_values=np.concatenate(
                [np.zeros(0, dtype=np.uint32)]
                + [np.asarray(ad["sketch"], dtype=np.uint32) for ad in ads]
            ),
            sketch_offsets=np.concatenate([[0], np.cumsum(lengths, dtype=np.int64)]),
            **{
                column: np.array([ad[column] for ad in ads], dtype=np.uint64)
                for column in _ATTRIBUTES.values()
            },
        )

    def take(self, rows: np.ndarray) -> TemplateKeys:
        """The ads at positions `rows`."""
        values, lengths = _gather((self.sketch_values, self.sketch_offsets), rows)
        return TemplateKeys(
            ad=self.ad[rows],
            band_keys=self.band_keys[rows],
            sketch_values=values,
            sketch_offsets=np.concatenate([[0], np.cumsum(lengths, dtype=np.int64)]),
            **{column: getattr(self, column)[rows] for column in _ATTRIBUTES.values()},
        )

    @staticmethod
    def concat(parts: Sequence[TemplateKeys]) -> TemplateKeys:
        """The ads of `parts`, in order."""
        offsets, total = [np.zeros(1, dtype=np.int64)], 0
        for part in parts:
            offsets.append(total + part.sketch_offsets[1:])
            total += int(part.sketch_offsets[-1])
        return TemplateKeys(
            ad=np.concatenate([p.ad for p in parts]),
            band_keys=np.concatenate([p.band_keys for p in parts]),
            sketch_values=np.concatenate([p.sketch_values for p in parts]),
            sketch_offsets=np.concatenate(offsets),
            **{
                column: np.concatenate([getattr(p, column) for p in parts])
                for column in _ATTRIBUTES.values()
            },
        )


@dataclass(frozen=True)
class LinkedTemplateReuse(LinkedReuse):
    """What `TemplateReuse.linked` found for an ad frame: its features, its template ids
    and the keys of its ads. It stands in for the fitted TemplateReuse in a scoring
    pipeline (`transform`, `template_ids`) for that frame only."""

    keys: TemplateKeys
    ids: pd.DataFrame

    def template_ids(self, X: pd.DataFrame) -> pd.DataFrame:
        """The template ids found for this frame, as `TemplateReuse.template_ids` gives them."""
        self._check(X)
        return self.ids.set_axis(X.index)


@dataclass(frozen=True)
class _Members:
    """The nodes of each row's component in `TemplateReuse.linked`'s graph, as (row, node)
    pairs: clusters (`cluster_rows`, `clusters`) and new ads (`ad_rows`, `ads`: pool
    positions; `own_ad`: the row's own node). `own_cluster`: each row's cluster, -1 if new."""

    cluster_rows: np.ndarray
    clusters: np.ndarray
    ad_rows: np.ndarray
    ads: np.ndarray
    own_ad: np.ndarray
    own_cluster: np.ndarray

    @classmethod
    def of(
        cls, component: np.ndarray, position: np.ndarray, cluster_of_node: np.ndarray, c: int
    ) -> _Members:
        """From each node's component, each row's node and the clusters of the first `c`."""
        order = np.argsort(component, kind="stable")
        ordered, root = component[order], component[position]
        row, at = _matches(ordered, root)
        node = order[at]
        on_cluster = node < c
        ad_rows = row[~on_cluster]
        return cls(
            cluster_rows=row[on_cluster],
            clusters=cluster_of_node[node[on_cluster]],
            ad_rows=ad_rows,
            ads=node[~on_cluster] - c,
            own_ad=node[~on_cluster] == position[ad_rows],
            own_cluster=cluster_of_node[position],
        )


# Built once: making a frame's column index costs more than filling a row of features.
_FEATURE_INDEX = pd.Index(FEATURES)


def _distinct_per_row(n: int, rows: np.ndarray, values: np.ndarray) -> np.ndarray:
    """How many distinct values each of `n` rows has, from (row, value) pairs."""
    order = np.lexsort((values, rows))
    rows, values = rows[order], values[order]
    new = np.ones(len(rows), dtype=bool)
    new[1:] = (rows[1:] != rows[:-1]) | (values[1:] != values[:-1])
    return np.bincount(rows[new], minlength=n)


# --- sketches -----------------------------------------------------------------------------


def _shingles(
    streams: list[list[int]], token_hashes: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of each ad's k-word shingles and the ad each belongs to; an ad shorter
    than k words is one shingle."""
    lengths = np.array([len(s) for s in streams], dtype=np.int64)
    total = int(lengths.sum())
    if not total:
        return np.zeros(0, dtype=np.uint32), np.zeros(0, dtype=np.int64)
    tokens = token_hashes[np.fromiter((t for s in streams for t in s), dtype=np.int64, count=total)]
    owner = np.repeat(np.arange(len(streams)), lengths)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    position = np.arange(total) - starts[owner]
    width = np.minimum(lengths, k)[owner]
    index = np.flatnonzero(position <= lengths[owner] - width)
    h = np.zeros(len(index), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            take = j < width[index]
            h[take] += tokens[index[take] + j] * _MIX[j % len(_MIX)]
    return (h >> np.uint64(32)).astype(np.uint32), owner[index]


def _fmix32(h: np.ndarray) -> np.ndarray:
    """The MurmurHash3 finalizer that datasketch's affine32 scheme applies to each input."""
    h = h.astype(np.uint32)
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def _minhash(mixed: np.ndarray, starts: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    """MinHash signatures, shape (ads, num_perm), of the runs of `mixed` (shingle hashes
    after datasketch's fmix32) beginning at `starts`: what datasketch's
    `MinHash(num_perm, seed)` gives for the same input hashes, for a batch at once."""
    a, b = _permutations(num_perm, seed)
    signature = np.empty((len(starts), num_perm), dtype=np.uint32)
    # Permutations a block at a time, each block one broadcast product of about a million
    # values: a few numpy calls for a small batch, where one a permutation cost more.
    step = max(1, min(num_perm, _MINHASH_BLOCK // max(len(mixed), 1)))
    for j in range(0, num_perm, step):
        products = mixed[:, None] * a[None, j : j + step] + b[None, j : j + step]
        signature[:, j : j + step] = np.minimum.reduceat(products, starts, axis=0)
    return signature


@functools.lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's permutations for `MinHash(num_perm, seed)`: drawing them costs more than
    hashing one ad, so once per scheme."""
    a, b = MinHash(num_perm=num_perm, seed=seed).permutations
    a.flags.writeable = b.flags.writeable = False
    return a, b


def _band(signature: np.ndarray, bands: int) -> np.ndarray:
    """A nonzero 32-bit key per band; the band's number is mixed in, so bands differ."""
    rows = signature.shape[1] // bands
    # All bands at once: row r of band b is column b * rows + r.
    grouped = signature[:, : bands * rows].reshape(len(signature), bands, rows)
    with np.errstate(over="ignore"):
        numbers = np.arange(1, bands + 1, dtype=np.uint64) * _MIX[7]
        key = np.repeat(numbers[None, :], len(signature), axis=0)
        for r in range(rows):
            key = (key ^ grouped[:, :, r].astype(np.uint64)) * _MIX[r % 7]
        key ^= key >> np.uint64(32)
    return np.maximum(key & _LOW32, np.uint64(1)).astype(np.uint32)


def _pack(band_keys: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Nonzero (band key, row) pairs packed into sortable uint64."""
    packed = (
        (band_keys.astype(np.uint64) << np.uint64(32)) | rows.astype(np.uint64)[:, None]
    ).ravel()
    return packed[(packed >> np.uint64(32)) != 0]


def _merge_index(index: np.ndarray, band_keys: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """The sorted packed index with the rows' band keys added."""
    packed = np.sort(_pack(band_keys, rows))
    if len(packed) * 8 < len(index):  # a few ads: insert rather than sort it all again
        return np.insert(index, np.searchsorted(index, packed), packed)
    return np.sort(np.concatenate([index, packed]))


def _candidate_pairs(band_keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (later, earlier) pairs of rows sharing a band key."""
    packed = np.sort(_pack(band_keys, np.arange(len(band_keys))))
    keys = packed >> np.uint64(32)
    members = (packed & _LOW32).astype(np.int64)
    starts = np.flatnonzero(np.concatenate([[True], keys[1:] != keys[:-1]]))
    sizes = np.diff(np.concatenate([starts, [len(keys)]]))
    # Each member pairs with the members after it in its bucket.
    after = np.repeat(starts + sizes, sizes) - np.arange(len(keys)) - 1
    first = np.repeat(np.arange(len(keys)), after)
    second = first + 1 + (np.arange(after.sum()) - np.repeat(np.cumsum(after) - after, after))
    a, b = members[first], members[second]
    later, earlier = np.maximum(a, b), np.minimum(a, b)
    distinct = later != earlier
    pairs = _sorted_distinct(
        (later[distinct].astype(np.uint64) << np.uint64(32)) | earlier[distinct].astype(np.uint64)
    )
    return (pairs >> np.uint64(32)).astype(np.int64), (pairs & _LOW32).astype(np.int64)


def _lookup(index: np.ndarray, band_keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct (query, indexed row) pairs sharing a band key, from a packed index."""
    queries = np.repeat(np.arange(len(band_keys)), band_keys.shape[1])
    packed = band_keys.astype(np.uint64).ravel() << np.uint64(32)
    hit = packed != 0
    # Sorted needles: binary searches in a long index then stay within the cache (numpy
    # narrows each search by the last one), about six times faster at a million ads. The
    # pairs are sorted at the end, so their order here does not matter.
    order = np.argsort(packed[hit])
    packed, queries = packed[hit][order], queries[hit][order]
    low = np.searchsorted(index, packed)
    high = np.searchsorted(index, packed | _LOW32, side="right")
    counts = high - low
    query = np.repeat(queries, counts)
    position = np.repeat(low - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())
    found = index[position] & _LOW32
    pairs = _sorted_distinct((query.astype(np.uint64) << np.uint64(32)) | found)
    return (pairs >> np.uint64(32)).astype(np.int64), (pairs & _LOW32).astype(np.int64)


def _copies(
    band_keys: np.ndarray, values: np.ndarray, offsets: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(copy, original) positions of indexed ads whose band keys and sketch equal an
    earlier ad's: they link unchecked, and only the original looks for candidates."""
    indexed = np.flatnonzero(band_keys[:, 0] != 0)
    lengths = np.diff(offsets)
    owner = np.repeat(np.arange(len(lengths)), lengths)
    position = np.arange(len(values)) - offsets[owner]
    digest = np.zeros(len(lengths), dtype=np.uint64)
    with np.errstate(over="ignore"):
        mixed = (values.astype(np.uint64) + np.uint64(1)) * _MIX[position % len(_MIX)]
        np.add.at(digest, owner, mixed ^ (mixed >> np.uint64(29)))
        for band in range(band_keys.shape[1]):
            digest = (digest ^ band_keys[:, band].astype(np.uint64)) * _MIX[band % len(_MIX)]
    digest = digest[indexed]
    order = np.argsort(digest, kind="stable")
    ordered = digest[order]
    same = (
        np.concatenate([[False], ordered[1:] == ordered[:-1]])
        if len(ordered)
        else np.zeros(0, dtype=bool)
    )
    first = np.maximum.accumulate(np.where(same, 0, np.arange(len(ordered))))
    return indexed[order[same]], indexed[order[first[same]]]


class _Links:
    """Components of graph nodes as links arrive. A candidate pair whose ends are already
    connected is dropped unchecked: the components are those of checking every pair, at
    a fraction of the cost inside large clusters."""

    def __init__(self, n: int) -> None:
        self.component = np.arange(n)

    def add(self, a: np.ndarray, b: np.ndarray) -> None:
        """Link nodes a[i] and b[i]."""
        if len(a):
            # Components of the components: only the new links need a graph.
            n = len(self.component)
            graph = coo_matrix(
                (np.ones(len(a), dtype=np.int8), (self.component[a], self.component[b])),
                shape=(n, n),
            )
            self.component = connected_components(graph, directed=False)[1][self.component]

    def offer(
        self, a: np.ndarray, b: np.ndarray, verify: Callable[[np.ndarray], np.ndarray]
    ) -> None:
        """Link the pairs (a[i], b[i]) that `verify` accepts, checking only those whose
        ends are not yet connected.

        A new ad often has dozens of candidates in one large cluster, and the first that
        verifies connects them all: so each round checks only the first few candidates
        between each two components (doubling each round), and the next round drops the
        candidates those links connected."""
        waiting, tries = np.arange(len(a)), 1
        while len(waiting):
            ends_a, ends_b = self.component[a[waiting]], self.component[b[waiting]]
            apart = ends_a != ends_b
            waiting, ends_a, ends_b = waiting[apart], ends_a[apart], ends_b[apart]
            if not len(waiting):
                break
            ends = (np.minimum(ends_a, ends_b).astype(np.uint64) << np.uint64(32)) | np.maximum(
                ends_a, ends_b
            ).astype(np.uint64)
            order = np.argsort(ends, kind="stable")
            ordered = ends[order]
            starts = np.flatnonzero(np.concatenate([[True], ordered[1:] != ordered[:-1]]))
            rank = np.arange(len(order)) - np.repeat(starts, np.diff([*starts, len(order)]))
            now = np.zeros(len(waiting), dtype=bool)
            now[order[rank < tries]] = True
            chosen = waiting[now]
            for start in range(0, len(chosen), _PAIR_CHUNK):
                batch = chosen[start : start + _PAIR_CHUNK]
                batch = batch[self.component[a[batch]] != self.component[b[batch]]]
                if len(batch):
                    accepted = batch[verify(batch)]
                    self.add(a[accepted], b[accepted])
            waiting, tries = waiting[~now], tries * 2

    def components(self) -> np.ndarray:
        """Each node's component, numbered from 0."""
        return np.unique(self.component, return_inverse=True)[1]


def _gather(
    sketches: tuple[np.ndarray, np.ndarray], rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The sketches of `rows`, concatenated, and their lengths."""
    values, offsets = sketches
    start = offsets[rows]
    length = offsets[rows + 1] - start
    index = np.repeat(start - np.cumsum(length) + length, length) + np.arange(length.sum())
    return values[index], length


def _overlap(
    left: tuple[np.ndarray, np.ndarray],
    a: np.ndarray,
    right: tuple[np.ndarray, np.ndarray],
    b: np.ndarray,
    k: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Shared and union hash counts of each pair of sketches, whose ratio is the Jaccard
    similarity: exact when neither sketch is cut at k hashes, else the bottom-k estimate
    over the hashes below the smaller cut."""
    values_a, length_a = _gather(left, a)
    values_b, length_b = _gather(right, b)
    pair = np.arange(len(a), dtype=np.uint64)
    pair_a, pair_b = np.repeat(pair, length_a), np.repeat(pair, length_b)
    cut = np.minimum(_cut(values_a, length_a, k), _cut(values_b, length_b, k))
    kept_a, kept_b = values_a <= cut[pair_a], values_b <= cut[pair_b]
    # Sketches are sorted, so (pair, hash) codes are sorted too: a binary search finds the
    # hashes a pair shares.
    code_a = (pair_a << np.uint64(32)) | values_a
    code_b = (pair_b << np.uint64(32)) | values_b
    if len(code_b):
        position = np.minimum(np.searchsorted(code_b, code_a), len(code_b) - 1)
        shared = (code_b[position] == code_a) & kept_a
    else:
        shared = np.zeros(len(code_a), dtype=bool)
    n_shared = np.bincount(pair_a[shared].astype(np.int64), minlength=len(a))
    n_union = (
        np.bincount(pair_a[kept_a].astype(np.int64), minlength=len(a))
        + np.bincount(pair_b[kept_b].astype(np.int64), minlength=len(a))
        - n_shared
    )
    return n_shared, n_union


def _cut(values: np.ndarray, lengths: np.ndarray, k: int) -> np.ndarray:
    """Each sketch's largest hash if it holds k (the set may go on), else above any hash."""
    last = (
        values[np.maximum(np.cumsum(lengths) - 1, 0)].astype(np.uint64)
        if len(values)
        else np.zeros(len(lengths), dtype=np.uint64)
    )
    return np.where(lengths >= k, last, np.uint64(1 << 32))


# --- small helpers ------------------------------------------------------------------------


def _matches(sorted_keys: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every (i, j) with `keys[i] == sorted_keys[j]`, as two arrays, in order of i then j:
    a join on one key that costs in proportion to the matches, not to the table."""
    first = np.searchsorted(sorted_keys, keys, side="left")
    count = np.searchsorted(sorted_keys, keys, side="right") - first
    which = np.repeat(np.arange(len(keys)), count)
    return which, np.repeat(first - np.cumsum(count) + count, count) + np.arange(count.sum())


def _sorted_distinct(values: np.ndarray) -> np.ndarray:
    values = np.sort(values)
    return values[np.concatenate([[True], values[1:] != values[:-1]])] if len(values) else values


def _first_rows(keys: np.ndarray) -> np.ndarray:
    """Positions of the first occurrence of each key, in order."""
    _, first = np.unique(keys, return_index=True)
    return np.sort(first)


def _empty_values() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "cluster": np.zeros(0, dtype=np.int64),
            "value": np.zeros(0, dtype=np.uint64),
            "ads": np.zeros(0, dtype=np.int64),
        }
    )


def _text(text: object) -> str:
    return text if isinstance(text, str) else ""


def _sites(X: pd.DataFrame) -> np.ndarray:
    return np.array([site if isinstance(site, str) else "" for site in X["site"]], dtype=object)


def _check_frame(X: pd.DataFrame) -> None:
    if not isinstance(X, pd.DataFrame):
        raise TypeError(f"expected an ad frame (pandas DataFrame), got {type(X).__name__}")
    missing = [column for column in REQUIRED_COLUMNS if column not in X.columns]
    if missing:
        raise ValueError(f"expected columns {missing} in the ad frame, got {list(X.columns)}")
