"""Phrase templates for the synthetic corpus, resolved into stock sentences.

Phrase syntax (see `pipeline.synth_phrases`): `{a|b}` is a choice, `{name}` a slot, and
choices nest. A phrase resolves into up to `_VARIANTS_PER_PHRASE` stock sentences: most
choices fixed, a `_LIVE` share left open to be drawn per ad (word swaps). The stock is
built once per process and depends on the phrase text alone, never on seed or call order.
"""

from __future__ import annotations

import random
import re
import zlib
from typing import Any, NamedTuple

from pipeline.synth_phrases import (
    BANKS,
    RECRUITMENT_RISKY,
    RECRUITMENT_SAFE,
    SERVICE_RISKY,
    SERVICE_SAFE,
)

RISKY = frozenset(SERVICE_RISKY + RECRUITMENT_RISKY)
INDICATORS = RISKY | frozenset(SERVICE_SAFE + RECRUITMENT_SAFE)


class _Slot(NamedTuple):
    name: str


class Sentence(NamedTuple):
    """A resolved phrase: a format string and the word swaps still drawn per ad."""

    category: str
    fmt: str
    alts: tuple[tuple[str, tuple[str, ...]], ...]  # (key, options) filled per ad
    slots: frozenset[str]
    indicator: bool
    static: str | None  # the text itself when nothing varies per ad
    tidy: bool  # starts or ends with a slot, so capitals and full stop are set per ad


CONTACT = Sentence("contact", "", (), frozenset(), False, None, False)
_SLOT_NAMES = re.compile(r"\{(\w+)\}")
SPACES = re.compile(r"  +")
_VARIANTS_PER_PHRASE = 12
# Share of a phrase's choices left open per ad (word swaps) rather than fixed per template.
_LIVE = 0.12
_LIVE_TITLE = 0.1


_PARSED: dict[str, tuple] = {}


def parse(text: str) -> tuple:
    """Phrase text as nodes: str literals, `_Slot`s and choices (tuples of node tuples)."""
    if text not in _PARSED:
        nodes, end = _parse_sequence(text, 0)
        if end != len(text):
            raise ValueError(f"unbalanced '|' or '}}' at {end} in phrase {text!r}")
        _PARSED[text] = nodes
    return _PARSED[text]


def _parse_sequence(text: str, i: int) -> tuple[tuple, int]:
    nodes: list = []
    start = i
    while i < len(text) and text[i] not in "|}":
        if text[i] == "{":
            if i > start:
                nodes.append(text[start:i])
            node, i = _parse_choice(text, i + 1)
            nodes.append(node)
            start = i
        else:
            i += 1
    if i > start:
        nodes.append(text[start:i])
    return tuple(nodes), i


def _parse_choice(text: str, i: int) -> tuple[Any, int]:
    options = []
    while True:
        seq, i = _parse_sequence(text, i)
        options.append(seq)
        if i >= len(text):
            raise ValueError(f"unclosed '{{' in phrase {text!r}")
        i += 1
        if text[i - 1] == "}":
            break
    if len(options) == 1 and len(options[0]) == 1 and str(options[0][0]).isidentifier():
        return _Slot(options[0][0]), i
    return tuple(options), i


def resolve(
    nodes: tuple, rng: random.Random, live: float, alts: list, upper: bool, emoji: bool
) -> str:
    """A format string from nodes: most choices fixed now, a `live` share left per ad."""
    out = []
    for node in nodes:
        if type(node) is str:
            out.append(node.upper() if upper else node)
        elif type(node) is _Slot:
            if emoji or node.name != "emoji":
                out.append("{" + node.name + "}")
        elif live and rng.random() < live:
            options = tuple(resolve(o, rng, 0.0, alts, upper, emoji) for o in node)
            key = f"_a{len(alts)}"
            alts.append((key, options))
            out.append("{" + key + "}")
        else:
            out.append(resolve(rng.choice(node), rng, live, alts, upper, emoji))
    return "".join(out)


def _compile(
    category: str, text: str, live: float, upper: bool, emoji: bool
) -> tuple[Sentence, ...]:
    """Up to `_VARIANTS_PER_PHRASE` distinct resolutions of a phrase.

    Drawn from the phrase text alone, so the stock never depends on seed or call order.
    """
    rng = random.Random(zlib.crc32(text.encode("utf-8")) * 4 + upper * 2 + emoji)
    nodes = parse(text)
    found: dict[tuple, Sentence] = {}
    for _ in range(_VARIANTS_PER_PHRASE):
        alts: list = []
        fmt = SPACES.sub(" ", resolve(nodes, rng, live, alts, upper, emoji)).strip()
        slots = set(_SLOT_NAMES.findall(fmt))
        for _key, options in alts:
            for option in options:
                slots.update(_SLOT_NAMES.findall(option))
        tidy = category not in ("title", "contact")
        if tidy and fmt[:1].islower():
            fmt = fmt[0].upper() + fmt[1:]
        if tidy and fmt[-1:].isalnum():
            # A run-on price ("fee $650 Young and healthy") would merge two sentences.
            fmt += "."
        static = fmt if not slots else None
        tidy = tidy and (fmt[:1] == "{" or fmt[-1:] == "}")
        sentence = Sentence(
            category, fmt, tuple(alts), frozenset(slots), category in INDICATORS, static, tidy
        )
        found.setdefault((fmt, sentence.alts), sentence)
    return tuple(found.values())


_STOCK: dict[tuple[str, str, bool], dict[str, tuple]] = {}


def stock_for(lang: str, section: str, emoji: bool) -> dict[str, tuple]:
    """Stock sentences for one language and ad section (kind or decoy subtype), built on
    first use: per category, one tuple of resolved variants per phrase, so every phrase is
    equally likely however many choices it has. Prices pair each with its duration."""
    key = (lang, section, emoji)
    if key in _STOCK:
        return _STOCK[key]
    bank = BANKS[lang]
    phrases = bank[section] if section in ("service", "recruitment") else bank["decoy"][section]
    stock: dict[str, tuple] = {}
    for category, texts in phrases.items():
        if category in ("price", "pay"):
            stock["price"] = tuple(
                (duration, _compile("price", text, _LIVE, False, emoji)) for duration, text in texts
            )
        elif category == "body":  # decoy bodies: groups of alternatives, in order
            for k, group in enumerate(texts):
                stock[f"body{k}"] = tuple(
                    _compile("body", text, _LIVE, False, emoji) for text in group
                )
            stock["body_groups"] = tuple(f"body{k}" for k in range(len(texts)))
        elif category == "title":
            for upper in (False, True):
                stock["title_upper" if upper else "title"] = tuple(
                    _compile("title", text, _LIVE_TITLE, upper, emoji) for text in texts
                )
        else:
            stock[category] = tuple(_compile(category, text, _LIVE, False, emoji) for text in texts)
    contacts = bank["contact"]
    for kind in ("phone", "whatsapp", "email", "handle", "none"):
        # Only service ads speak in the first person ("Call me"); agencies and sellers don't.
        texts = contacts[kind] + (
            contacts.get(kind + "_personal", ()) if section == "service" else ()
        )
        stock["contact_" + kind] = tuple(
            tuple(s.fmt for s in _compile("contact", text, 0.0, False, False)) for text in texts
        )
    _STOCK[key] = stock
    return stock


def draw(rng: random.Random, phrases: tuple[tuple, ...]):
    """A phrase uniformly, then one of its resolved variants."""
    return rng.choice(rng.choice(phrases))
