"""Contacts, ages and prices found in an ad, each with its span in the input text.

Phones are read from the de-obfuscated view (`pipeline.deobfuscate`) and validated with
`phonenumbers`; everything else is read from the input itself. Contact values are
normalised (E.164, lower-case email, "platform:handle", host/path URL) so that
`pipeline.pseudonymise` can hash them; raw values never leave `pipeline/`.

Matching runs on a lower-cased copy of the text with patterns that start with a literal
or a digit, and looks around each hit locally: Python's `re` is slow on patterns that
open with a look-behind or a case-insensitive alternation, and extraction has to keep up
with thousands of ads a second.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

import phonenumbers

from pipeline.deobfuscate import (
    Deobfuscated,
    deobfuscate,
    digits_of,
    lower_same_length,
    number_word_pattern,
    words_to_int,
)

# E.164 allows 15 digits; a local number without area code has 7.
_MAX_PHONE_DIGITS = 15
_MIN_PHONE_DIGITS = 7
# Ages outside this range are measurements, counts or years, not a person's age.
_MIN_AGE, _MAX_AGE = 12, 99


@dataclass(frozen=True, slots=True)
class ContactMatch:
    """A phone, email, handle or URL: normalised value, input span and de-obfuscation effort."""

    kind: str
    value: str
    start: int
    end: int
    written: str
    effort: int = 0


@dataclass(frozen=True, slots=True)
class AgeMatch:
    """An age stated in the ad."""

    value: int
    start: int
    end: int
    written: str


@dataclass(frozen=True, slots=True)
class Price:
    """An amount, its currency (ISO code or a euphemism such as "roses") and its duration.

    `unit` is the duration the amount buys, written in minutes ("30min", "60min"), or None.
    """

    amount: float
    currency: str | None
    unit: str | None

    @property
    def minutes(self) -> int | None:
        """The duration in minutes, if one was stated."""
        return int(self.unit.removesuffix("min")) if self.unit else None


@dataclass(frozen=True, slots=True)
class PriceMatch:
    """A price stated in the ad."""

    value: Price
    start: int
    end: int
    written: str


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything `extract` found in one ad, in order of position within each kind."""

    phones: tuple[ContactMatch, ...] = ()
    emails: tuple[ContactMatch, ...] = ()
    handles: tuple[ContactMatch, ...] = ()
    urls: tuple[ContactMatch, ...] = ()
    ages: tuple[AgeMatch, ...] = ()
    prices: tuple[PriceMatch, ...] = ()

    @property
    def contacts(self) -> tuple[ContactMatch, ...]:
        """Phones, emails, handles and URLs, in that order."""
        return self.phones + self.emails + self.handles + self.urls


def extract(
    text: str,
    *,
    country: str | None = None,
    location: str | None = None,
    default_region: str = "US",
) -> Extraction:
    """Find phones, emails, handles, URLs, ages and prices in one ad's text.

    Phones are parsed in the ad's `country`, else the region a `location` names, else
    `default_region`; numbers invalid there are retried in regions the ad names.
    """
    if not text:
        return Extraction()
    lower = lower_same_length(text)
    region = _primary_region(country, location, default_region)
    view = deobfuscate(text)
    phones = _find_phones(view, lower, region, _hint_regions(location, region))
    emails = _find_emails(text, lower)
    urls = _find_urls(text, lower, emails)
    handles = _find_handles(text, lower, phones, emails, urls, region)
    taken = _Spans([(m.start, m.end) for m in phones + emails + urls])
    ages = _find_ages(text, lower, taken)
    prices = _find_prices(text, lower, taken.union(ages), region)
    return Extraction(phones, emails, handles, urls, ages, prices)


class _Spans:
    """Spans merged into disjoint, sorted intervals, with a fast overlap test."""

    def __init__(self, spans) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if self._ends and start < self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self._starts, end - 1 if end > start else start) - 1
        return index >= 0 and self._ends[index] > start

    def outside(self, matches):
        """The regex matches, in order, that overlap none of the spans."""
        starts, ends = self._starts, self._ends
        index, count = 0, len(starts)
        for match in matches:
            start, end = match.span()
            while index < count and ends[index] <= start:
                index += 1
            if index == count or starts[index] >= end:
                yield match

    def union(self, matches) -> _Spans:
        own = zip(self._starts, self._ends, strict=True)
        return _Spans([*own, *((m.start, m.end) for m in matches)])


def _trie(words, *, flat: bool = False) -> str:
    """An alternation of literal words shaped as a trie, longest continuation first.

    `flat` leaves the top level unwrapped, so it can join other literal-led branches:
    `re` only scans fast when every top-level branch starts with a literal.
    """
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(char) + render(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    if flat:
        return "|".join(re.escape(char) + render(child) for char, child in root.items() if char)
    return render(root)


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a word list written as one string."""
    return frozenset(text.split())


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _bounded(lower: str, start: int, end: int) -> bool:
    """Whether lower[start:end] is a whole word (no letter or digit glued on either side)."""
    return (start == 0 or not _is_word_char(lower[start - 1])) and (
        end >= len(lower) or not _is_word_char(lower[end])
    )


# --------------------------------------------------------------------------- regions

# Places that point to a phone region when the ad gives no country. Ambiguous names that
# are also common words (e.g. "nice") are left out; NANP places need no entry, since +1
# numbers validate from the US default anyway.
_PLACES = {
    "GB": "uk,united kingdom,england,scotland,wales,britain,london,manchester,birmingham,"
    "leeds,liverpool,glasgow,edinburgh,bristol,sheffield,nottingham,leicester,cardiff,"
    "belfast,newcastle,brighton,southampton,coventry,reading",
    "IE": "ireland,dublin,cork,galway,limerick",
    "FR": "france,paris,lyon,marseille,toulouse,bordeaux,lille,strasbourg,nantes,montpellier",
    "DE": "germany,deutschland,berlin,hamburg,münchen,munich,köln,cologne,frankfurt,"
    "düsseldorf,stuttgart,dortmund,essen,leipzig,dresden,hannover,nürnberg,bremen",
    "AT": "austria,österreich,wien,vienna,graz,salzburg,linz,innsbruck",
    "CH": "switzerland,schweiz,suisse,svizzera,zürich,zurich,genève,geneva,basel,bern,"
    "lausanne,lugano",
    "ES": "spain,españa,espana,madrid,barcelona,valencia,sevilla,seville,málaga,malaga,"
    "bilbao,zaragoza,alicante,ibiza,marbella,palma",
    "IT": "italy,italia,roma,rome,milano,milan,napoli,naples,torino,turin,firenze,florence,"
    "bologna,venezia,venice,genova,palermo,verona,bari,catania",
    "RO": "romania,românia,bucurești,bucuresti,bucharest,cluj,timișoara,timisoara,iași,iasi,"
    "constanța,constanta,brașov,brasov,craiova",
    "NL": "netherlands,nederland,holland,amsterdam,rotterdam,den haag,the hague,utrecht,"
    "eindhoven,groningen,tilburg,breda",
    "BE": "belgium,belgique,belgië,belgie,bruxelles,brussels,brussel,antwerpen,antwerp,gent,"
    "ghent,liège,liege,charleroi",
    "PL": "poland,polska,warszawa,warsaw,kraków,krakow,łódź,lodz,wrocław,wroclaw,poznań,"
    "poznan,gdańsk,gdansk,szczecin,katowice",
    "PT": "portugal,lisboa,lisbon,porto",
    "GR": "greece,athens,athina,thessaloniki",
    "CZ": "czechia,czech republic,praha,prague,brno",
    "HU": "hungary,budapest",
    "SE": "sweden,stockholm,göteborg,gothenburg,malmö",
    "NO": "norway,oslo,bergen",
    "DK": "denmark,copenhagen,københavn",
    "FI": "finland,helsinki,espoo,tampere",
    "RU": "russia,moscow,moskva,moskow,st petersburg,saint petersburg",
    "UA": "ukraine,kyiv,kiev,kharkiv,odessa,odesa",
    "TR": "turkey,türkiye,istanbul,ankara,izmir,antalya",
    "AE": "dubai,abu dhabi,sharjah,uae,united arab emirates",
    "IN": "india,delhi,new delhi,ncr,noida,gurgaon,gurugram,mumbai,bombay,pune,bangalore,"
    "bengaluru,hyderabad,chennai,kolkata,ahmedabad,jaipur,goa,lucknow,chandigarh,mysore",
    "PK": "pakistan,karachi,lahore,islamabad",
    "TH": "thailand,bangkok,pattaya,phuket",
    "MY": "malaysia,kuala lumpur,ipoh,penang,johor",
    "SG": "singapore",
    "HK": "hong kong,hongkong",
    "PH": "philippines,manila,cebu",
    "JP": "japan,tokyo,osaka,kyoto,yokohama",
    "KR": "korea,seoul,busan",
    "CN": "china,beijing,shanghai,shenzhen,guangzhou",
    "AU": "australia,sydney,melbourne,brisbane,perth,adelaide,canberra,gold coast,hobart",
    "NZ": "new zealand,auckland,wellington,christchurch",
    "ZA": "south africa,johannesburg,cape town,durban,pretoria",
    "NG": "nigeria,lagos,abuja",
    "KE": "kenya,nairobi",
    "MX": "méxico,cdmx,guadalajara,monterrey,cancún,cancun,tijuana",
    "CO": "colombia,bogotá,bogota,medellín,medellin,cali,cartagena",
    "EC": "ecuador,quito,guayaquil",
    "PE": "peru,perú,lima",
    "CL": "chile,santiago",
    "AR": "argentina,buenos aires,córdoba,rosario",
    "BR": "brazil,brasil,são paulo,sao paulo,rio de janeiro",
    "VE": "venezuela,caracas",
    "PA": "panama,panamá",
    "DO": "dominican republic,santo domingo",
}


@cache
def _place_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    region_of = {place: region for region, places in _PLACES.items() for place in places.split(",")}
    return re.compile(_trie(sorted(region_of, key=len, reverse=True))), region_of


def _regions_named(lower: str) -> list[str]:
    """Phone regions of the places a lower-case text names, in order of first mention."""
    pattern, region_of = _place_regex()
    found: list[str] = []
    for match in pattern.finditer(lower):
        region = region_of[match.group()]
        if region not in found and _bounded(lower, match.start(), match.end()):
            found.append(region)
    return found


def _primary_region(country: str | None, location: str | None, default_region: str) -> str:
    default = default_region.strip().upper()
    if default not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"default_region must be a region phonenumbers knows, got {default!r}")
    # Scraped country and location fields are messy: an unknown value is no hint at all.
    if country and country.strip().upper() in phonenumbers.SUPPORTED_REGIONS:
        return country.strip().upper()
    if location:
        code = location.strip().upper()
        if code in phonenumbers.SUPPORTED_REGIONS:
            return code
        named = _regions_named(lower_same_length(location))
        if named:
            return named[0]
    return default


def _hint_regions(location: str | None, primary: str) -> list[str]:
    if not location:
        return []
    return [r for r in _regions_named(lower_same_length(location)) if r != primary]


# ---------------------------------------------------------------------------- phones

_GROUP = re.compile(r"\d\d*")
# Digit patterns that are not phone numbers even when they validate as one: prices,
# heights, measurements, dates, times, "24/7", ids. Matched on the lower-case input.
_NOT_PHONE_DIGITS = re.compile(
    r"""
    \d(?<![\d$]\d)                                   # the first digit of a number
    (?: \d{0,5}[ ]?[$€£](?!\d)                         # 300$ (a phone is no price)
      | (?<=[3-7])[ ]?(?:'|’|′|ft\.?|feet)[ ]?\d\d?(?:\.\d)?[ ]?(?:"|''|”|″|in\b)?(?![\d'])
      | \d?[-/.]\d\d?[-/.](?:19|20)\d\d                   # 11-17-2015
      | (?:(?<=1)9|(?<=2)0)\d\d[-/. ]\d\d?[-/. ]\d\d?(?!\d)  # 2016 06 17
      | (?<=2)4[ ]?/[ ]?7(?!\d)                            # 24/7
      | \d?:\d\d(?::\d\d)?(?![\d:])                        # 10:30
    )
    """,
    re.VERBOSE,
)
# Bust-waist-hips in inches (34C-24-36) or centimetres (90-60-90); dates and phone groups
# ("694-08-83-03") fall outside these ranges.
_MEASUREMENT = re.compile(
    r"(?<![\d-])(?:2[89]|[34]\d|50|[7-9]\d|1[0-3]\d)[a-h]{0,3}[ \t]?[-/][ \t]?"
    r"(?:1[89]|[2-4]\d|[5-9]\d|100)[ \t]?[-/][ \t]?(?:2[89]|[3-5]\d|[7-9]\d|1[0-3]\d)"
    r"(?![\d]|[ \t]?[-/][ \t]?\d)"
)
# A short number followed by a unit is a quantity, not part of a phone: "76.000 km",
# "1 ora", "130 GBP/hr". Units of time, distance, weight, money.
_UNIT_WORDS = _words(
    """
