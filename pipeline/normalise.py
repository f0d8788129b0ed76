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
# What `\s` matches other than the space and the line break.
_OTHER_SPACE = re.compile(
    r"[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_BLANK_LINES = re.compile(r"\n\s*\n\s*(?:\n\s*)+")
_SPACE_AROUND_NEWLINE = re.compile(r" ?\n ?")
_MAX_PASSES = 5
# Controls other than line breaks and tabs carry no meaning in ads and break downstream tools.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u2060\ufeff]")


def html_to_text(text: str) -> str:
    """Text content of an HTML fragment, with block elements as line breaks."""
    if ("<" not in text and "&" not in text) or not _TAG.search(text):
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
        if _looks_like_mojibake(text):
            text = ftfy.fix_text(text, normalization="NFC")
        text = unicodedata.normalize("NFKC", text)
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    # Most of an ad is already tidy (lone spaces, bare line breaks), and replacing each
    # with itself cost more than the rest of normalisation: substitute only when needed.
    if "  " in text or _OTHER_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def _looks_like_mojibake(text: str) -> bool:
    """The same answer as `ftfy.badness.is_bad(text)`, about ten times faster on ads.

    ftfy's badness regex tries dozens of alternatives at every character. Each of them
    needs a character that occurs in mojibake (`_MOJIBAKE_CHARACTER`) among its first three,
    and either two such characters side by side or one of a few that are suspect alone
    (`_MOJIBAKE_HINT`); so the regex only has to be tried next to those characters. A
    property test holds this equal to ftfy's own check.
    """
    if _MOJIBAKE_HINT.search(text) is None:
        return False
    starts = {
        start
        for found in _MOJIBAKE_CHARACTER.finditer(text)
        for start in range(max(found.start() - 2, 0), found.start() + 1)
    }
    return any(ftfy.badness.BADNESS_RE.match(text, start) for start in sorted(starts))


def _characters_in(spec: str) -> set[str]:
    """The characters of a regex class body such as 'a-zé' (ranges written 'x-y')."""
    found: set[str] = set()
    index = 0
    while index < len(spec):
        if index + 2 < len(spec) and spec[index + 1] == "-":
            found.update(chr(c) for c in range(ord(spec[index]), ord(spec[index + 2]) + 1))
            index += 3
        else:
            found.add(spec[index])
            index += 1
    return found


def _class_of(characters: set[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(characters)) + "]"


def _mojibake_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    categories = ftfy.badness.MOJIBAKE_CATEGORIES
    suspect = {c for spec in categories.values() for c in _characters_in(spec)}
    suspect |= {c for c in ftfy.badness.BADNESS_RE.pattern if not c.isascii()}
    # C1 controls, and the letters of 'Œ<non-letter>' and 'Ã<space>' mojibake, are the
    # only alternatives of ftfy's regex that need just one suspect character.
    alone = _characters_in(categories["c1"]) | set("ŒœÃÂ")
    any_suspect, suspect_alone = _class_of(suspect), _class_of(alone)
    hint = re.compile(f"{any_suspect}(?:(?<={suspect_alone})|{any_suspect})")
    return hint, re.compile(any_suspect)


_MOJIBAKE_HINT, _MOJIBAKE_CHARACTER = _mojibake_patterns()


def emoji_names(text: str) -> str:
    """Text with each emoji replaced by its name, e.g. '🌹' → ' :rose: '."""
    # `demojize` walks every character; only runs of emoji code points need it, and every
    # emoji has a code point beyond ASCII.
    if text.isascii():
        return text
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
