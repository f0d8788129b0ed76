"""Synthetic contacts for the corpus generator: phone numbers, emails and handles that reach
no one, written the way real ads write them (spelled digits, emoji keycaps, "name at example
dot com").

The corpus is published with trafficking labels, so no contact may be a real person's:
phones come from ranges regulators keep for fiction (or phonenumbers' documented examples,
see `PHONE_RANGES`), each handed to one operator by a per-corpus `PhoneBook`; emails use the
reserved example.com, example.org and example.net (RFC 2606) and their subdomains; handles end
in `HANDLE_MARK`. Each contact is made once per operator with a few written variants; ads pick
among them, so the costly parts run once per operator, not per ad.
"""

from __future__ import annotations

import random
import re
from collections import deque
from typing import NamedTuple

import phonenumbers
from phonenumbers import PhoneNumberType

from pipeline.synth_places import PHONE_PLAN

# Digits spelled out in each language; the first word is the usual one, later ones are
# variants that real ads use too ("oh" for 0, "zwo" for 2, Romanian without diacritics).
DIGIT_WORDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("zero", "oh"),
        ("one",),
        ("two",),
        ("three",),
        ("four",),
        ("five",),
        ("six",),
        ("seven",),
        ("eight",),
        ("nine",),
    ),
    "fr": (
        ("zéro", "zero"),
        ("un",),
        ("deux",),
        ("trois",),
        ("quatre",),
        ("cinq",),
        ("six",),
        ("sept",),
        ("huit",),
        ("neuf",),
    ),
    "de": (
        ("null",),
        ("eins",),
        ("zwei", "zwo"),
        ("drei",),
        ("vier",),
        ("fünf", "fuenf"),
        ("sechs",),
        ("sieben",),
        ("acht",),
        ("neun",),
    ),
    "es": (
        ("cero",),
        ("uno",),
        ("dos",),
        ("tres",),
        ("cuatro",),
        ("cinco",),
        ("seis",),
        ("siete",),
        ("ocho",),
        ("nueve",),
    ),
    "it": (
        ("zero",),
        ("uno",),
        ("due",),
        ("tre",),
        ("quattro",),
        ("cinque",),
        ("sei",),
        ("sette",),
        ("otto",),
        ("nove",),
    ),
    "ro": (
        ("zero",),
        ("unu",),
        ("doi",),
        ("trei",),
        ("patru",),
        ("cinci",),
        ("șase", "sase"),
        ("șapte", "sapte"),
        ("opt",),
        ("nouă", "noua"),
    ),
    "nl": (
        ("nul",),
        ("een",),
        ("twee",),
        ("drie",),
        ("vier",),
        ("vijf",),
        ("zes",),
        ("zeven",),
        ("acht",),
        ("negen",),
    ),
    "pl": (
        ("zero",),
        ("jeden",),
        ("dwa",),
        ("trzy",),
        ("cztery",),
        ("pięć", "piec"),
        ("sześć", "szesc"),
        ("siedem",),
        ("osiem",),
        ("dziewięć", "dziewiec"),
    ),
}

# English sound-alikes that ads swap in for digits.
HOMOPHONES: dict[str, tuple[str, ...]] = {
    "0": ("oh", "O"),
    "1": ("won",),
    "2": ("to", "too"),
    "4": ("for", "fore"),
    "8": ("ate",),
}

# Letters that pass for digits.
LOOKALIKES: dict[str, tuple[str, ...]] = {"0": ("O", "o"), "1": ("l", "I")}

# How "@" and "." are spelled out in emails, per language, besides the universal forms.
EMAIL_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": ((" at ", " dot "),),
    "fr": ((" arobase ", " point "),),
    "de": ((" (ät) ", " (punkt) "), (" at ", " punkt ")),
    "es": ((" arroba ", " punto "),),
    "it": ((" chiocciola ", " punto "),),
    "ro": ((" at ", " punct "),),
    "nl": ((" apenstaartje ", " punt "),),
    "pl": ((" małpa ", " kropka "),),
}
EMAIL_MARKS = (("(at)", "(dot)"), ("[at]", "[dot]"), (" @ ", " . "), ("{at}", "{dot}"))

