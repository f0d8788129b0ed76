"""Pseudonymised contacts: keyed hashes and masked display forms.

Raw contact values stay inside `pipeline/`. Everything else sees a `Contact`: an
HMAC-SHA256 of the normalised value under a secret key (so contacts can be linked across
ads without being stored), and a masked form an analyst can read without learning the
contact. The key comes from `ADRISK_HASH_KEY`; `load_or_create_key` provides a
development key and says so loudly.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
import unicodedata
import warnings
from pathlib import Path
from typing import Any

import phonenumbers

from pipeline.contacts import ContactMatch, Extraction
from pipeline.schema import Contact

KEY_ENV = "ADRISK_HASH_KEY"
DEV_KEY_FILE = ".hash_key"  # ignored by git; see .gitignore
MASK = "•"
_HIDDEN = MASK * 3
_KINDS = ("phone", "email", "handle", "url")
# Webmail domains say nothing about who owns an address; any other domain may name them.
_PUBLIC_MAIL = frozenset(
    """
gmail.com googlemail.com yahoo.com ymail.com hotmail.com outlook.com live.com msn.com
aol.com icloud.com me.com protonmail.com proton.me gmx.net gmx.de gmx.com yandex.ru
mail.ru wanadoo.fr orange.fr free.fr libero.it web.de wp.pl onet.pl o2.pl interia.pl
yahoo.co.uk hotmail.co.uk hotmail.fr yahoo.fr hotmail.it yahoo.es hotmail.es yahoo.de
t-online.de telenet.be ziggo.nl kpnmail.nl
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Second-level labels that belong to the public suffix ("co.uk", "com.au").
_SUFFIX_LABELS = frozenset({"co", "com", "org", "net", "gov", "ac", "edu"})

logger = logging.getLogger(__name__)


def contact_hash(value: str, key: bytes) -> str:
    """HMAC-SHA256 (hex) of a normalised contact value under `key`."""
    if not key:
        raise ValueError("contact hashing needs a non-empty key; set ADRISK_HASH_KEY")
    # Values arrive normalised; folding case and width again keeps the hash stable anyway.
    normalised = unicodedata.normalize("NFKC", value).strip().lower()
    return hmac.new(key, normalised.encode("utf-8"), hashlib.sha256).hexdigest()


def key_id(key: bytes) -> str:
    """A short public fingerprint of a hash key: tells whether two artefacts share one."""
    return hmac.new(key, b"adrisk hash key id", hashlib.sha256).hexdigest()[:16]