km kms miles mile mi kg kgs lbs lb cm mm ccm cc ps hp kw m2 qm sqft h hr hrs hour hours min
mins minutes ora ore std stunde stunden heure heures hora horas uur godz godzin godziny noc
night nights eur euro euros gbp usd chf pln lei ron dollars roses rose aed thb krw
    """
)
_NOT_PHONE_UNIT = re.compile(
    r"\d(?<![\d.,]\d)[\d.,]{0,6}[ ]?(?:"
    + _trie(sorted(_UNIT_WORDS, key=len, reverse=True))
    + r")(?![^\W\d_])"
)
_NOT_PHONE_MARKED = re.compile(
    r"\$(?<![\w$]\$)[ ]?\d\d*(?:[.,]\d+)?(?!\d)"  # $300
    r"|\#[ ]?\d"  # #12345
    r"|id(?<!\wid)[ ]?[:#.]?[ ]?\d|no\.(?<!\wno\.)[ ]?\d|ref(?<!\wref)[ ]?[:#.]?[ ]?\d"
)
# Hosts whose paths carry phone numbers, exempt from the "last path segment is an id" rule.
_PHONE_HOSTS = (
    "wa.me",
    "whatsapp",
    "viber",
    "t.me",
    "telegram",
    "signal",
    "tel:",
    "sms:",
    "callto:",
)
_URL_TAIL_ID = re.compile(r"/(\d+)/?(?:[?#]\S*)?$")
_NON_SPACE = re.compile(r"\S+")
_NANP = frozenset(phonenumbers.COUNTRY_CODE_TO_REGION_CODE[1])
_INTERNATIONAL_LINKS = ("wa.me/", "phone=", "viber://chat?number=", "t.me/+")


def _find_phones(
    view: Deobfuscated, lower: str, region: str, hints: list[str]
) -> tuple[ContactMatch, ...]:
    found: list[ContactMatch] = []
    leftovers: list[list[tuple[int, int, str]]] = []
    for view_start, view_end in view.runs:
        source_start, source_end = view.to_source(view_start, view_end)
        blocked = _blocked_spans(lower, source_start, source_end)
        groups = [
            (m.start(), m.end(), m.group())
            for m in _GROUP.finditer(view.text, view_start, view_end)
        ]
        for part in _unblocked(view, groups, blocked):
            leftovers.extend(_take_numbers(view, part, [region], found))
    if any(sum(len(group[2]) for group in part) >= _MIN_PHONE_DIGITS for part in leftovers):
        # Numbers invalid in the ad's region may be local numbers of a place the ad names.
        regions = [r for r in dict.fromkeys(hints + _regions_named(lower)) if r != region][:3]
        if regions:
            for part in leftovers:
                _take_numbers(view, part, regions, found)
    found.sort(key=lambda match: match.start)
    return tuple(found)


def _blocked_spans(lower: str, start: int, end: int) -> _Spans:
    """Non-phone digit patterns around one run of the input."""
    window = (max(0, start - 12), end + 12)
    spans = [m.span() for m in _NOT_PHONE_DIGITS.finditer(lower, *window)]
    spans.extend(m.span() for m in _MEASUREMENT.finditer(lower, *window))
    spans.extend(m.span() for m in _NOT_PHONE_UNIT.finditer(lower, *window))
    for marked in _NOT_PHONE_MARKED.finditer(lower, *window):
        # "$300", "#12345", "id: 4411": the marked number, to its last digit.
        digits = _GROUP.match(lower, marked.end() - 1)
        spans.append((marked.start(), digits.end() if digits else marked.end()))
    chunk_start = max(lower.rfind(space, 0, start) for space in " \n\t") + 1
    chunk = _NON_SPACE.match(lower, chunk_start)
    if (
        chunk is not None
        and "/" in chunk.group()
        and "." in chunk.group()
        and not any(host in chunk.group() for host in _PHONE_HOSTS)
    ):
        # In an ad's own URL the last path segment of digits is its post id.
        tail = _URL_TAIL_ID.search(chunk.group())
        if tail:
            spans.append((chunk_start + tail.start(1), chunk_start + tail.end(1)))
    return _Spans(spans)


def _unblocked(view: Deobfuscated, groups, blocked: _Spans):
    """Split a run of digit groups at groups that overlap a non-phone pattern."""
    if not blocked:
        yield groups
        return
    part: list[tuple[int, int, str]] = []
    for group in groups:
        if blocked.overlaps(*view.to_source(group[0], group[1])):
            if part:
                yield part
            part = []
        else:
            part.append(group)
    if part:
        yield part


def _take_numbers(view: Deobfuscated, groups, regions: list[str], found: list[ContactMatch]):
    """Take the longest valid number starting at each group; return the unused stretches."""
    leftovers: list[list[tuple[int, int, str]]] = []
    unused: list[tuple[int, int, str]] = []
    index = 0
    while index < len(groups):
        hit = _longest_valid(view, groups, index, regions)
        if hit is None:
            unused.append(groups[index])
            index += 1
            continue
        last, value, plus = hit
        if unused:
            leftovers.append(unused)
            unused = []
        written_plus = plus and view.text[groups[index][0] - 1 : groups[index][0]] == "+"
        view_start = groups[index][0] - (1 if written_plus else 0)
        view_end = groups[last][1]
        start, end = view.to_source(view_start, view_end)
        found.append(
            ContactMatch(
                "phone",
                value,
                start,
                end,
                view.source[start:end],
                view.effort(view_start, view_end),
            )
        )
        index = last + 1
    if unused:
        leftovers.append(unused)
    return leftovers


def _longest_valid(view: Deobfuscated, groups, index: int, regions: list[str]):
    before = view.text[max(0, groups[index][0] - 24) : groups[index][0]]
    # Messenger links write international numbers without "+": wa.me/447..., ?phone=447...
    plus = before.rstrip(" ").endswith("+") or before.lower().endswith(_INTERNATIONAL_LINKS)
    candidates: list[tuple[int, str]] = []
    digits = ""
    for last in range(index, len(groups)):
        digits += groups[last][2]
        if len(digits) > _MAX_PHONE_DIGITS:
            break
        candidates.append((last, digits))
    candidates = [c for c in reversed(candidates) if len(c[1]) >= _MIN_PHONE_DIGITS]
    for position, (last, digits) in enumerate(candidates):
        value = _validate(digits, plus, regions)
        if not value:
            continue
        if view.effort(groups[index][0], groups[last][1]):
            # "350 050 6934 Un bacio": a plain number followed by a spelled word ends before
            # it, when it is valid on its own.
            for shorter, shorter_digits in candidates[position + 1 :]:
                if view.effort(groups[index][0], groups[shorter][1]) == 0:
                    plain = _validate(shorter_digits, plus, regions)
                    if plain:
                        return shorter, plain, plus
        return last, value, plus
    return None


def _validate(digits: str, plus: bool, regions: list[str]) -> str | None:
    """E.164 of `digits` if they form a valid number, trying each region in turn."""
    if plus:
        return _parse("+" + digits, None)
    if digits.startswith("00") and len(digits) > 9:
        international = _parse("+" + digits[2:], None)
        if international:
            return international
    for region in regions:
        if region in _NANP:
            value = _validate_nanp(digits)
        elif len(digits) in _national_lengths(region):
            value = _parse(digits, region)
        else:
            value = None
        if value:
            return value
    return None


def _validate_nanp(digits: str) -> str | None:
    if digits.startswith("011") and len(digits) > 10:
        return _parse("+" + digits[3:], None)
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    if len(digits) != 10 or digits[0] in "01" or digits[3] in "01":
        return None
    return f"+1{digits}" if _nanp_pattern().fullmatch(digits) else None


@cache
def _nanp_pattern() -> re.Pattern[str]:
    """Every valid +1 national number, from phonenumbers' metadata for all NANP regions.

    Equivalent to `phonenumbers.is_valid_number` for +1 numbers and forty times faster;
    a test checks the two agree.
    """
    patterns = []
    for region in sorted(_NANP):
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        for kind in _NUMBER_TYPES:
            description = getattr(metadata, kind, None)
            if description is not None and description.national_number_pattern:
                patterns.append(description.national_number_pattern)
    return re.compile("|".join(f"(?:{pattern})" for pattern in dict.fromkeys(patterns)))


_NUMBER_TYPES = (
    "fixed_line",
    "mobile",
    "toll_free",
    "premium_rate",
    "shared_cost",
    "personal_number",
    "voip",
    "pager",
    "uan",
    "voicemail",
)


@cache
def _national_lengths(region: str) -> frozenset[int]:
    """Digit counts a number of `region` can have: national, with trunk prefix, with code."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return frozenset()
    lengths = set(metadata.general_desc.possible_length or ())
    code = len(str(metadata.country_code))
    prefix = len(metadata.national_prefix or "")
    return frozenset(lengths | {n + prefix for n in lengths} | {n + code for n in lengths})