# Mail domains: only the reserved example.com, example.org and example.net (RFC 2606) and
# their subdomains, which no mail provider can ever hold; a subdomain per language ("poczta",
# "correo") stands in for the local providers ads use.
_EXAMPLE_DOMAINS = ("example.com", "example.org", "example.net")
EMAIL_DOMAINS: dict[str, tuple[str, ...]] = {
    "en": (*_EXAMPLE_DOMAINS, "mail.example.com", "inbox.example.org"),
    "fr": (*_EXAMPLE_DOMAINS, "courriel.example.net", "mail.example.org"),
    "de": (*_EXAMPLE_DOMAINS, "post.example.net", "mail.example.com"),
    "es": (*_EXAMPLE_DOMAINS, "correo.example.com", "mail.example.net"),
    "it": (*_EXAMPLE_DOMAINS, "posta.example.net", "mail.example.com"),
    "ro": (*_EXAMPLE_DOMAINS, "posta.example.org", "mail.example.com"),
    "nl": (*_EXAMPLE_DOMAINS, "post.example.org", "mail.example.net"),
    "pl": (*_EXAMPLE_DOMAINS, "poczta.example.com", "mail.example.org"),
}

# Handles have no reserved namespace, so every one ends in this mark: an account by that
# name is implausible, and anyone reading the corpus sees the handle is made up.
HANDLE_MARK = "_synth"

# Platforms and how ads announce a handle on them; "{h}" is the handle.
HANDLE_CUES: dict[str, tuple[str, ...]] = {
    "snapchat": ("snap: {h}", "sc: {h}", "Snapchat {h}", "👻 {h}", "SC - {h}", "snap {h}"),
    "instagram": ("IG: @{h}", "insta @{h}", "Instagram: {h}", "instagram.com/{h}", "IG {h}"),
    "telegram": ("tg @{h}", "Telegram: @{h}", "t.me/{h}", "TG: {h}", "telegram @{h}"),
    "kik": ("kik: {h}", "Kik {h}", "KIK - {h}"),
    "onlyfans": ("OF: {h}", "onlyfans.com/{h}", "my OF {h}", "OnlyFans @{h}"),
    "twitter": ("X: @{h}", "twitter @{h}", "twitter.com/{h}"),
    "wechat": ("WeChat: {h}", "wechat id {h}"),
    "line": ("Line ID: {h}", "line: {h}"),
}


class Phone(NamedTuple):
    """A number the generator may print: region, calling code, national significant number,
    E.164, the trunk prefix dialled before it at home ("" for some service numbers), and how
    its region groups the digits nationally (trunk included) and internationally."""

    region: str
    cc: int
    nsn: str
    e164: str
    trunk: str
    national: tuple[int, ...]
    international: tuple[int, ...]


class Written(NamedTuple):
    """One way an ad writes a contact, and the obfuscation style it uses."""

    text: str
    style: str


# --- phone numbers nobody holds -----------------------------------------------------------
#
# Ads in this corpus are published next to trafficking labels, so no number may belong to a
# real person. Every number is drawn from a range a regulator keeps out of service for
# fiction and documentation, where phonenumbers also accepts it as valid (the extractor
# validates with phonenumbers). Countries without such a range get a handful of
# phonenumbers' documented example numbers, then borrow foreign fiction numbers; see
# `PHONE_RANGES` and `PhoneBook`.


class PhoneRange(NamedTuple):
    """National significant numbers `prefix` followed by every `free`-digit suffix (one
    number when `free` is 0). `area` is the area code a city may ask for ("" for none);
    `kind` is "mobile", "landline" or "other"; `source` is "fiction" or "example"."""

    region: str
    prefix: str
    free: int
    area: str
    kind: str
    source: str

    @property
    def size(self) -> int:
        return 10**self.free


def _block(region: str, prefix: str, free: int, area: str = "", kind: str = "landline"):
    return PhoneRange(region, prefix, free, area, kind, "fiction")


