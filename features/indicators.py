"""Linguistic indicators: find evidence spans in ad text and count them per ad.

Rules are data. `patterns/indicators.yml` describes each indicator (category, meaning, source,
evidence grade); `patterns/<lang>.jsonl` holds its spaCy Matcher patterns, one per line, and
`patterns/xx.jsonl` holds language-independent ones (emoji codes) that run with every language.
Patterns use tokenizer-level attributes only, so they run on `spacy.blank(lang)`.

`find_evidence` is the single source of truth: `IndicatorCounts` counts its spans, and the
API shows the same spans as a score's evidence. Offsets point into the ad text that
`pipeline.normalise.ad_text(title, body)` builds (normalised title, a blank line, normalised
body), which is also the `text` column of `ads_to_frame`.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import spacy
import yaml
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from pipeline.normalise import ad_text
from pipeline.schema import Evidence

__all__ = [
    "Catalogue",
    "Indicator",
    "IndicatorCounts",
    "Lexicon",
    "PatternRule",
    "EVIDENCE_COLUMN",
    "ad_text",
    "find_evidence",
    "load_catalogue",
    "load_lexicon",
    "load_patterns",
]

PATTERNS_DIR = Path(__file__).parent / "patterns"
CATALOGUE_FILE = "indicators.yml"
EVERY_LANGUAGE = "xx"
GRADES = ("validated", "practitioner", "contested")
_PATTERN_KEYS = {"label", "id", "pattern", "example", "unless_prev", "unless_next"}


def _as_text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return str(value)


# --- catalogue ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Indicator:
    """One catalogue entry: what an indicator means, where it comes from, how well it holds."""

    id: str
    category: str
    grade: str
    meaning: str
    source: str
    computed: bool = False
    negatable: bool = True
    protected: bool = False


@dataclass(frozen=True)
class Catalogue:
    """The indicator catalogue with its lexicon version and negation settings."""

    lexicon_version: str
    indicators: dict[str, Indicator]
    categories: dict[str, str]
    grades: dict[str, str]
    window: int
    negators: dict[str, frozenset[str]]
    word_lists: dict[str, frozenset[str]]

    def matched(self) -> tuple[str, ...]:
        """Indicator ids found by patterns (not computed elsewhere), in catalogue order."""
        return tuple(i.id for i in self.indicators.values() if not i.computed)

    def matched_categories(self) -> tuple[str, ...]:
        """Categories holding at least one pattern-matched indicator, in catalogue order."""
        cats = {self.indicators[i].category for i in self.matched()}
        return tuple(c for c in self.categories if c in cats)


def load_catalogue(patterns_dir: str | Path | None = None) -> Catalogue:
    """Read and check `indicators.yml`; raise ValueError on an inconsistent entry."""
    return _load_catalogue(_resolve(patterns_dir))


@functools.lru_cache(maxsize=8)
def _load_catalogue(patterns_dir: Path) -> Catalogue:
    path = patterns_dir / CATALOGUE_FILE
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key in ("lexicon_version", "categories", "indicators", "context"):
        if key not in raw:
            raise ValueError(f"{path}: missing top-level key {key!r}")
    categories = {cid: str(entry["meaning"]) for cid, entry in raw["categories"].items()}
    indicators: dict[str, Indicator] = {}
    for entry in raw["indicators"]:
        unknown = set(entry) - set(Indicator.__dataclass_fields__)
        if unknown or "id" not in entry:
            raise ValueError(
                f"{path}: indicator entry {entry.get('id')!r} has unknown keys {unknown}"
            )
        indicator = Indicator(**entry)
        if indicator.id in indicators:
            raise ValueError(f"{path}: indicator {indicator.id!r} is listed twice")
        if not indicator.id.isidentifier() or indicator.id != indicator.id.lower():
            raise ValueError(f"{path}: indicator id {indicator.id!r} is not snake_case")
        if indicator.grade not in GRADES:
            raise ValueError(
                f"{path}: {indicator.id!r} has grade {indicator.grade!r}, expected one of {GRADES}"
            )
        if indicator.category not in categories:
            raise ValueError(
                f"{path}: {indicator.id!r} has unknown category {indicator.category!r}"
            )
        indicators[indicator.id] = indicator
    context = raw["context"]
    for name, words in [*context["negators"].items(), *context.get("word_lists", {}).items()]:
        odd = [w for w in words if not isinstance(w, str)]
        if odd:
            raise ValueError(
                f"{path}: words in {name!r} must be strings, got {odd} "
                '(quote words YAML reads as booleans, such as "no")'
            )
    return Catalogue(
        lexicon_version=str(raw["lexicon_version"]),
        indicators=indicators,
        categories=categories,
        grades={str(k): str(v) for k, v in raw.get("grades", {}).items()},
        window=int(context["window"]),
        negators=_lower_sets(context["negators"]),
        word_lists=_lower_sets(context.get("word_lists", {})),
    )


def _lower_sets(lists: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    return {name: frozenset(w.lower() for w in words) for name, words in lists.items()}


def _resolve(patterns_dir: str | Path | None) -> Path:
    return _resolved(Path(patterns_dir) if patterns_dir is not None else PATTERNS_DIR)


@functools.lru_cache(maxsize=8)
def _resolved(path: Path) -> Path:
    # Resolving touches the file system; scoring asks for the same folder per ad.
    return path.resolve()


def __getattr__(name: str) -> Any:
    # LEXICON_VERSION is read lazily so that importing this module reads no files.
    if name == "LEXICON_VERSION":
        return load_catalogue().lexicon_version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --- patterns and matchers ------------------------------------------------------------------


@dataclass(frozen=True)
class PatternRule:
    """One pattern line: its indicator, language and the context tokens that cancel it."""

    id: str
    label: str
    lang: str
    pattern: list[dict[str, Any]]
    example: str | None = None
    unless_prev: frozenset[str] = frozenset()
    unless_next: frozenset[str] = frozenset()


def load_patterns(patterns_dir: str | Path | None = None) -> dict[str, list[PatternRule]]:
    """Read every `<lang>.jsonl` pattern file, keyed by language code."""
    directory = _resolve(patterns_dir)
    word_lists = _load_catalogue(directory).word_lists
    rules: dict[str, list[PatternRule]] = {}
    for path in sorted(directory.glob("*.jsonl")):
        lang = path.stem
        rules[lang] = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            unknown = set(row) - _PATTERN_KEYS
            if unknown or not {"label", "id", "pattern"} <= set(row):
                raise ValueError(
                    f"{path}:{n}: expected keys label, id, pattern (and optional "
                    f"example, unless_prev, unless_next), got {sorted(row)}"
                )
            rules[lang].append(
                PatternRule(
                    id=row["id"],
                    label=row["label"],
                    lang=lang,
                    pattern=row["pattern"],
                    example=row.get("example"),
                    unless_prev=_words(row.get("unless_prev", ()), word_lists, f"{path}:{n}"),
                    unless_next=_words(row.get("unless_next", ()), word_lists, f"{path}:{n}"),
                )
            )
    return rules


def _words(
    entries: Iterable[str], word_lists: dict[str, frozenset[str]], where: str
) -> frozenset[str]:
    # "@name" stands for a shared word list of the catalogue, so long decoy lists live once.
    words: set[str] = set()
    for entry in entries:
        if entry.startswith("@"):
            if entry[1:] not in word_lists:
                raise ValueError(
                    f"{where}: unknown word list {entry!r}; known: {sorted(word_lists)}"
                )
            words |= word_lists[entry[1:]]
        else:
            words.add(entry.lower())
    return frozenset(words)


@dataclass(frozen=True)
class _Gated:
    """A pattern spaCy's Matcher runs, with the words that must occur for it to match."""

    required: tuple[frozenset[int], ...]
    anchor: frozenset[int]
    width: int
    matcher: Matcher