def _parse(number: str, region: str | None) -> str | None:
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# ---------------------------------------------------------------------------- emails

# "@" and "." spelled out: bracketed ("(at)", "{dot}") or as words in each language.
_AT_WORDS = ("at", "ät", "arobase", "arroba", "chiocciola", "apenstaartje", "małpa", "malpa")
_DOT_WORDS = ("dot", "punkt", "point", "punto", "punct", "punt", "kropka")
_AT = re.compile(
    "@|＠|"
    + "|".join(rf"\{opening}[ \t]*(?:{'|'.join(_AT_WORDS)})[ \t]*[)\]}}>]" for opening in "([{<")
)
_SPOKEN_AT = tuple(f" {word} " for word in _AT_WORDS)
_SPACES_AFTER = re.compile(r"[ \t]*")
_DOT = (
    rf"(?:[ \t]*\.[ \t]*|[ \t]*[(\[{{<][ \t]*(?:{'|'.join(_DOT_WORDS)})[ \t]*[)\]}}>][ \t]*"
    rf"|[ \t]+(?:{'|'.join(_DOT_WORDS)})[ \t]+)"
)
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_DOMAIN = re.compile(rf"{_LABEL}(?:{_DOT}{_LABEL})*")
_DOT_SPLIT = re.compile(_DOT)
_USER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_.+-")
# Top-level domains accepted when the address is obfuscated ("gmail dot com"); plain
# addresses accept any alphabetic TLD.
_COMMON_TLDS = _words(
    """
com net org edu gov info biz co io me tv xxx eu us uk ca au nz de fr es it nl pl ro be
ch at ru in mx br ar cl pt ie se no dk fi cz hu gr tr ua jp cn kr sg hk my th ph ae za
ng
    """
)
# "@gml", "@yahoo": provider names written without their domain.
_PROVIDERS = {
    "gmail": "gmail.com",
    "gml": "gmail.com",
    "gmal": "gmail.com",
    "gmial": "gmail.com",
    "gmai": "gmail.com",
    "googlemail": "googlemail.com",
    "yahoo": "yahoo.com",
    "yhoo": "yahoo.com",
    "ymail": "ymail.com",
    "hotmail": "hotmail.com",
    "hotmial": "hotmail.com",
    "outlook": "outlook.com",
    "aol": "aol.com",
    "icloud": "icloud.com",
    "protonmail": "protonmail.com",
    "gmx": "gmx.net",
    "yandex": "yandex.ru",
    "wanadoo": "wanadoo.fr",
    "libero": "libero.it",
}
# Addresses whose user part names a social network are how ads list networks, not inboxes.
_NETWORK_USERS = _words(
    """
facebook twitter instagram snapchat telegram whatsapp kik skype wechat line signal
onlyfans tiktok viber x fb ig
    """
)


def _find_emails(text: str, lower: str) -> tuple[ContactMatch, ...]:
    anchors: list[tuple[int, int]] = []
    if (
        "@" in text
        or "＠" in text
        or any(f"{word}{close}" in lower for word in _AT_WORDS[:2] for close in ")]}>")
    ):
        anchors.extend(m.span() for m in _AT.finditer(lower))
    for spoken in _SPOKEN_AT:
        # "jane at gmail dot com", "anna arobase orange point fr"
        position = lower.find(spoken)
        while position >= 0:
            anchors.append((position, position + len(spoken)))
            position = lower.find(spoken, position + 1)
    anchors.sort()
    found: list[ContactMatch] = []
    for start, end in anchors:
        match = _email_at(text, lower, start, end)
        if match is not None and not (found and found[-1].end > match.start):
            found.append(match)
    return tuple(found)


def _email_at(text: str, lower: str, at_start: int, at_end: int) -> ContactMatch | None:
    plain_at = lower[at_start:at_end] in ("@", "＠")
    user_end = at_start
    if plain_at or lower[at_start] != " ":
        while user_end > 0 and at_start - user_end < 2 and lower[user_end - 1] in " \t":
            user_end -= 1  # "ashley @ gmail .com"
    spaced = user_end != at_start
    user_start = user_end
    while user_start > 0 and user_end - user_start < 64 and lower[user_start - 1] in _USER_CHARS:
        user_start -= 1
    while user_start < user_end and lower[user_start] in ".+-":
        user_start += 1
    user = lower[user_start:user_end].rstrip(".")
    if not user or user in _NETWORK_USERS or ((not plain_at or spaced) and len(user) < 3):
        return None
    domain = _DOMAIN.match(lower, _SPACES_AFTER.match(lower, at_end).end())
    if domain is None:
        return None
    if lower[at_start] == " " and not _spoken_address(domain.group(), user):
        return None  # "pics at www.site.com" is prose, "jane at gmail dot com" is not
    host = _email_host(domain, plain_at and not spaced)
    if host is None:
        return None
    name, end = host
    written = lower[domain.start() : end]
    obfuscated = not plain_at or spaced or name.count(".") != written.count(".") or " " in written
    return ContactMatch(
        "email", f"{user}@{name}", user_start, end, text[user_start:end], int(obfuscated)
    )


