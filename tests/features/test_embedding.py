import pickle
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.compose import ColumnTransformer

import features.embedding as embedding
from features.embedding import PACKAGED_MODEL, TextEmbedding

TEXTS = pd.Series(
    [
        "Work abroad, flights and visa paid, no experience needed",
        "New in town, sweet and discreet, call phonemask",
        "Bright double room near the station, bills included",
        None,
    ],
    index=[10, 11, 12, 13],
    name="masked_text",
)


@pytest.fixture
def fitted(fake_encode) -> TextEmbedding:
    return TextEmbedding(encode=fake_encode).fit(TEXTS)


class _FakeModel:
    """Stands in for a loaded SentenceTransformer; counts how often it is loaded."""

    loads = 0

    def __init__(self, encode):
        self._encode = encode
        _FakeModel.loads += 1

    def encode(self, texts, **options):
        return self._encode(texts)


@pytest.fixture
def packaged(monkeypatch, fake_encode):
    """TextEmbedding() with the packaged model replaced by a fake, loaded per process."""
    _FakeModel.loads = 0
    monkeypatch.setattr(embedding, "load_sentence_model", lambda path: _FakeModel(fake_encode))
    return TextEmbedding()


# --- the transformer contract -------------------------------------------------------------


@pytest.mark.parametrize("params", [{}, {"model_name": "/models/minilm", "batch_size": 8}])
def test_text_embedding_clone_round_trips_and_fit_returns_self(params, fake_encode):
    model = TextEmbedding(encode=fake_encode, **params)
    assert clone(model).get_params() == model.get_params()
    assert model.fit(TEXTS) is model


def test_text_embedding_columns_match_feature_names(fitted):
    out = fitted.transform(TEXTS)
    assert list(out.columns) == list(fitted.get_feature_names_out()) == [str(i) for i in range(16)]
    assert list(out.index) == list(TEXTS.index)
    assert out.dtypes.unique().tolist() == [np.float32]


@pytest.mark.parametrize("rows", [[0], [1, 3]])
def test_text_embedding_pickle_round_trips(fitted, rows):
    restored = pickle.loads(pickle.dumps(fitted))
    pd.testing.assert_frame_equal(
        restored.transform(TEXTS.iloc[rows]), fitted.transform(TEXTS.iloc[rows])
    )


def test_text_embedding_one_row_frame(fitted):
    out = fitted.transform(TEXTS.to_frame().iloc[[2]])
    assert out.shape == (1, 16) and list(out.index) == [12]


def test_text_embedding_is_deterministic(fitted):
    pd.testing.assert_frame_equal(fitted.transform(TEXTS), fitted.transform(TEXTS))


def test_text_embedding_fit_transform_equals_fit_then_transform(fake_encode):
    pd.testing.assert_frame_equal(
        TextEmbedding(encode=fake_encode).fit_transform(TEXTS),
        TextEmbedding(encode=fake_encode).fit(TEXTS).transform(TEXTS),
    )


# --- behaviour ----------------------------------------------------------------------------


@pytest.mark.parametrize("texts", [["", None], ["", np.nan], ["", pd.NA]])
def test_text_embedding_embeds_missing_text_as_empty(fitted, texts):
    out = fitted.transform(pd.Series(texts, dtype=object)).to_numpy()
    assert (out[0] == out[1]).all()


@pytest.mark.parametrize(
    ("X", "message"),
    [
        (pd.DataFrame({"a": ["x"], "b": ["y"]}), "one column of text"),
        ("just one string", "a column of texts"),
    ],
)
def test_text_embedding_rejects_other_input(fitted, X, message):
    with pytest.raises(ValueError, match=message):
        fitted.transform(X)


def test_text_embedding_needs_text_to_fit(fake_encode):
    with pytest.raises(ValueError, match="at least one text"):
        TextEmbedding(encode=fake_encode).fit(pd.Series([], dtype=object))


def test_text_embedding_transforms_no_rows(fitted):
    assert fitted.transform(TEXTS.iloc[:0]).shape == (0, 16)


