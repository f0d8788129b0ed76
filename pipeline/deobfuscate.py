"""The de-obfuscated view of an ad: hidden digits written as digits, with an offset map.

Ads hide phone numbers from scrapers: "seven0two", "7•0•2", "6twentysix", "4ohthree",
"o6oo", keycap emoji, full-width digits. `deobfuscate` rewrites such *digit runs* as plain
digit groups separated by single spaces ("7 0 2 483 2942") and leaves all other text as
it was. Words only become digits inside a run that holds at least `MIN_RUN_DIGITS` digits,
so "one of two girls, ready for you" stays prose. Every rewrite is a segment of an offset
map, so a span of the view maps back to the span of the input it came from, and each
segment counts the substitutions it needed (the "effort" behind an obscured contact).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

# Shortest run rewritten: a local number without area code has 7 digits. Shorter runs are
# prices, ages and measurements, and rewriting them would only invent digits in prose.
MIN_RUN_DIGITS = 7
# Filler between two digits: "7 */ 6", ".}} [[", "\_ ". Longer gaps end a run.
_MAX_GAP = 6

# Number words per supported language (en, fr, de, es, it, ro, nl, pl), lower case, with
# unaccented spellings because ads often drop accents.
_UNITS: dict[int, tuple[str, ...]] = {
    0: ("zero", "zéro", "null", "cero", "nul", "nula"),
    1: (
        "one",
        "un",
        "une",
        "eins",
        "ein",
        "eine",
        "uno",
        "una",
        "unu",
        "één",
        "een",
        "jeden",
        "jedna",
        "jedno",
    ),
    2: (
        "two",
        "deux",
        "zwei",
        "zwo",
        "dos",
        "dós",
        "due",
        "doi",
        "două",
        "doua",
        "twee",
        "dwa",
        "dwie",
    ),
    3: ("three", "trois", "drei", "tres", "trés", "tre", "tré", "trei", "drie", "trzy"),
    4: ("four", "quatre", "vier", "cuatro", "quattro", "patru", "cztery"),
    5: (
        "five",
        "cinq",
        "fünf",
        "fuenf",
        "funf",
        "cinco",
        "cinque",
        "cinci",
        "vijf",
        "pięć",
        "piec",
    ),
    6: ("six", "sechs", "seis", "séis", "sei", "șase", "şase", "sase", "zes", "sześć", "szesc"),
    7: ("seven", "sept", "sieben", "siete", "sette", "șapte", "şapte", "sapte", "zeven", "siedem"),
    8: ("eight", "huit", "acht", "ocho", "otto", "opt", "osiem"),
    9: ("nine", "neuf", "neun", "nueve", "nove", "nouă", "noua", "negen", "dziewięć", "dziewiec"),
}
_TEENS: dict[int, tuple[str, ...]] = {
    10: ("ten", "dix", "zehn", "diez", "dieci", "zece", "tien", "dziesięć", "dziesiec"),
    11: ("eleven", "onze", "elf", "once", "undici", "unsprezece", "jedenaście", "jedenascie"),
    12: (
        "twelve",
        "douze",
        "zwölf",
        "zwoelf",
        "zwolf",
        "doce",
        "dodici",
        "doisprezece",
        "twaalf",
        "dwanaście",
        "dwanascie",
    ),
    13: (
        "thirteen",
        "treize",
        "dreizehn",
        "trece",
        "tredici",
        "treisprezece",
        "dertien",
        "trzynaście",
        "trzynascie",
    ),
    14: (
        "fourteen",
        "quatorze",
        "vierzehn",
        "catorce",
        "quattordici",
        "paisprezece",
        "veertien",
        "czternaście",
        "czternascie",
    ),
    15: (
        "fifteen",
        "quinze",
        "fünfzehn",
        "fuenfzehn",
        "quince",
        "quindici",
        "cincisprezece",
        "vijftien",
        "piętnaście",
        "pietnascie",
    ),
    16: (
        "sixteen",
        "seize",
        "sechzehn",
        "dieciséis",
        "dieciseis",
        "sedici",
        "șaisprezece",
        "saisprezece",
        "zestien",
        "szesnaście",
        "szesnascie",
    ),
    17: (
        "seventeen",
        "dixsept",
        "siebzehn",
        "diecisiete",
        "diciassette",
        "șaptesprezece",
        "saptesprezece",
        "zeventien",
        "siedemnaście",
        "siedemnascie",
    ),
    18: (
        "eighteen",
        "dixhuit",
        "achtzehn",
        "dieciocho",
        "diciotto",
        "optsprezece",
        "achttien",
        "osiemnaście",
        "osiemnascie",
    ),
    19: (
        "nineteen",
        "dixneuf",
        "neunzehn",
        "diecinueve",
        "diciannove",
        "nouăsprezece",
        "nouasprezece",
        "negentien",
        "dziewiętnaście",
        "dziewietnascie",
    ),
}
_TENS: dict[int, tuple[str, ...]] = {
    2: (
        "twenty",
        "vingt",
        "zwanzig",
        "veinte",
        "veinti",
        "venti",
        "vent",
        "douăzeci",
        "douazeci",
        "twintig",
        "dwadzieścia",
        "dwadziescia",
    ),
    3: (
        "thirty",
        "trente",
        "dreißig",
        "dreissig",
        "treinta",
        "trenta",
        "trent",
        "treizeci",
        "dertig",
        "trzydzieści",
        "trzydziesci",
    ),
    4: (
        "forty",
        "fourty",
        "quarante",
        "vierzig",
        "cuarenta",
        "quaranta",
        "quarant",
        "patruzeci",
        "veertig",
        "czterdzieści",
        "czterdziesci",
    ),
    5: (
        "fifty",
        "cinquante",
        "fünfzig",
        "fuenfzig",
        "cincuenta",
        "cinquanta",
        "cinquant",
        "cincizeci",
        "vijftig",
        "pięćdziesiąt",
        "piecdziesiat",
    ),
    6: (
        "sixty",
        "soixante",
        "sechzig",
        "sesenta",
        "sessanta",
        "sessant",
        "șaizeci",
        "saizeci",
        "zestig",
        "sześćdziesiąt",
        "szescdziesiat",
    ),
    7: (
        "seventy",
        "septante",
        "siebzig",
        "setenta",
        "settanta",
        "settant",
        "șaptezeci",
        "saptezeci",
        "zeventig",
        "siedemdziesiąt",
        "siedemdziesiat",
    ),
    8: (
        "eighty",
        "huitante",
        "octante",
        "achtzig",
        "ochenta",
        "ottanta",
        "ottant",
        "optzeci",
        "tachtig",
        "osiemdziesiąt",
        "osiemdziesiat",
    ),
    9: (
        "ninety",
        "nonante",
        "neunzig",
        "noventa",
        "novanta",
        "novant",
        "nouăzeci",
        "nouazeci",
        "negentig",
        "dziewięćdziesiąt",
        "dziewiecdziesiat",
    ),
}
_SCALES = {"hundred": "00", "hundert": "00", "thousand": "000", "tausend": "000"}
# German and Dutch put the unit first: "sechsundzwanzig", "zesentwintig".
_JOINERS = ("und", "en")
# Homophones and look-alike letters: digits only when they sit among other digits.
_WEAK = {"to": "2", "too": "2", "for": "4", "fore": "4", "oh": "0", "won": "1", "ate": "8"}
_LOOKALIKES = {"o": "0", "O": "0", "l": "1", "I": "1"}
# Words joining tens and units in a spelled number: "treinta y dos", "vingt et un".
_PHRASE_JOINERS = frozenset({"y", "e", "et", "und", "en", "și", "si", "and", "i"})

_ESCAPE = r"\\u[0-9A-Fa-f]{4}|<[Uu]\+[0-9A-Fa-f]{4,6}>|&#?[0-9A-Za-z]{1,8};"
_ESCAPES = re.compile(_ESCAPE)
# Characters that are a single digit: ASCII, full-width, Arabic-Indic, Devanagari, circled
# and mathematical digits (but not "⑩", which is ten).
_DIGIT_CHARS = (
    "0-9\uff10-\uff19\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u2460-\u2468\u24ea"
    "\u2776-\u277e\u2780-\u2788\u278a-\u2792\U0001d7ce-\U0001d7ff"
)
_WORD = re.compile(r"[^\W_]+")
_GLUED = re.compile(r"\d+|\D+")
_PLAIN_GAP = re.compile(r" |-| - |\.|\. |/|\) ?|\)-|, ?|\(")
_KEYCAP_TAIL = re.compile(r"\ufe0f?\u20e3")
_KEYCAP_MARKS = ("\ufe0f", "\u20e3")
# Filler allowed between two pieces of a run: no letter, digit, line break or plus (which
# starts a new number), and at most _MAX_GAP characters; or a spaced "xx" ("702 xx 555").
_FILLER = re.compile(rf"(?:[^\w\n+]|_){{0,{_MAX_GAP}}}|[^\w\n+]{{1,3}}[xX]{{1,3}}[^\w\n+]{{1,3}}")
_PHRASE_SPLIT = re.compile(r"[\s\-]+")
# Homophones and look-alikes standing between two digits: "3 o 5", "two ate ate won".
_WEAK_WORD = r"(?:oh|Oh|OH|o|O|l|I|to|too|for|won|ate)"
_WEAK_GAP = re.compile(
    rf"[^\w\n+]{{0,3}}{_WEAK_WORD}(?:[^\w\n+]{{1,3}}{_WEAK_WORD}){{0,2}}[^\w\n+]{{0,3}}"
)
_WEAK_IN_GAP = re.compile(rf"{_WEAK_WORD}(?!\w)")


class _Segment(NamedTuple):
    """One rewrite: view[view_start:view_end] replaces source[src_start:src_end]."""

    view_start: int
    view_end: int
    src_start: int
    src_end: int
    effort: int


@dataclass(frozen=True, slots=True)
class Deobfuscated:
    """The de-obfuscated view of a text, with a map back to the input.

    `runs` are the view spans of the digit runs: stretches of digit groups separated by
    single spaces that hold at least `MIN_RUN_DIGITS` digits.
    """

    source: str
    text: str
    runs: tuple[tuple[int, int], ...] = ()
    segments: tuple[_Segment, ...] = ()
    _starts: tuple[int, ...] = field(default=(), repr=False, compare=False)

    @property
    def substitutions(self) -> int:
        """How many substitutions the whole view needed."""
        return sum(segment.effort for segment in self.segments)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """The span of the input that the view span [start, end) came from."""
        end = max(start, end)
        if not self.segments:
            return start, end
        if start == end:
            position = self._source_position(start, end=False)
            return position, position
        return self._source_position(start, end=False), self._source_position(end, end=True)

    def effort(self, start: int, end: int) -> int:
        """Substitutions (spelled digits, look-alikes, filler) inside a view span."""
        total = 0
        index = max(0, bisect_right(self._starts, start) - 1)
        for segment in self.segments[index:]:
            if segment.view_start > end or (segment.view_start == end and end > start):
                break
            inside = segment.view_start < end and segment.view_end > start
            # An edit that removed text (a gap) sits between two characters of the span.
            removed = segment.view_start == segment.view_end and start < segment.view_start < end
            if inside or removed:
                total += segment.effort
        return total

    def _source_position(self, position: int, *, end: bool) -> int:
        # An exclusive end is decided by the character before it.
        probe = position - 1 if end else position
        index = bisect_right(self._starts, probe) - 1
        if index < 0:
            return position
        segment = self.segments[index]
        if segment.view_start <= probe < segment.view_end:
            return segment.src_end if end else segment.src_start
        return segment.src_end + position - segment.view_end


@dataclass(slots=True)
class _Piece:
    """A stretch of the input that reads as digits, e.g. "seven0", "2", "oh"."""

    start: int
    end: int
    digits: str
    strong: bool  # holds a written digit or a number word, not only look-alikes
    effort: int
    kind: str = "mixed"  # unit, teen, tens, joiner, scale, digit, weak, mixed, word
    plain: bool = False  # unambiguous digits (ASCII, full-width, keycap): no run needed


def deobfuscate(text: str) -> Deobfuscated:
    """The view of `text` with obfuscated digit runs rewritten as plain digit groups."""
    pieces = _pieces(text)
    if not pieces:
        return Deobfuscated(text, text)
    edits: list[tuple[int, int, str, int]] = []
    runs: list[tuple[int, int]] = []
    in_runs: set[int] = set()
    for run in _runs(text, pieces):
        edits.extend(_rewrite(text, run))
        runs.append((run[0].start, run[-1].end))
        in_runs.update(id(piece) for piece in run)
    if not text.isascii():
        for piece in pieces:
            # Full-width and keycap digits are digits anywhere, not only inside runs.
            if piece.plain and piece.effort and id(piece) not in in_runs:
                edits.append((piece.start, piece.end, piece.digits, piece.effort))
    edits.sort()
    return _assemble(text, edits, runs)


def digits_of(token: str) -> str | None:
    """The digits that one glued token spells ("one00" → "100"), or None for a word."""
    pieces = _segment_token(token, 0)
    if pieces is None or not any(piece.strong for piece in pieces):
        return None
    return "".join(piece.digits for piece in pieces)


def words_to_int(phrase: str) -> int | None:
    """The value of a spelled number: "twenty-two", "vingt deux", "veintidós", "22"."""
    value: int | None = None
    for word in _PHRASE_SPLIT.split(phrase.strip()):
        if not word or word.lower() in _PHRASE_JOINERS:
            continue
        pieces = _segment_token(word, 0)
        if pieces is None or not all(piece.strong for piece in pieces):
            return None
        for piece in pieces:
            if value is not None and value >= 20 and value % 10 == 0 and piece.kind == "unit":
                value += int(piece.digits)
            else:
                value = int(f"{value if value is not None else ''}{piece.digits}")
    return value


def number_word_pattern() -> str:
    """A regex fragment for one spelled number below 100 in any supported language."""
    return _number_word_pattern()


def lower_same_length(text: str) -> str:
    """`text` in lower case with its offsets unchanged (a few letters lower to two chars)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