# A test of one token: the attribute it reads, and whether a value passes.
_TokenTest = tuple[Callable[[Token], Any], Callable[[Any], bool]]


@dataclass(frozen=True)
class _Reading:
    """One way a pattern with optional tokens can match: the LOWER hashes each token may
    have (None: any), the other tests of some tokens (by position), and the position of its
    anchor token, a required word, from which the match is sought."""

    key: int
    words: tuple[frozenset[int] | None, ...]
    tests: tuple[tuple[int, tuple[_TokenTest, ...]], ...]
    anchor: int


@dataclass(frozen=True)
class _Context:
    """What a rule's context is checked for: its indicator, whether a negator cancels it,
    and the words (as LOWER hashes) that cancel it before or after."""

    label: str
    negatable: bool
    unless_prev: frozenset[int]
    unless_next: frozenset[int]


# anchor word -> [(its position in a phrase, phrase length, {phrase: rule keys})], as LOWER
# hashes. A phrase's anchor is its longest word: "town" occurs in fewer ads than "in".
_LiteralIndex = dict[int, list[tuple[int, int, dict[tuple[int, ...], tuple[int, ...]]]]]


@dataclass
class Lexicon:
    """Blank spaCy tokenizers and compiled patterns for every pattern language.

    Patterns made only of literal words (LOWER, IN, optional tokens) are expanded into word
    sequences looked up by their longest word: spaCy's Matcher evaluates IN sets in Python for
    every token and pattern, which made matching about a hundred times slower, and a
    PhraseMatcher takes seconds to build. The other patterns (numbers, emoji, title-case
    words) are expanded into their fixed-length readings, each tried only where its anchor
    word occurs; a call of spaCy's Matcher costs more than all of that. A pattern using
    anything else (REGEX, SHAPE, repeats) keeps a spaCy Matcher, run only when all its
    required words occur and only around its anchor word. The matches equal those of one
    Matcher holding every pattern (tests check this).
    """

    catalogue: Catalogue
    nlps: dict[str, Language]
    literal: dict[str, _LiteralIndex] = field(repr=False)
    readings: dict[str, dict[int, tuple[_Reading, ...]]] = field(repr=False)
    gated: dict[str, list[_Gated]] = field(repr=False)
    rules: dict[int, PatternRule] = field(repr=False)
    contexts: dict[int, _Context] = field(repr=False)
    negators: dict[str, frozenset[int]] = field(repr=False)
    # Words starting a literal sequence or anchoring a reading, per language, for one set
    # intersection per ad before any per-word work.
    _starts: dict[str, frozenset[int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._starts = {
            lang: frozenset(self.literal[lang]) | frozenset(self.readings[lang])
            for lang in self.nlps
        }

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages with their own tokenizer and patterns."""
        return tuple(self.nlps)

    def match(self, doc: Doc, lang: str) -> list[tuple[int, int, int]]:
        """All raw matches (rule key, start token, end token) of one language's patterns."""
        return self._match(doc, _lower_words(doc), lang)

    def _match(self, doc: Doc, words: list[int], lang: str) -> list[tuple[int, int, int]]:
        starts = self._starts[lang].intersection(words)
        found: list[tuple[int, int, int]] = []
        if starts:
            index = self.literal[lang]
            readings = self.readings[lang]
            tokens: dict[int, Token] = {}
            n_words = len(words)
            for i, word in enumerate(words):
                if word not in starts:
                    continue
                for anchor, length, phrases in index.get(word, ()):
                    start = i - anchor
                    end = start + length
                    if start >= 0 and end <= n_words:
                        for key in phrases.get(tuple(words[start:end]), ()):
                            found.append((key, start, end))
                for reading in readings.get(word, ()):
                    start = i - reading.anchor
                    if _reads(reading, doc, start, words, tokens):
                        found.append((reading.key, start, start + len(reading.words)))
        present = set(words) if self.gated[lang] else set()
        for gate in self.gated[lang]:
            if gate.anchor.isdisjoint(present) or any(w.isdisjoint(present) for w in gate.required):
                continue
            # A match contains the anchor word and is at most `width` tokens long.
            hits = set()
            for i, word in enumerate(words):
                if word in gate.anchor:
                    lo = max(0, i - gate.width + 1)
                    window = doc[lo : i + gate.width]
                    hits.update((key, lo + s, lo + e) for key, s, e in gate.matcher(window))
            found.extend(hits)
        return found


def _lower_words(doc: Doc) -> list[int]:
    # Lower-case string hashes, read without creating a Token object per word.
    return doc.to_array(LOWER).tolist() if len(doc) else []


def _reads(
    reading: _Reading, doc: Doc, start: int, words: list[int], tokens: dict[int, Token]
) -> bool:
    # Words first: they are read from `words`, the other tests from a Token object each.
    if start < 0 or start + len(reading.words) > len(words):
        return False
    for word, allowed in zip(words[start:], reading.words, strict=False):
        if allowed is not None and word not in allowed:
            return False
    for position, token_tests in reading.tests:
        token = tokens.get(start + position)
        if token is None:
            token = tokens[start + position] = doc[start + position]
        for attribute, passes in token_tests:
            if not passes(attribute(token)):
                return False
    return True


def load_lexicon(
    patterns_dir: str | Path | None = None, languages: Sequence[str] | None = None
) -> Lexicon:
    """Build (once per pattern folder and language set) the matchers behind `find_evidence`."""
    langs = tuple(languages) if languages is not None else None
    return _load_lexicon(_resolve(patterns_dir), langs)


@functools.lru_cache(maxsize=8)
def _load_lexicon(patterns_dir: Path, languages: tuple[str, ...] | None) -> Lexicon:
    catalogue = _load_catalogue(patterns_dir)
    rules = load_patterns(patterns_dir)
    available = tuple(lang for lang in rules if lang != EVERY_LANGUAGE)
    chosen = available if languages is None else languages
    missing = sorted(set(chosen) - set(available))
    if missing:
        raise ValueError(f"no pattern file for languages {missing}; available: {list(available)}")
    shared = rules.get(EVERY_LANGUAGE, [])
    nlps: dict[str, Language] = {}
    literal: dict[str, _LiteralIndex] = {}
    readings: dict[str, dict[int, tuple[_Reading, ...]]] = {}
    gated: dict[str, list[_Gated]] = {}
    by_key: dict[int, PatternRule] = {}
    contexts: dict[int, _Context] = {}
    negators: dict[str, frozenset[int]] = {}
    for lang in chosen:
        nlp = _blank(lang)
        index: dict[int, set[tuple[int, tuple[int, ...], int]]] = {}
        anchored: dict[int, list[_Reading]] = {}
        strings = nlp.vocab.strings
        gated[lang] = []
        for rule in [*rules[lang], *shared]:
            if rule.label not in catalogue.indicators:
                raise ValueError(
                    f"pattern {rule.id!r} has label {rule.label!r}, which is not in the catalogue"
                )
            key = strings.add(rule.id)
            by_key[key] = rule
            contexts[key] = _Context(
                label=rule.label,
                negatable=catalogue.indicators[rule.label].negatable,
                unless_prev=frozenset(strings.add(w) for w in rule.unless_prev),
                unless_next=frozenset(strings.add(w) for w in rule.unless_next),
            )
            phrases = _literal_phrases(rule.pattern)
            compiled = _readings(rule.pattern, key, strings) if phrases is None else None
            if phrases is not None:
                for words in phrases:
                    hashes = tuple(strings.add(w) for w in words)
                    anchor = max(range(len(words)), key=lambda i: len(words[i]))
                    index.setdefault(hashes[anchor], set()).add((anchor, hashes, key))
            elif compiled is not None:
                for anchor, reading in compiled:
                    for word in anchor:
                        anchored.setdefault(word, []).append(reading)
            else:
                matcher = Matcher(nlp.vocab)
                matcher.add(rule.id, [rule.pattern])
                gated[lang].append(_gate(rule.pattern, matcher, strings))
        nlps[lang] = nlp
        literal[lang] = {word: _by_length(entries) for word, entries in index.items()}
        readings[lang] = {word: tuple(found) for word, found in anchored.items()}
        negators[lang] = frozenset(strings.add(w) for w in catalogue.negators.get(lang, ()))
    return Lexicon(
        catalogue=catalogue,
        nlps=nlps,
        literal=literal,
        readings=readings,
        gated=gated,
        rules=by_key,
        contexts=contexts,
        negators=negators,
    )


def _blank(lang: str) -> Language:
    """`spacy.blank(lang)`, without the tokenizer's special cases for a lone space, tab or
    line break, when its affix rules leave white space whole.

    Each of those special cases gives the one token its string gives anyway. But a special
    case anywhere in a text stops spaCy caching how the text's later chunks split (spaCy
    issue #1250), and ads have line breaks: without them tokenising takes a third less time.
    The tokens are the same (a test compares them with `spacy.blank`'s on random text).
    """
    nlp = spacy.blank(lang)
    tokenizer = nlp.tokenizer
    same = [s for s, tokens in tokenizer.rules.items() if s.isspace() and tokens == [{ORTH: s}]]
    if same and not _splits_white_space(tokenizer):
        tokenizer.rules = {s: tokens for s, tokens in tokenizer.rules.items() if s not in same}
    return nlp


def _splits_white_space(tokenizer: Any) -> bool:
    # Whether a prefix, suffix, infix, token or URL rule matches white space (one or two
    # white-space characters); if one did, a special case could change how it splits.
    white = _white_space()
    strings = [a + b for a in ("", *white) for b in white]
    searches = [
        tokenizer.prefix_search,
        tokenizer.suffix_search,
        tokenizer.token_match,
        tokenizer.url_match,
    ]
    return any(search(s) for search in searches if search for s in strings) or any(
        next(tokenizer.infix_finditer(s), None) for s in strings if tokenizer.infix_finditer
    )


@functools.cache
def _white_space() -> tuple[str, ...]:
    return tuple(chr(c) for c in range(0x110000) if chr(c).isspace())


def _by_length(
    entries: set[tuple[int, tuple[int, ...], int]],
) -> list[tuple[int, int, dict[tuple[int, ...], tuple[int, ...]]]]:
    # One dict lookup per anchor position and phrase length instead of one comparison per
    # phrase.
    table: dict[tuple[int, int], dict[tuple[int, ...], list[int]]] = {}
    for anchor, phrase, key in sorted(entries):
        table.setdefault((anchor, len(phrase)), {}).setdefault(phrase, []).append(key)
    return [
        (anchor, length, {phrase: tuple(keys) for phrase, keys in phrases.items()})
        for (anchor, length), phrases in sorted(table.items())
    ]


_MAX_PHRASES = 20_000


def _literal_phrases(pattern: list[dict[str, Any]]) -> list[list[str]] | None:
    # Every word sequence the pattern matches, or None when a token is more than literal words.
    choices: list[list[str | None]] = []
    for token in pattern:
        value = token.get("LOWER")
        if set(token) - {"LOWER", "OP"} or token.get("OP") not in (None, "?"):
            return None
        if isinstance(value, str):
            words = [value]
        elif isinstance(value, dict) and set(value) == {"IN"}:
            words = [str(w) for w in value["IN"]]
        else:
            return None
        choices.append([*words, None] if token.get("OP") == "?" else words)
    if math.prod(len(c) for c in choices) > _MAX_PHRASES:
        return None
    phrases = [[w for w in combo if w is not None] for combo in itertools.product(*choices)]
    return [p for p in phrases if p]


# Token attributes a reading tests as the Matcher does: lexeme flags compared with a bool.
_FLAGS = {"IS_DIGIT": "is_digit", "IS_TITLE": "is_title", "LIKE_NUM": "like_num"}
_COMPARISONS = {
    "==": operator.eq,
    "!=": operator.ne,
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
}
_MAX_READINGS = 64


def _readings(
    pattern: list[dict[str, Any]], key: int, strings: Any
) -> list[tuple[frozenset[int], _Reading]] | None:
    # The pattern's fixed-length readings with their anchor words (LOWER hashes), or None
    # when a token uses something else than words, flags, lengths and optional tokens.
    required = [i for i, token in enumerate(pattern) if token.get("OP") is None]
    tests = [_token_tests(token, strings) for token in pattern]
    optional = [i for i, token in enumerate(pattern) if token.get("OP") == "?"]
    if (
        any(t is None for t in tests)
        or len(required) + len(optional) != len(pattern)
        or 2 ** len(optional) > _MAX_READINGS
    ):
        return None
    anchors = [(i, _anchor_words(pattern[i])) for i in required]
    anchors = [(i, words) for i, words in anchors if words]
    if not anchors:
        raise ValueError(
            f"pattern {pattern} needs at least one required word (LOWER or ORTH), "
            "or it would run on every token"
        )
    # The anchor is the required word list least likely to occur: long words, few of them.
    anchor, words = max(anchors, key=lambda a: (min(map(len, a[1])), -len(a[1])))
    compiled = []
    for kept in itertools.product((True, False), repeat=len(optional)):
        dropped = {i for i, keep in zip(optional, kept, strict=True) if not keep}
        positions = [i for i in range(len(pattern)) if i not in dropped]
        reading = _Reading(
            key=key,
            words=tuple(tests[i][0] for i in positions),  # type: ignore[index]
            tests=tuple(
                (n, tests[i][1])  # type: ignore[index]
                for n, i in enumerate(positions)
                if tests[i][1]  # type: ignore[index]
            ),
            anchor=positions.index(anchor),
        )
        compiled.append((frozenset(strings.add(w) for w in words), reading))
    return compiled


def _anchor_words(token: dict[str, Any]) -> list[str]:
    # A required token's words, lower-cased: a token with one of them as ORTH has it as LOWER.
    for attr in ("LOWER", "ORTH"):
        value = token.get(attr)
        if isinstance(value, dict):
            value = value.get("IN")
        words = [value] if isinstance(value, str) else value
        if words:
            return [str(w).lower() for w in words]
    return []


def _token_tests(
    token: dict[str, Any], strings: Any
) -> tuple[frozenset[int] | None, tuple[_TokenTest, ...]] | None:
    # The LOWER hashes the token may have (None: any) and its other tests, or None when the
    # token uses something a reading does not test.
    lowers: frozenset[int] | None = None
    tests: list[_TokenTest] = []
    for attr, value in token.items():
        if attr == "OP":
            continue
        if attr in ("LOWER", "ORTH"):
            if isinstance(value, dict) and set(value) == {"IN"}:
                value = value["IN"]
            values = [value] if isinstance(value, str) else value
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                return None
            # The Matcher compares string hashes of the values as written.
            hashes = frozenset(strings.add(v) for v in values)
            if attr == "LOWER":
                lowers = hashes
            else:
                tests.append((operator.attrgetter("orth"), hashes.__contains__))
        elif attr in _FLAGS and isinstance(value, bool):
            tests.append(
                (operator.attrgetter(_FLAGS[attr]), functools.partial(operator.is_, value))
            )
        elif attr == "LENGTH" and _is_int(value):
            tests.append((len, functools.partial(operator.eq, value)))
        elif (
            attr == "LENGTH"
            and isinstance(value, dict)
            and value
            and set(value) <= set(_COMPARISONS)
            and all(_is_int(v) for v in value.values())
        ):
            for op, bound in value.items():
                tests.append((len, functools.partial(_compare, _COMPARISONS[op], bound)))
        else:
            return None
    return lowers, tuple(tests)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _compare(op: Callable[[int, int], bool], bound: int, value: int) -> bool:
    return op(value, bound)


def _gate(pattern: list[dict[str, Any]], matcher: Matcher, strings: Any) -> _Gated:
    required = _required_words(pattern)
    if not required:
        raise ValueError(
            f"pattern {pattern} needs at least one required word (LOWER or ORTH), "
            "or it would run on every token"
        )
    # The anchor is the required word list least likely to occur: long words, few of them.
    anchor = max(required, key=lambda words: (min(map(len, words)), -len(words)))
    return _Gated(
        required=tuple(frozenset(strings.add(w) for w in words) for words in required),
        anchor=frozenset(strings.add(w) for w in anchor),
        width=len(pattern),
        matcher=matcher,
    )


def _required_words(pattern: list[dict[str, Any]]) -> list[list[str]]:
    # For each required token with literal values, its lower-case words: one of each list
    # must occur in a text for the pattern to match there.
    required = []
    for token in pattern:
        if token.get("OP") in ("?", "*"):
            continue
        words = _anchor_words(token)
        if words:
            required.append(words)
    return required


# --- matching -------------------------------------------------------------------------------

# An ad frame's optional column of evidence already found with the packaged patterns.
EVIDENCE_COLUMN = "evidence"


def find_evidence(
    text: str, lang: str | None = None, *, nlp: Lexicon | None = None
) -> list[Evidence]:
    """Indicator evidence in already-normalised text, with character offsets into that text.

    Args:
        text: the text to search, normally `ad_text(title, body)`.
        lang: ISO 639-1 code ("en", "pt-BR" is read as "pt"). None, or a language without a
            pattern file, runs every language's patterns, since ads mix languages.
        nlp: the `Lexicon` to use; by default the packaged patterns, built once and cached.

    Returns:
        Evidence sorted by position. Overlapping matches of one indicator collapse to the
        longest span; different indicators may overlap.
    """
    lexicon = nlp if nlp is not None else load_lexicon()
    code = _language_code(lang)
    langs = (code,) if code in lexicon.nlps else lexicon.languages
    catalogue = lexicon.catalogue
    spans: list[tuple[str, int, int, bool]] = []
    for code in langs:
        doc = lexicon.nlps[code].make_doc(text)
        words = _lower_words(doc)
        matches = lexicon._match(doc, words, code)
        if not matches:
            continue
        negators = lexicon.negators[code]
        boundaries: dict[int, bool] = {}
        for key, start, end in matches:
            context = lexicon.contexts[key]
            cancelled = _cancelled(
                doc, words, start, end, context, negators, catalogue.window, boundaries
            )
            first, last = doc[start], doc[end - 1]
            spans.append((context.label, first.idx, last.idx + len(last), cancelled))
    # Built from the catalogue and the text's own offsets, so pydantic's checks are skipped:
    # they cost more than the matching of a short ad.
    return [
        Evidence.model_construct(
            indicator=label,
            category=catalogue.indicators[label].category,
            start=start,
            end=end,
            text=text[start:end],
            grade=catalogue.indicators[label].grade,
        )
        for label, start, end in _longest_per_indicator(spans)
    ]


def _language_code(lang: Any) -> str | None:
    if lang is None or (isinstance(lang, float) and math.isnan(lang)) or lang is pd.NA:
        return None
    return str(lang).strip().lower().replace("_", "-").split("-")[0] or None


def _cancelled(
    doc: Doc,
    words: list[int],
    start: int,
    end: int,
    context: _Context,
    negators: frozenset[int],
    window: int,
    boundaries: dict[int, bool],
) -> bool:
    # Words are compared as LOWER hashes; `boundaries` caches `_boundary` per token of one doc.
    negatable = context.negatable
    for i in range(start - 1, max(0, start - window) - 1, -1):
        word = words[i]
        if (negatable and word in negators) or word in context.unless_prev:
            return True
        if _boundary_at(doc, i, boundaries):
            break
    if context.unless_next:
        for i in range(end, min(end + window, len(words))):
            if words[i] in context.unless_next:
                return True
            if _boundary_at(doc, i, boundaries):
                break
    return False


def _boundary_at(doc: Doc, i: int, boundaries: dict[int, bool]) -> bool:
    found = boundaries.get(i)
    if found is None:
        found = boundaries[i] = _boundary(doc[i])
    return found


def _boundary(token: Any) -> bool:
    # A negator or decoy word beyond a sentence break or line break belongs to another claim;
    # hyphens and slashes join words ("24/7-Betrieb") rather than separate claims.
    return (token.is_punct and token.text not in _JOINERS) or "\n" in token.text


_JOINERS = frozenset({"-", "–", "/"})


def _longest_per_indicator(
    spans: Iterable[tuple[str, int, int, bool]],
) -> list[tuple[str, int, int]]:
    # The longest of overlapping matches of one indicator decides: if its context cancels it
    # (a negator, a decoy word), its shorter variants go too, since they make the same claim;
    # of two equal spans, a cancelled one wins.
    kept: list[tuple[str, int, int]] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    longest_first = sorted(set(spans), key=lambda s: (s[1] - s[2], s[1], s[0], not s[3]))
    for label, start, end, cancelled in longest_first:
        seen = taken.setdefault(label, [])
        if all(end <= s or start >= e for s, e in seen):
            seen.append((start, end))
            if not cancelled:
                kept.append((label, start, end))
    return sorted(kept, key=lambda s: (s[1], s[2], s[0]))


# --- transformer ----------------------------------------------------------------------------


class IndicatorCounts(TransformerMixin, BaseEstimator):
    """Count indicator evidence per ad: one column per indicator and one per category.

    Input is an ad frame: its `text` column (as `ads_to_frame` makes it) or, without one,
    `ad_text(title, body)`; and its `language` column when present (else every language's
    patterns run). Counts and a score's evidence so come from the same spans. A frame may
    also carry `evidence`, each ad's `find_evidence(text, language)` already found with the
    packaged patterns (the scorer finds it once for both): a step using the packaged
    patterns counts it rather than matching the text again.

    Parameters:
        patterns_dir: folder holding `indicators.yml` and the pattern files; None uses the
            patterns shipped with adrisk.
        languages: pattern languages to load (e.g. ("en", "fr")); None loads all of them.
        include_protected: whether protected indicators (ethnicity, nationality) get columns.
            Off by default: a model must never score them, so they can never be a reason on
            their own; their evidence is still found and shown.

    Fitted attributes:
        catalogue_: the `Catalogue` read at fit time.
        lexicon_version_: its lexicon version, which a fitted model depends on.
        indicators_: pattern-matched indicator ids, one output column each.
        categories_: their categories, one `category__<id>` column each.
        nlp_: the `Lexicon` (spaCy tokenizers and matchers); dropped when pickled and rebuilt
            on first use.
    """

    def __init__(
        self,
        patterns_dir: str | None = None,
        languages: Sequence[str] | None = None,
        include_protected: bool = False,
    ):
        self.patterns_dir = patterns_dir
        self.languages = languages
        self.include_protected = include_protected

    def fit(self, X: pd.DataFrame, y: Any = None) -> IndicatorCounts:
        """Load the catalogue and build the matchers."""
        _check_frame(X)
        self.nlp_ = load_lexicon(self.patterns_dir, self.languages)
        self.catalogue_ = self.nlp_.catalogue
        self.lexicon_version_ = self.catalogue_.lexicon_version
        scored = [
            i
            for i in self.catalogue_.matched()
            if self.include_protected or not self.catalogue_.indicators[i].protected
        ]
        self.indicators_ = tuple(scored)
        categories = {self.catalogue_.indicators[i].category for i in scored}
        self.categories_ = tuple(c for c in self.catalogue_.matched_categories() if c in categories)
        return self

    def transform(self, X: pd.DataFrame) -> pd.DataFrame:
        """Evidence counts per ad, columns as in `get_feature_names_out()`."""
        check_is_fitted(self, "indicators_")
        _check_frame(X)
        lexicon = self._lexicon()
        column = {name: i for i, name in enumerate(self.indicators_)}
        n_ind = len(self.indicators_)
        category_column = {c: n_ind + i for i, c in enumerate(self.categories_)}
        counts = np.zeros((len(X), n_ind + len(self.categories_)), dtype=np.int64)
        for row, found in enumerate(self._evidence(X, lexicon)):
            for evidence in found:
                if evidence.indicator in column:
                    counts[row, column[evidence.indicator]] += 1
                    counts[row, category_column[evidence.category]] += 1
        return pd.DataFrame(counts, columns=self.get_feature_names_out(), index=X.index)

    def _evidence(self, X: pd.DataFrame, lexicon: Lexicon) -> Iterable[Sequence[Evidence]]:
        if EVIDENCE_COLUMN in X.columns and lexicon is load_lexicon():
            return X[EVIDENCE_COLUMN]
        languages = X["language"] if "language" in X.columns else [None] * len(X)
        pairs = zip(_texts(X), languages, strict=True)
        return (find_evidence(text, lang, nlp=lexicon) for text, lang in pairs)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """Indicator ids, then `category__<id>` for each category."""
        check_is_fitted(self, "indicators_")
        names = [*self.indicators_, *(f"category__{c}" for c in self.categories_)]
        return np.asarray(names, dtype=object)

    def _lexicon(self) -> Lexicon:
        lexicon = getattr(self, "nlp_", None)
        if lexicon is None:
            lexicon = load_lexicon(self.patterns_dir, self.languages)
            if lexicon.catalogue.lexicon_version != self.lexicon_version_:
                raise ValueError(
                    f"fitted with lexicon {self.lexicon_version_}, but the patterns found are "
                    f"lexicon {lexicon.catalogue.lexicon_version}; refit, or install the "
                    "matching patterns"
                )
            self.nlp_ = lexicon
        return lexicon

    def __getstate__(self) -> dict[str, Any]:
        # The tokenizers and matchers are rebuilt from the pattern files; the pickle records
        # only which lexicon version they must have.
        state = super().__getstate__()
        state.pop("nlp_", None)
        return state


def _check_frame(X: Any) -> None:
    if not isinstance(X, pd.DataFrame):
        raise ValueError(f"expected a pandas DataFrame of ads, got {type(X).__name__}")
    if "text" not in X.columns and not {"title", "body"} <= set(X.columns):
        raise ValueError(
            f"expected a 'text' column or 'title' and 'body' columns, got {list(X.columns)}"
        )


def _texts(X: pd.DataFrame) -> Iterable[str]:
    if "text" in X.columns:
        return (_as_text(text) for text in X["text"])
    pairs = zip(X["title"], X["body"], strict=True)
    return (ad_text(_as_text(title), _as_text(body)) for title, body in pairs)
