"""find_evidence equals the plain way of finding evidence: `spacy.blank`'s tokenizer, one
spaCy Matcher holding every pattern, and each match's context read from Token objects.

`Lexicon` drops a few special cases from its tokenizers, compiles patterns into word lookups
and fixed-length readings, and reads context as LOWER hashes; these tests hold it to the
plain way on hand-written, synthetic and random texts, so a faster matcher can never change
a score's evidence.
"""

from __future__ import annotations

import functools
import json

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.matcher import Matcher

import features.indicators as indicators
from features.indicators import (
    EVERY_LANGUAGE,
    PATTERNS_DIR,
    PatternRule,
    ad_text,
    find_evidence,
    load_catalogue,
    load_lexicon,
    load_patterns,
)
from pipeline.schema import Evidence
from pipeline.synth import generate

LEXICON = load_lexicon()
CATALOGUE = load_catalogue()
PATTERNS = load_patterns()


@functools.cache
def plain(lang: str) -> tuple[Language, Matcher]:
    """`spacy.blank(lang)` and one Matcher holding every pattern of the language."""
    nlp = spacy.blank(lang)
    matcher = Matcher(nlp.vocab)
    for rule in [*PATTERNS[lang], *PATTERNS[EVERY_LANGUAGE]]:
        matcher.add(rule.id, [rule.pattern])
    return nlp, matcher


def plain_evidence(text: str, lang: str | None) -> list[Evidence]:
    """find_evidence as it reads in spaCy's terms (the implementation before compiling)."""
    code = indicators._language_code(lang)
    langs = (code,) if code in LEXICON.nlps else LEXICON.languages
    spans = []
    for code in langs:
        nlp, matcher = plain(code)
        doc = nlp.make_doc(text)
        negators = CATALOGUE.negators.get(code, frozenset())
        for key, start, end in matcher(doc):
            rule = LEXICON.rules[key]
            span = doc[start:end]
            cancelled = _plain_cancelled(doc, start, end, rule, negators)
            spans.append((rule.label, span.start_char, span.end_char, cancelled))
    return [
        Evidence(
            indicator=label,
            category=CATALOGUE.indicators[label].category,
            start=start,
            end=end,
            text=text[start:end],
            grade=CATALOGUE.indicators[label].grade,
        )
        for label, start, end in indicators._longest_per_indicator(spans)
    ]


def _plain_cancelled(doc, start, end, rule: PatternRule, negators) -> bool:
    window = CATALOGUE.window
    negatable = CATALOGUE.indicators[rule.label].negatable
    for token in reversed(doc[max(0, start - window) : start]):
        if (negatable and token.lower_ in negators) or token.lower_ in rule.unless_prev:
            return True
        if indicators._boundary(token):
            break
    for token in doc[end : end + window]:
        if token.lower_ in rule.unless_next:
            return True
        if indicators._boundary(token):
            break
    return False


def _pattern_words(lang: str) -> list[str]:
    # Every word the language's patterns, negators and decoy lists name, as written.
    words = set(CATALOGUE.negators.get(lang, ()))
    for rule in [*PATTERNS[lang], *PATTERNS[EVERY_LANGUAGE]]:
        words |= rule.unless_prev | rule.unless_next
        for token in rule.pattern:
            for attr in ("LOWER", "ORTH"):
                value = token.get(attr)
                value = value.get("IN") if isinstance(value, dict) else value
                words.update([value] if isinstance(value, str) else value or ())
    return sorted(words)


WORDS = {lang: _pattern_words(lang) for lang in LEXICON.languages}
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", "  ", ", ", ". ", "! ", " - ", "/", " ' "]
SEPARATORS += ["\t", " \n ", "\xa0", "\r\n", "\u2028", "\u3000", "\n\t", "   "]
ODD_WORDS = ["🌹", "🌹🌹", "200", "30", "5", "2024", "Anna", "Lisa", "ROSES", "h", "!", ":", "…"]


@st.composite
def texts(draw, lang: str) -> str:
    """Pattern words (any case), numbers, emoji, names, strings with special cases in the
    tokenizer ("don't", "Std.", "EE. UU.", ":)", …) and white space, loosely joined."""
    special = sorted(plain(lang)[0].tokenizer.rules)[::5]
    word = st.one_of(
        st.sampled_from(WORDS[lang]).flatmap(lambda w: st.sampled_from([w, w.title(), w.upper()])),
        st.sampled_from(ODD_WORDS),
        st.sampled_from(special),
        st.text(max_size=6),
    )
    pieces = draw(st.lists(st.tuples(word, st.sampled_from(SEPARATORS)), max_size=40))
    return "".join(w + s for w, s in pieces)


def _synthetic_ads(n: int) -> list[tuple[str, str]]:
    return [
        (ad_text(record["title"], record["body"]), truth["language"])
        for record, truth in generate(n, seed=11)
    ]