def _spoken_address(domain: str, user: str) -> bool:
    """Whether "USER at DOMAIN" reads as an address: a mail provider, or a spelled dot."""
    labels = _DOT_SPLIT.split(domain)
    spelled_dot = len(labels) > 1 and "." not in domain
    return user not in _STOPWORDS and (labels[0] in _PROVIDERS or spelled_dot)


def _email_host(domain: re.Match[str], plain_at: bool) -> tuple[str, int] | None:
    """The host and end offset of the longest valid domain in a domain match."""
    labels: list[tuple[str, int]] = []
    separators: list[str] = []
    position = domain.start()
    for separator in _DOT_SPLIT.finditer(domain.string, domain.start(), domain.end()):
        labels.append((domain.string[position : separator.start()], separator.start()))
        separators.append(separator.group())
        position = separator.end()
    labels.append((domain.string[position : domain.end()], domain.end()))
    for count in range(len(labels), 1, -1):
        tld = labels[count - 1][0]
        plain = plain_at and all(s == "." for s in separators[: count - 1])
        if (plain and tld.isalpha() and len(tld) >= 2) or tld in _COMMON_TLDS:
            return ".".join(label for label, _ in labels[:count]), labels[count - 1][1]
    provider = _PROVIDERS.get(labels[0][0])
    return (provider, labels[0][1]) if provider else None


# ------------------------------------------------------------------------------ URLs

_TLDS = (
    "com",
    "net",
    "org",
    "info",
    "biz",
    "co",
    "io",
    "me",
    "tv",
    "xxx",
    "eu",
    "us",
    "uk",
    "ca",
    "au",
    "de",
    "fr",
    "es",
    "it",
    "nl",
    "pl",
    "ro",
    "be",
    "ch",
    "at",
    "ru",
    "in",
    "mx",
    "br",
    "ar",
    "cl",
    "pt",
    "ie",
    "pk",
    "cc",
    "ly",
    "gl",
    "am",
)
_TLD_HIT = re.compile(r"\.(?:" + _trie(_TLDS) + r")(?![a-z0-9-])")
_SCHEME_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]{}|\\^`]+")
_URL_PATH = re.compile(r"/[^\s<>\"'()\[\]{}|\\^`]*")
_HOST = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_URL_TRAIL = ".,;:!?)]}'\"*"
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)


def _find_urls(text: str, lower: str, emails: tuple[ContactMatch, ...]) -> tuple[ContactMatch, ...]:
    if "." not in text:
        return ()
    spans: list[tuple[int, int]] = []
    if "http" in lower or "www." in lower:
        spans.extend(m.span() for m in _SCHEME_URL.finditer(lower))
    covered = _Spans(spans + [(m.start, m.end) for m in emails])
    for hit in _TLD_HIT.finditer(lower):
        if covered.overlaps(hit.start(), hit.end()):
            continue
        start = hit.start()
        while start > 0 and lower[start - 1] in _HOST_CHARS:
            start -= 1
        if (
            start == hit.start()
            or (start > 0 and lower[start - 1] in "@_")
            or not lower[start].isalnum()
        ):
            continue
        end = _host_end(lower, start)
        if end <= hit.start():
            continue
        path = _URL_PATH.match(lower, end)
        if path:
            end = path.end()
        spans.append((start, end))
        covered = covered.union([_Span(start, end)])
    found: list[ContactMatch] = []
    for start, end in sorted(spans):
        written = text[start:end].rstrip(_URL_TRAIL)
        end = start + len(written)
        value = _normalise_url(written)
        if value and "." in value.split("/")[0] and not (found and found[-1].end > start):
            found.append(ContactMatch("url", value, start, end, written))
    return tuple(found)


def _host_end(lower: str, start: int) -> int:
    """Where the host name starting at `start` ends: after its last top-level domain."""
    host = _HOST.match(lower, start)
    if host is None:
        return start
    labels = host.group().split(".")
    while len(labels) > 1 and labels[-1] not in _TLDS:
        labels.pop()
    return start + len(".".join(labels)) if len(labels) > 1 else start


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


def _normalise_url(url: str) -> str:
    """Host in lower case without scheme or "www.", path as written, no trailing slash."""
    url = _URL_PREFIX.sub("", url, count=1) if url[:1] in "hHwW" else url
    host, _, path = url.partition("/")
    path = path.rstrip("/")
    return host.lower() + ("/" + path if path else "")


# --------------------------------------------------------------------------- handles

# Canonical platform → how ads write its name. Short aliases ("sc", "ig", "line") are
# also ordinary words, so they count only when a ":" / "@" / "id" follows.
_PLATFORM_WORDS = {
    "snapchat": ("snapchat", "snap chat", "snapchats", "snapchat id"),
    "instagram": ("instagram", "insta", "instagramm"),
    "twitter": ("twitter",),
    "telegram": ("telegram", "telegramm"),
    "whatsapp": (
        "whatsapp",
        "whats app",
        "whatsap",
        "watsapp",
        "wattsapp",
        "whatapp",
        "whatsupp",
        "wsp",
        "wasap",
        "whasapp",
        "watsap",
    ),
    "kik": ("kik",),
    "onlyfans": ("onlyfans", "only fans"),
    "wechat": ("wechat", "we chat", "weixin", "微信"),
    "facebook": ("facebook",),
    "viber": ("viber",),
    "tiktok": ("tiktok", "tik tok"),
}
_STRICT_ALIASES = {
    "snap": "snapchat",
    "sc": "snapchat",
    "ig": "instagram",
    "tg": "telegram",
    "wa": "whatsapp",
    "of": "onlyfans",
    "x": "twitter",
    "line": "line",
    "signal": "signal",
    "fb": "facebook",
}
_PHONE_PLATFORMS = frozenset({"whatsapp", "viber", "signal"})
_MIXED_PLATFORMS = frozenset({"telegram", "wechat", "line"})
_STRICT = re.compile(r"(?P<name>" + _trie(_STRICT_ALIASES) + r")[ \t]*(?:[:=@\-–]|id\b)")
# "IG jess_xo", "snap jess_xo": an alias in capitals (or "snap") needs no colon.
_SPACED_ALIAS = re.compile(r"(?P<name>IG|SC|TG|OF|X|FB|SNAP|Snap|snap)[ \t]+(?=[\w@])")
# Emoji that name a platform on their own: the Snapchat ghost.
_PLATFORM_EMOJI = {"👻": "snapchat"}
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_PHRASE_END = re.compile(r"[ \t]*(?:$|[^\w \t])")
# A list of platforms sharing one handle: "Twitter/ Instagram", "whatsapp and viber".
_LIST_WORDS = (
    r"and|or|y|et|und|o|e|ou|oder|call|calls|sms|text|txt|texts|facetime|imessage|"
    r"phone|mobile|number|tel|cell|me|on|add|follow|a|su|sur|auf|en"
)
_LIST_GAP = re.compile(rf"(?:[^\w@+\n]|(?<!\w)(?:{_LIST_WORDS})(?!\w))*")
_LIST_SEPARATOR = re.compile(r"[,/&|+]|(?<!\w)(?:and|or|y|et|und|o|e|ou|oder)(?!\w)")
_CONNECTOR = re.compile(
    r"(?:[^\w@+\n]|@|(?<!\w)(?:me|on|at|id|is|my|username|user|name|handle|account|page|to|"
    r"via|number|nr|no|num|mobile|phone|call|sms|text|txt|tel|cell|add|follow|and|or|us|"
    r"here|es|est|ist|mi|mio|mon|mein|meine|il|je|tu|for|info|contact|app|è|im|in|facetime|"
    r"imessage|calls|texts|"
    r"der|die|el|la|le|et|und|y|o|e)(?!\w)){0,40}"
)
_STRONG_CONNECTOR = re.compile(r"[:=@>\-–—]|\b(?:id|username|user|name|handle|is)\b")
_STOPWORDS = _words(
    """
a about add all also am an and any app are as ask at available babe baby back be best
bio book but by call can chat check come contact content daily dm do don download dont
email escort escorts every find follow for free from fun get gifts girl girls go got
handle hard have her here hey hi him his hit hmu hot how i id if im in info inbox is it
its just know last let like link love me message messages more msg my name new no not
now number of on only or other our out page phone photos pic pics please pls plz
private profile real reply same search see send service services sexy snap so story the
then there this to today too u ur us user username verify verified via video videos vip
want we welcome what when with you your yours mi su tu el la los las es en por para con
del de y o sempre per il lo le un une et ou mon ma sur pour avec der die das und oder
mein meine ist auf bei sunt si sau eu ik ben mijn een jest mam moj moja lub oraz
account accounts fans apps network http https www
    """
)
_HANDLE = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,28}[A-Za-z0-9_])?")
_MENTION = re.compile(r"@[ \t]?([A-Za-z_][A-Za-z0-9_.]{1,29})")
_PHONE_TEXT = re.compile(r"\+?\d[\d \-().]{5,20}\d")
_NON_DIGITS = re.compile(r"\D")
_REPEAT3 = re.compile(r"(.)\1\1")
_CONSONANTS4 = re.compile(r"[bcdfghjklmnpqrstvwxz]{4}")
_CAPITALISED_NEXT = re.compile(r"[ \t]+[A-Z][a-z]+\b")
_BEFORE_PLATFORM = re.compile(r"([A-Za-z0-9_.]{3,30})[ \t]*(?:-|–|:|on|@)[ \t]*$")
_URL_PLATFORMS = {
    "twitter.com": "twitter",
    "x.com": "twitter",
    "instagram.com": "instagram",
    "instagr.am": "instagram",
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "fb.me": "facebook",
    "snapchat.com": "snapchat",
    "t.me": "telegram",
    "telegram.me": "telegram",
    "onlyfans.com": "onlyfans",
    "kik.me": "kik",
    "tiktok.com": "tiktok",
    "line.me": "line",
    "wa.me": "whatsapp",
    "api.whatsapp.com": "whatsapp",
}
_URL_NOT_HANDLE = _words(
    """
share sharer intent home login p watch pages groups profile.php hashtag i explore add
search joinchat s messages events photo photos status tr ti send
    """
)
_GLUED_PLATFORM = re.compile(r"(onlyfans|instagram|snapchat|twitter)/([a-z0-9_.]{2,40})")