@cache
def _lexicon() -> dict[str, tuple[str, str]]:
    """Lower-case number word → (digits, kind)."""
    words: dict[str, tuple[str, str]] = {}
    for value, spellings in _UNITS.items():
        words.update((spelling, (str(value), "unit")) for spelling in spellings)
    for value, spellings in _TEENS.items():
        words.update((spelling, (str(value), "teen")) for spelling in spellings)
    for tens, spellings in _TENS.items():
        words.update((spelling, (str(tens), "tens")) for spelling in spellings)
    words.update((spelling, (zeros, "scale")) for spelling, zeros in _SCALES.items())
    words.update((joiner, ("", "joiner")) for joiner in _JOINERS)
    return words


@cache
def _piece_regex() -> re.Pattern[str]:
    """One piece: ASCII digits, a number word (any case), a homophone or a look-alike."""
    words = _trie_pattern(sorted(_lexicon(), key=len, reverse=True), cased=True)
    weak = "|".join(_cased(word) for word in sorted(_WEAK, key=len, reverse=True))
    return re.compile(rf"[0-9]+|{words}|{weak}|[oOlI]")


@cache
def _token_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{_piece_regex().pattern})+")


@cache
def _scan_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a digit run may start, on lower-case text: digits, and number words.

    Two patterns rather than one alternation: `re` scans fast only for a pattern whose
    every branch starts with a literal, or that starts with one character class.
    """
    words = [word for word, (_, kind) in _lexicon().items() if kind != "joiner"]
    trie = _trie_pattern(sorted(words, key=len, reverse=True), cased=False)
    return re.compile(f"[{_DIGIT_CHARS}][{_DIGIT_CHARS}]*"), re.compile(trie)


def _trie_pattern(words: list[str], *, cased: bool) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie, cased)


def _render(node: dict, cased: bool) -> str:
    # Longer continuations are tried before stopping, so "seventeen" wins over "seven".
    branches = [
        (_cased(char) if cased else re.escape(char)) + _render(child, cased)
        for char, child in node.items()
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _cased(text: str) -> str:
    out = []
    for char in text:
        options = {char, char.upper()} if len(char.upper()) == 1 else {char}
        if char == "o":
            options.add("0")  # "th0usand", "tw0": a zero typed for the letter o
        out.append("[" + "".join(sorted(options)) + "]" if len(options) > 1 else re.escape(char))
    return "".join(out)


@cache
def _number_word_pattern() -> str:
    def alternation(kind: str) -> str:
        words = [w for w, (digits, k) in _lexicon().items() if k == kind and digits != "0"]
        return "(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")"

    unit, teen, tens = alternation("unit"), alternation("teen"), alternation("tens")
    joiner = r"(?:[\s-]*(?:y|e|et|und|en|și|si|and|i)[\s-]*|[\s-]?)"
    return rf"(?:{unit}(?:und|en){tens}|{tens}{joiner}{unit}|{teen}|{tens}|{unit})"


def _pieces(text: str) -> list[_Piece]:
    """Every token of `text` that could belong to a digit run, in order."""
    lower = lower_same_length(text)
    digits, words = _scan_regexes()
    hits = [(m.start(), m.end(), True) for m in digits.finditer(lower)]
    hits.extend((m.start(), m.end(), False) for m in words.finditer(lower))
    if "\\" in text or "<" in text or "&" in text:
        # Escape spellings ("\u2022", "<U+1F48B>") hold digits that are not digits.
        escapes = _Spans(m.span() for m in _ESCAPES.finditer(text))
        hits = [hit for hit in hits if not escapes.covers(hit[0])]
    hits.sort()
    token_regex = _token_regex()
    pieces: list[_Piece] = []
    consumed = 0
    length = len(text)
    for start, end, is_digits in hits:
        if start < consumed:
            continue
        glued_before = start > 0 and lower[start - 1].isalnum()
        if is_digits:
            if (
                not glued_before
                and (end == length or not lower[end].isalnum())
                and text[start].isascii()
                and lower[end : end + 1] not in _KEYCAP_MARKS
            ):
                # The common case: a plain number standing alone.
                pieces.append(_Piece(start, end, text[start:end], True, 0, "digit", True))
                consumed = end
                continue
            while start and lower[start - 1].isalnum():
                start -= 1  # digits glued after letters: back to the start of the token
            if start < consumed:
                continue
        elif glued_before:
            continue  # a number word inside another word: "someone", "weight"
        token = _WORD.match(text, start)
        if token is None:
            continue
        consumed = token.end()
        pieces.extend(_token_pieces(text, token.group(), start, token.end(), token_regex))
    return pieces


class _Spans:
    """Sorted, disjoint spans (escape spellings) with a containment test."""

    def __init__(self, spans) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _ in self._spans]

    def covers(self, position: int) -> bool:
        index = bisect_right(self._starts, position) - 1
        return index >= 0 and self._spans[index][1] > position


def _token_pieces(text: str, token: str, start: int, end: int, token_regex) -> list[_Piece]:
    if token.isdigit():
        return [_digit_piece(text, token, start, end)]
    ascii_token = _ascii_digits(token)
    if token_regex.fullmatch(ascii_token):
        segmented = _segment_token(ascii_token, start)
        if segmented is not None:
            return [_merge(segmented)]
    return _split_glued(ascii_token, start)


def _digit_piece(text: str, token: str, start: int, end: int) -> _Piece:
    effort = 0 if token.isascii() else 1
    if len(token) == 1:
        keycap = _KEYCAP_TAIL.match(text, end)
        if keycap:
            end, effort = keycap.end(), 1
    return _Piece(start, end, _ascii_digits(token), True, effort, "digit", plain=True)


def _ascii_digits(token: str) -> str:
    if token.isascii():
        return token
    return "".join(
        str(unicodedata.digit(char)) if unicodedata.digit(char, None) is not None else char
        for char in token
    )


def _segment_token(token: str, offset: int) -> list[_Piece] | None:
    """Split one alphanumeric token into number pieces, or None if any part is a word."""
    lexicon = _lexicon()
    pieces: list[_Piece] = []
    position = 0
    for match in _piece_regex().finditer(token):
        if match.start() != position:
            return None
        position = match.end()
        written = match.group()
        start, end = offset + match.start(), offset + match.end()
        if written.isdigit():
            pieces.append(_Piece(start, end, written, True, 0, "digit"))
            continue
        folded = written.lower().replace("0", "o")
        entry = lexicon.get(folded)
        if entry is not None:
            digits, kind = entry
            pieces.append(_Piece(start, end, digits, kind != "joiner", int(bool(digits)), kind))
        elif written in _LOOKALIKES:
            pieces.append(_Piece(start, end, _LOOKALIKES[written], False, 1, "weak"))
        elif folded in _WEAK:
            pieces.append(_Piece(start, end, _WEAK[folded], False, 1, "weak"))
        else:
            return None
    if position != len(token) or not pieces:
        return None
    return _combine(pieces)


def _combine(pieces: list[_Piece]) -> list[_Piece] | None:
    """Join tens and units inside a token: "twentysix" → 26, "sechsundzwanzig" → 26."""
    out: list[_Piece] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        nxt = pieces[index + 1] if index + 1 < len(pieces) else None
        after = pieces[index + 2] if index + 2 < len(pieces) else None
        if (
            piece.kind == "unit"
            and nxt is not None
            and nxt.kind == "joiner"
            and after is not None
            and after.kind == "tens"
        ):
            out.append(_Piece(piece.start, after.end, after.digits + piece.digits, True, 1))
            index += 3
        elif piece.kind == "tens" and nxt is not None and nxt.kind == "unit" and nxt.digits != "0":
            out.append(_Piece(piece.start, nxt.end, piece.digits + nxt.digits, True, 1))
            index += 2
        elif piece.kind == "joiner":
            return None
        elif piece.kind == "tens":
            out.append(_Piece(piece.start, piece.end, piece.digits + "0", True, 1, "tens"))
            index += 1
        elif piece.kind == "scale" and not out:
            return None  # "hundred" alone is a word; "2th0usand" is 2000
        else:
            out.append(piece)
            index += 1
    return out


def _merge(pieces: list[_Piece]) -> _Piece:
    """One token's pieces as a single piece."""
    if len(pieces) == 1:
        return pieces[0]
    return _Piece(
        pieces[0].start,
        pieces[-1].end,
        "".join(piece.digits for piece in pieces),
        any(piece.strong for piece in pieces),
        sum(piece.effort for piece in pieces),
    )