SYNTHETIC = _synthetic_ads(200)


def _hand_written() -> list[tuple[str, str | None]]:
    texts = [(rule.example, rule.lang) for rules in PATTERNS.values() for rule in rules]
    texts = [(t, None if lang == EVERY_LANGUAGE else lang) for t, lang in texts if t]
    path = PATTERNS_DIR.parents[1] / "tests" / "data" / "ads.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            ad = json.loads(line)
            texts.append((ad_text(ad.get("title") or "", ad.get("body") or ""), None))
    return texts


@pytest.mark.parametrize("lang", LEXICON.languages)
def test_find_evidence_equals_plain_matching_on_synthetic_ads(lang):
    for text, code in SYNTHETIC:
        if code == lang:
            assert find_evidence(text, code) == plain_evidence(text, code), text


def test_find_evidence_equals_plain_matching_on_examples_and_test_ads():
    for text, lang in _hand_written():
        assert find_evidence(text, lang) == plain_evidence(text, lang), text


def _check_random_texts(lang: str, examples: int) -> None:
    nlp, matcher = plain(lang)

    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(text=texts(lang))
    def check(text):
        assert _tokens(LEXICON.nlps[lang](text)) == _tokens(nlp(text))
        assert set(LEXICON.match(LEXICON.nlps[lang](text), lang)) == set(matcher(nlp(text)))
        assert find_evidence(text, lang) == plain_evidence(text, lang)

    check()


def _tokens(doc):
    return [(t.text, t.idx, t.whitespace_, t.norm_, t.lower_) for t in doc]


@pytest.mark.parametrize("lang", LEXICON.languages)
def test_lexicon_tokenizer_equals_spacy_blank_on_synthetic_ads(lang):
    # The Lexicon drops the special cases for a lone space, tab or line break; no token changes.
    nlp, _ = plain(lang)
    for text, code in SYNTHETIC:
        if code == lang:
            assert _tokens(LEXICON.nlps[lang](text)) == _tokens(nlp(text))


@pytest.mark.parametrize("lang", LEXICON.languages)
def test_tokens_matches_and_evidence_equal_plain_ones_on_random_text(lang):
    _check_random_texts(lang, 30)


@pytest.mark.slow
@pytest.mark.parametrize("lang", LEXICON.languages)
def test_tokens_matches_and_evidence_equal_plain_ones_on_more_random_text(lang):
    _check_random_texts(lang, 1_000)


def test_find_evidence_equals_plain_matching_for_every_language_at_once():
    @settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(text=st.sampled_from(LEXICON.languages).flatmap(texts))
    def check(text):
        assert find_evidence(text, None) == plain_evidence(text, None)

    check()


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "call"}, {"LIKE_NUM": True, "OP": "?"}, {"LOWER": {"IN": ["me", "us"]}}],
        [{"IS_DIGIT": True, "LENGTH": {">=": 2, "<=": 4}}, {"ORTH": "🌹"}],
        [{"IS_TITLE": True}, {"LOWER": "and"}, {"IS_TITLE": False}, {"LENGTH": 3}],
        [{"LOWER": "new", "OP": "?"}, {}, {"LOWER": "town"}, {"IS_DIGIT": False, "OP": "?"}],
        [{"ORTH": {"IN": ["Rose", "rose"]}}, {"LENGTH": {"!=": 1, ">": 0, "<": 9, "==": 2}}],
        [{"LOWER": "just"}, {"SHAPE": "Xxxx"}],
    ],
)
def test_compiled_readings_equal_spacy_matcher(pattern, tmp_path):
    # A pattern outside the packaged files, compiled as the Lexicon compiles it (or kept as a
    # spaCy Matcher when it uses SHAPE), against a Matcher of its own.
    for name in ("indicators.yml", "xx.jsonl"):
        (tmp_path / name).write_text((PATTERNS_DIR / name).read_text(encoding="utf-8"))
    line = {"label": "new_in_town", "id": "en-test-01", "pattern": pattern}
    (tmp_path / "en.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    lexicon = load_lexicon(tmp_path)
    matcher = Matcher(lexicon.nlps["en"].vocab)
    for rule in load_patterns(tmp_path)["en"] + load_patterns(tmp_path)[EVERY_LANGUAGE]:
        matcher.add(rule.id, [rule.pattern])
    words = ["call", "Call", "me", "us", "2", "two", "20", "🌹", "Rose", "rose", "And", "and"]
    words += ["new", "New", "town", "Town", "just", "Lisa", "ab", "ABC", "x", "7"]

    @settings(max_examples=100, deadline=None)
    @given(st.lists(st.sampled_from(words), max_size=12))
    def check(tokens):
        doc = lexicon.nlps["en"].make_doc(" ".join(tokens))
        assert set(lexicon.match(doc, "en")) == set(matcher(doc))

    check()