# North America: NANPA keeps 555-0100 to 555-0199 for fiction in every area code. US mobiles
# share geographic area codes, so these pass for mobiles. Cities ask for their own codes
# (`synth_places.CITIES`); the rest serve once a city's hundred numbers are spent.
_US_AREA_CODES = (  # noqa: SIM905 - a list of codes reads best as words
    "201 202 203 205 206 207 208 209 210 212 213 214 215 216 217 218 219 224 225 228 229 231 "
    "234 239 240 248 251 252 253 254 256 260 262 267 269 270 272 276 281 301 302 303 304 305 "
    "307 308 309 310 312 313 314 315 316 317 318 319 320 321 323 325 330 331 334 336 337 339 "
    "346 347 351 352 360 361 385 386 401 402 404 405 406 407 408 409 410 412 413 414 415 417 "
    "419 423 424 425 430 432 434 435 440 442 443 458 469 470 475 478 479 480 484 501 502 503 "
    "504 505 507 508 509 510 512 513 515 516 517 518 520 530 540 541 551 559 561 562 563 567 "
    "570 571 573 574 575 580 585 586 601 602 603 605 606 607 608 609 610 612 614 615 616 617 "
    "618 619 620 623 626 630 631 636 641 646 650 651 657 660 661 662 667 678 682 701 702 703 "
    "704 706 707 708 712 713 714 715 716 717 718 719 720 724 725 727 731 732 734 737 740 747 "
    "754 757 760 762 763 765 769 770 772 773 774 775 779 781 785 786 801 802 803 804 805 806 "
    "808 810 812 813 814 815 816 817 818 828 830 831 832 843 845 847 848 850 856 857 858 859 "
    "860 862 863 864 865 870 872 878 901 903 904 906 907 908 909 910 912 913 914 915 916 917 "
    "918 919 920 925 928 929 931 936 937 938 940 941 947 949 951 952 954 956 970 971 972 973 "
    "978 979 980 985 989"
).split()

FICTION_RANGES: dict[str, tuple[PhoneRange, ...]] = {
    "US": tuple(_block("US", f"{code}55501", 2, code, "mobile") for code in _US_AREA_CODES),
    # Ofcom, "Telephone numbers for drama purposes": 1,000 numbers in each of these areas
    # (Leeds, Sheffield, Leicester, Bristol, Reading, Birmingham, Edinburgh, Glasgow,
    # Liverpool, Manchester, London, Tyneside, Northern Ireland, Cardiff), UK-wide 03069
    # 990xxx and premium-rate 0909 879 0xxx. phonenumbers rejects Ofcom's mobile range
    # (07700 900xxx), Nottingham's (0115 496 0xxx) and the no-area 01632 960xxx, so British
    # ads carry landlines. Freephone 08081 570xxx is left out: no escort lists a freephone.
    "GB": (
        _block("GB", "1134960", 3, "113"),
        _block("GB", "1144960", 3, "114"),
        _block("GB", "1164960", 3, "116"),
        _block("GB", "1174960", 3, "117"),
        _block("GB", "1184960", 3, "118"),
        _block("GB", "1214960", 3, "121"),
        _block("GB", "1314960", 3, "131"),
        _block("GB", "1414960", 3, "141"),
        _block("GB", "1514960", 3, "151"),
        _block("GB", "1614960", 3, "161"),
        _block("GB", "2079460", 3, "20"),
        _block("GB", "1914980", 3, "191"),
        _block("GB", "2896496", 3, "28"),
        _block("GB", "2920180", 3, "29"),
        _block("GB", "3069990", 3, "", "other"),
        _block("GB", "9098790", 3, "", "other"),
    ),
    # ARCEP, plan national de numérotation (décision 2018-0881, § 2.5.12): 10,000 numbers
    # for audiovisual works in each of 01 99 00, 02 61 91, 03 53 01, 04 65 71 and 05 36 49.
    # phonenumbers rejects the mobile block 06 39 98, so French ads carry landlines.
    "FR": (
        _block("FR", "19900", 4, "1"),
        _block("FR", "26191", 4, "2"),
        _block("FR", "35301", 4, "3"),
        _block("FR", "46571", 4, "4"),
        _block("FR", "53649", 4, "5"),
    ),
    # Bundesnetzagentur, Mitteilung 148/2021 (Amtsblatt 7/2021), "Rufnummern für
    # Medienproduktionen": 1,000 numbers each in Berlin, Frankfurt, Hamburg, Köln and
    # München, and the mobile numbers and blocks the network operators withhold.
    "DE": (
        _block("DE", "3023125", 3, "30"),
        _block("DE", "6990009", 3, "69"),
        _block("DE", "4066969", 3, "40"),
        _block("DE", "2214710", 3, "221"),
        _block("DE", "8999998", 3, "89"),
        _block("DE", "17139200", 2, "", "mobile"),
        _block("DE", "176040690", 2, "", "mobile"),
        *(
            _block("DE", number, 0, "", "mobile")
            for number in (
                "15228817386",
                "15228895456",
                "15254599371",
                "1729925904",
                "1729968532",
                "1729973185",
                "1729973186",
                "1729980752",
                "1749091317",
                "1749464308",
            )
        ),
    ),
}

