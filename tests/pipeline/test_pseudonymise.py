"""Keyed hashes, masked display forms and the per-ad extraction record."""

from __future__ import annotations

import json
import stat

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.contacts import extract
from pipeline.pseudonymise import (
    DEV_KEY_FILE,
    MASK,
    contact_hash,
    extraction_record,
    load_or_create_key,
    mask,
    resolve_key,
    to_contacts,
)
from pipeline.schema import Contact

KEY = b"k" * 32
OTHER_KEY = b"o" * 32
AD = "Call 702-555-1240 or jane.doe at gmail dot com, snapchat: jane_xo, www.janedoe.com/me"


@pytest.mark.parametrize("value", ["+17025551240", "jane@gmail.com", "snapchat:jane_xo"])
def test_contact_hash_depends_on_the_key(value):
    assert contact_hash(value, KEY) == contact_hash(value, KEY)
    assert contact_hash(value, KEY) != contact_hash(value, OTHER_KEY)
    assert len(contact_hash(value, KEY)) == 64


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Jane@Gmail.com", "jane@gmail.com"),
        (" +17025551240 ", "+17025551240"),
        ("snapchat:JANE_XO", "snapchat:jane_xo"),
    ],
)
def test_contact_hash_normalises_case_and_space(first, second):
    assert contact_hash(first, KEY) == contact_hash(second, KEY)


@pytest.mark.parametrize("value", ["+17025551240", "+17025551241"])
def test_contact_hash_separates_different_values(value):
    assert contact_hash(value, KEY) != contact_hash("+17025551249", KEY)


@pytest.mark.parametrize("key", [b"", None])
def test_contact_hash_rejects_missing_key(key):
    with pytest.raises(ValueError, match="key"):
        contact_hash("+17025551240", key)


@pytest.mark.parametrize(
    ("kind", "value", "masked"),
    [
        ("phone", "+17025551240", "+1 702 ••• ••40"),
        ("phone", "+61499696998", "+61 499 ••• •98"),
        ("phone", "+447440566047", "+44 ••• ••• ••47"),
        ("email", "jane@gmail.com", "j•••@gmail.com"),
        ("email", "office@fantasie-escort.at", "o•••@f•••.at"),
        ("handle", "snapchat:janeewade", "snapchat:j•••e"),
        ("handle", "kik:abc", "kik:a•••"),
        ("handle", "kik:ab", "kik:•••"),
        ("handle", "whatsapp:+923214699343", "whatsapp:+92 321 ••• ••43"),
        ("handle", "whatsapp:66913387", "whatsapp:••••••87"),
        ("url", "harem.com.au/online-booking.html", "h•••.com.au/•••"),
        ("url", "katrinakovell.com", "k•••.com"),
    ],
)
def test_mask_shows_the_agreed_form(kind, value, masked):
    assert mask(kind, value) == masked


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("phone", "+17025551240"),
        ("phone", "+4915784627939"),
        ("phone", "+85259707460"),
        ("phone", "+33612345678"),
        ("email", "a@b.co"),
        ("email", "x@proton.me"),
        ("handle", "snapchat:jane"),
        ("handle", "wechat:x"),
        ("handle", "whatsapp:+447440566047"),
        ("url", "a.com"),
        ("url", "janedoe.com/very/long/path"),
    ],
)
def test_mask_never_shows_the_full_value(kind, value):
    masked = mask(kind, value)
    assert MASK in masked
    hidden = value.partition(":")[2] if kind == "handle" else value
    assert hidden not in masked
    visible_digits = sum(char.isdigit() for char in masked)
    assert visible_digits < sum(char.isdigit() for char in value) or not any(
        char.isdigit() for char in value
    )


@pytest.mark.parametrize("kind", ["address", "", "PHONE"])
def test_mask_rejects_unknown_kind(kind):
    with pytest.raises(ValueError, match="unknown contact kind"):
        mask(kind, "x")


def test_load_or_create_key_creates_once_and_warns(tmp_path):
    with pytest.warns(UserWarning, match="ADRISK_HASH_KEY"):
        key = load_or_create_key(tmp_path / "data")
    path = tmp_path / "data" / DEV_KEY_FILE
    assert len(key) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_key(tmp_path / "data") == key  # read back, no new warning


@pytest.mark.parametrize("content", ["not hex\n", "\n"])
def test_load_or_create_key_rejects_a_broken_key_file(tmp_path, content):
    (tmp_path / DEV_KEY_FILE).write_text(content, encoding="ascii")
    with pytest.raises(ValueError, match=DEV_KEY_FILE):
        load_or_create_key(tmp_path)


@pytest.mark.parametrize(("env_value", "expected"), [("s3cret-key", b"s3cret-key")])
def test_resolve_key_prefers_the_environment(tmp_path, env_value, expected):
    assert resolve_key(env_value, tmp_path) == expected
    assert not (tmp_path / DEV_KEY_FILE).exists()


def test_to_contacts_hashes_and_masks_each_distinct_contact():
    contacts = to_contacts(extract(AD + " again 702-555-1240"), KEY)
    assert [contact.kind for contact in contacts] == ["phone", "email", "handle", "url"]
    assert all(isinstance(contact, Contact) for contact in contacts)
    assert contacts[0].hash == contact_hash("+17025551240", KEY)
    assert contacts[2].platform == "snapchat"
    dumped = json.dumps([contact.model_dump() for contact in contacts])
    for raw in ("5551240", "jane.doe", "jane_xo", "janedoe.com"):
        assert raw not in dumped


@pytest.mark.parametrize(
    ("reveal", "raw_present"),
    [(False, False), (True, True)],
)
def test_extraction_record_reveals_raw_values_only_on_request(reveal, raw_present):
    record = extraction_record("ad-1", extract(AD + ", 22 yo, $200/hr"), KEY, reveal=reveal)
    dumped = json.dumps(record, ensure_ascii=False)
    for raw in ("+17025551240", "702-555-1240", "jane.doe@gmail.com", "snapchat:jane_xo"):
        assert (raw in dumped) == raw_present
    assert record["ad_id"] == "ad-1"
    assert {contact["kind"] for contact in record["contacts"]} == {
        "phone",
        "email",
        "handle",
        "url",
    }
    age_at = len(AD) + len(", ")
    assert record["ages"] == [{"value": 22, "start": age_at, "end": age_at + 2}]
    assert record["prices"][0]["amount"] == 200.0


def test_extraction_record_groups_repeated_contacts_with_their_spans():
    text = "call 702-555-1240 or 7 0 2 5 5 5 1 2 4 0"
    record = extraction_record("ad-2", extract(text), KEY)
    (phone,) = record["contacts"]
    assert phone["spans"] == [[5, 17], [21, 40]]
    assert phone["effort"] > 0
    assert phone["masked"] == "+1 702 ••• ••40"


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["phone", "email", "handle", "url"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789+._-@:/", min_size=1, max_size=30),
)
def test_mask_never_reveals_the_value(kind, value):
    masked = mask(kind, value)
    hidden = value.partition(":")[2] if kind == "handle" else value
    if len(hidden) >= 3:
        assert hidden not in masked
