"""Text as the word features see it: emoji spelled out, digits masked, lower case.

The input is the frame's `masked_text`, in which every extracted contact is already a
placeholder word (`phonemask`, `emailmask`, …). Masking keeps contact values out of the
fitted vocabulary, which travels inside every model artefact; contact reuse reaches the
model as keyed hashes instead. Digits become 0 so that prices and leftover numbers keep
their shape but not their value.
"""

from __future__ import annotations

import re

from pipeline.normalise import emoji_names

_DIGIT = re.compile(r"\d")


def feature_text(text: str) -> str:
    """Lower-cased text with emoji names and every digit as 0."""
    return _DIGIT.sub("0", emoji_names(text)).lower()