# Regions with no published fiction range that phonenumbers accepts: Ireland (ComReg keeps
# 020 91x xxxx for drama, which phonenumbers rejects), Belgium, Austria, Spain, Italy,
# Romania, the Netherlands and Poland. They get phonenumbers' documented example numbers,
# but only of service types (premium rate, shared cost, UAN, personal, VoIP): libphonenumber
# picks its examples to be unassigned when added, yet some have later turned out to be
# people's own lines (google/libphonenumber #1922, #2171), and a mobile or landline example
# such as 612 34 56 78 is the likeliest to be one. Toll-free lines are left out (no escort
# lists one), and so are numbers under 8 digits (service codes, not contacts).
EXAMPLE_TYPES: tuple[tuple[int, str], ...] = (
    (PhoneNumberType.PREMIUM_RATE, "other"),
    (PhoneNumberType.SHARED_COST, "other"),
    (PhoneNumberType.UAN, "other"),
    (PhoneNumberType.PERSONAL_NUMBER, "other"),
    (PhoneNumberType.VOIP, "other"),
)


def _example_ranges(region: str) -> tuple[PhoneRange, ...]:
    ranges: dict[str, PhoneRange] = {}
    for number_type, kind in EXAMPLE_TYPES:
        number = phonenumbers.example_number_for_type(region, number_type)
        if number is None or not phonenumbers.is_valid_number_for_region(number, region):
            continue
        nsn = phonenumbers.national_significant_number(number)
        if len(nsn) >= 8 and nsn not in ranges:
            ranges[nsn] = PhoneRange(region, nsn, 0, "", kind, "example")
    return tuple(ranges.values())


def _parse(region: str, nsn: str) -> phonenumbers.PhoneNumber:
    return phonenumbers.parse(f"+{PHONE_PLAN[region][0]}{nsn}")


def _digit_groups(text: str, total: int) -> tuple[int, ...] | None:
    groups = tuple(len(g) for g in re.findall(r"\d+", text))
    return groups if sum(groups) == total else None


