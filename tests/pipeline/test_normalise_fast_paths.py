"""The fast paths of normalisation give exactly what the slow ones give."""

import re
import sys
import unicodedata

import emoji
import ftfy
import ftfy.badness
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import normalise
from pipeline.normalise import (
    _MOJIBAKE_CHARACTER,
    _looks_like_mojibake,
    html_to_text,
    normalise_text,
)

# Characters ftfy's badness regex looks for, with the ASCII context its alternatives need.
_SUSPECT = sorted(
    {chr(c) for c in range(0x80, 0x2600) if _MOJIBAKE_CHARACTER.match(chr(c))}
    | set("ŒœÃÂ€ВГРСΒΓΞΟвЂāβ√≈‚ўÄ")
)
_MOJIBAKE_ALPHABET = st.sampled_from(_SUSPECT + list("aZz .,?!\n\t_1"))


@pytest.mark.parametrize(
    "text",
    [
        "cafÃ© rÃ©ouvert",
        "Ã ",
        "a Ã ",
        "xÂ ",
        "Å“uvre",
        "\x85",
        "Ã",
        "clean café à 12 €",
        "l’été 🌹",
        "Ð¿Ñ€Ð¸Ð²ÐµÑ‚",
        "вЂ™",
    ],
)
def test_looks_like_mojibake_examples_agree_with_ftfy(text):
    assert _looks_like_mojibake(text) == ftfy.badness.is_bad(text)


@settings(max_examples=1_000)
@given(st.text(alphabet=_MOJIBAKE_ALPHABET, max_size=12))
def test_looks_like_mojibake_equals_ftfy_on_suspect_text(text):
    assert _looks_like_mojibake(text) == ftfy.badness.is_bad(text)


@given(st.text())
def test_looks_like_mojibake_equals_ftfy_on_arbitrary_text(text):
    assert _looks_like_mojibake(text) == ftfy.badness.is_bad(text)


@given(st.text(alphabet=st.characters(blacklist_characters="<&")))
def test_html_to_text_leaves_text_without_markup_characters_alone(text):
    assert html_to_text(text) == text


def _normalise_once_without_fast_paths(text):
    """Normalisation as first written: ftfy's own badness check, every substitution run."""
    text = html_to_text(text)
    if not text.isascii():
        if ftfy.badness.is_bad(text):
            text = ftfy.fix_text(text, normalization="NFC")
        text = unicodedata.normalize("NFKC", text)
    text = normalise._CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = normalise._SPACES.sub(" ", text)
    text = normalise._SPACE_AROUND_NEWLINE.sub("\n", text)
    text = normalise._BLANK_LINES.sub("\n\n", text)
    return text.strip()


def _normalise_text_without_fast_paths(text):
    for _ in range(normalise._MAX_PASSES):
        settled = _normalise_once_without_fast_paths(text)
        if settled == text:
            break
        text = settled
    return text


_SPACY_TEXT = st.text(
    alphabet=st.sampled_from(list(" \t\n\r\xa0\u3000\u2028ab<&;é€Ã") + _SUSPECT[:40])
)


@settings(max_examples=500)
@given(st.one_of(st.text(), _SPACY_TEXT))
def test_normalise_text_equals_the_version_without_fast_paths(text):
    assert normalise_text(text) == _normalise_text_without_fast_paths(text)


def test_other_space_is_every_whitespace_but_space_and_line_break():
    whitespace = {chr(c) for c in range(sys.maxunicode + 1) if re.match(r"\s", chr(c))}
    other = {c for c in whitespace if normalise._OTHER_SPACE.match(c)}
    assert other == whitespace - {" ", "\n"}


def test_every_emoji_has_a_code_point_beyond_ascii():
    assert not any(emoji_text.isascii() for emoji_text in emoji.EMOJI_DATA)


def test_normalise_text_equals_the_version_without_fast_paths_on_synthetic_ads():
    from pipeline.synth import generate

    texts = [
        text for record, _ in generate(300, seed=5) for text in (record["title"], record["body"])
    ]
    assert [normalise_text(t) for t in texts] == [
        _normalise_text_without_fast_paths(t) for t in texts
    ]
