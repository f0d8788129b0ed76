"""Text normalisation: what an analyst sees and what every feature reads.

`normalise_text` gives the display text that evidence offsets point into. It keeps line
breaks and emoji (they carry meaning, e.g. 🌹 as a money code); `emoji_names` spells emoji
out for features that tokenise words.
"""

from __future__ import annotations

import re
import unicodedata

import emoji
import ftfy
import ftfy.badness
from selectolax.lexbor import LexborHTMLParser

_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]{0,200}>|&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});")
_BLOCK_TAGS = "br, p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, hr"
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*(?:\n\s*)+")
_SPACE_AROUND_NEWLINE = re.compile(r" ?\n ?")
_MAX_PASSES = 5
# Controls other than line breaks and tabs carry no meaning in ads and break downstream tools.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u2060\ufeff]")


def html_to_text(text: str) -> str:
    """Text content of an HTML fragment, with block elements as line breaks."""
    if not _TAG.search(text):
        return text
    tree = LexborHTMLParser(text)
    for node in tree.css(_BLOCK_TAGS):
        node.insert_after("\n")
    root = tree.body if tree.body is not None else tree.root
    return root.text(deep=True, separator="") if root is not None else ""


def normalise_text(text: str) -> str:
    """HTML to text, mojibake repair, NFKC and tidy whitespace; idempotent."""
    if not text:
        return ""
    # HTML, mojibake repair and NFKC can each expose work for the others (double-escaped
    # entities, mojibake inside entities); a few passes settle it.
    for _ in range(_MAX_PASSES):
        settled = _normalise_once(text)
        if settled == text:
            break
        text = settled
    return text


def _normalise_once(text: str) -> str:
    text = html_to_text(text)
    if not text.isascii():
        # Mojibake needs non-ASCII characters, and ftfy's repair is the slow step: a cheap
        # badness check first keeps it off the common, clean ad.
        if ftfy.badness.is_bad(text):
            text = ftfy.fix_text(text, normalization="NFC")
        text = unicodedata.normalize("NFKC", text)
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _SPACES.sub(" ", text)
    text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def emoji_names(text: str) -> str:
    """Text with each emoji replaced by its name, e.g. '🌹' → ' :rose: '."""
    # `demojize` walks every character; only runs of emoji code points need it.
    return _EMOJI_RUN.sub(lambda run: emoji.demojize(run.group(), delimiters=(" :", ": ")), text)


def _emoji_run() -> re.Pattern[str]:
    """Runs of characters that occur in emoji, a keycap's digit (or # or *) before them."""
    points = sorted({ord(c) for e in emoji.EMOJI_DATA for c in e if c not in "0123456789#*"})
    ranges, start = [], points[0]
    for previous, point in zip(points, points[1:] + [None], strict=True):
        if point != previous + 1:
            ranges.append(
                re.escape(chr(start)) + ("-" + re.escape(chr(previous)) if previous > start else "")
            )
            start = point
    return re.compile(f"[0-9#*]?[{''.join(ranges)}]+")


_EMOJI_RUN = _emoji_run()


def ad_text(title: str, body: str) -> str:
    """The one text of an ad that features read and evidence offsets point into."""
    title, body = normalise_text(title), normalise_text(body)
    return f"{title}\n\n{body}" if title and body else title or body