@cache
def _platform_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {word: platform for platform, words in _PLATFORM_WORDS.items() for word in words}
    return re.compile(_trie(sorted(names, key=len, reverse=True))), names


def _find_handles(text, lower, phones, emails, urls, region) -> tuple[ContactMatch, ...]:
    found: dict[tuple[int, str], ContactMatch] = {}
    email_spans = _Spans([(m.start, m.end) for m in emails])
    mentions = _platform_mentions(text, lower)
    for group in _mention_groups(lower, mentions):
        for handle in _handles_after(text, lower, group, phones, email_spans, region):
            found.setdefault((handle.start, handle.value), handle)
    if "@" in text:
        for handle in _at_mentions(text, mentions, email_spans, found):
            found.setdefault((handle.start, handle.value), handle)
    for handle in _url_handles(text, lower, urls):
        found.setdefault((handle.start, handle.value), handle)
    return tuple(sorted(found.values(), key=lambda m: (m.start, m.value)))


def _platform_mentions(text: str, lower: str) -> list[tuple[int, int, str]]:
    pattern, platform_of = _platform_regex()
    mentions: list[tuple[int, int, str]] = []
    for match in pattern.finditer(lower):
        start, end = match.span()
        # "facebook.com/..." and "@instagram" are links and mentions, not platform names.
        if (start and (_is_word_char(lower[start - 1]) or lower[start - 1] in "@.")) or (
            end < len(lower) and (_is_word_char(lower[end]) or lower[end] in "@.")
        ):
            continue
        mentions.append((start, end, platform_of[match.group()]))
    for match in _strict_aliases(text, lower):
        mentions.append(match)
    for emoji, platform in _PLATFORM_EMOJI.items():
        position = text.find(emoji)
        while position >= 0:
            mentions.append((position, position + len(emoji), platform))
            position = text.find(emoji, position + 1)
    mentions.sort()
    return mentions


def _strict_aliases(text: str, lower: str):
    """Short aliases ("sc", "IG", "OF") where they name a platform, not where they are words."""
    seen: set[int] = set()
    if ":" in text or "@" in text or "-" in text or " id" in lower:
        for match in _STRICT.finditer(lower):
            name = match.group("name")
            written = text[match.start() : match.start() + len(name)]
            if name in ("x", "of") and not written.isupper():
                continue
            seen.add(match.start())
            yield from _alias_mention(lower, match.start(), name)
    for match in _SPACED_ALIAS.finditer(text):
        if match.start() not in seen:
            yield from _alias_mention(lower, match.start(), match.group("name").lower())


def _alias_mention(lower: str, start: int, name: str):
    if start and (_is_word_char(lower[start - 1]) or lower[start - 1] in "@./"):
        return
    yield start, start + len(name), _STRICT_ALIASES[name]


def _mention_groups(lower: str, mentions: list[tuple[int, int, str]]):
    """Mentions listed together ("Twitter/ Instagram", "whatsapp and viber") share a handle."""
    group: list[tuple[int, int, str]] = []
    for mention in mentions:
        if group:
            gap = (group[-1][1], mention[0])
            if (
                gap[1] - gap[0] <= 30
                and _LIST_GAP.fullmatch(lower, *gap)
                and _LIST_SEPARATOR.search(lower, *gap)
            ):
                group.append(mention)
                continue
            yield group
        group = [mention]
    if group:
        yield group


def _handles_after(text, lower, group, phones, email_spans, region) -> list[ContactMatch]:
    end = group[-1][1]
    connector = _CONNECTOR.match(lower, end)
    position = connector.end()
    strong = _STRONG_CONNECTOR.search(connector.group()) is not None or any(
        lower[start:stop] in _PLATFORM_EMOJI for start, stop, _ in group
    )
    platforms = list(dict.fromkeys(platform for _, _, platform in group))
    found: list[ContactMatch] = []
    phone = _phone_at(text, position, phones, region)
    # "follow me on twitter. Besotes!": a new sentence, not a handle.
    new_sentence = not strong and _SENTENCE_BREAK.search(connector.group()) is not None
    handle = None if phone or new_sentence else _username_at(text, position, strong, email_spans)
    for platform in platforms:
        if platform in _PHONE_PLATFORMS or (platform in _MIXED_PLATFORMS and phone):
            if phone:
                found.append(
                    ContactMatch(
                        "handle",
                        f"{platform}:{phone[0]}",
                        phone[1],
                        phone[2],
                        text[phone[1] : phone[2]],
                        phone[3],
                    )
                )
        elif handle:
            found.append(
                ContactMatch(
                    "handle", f"{platform}:{handle[0].lower()}", handle[1], handle[2], handle[0]
                )
            )
    if not found and len(platforms) == 1 and platforms[0] not in _PHONE_PLATFORMS:
        # "isabellavares - snapchat me": the handle written before the platform.
        before = _BEFORE_PLATFORM.search(text, max(0, group[0][0] - 40), group[0][0])
        after = lower[end : end + 4]
        if (
            before
            and _acceptable(before.group(1), strong=True)
            and (after.startswith(" me") or not after.strip())
        ):
            name = before.group(1)
            found.append(
                ContactMatch(
                    "handle", f"{platforms[0]}:{name.lower()}", before.start(1), before.end(1), name
                )
            )
    return found


def _phone_at(text: str, position: int, phones, region: str):
    """The phone starting at `position`: (value, start, end, effort), else its raw digits."""
    if position >= len(text) or not (text[position].isdigit() or text[position] == "+"):
        return None
    for phone in phones:
        if position - 1 <= phone.start <= position + 2:
            return phone.value, phone.start, phone.end, phone.effort
    match = _PHONE_TEXT.match(text, position)
    if match is None:
        return None
    digits = _NON_DIGITS.sub("", match.group())
    if len(digits) < _MIN_PHONE_DIGITS:
        return None
    # A messenger number that does not validate is still an account id: keep its digits.
    value = _parse(match.group(), region) or ("+" if match.group()[0] == "+" else "") + digits
    return value, match.start(), match.end(), 0


def _username_at(text: str, position: int, strong: bool, email_spans: _Spans):
    match = _HANDLE.match(text, position)
    if match is None:
        return None
    name = match.group().rstrip(".-")
    start, end = match.start(), match.start() + len(name)
    # After a bare platform name, a plain word counts when it ends the phrase: "snapchat
    # janeewade", but not "snapchat shenanigans and fun".
    strong = strong or _PHRASE_END.match(text, end) is not None
    if email_spans.overlaps(start, end) or not _acceptable(name, strong=strong):
        return None
    if _is_name_phrase(text, name, end):
        return None
    return name, start, end


