"""Text as the word features see it: emoji spelled out, contacts and digits masked.

Masking keeps contact values out of the fitted vocabulary, which travels inside every model
artefact; the contact-reuse features carry that signal as keyed hashes instead.
"""

from __future__ import annotations

import re

from pipeline.normalise import emoji_names

_EMAIL = re.compile(
    r"[\w.+-]+\s*(?:@|\(at\)|\[at\])\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\w-]+)+", re.I
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_HANDLE = re.compile(r"@\s?[\w.]{2,}")
_DIGIT = re.compile(r"\d")


def feature_text(text: str) -> str:
    """Lower-cased text with emoji names, e-mails, URLs and handles masked, digits as 0."""
    text = emoji_names(text)
    text = _URL.sub(" urlmask ", text)
    text = _EMAIL.sub(" emailmask ", text)
    text = _HANDLE.sub(" handlemask ", text)
    return _DIGIT.sub("0", text).lower()