def _groupings(block: PhoneRange) -> tuple[str, tuple[int, ...], tuple[int, ...]] | None:
    """How phonenumbers writes the range: trunk prefix, national and international digit
    groups; None unless its numbers are valid (checked at both ends; the tests check all)."""
    ends = (block.prefix + "0" * block.free, block.prefix + "9" * block.free)
    numbers = [_parse(block.region, nsn) for nsn in ends]
    if not all(phonenumbers.is_valid_number_for_region(n, block.region) for n in numbers):
        return None
    nsn = ends[0]
    national = phonenumbers.format_number(numbers[0], phonenumbers.PhoneNumberFormat.NATIONAL)
    digits = "".join(re.findall(r"\d+", national))
    trunk = digits[: -len(nsn)] if digits.endswith(nsn) else PHONE_PLAN[block.region][1]
    national_groups = _digit_groups(national, len(trunk) + len(nsn))
    international = phonenumbers.format_number(
        numbers[0], phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    international_groups = _digit_groups(international.split(" ", 1)[-1], len(nsn))
    return (
        trunk,
        national_groups or (len(trunk) + len(nsn),),
        international_groups or (len(nsn),),
    )


def _build_ranges() -> tuple[dict[str, tuple[PhoneRange, ...]], dict[PhoneRange, tuple]]:
    ranges: dict[str, tuple[PhoneRange, ...]] = {}
    groupings: dict[PhoneRange, tuple] = {}
    for region in PHONE_PLAN:
        kept = []
        for block in FICTION_RANGES.get(region) or _example_ranges(region):
            grouping = _groupings(block)
            if grouping is not None:
                kept.append(block)
                groupings[block] = grouping
        ranges[region] = tuple(kept)
    return ranges, groupings


# Region -> the ranges its numbers are drawn from, each checked against phonenumbers.
PHONE_RANGES, _GROUPINGS = _build_ranges()

# Where a region with no numbers left borrows from: a neighbour's fiction range first (a
# foreign number, as many ads carry), then any European one.
_NEIGHBOUR = {"IE": "GB", "BE": "FR", "NL": "DE", "AT": "DE", "US": "GB"}
_FICTION_EUROPE = ("GB", "FR", "DE")


class PhoneBook:
    """The numbers one corpus hands out: each to one operator, so that operators and shared
    contacts stay one and the same in the ground truth.

    A region draws from its own ranges, preferring mobiles half the time where it has any
    and the area codes of the operator's cities; once they are spent (at once for regions
    with only a few example numbers) it borrows a foreign number from a neighbour or another
    European fiction range. The fresh supply is about 71,000 European and 29,000 American
    numbers per corpus, enough for about 900,000 ads at the default mix; past that, the
    numbers of operators that have stopped posting are reissued, oldest first, as carriers
    recycle numbers. Draws are without replacement (a sparse Fisher-Yates shuffle per range)
    from the book's own random stream, so numbers running out never shift the ads' text.
    """

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"phone book {seed}")
        self._open = {region: list(ranges) for region, ranges in PHONE_RANGES.items()}
        self._drawn: dict[PhoneRange, list] = {}  # range -> [count drawn, swaps]
        self._released: dict[str, deque[Phone]] = {region: deque() for region in PHONE_PLAN}

    def draw(self, region: str, areas: tuple[str, ...] = ()) -> Phone | None:
        """A number of `region` no one in this corpus holds, or a borrowed foreign one;
        None only when every range is spent and no operator has retired."""
        rng = self._rng
        phone = self._fresh(rng, region, areas)
        if phone is not None:
            return phone
        others = [r for r in _FICTION_EUROPE if r != region and self._open[r]]
        rng.shuffle(others)
        neighbour = _NEIGHBOUR.get(region)
        if neighbour in others:
            others.remove(neighbour)
            others.insert(0, neighbour)
        for other in others:
            phone = self._fresh(rng, other, ())
            if phone is not None:
                return phone
        for queue in (self._released[region], *self._released.values()):
            if queue:
                return queue.popleft()
        return None

    def release(self, phone: Phone) -> None:
        """Hands a retired operator's number back, to be reissued once nothing is fresh."""
        self._released[phone.region].append(phone)

    def _fresh(self, rng: random.Random, region: str, areas: tuple[str, ...]) -> Phone | None:
        pool = self._open[region]
        if not pool:
            return None
        mobiles = [r for r in pool if r.kind == "mobile"]
        if mobiles and len(mobiles) < len(pool) and rng.random() < 0.5:
            pool = mobiles
        if areas:
            local = [r for r in pool if r.area in areas]
            if local and rng.random() < 0.9:
                pool = local
        index = 0
        if len(pool) > 1:  # a range in proportion to the numbers it has left
            weights = [r.size - self._drawn.get(r, (0,))[0] for r in pool]
            roll = rng.random() * sum(weights)
            while index < len(pool) - 1 and roll >= weights[index]:
                roll -= weights[index]
                index += 1
        block = pool[index]
        state = self._drawn.setdefault(block, [0, {}])
        count, swaps = state
        pick = count + int(rng.random() * (block.size - count))
        value = swaps.get(pick, pick)
        swaps[pick] = swaps.get(count, count)
        state[0] = count + 1
        if state[0] == block.size:
            self._open[region].remove(block)
            del self._drawn[block]
        nsn = block.prefix + (str(value).zfill(block.free) if block.free else "")
        cc = PHONE_PLAN[region][0]
        trunk, national, international = _GROUPINGS[block]
        return Phone(region, cc, nsn, f"+{cc}{nsn}", trunk, national, international)


def _split(digits: str, lengths: tuple[int, ...]) -> list[str]:
    groups, start = [], 0
    for length in lengths:
        end = len(digits) if length == 0 else start + length
        if start < len(digits):
            groups.append(digits[start:end])
        start = end
    return groups


def _plain_national(rng: random.Random, phone: Phone) -> str:
    digits = phone.trunk + phone.nsn
    # The usual grouping, or everything after the area code in one run ("020 79460123").
    lengths = phone.national if rng.random() < 0.8 else (phone.national[0], 0)
    groups = _split(digits, lengths)
    if phone.region == "US" and len(groups) == 3 and rng.random() < 0.4:
        return f"({groups[0]}) {groups[1]}-{groups[2]}"
    sep = rng.choice((" ", " ", "-", ".", "/", "")) if len(groups) > 1 else ""
    if sep == "/" and len(groups) > 2:
        return groups[0] + "/" + " ".join(groups[1:])
    return sep.join(groups)


def _plain_international(rng: random.Random, phone: Phone, idd: str) -> str:
    groups = _split(phone.nsn, phone.international)
    body = rng.choice((" ".join(groups), "".join(groups), "-".join(groups)))
    return f"{idd}{phone.cc} {body}" if rng.random() < 0.8 else f"{idd}{phone.cc}{phone.nsn}"


