"""Text as the word features see it: emoji spelled out, digits masked, lower case.

The input is the frame's `masked_text`, in which every extracted contact is already a
placeholder word (`phonemask`, `emailmask`, …). Masking keeps contact values out of the
fitted vocabulary, which travels inside every model artefact; contact reuse reaches the
model as keyed hashes instead. Digits become 0 so that prices and leftover numbers keep
their shape but not their value.

`count_words` gives what a fitted word vectorizer's `CountVectorizer.transform` gives, in a
fraction of the time: scoring counts the n-grams of every ad.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from itertools import repeat
from typing import Any

import emoji
import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from pipeline.normalise import emoji_names

__all__ = ["count_words", "feature_text"]

_DIGIT = re.compile(r"\d")
# Every character `emoji_names` can replace: the characters of emoji other than a keycap's
# digit, # or *, which it replaces only in front of one of these.
_EMOJI_CHARACTERS = frozenset(c for e in emoji.EMOJI_DATA for c in e if c not in "0123456789#*")


def feature_text(text: str) -> str:
    """Lower-cased text with emoji names and every digit as 0."""
    # `emoji_names` scans every character with a regular expression of a thousand ranges;
    # looking characters up in a set takes a tenth of the time. Half of the ads have no
    # emoji, and the runs of emoji it spells hold no space, so it needs to see only the
    # words that hold an emoji character, and those recur from ad to ad ("💖", "🌹🌹").
    if _EMOJI_CHARACTERS.isdisjoint(text):
        return _DIGIT.sub("0", text).lower()
    words = text.split(" ")
    spelled = (w if _EMOJI_CHARACTERS.isdisjoint(w) else _spelled_word(w) for w in words)
    return _DIGIT.sub("0", " ".join(spelled)).lower()


@functools.lru_cache(maxsize=16_384)
def _spelled_word(word: str) -> str:
    return emoji_names(word)


def count_words(vectorizer: CountVectorizer, documents: Iterable[Any]) -> Any:
    """What `CountVectorizer.transform(vectorizer, documents)` gives, for a fitted vectorizer.

    sklearn looks up every n-gram of every document in a Python loop (and catches an
    exception for each n-gram outside the vocabulary); here the n-grams are joined and
    looked up and counted by C-level `map` and `Counter`. What this does not cover
    (character n-grams, a callable analyzer or tokenizer, stop words, file input, a
    document that is not a str) sklearn counts itself.
    """
    documents = documents if isinstance(documents, str) else list(documents)
    interface = sklearn.get_config().get("sparse_interface", "spmatrix")
    if not (_countable(vectorizer, documents) and interface in ("spmatrix", "sparray")):
        return CountVectorizer.transform(vectorizer, documents)
    vocabulary = vectorizer.vocabulary_
    preprocess = vectorizer.build_preprocessor()
    tokenize = vectorizer.build_tokenizer()
    min_n, max_n = vectorizer.ngram_range
    indices: list[int] = []
    counts: list[int] = []
    indptr = [0]
    for document in documents:
        grams = _ngrams(tokenize(preprocess(document)), min_n, max_n)
        found = Counter(map(vocabulary.get, grams, repeat(-1)))
        found.pop(-1, None)
        indices += found
        counts += found.values()
        indptr.append(len(indices))
    return _count_matrix(indices, counts, indptr, vectorizer, interface)


def _ngrams(tokens: list[str], min_n: int, max_n: int) -> list[str]:
    # sklearn's `_word_ngrams`: n-grams are tokens joined by a space, shortest first.
    grams = tokens[:] if min_n == 1 else []
    for n in range(max(min_n, 2), max_n + 1):
        grams += map(" ".join, zip(*(tokens[i:] for i in range(n)), strict=False))
    return grams


def _countable(vectorizer: Any, documents: Any) -> bool:
    return (
        type(vectorizer) in (CountVectorizer, TfidfVectorizer)
        and not isinstance(documents, str)
        and bool(getattr(vectorizer, "vocabulary_", None))
        and vectorizer.analyzer == "word"
        and vectorizer.tokenizer is None
        and vectorizer.input == "content"
        and vectorizer.stop_words is None
        and all(isinstance(document, str) for document in documents)
    )


def _count_matrix(
    indices: list[int], counts: list[int], indptr: list[int], vectorizer: Any, interface: str
) -> Any:
    # The arrays sklearn's `_count_vocab` builds, with its dtypes; it sorts each row's
    # vocabulary ids too.
    index_dtype = np.int64 if indptr[-1] > np.iinfo(np.int32).max else np.int32
    values = np.asarray(counts, dtype=np.intc)
    if vectorizer.binary:
        values.fill(1)
    build = sparse.csr_matrix if interface == "spmatrix" else sparse.csr_array
    X = build(
        (values, np.asarray(indices, dtype=index_dtype), np.asarray(indptr, dtype=index_dtype)),
        shape=(len(indptr) - 1, len(vectorizer.vocabulary_)),
        dtype=vectorizer.dtype,
    )
    X.sort_indices()
    return X