def test_text_embedding_refuses_an_encoder_of_another_size(fitted):
    fitted.set_params(encode=lambda texts: np.zeros((len(texts), 3)))
    with pytest.raises(ValueError, match="16-dimensional"):
        fitted.transform(TEXTS)


def test_text_embedding_refuses_an_encoder_with_one_vector_too_few(fake_encode):
    model = TextEmbedding(encode=lambda texts: fake_encode(texts)[:-1])
    with pytest.raises(ValueError, match="one vector per text"):
        model.fit_transform(TEXTS)


def test_text_embedding_records_the_encoder_it_needs(fitted, fake_encode):
    assert fitted.embedding_model_ == f"{fake_encode.__module__}.{fake_encode.__qualname__}"


# --- the packaged model: local, lazy, never pickled ---------------------------------------


def test_text_embedding_defaults_to_the_packaged_model(packaged):
    from importlib.metadata import version

    packaged.fit(TEXTS)
    assert packaged.embedding_model_ == f"{PACKAGED_MODEL}=={version(PACKAGED_MODEL)}"
    assert (embedding.model_path(None) / "model.safetensors").is_file()


def test_text_embedding_pickle_records_the_model_not_its_weights(packaged):
    packaged.fit(TEXTS)
    loads = _FakeModel.loads
    data = pickle.dumps(packaged)
    assert b"_FakeModel" not in data and len(data) < 2_000
    restored = pickle.loads(data)
    assert _FakeModel.loads == loads, "unpickling must not load the model"
    pd.testing.assert_frame_equal(restored.transform(TEXTS), packaged.transform(TEXTS))


@pytest.mark.parametrize("model_name", ["sentence-transformers/all-MiniLM-L6-v2", "no/such/dir"])
def test_text_embedding_never_downloads_a_model(model_name):
    with pytest.raises(ValueError, match="never downloads"):
        TextEmbedding(model_name=model_name).fit(TEXTS)


def test_text_embedding_loads_a_local_directory(tmp_path, monkeypatch, fake_encode):
    paths = []
    monkeypatch.setattr(
        embedding, "load_sentence_model", lambda path: paths.append(path) or _FakeModel(fake_encode)
    )
    model = TextEmbedding(model_name=str(tmp_path)).fit(TEXTS)
    assert paths == [tmp_path.resolve()] and model.embedding_model_ == str(tmp_path.resolve())


def test_text_embedding_names_columns_in_a_column_transformer(fake_encode):
    frame = pd.DataFrame({"masked_text": TEXTS, "other": 1})
    features = ColumnTransformer([("embedding", TextEmbedding(encode=fake_encode), "masked_text")])
    out = features.fit_transform(frame)
    names = features.get_feature_names_out()
    assert out.shape == (4, 16) and names[0] == "embedding__0" and names[-1] == "embedding__15"


def test_importing_the_embedding_loads_no_heavy_library():
    heavy = ["torch", "sentence_transformers", "transformers"]
    code = f"import sys, features.embedding; print([m for m in {heavy!r} if m in sys.modules])"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.slow
def test_text_embedding_with_the_real_model_is_offline_and_meaningful(monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    texts = pd.Series(
        [
            "Work abroad as a hostess, flights and visa paid, no experience needed",
            "Hostess jobs overseas: we pay your ticket and visa, no experience required",
            "Bright double room near the station, bills included",
        ]
    )
    model = TextEmbedding()
    out = model.fit_transform(texts).to_numpy()
    assert out.shape == (3, 384) and model.n_dims_ == 384
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-4)
    similarity = out @ out.T
    assert similarity[0, 1] > similarity[0, 2] + 0.2
    import os

    assert os.environ["HF_HUB_OFFLINE"] == "1"
    data = pickle.dumps(model)
    assert len(data) < 2_000
    np.testing.assert_allclose(pickle.loads(data).transform(texts).to_numpy(), out, atol=1e-5)
    loaded = embedding.load_sentence_model(embedding.model_path(None))
    with pytest.raises(TypeError, match="weights"):
        pickle.dumps(TextEmbedding(encode=loaded.encode))