def _acceptable(name: str, *, strong: bool) -> bool:
    """Whether a word after a platform name reads as a handle rather than prose."""
    lowered = name.lower()
    if len(name) < 3 or lowered in _STOPWORDS or name.isdigit():
        return False
    if lowered.partition("-")[0] in _STOPWORDS or _TLD_HIT.search(lowered):
        return False  # "only-advertisements", "www.facebook.com": prose or a link
    if lowered in _platform_regex()[1] or lowered in _STRICT_ALIASES:
        return False
    return strong or _looks_coined(name)


def _looks_coined(name: str) -> bool:
    """Handles look invented: digits, "_", inner capitals, "xxx", four consonants in a row."""
    if any(char.isdigit() or char in "_." for char in name):
        return True
    if any(char.isupper() for char in name[1:]) and not name.isupper():
        return True
    lowered = name.lower()
    return bool(_REPEAT3.search(lowered) or _CONSONANTS4.search(lowered))


def _is_name_phrase(text: str, name: str, end: int) -> bool:
    """Capitalised words in a row ("Nijuu Yonjikan", "Escorts Service") are a name."""
    if not (name[:1].isupper() and name[1:].islower() and name.isalpha()):
        return False
    return _CAPITALISED_NEXT.match(text, end) is not None


def _at_mentions(text, mentions, email_spans, found) -> list[ContactMatch]:
    """Handles written as "@name" shortly after a platform name belong to that platform."""
    taken = [(m.start, m.end) for m in found.values()]
    handles: list[ContactMatch] = []
    for match in _MENTION.finditer(text):
        if match.start() and (
            _is_word_char(text[match.start() - 1]) or text[match.start() - 1] in ".@"
        ):
            continue
        name = match.group(1).rstrip(".")
        start, end = match.start(1), match.start(1) + len(name)
        if email_spans.overlaps(match.start(), end) or any(s <= start < e for s, e in taken):
            continue
        platform = _nearest_platform(mentions, match.start())
        if platform is None or platform in _PHONE_PLATFORMS or name.lower() in _STOPWORDS:
            continue
        handles.append(ContactMatch("handle", f"{platform}:{name.lower()}", start, end, name))
    return handles


def _nearest_platform(mentions, position: int, reach: int = 100) -> str | None:
    best = None
    for _, end, platform in mentions:
        if end <= position and position - end <= reach:
            best = platform
    return best


def _url_handles(text: str, lower: str, urls) -> list[ContactMatch]:
    """Handles in profile links (twitter.com/name, wa.me/number) and "onlyfans/name"."""
    handles: list[ContactMatch] = []
    for url in urls:
        host, _, path = url.value.partition("/")
        platform = _URL_PLATFORMS.get(host.removeprefix("m.").removeprefix("mobile."))
        if platform is None or not path:
            continue
        segments = [s for s in path.replace("?phone=", "/").split("/") if s]
        if platform == "line" and segments[:2] == ["ti", "p"]:
            segments = segments[2:]
        if platform == "snapchat" and segments[:1] == ["add"]:
            segments = segments[1:]
        if not segments or segments[0].lower() in _URL_NOT_HANDLE:
            continue
        name = segments[0].lstrip("~@").split("?")[0].rstrip(".-")
        offset = url.written.find(name)
        start = url.start + max(offset, 0)
        end = start + len(name)
        if platform == "whatsapp":
            value = _parse("+" + name.lstrip("+"), None)
            if value:
                handles.append(ContactMatch("handle", f"whatsapp:{value}", start, end, name))
        elif len(name) >= 2:
            handles.append(ContactMatch("handle", f"{platform}:{name.lower()}", start, end, name))
    if "/" in text:
        for match in _GLUED_PLATFORM.finditer(lower):
            if match.start() and _is_word_char(lower[match.start() - 1]):
                continue
            name = match.group(2).rstrip(".")
            start = match.start(2)
            handles.append(
                ContactMatch(
                    "handle",
                    f"{match.group(1)}:{name}",
                    start,
                    start + len(name),
                    text[start : start + len(name)],
                )
            )
    return handles


# ------------------------------------------------------------------------------ ages

_RANGE_JOIN = r"[ \t]*(?:-|–|~|to\S?|a|à|bis|tot|do|y|and|und|et|e)[ \t]*"
_AGE_LABEL = re.compile(
    r"(?:age|âge|alter|edad|età|eta|vârsta|varsta|vârstă|leeftijd|wiek|idade)"
    r"(?:[ \t]+(?:is|of)|[ \t]*:)?[ \t]*[:=\-]?[ \t]*(?P<a>\d{1,2})(?![\d'’\"])"
    rf"(?:{_RANGE_JOIN}(?P<b>\d{{1,2}})(?![\d'’\"]))?"
)
_AGE_BEFORE_UNIT = re.compile(
    rf"(?P<a>\d\d?)(?:{_RANGE_JOIN}(?P<b>\d\d?))?[ \t]*\+?[ \t]*-?[ \t]*$"
)
_AGE_STATED = re.compile(
    r"(?:i'?m|i[ \t]+am|je[ \t]+suis|ich[ \t]+bin|soy|sono|sunt|ik[ \t]+ben|mam)[ \t]+"
    r"(?P<a>\d\d)(?![\d'’\"%$.,/:]|[ \t]*(?:%|cm|kg|lbs?|pounds?|ft|feet|inch|in\b|min|mins|"
    r"hrs?|hours?|h\b|hh|\$|€|k\b|roses|dollars|miles|km|x\b|[a-h]{1,3}\b|-[ \t]*\d|/))"
)
# Classified sites append the poster's age to the title: "Sexy Face Young - 19 - Click".
_AGE_TITLE = re.compile(
    r"-[ \t]+(?P<a>\d\d)(?=\s|$)(?![ \t]*(?:min|mins|minutes|hrs?|hours?|h\b|hh|hhr|qv|qk|ss|"
    r"fs|%|\$|€|£|roses?|lbs?|kg|cm|am\b|pm\b|k\b|dd|/|-[ \t]*\d|x\b|ads?\b|pictures?\b|"
    r"photos?\b|pics?\b|images?\b|reviews?\b|posts?\b|miles?\b|views?\b|results?\b))"
)
_AGE_AFTER_UNIT = re.compile(
    r"[ \t]*(?:of[ \t]+)?(?:experience|exp\b|in[ \t]+(?:the[ \t]+)?business|ago|later)"
)
# Where an age may be stated, found in one pass: a label ("age:"), a statement ("I'm 23"),
# a unit word ("years", "ans"), a title suffix ("- 23").
_AGE_CUE_KINDS = {
    **dict.fromkeys(_words("age âge alter edad età eta vârst varst leeftijd wiek idade"), "label"),
    **dict.fromkeys(
        ("i'm", "im", "i am", "je suis", "ich bin", "soy", "sono", "sunt", "ik ben", "mam"),
        "stated",
    ),
    **dict.fromkeys(
        _words(
            "year years yr yrs yo y/o y.o ans jahr jahre jahren j. años anos aos anni ani jaar "
            "lat lata roku"
        ),
        "unit",
    ),
}
_AGE_CUES = re.compile(
    r"-[ \t]+\d\d(?=\s|$)|" + _trie(sorted(_AGE_CUE_KINDS, key=len, reverse=True), flat=True)
)


@cache
def _age_words() -> re.Pattern[str]:
    """A spelled age just before an age unit: "twenty two years", "vingt-deux ans"."""
    return re.compile(rf"(?<![^\W\d_])(?P<a>{number_word_pattern()})[ \t]*-?[ \t]*$")


def _age_before_unit(lower: str, cue: re.Match[str], keep) -> None:
    """The age written before a unit: "22 years", "20yrs", "18-35 years", "twenty two ans"."""
    start, end = cue.span()
    if (end < len(lower) and lower[end].isalpha()) or (start and lower[start - 1].isalpha()):
        return  # "you", "yorkshire", "plans": the unit is part of a word
    if _AGE_AFTER_UNIT.match(lower, end):
        return  # "5 years experience"
    digits = _AGE_BEFORE_UNIT.search(lower, max(0, start - 24), start)
    if digits is not None:
        before = lower[digits.start() - 1] if digits.start() else " "
        if not (before.isalnum() or before in ".,/:$€£'’"):
            keep(digits, "a")
            keep(digits, "b")
        return
    spelled = _age_words().search(lower, max(0, start - 40), start)
    if spelled is not None:
        keep(spelled, "a")


