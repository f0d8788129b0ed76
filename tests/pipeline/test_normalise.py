import emoji
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.normalise import ad_text, emoji_names, html_to_text, normalise_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hi<br>there <b>babe</b>", "Hi\nthere babe"),
        ("<p>one</p><p>two</p>", "one\ntwo"),
        ("fish &amp; chips", "fish & chips"),
        ("cafÃ© rÃ©ouvert", "café réouvert"),
        ("call ６０２", "call 602"),
        ("a  \t b\r\n\r\n\r\n\r\nc", "a b\n\nc"),
        ("1 < 2 and 3 > 2", "1 < 2 and 3 > 2"),
        ("zero\u200bwidth\x00", "zerowidth"),
        ("", ""),
    ],
)
def test_normalise_text_examples(raw, expected):
    assert normalise_text(raw) == expected


@given(st.text())
def test_normalise_text_is_idempotent_and_never_raises(text):
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(st.text(alphabet=st.sampled_from("<>/&;#pbrdiv xX01aé💋\n")))
def test_normalise_text_survives_broken_html(text):
    once = normalise_text(text)
    assert normalise_text(once) == once


@pytest.mark.parametrize(("raw", "expected"), [("roses 🌹", "roses  :rose: "), ("plain", "plain")])
def test_emoji_names_spell_out_emoji(raw, expected):
    assert emoji_names(raw) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [("Title", "<b>Body</b>", "Title\n\nBody"), ("", "Body", "Body"), ("Title", "", "Title")],
)
def test_ad_text_joins_normalised_title_and_body(title, body, expected):
    assert ad_text(title, body) == expected


def test_html_to_text_leaves_plain_text_alone():
    assert html_to_text("no tags here") == "no tags here"


_SOME_EMOJI = sorted(emoji.EMOJI_DATA)[::40]


@given(st.lists(st.one_of(st.text(max_size=5), st.sampled_from(_SOME_EMOJI)), max_size=12))
def test_emoji_names_equal_demojize_on_the_whole_text(pieces):
    text = "".join(pieces)
    assert emoji_names(text) == emoji.demojize(text, delimiters=(" :", ": "))