def _split_glued(token: str, offset: int) -> list[_Piece]:
    """Digits glued to words ("Kayla415", "7864865044tengo"): keep the number parts."""
    pieces: list[_Piece] = []
    for match in _GLUED.finditer(token):
        part = match.group()
        start, end = offset + match.start(), offset + match.end()
        if part[0].isdigit():
            pieces.append(_Piece(start, end, part, True, 0, "digit", plain=True))
            continue
        segmented = (
            _segment_token(part, start)
            if len(part) > 1 and _token_regex().fullmatch(part)
            else None
        )
        if segmented is not None and all(piece.strong for piece in segmented):
            pieces.append(_merge(segmented))
        else:
            pieces.append(_Piece(start, end, "", False, 0, "word"))
    return pieces


def _runs(text: str, pieces: list[_Piece]) -> list[list[_Piece]]:
    """Consecutive pieces separated by short filler, holding enough digits for a number."""
    kept: list[list[_Piece]] = []
    current: list[_Piece] = []
    digits = 0
    for piece in pieces:
        if current:
            previous = current[-1]
            if piece.kind == "word" or not _joins(text, previous.end, piece.start):
                weak = None if piece.kind == "word" else _weak_between(text, previous, piece)
                if weak is None:
                    if digits >= MIN_RUN_DIGITS:
                        _keep_run(current, kept)
                    current, digits = [], 0
                else:
                    current.extend(weak)
                    digits += len(weak)
        if piece.kind != "word":
            current.append(piece)
            digits += len(piece.digits)
    if digits >= MIN_RUN_DIGITS:
        _keep_run(current, kept)
    return kept