def _find_ages(text: str, lower: str, taken: _Spans) -> tuple[AgeMatch, ...]:
    found: list[AgeMatch] = []

    def keep(match: re.Match[str], group: str, low: int = _MIN_AGE, high: int = _MAX_AGE):
        written = match.group(group)
        if written is None:
            return
        value = int(written) if written.isdigit() else words_to_int(written)
        start, end = match.span(group)
        if value is None or not low <= value <= high or taken.overlaps(start, end):
            return
        if any(age.start < end and start < age.end for age in found):
            return
        found.append(AgeMatch(value, start, end, text[start:end]))

    for cue in _AGE_CUES.finditer(lower):
        start = cue.start()
        kind = "title" if lower[start] == "-" else _AGE_CUE_KINDS[cue.group()]
        if kind == "title":
            title = _AGE_TITLE.match(lower, start)
            before = lower[:start].rstrip(" \t-")
            if title and before and not before[-1].isdigit() and lower[start - 1] in " \t":
                keep(title, "a", 16, 69)
            continue
        if kind == "unit":
            _age_before_unit(lower, cue, keep)
            continue
        if start and _is_word_char(lower[start - 1]):
            continue  # "page 2", "massage 60"
        if kind == "label":
            label = _AGE_LABEL.match(lower, start)
            if label:
                keep(label, "a")
                keep(label, "b")
        elif kind == "stated":
            if lower[cue.end() : cue.end() + 1] not in " \t":
                continue
            stated = _AGE_STATED.match(lower, start)
            if stated:
                keep(stated, "a", 16, 69)
    found.sort(key=lambda age: age.start)
    return tuple(found)


# ---------------------------------------------------------------------------- prices

# Durations written as words, with the minutes they stand for.
_DURATION_WORDS = (
    (r"hour[ \t]*and[ \t]*(?:a[ \t]*)?half|1[ \t]?1/2[ \t]*(?:hours?|hrs?|h)", 90),
    (
        r"half[ \t]*(?:an?[ \t]*)?(?:hour|hr|h)|h(?:a?lf)[ \t]*(?:hour|hr|h)|1/2[ \t]*(?:hours?|hr|h)|"
        r"hhr|hh|hf|h[ \t]hr|half|demi[- ]heure|halbe[ \t]+stunde|media[ \t]+hora|mezz'?ora|"
        r"jum[ăa]tate[ \t]+de[ \t]+or[ăa]|half[ \t]+uur|p[óo][łl][ \t]+godziny",
        30,
    ),
    (r"q\.?v\.?|qk|qs|quick(?:ie|y|[ \t]*visit)?|ss|short[ \t]*stay|hummer", 15),
    (
        r"full[ \t]*(?:hour|hr|h)|fh|hourly|per[ \t]*hour|an[ \t]+hour|one[ \t]+hour|hours?|hrs?|"
        r"h|heure|stunde|std|hora|ora|or[ăa]|uur|godzin[ay]",
        60,
    ),
    (r"over[ \t]*night|overnight|ov|all[ \t]*night|nights?|nuit|nacht|noche|notte|noapte|noc", 480),
)
_TIME_UNITS = {
    **dict.fromkeys(
        _words("m min mins minute minutes minuto minutos minuti minuten minut minuty"), 1
    ),
    **dict.fromkeys(
        _words(
            "h hr hrs hour hours heure heures std stunde stunden hora horas ora ore uur godz "
            "godzina godziny"
        ),
        60,
    ),
    **dict.fromkeys(_words("night nights nuit nuits nacht noche noches notte noapte noc"), 480),
}
_TIME_UNIT = "(?:" + _trie(sorted(_TIME_UNITS, key=len, reverse=True)) + ")"
_SPELLED_COUNT = r"(?:an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|sixty|ninety)"
_DURATION = (
    rf"(?:(?P<n>\d+(?:[.,]\d)?|{_SPELLED_COUNT})[ \t]*-?[ \t]*(?P<u>{_TIME_UNIT})"
    r"|"
    + "|".join(f"(?P<w{index}>{pattern})" for index, (pattern, _) in enumerate(_DURATION_WORDS))
    + ")(?![^\\W\\d_])"
)
# Words that may link an amount to the duration after it: "100 for 1 hour", "150 l'ora".
_LINKING_WORDS = _words("per for a an each pour por pro al la le die der l")
_DURATION_ALONE = re.compile(_DURATION)
_NUMBER = re.compile(r"\d(?:\d{0,2}(?:,\d{3})+(?!\d)|\d*)")
_WORD_AMOUNT = re.compile(
    "|".join(f"{word}[0o]{{2,3}}" for word in ("one", "two", "three", "four", "five"))
    + "".join(f"|{digit}[o0]*o[o0]*" for digit in "123456789")
)
# Everything that can follow a number, in one match: a duration unit ("30 min", "15-25
# mins"), or decimals, a "k", a currency, and what would make it no amount at all (a
# weight, a height, a cup size, a time of day, a count of people).
_AFTER_NUMBER = re.compile(
    rf"(?P<range>[ \t]*-[ \t]*\d+[ \t]*{_TIME_UNIT}(?![^\W\d_]))"
    rf"|(?P<time>[ \t]*-?[ \t]*(?P<u>{_TIME_UNIT})(?![^\W\d_]))"
    r"|(?:[.,](?P<dec>\d\d)(?!\d))?(?P<k>k(?![^\W\d_]))?"
    r"(?P<post>[ \t]?(?:[$€£]|(?:usd|eur|euros?|dollars?|bucks|nucks|roses?|candies|candy|"
    r"kisses|gifts?|aed|thb|krw|zł|zl|pln|lei|ron|chf|gbp)(?![^\W\d_]))(?:[ \t]?\$?roses)?)?"
    r"(?P<bad>['’](?=\d)|\"|(?<=24)/[ \t]?7(?!\d)|[ \t]*%|[ \t]*(?:lbs?|kg|cm|yrs?|years?|yo|"
    r"y/o|am|pm|ft|feet|inch|miles|km|x|th|st|nd|rd|girls?|guys?|men|women|hands?|stars?|"
    r"songs?|pics?|photos?)(?![^\W\d_]))?"
    r"(?P<cup>[ \t]?(?:a|b|c|d|dd|ddd|e|f|ff|g|gg)(?![^\W\d_]))?"
)
_RANGE_DASH = re.compile(r"[ \t]*-[ \t]*")
_GAP_CHARS = " \t/-:=@?~.*,'’()"
_WORD_AFTER = re.compile(r"[^\W\d_]+")
_CURRENCY_CODES = ("usd", "eur", "gbp", "chf", "aed", "rm")
_DURATION_LAST = _words(
    """
hour hours hr hrs h hh hhr hf half fh hourly v qv qk qs ss quick quickie quicky visit
stay hummer heure stunde std hora ora oră uur godziny godzina night nights overnight ov
nuit nacht noche notte noapte noc
    """
) | frozenset(_TIME_UNITS)
_DURATION_FIRST = _DURATION_LAST | _words(
    """
hlf full one q over all short demi halbe media mezz mezzora jumătate jumatate pół pol ten
fifteen twenty thirty forty sixty ninety two three four five six
    """
)
_PRICE_CONTEXT = re.compile(
    r"donation|rates?\b|tarif|prix|preis|precio|prezz|tarifa|stawk|cen[ay]\b|\$pecial"
)
_CURRENCY_WORDS = {
    **dict.fromkeys(("$", "dollar", "dollars", "bucks", "nucks"), "$"),
    **dict.fromkeys(("€", "eur", "euro", "euros"), "EUR"),
    **dict.fromkeys(("£", "gbp"), "GBP"),
    **dict.fromkeys(("zł", "zl", "pln"), "PLN"),
    **dict.fromkeys(("lei", "ron"), "RON"),
    # Euphemisms stand for money without naming a currency.
    **dict.fromkeys(("rose", "roses"), "roses"),
    **dict.fromkeys(("candy", "candies"), "candies"),
    **dict.fromkeys(("gift", "gifts"), "gifts"),
    "kisses": "kisses",
    "usd": "USD",
    "aed": "AED",
    "thb": "THB",
    "krw": "KRW",
    "rm": "MYR",
    "chf": "CHF",
}
_CURRENCY_PART = re.compile(r"[$€£]|[^\W\d_]+")
_DOLLAR = {
    "US": "USD",
    "CA": "CAD",
    "AU": "AUD",
    "NZ": "NZD",
    "SG": "SGD",
    "HK": "HKD",
    "MX": "MXN",
}


@dataclass(slots=True)
class _Amount:
    """A number that may be a price, with what surrounds it."""

    start: int
    end: int
    value: float
    currency: str | None
    before: tuple[int, int, int | None] | None = None
    after: tuple[int, int, int | None] | None = None


