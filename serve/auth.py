"""API keys: configured as SHA-256 hashes with scopes; compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from pipeline.settings import ApiKey

ANONYMOUS = ApiKey(id="anonymous-loopback", sha256="0" * 64, scopes=frozenset({"score", "admin"}))
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


class AuthError(Exception):
    """A request that may not proceed; `status` is 401 (who are you?) or 403 (not allowed)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def key_hash(raw_key: str) -> str:
    """The SHA-256 (hex) under which a key is configured."""
    return hashlib.sha256(raw_key.encode("utf-8")).hexdigest()


def new_key() -> str:
    """A fresh random API key (shown once; configure its hash)."""
    return "adr_" + secrets.token_urlsafe(32)


def authenticate(
    raw_key: str | None, keys: tuple[ApiKey, ...], client_host: str | None, scope: str
) -> ApiKey:
    """The configured key behind a request, checked for `scope`; raises AuthError."""
    if not keys:
        # Without configured keys the service is for this machine only.
        if client_host not in LOOPBACK_HOSTS:
            raise AuthError(403, "no API keys are configured: only loopback clients are served")
        return ANONYMOUS
    if not raw_key:
        raise AuthError(401, "missing API key: send it in the X-API-Key header")
    digest = key_hash(raw_key)
    match = next((k for k in keys if hmac.compare_digest(k.sha256, digest)), None)
    if match is None:
        raise AuthError(401, "invalid API key")
    if scope not in match.scopes:
        raise AuthError(403, f"this API key lacks the '{scope}' scope")
    return match