def _spell(rng: random.Random, digit: str, lang: str) -> str:
    word = rng.choice(DIGIT_WORDS[lang][int(digit)])
    return word.upper() if rng.random() < 0.15 else word


def _render_group(rng: random.Random, group: str, style: str, lang: str) -> str:
    if style == "spelled":
        return " ".join(_spell(rng, d, lang) for d in group)
    if style == "homophone":
        out = []
        for d in group:
            roll = rng.random()
            if d in HOMOPHONES and roll < 0.6:
                out.append(rng.choice(HOMOPHONES[d]))
            elif roll < 0.35:
                out.append(_spell(rng, d, "en"))
            else:
                out.append(d)
        return " ".join(out)
    if style == "letter_digit":
        return "".join(
            rng.choice(LOOKALIKES[d]) if d in LOOKALIKES and rng.random() < 0.7 else d
            for d in group
        )
    if style == "emoji":
        return "".join(d + "\ufe0f\u20e3" for d in group)
    if style == "fullwidth":
        return "".join(chr(0xFF10 + int(d)) for d in group)
    if style == "separators":
        return rng.choice(("•", "-", ".", " ", "*", "_", "~", "·")).join(group)
    return group


_STYLE_JOINERS: dict[str, tuple[str, ...]] = {
    "spelled": (" - ", ", ", "  ", " / ", " "),
    "homophone": (" - ", "  ", " "),
    "letter_digit": (" ", "-", ".", ""),
    "emoji": (" ", "", " - "),
    "fullwidth": ("", "\u3000", "-", " "),
    "separators": (" . ", " - ", " • ", "•", "-"),
    "filler": ("***", "...", " ** ", "--", " ... ", "**", " xx "),
    "mixed": (" ", " - ", "  "),
}
_MIXABLE = ("plain", "spelled", "emoji", "fullwidth", "letter_digit")


def write_phone(rng: random.Random, phone: Phone, lang: str, style: str, domestic: bool) -> Written:
    """The phone written in `style`; foreign numbers always carry their country code."""
    if style == "homophone" and lang != "en":
        style = "spelled"
    elif style == "spelled" and lang == "en" and rng.random() < 0.5:
        style = "homophone"  # English ads mix in "for", "to", "oh" as often as not
    if style == "letter_digit" and not {"0", "1"} & set(phone.nsn):
        style = "separators"
    if style in ("plain", "international", "international_00"):
        if style == "plain" and domestic:
            return Written(_plain_national(rng, phone), "plain")
        if style == "international_00" and phone.region != "US":
            return Written(_plain_international(rng, phone, "00"), "international_00")
        return Written(_plain_international(rng, phone, "+"), "international")
    if domestic and rng.random() < 0.75:
        prefix, digits = "", phone.trunk + phone.nsn
        groups = _split(digits, phone.national)
    else:
        prefix = rng.choice(("+", "00")) if phone.region != "US" else "+"
        prefix = f"{prefix}{phone.cc} "
        groups = _split(phone.nsn, phone.international)
    if len(groups) == 1:
        groups = _split(groups[0], (len(groups[0]) // 2, 0))
    joiner = rng.choice(_STYLE_JOINERS[style])
    if style == "filler":
        parts = groups
    elif style == "mixed":
        styles = [rng.choice(_MIXABLE) for _ in groups]
        if len(set(styles)) == 1:
            styles[-1] = "spelled" if styles[0] != "spelled" else "emoji"
        parts = [_render_group(rng, g, s, lang) for g, s in zip(groups, styles, strict=True)]
    else:
        parts = [_render_group(rng, g, style, lang) for g in groups]
    return Written(prefix + joiner.join(parts), style)


def write_email(rng: random.Random, address: str, lang: str, obfuscate: bool) -> Written:
    """The address written plainly or with "@" and "." spelled out."""
    local, domain = address.split("@")
    if rng.random() < 0.15:
        local = local.capitalize()
    if not obfuscate:
        return Written(f"{local}@{domain}", "plain")
    at, dot = rng.choice(EMAIL_WORDS[lang] + EMAIL_MARKS)
    return Written(local + at + domain.replace(".", dot), "spelled_email")


def write_handle(rng: random.Random, platform: str, handle: str) -> Written:
    """The handle with a platform cue, as in "snap: jess_xo" or "tg @name"."""
    return Written(rng.choice(HANDLE_CUES[platform]).replace("{h}", handle), "handle")
