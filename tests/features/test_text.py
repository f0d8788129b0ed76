import pytest

from features.text import feature_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call 702-555-0143", "call 000-000-0000"),
        ("mail jess.x@example.com now", "mail  emailmask  now"),
        ("snap @jess_xo", "snap  handlemask "),
        ("see https://site.example/a?b=1", "see  urlmask "),
        ("🌹 Specials", " :rose:  specials"),
    ],
)
def test_feature_text_masks_contacts_and_digits(text, expected):
    assert feature_text(text) == expected