def _find_prices(text: str, lower: str, taken: _Spans, region: str) -> tuple[PriceMatch, ...]:
    amounts = _amounts(text, lower, taken, region)
    if not amounts:
        return ()
    for amount in amounts:
        amount.before = _duration_before(lower, amount.start)
        amount.after = _duration_after(lower, amount.end)
    before_only = sum(1 for a in amounts if a.before and not a.after)
    after_only = sum(1 for a in amounts if a.after and not a.before)
    # A list is written one way throughout: "hh 80 hr 140" or "80 hh 140 hr".
    prefer_before = before_only > after_only
    contexts: list[tuple[int, int]] | None = None
    found: list[PriceMatch] = []
    for index, amount in enumerate(amounts):
        if amount.before and amount.after:
            duration = amount.before if prefer_before else amount.after
        else:
            duration = amount.before or amount.after
        currency = amount.currency
        if currency is None and index + 1 < len(amounts):
            # "100-200 roses": a range shares the currency of its upper end.
            nxt = amounts[index + 1]
            if _RANGE_DASH.fullmatch(lower, amount.end, nxt.start):
                currency = nxt.currency
        if currency is None and duration is None:
            if contexts is None:
                contexts = [m.span() for m in _PRICE_CONTEXT.finditer(lower)]
            if not _near_context(amount, contexts):
                continue
        if not 10 <= amount.value < (100_000 if currency else 10_000):
            continue
        start, end = amount.start, amount.end
        if duration is not None:
            start, end = min(start, duration[0]), max(end, duration[1])
        unit = f"{duration[2]}min" if duration is not None and duration[2] else None
        found.append(PriceMatch(Price(amount.value, currency, unit), start, end, text[start:end]))
    return tuple(found)


def _amounts(text: str, lower: str, taken: _Spans, region: str) -> list[_Amount]:
    numbers = list(_NUMBER.finditer(text))
    if "oo" in lower or "0o" in lower or "o0" in lower or "00" in lower:
        spelled = [m for m in _WORD_AMOUNT.finditer(lower) if _bounded(lower, *m.span())]
        if spelled:
            numbers = sorted(numbers + spelled, key=lambda m: m.start())
    amounts: list[_Amount] = []
    for number in taken.outside(numbers):
        start, end = number.span()
        if end - start == 1 and lower[end : end + 1] != "k":
            continue  # amounts start at 10; "3k" is 3000
        if amounts and amounts[-1].end > start:
            continue
        before = lower[start - 1] if start else " "
        if before in "-/" and _in_measurement(lower, start, end):
            continue  # "34C-24-36": the second and third figures of a measurement
        if before.isdigit() or (
            before in ".,"
            and start > 1
            and lower[start - 2].isdigit()
            and not taken.overlaps(start - 2, start - 1)
        ):
            continue  # the decimals of "1.5", unless the number before is a phone
        pre = _pre_currency(lower, start)
        after = _AFTER_NUMBER.match(lower, end)
        ranged, timed, unit, decimals, thousands, post, bad, cup = after.groups()
        if (
            before.isalpha()
            and pre is None
            and post is None
            and _duration_before(lower, start, glued=True) is None
        ):
            continue  # glued to a word: "Rachel567", but "Qv60", "ONLY60 roses" are prices
        written = number.group()
        if ranged or (timed and _is_duration(written, _TIME_UNITS[unit])):
            continue  # "30 min", "2 hrs", "15-25 mins": a duration, not an amount
        value = _amount_value(written, decimals, thousands)
        if value is None or bad or (cup and 28 <= value <= 50):
            continue  # a weight, height, time or count; "34C" is a cup size
        currency = _currency(lower[pre:start] if pre is not None else None, post, region)
        amount_start = pre if pre is not None else start
        amounts.append(_Amount(amount_start, end if timed else after.end(), value, currency))
    return amounts


def _in_measurement(lower: str, start: int, end: int) -> bool:
    """Whether lower[start:end] is a figure of a body measurement such as "36-24-36"."""
    for match in _MEASUREMENT.finditer(lower, max(0, start - 14), end + 8):
        if match.start() < start and end <= match.end():
            return True
    return False


def _pre_currency(lower: str, start: int) -> int | None:
    """Where a currency written before the amount starts ("$200", "€ 80", "usd 100")."""
    position = start - 1 if start and lower[start - 1] in " \t" else start
    if not position or lower[position - 1] not in "$€£dprfm":
        return None
    if lower[position - 1] in "$€£":
        return position - 1
    for code in _CURRENCY_CODES:
        if lower.endswith(code, 0, position) and (
            position - len(code) == 0 or not lower[position - len(code) - 1].isalpha()
        ):
            return position - len(code)
    return None


def _is_duration(number: str, unit: int) -> bool:
    count = float(number.replace(",", ".")) if number[0].isdigit() else 0
    if unit == 60:
        # "185h roses" is a price per hour; "2 hrs" and "24 hours" are durations.
        return count <= 12 or count in (24, 48, 72)
    return unit != 1 or count <= 240


def _duration_after(lower: str, end: int):
    """The duration written right after an amount: "80 hh", "150/hr", "100 for 1 hour"."""
    position = end
    while position < len(lower) and position - end < 5 and lower[position] in _GAP_CHARS:
        position += 1
    for _ in range(2):
        if position >= len(lower):
            return None
        word = None if lower[position].isdigit() else _WORD_AFTER.match(lower, position)
        if word is not None and word.group() in _LINKING_WORDS:
            # "100 for 1 hour", "150 euro l'ora": step over the linking word once.
            position = _SPACES_AFTER.match(lower, word.end() + 1).end()
            continue
        if word is not None and word.group() not in _DURATION_FIRST:
            return None  # most numbers are followed by an ordinary word: skip the match
        match = _DURATION_ALONE.match(lower, position)
        if match is None or not _plausible(match):
            return None
        return position, match.end(), _minutes(match)
    return None


def _duration_before(lower: str, start: int, glued: bool = False):
    end = start
    while end > 0 and start - end < 4 and lower[end - 1] in _GAP_CHARS:
        end -= 1
    if glued and end != start:
        return None
    word_start = end
    while word_start > 0 and end - word_start < 12 and lower[word_start - 1].isalpha():
        word_start -= 1
    if lower[word_start:end] not in _DURATION_LAST:
        return None  # most numbers follow an ordinary word: skip the search
    # Try the last one, two and three words, longest first: "per hour", "1 hour", "hour".
    for begin in reversed(_word_starts(lower, word_start, 3)):
        match = _DURATION_ALONE.fullmatch(lower, begin, end)
        if match is not None and _plausible(match):
            return begin, end, _minutes(match)
    return None


def _word_starts(lower: str, first: int, count: int) -> list[int]:
    """`first` and the starts of up to `count - 1` words before it, nearest first."""
    starts = [first]
    position = first
    while len(starts) < count:
        while position > 0 and lower[position - 1] in " \t":
            position -= 1
        if position == 0 or first - position > 30:
            break
        begin = position
        while begin > 0 and (lower[begin - 1].isalnum() or lower[begin - 1] in "./'"):
            begin -= 1
        if begin == position:
            break
        starts.append(begin)
        position = begin
    return starts


def _minutes(match: re.Match[str]) -> int | None:
    if match.group("u"):
        count = _count(match.group("n"))
        return int(count * _TIME_UNITS[match.group("u")]) if count else None
    for index, (_, minutes) in enumerate(_DURATION_WORDS):
        if match.group(f"w{index}"):
            return minutes
    return None


def _plausible(match: re.Match[str]) -> bool:
    """Whether a numeric duration is one: "2 hrs" is, "100 hr" is a price per hour."""
    if not match.group("u"):
        return True
    count = _count(match.group("n"))
    return count is not None and _is_duration(str(count), _TIME_UNITS[match.group("u")])


def _count(written: str) -> float | None:
    if written in ("a", "an"):
        return 1
    if written[0].isdigit():
        return float(written.replace(",", "."))
    return words_to_int(written)


def _near_context(amount: _Amount, contexts: list[tuple[int, int]]) -> bool:
    """Whether an amount sits in a price context: "Donation 80", "rates: 120", "100 donation"."""
    return any(
        0 <= amount.start - end <= 30 or 0 <= start - amount.end <= 3 for start, end in contexts
    )


def _currency(pre: str | None, post: str | None, region: str) -> str | None:
    codes = []
    for written in (pre, post):
        if written:
            codes.extend(
                _CURRENCY_WORDS[part]
                for part in _CURRENCY_PART.findall(written)
                if part in _CURRENCY_WORDS
            )
    if not codes:
        return None
    # "$160 roses": the euphemism says more than the symbol.
    code = next((c for c in codes if c.islower()), codes[0])
    return _DOLLAR.get(region, "USD") if code == "$" else code


def _amount_value(written: str, decimals: str | None, thousands: str | None) -> float | None:
    if written.isdigit():
        amount = float(written)
    elif "," in written:
        amount = float(written.replace(",", ""))
    else:
        digits = digits_of(written)
        if digits is None:
            return None
        amount = float(digits)
    if decimals:
        amount += int(decimals) / 100
    if thousands:
        amount *= 1000
    return amount