def load_or_create_key(data_dir: Path) -> bytes:
    """The development hash key in `data_dir`, generated (with a warning) on first use."""
    path = Path(data_dir) / DEV_KEY_FILE
    if path.is_file():
        return _read_key(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    try:
        # O_EXCL: two processes starting together must not end up with different keys.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_key(path)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(key.hex() + "\n")
    message = (
        f"{KEY_ENV} is not set: generated a development hash key at {path}. Contact hashes "
        f"made with it cannot be linked to hashes made with any other key; set {KEY_ENV} "
        "for shared or production use."
    )
    warnings.warn(message, stacklevel=2)
    logger.warning(message)
    return key


def resolve_key(env_value: str | None, data_dir: Path) -> bytes:
    """The key from `ADRISK_HASH_KEY`'s value if set, else the development key."""
    if env_value:
        return env_value.encode("utf-8")
    return load_or_create_key(data_dir)


def _read_key(path: Path) -> bytes:
    text = path.read_text(encoding="ascii").strip()
    try:
        key = bytes.fromhex(text)
    except ValueError as error:
        raise ValueError(f"{path} must hold a hex-encoded key") from error
    if not key:
        raise ValueError(f"{path} holds an empty key")
    return key


def mask(kind: str, value: str) -> str:
    """A display form of a contact that hides most of it: "+1 702 ••• ••40", "j•••@gmail.com"."""
    if kind == "phone":
        return _mask_phone(value)
    if kind == "email":
        return _mask_email(value)
    if kind == "handle":
        platform, _, name = value.partition(":")
        hidden = _mask_phone(name) if name.startswith("+") or name.isdigit() else _mask_word(name)
        return f"{platform}:{hidden}"
    if kind == "url":
        return _mask_url(value)
    raise ValueError(f"unknown contact kind {kind!r}; expected one of {', '.join(_KINDS)}")


def _mask_phone(value: str) -> str:
    """Country code and area code visible, then all but the last two digits hidden."""
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        digits = "".join(char for char in value if char.isdigit())
        return MASK * max(3, len(digits) - 2) + digits[-2:] if len(digits) > 4 else _HIDDEN
    national = phonenumbers.national_significant_number(number)
    if len(national) < 5:
        return f"+{number.country_code} {_HIDDEN}"
    area = phonenumbers.length_of_geographical_area_code(
        number
    ) or phonenumbers.length_of_national_destination_code(number)
    # At least half the national number stays hidden, however long its area code.
    if area + 2 > len(national) - max(3, len(national) // 2):
        area = 0
    rest = national[area:]
    hidden = MASK * (len(rest) - 2) + rest[-2:]
    groups = []
    while len(hidden) > 4:
        groups.append(hidden[:3])
        hidden = hidden[3:]
    groups.append(hidden)
    head = f"+{number.country_code}" + (f" {national[:area]}" if area else "")
    return " ".join([head, *groups])


def _mask_word(word: str) -> str:
    if len(word) >= 4:
        return f"{word[0]}{_HIDDEN}{word[-1]}"
    if len(word) == 3:
        return f"{word[0]}{_HIDDEN}"
    return _HIDDEN


def _mask_email(value: str) -> str:
    user, _, domain = value.rpartition("@")
    if not user or not domain:
        return _HIDDEN
    shown = domain if domain in _PUBLIC_MAIL else _mask_host(domain)
    return f"{user[:1]}{_HIDDEN}@{shown}"


def _mask_host(host: str) -> str:
    labels = host.split(".")
    keep = 2 if len(labels) > 2 and labels[-2] in _SUFFIX_LABELS else 1
    if len(labels) <= keep:
        return _HIDDEN
    name = ".".join(labels[:-keep])
    if not name:
        return _HIDDEN
    return f"{name[:1]}{_HIDDEN}." + ".".join(labels[-keep:])


def _mask_url(value: str) -> str:
    host, _, path = value.partition("/")
    return _mask_host(host) + (f"/{_HIDDEN}" if path else "")


def to_contacts(extraction: Extraction, key: bytes) -> list[Contact]:
    """One `Contact` per distinct phone, email, handle and URL, in order of first mention."""
    contacts: list[Contact] = []
    seen: set[tuple[str, str]] = set()
    for match in extraction.contacts:
        if (match.kind, match.value) in seen:
            continue
        seen.add((match.kind, match.value))
        contacts.append(_contact(match, key))
    return contacts


def _contact(match: ContactMatch, key: bytes) -> Contact:
    platform = match.value.partition(":")[0] if match.kind == "handle" else None
    hashed = contact_hash(match.value, key)
    return Contact(
        kind=match.kind,
        hash=hashed,
        masked=_masked(match.kind, match.value, hashed),
        platform=platform,
    )


def masked_match(match: ContactMatch, key: bytes) -> str:
    """`mask` of a matched contact, looked up by its keyed hash when seen before."""
    return _masked(match.kind, match.value, contact_hash(match.value, key))


# Keyed hash → masked form, for contacts seen recently (masking a phone reads its number
# plan: ~0.15 ms). It holds only what outputs show; never a raw value.
_MASKS_BY_HASH: dict[str, str] = {}
MASK_CACHE_SIZE = 100_000


def _masked(kind: str, value: str, hashed: str) -> str:
    found = _MASKS_BY_HASH.get(hashed)
    if found is None:
        found = mask(kind, value)
        if len(_MASKS_BY_HASH) >= MASK_CACHE_SIZE:
            _MASKS_BY_HASH.clear()
        _MASKS_BY_HASH[hashed] = found
    return found


def extraction_record(
    ad_id: str, extraction: Extraction, key: bytes, reveal: bool = False
) -> dict[str, Any]:
    """The per-ad output of `adrisk extract`: hashed, masked contacts unless `reveal`.

    Each distinct contact lists every span where it occurs and the most de-obfuscation any
    occurrence needed. Raw values and their written forms appear only with `reveal=True`,
    for an analyst who explicitly asks for them.
    """
    grouped: dict[tuple[str, str], list[ContactMatch]] = {}
    for match in extraction.contacts:
        grouped.setdefault((match.kind, match.value), []).append(match)
    contacts = []
    for (kind, value), matches in grouped.items():
        contact = _contact(matches[0], key)
        entry: dict[str, Any] = {
            "kind": kind,
            "hash": contact.hash,
            "masked": contact.masked,
            "platform": contact.platform,
            "spans": [[match.start, match.end] for match in matches],
            "effort": max(match.effort for match in matches),
        }
        if reveal:
            entry["value"] = value
            entry["written"] = list(dict.fromkeys(match.written for match in matches))
        contacts.append(entry)
    return {
        "ad_id": ad_id,
        "contacts": contacts,
        "ages": [
            {"value": age.value, "start": age.start, "end": age.end} for age in extraction.ages
        ],
        "prices": [
            {
                "amount": price.value.amount,
                "currency": price.value.currency,
                "unit": price.value.unit,
                "start": price.start,
                "end": price.end,
            }
            for price in extraction.prices
        ],
    }