def _keep_run(run: list[_Piece], kept: list[list[_Piece]]) -> None:
    if all(piece.strong for piece in run):
        kept.append(run)
        return
    for part in _split_weak(run):
        if sum(len(piece.digits) for piece in part) >= MIN_RUN_DIGITS:
            kept.append(part)


def _joins(text: str, end: int, start: int) -> bool:
    """Whether two pieces are close enough, with only filler between them, to be one run."""
    if _FILLER.fullmatch(text, end, start):
        return True
    gap = text[end:start]
    if "\\" not in gap and "<" not in gap and "&" not in gap:
        return False
    # Escape spellings such as "<U+1F48B>" or "\u2022" count as one filler character.
    return _FILLER.fullmatch(_ESCAPES.sub("•", gap)) is not None


def _weak_between(text: str, before: _Piece, after: _Piece) -> list[_Piece] | None:
    """Look-alike words between two digit pieces: "3 o 5", "seven oh two", "ate ate won"."""
    if not (before.strong and after.strong) or not 1 <= after.start - before.end <= 20:
        return None
    if _WEAK_GAP.fullmatch(text, before.end, after.start) is None:
        return None
    pieces = []
    for match in _WEAK_IN_GAP.finditer(text, before.end, after.start):
        written = match.group()
        digits = _LOOKALIKES.get(written) or _WEAK[written.lower()]
        pieces.append(_Piece(match.start(), match.end(), digits, False, 1, "weak"))
    return pieces


