"""The de-obfuscated view: hidden digits become digits, prose stays prose, spans map back."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.deobfuscate import (
    MIN_RUN_DIGITS,
    deobfuscate,
    digits_of,
    number_word_pattern,
    words_to_int,
)


def _run_digits(text: str) -> list[str]:
    view = deobfuscate(text)
    return [view.text[start:end].replace(" ", "") for start, end in view.runs]


@pytest.mark.parametrize(
    ("style", "text", "digits"),
    [
        ("plain", "call 702-483-2942 now", "7024832942"),
        ("spelled", "nine seven three five one eight zero 4 73", "9735180473"),
        ("spelled glued", "3two3 2one9 335zero", "3232193350"),
        ("mixed case", "TwO/6/zERo-FouR/0/NiNe-4/eIgHt/1/One", "2604094811"),
        ("tens", "im at 6twentysix-4ohthree-o6oo", "6264030600"),
        ("ten", "FIVE7THREE.8TWO3.78TEN", "5738237810"),
        ("teens", "[773$2four0$13seventeen", "7732401317"),
        ("thousand", "310 fourfoureight 2th0usand", "3104482000"),
        ("homophone for", "for80 2sixseven one9zerofor", "4802671904"),
        ("homophone to", "3tothree 4three0 zerothree8seven", "3234300387"),
        ("oh between digits", "seven oh two five five five one two three four", "7025551234"),
        ("letter o between digits", "2 six 9 eight 3 o 5 five 6 four", "2698305564"),
        ("look-alike O", "26o*435*o72o", "2604350720"),
        ("look-alike l and O", "92535l4849 and 987oo15436", "9253514849"),
        ("keycap emoji", "6️⃣0️⃣2️⃣5️⃣5️⃣5️⃣1️⃣2️⃣3️⃣4️⃣", "6025551234"),
        ("full-width", "call ７０２-５５５-１２３４", "7025551234"),
        ("bullet separators", "7•0•2•5•5•5•1•2•3•4", "7025551234"),
        ("star filler", "702***919***1234", "7029191234"),
        ("spaced dashes", "7 - 0 - 2 - 4 8 3 - 2 9 4 2", "7024832942"),
        ("brackets", "[9][0][4]  [4][6][8]  [7][0][8][1]", "9044687081"),
        ("escape spelling", r"951 \u2022 541 \u2022 6503.", "9515416503"),
        ("emoji escape", "<U+1F48B>Nine16<U+1F48B>2six7<U+1F48B>0358", "9162670358"),
        ("glued to a word", "Kayla415:799::7one83", "4157997183"),
        ("homophones in a row", "seven oh two ate ate won two three four five", "7028812345"),
        ("xx filler", "702 xx 555 xx 1234", "7025551234"),
    ],
)
def test_deobfuscate_reads_obfuscation_style(style, text, digits):
    assert _run_digits(text)[0] == digits


@pytest.mark.parametrize(
    ("language", "text", "digits"),
    [
        ("en", "seven zero two eight eight one two", "7028812"),
        ("fr", "zéro six douze trente-quatre cinquante-six", "06123456"),
        ("fr", "trois deux six quatre neuf sept un", "3264971"),
        ("de", "null sieben zwei acht acht eins zwei", "0728812"),
        ("de", "sechsundzwanzig vier drei neun eins zwei", "2643912"),
        ("es", "seis cinco cuatro tres dos uno cero", "6543210"),
        ("es", "veintidós tres cuatro cinco seis", "223456"),
        ("it", "tre tre otto sei nove quattro due", "3386942"),
        ("ro", "șapte patru unu doi nouă opt cinci", "7412985"),
        ("nl", "zes een twee drie vier vijf negen", "6123459"),
        ("pl", "pięć dwa trzy osiem siedem jeden zero", "5238710"),
    ],
)
def test_deobfuscate_reads_spelled_digits_per_language(language, text, digits):
    found = _run_digits(text)
    if len(digits) < MIN_RUN_DIGITS:
        assert found == []  # too short to be a phone: left as words
    else:
        assert found == [digits]


@pytest.mark.parametrize(
    "text",
    [
        "I have one cat and two dogs, ready for you to see.",
        "Come to me for a good time, oh yes, I love it too.",
        "Ten girls, twenty rooms, one hundred reasons to visit.",
        "Deux filles et trois chambres pour toi, une nuit.",
        "Ich bin eine von zwei, drei oder vier Frauen.",
        "I O l I o O l",
        "34-24-36 and 5'4 tall, 120 lbs",
    ],
)
def test_deobfuscate_leaves_prose_alone(text):
    view = deobfuscate(text)
    assert view.text == text
    assert view.runs == ()
    assert view.substitutions == 0


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Call FIVE7THREE.8TWO3.78TEN & ask", "FIVE7THREE.8TWO3.78TEN"),
        ("text 7•0•2•5•5•5•1•2•3•4 only", "7•0•2•5•5•5•1•2•3•4"),
        ("me: 6️⃣0️⃣2️⃣5️⃣5️⃣5️⃣1️⃣2️⃣3️⃣4️⃣!", "6️⃣0️⃣2️⃣5️⃣5️⃣5️⃣1️⃣2️⃣3️⃣4️⃣"),
        ("twenty six forty two 555 1234 x", "twenty six forty two 555 1234"),
        ("plain 702-483-2942 text", "702-483-2942"),
    ],
)
def test_deobfuscate_run_spans_map_back_to_input(text, written):
    view = deobfuscate(text)
    ((start, end),) = view.runs
    source_start, source_end = view.to_source(start, end)
    assert text[source_start:source_end] == written


@pytest.mark.parametrize(
    ("text", "prefix", "suffix"),
    [
        ("Call FIVE7THREE.8TWO3.78TEN & ask for Coco", "Call ", " & ask for Coco"),
        ("x ７０２-５５５-１２３４ y", "x ", " y"),
    ],
)
def test_deobfuscate_keeps_offsets_outside_edits(text, prefix, suffix):
    view = deobfuscate(text)
    assert view.text.startswith(prefix) and view.text.endswith(suffix)
    assert view.to_source(0, len(prefix)) == (0, len(prefix))
    tail = len(view.text) - len(suffix)
    assert view.to_source(tail, len(view.text)) == (len(text) - len(suffix), len(text))


@pytest.mark.parametrize(
    ("text", "effort"),
    [
        ("702-483-2942", 0),
        ("(702) 483-2942", 0),
        ("7O2-483-2942", 1),
        ("seven0two 483 2942", 2),
        ("7•0•2•4•8•3•2•9•4•2", 9),
    ],
)
def test_deobfuscate_counts_substitutions(text, effort):
    view = deobfuscate(text)
    ((start, end),) = view.runs
    assert view.effort(start, end) == effort


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("22", 22),
        ("twenty-two", 22),
        ("twenty two", 22),
        ("vingt-deux", 22),
        ("zweiundzwanzig", 22),
        ("veintidós", 22),
        ("treinta y dos", 32),
        ("ventitré", 23),
        ("douazeci si doi", 22),
        ("tweeëntwintig", None),
        ("nineteen", 19),
        ("cat", None),
    ],
)
def test_words_to_int_reads_spelled_numbers(phrase, value):
    assert words_to_int(phrase) == value


@pytest.mark.parametrize(
    ("phrase", "matches"),
    [("twenty two", True), ("dix-neuf", False), ("quarante", True), ("hello", False)],
)
def test_number_word_pattern_matches_spelled_numbers(phrase, matches):
    assert (re.fullmatch(number_word_pattern(), phrase) is not None) == matches


@pytest.mark.parametrize(
    ("token", "digits"),
    [("one00", "100"), ("two0O", "200"), ("1OO", "100"), ("hello", None), ("oil", None)],
)
def test_digits_of_reads_glued_tokens(token, digits):
    assert digits_of(token) == digits


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_deobfuscate_never_raises_and_maps_within_input(text):
    view = deobfuscate(text)
    for start, end in view.runs:
        source_start, source_end = view.to_source(start, end)
        assert 0 <= source_start <= source_end <= len(text)


_NO_DIGITS = st.characters(blacklist_categories=("Nd", "No", "Cs"))
_PROSE = [
    "to",
    "too",
    "for",
    "oh",
    "O",
    "I",
    "l",
    "o",
    "one",
    "two",
    "ten",
    "girl",
    "call",
    "me",
    "and",
    "the",
    "une",
    "deux",
    "zwei",
    "sei",
    "tre",
    "due",
    "otto",
    ",",
    ".",
]
_WEAK = {"to", "too", "for", "oh", "o", "O", "I", "l"}


def _spelled_digits(text: str) -> int:
    """How many digits the number words and look-alikes of a text could stand for."""
    count = 0
    for word in re.findall(r"[^\W\d_]+", text):
        value = words_to_int(word)
        count += len(str(value)) if value is not None else word in _WEAK
    return count


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_NO_DIGITS))
def test_deobfuscate_never_invents_digits_in_digit_free_text(text):
    view = deobfuscate(text)
    if _spelled_digits(text) < MIN_RUN_DIGITS:
        assert not any(char.isdigit() for char in view.text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PROSE), max_size=40))
def test_deobfuscate_keeps_prose_with_few_number_words(words):
    text = " ".join(words)
    if _spelled_digits(text) < MIN_RUN_DIGITS:
        assert not any(char.isdigit() for char in deobfuscate(text).text)
