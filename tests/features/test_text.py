import pytest

from features.text import feature_text


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