def _split_weak(run: list[_Piece]) -> list[list[_Piece]]:
    """Homophones and look-alikes count only between real digits: "3 o 5", not "7 to"."""
    parts: list[list[_Piece]] = []
    current: list[_Piece] = []
    weak: list[_Piece] = []
    for piece in run:
        if not piece.strong:
            weak.append(piece)
            continue
        if weak and current:
            current.extend(weak)  # weak words between two strong pieces stay
        elif weak:
            parts.append(current)
            current = []
        weak = []
        current.append(piece)
    parts.append(current)
    return [part for part in parts if part]


def _rewrite(text: str, run: list[_Piece]) -> list[tuple[int, int, str, int]]:
    """Edits turning one run into digit groups separated by single spaces."""
    edits: list[tuple[int, int, str, int]] = []
    for index, piece in enumerate(run):
        nxt = run[index + 1] if index + 1 < len(run) else None
        gap = text[piece.end : nxt.start] if nxt is not None else ""
        # "twenty six" spaced is one number: 26, not 20 6.
        spaced_tens = (
            nxt is not None
            and piece.kind == "tens"
            and nxt.kind == "unit"
            and nxt.digits != "0"
            and gap in (" ", "-")
        )
        digits = piece.digits[:-1] if spaced_tens else piece.digits
        if text[piece.start : piece.end] != digits:
            edits.append((piece.start, piece.end, digits, piece.effort))
        if nxt is None or not gap:
            continue
        if spaced_tens:
            edits.append((piece.end, nxt.start, "", 0))
        elif gap != " ":
            edits.append((piece.end, nxt.start, " ", _gap_effort(gap, piece, nxt)))
        elif len(piece.digits) == 1 and len(nxt.digits) == 1:
            edits.append((piece.end, nxt.start, " ", 1))  # "7 0 2": spaced-out digits
    return edits


