import json
import re
from pathlib import Path

import emoji
import numpy as np
import pytest
import sklearn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

import features.text as text_module
from features.text import count_words, feature_text
from pipeline.normalise import ad_text, emoji_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call phonemask now, 200 Roses", "call phonemask now, 000 roses"),
        ("🌹 Specials", " :rose:  specials"),
        ("", ""),
    ],
)
def test_feature_text_spells_emoji_and_masks_digits(text, expected):
    assert feature_text(text) == expected


# --- exactness: the fast paths give what the plain definitions give -----------------------

_DIGIT = re.compile(r"\d")


def plain_feature_text(text: str) -> str:
    return _DIGIT.sub("0", emoji_names(text)).lower()


EMOJI = sorted(emoji.EMOJI_DATA)
# Emoji, keycaps and their pieces, digits of several scripts, look-alike and cased letters.
PIECES = [*EMOJI[:50], *EMOJI[-50:], "🌹", "💋", "1️⃣", "#️⃣", "*", "#", "\u20e3", "\ufe0f", "\u200d"]
PIECES += ["٣", "੭", "１２", "²", "Ⅻ", "İ", "ΣΑΣ", "ß", "Ǆ", "ﬀ", " ", "\n", "-", "phonemask"]
AD_TEXTS = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(EMOJI), st.text(max_size=8)), max_size=30
).map("".join)


@settings(max_examples=400, deadline=None)
@given(AD_TEXTS)
def test_feature_text_equals_plain_definition(text):
    assert feature_text(text) == plain_feature_text(text)


def test_emoji_names_changes_no_text_without_emoji_characters():
    # feature_text skips emoji_names for text with none of these characters; every other
    # code point must pass through emoji_names unchanged.
    others = "".join(chr(c) for c in range(0x110000) if chr(c) not in text_module._EMOJI_CHARACTERS)
    assert emoji_names(others) == others


def _ad_texts() -> list[str]:
    path = Path(__file__).parents[1] / "data" / "ads.jsonl"
    ads = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [ad_text(ad.get("title") or "", ad.get("body") or "") for ad in ads]


ADS = _ad_texts()
VECTORIZERS = [
    TfidfVectorizer(
        preprocessor=feature_text,
        ngram_range=(1, 2),
        min_df=2,
        max_df=0.9,
        max_features=50_000,
        sublinear_tf=True,
    ),
    TfidfVectorizer(preprocessor=feature_text, ngram_range=(1, 3), sublinear_tf=True),
    CountVectorizer(ngram_range=(2, 3), binary=True),
    CountVectorizer(strip_accents="unicode", lowercase=False, token_pattern=r"(?u)\b\w+\b"),
    CountVectorizer(ngram_range=(1, 1), dtype=np.int32),
]


def assert_same_matrix(got, expected):
    assert type(got) is type(expected)
    assert got.shape == expected.shape
    assert got.dtype == expected.dtype
    assert got.indptr.dtype == expected.indptr.dtype
    assert got.indices.dtype == expected.indices.dtype
    assert np.array_equal(got.indptr, expected.indptr)
    assert np.array_equal(got.indices, expected.indices)
    assert got.data.tobytes() == expected.data.tobytes()


@pytest.mark.parametrize("vectorizer", VECTORIZERS, ids=repr)
def test_count_words_equals_countvectorizer_transform(vectorizer):
    fitted = vectorizer.fit(ADS)
    documents = [*ADS, "", "   ", "🌹🌹 200 roses", ADS[0].upper()]
    assert_same_matrix(count_words(fitted, documents), CountVectorizer.transform(fitted, documents))
    assert_same_matrix(count_words(fitted, []), CountVectorizer.transform(fitted, []))
    for document in documents[:5]:
        assert_same_matrix(
            count_words(fitted, [document]), CountVectorizer.transform(fitted, [document])
        )


def test_count_words_equals_countvectorizer_on_random_text():
    fitted = VECTORIZERS[0].fit(ADS + ["🌹 roses 200", "٣ roses"])

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.one_of(AD_TEXTS, st.sampled_from(ADS)), max_size=6))
    def check(documents):
        expected = CountVectorizer.transform(fitted, documents)
        assert_same_matrix(count_words(fitted, documents), expected)

    check()


def test_tfidf_of_count_words_equals_tfidfvectorizer_transform():
    # The tf-idf matrix, to the last bit: TfidfVectorizer weights the same counts.
    fitted = VECTORIZERS[0].fit(ADS)
    expected = fitted.transform(ADS)
    assert_same_matrix(fitted._tfidf.transform(count_words(fitted, ADS), copy=False), expected)


@pytest.mark.skipif(
    "sparse_interface" not in sklearn.get_config(), reason="sklearn without sparse arrays"
)
def test_count_words_follows_the_sparse_interface_setting():
    fitted = VECTORIZERS[0].fit(ADS)
    with sklearn.config_context(sparse_interface="sparray"):
        assert_same_matrix(count_words(fitted, ADS), CountVectorizer.transform(fitted, ADS))


@pytest.mark.parametrize(
    ("vectorizer", "documents"),
    [
        (CountVectorizer(analyzer="char", ngram_range=(2, 3)), ADS),
        (CountVectorizer(stop_words=["the", "and"]), ADS),
        (CountVectorizer(tokenizer=str.split, token_pattern=None), ADS),
        (CountVectorizer(), [*ADS, b"bytes are decoded"]),
    ],
)
def test_count_words_leaves_other_vectorizers_to_sklearn(vectorizer, documents):
    fitted = vectorizer.fit(ADS)
    expected = CountVectorizer.transform(fitted, documents)
    assert_same_matrix(count_words(fitted, documents), expected)


def test_count_words_raises_as_sklearn_does():
    with pytest.raises(ValueError, match="Iterable over raw text documents expected"):
        count_words(VECTORIZERS[0].fit(ADS), "one string")
    with pytest.raises(sklearn.exceptions.NotFittedError):
        count_words(CountVectorizer(), ADS)