def _gap_effort(gap: str, before: _Piece, after: _Piece) -> int:
    """Filler between digits is obfuscation; usual phone punctuation is not."""
    if _PLAIN_GAP.fullmatch(gap) is None:
        return 1
    return 1 if len(before.digits) == 1 and len(after.digits) == 1 else 0


def _assemble(
    text: str, edits: list[tuple[int, int, str, int]], runs: list[tuple[int, int]]
) -> Deobfuscated:
    """Build the view from the source and its source-ordered, non-overlapping edits."""
    parts: list[str] = []
    segments: list[_Segment] = []
    source_position = view_position = 0
    for src_start, src_end, replacement, effort in edits:
        if src_start < source_position:
            continue
        parts.append(text[source_position:src_start])
        view_position += src_start - source_position
        parts.append(replacement)
        segments.append(
            _Segment(view_position, view_position + len(replacement), src_start, src_end, effort)
        )
        view_position += len(replacement)
        source_position = src_end
    parts.append(text[source_position:])
    view_runs = tuple(
        (_to_view(segments, start, end=False), _to_view(segments, end, end=True))
        for start, end in runs
    )
    starts = tuple(segment.view_start for segment in segments)
    return Deobfuscated(text, "".join(parts), view_runs, tuple(segments), starts)


def _to_view(segments: list[_Segment], position: int, *, end: bool) -> int:
    """The view offset of a source offset that lies on an edit boundary or outside edits."""
    shift = 0
    for segment in segments:
        if end and segment.src_start < position <= segment.src_end:
            return segment.view_end
        if not end and segment.src_start <= position < segment.src_end:
            return segment.view_start
        if segment.src_end <= position:
            shift = segment.view_end - segment.src_end
        else:
            break
    return position + shift
